/**
 * Grid navigation of `<journey-map>` (WAI-ARIA APG grid pattern) as pure functions: the current
 * cell plus a key give the next cell. No DOM, so the element stays O(1) per key press and the
 * rules can be tested without a browser.
 *
 * Coordinates are logical: `row` is the lane index, `col` the touchpoint column (0 = the first
 * column in reading order). Header cells are not part of the navigation: they name the cells
 * (every cell's accessible name already carries its stage and lane).
 */

/** A data cell of the map. */
export interface Cell {
  /** Lane index, 0-based. */
  row: number;
  /** Column index in reading order, 0-based. */
  col: number;
}

/** What navigation needs to know about the grid. */
export interface GridShape {
  /** Number of lanes (rows). */
  rows: number;
  /** Number of touchpoint columns. */
  cols: number;
  /** First column of each stage, ascending; `stageStarts[0]` is 0. */
  stageStarts: readonly number[];
}

/** The modifier keys that change a move. */
export interface KeyModifiers {
  ctrlKey?: boolean;
  metaKey?: boolean;
}

const clamp = (n: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, n));

/** Index of the stage that holds `col`. */
export function stageOfColumn(shape: GridShape, col: number): number {
  let stage = 0;
  for (let i = 1; i < shape.stageStarts.length; i++) {
    if (shape.stageStarts[i] <= col) stage = i;
    else break;
  }
  return stage;
}

/** The cell inside the grid nearest to `cell` (after the grid shrank, for instance). */
export function clampCell(shape: GridShape, cell: Cell): Cell {
  return { row: clamp(cell.row, 0, Math.max(0, shape.rows - 1)), col: clamp(cell.col, 0, Math.max(0, shape.cols - 1)) };
}

/**
 * The cell a key moves to, or `null` when the key is not a grid key (the event then goes on).
 * At an edge a key returns the same cell: the key is still consumed, so the page does not scroll.
 *
 * `dir` mirrors Left and Right: in a right-to-left map ArrowLeft goes to the next column.
 * Home and End stay logical (row start and row end in reading order).
 */
export function nextCell(
  shape: GridShape,
  current: Cell,
  key: string,
  modifiers: KeyModifiers = {},
  dir: 'ltr' | 'rtl' = 'ltr',
): Cell | null {
  if (shape.rows <= 0 || shape.cols <= 0) return null;
  const { row, col } = clampCell(shape, current);
  const lastRow = shape.rows - 1;
  const lastCol = shape.cols - 1;
  const ctrl = Boolean(modifiers.ctrlKey || modifiers.metaKey);
  const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const backward = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case forward:
      return { row, col: Math.min(lastCol, col + 1) };
    case backward:
      return { row, col: Math.max(0, col - 1) };
    case 'ArrowDown':
      return { row: Math.min(lastRow, row + 1), col };
    case 'ArrowUp':
      return { row: Math.max(0, row - 1), col };
    case 'Home':
      return ctrl ? { row: 0, col: 0 } : { row, col: 0 };
    case 'End':
      return ctrl ? { row: lastRow, col: lastCol } : { row, col: lastCol };
    case 'PageDown': {
      const stage = stageOfColumn(shape, col);
      const next = shape.stageStarts[stage + 1];
      return { row, col: next === undefined ? col : next };
    }
    case 'PageUp': {
      // In the first stage there is no previous one: go to its first cell.
      const prev = shape.stageStarts[stageOfColumn(shape, col) - 1];
      return { row, col: prev === undefined ? 0 : prev };
    }
    default:
      return null;
  }
}
