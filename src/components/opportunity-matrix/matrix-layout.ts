/**
 * Where each opportunity sits in the impact × effort matrix: pure geometry in unit coordinates
 * (0–1), so the element, the tests and a print view place points the same way.
 */
import { QUADRANT_SPLIT, type OpportunityEntry } from '../../model/opportunities.js';

/** Lowest and highest impact and effort. */
export const SCALE_MIN = 1;
export const SCALE_MAX = 5;

/** Each value owns a cell of this width (unit coordinates): 1 → [0, 0.2], 5 → [0.8, 1]. */
const CELL = 1 / (SCALE_MAX - SCALE_MIN + 1);

/** Unit coordinate of the centre of a value's cell. */
export function unitOf(value: number): number {
  return (value - SCALE_MIN + 0.5) * CELL;
}

/**
 * Where the quadrants divide, in unit coordinates: between the cell below the split and the
 * split's own (the split value counts as high, see `QUADRANT_SPLIT`).
 */
export const SPLIT = (QUADRANT_SPLIT - SCALE_MIN) * CELL;

/** A point of the matrix. `x` grows with effort (left to right before mirroring), `y` with impact (bottom to top). */
export interface MatrixPoint {
  entry: OpportunityEntry;
  /** Effort, 0 (least) to 1 (most), before any right-to-left mirroring. */
  x: number;
  /** Impact, 0 (least) to 1 (most). */
  y: number;
}

/**
 * The points of the rated entries (those with impact and effort), in the order given. Entries
 * with the same impact and effort share a cell, so they are spread over a small grid inside it,
 * each at least a fifth of the cell apart, and never outside the cell.
 */
export function layoutPoints(entries: readonly OpportunityEntry[]): MatrixPoint[] {
  const cells = new Map<string, OpportunityEntry[]>();
  for (const entry of entries) {
    if (entry.impact === undefined || entry.effort === undefined) continue;
    const key = `${entry.impact}|${entry.effort}`;
    const list = cells.get(key) ?? [];
    list.push(entry);
    cells.set(key, list);
  }
  const placed = new Map<OpportunityEntry, MatrixPoint>();
  for (const list of cells.values()) {
    const columns = Math.ceil(Math.sqrt(list.length));
    const rows = Math.ceil(list.length / columns);
    // Use 80 % of the cell, so neighbouring cells' points never touch.
    const step = (CELL * 0.8) / columns;
    list.forEach((entry, i) => {
      const column = i % columns;
      const row = Math.floor(i / columns);
      const dx = (column - (columns - 1) / 2) * step;
      const dy = ((rows - 1) / 2 - row) * step;
      placed.set(entry, { entry, x: unitOf(entry.effort!) + dx, y: unitOf(entry.impact!) + dy });
    });
  }
  return entries.flatMap((entry) => placed.get(entry) ?? []);
}
