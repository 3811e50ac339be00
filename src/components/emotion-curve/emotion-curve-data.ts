/**
 * Input handling for `<emotion-curve>`: turns whatever the page gave (properties or the `data`
 * attribute) into clean series, and lists what had to be ignored. Pure functions, no DOM, so the
 * element can memoise them and tests can reason about them.
 */
import { DEFAULT_EMOTION_SCALE } from '../../model/helpers.js';
import type { EmotionScale } from '../../model/types.js';

/** One measured (or not measured) moment on the curve. */
export interface EmotionPoint {
  /** Stable id, e.g. the touchpoint id; passed back in `point-focus`. */
  id?: string;
  /**
   * The column the point sits in: an index into `positions`, or into the even spread when there
   * are no `positions`. A whole number from 0 up to 999 999; default the point's position in its
   * array. Give it when a series has points in only some columns (a persona who skips the
   * touchpoints of others): the series then lists just its own points, and its line runs from
   * each to the next in index order. Within one series every index is used once.
   */
  index?: number;
  /** What happened at this moment, e.g. "Chat". Shown as text. */
  label: string;
  /** Feeling on the scale; `null`, `undefined` or `NaN` means not measured (the line skips it). */
  value?: number | null;
  /** Worst case across the people measured (range band). */
  min?: number;
  /** Best case across the people measured (range band). */
  max?: number;
}

/** One line: a persona's feelings over the journey. */
export interface EmotionSeries {
  /** Unique among the series; passed back in `point-focus`. */
  id: string;
  /** Shown in accessible names, the tooltip and the data table. */
  name: string;
  /** CSS colour of the line; default from the persona palette. */
  color?: string;
  /**
   * This series' points. Every series shares the same columns: a point sits at its `index`
   * (default its array position), and the line connects the series' points in index order,
   * across columns where only other series have points. A point not measured breaks the line.
   */
  points: EmotionPoint[];
}

/** Largest accepted `index` plus one (a bound on the columns an explicit index can ask for). */
export const MAX_COLUMNS = 1_000_000;

/** How the line bends between points. */
export type EmotionCurveKind = 'monotone' | 'linear' | 'step';

/** Something in the input that was ignored; the element turns it into one console warning. */
export interface InputIssue {
  /** Which input: an attribute name or a property path such as `series[1].points[4].value`. */
  attribute: string;
  /** The offending value as text (used with `attribute` to warn only once). */
  value: string;
  /** Plain reason, e.g. `not valid JSON (Unexpected token …)`. */
  reason: string;
}

/** A point after validation. */
export interface CleanPoint {
  /** Its column (the shared index space). */
  index: number;
  label: string;
  /** `null` when not measured (or unusable). */
  value: number | null;
  /** Range, both set or both `null`. */
  min: number | null;
  max: number | null;
  /** The object the page gave, handed back in events. */
  source: EmotionPoint;
}

/** A series after validation. */
export interface CleanSeries {
  id: string;
  /** Empty for a lone line given through `points`. */
  name: string;
  /** A colour the browser accepts, or `null` for the palette. */
  color: string | null;
  /** The series' points in ascending column order, one per column at most. */
  points: CleanPoint[];
  /** Column → position in `points`. */
  at: ReadonlyMap<number, number>;
}

/** What the element draws: clean series plus what was dropped on the way. */
export interface CleanInput {
  series: CleanSeries[];
  /** True when the input was one unnamed line (`points`, or an array in `data`). */
  single: boolean;
  /** Number of columns: the largest index of any point plus one (0 without points). */
  count: number;
  /** The columns that hold a point of any series, ascending. */
  columns: number[];
  issues: InputIssue[];
}

type Dict = Record<string, unknown>;

const isDict = (value: unknown): value is Dict =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Short text for a value in a warning; never huge, never throws (cycles, symbols). */
export function preview(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Reads the `data` attribute: an array of points or `{ "series": [...] }`. */
export function parseDataAttribute(
  text: string,
): { points?: unknown; series?: unknown; issue?: InputIssue } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { issue: { attribute: 'data', value: text, reason: `not valid JSON (${detail})` } };
  }
  if (Array.isArray(parsed)) return { points: parsed };
  if (isDict(parsed) && Array.isArray(parsed['series'])) return { series: parsed['series'] };
  if (isDict(parsed) && Array.isArray(parsed['points'])) return { points: parsed['points'] };
  return {
    issue: {
      attribute: 'data',
      value: text,
      reason: 'expected an array of points or { "series": [...] }',
    },
  };
}

/**
 * Resolves the scale: the `scale` property, then the `min`/`max` attributes on top. Anything
 * unusable falls back (property → default) with an issue, so a bad attribute never blanks the chart.
 */
export function resolveScale(
  scale: unknown,
  minAttr: number | undefined,
  maxAttr: number | undefined,
  rawMin: string | null,
  rawMax: string | null,
): { scale: EmotionScale; issues: InputIssue[] } {
  const issues: InputIssue[] = [];
  let base: EmotionScale = { min: DEFAULT_EMOTION_SCALE.min, max: DEFAULT_EMOTION_SCALE.max };
  if (scale !== undefined && scale !== null) {
    const min = isDict(scale) ? scale['min'] : undefined;
    const max = isDict(scale) ? scale['max'] : undefined;
    if (
      typeof min === 'number' &&
      typeof max === 'number' &&
      Number.isFinite(min) &&
      Number.isFinite(max) &&
      min < max
    ) {
      const labels = isDict(scale) ? cleanLabels(scale['labels']) : undefined;
      base = labels ? { min, max, labels } : { min, max };
    } else {
      issues.push({
        attribute: 'scale',
        value: preview(scale),
        reason: 'expected { min, max } with numbers and min < max',
      });
    }
  }
  let min = base.min;
  let max = base.max;
  if (minAttr !== undefined && minAttr !== null) {
    if (Number.isFinite(minAttr)) min = minAttr;
    else issues.push({ attribute: 'min', value: rawMin ?? String(minAttr), reason: `"${rawMin ?? minAttr}" is not a number` });
  }
  if (maxAttr !== undefined && maxAttr !== null) {
    if (Number.isFinite(maxAttr)) max = maxAttr;
    else issues.push({ attribute: 'max', value: rawMax ?? String(maxAttr), reason: `"${rawMax ?? maxAttr}" is not a number` });
  }
  if (!(min < max)) {
    // Inverted or equal overrides: keep the scale they would have replaced.
    issues.push({
      attribute: 'min/max',
      value: `${min}/${max}`,
      reason: `min ${min} is not less than max ${max}; using ${base.min} to ${base.max}`,
    });
    min = base.min;
    max = base.max;
  }
  return { scale: base.labels ? { min, max, labels: base.labels } : { min, max }, issues };
}

function cleanLabels(labels: unknown): Record<string, string> | undefined {
  if (!isDict(labels)) return undefined;
  const out: Record<string, string> = {};
  let kept = false;
  for (const [key, word] of Object.entries(labels)) {
    if (typeof word === 'string') {
      out[key] = word;
      kept = true;
    }
  }
  return kept ? out : undefined;
}

/** True when `css` is a colour this browser understands (keeps odd input out of styles). */
function isColor(css: string): boolean {
  return typeof CSS !== 'undefined' && typeof CSS.supports === 'function'
    ? CSS.supports('color', css)
    : false;
}

/** Cleans one point; `null` when it has no usable column (reported). */
function cleanPoint(
  raw: unknown,
  position: number,
  path: string,
  scale: EmotionScale,
  issues: InputIssue[],
): CleanPoint | null {
  const inScale = (n: number): boolean => n >= scale.min && n <= scale.max;
  if (!isDict(raw)) {
    if (raw !== null && raw !== undefined) {
      issues.push({ attribute: path, value: preview(raw), reason: 'a point must be an object' });
    }
    const label = String(position + 1);
    return { index: position, label, value: null, min: null, max: null, source: { label } };
  }
  let index = position;
  const rawIndex = raw['index'];
  if (rawIndex !== undefined && rawIndex !== null) {
    if (typeof rawIndex === 'number' && Number.isInteger(rawIndex) && rawIndex >= 0 && rawIndex < MAX_COLUMNS) {
      index = rawIndex;
    } else {
      issues.push({
        attribute: `${path}.index`,
        value: preview(rawIndex),
        reason: `${preview(rawIndex)} is not a whole number from 0 to ${MAX_COLUMNS - 1}; point not drawn`,
      });
      return null;
    }
  }
  const source = raw as unknown as EmotionPoint;
  const rawLabel = raw['label'];
  const label =
    typeof rawLabel === 'string' ? rawLabel : typeof rawLabel === 'number' ? String(rawLabel) : String(index + 1);

  let value: number | null = null;
  const rawValue = raw['value'];
  if (typeof rawValue === 'number') {
    if (Number.isNaN(rawValue)) value = null;
    else if (Number.isFinite(rawValue) && inScale(rawValue)) value = rawValue;
    else
      issues.push({
        attribute: `${path}.value`,
        value: String(rawValue),
        reason: `${rawValue} is outside the scale ${scale.min} to ${scale.max}; shown as not measured`,
      });
  } else if (rawValue !== null && rawValue !== undefined) {
    issues.push({
      attribute: `${path}.value`,
      value: preview(rawValue),
      reason: `${preview(rawValue)} is not a number; shown as not measured`,
    });
  }

  let min: number | null = null;
  let max: number | null = null;
  const rawMin = raw['min'];
  const rawMax = raw['max'];
  if (rawMin !== undefined || rawMax !== undefined) {
    if (
      typeof rawMin === 'number' &&
      typeof rawMax === 'number' &&
      Number.isFinite(rawMin) &&
      Number.isFinite(rawMax) &&
      rawMin <= rawMax &&
      inScale(rawMin) &&
      inScale(rawMax)
    ) {
      min = rawMin;
      max = rawMax;
    } else {
      issues.push({
        attribute: `${path}.min/max`,
        value: `${preview(rawMin)}/${preview(rawMax)}`,
        reason: `range ${preview(rawMin)} to ${preview(rawMax)} is not two numbers in order within the scale; range not drawn`,
      });
    }
  }
  return { index, label, value, min, max, source };
}

/**
 * Cleans a series' points and puts them in column order. A second point in a column already
 * taken is reported and dropped (the first one given wins).
 */
function cleanPoints(
  raw: unknown[],
  path: string,
  scale: EmotionScale,
  issues: InputIssue[],
): { points: CleanPoint[]; at: Map<number, number> } {
  const taken = new Set<number>();
  const points: CleanPoint[] = [];
  raw.forEach((p, k) => {
    const point = cleanPoint(p, k, `${path}[${k}]`, scale, issues);
    if (!point) return;
    if (taken.has(point.index)) {
      issues.push({
        attribute: `${path}[${k}].index`,
        value: String(point.index),
        reason: `column ${point.index} already has a point in this series; point not drawn`,
      });
      return;
    }
    taken.add(point.index);
    points.push(point);
  });
  // Usually in order already (array positions, or a map's columns); sort only when not.
  if (points.some((p, k) => k > 0 && p.index < points[k - 1]!.index)) points.sort((a, b) => a.index - b.index);
  const at = new Map<number, number>();
  points.forEach((p, k) => at.set(p.index, k));
  return { points, at };
}

/**
 * Validates the input. Priority: `series`, then `points`, then the `data` attribute. Never throws.
 */
export function cleanInput(
  seriesProp: unknown,
  pointsProp: unknown,
  dataAttr: string | undefined | null,
  scale: EmotionScale,
): CleanInput {
  const issues: InputIssue[] = [];
  let rawSeries: unknown;
  let rawPoints: unknown;
  let seriesPath = 'series';
  let pointsPath = 'points';

  if (seriesProp !== undefined && seriesProp !== null) rawSeries = seriesProp;
  else if (pointsProp !== undefined && pointsProp !== null) rawPoints = pointsProp;
  else if (typeof dataAttr === 'string' && dataAttr.trim() !== '') {
    const parsed = parseDataAttribute(dataAttr);
    if (parsed.issue) issues.push(parsed.issue);
    rawSeries = parsed.series;
    rawPoints = parsed.points;
    seriesPath = 'data.series';
    pointsPath = 'data';
  }

  const series: CleanSeries[] = [];
  let single = false;
  if (rawSeries !== undefined) {
    if (!Array.isArray(rawSeries)) {
      issues.push({ attribute: seriesPath, value: preview(rawSeries), reason: 'expected an array of series' });
    } else {
      rawSeries.forEach((raw: unknown, s: number) => {
        const path = `${seriesPath}[${s}]`;
        if (!isDict(raw) || !Array.isArray(raw['points'])) {
          issues.push({ attribute: path, value: preview(raw), reason: 'a series needs a points array' });
          return;
        }
        const id = typeof raw['id'] === 'string' && raw['id'] !== '' ? raw['id'] : `series-${s + 1}`;
        const name = typeof raw['name'] === 'string' ? raw['name'] : id;
        let color: string | null = null;
        const rawColor = raw['color'];
        if (typeof rawColor === 'string' && rawColor.trim() !== '') {
          if (isColor(rawColor)) color = rawColor;
          else issues.push({ attribute: `${path}.color`, value: rawColor, reason: `"${rawColor}" is not a CSS colour` });
        }
        const { points, at } = cleanPoints(raw['points'] as unknown[], `${path}.points`, scale, issues);
        series.push({ id, name, color, points, at });
      });
    }
  } else if (rawPoints !== undefined) {
    if (!Array.isArray(rawPoints)) {
      issues.push({ attribute: pointsPath, value: preview(rawPoints), reason: 'expected an array of points' });
    } else {
      single = true;
      const { points, at } = cleanPoints(rawPoints, pointsPath, scale, issues);
      series.push({ id: '', name: '', color: null, points, at });
    }
  }
  const used = new Set<number>();
  for (const s of series) for (const p of s.points) used.add(p.index);
  const columns = [...used].sort((a, b) => a - b);
  const count = columns.length > 0 ? columns[columns.length - 1]! + 1 : 0;
  return { series, single, count, columns, issues };
}
