/**
 * Where a dragged touchpoint card lands, as pure functions: which slot the pointer is over (from
 * the touchpoint cells' boxes along the reading axis) and what move of the model that slot means.
 * No DOM: the controller measures, these decide.
 */
import type { Journey } from '../../../../model/core.js';
import type { MapLayout } from '../../layout.js';
import type { MoveTarget } from '../keys.js';

/** A touchpoints-lane cell's extent along the reading axis (reading order: start < end). */
export interface SlotBox {
  col: number;
  start: number;
  end: number;
}

/** Before or after a column's cell, in reading order. */
export type DropSide = 'before' | 'after';

/** The slot under the pointer: a column and which side of it. */
export interface DropSlot {
  col: number;
  side: DropSide;
}

/** A box on screen (client coordinates). */
export interface ScreenBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * A cell box along the reading axis: left to right in a wide left-to-right map, right to left
 * (negated, so it still grows) in a right-to-left one, top to bottom when stacked. `point`
 * goes through the same axis with {@link axisPoint}.
 */
export function axisBox(col: number, box: ScreenBox, axis: 'ltr' | 'rtl' | 'stacked'): SlotBox {
  if (axis === 'stacked') return { col, start: box.top, end: box.bottom };
  if (axis === 'rtl') return { col, start: -box.right, end: -box.left };
  return { col, start: box.left, end: box.right };
}

/** A pointer position on the reading axis (see {@link axisBox}). */
export function axisPoint(x: number, y: number, axis: 'ltr' | 'rtl' | 'stacked'): number {
  return axis === 'stacked' ? y : axis === 'rtl' ? -x : x;
}

/**
 * The slot at `point` among `boxes` (in column order, so ascending along the axis): the last cell
 * that starts at or before the point, before or after it by which half the point is in (a point
 * in the gap after a cell — stacked, the other lanes' cells — is after it). Before the first cell:
 * before it. `null` without cells.
 */
export function slotAt(boxes: readonly SlotBox[], point: number): DropSlot | null {
  if (boxes.length === 0) return null;
  let k = -1;
  for (let i = 0; i < boxes.length && boxes[i]!.start <= point; i++) k = i;
  if (k < 0) return { col: boxes[0]!.col, side: 'before' };
  const box = boxes[k]!;
  return {
    col: box.col,
    side: point < (box.start + box.end) / 2 ? 'before' : 'after',
  };
}

/**
 * What dropping touchpoint `id` on `slot` does: its stage and position among that stage's
 * touchpoints after the move (as `moveTouchpoint` takes them), or `null` when it would stay where
 * it is (or is not in the journey). Positions count every touchpoint of the stage, also those a
 * persona filter hides, so a drop next to a shown card lands right next to it.
 */
export function dropTarget(journey: Journey, layout: MapLayout, id: string, slot: DropSlot): MoveTarget | null {
  const dragged = journey.touchpoints.find((t) => t.id === id);
  const column = layout.columns[slot.col];
  if (!dragged || !column || column.touchpoint?.id === id) return null;
  const stage = layout.stages[column.stage]!.stage.id;
  const others = journey.touchpoints.filter((t) => t.stage === stage && t.id !== id);
  const beside = column.touchpoint ? others.findIndex((t) => t.id === column.touchpoint!.id) : -1;
  const position = beside < 0 ? 0 : beside + (slot.side === 'after' ? 1 : 0);
  const now = journey.touchpoints.filter((t) => t.stage === dragged.stage).indexOf(dragged);
  if (stage === dragged.stage && position === now) return null;
  return { stage, position, count: others.length + 1 };
}
