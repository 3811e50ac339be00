import type { LaneId } from '../model/core.js';

/** Detail of `cell-focus`. */
export interface CellFocusDetail {
  /** The touchpoint of the focused cell, or `null` (a header, an empty column). */
  touchpoint: string | null;
  /** The stage of the focused cell's column, or `null` for a lane header. */
  stage: string | null;
  /** The lane of the focused cell, or `null` for a stage header. */
  lane: LaneId | null;
  /** Whether the touchpoint's details are open for editing. */
  editing: boolean;
}

/**
 * Focus moved to another cell of `<journey-map>`'s grid, or its details opened or closed for
 * editing. What a collaboration binding shares as presence ("Ana is on Checkout").
 */
export class CellFocusEvent extends CustomEvent<CellFocusDetail> {
  static readonly type = 'cell-focus';

  constructor(detail: CellFocusDetail) {
    super(CellFocusEvent.type, { detail, bubbles: true, composed: true });
  }
}
