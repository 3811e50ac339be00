/**
 * Grid navigation of `<journey-map>` (WAI-ARIA APG grid pattern) as pure functions: the current
 * cell plus a key give the next cell. No DOM, so the element stays O(1) per key press and the
 * rules can be tested without a browser. Which edit a key asks for (`editKeyOf`) is here too, not
 * in the editing code, so a key pressed before that code has loaded is known and kept.
 *
 * Coordinates are logical: `row` is the lane index, `col` the touchpoint column (0 = the first
 * column in reading order). As in the APG data grid, the headers are cells too, so their content
 * (a stage's description, goals and metrics) can be reached: row `-1` is the stage header row
 * (a stage header spans its columns; `col` says which column focus came from) and column `-1` the
 * lane headers. The empty corner cell is not a stop.
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
  /** Whether the stage header row (row `-1`) takes focus. */
  headerRow?: boolean;
  /** Whether the lane header column (column `-1`) takes focus; not while the map is stacked. */
  headerColumn?: boolean;
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
  const row = clamp(cell.row, shape.headerRow ? -1 : 0, Math.max(0, shape.rows - 1));
  // The header row has no cell in the lane header column (the corner is not a stop).
  const col = clamp(cell.col, shape.headerColumn && row >= 0 ? -1 : 0, Math.max(0, shape.cols - 1));
  return { row, col };
}

/** The first column of the stage `offset` stages after (or before) the one holding `col`. */
function stageStart(shape: GridShape, col: number, offset: number): number {
  const stage = clamp(stageOfColumn(shape, Math.max(0, col)) + offset, 0, shape.stageStarts.length - 1);
  return shape.stageStarts[stage] ?? 0;
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
  if (ctrl && (key === 'Home' || key === 'End')) return key === 'Home' ? { row: 0, col: 0 } : { row: lastRow, col: lastCol };
  if (row === -1) {
    // The stage header row: one stop per stage.
    switch (key) {
      case forward:
      case 'PageDown':
        return { row, col: stageStart(shape, col, 1) };
      case backward:
      case 'PageUp':
        return { row, col: stageStart(shape, col, -1) };
      case 'Home':
        return { row, col: 0 };
      case 'End':
        return { row, col: stageStart(shape, lastCol, 0) };
      case 'ArrowDown':
        return { row: 0, col };
      case 'ArrowUp':
        return { row, col };
      default:
        return null;
    }
  }
  switch (key) {
    case forward:
      return { row, col: Math.min(lastCol, col + 1) };
    case backward:
      return { row, col: col > 0 ? col - 1 : shape.headerColumn ? -1 : 0 };
    case 'ArrowDown':
      return { row: Math.min(lastRow, row + 1), col };
    case 'ArrowUp':
      // From a lane header, up stops at the first lane: the corner above is empty.
      return { row: row > 0 ? row - 1 : shape.headerRow && col >= 0 ? -1 : row, col };
    case 'Home':
      return { row, col: 0 };
    case 'End':
      return { row, col: lastCol };
    case 'PageDown': {
      const next = shape.stageStarts[stageOfColumn(shape, Math.max(0, col)) + 1];
      return { row, col: next === undefined ? Math.max(0, col) : next };
    }
    case 'PageUp': {
      // In the first stage there is no previous one: go to its first cell.
      const prev = shape.stageStarts[stageOfColumn(shape, Math.max(0, col)) - 1];
      return { row, col: prev ?? 0 };
    }
    default:
      return null;
  }
}

/** An edit a key asks for. */
export type EditKey =
  | { kind: 'move'; step: 1 | -1 }
  | { kind: 'emotion'; step: 1 | -1 }
  | { kind: 'open-form' }
  | { kind: 'remove' }
  | { kind: 'undo' }
  | { kind: 'redo' };

/** The parts of a key event that matter. */
export interface EditKeyEvent {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
}

/**
 * The edit a key press asks for, or `null`. Alt+Left/Right move a touchpoint (mirrored in
 * right-to-left maps: Alt+Left is "later" there), Alt+Up/Down change an emotion, F2 opens the
 * edit form (Enter too, decided by the caller, since Enter also opens details when not editing),
 * Delete removes, Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo (Cmd instead of Ctrl on macOS).
 */
export function editKeyOf(event: EditKeyEvent, dir: 'ltr' | 'rtl' = 'ltr'): EditKey | null {
  const command = Boolean(event.ctrlKey || event.metaKey);
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (command && !event.altKey) {
    if (key === 'z') return event.shiftKey ? { kind: 'redo' } : { kind: 'undo' };
    if (key === 'y' && !event.shiftKey) return { kind: 'redo' };
    return null;
  }
  if (event.altKey && !command && !event.shiftKey) {
    const later = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const earlier = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    if (key === later) return { kind: 'move', step: 1 };
    if (key === earlier) return { kind: 'move', step: -1 };
    if (key === 'ArrowUp') return { kind: 'emotion', step: 1 };
    if (key === 'ArrowDown') return { kind: 'emotion', step: -1 };
    return null;
  }
  if (event.altKey || command || event.shiftKey) return null;
  if (key === 'F2') return { kind: 'open-form' };
  if (key === 'Delete') return { kind: 'remove' };
  return null;
}
