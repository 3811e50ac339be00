import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ConnectorGeometry } from '../connectors.js';

/** Below this host width (px) the map stacks its stages. */
export const NARROW_BELOW = 600;

/** The element a geometry controller measures. */
export type GeometryHost = ReactiveControllerHost & HTMLElement & { density: string; renderRoot: HTMLElement | DocumentFragment };

/**
 * Measures the map: whether it is narrow (stacked), a column's width and inset (from CSS:
 * `--jk-map-column-width`, density), the view's width and the grid's scroll position. Once before
 * the first render (so the first frame has the right layout, curve and connectors), then only in
 * ResizeObserver callbacks and a frame after scrolls, never during a render.
 */
export class MapGeometryController implements ReactiveController {
  /** Under {@link NARROW_BELOW} px wide. */
  #narrowByWidth = false;
  /** While printing: the print layout asked for (`pages` stacks the stages, `poster` keeps them side by side). */
  printing: 'pages' | 'poster' | null = null;
  /** Stages stacked one under the other: under {@link NARROW_BELOW} px wide, or printed as pages. */
  get narrow(): boolean {
    return this.printing ? this.printing === 'pages' : this.#narrowByWidth;
  }

  /** Every column is built: stacked (one column of cells), or printing (no scrolling on paper). */
  get allColumns(): boolean {
    return this.narrow || this.printing !== null;
  }

  /** Column width and inset, for the connectors and the curve; 0 before the first measurement. */
  geometry: ConnectorGeometry = { columnWidth: 0, inset: 0 };
  /** The host's width, px. */
  viewWidth = 0;
  /** The grid's scroll offset from the start of the columns (positive in both directions). */
  scrollStart = 0;

  readonly #host: GeometryHost;
  readonly #onViewChange: () => void;
  #measured = false;
  #observer: ResizeObserver | null = null;
  /** The first touchpoint cell: its size is the column width. */
  #cell: Element | null = null;
  #resizeFrame = 0;
  #pending: { width?: number; geometry?: ConnectorGeometry } = {};
  #scroller: HTMLElement | null = null;
  #scrollFrame = 0;

  /** `onViewChange`: the visible part of the grid changed (width or scroll position). */
  constructor(host: GeometryHost, onViewChange: () => void) {
    this.#host = host;
    this.#onViewChange = onViewChange;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer = new ResizeObserver(this.#onResize);
    this.#observer.observe(this.#host);
    this.#cell = null;
  }

  /** After each render: the grid's scroll container and the first touchpoint cell may be new. */
  hostUpdated(): void {
    const root = this.#host.renderRoot;
    this.scroller = root.querySelector<HTMLElement>('.scroller');
    this.observeCell(root.querySelector('.lane-touchpoints .cell'));
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = null;
    cancelAnimationFrame(this.#resizeFrame);
    cancelAnimationFrame(this.#scrollFrame);
    this.#scrollFrame = 0;
  }

  /**
   * Before the first render, while the shadow root is still empty: the host's width and, from a
   * hidden probe styled like a cell, the column width and inset. Laying out an empty host is
   * cheap; measuring the built grid would lay out everything twice.
   */
  measureOnce(): void {
    if (this.#measured || !this.#host.isConnected) return;
    const host = this.#host;
    const width = host.getBoundingClientRect().width;
    if (width <= 0) return; // not laid out (display: none…): the observer tells later
    this.#measured = true;
    this.#narrowByWidth = width < NARROW_BELOW;
    this.viewWidth = width;
    if (this.#narrowByWidth) return;
    // Density picks the column width in CSS; reflect it now rather than after this render.
    if (host.density && host.getAttribute('density') !== host.density) host.setAttribute('density', host.density);
    const probe = document.createElement('div');
    probe.className = 'cell probe';
    host.renderRoot.append(probe);
    const columnWidth = probe.getBoundingClientRect().width;
    const inset = parseFloat(getComputedStyle(probe).paddingInlineStart) || 0;
    probe.remove();
    if (columnWidth > 0) this.geometry = { columnWidth, inset };
  }

  /** After a render: the first touchpoint cell, whose resizes give the column width. */
  observeCell(cell: Element | null): void {
    if (cell === this.#cell || !this.#observer) return;
    if (this.#cell) this.#observer.unobserve(this.#cell);
    if (cell) this.#observer.observe(cell);
    this.#cell = cell;
  }

  /** After a render: the grid's scroll container (a new one starts at its start). */
  set scroller(scroller: HTMLElement | null) {
    if (scroller !== this.#scroller) this.scrollStart = 0;
    this.#scroller = scroller;
  }

  get scroller(): HTMLElement | null {
    return this.#scroller;
  }

  /** The grid's scroll listener: reads the position a frame later, once per frame. */
  readonly onScroll = {
    handleEvent: (): void => {
      if (this.#scrollFrame) return;
      this.#scrollFrame = requestAnimationFrame(() => {
        this.#scrollFrame = 0;
        if (this.#scroller) this.scrollStart = Math.abs(this.#scroller.scrollLeft);
        this.#onViewChange();
      });
    },
    passive: true,
  };

  readonly #onResize = (entries: ResizeObserverEntry[]): void => {
    const pending = this.#pending;
    for (const entry of entries) {
      if (entry.target === this.#host) {
        pending.width = entry.contentRect.width;
      } else if (entry.target === this.#cell && !this.#host.hasAttribute('narrow')) {
        // The column width comes from --jk-map-column-width (and density); read here, once per resize.
        const columnWidth = entry.borderBoxSize?.[0]?.inlineSize ?? entry.target.getBoundingClientRect().width;
        const inset = parseFloat(getComputedStyle(entry.target).paddingInlineStart) || 0;
        pending.geometry = { columnWidth, inset };
      }
    }
    // Changes wait a frame so the re-render cannot cause a ResizeObserver loop error.
    cancelAnimationFrame(this.#resizeFrame);
    this.#resizeFrame = requestAnimationFrame(this.#applyResize);
  };

  readonly #applyResize = (): void => {
    const { width, geometry } = this.#pending;
    this.#pending = {};
    let changed = false;
    if (width !== undefined && width > 0) {
      const narrow = width < NARROW_BELOW;
      changed ||= narrow !== this.#narrowByWidth;
      this.#narrowByWidth = narrow;
      if (width !== this.viewWidth) {
        this.viewWidth = width;
        this.#onViewChange();
      }
    }
    const g = this.geometry;
    if (geometry && !this.#narrowByWidth && geometry.columnWidth > 0 && (Math.abs(geometry.columnWidth - g.columnWidth) > 0.1 || geometry.inset !== g.inset)) {
      this.geometry = geometry;
      changed = true;
    }
    if (changed) this.#host.requestUpdate();
  };
}
