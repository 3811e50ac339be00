/**
 * Arrow keys between the matrix's points: pure, in screen coordinates (x to the right, y down),
 * so right-to-left mirroring is already in the coordinates the keys see.
 */

/** A point as the screen shows it. */
export interface ScreenPoint {
  x: number;
  y: number;
}

/** An arrow key's direction on screen. */
export type ArrowDirection = 'left' | 'right' | 'up' | 'down';

/** The arrow keys, by `KeyboardEvent.key`. */
export const ARROW_KEYS: Readonly<Record<string, ArrowDirection>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/** How much a sideways step counts against a point, next to a step in the key's direction. */
const SIDEWAYS_WEIGHT = 2;

/**
 * The index of the point the arrow key goes to from `points[from]`, or `from` when there is none.
 *
 * - Left and Right step to the previous or next point in screen order from left to right (ties,
 *   points straight above one another, from top to bottom). That order holds every point, so
 *   Left and Right alone reach them all, however they cluster.
 * - Up and Down jump to the nearest point strictly above or below: the least vertical distance
 *   plus twice the sideways distance, so a point straight ahead beats a closer one off to the
 *   side. Ties go to the earlier index.
 */
export function nearestInDirection(points: readonly ScreenPoint[], from: number, direction: ArrowDirection): number {
  const origin = points[from];
  if (!origin) return from;
  if (direction === 'left' || direction === 'right') {
    const order = points.map((_, i) => i).sort((a, b) => points[a].x - points[b].x || points[a].y - points[b].y || a - b);
    const at = order.indexOf(from) + (direction === 'right' ? 1 : -1);
    return at >= 0 && at < order.length ? order[at] : from;
  }
  let best = from;
  let bestScore = Infinity;
  points.forEach((p, i) => {
    if (i === from) return;
    const ahead = direction === 'down' ? p.y - origin.y : origin.y - p.y;
    if (ahead <= 0) return;
    const score = ahead + SIDEWAYS_WEIGHT * Math.abs(p.x - origin.x);
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}
