/**
 * Which columns of a large map are built, and which have their light touchpoint cell yet: a
 * DOM-free core (a flag per column and their prefix sums), so the element builds only the
 * columns in or near the scroll viewport and the rules can be tested without a browser. Built
 * columns stay built. The touchpoints lane has a cell for the first `named` columns and for every
 * built column; `named` grows (in chunks, after a large map's first render) to every column.
 */
export class ColumnWindow {
  #built = new Uint8Array(0);
  #columns: number[] = [];
  /** `#sum[c]`: how many of the columns before `c` are built. */
  #sum = new Int32Array(1);
  #named = 0;

  /** How many columns the map has. */
  get count(): number {
    return this.#built.length;
  }

  /** The built columns, ascending. */
  get builtColumns(): readonly number[] {
    return this.#columns;
  }

  /** Whether every column is built (then nothing needs cutting to the built ones). */
  get complete(): boolean {
    return this.#columns.length === this.#built.length;
  }

  isBuilt(col: number): boolean {
    return this.#built[col] === 1;
  }

  /** The columns `[0, named)` have a touchpoint cell whether built or not. */
  get named(): number {
    return this.#named;
  }

  /** Every column has its touchpoint cell. */
  get allNamed(): boolean {
    return this.#named === this.#built.length;
  }

  /** Gives the columns up to `to` (exclusive, clipped to the map) their touchpoint cell; `true` when that is more. */
  nameUpTo(to: number): boolean {
    const named = Math.max(this.#named, Math.min(to, this.#built.length));
    if (named === this.#named) return false;
    this.#named = named;
    return true;
  }

  /** How many of the columns `[from, to)` are built. */
  builtIn(from: number, to: number): number {
    return this.#sum[Math.min(to, this.count)]! - this.#sum[Math.max(0, from)]!;
  }

  /** How many of the columns `[from, to)` are named. */
  namedIn(from: number, to: number): number {
    return Math.max(0, Math.min(to, this.#named) - from);
  }

  /** The columns of `[from, to)` with a touchpoint cell, ascending: the named ones, then the built ones beyond them. */
  touchpointColumnsIn(from: number, to: number): number[] {
    const end = Math.min(to, this.count);
    const columns: number[] = [];
    for (let col = from; col < end; col++) if (col < this.#named || this.#built[col]) columns.push(col);
    return columns;
  }

  /** A map with `count` columns: what was built stays built (clipped), as columns stay where they are. */
  resize(count: number): void {
    if (count === this.#built.length) return;
    const built = new Uint8Array(count);
    built.set(this.#built.subarray(0, Math.min(count, this.#built.length)));
    this.#built = built;
    this.#named = Math.min(this.#named, count);
    this.#index();
  }

  /** Marks columns `from` to `to` (exclusive) built; `true` when any was not. */
  build(from: number, to: number): boolean {
    const built = this.#built;
    const end = Math.min(to, built.length);
    let added = false;
    for (let col = Math.max(0, from); col < end; col++) {
      if (built[col]) continue;
      built[col] = 1;
      added = true;
    }
    if (added) this.#index();
    return added;
  }

  /** Whether any column from `a` to `b` (either order, inclusive) is built. */
  anyBuilt(a: number, b: number): boolean {
    const sum = this.#sum;
    const lo = Math.max(0, Math.min(a, b));
    const hi = Math.min(sum.length - 2, Math.max(a, b));
    return hi >= lo && sum[hi + 1]! - sum[lo]! > 0;
  }

  #index(): void {
    const built = this.#built;
    const columns: number[] = [];
    const sum = new Int32Array(built.length + 1);
    for (let col = 0; col < built.length; col++) {
      if (built[col]) columns.push(col);
      sum[col + 1] = sum[col]! + built[col]!;
    }
    this.#columns = columns;
    this.#sum = sum;
  }
}

/** What the scroll viewport shows, in px along the columns. */
export interface ColumnView {
  /** Scroll offset from the start of the columns (positive, also in right-to-left maps). */
  scrollStart: number;
  /** Width of the viewport less the sticky lane headers. */
  viewWidth: number;
  columnWidth: number;
}

/** The columns `[from, to)` in `view`, with `overscan` more each side (not clipped to the map). */
export function columnsInView(view: ColumnView, overscan: number): [number, number] {
  const { scrollStart, viewWidth, columnWidth } = view;
  if (columnWidth <= 0) return [0, 0];
  return [Math.floor(scrollStart / columnWidth) - overscan, Math.ceil((scrollStart + viewWidth) / columnWidth) + overscan];
}
