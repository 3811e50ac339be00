import type { EmotionPoint } from '../components/emotion-curve/emotion-curve-data.js';

/** Detail of `point-focus`. */
export interface PointFocusDetail {
  /** The point's column: its `index`, or its array position when it has none (e.g. the touchpoint column). */
  index: number;
  /** Id of the point's series, or `null` for a single line given through `points`/`data`. */
  seriesId: string | null;
  /** The point object as given. */
  point: EmotionPoint;
}

/**
 * Focus moved to a point of `<emotion-curve>`: by keyboard, by a pointer press, or by the
 * element's `focus()`. Not fired when properties change.
 */
export class PointFocusEvent extends CustomEvent<PointFocusDetail> {
  static readonly type = 'point-focus';

  constructor(detail: PointFocusDetail) {
    super(PointFocusEvent.type, { detail, bubbles: true, composed: true });
  }
}
