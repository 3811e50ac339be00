import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clampCell, nextCell, stageOfColumn, type Cell, type GridShape } from '../keyboard.js';
import type { MapLayout } from '../layout.js';
import { revealInGrid } from '../reveal.js';

/** What grid focus needs from the map. */
export interface GridFocusOptions {
  /** The layout shown, or `null`. */
  layout(): MapLayout | null;
  /** Navigation shape: the data cells plus the headers that can take focus now. */
  shape(layout: MapLayout): GridShape;
  dir(): 'ltr' | 'rtl';
  /** Builds a column if it is not built yet; `true` when it was not (a render is due). */
  buildColumn(col: number): boolean;
  /** Renders the due update now (Lit's `performUpdate`), so a newly built cell exists. */
  renderNow(): void;
  /** The grid's scroll container, for revealing the focused cell. */
  scroller(): HTMLElement | null;
  /** Enter, Space or a click on a touchpoint cell. */
  activate(touchpointId: string): void;
  /** An editing key on a cell (the map is editable); `true` when it was handled. */
  editKey?(event: KeyboardEvent, cell: Cell): boolean;
  /** Focus moved to another cell (a key, a click, a jump). */
  focused?(cell: Cell): void;
}

/**
 * The map's roving tabindex (WAI-ARIA grid): one tab stop, arrow keys through the pure
 * `nextCell`, focus and reveal. After each render of the grid only its rows and headers are
 * indexed; a cell is looked up in its row when needed (a binary search over the row's children:
 * a large map has thousands of cells, and walking them all on every column built was the cost
 * of a key press). A key press re-renders nothing unless a jump needs a column built first.
 */
export class GridFocusController implements ReactiveController {
  /** The active cell: row -1 is the stage header row, column -1 the lane headers. */
  active: Cell = { row: 0, col: 0 };

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: GridFocusOptions;
  #activeEl: HTMLElement | null = null;
  /** The lane rows, by row index: their cells are children in ascending column order. */
  #rows: HTMLElement[] = [];
  #stageHeads: HTMLElement[] = [];
  /** Set by the grid template when it ran: the cells are indexed again after that render. */
  #stale = false;
  #hadFocus = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: GridFocusOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The grid template ran: index its cells after this render. */
  gridRendered(): void {
    this.#stale = true;
  }

  hostConnected(): void {
    if (this.#activeEl) this.#stale = true; // re-index after a reconnect
  }

  hostUpdate(): void {
    this.#hadFocus = this.#activeEl !== null && this.#host.shadowRoot?.activeElement === this.#activeEl;
  }

  hostUpdated(): void {
    if (!this.#stale) return;
    this.#stale = false;
    this.#index();
  }

  /**
   * A new layout (journey, persona or lanes changed): keep the active cell on the same lane and
   * touchpoint when they are still there.
   */
  relayout(before: MapLayout | null, after: MapLayout): void {
    const lane = before?.lanes[this.active.row];
    const tp = before?.columns[this.active.col]?.touchpoint?.id;
    const row = lane ? after.lanes.indexOf(lane) : -1;
    const col = tp ? (after.columnOf.get(tp) ?? -1) : -1;
    this.active = clampCell(this.#options.shape(after), {
      row: row >= 0 ? row : this.active.row,
      col: col >= 0 ? col : this.active.col,
    });
  }

  /** Moves the tab stop (and with `focus`, focus) to a cell, building its column first if needed. */
  moveTo(cell: Cell, focus: boolean): void {
    if (cell.col >= 0 && this.#options.buildColumn(cell.col)) {
      // A jump (End, Ctrl+End, a details link) past the built columns: build that column now, in
      // this task, so focus lands on it before the next key press or a screen reader reads it
      // (the columns around it follow the scroll, a frame later).
      this.active = { row: cell.row, col: cell.col };
      this.#options.renderNow();
    }
    this.#moveNow(cell, focus);
  }

  #moveNow(cell: Cell, focus: boolean): void {
    const el = this.#elementAt(cell);
    if (!el) return;
    if (this.#activeEl && this.#activeEl !== el) this.#activeEl.tabIndex = -1;
    el.tabIndex = 0;
    const moved = this.active.row !== cell.row || this.active.col !== cell.col || this.#activeEl !== el;
    this.#activeEl = el;
    this.active = { row: cell.row, col: cell.col };
    if (moved && (focus || this.#host.shadowRoot?.activeElement === el)) this.#options.focused?.(this.active);
    if (focus) {
      // The browser's own focus scrolling leaves a partly visible cell where it is and ignores the
      // sticky headers: reveal the whole cell ourselves.
      el.focus({ preventScroll: true });
      revealInGrid(el, this.#options.scroller());
    }
  }

  /** The element of a cell: a data cell, a stage header (row -1) or a lane header (column -1). */
  #elementAt(cell: Cell): HTMLElement | undefined {
    const layout = this.#options.layout();
    if (cell.row === -1) return layout ? this.#stageHeads[stageOfColumn(layout.shape, cell.col)] : undefined;
    return this.cellElement(cell.row, cell.col);
  }

  /**
   * The cell element of a column in a lane row (column -1: the lane header), when built. A row
   * holds its lane header, its cells in ascending column order, then decoration without a column.
   */
  cellElement(row: number, col: number): HTMLElement | undefined {
    const cells = this.#rows[row]?.children;
    if (!cells) return undefined;
    const colOf = (i: number): number => {
      const value = (cells[i] as HTMLElement).dataset['col'];
      return value === undefined ? Infinity : Number(value);
    };
    let lo = 0;
    let hi = cells.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = colOf(mid);
      if (at === col) return cells[mid] as HTMLElement;
      if (at < col) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  #cellOf(target: EventTarget | null): (Cell & { el: HTMLElement }) | null {
    const el = target instanceof Element ? target.closest<HTMLElement>('.cell[data-row], .stage[data-row], .lane-header[data-row]') : null;
    if (!el) return null;
    const layout = this.#options.layout();
    const col = Number(el.dataset['col']);
    // A stage header keeps the column focus came from, when that column is in its stage.
    const stay =
      layout !== null &&
      el.classList.contains('stage') &&
      this.active.col >= 0 &&
      stageOfColumn(layout.shape, this.active.col) === stageOfColumn(layout.shape, col);
    return { row: Number(el.dataset['row']), col: stay ? this.active.col : col, el };
  }

  /** After the grid rendered: index the cells, restore the tab stop. */
  #index(): void {
    const layout = this.#options.layout();
    const grid = this.#host.shadowRoot?.querySelector<HTMLElement>('[role="grid"]');
    this.#rows = [];
    this.#stageHeads = [];
    if (!layout || !grid) {
      this.#activeEl = null;
      return;
    }
    // The grid's children: the stage header row (a corner, then the stages), then a row per lane.
    const [head, ...rows] = grid.children as unknown as HTMLElement[];
    this.#stageHeads = [...(head?.children ?? [])].slice(1) as HTMLElement[];
    this.#rows = rows;
    // Built columns keep their elements: the tab stop (and focus) stay. Otherwise Lit may have
    // reused cell elements, so the old tab stop may still carry tabindex=0.
    this.active = clampCell(this.#options.shape(layout), this.active);
    if (this.#elementAt(this.active) !== this.#activeEl) {
      if (this.#activeEl) this.#activeEl.tabIndex = -1;
      this.#activeEl = null;
      this.#moveNow(this.active, this.#hadFocus);
    }
  }

  readonly onFocusin = (event: FocusEvent): void => {
    const cell = this.#cellOf(event.target);
    if (cell && cell.el !== this.#activeEl) this.#moveNow(cell, false);
  };

  readonly onKeydown = (event: KeyboardEvent): void => {
    const layout = this.#options.layout();
    const cell = this.#cellOf(event.target);
    if (!layout || !cell) return;
    if (this.#options.editKey?.(event, cell)) {
      event.preventDefault();
      return;
    }
    if (event.altKey) return;
    if (event.key === 'Enter' || event.key === ' ') {
      const id = cell.el.dataset['id'];
      if (id) {
        event.preventDefault();
        this.#options.activate(id);
      }
      return;
    }
    if (event.shiftKey) return;
    const next = nextCell(this.#options.shape(layout), cell, event.key, event, this.#options.dir());
    if (!next) return;
    event.preventDefault();
    this.moveTo(next, true);
  };

  readonly onClick = (event: MouseEvent): void => {
    const cell = this.#cellOf(event.target);
    if (!cell) return;
    this.moveTo(cell, true);
    const id = cell.el.dataset['id'];
    if (id) this.#options.activate(id);
  };
}
