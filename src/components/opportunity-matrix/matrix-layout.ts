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

/**
 * Where a point sits among the others of its cell, on a small grid centred in the cell. Columns
 * count towards more effort, rows towards more impact; a point alone in its cell has 0 for all.
 */
export interface CellSpread {
  /** Offset from the cell's centre, in steps: negative towards less effort. */
  column: number;
  /** Offset from the cell's centre, in steps: negative towards less impact. */
  row: number;
  /** Steps from the cell's centre to the outermost column, and to the outermost row. */
  halfColumns: number;
  halfRows: number;
  /**
   * One step in unit coordinates. The element draws a step no shorter than a point's target, so
   * in a small matrix points that share a cell stay a whole target apart (WCAG 2.5.8).
   */
  step: number;
}

/** A point of the matrix. `x` grows with effort (left to right before mirroring), `y` with impact (bottom to top). */
export interface MatrixPoint {
  entry: OpportunityEntry;
  /** Effort, 0 (least) to 1 (most), before any right-to-left mirroring: `cellX + spread.column * spread.step`. */
  x: number;
  /** Impact, 0 (least) to 1 (most): `cellY + spread.row * spread.step`. */
  y: number;
  /** The centre of the point's cell, unit coordinates. */
  cellX: number;
  cellY: number;
  spread: CellSpread;
}

/**
 * The points of the rated entries (those with impact and effort), in the order given. Entries
 * with the same impact and effort share a cell, so they are spread over a small grid inside it,
 * each at least a fifth of the cell apart, and never outside the cell. In a matrix too small for
 * that grid to hold whole targets, the stylesheet widens the step (see `CellSpread.step`).
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
      const halfColumns = (columns - 1) / 2;
      const halfRows = (rows - 1) / 2;
      const spread = { column: (i % columns) - halfColumns, row: halfRows - Math.floor(i / columns), halfColumns, halfRows, step };
      const cellX = unitOf(entry.effort!);
      const cellY = unitOf(entry.impact!);
      placed.set(entry, { entry, x: cellX + spread.column * step, y: cellY + spread.row * step, cellX, cellY, spread });
    });
  }
  return entries.flatMap((entry) => placed.get(entry) ?? []);
}
