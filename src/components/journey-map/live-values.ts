/**
 * The rules of live metric values on `<journey-map>`, without the DOM: reading the shape a host or
 * a `metrics-src` URL gives (bounded, every bad entry skipped and located), the refresh schedule
 * with its back-off, when a value turns stale, a series' trend and its sparkline path.
 *
 * @module
 */
import { line } from 'd3-shape';
import type { LiveMetricValue } from '../../model/metric-status.js';
import type { Problem } from '../../model/core.js';

/** Most entries read from one set of live values; the rest are skipped with one problem. */
export const MAX_LIVE_ENTRIES = 10_000;
/** Most points of a series kept: the newest ones. A sparkline has no room for more. */
export const MAX_SERIES = 200;
/** Most problems listed one by one; the rest are counted in one summary problem. */
export const MAX_LISTED = 20;
/** Longest metric id read. */
const MAX_ID_LENGTH = 200;

/** Live values by metric id, and what was skipped. */
export interface LiveValuesResult {
  values: Map<string, LiveMetricValue>;
  /** Ids whose entries were skipped: a refresh keeps their last good value. */
  skipped: Set<string>;
  problems: Problem[];
}

/** A JSON Pointer token (RFC 6901). */
const token = (key: string): string => key.replaceAll('~', '~0').replaceAll('/', '~1');

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether an ISO 8601 date-time can be read (with a time zone, as the model asks of `asOf`). */
function readableTime(text: string): boolean {
  return text.length <= 64 && /(?:Z|[+-]\d\d:?\d\d)$/.test(text) && !Number.isNaN(Date.parse(text));
}

/**
 * Reads `{ [metricId]: { value, asOf?, series? } }`. Never throws. An entry that is not an object
 * with a finite `value`, whose `asOf` is not a date-time with a time zone, or whose `series` is not
 * an array of finite numbers is skipped and reported at its JSON Pointer; a series longer than
 * {@link MAX_SERIES} keeps its newest points (a warning). At most {@link MAX_LIVE_ENTRIES} entries
 * are read and {@link MAX_LISTED} problems listed, so a hostile document costs bounded time.
 * `where` starts each message ("metricValues", "metrics-src https://…").
 */
export function readLiveValues(input: unknown, where: string): LiveValuesResult {
  const values = new Map<string, LiveMetricValue>();
  const skipped = new Set<string>();
  const problems: Problem[] = [];
  let omitted = 0;
  const report = (path: string, message: string, severity: Problem['severity'] = 'error'): void => {
    if (problems.length < MAX_LISTED) problems.push({ path, message: `${where}: ${message}`, severity });
    else omitted++;
    const id = path.split('/')[1];
    if (id !== undefined && severity === 'error') skipped.add(id.replaceAll('~1', '/').replaceAll('~0', '~'));
  };
  if (!isRecord(input)) {
    report('', 'expected an object of live values keyed by metric id');
    return { values, skipped, problems };
  }
  let read = 0;
  for (const id in input) {
    if (!Object.hasOwn(input, id)) continue;
    if (read++ >= MAX_LIVE_ENTRIES) {
      report('', `more than ${MAX_LIVE_ENTRIES} live values: the rest were skipped`);
      break;
    }
    const path = `/${token(id)}`;
    const entry = input[id];
    if (id.length === 0 || id.length > MAX_ID_LENGTH) {
      report(path, `skipped: a metric id is 1 to ${MAX_ID_LENGTH} characters`);
      continue;
    }
    if (!isRecord(entry)) {
      report(path, 'skipped: expected an object with a numeric "value"');
      continue;
    }
    const { value, asOf, series } = entry;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      report(`${path}/value`, 'skipped: "value" must be a finite number');
      continue;
    }
    if (asOf !== undefined && (typeof asOf !== 'string' || !readableTime(asOf))) {
      report(`${path}/asOf`, 'skipped: "asOf" must be an ISO 8601 date-time with a time zone');
      continue;
    }
    let points: number[] | undefined;
    if (series !== undefined) {
      if (!Array.isArray(series)) {
        report(`${path}/series`, 'skipped: "series" must be an array of numbers');
        continue;
      }
      const from = Math.max(0, series.length - MAX_SERIES);
      points = [];
      for (let i = from; i < series.length; i++) {
        const x: unknown = series[i];
        if (typeof x !== 'number' || !Number.isFinite(x)) {
          points = undefined;
          report(`${path}/series/${i}`, 'skipped: "series" must hold finite numbers only');
          break;
        }
        points.push(x);
      }
      if (!points) continue;
      if (from > 0) report(`${path}/series`, `only the newest ${MAX_SERIES} points of "series" are shown`, 'warning');
    }
    const live: LiveMetricValue = { value };
    if (asOf !== undefined) live.asOf = asOf as string;
    if (points) live.series = points;
    values.set(id, live);
  }
  if (omitted > 0) problems.push({ path: '', message: `${where}: ${omitted} more problems`, severity: 'error', omitted });
  return { values, skipped, problems };
}

/** Whether two live values say the same (so nothing needs drawing again). */
export function sameLiveValue(a: LiveMetricValue | undefined, b: LiveMetricValue | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.value !== b.value || a.asOf !== b.asOf) return false;
  const sa = a.series ?? [];
  const sb = b.series ?? [];
  return sa.length === sb.length && sa.every((x, i) => x === sb[i]);
}

/** The longest wait between fetches after errors, unless `refresh` itself is longer. */
export const MAX_BACKOFF_MS = 10 * 60_000;

/**
 * Milliseconds until the next fetch of `metrics-src`: `refresh` after a success; after `failures`
 * consecutive errors, `refresh` doubled per error up to {@link MAX_BACKOFF_MS} (or `refresh`
 * when that is longer). Without a refresh interval (`refreshMs` ≤ 0 or not finite): `null`, no
 * next fetch.
 */
export function nextFetchDelay(refreshMs: number, failures: number): number | null {
  if (!Number.isFinite(refreshMs) || refreshMs <= 0) return null;
  if (failures <= 0) return refreshMs;
  const cap = Math.max(refreshMs, MAX_BACKOFF_MS);
  return Math.min(cap, refreshMs * 2 ** Math.min(failures, 30));
}

/** When a value measured at `asOf` turns stale (epoch ms), or `undefined` when it never does. */
export function staleAt(asOf: string | undefined, staleAfterMs: number | null): number | undefined {
  if (asOf === undefined || staleAfterMs === null) return undefined;
  const t = Date.parse(asOf);
  return Number.isNaN(t) ? undefined : t + staleAfterMs;
}

/** Which way a series went. */
export type Trend = 'up' | 'down' | 'flat';

/**
 * Which way a series went from its first point to its last: `flat` when they differ by less than
 * 1 % of the series' range (or the series has fewer than two points).
 */
export function trendOf(series: readonly number[]): Trend {
  if (series.length < 2) return 'flat';
  const first = series[0]!;
  const last = series[series.length - 1]!;
  let min = Infinity;
  let max = -Infinity;
  for (const x of series) {
    if (x < min) min = x;
    if (x > max) max = x;
  }
  if (Math.abs(last - first) <= (max - min) * 0.01 || last === first) return 'flat';
  return last > first ? 'up' : 'down';
}

/**
 * A sparkline's path for `series` in a `width` × `height` box (d3-shape's line), with `inset`
 * pixels kept free at top and bottom for the stroke; a flat series runs along the middle.
 * `null` for fewer than two points.
 */
export function sparklinePath(series: readonly number[], width: number, height: number, inset = 1.5): string | null {
  if (series.length < 2) return null;
  let min = Infinity;
  let max = -Infinity;
  for (const x of series) {
    if (x < min) min = x;
    if (x > max) max = x;
  }
  const step = width / (series.length - 1);
  const span = height - 2 * inset;
  const y = (v: number): number => (max === min ? height / 2 : inset + span - ((v - min) / (max - min)) * span);
  return line<number>()
    .x((_, i) => Math.round(i * step * 100) / 100)
    .y((v) => Math.round(y(v) * 100) / 100)(series as number[]);
}
