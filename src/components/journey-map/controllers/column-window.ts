import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ColumnWindow, columnsInView } from '../column-window.js';
import type { MapGeometryController } from './map-geometry.js';

/** Columns built beyond each side of the scroll viewport, so a move or a short scroll finds them ready. */
const OVERSCAN = 2;

/** The default lane header width, px (8.5rem): columns start after the sticky lane headers. */
const LANE_HEADER_ESTIMATE = 136;

/**
 * Light touchpoint cells a first render makes (beyond those of the built columns). A larger map
 * names the rest in chunks, a task each, so that no task runs past 50 ms and the first screenful
 * paints first.
 */
export const FIRST_NAMED = 400;

/** Script time a chunk of light cells aims at, ms: the frame's style and layout of the longer row come after. */
const CHUNK_BUDGET = 15;

/**
 * Builds the columns of a large map as they come into view: those in the scroll viewport first,
 * the overscan around them a frame later, more as the grid scrolls or focus jumps. Every column
 * when the map is stacked (narrow). `version` changes when columns are built, so the map's render
 * guard sees it. Every column when stacked or printing. The touchpoints lane's light cells of
 * a large map follow its first render in chunks, each in its own task.
 */
export class ColumnWindowController implements ReactiveController {
  readonly columns = new ColumnWindow();
  /** Bumped when more columns are built. */
  version = 0;

  readonly #host: ReactiveControllerHost;
  readonly #geometry: MapGeometryController;
  readonly #compact: () => boolean;
  #frame = 0;
  #naming = 0;
  /** Light cells the next chunk makes: adjusted to each chunk's time, to stay within {@link CHUNK_BUDGET}. */
  #chunk = FIRST_NAMED;

  constructor(host: ReactiveControllerHost, geometry: MapGeometryController, compact: () => boolean) {
    this.#host = host;
    this.#geometry = geometry;
    this.#compact = compact;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.columns.count > 0) this.#scheduleNaming();
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    cancelIdle(this.#naming);
    this.#naming = 0;
  }

  /** Before a render of a map with `count` columns: `needed` columns (focus, open details) and those in view are built. */
  prepare(count: number, needed: readonly number[]): void {
    this.columns.resize(count);
    if (count === 0) return;
    this.columns.nameUpTo(FIRST_NAMED);
    this.#scheduleNaming();
    for (const col of needed) if (col >= 0) this.build(col, col + 1);
    // What is in view now; the overscan around it a frame later, after this render is shown.
    if (this.#buildInView(0)) this.schedule();
  }

  /** Builds columns `from` to `to` (exclusive); `true` (and a render requested) when any was not built. */
  build(from: number, to: number): boolean {
    if (!this.columns.build(from, to)) return false;
    this.version++;
    this.#host.requestUpdate();
    return true;
  }

  /**
   * The view moved or changed size: builds what it shows now, and the overscan around it a frame
   * later, so the frame after a scroll or a jump builds only the columns it shows.
   */
  update(): boolean {
    const built = this.#buildInView(0);
    this.schedule();
    return built;
  }

  /** Builds what the viewport shows and `overscan` more each side (all when stacked or printing). */
  #buildInView(overscan: number): boolean {
    const count = this.columns.count;
    if (count === 0) return false;
    const geometry = this.#geometry;
    if (geometry.allColumns) return this.build(0, count);
    // Before the first measurement: the default column width of the density.
    const columnWidth = geometry.geometry.columnWidth || (this.#compact() ? 192 : 256);
    const viewWidth = (geometry.viewWidth || window.innerWidth) - LANE_HEADER_ESTIMATE;
    const [from, to] = columnsInView({ scrollStart: geometry.scrollStart, viewWidth, columnWidth }, overscan);
    return this.build(from, to);
  }

  /** Builds the view and its overscan a frame from now (once, however often asked). */
  schedule(): void {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#buildInView(OVERSCAN);
    });
  }

  /** Names the next chunk of light touchpoint cells when the browser is idle, until every column has one. */
  #scheduleNaming(): void {
    if (this.#naming || this.columns.allNamed) return;
    const handle = requestIdle(async () => {
      const start = performance.now();
      if (this.columns.nameUpTo(this.columns.named + this.#chunk)) {
        this.version++;
        this.#host.requestUpdate();
        await this.#host.updateComplete;
        const took = performance.now() - start;
        this.#chunk = Math.round(Math.min(4 * this.#chunk, Math.max(50, (this.#chunk * CHUNK_BUDGET) / Math.max(took, 1))));
      }
      // Disconnected (or connected again, with a chunk of its own scheduled) meanwhile: stop here.
      if (this.#naming !== handle) return;
      this.#naming = 0;
      this.#scheduleNaming();
    });
    this.#naming = handle;
  }
}

// Safari has no requestIdleCallback: a task soon after is the next best thing.
const requestIdle = (callback: () => void): number =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(callback, { timeout: 100 }) : window.setTimeout(callback, 16);
const cancelIdle = (handle: number): void => (typeof cancelIdleCallback === 'function' ? cancelIdleCallback(handle) : clearTimeout(handle));
