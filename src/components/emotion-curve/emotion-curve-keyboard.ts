/**
 * Keyboard navigation of `<emotion-curve>` as pure functions: the focused point plus a key give
 * the next point. No DOM, so the rules can be tested without a browser (like the map's
 * `keyboard.ts`).
 *
 * ←/→ move to the previous/next measured point of the focused series in column order (mirrored
 * in RTL, where the first column is on the right), Home/End to its first/last measured point,
 * ↑/↓ to the series above/below that has a measured point: to its point in the same column, or
 * else to its nearest one (the earlier on a tie). Unmeasured points are gaps and are skipped.
 */
import type { CleanSeries } from './emotion-curve-data.js';

/** A point by series index `s` and column `i`. */
export interface PointRef {
  s: number;
  i: number;
}

/** Whether two refs name the same point. */
export const sameRef = (a: PointRef | null, b: PointRef | null): boolean =>
  a === b || (a !== null && b !== null && a.s === b.s && a.i === b.i);

/** The measured point of a series closest to column `i` (the earlier one on a tie), or `null`. */
export function nearestIn(series: CleanSeries | undefined, s: number, i: number): PointRef | null {
  let best: PointRef | null = null;
  let distance = Infinity;
  for (const p of series?.points ?? []) {
    if (p.value === null) continue;
    const d = Math.abs(p.index - i);
    if (d < distance) {
      distance = d;
      best = { s, i: p.index };
    }
  }
  return best;
}

/**
 * Where `key` moves focus from the point `from`: a point (`from` itself when there is nowhere to
 * go), or `undefined` when the key is not a navigation key (the element lets it through).
 */
export function nextPoint(series: readonly CleanSeries[], from: PointRef, key: string, rtl: boolean): PointRef | undefined {
  const points = series[from.s]?.points ?? [];
  // Walks the focused series' points (in column order) from position `start`.
  const find = (start: number, step: number): PointRef | null => {
    for (let k = start; k >= 0 && k < points.length; k += step) if (points[k]!.value !== null) return { s: from.s, i: points[k]!.index };
    return null;
  };
  const here = series[from.s]?.at.get(from.i) ?? -1;
  // The next series up or down with a measured point: same column, else the nearest.
  const across = (step: number): PointRef | null => {
    for (let s = from.s + step; s >= 0 && s < series.length; s += step) {
      const to = nearestIn(series[s], s, from.i);
      if (to) return to;
    }
    return null;
  };
  // The first point is on the right in RTL, so the visual arrows swap meaning.
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const back = rtl ? 'ArrowRight' : 'ArrowLeft';
  let to: PointRef | null;
  switch (key) {
    case forward:
      to = here < 0 ? null : find(here + 1, 1);
      break;
    case back:
      to = here < 0 ? null : find(here - 1, -1);
      break;
    case 'Home':
      to = find(0, 1);
      break;
    case 'End':
      to = find(points.length - 1, -1);
      break;
    case 'ArrowUp':
      to = across(-1);
      break;
    case 'ArrowDown':
      to = across(1);
      break;
    default:
      return undefined;
  }
  return to ?? from;
}
