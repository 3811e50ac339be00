/**
 * Geometry of `<emotion-curve>`, in the manner of Observable Plot: data become pixel channels
 * (typed arrays indexed like the points), d3-shape's generators walk an index and read those
 * channels. Output is plain numbers and path strings; Lit renders them. Pure, so the
 * element recomputes it only when an input changes.
 */
import { area, curveLinear, curveMonotoneX, curveStep, line, type CurveFactory } from 'd3-shape';
import { emotionNeutralPoint } from '../../model/helpers.js';
import type { EmotionScale } from '../../model/types.js';
import type { CleanInput, CleanPoint, EmotionCurveKind } from './emotion-curve-data.js';
import { dashFor, markerFor, type MarkerShape } from './emotion-curve-markers.js';

/**
 * Space around the plot, px. `start` is the inline-start gutter for the y-axis; `top`/`bottom`
 * keep markers at the scale's ends from being clipped.
 */
export const MARGIN = { top: 14, bottom: 14, start: 44, end: 16 } as const;

/** Inputs that decide where things go. */
export interface Frame {
  /** Drawing width, px (ignored when `positions` are given). */
  width: number;
  /** Drawing height, px. */
  height: number;
  /** x of each column from the inline-start edge, or `null` for an even spread. */
  positions: readonly number[] | null;
  /** Mirror the x axis (first point on the right). */
  rtl: boolean;
  curve: EmotionCurveKind;
}

/** A measured point placed in the drawing. */
export interface PlacedPoint {
  /** Series index. */
  s: number;
  /** Column of the point (shared index space). */
  i: number;
  x: number;
  y: number;
}

/** One series placed in the drawing. */
export interface PlacedSeries {
  /** Path of the line through the series' points in column order; `''` when no point is measured. */
  line: string;
  /** Path of the range band, or `null` when no point has a range. */
  band: string | null;
  dash: string;
  marker: MarkerShape;
  points: PlacedPoint[];
}

/** A y-axis tick. */
export interface Tick {
  value: number;
  y: number;
}

/** Everything the template needs to draw. */
export interface Geometry {
  width: number;
  height: number;
  /** Physical x range of the plot area (left < right whatever the direction). */
  plotLeft: number;
  plotRight: number;
  top: number;
  bottom: number;
  /** x of the axis line (inline-start edge of the plot). */
  axisX: number;
  /** Value and y of the neutral baseline (0 when inside the scale, else the midpoint). */
  baselineValue: number;
  baselineY: number;
  ticks: Tick[];
  series: PlacedSeries[];
}

const CURVES: Record<EmotionCurveKind, CurveFactory> = {
  monotone: curveMonotoneX,
  linear: curveLinear,
  step: curveStep,
};

/** Width a drawing needs for given positions: the last one plus the end margin. */
export function widthForPositions(positions: readonly number[]): number {
  return Math.ceil(Math.max(0, ...positions) + MARGIN.end);
}

/** Places every series. */
export function computeGeometry(input: CleanInput, scale: EmotionScale, frame: Frame): Geometry {
  const { count } = input;
  const height = Math.max(frame.height, MARGIN.top + MARGIN.bottom + 1);
  const width = frame.positions ? widthForPositions(frame.positions) : Math.max(frame.width, MARGIN.start + MARGIN.end + 1);
  const mirror = (x: number): number => (frame.rtl ? width - x : x);

  // x channel, shared by all series (they share the columns). The even spread is d3's scalePoint
  // with padding 0.5, written out: `count` equal steps, each point in the middle of its step.
  const X = new Float64Array(count);
  if (frame.positions) {
    for (let i = 0; i < count; i++) X[i] = mirror(frame.positions[i]!);
  } else {
    const step = (width - MARGIN.end - MARGIN.start) / Math.max(1, count);
    for (let i = 0; i < count; i++) X[i] = mirror(MARGIN.start + step * (i + 0.5));
  }

  // y channel: the scale's min at the bottom edge, its max at the top. One affine map from a
  // two-value domain: d3-scale's scaleLinear would do it, but it brings d3-interpolate, d3-color
  // and d3-format (8 KiB gzip, an eighth of the bundle budget) for ticks, nice and colour
  // interpolation this drawing never uses.
  const bottom = height - MARGIN.bottom;
  const pixelsPerUnit = (bottom - MARGIN.top) / (scale.max - scale.min);
  const y = (value: number): number => bottom - (value - scale.min) * pixelsPerUnit;
  const curve = CURVES[frame.curve] ?? curveMonotoneX;
  const baselineValue = emotionNeutralPoint(scale);
  const xOf = (p: CleanPoint): number => X[p.index]!;
  const measured = (p: CleanPoint): boolean => p.value !== null;
  const ranged = (p: CleanPoint | undefined): boolean => p !== undefined && p.min !== null && p.max !== null;

  const series: PlacedSeries[] = input.series.map((s, si) => {
    // Each series walks only its own points, so its line runs on across other series' columns.
    // In ascending x, so monotone interpolation sees increasing x in RTL too.
    const P = s.points.some((p, k) => k > 0 && xOf(p) < xOf(s.points[k - 1]!))
      ? [...s.points].sort((a, b) => xOf(a) - xOf(b))
      : s.points;
    const points: PlacedPoint[] = [];
    for (const p of s.points) if (p.value !== null) points.push({ s: si, i: p.index, x: xOf(p), y: y(p.value) });
    const path =
      line<CleanPoint>()
        .defined(measured)
        .x(xOf)
        .y((p) => y(p.value!))
        .curve(curve)
        .digits(2)(P) ?? '';
    let band: string | null = null;
    if (P.some(ranged)) {
      band =
        area<CleanPoint>()
          .defined(ranged)
          .x(xOf)
          .y0((p) => y(p.min!))
          .y1((p) => y(p.max!))
          .curve(curve)
          .digits(2)(P) ?? '';
      // A ranged point between unranged neighbours makes a zero-width area; give it a bar.
      P.forEach((p, k) => {
        if (ranged(p) && !ranged(P[k - 1]) && !ranged(P[k + 1])) {
          const x0 = Math.round((xOf(p) - 5) * 100) / 100;
          const y0 = Math.round(y(p.max!) * 100) / 100;
          const y1 = Math.round(y(p.min!) * 100) / 100;
          band += `M${x0},${y0}h10V${y1}h-10Z`;
        }
      });
    }
    return { line: path, band, dash: dashFor(si), marker: markerFor(si), points };
  });

  const ticks: Tick[] = [{ value: scale.max, y: y(scale.max) }];
  if (scale.min < 0 && scale.max > 0) ticks.push({ value: 0, y: y(0) });
  ticks.push({ value: scale.min, y: y(scale.min) });

  return {
    width,
    height,
    plotLeft: frame.rtl ? MARGIN.end : MARGIN.start,
    plotRight: frame.rtl ? width - MARGIN.start : width - MARGIN.end,
    top: MARGIN.top,
    bottom: height - MARGIN.bottom,
    axisX: mirror(MARGIN.start),
    baselineValue,
    baselineY: y(baselineValue),
    ticks,
    series,
  };
}
