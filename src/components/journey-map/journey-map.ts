import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import { LocaleController, emotionBand, formatNumber } from '../../i18n/index.js';
import {
  DEFAULT_EMOTION_SCALE,
  emotionScaleOf,
  type Journey,
  type LaneId,
  type Persona,
  type Problem,
  type ResolvedEmotionScale,
  type Stage,
  type Touchpoint,
} from '../../model/index.js';
import { themeStyles, visuallyHidden, type Theme } from '../../theme/index.js';
import { touchpointSummary, type SummaryLocale } from '../touchpoint-card/touchpoint-card.js';
import { laneBody, metricChips } from './cells.js';
import { connectorsFor, type ConnectorGeometry } from './connectors.js';
import { DETAILS_TITLE_ID, FloatingPanel, renderDetails, type NextStep } from './details.js';
import { clampCell, nextCell, stageOfColumn, type Cell, type GridShape } from './keyboard.js';
import { renderLegend } from './legend.js';
import { revealInGrid } from './reveal.js';
import { coloredPersonas, computeLayout, emotionLinesFor, type EmotionLine, type MapColumn, type MapLayout, type StageSpan } from './layout.js';
import { fetchJourney, inlineJourneySource, readJourney, type LoadResult } from './load.js';
import { styles } from './journey-map.styles.js';

/** Detail of `journey-load`. */
export interface JourneyLoadDetail {
  /** The journey now shown. */
  journey: Journey;
}

/** Detail of `journey-error`. */
export interface JourneyErrorDetail {
  /** The validator's problems, or one problem at path `""` for a failed fetch. */
  problems: Problem[];
}

/** Detail of `touchpoint-select`. */
export interface TouchpointSelectDetail {
  touchpoint: Touchpoint;
  stage: Stage;
}

/** Detail of `persona-change`. */
export interface PersonaChangeDetail {
  /** The persona now shown, or `null` for all personas. */
  persona: string | null;
}

/** How much room columns get. */
export type MapDensity = 'comfortable' | 'compact';

/** Whether a text already ends a sentence, so no separator needs to follow it. */
const endsSentence = (text: string): boolean => /[.!?。！？]\s*$/.test(text);

/** Below this host width (px) the map stacks its stages. */
const NARROW_BELOW = 600;

/** Columns built beyond each side of the scroll viewport, so a move or a short scroll finds them ready. */
const OVERSCAN = 2;

/** The default lane header width, px (8.5rem). */
const LANE_HEADER_ESTIMATE = 136;

/**
 * An interactive, accessible customer journey map: stages as columns, lanes (touchpoints,
 * actions, thoughts, emotions, pain points, opportunities, backstage, metrics) as rows, the
 * paths between touchpoints as connectors, an emotion curve with a line per persona, and a
 * details panel per touchpoint. Reads a journey from the `journey` property, a `src` URL, or an
 * inline `<script type="application/json">` or `<script type="text/x-mermaid">` child (in that
 * order of precedence). A Mermaid `journey` diagram renders with no edits: sections become
 * stages, actors personas, scores emotions on a 1–5 scale.
 *
 * Keyboard (WAI-ARIA grid): the map is one tab stop. Arrow keys move between cells (Left/Right
 * mirrored in right-to-left maps), Home/End to the row's ends, Ctrl+Home/End to the first/last
 * cell, PageUp/PageDown to the previous/next stage; Enter or Space on a touchpoint opens its
 * details, Escape closes them.
 *
 * The emotions lane has one cell per column that says the feeling in words; the curve is drawn
 * over that row as decoration (`inert`, so its own points are neither announced twice nor a
 * second tab stop). Each persona's line joins the columns of that persona's touchpoints,
 * passing over the columns of others; with a `persona` filter, that persona's line is
 * highlighted and the others step back. Cells are named from their content, with a hidden
 * "stage, touchpoint, lane" in front; touchpoint cells by the card's `accessibleSummary` (computed
 * from the model, so a cell is named before its card exists).
 *
 * Large maps: only the columns in or near the scroll viewport are built (worked out from the
 * scroll position and the column width); more follow as the map scrolls or focus jumps, and stay.
 * The touchpoints lane has a named cell for every column; other lanes have cells for the built
 * columns, with `aria-colindex` against the grid's `aria-colcount`.
 *
 * CMS authors can write the journey inline; it is read on connect and whenever it changes:
 * `<journey-map><script type="application/json">{ "version": 1, … }</script></journey-map>`, or
 * `<journey-map><script type="text/x-mermaid">journey …</script></journey-map>`.
 *
 * @summary A customer journey map from one JSON journey model.
 *
 * @attr narrow - Set by the element (not by you) while it is under 600px wide and stacks stages vertically.
 *
 * @fires journey-load - A journey was loaded and shown. Detail: `{ journey }` ({@link JourneyLoadDetail}).
 * @fires journey-error - A source failed: fetch, JSON or validation. The map keeps what it showed. Detail: `{ problems }` ({@link JourneyErrorDetail}).
 * @fires touchpoint-select - The user opened a touchpoint's details. Detail: `{ touchpoint, stage }` ({@link TouchpointSelectDetail}).
 * @fires persona-change - The user changed the persona filter in the legend. Detail: `{ persona }`, `null` for all ({@link PersonaChangeDetail}).
 *
 * @csspart header - Title, description, subject/state, legend and journey metrics.
 * @csspart legend - The persona filter: an "All personas" button and a toggle per persona.
 * @csspart stage-header - A stage's column header.
 * @csspart lane-header - A lane's row header.
 * @csspart cell - Every data cell of the grid.
 * @csspart touchpoint - A cell of the touchpoints lane (also has part `cell`).
 * @csspart curve - The `<emotion-curve>` drawn over the emotions lane: a line per persona, the filtered persona's highlighted.
 * @csspart connector - One path between two touchpoints.
 * @csspart details - The touchpoint details panel (a dialog).
 * @csspart error - The notice listing a source's problems.
 * @csspart empty - The notice shown for a journey without touchpoints.
 * @csspart loading - The loading indicator.
 *
 * @cssprop [--jk-map-column-width=16rem] - Width of one touchpoint column (12rem when compact).
 * @cssprop [--jk-map-lane-header-width=8.5rem] - Width of the lane header column.
 * @cssprop [--jk-map-max-height=none] - Maximum height of the grid; taller maps scroll inside it with the stage row kept in view.
 * @cssprop [--jk-connector-color=var(--jk-color-border-strong)] - Colour of the path connectors.
 */
export class JourneyMap extends LitElement {
  static override styles = [themeStyles, visuallyHidden, styles];

  /**
   * The journey: a model object or its JSON text (property only). Wins over `src` and an inline
   * script. Validated with `parseJourney`; an invalid value is reported, never rendered.
   */
  @property({ attribute: false }) journey?: Journey | string | null;

  /** URL of a journey JSON file, fetched with a loading indicator. A newer `src` aborts the older request. */
  @property() src?: string | null;

  /** Show only this persona's touchpoints (and those for everyone); absent = all personas. */
  @property({ reflect: true }) persona?: string | null;

  /** Comma list of lanes to show, in order (e.g. `touchpoints,emotions,pain-points`); overrides the journey's `lanes`. */
  @property() lanes?: string | null;

  /** `light` (default), `dark` or `auto` (follows the OS); passed to the nested elements. */
  @property({ reflect: true }) theme?: Theme;

  /** `comfortable` (default) or `compact` (narrower columns, tighter cards). */
  @property({ reflect: true }) density: MapDensity = 'comfortable';

  /** Language of built-in labels and number formats (BCP 47); default the journey's `locale`, then `lang`. */
  @property() locale?: string;

  /** Level of the title heading, 1–6 (attribute `heading-level`). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  @state() private _journey: Journey | null = null;
  @state() private _problems: Problem[] = [];
  @state() private _problemsOpen = false;
  @state() private _loading = false;
  @state() private _narrow = false;
  @state() private _geometry: ConnectorGeometry = { columnWidth: 0, inset: 0 };
  @state() private _openId: string | null = null;
  @state() private _announcement = '';
  /** Bumped when more columns are built. */
  @state() private _builtVersion = 0;

  private readonly _i18n = new LocaleController(this, { contentLocale: () => this._journey?.locale });
  readonly #floating = new FloatingPanel();

  // Derived in willUpdate when journey, persona or lanes change; never on a focus move.
  #layout: MapLayout | null = null;
  #scale: ResolvedEmotionScale = { min: -3, max: 3, labels: {} };
  #lines: EmotionLine[] = [];
  #personas: Persona[] = [];

  // Roving tabindex: the active cell lives in plain fields and moves imperatively.
  #active: Cell = { row: 0, col: 0 };
  #activeEl: HTMLElement | null = null;
  #cells: HTMLElement[][] = [];
  /** Focusable header cells: one per stage (row -1) and one per lane (column -1). */
  #stageHeads: HTMLElement[] = [];
  #laneHeads: HTMLElement[] = [];
  #gridRendered = false;
  #gridHadFocus = false;

  // Windowing: only the columns in or near the scroll viewport (worked out from scrollLeft and the
  // column width, no observers) are built; built columns stay. The touchpoints lane keeps a light
  // cell (role, position, name from the model) for every column; other lanes' cells exist for the
  // built columns, with aria-colindex against the grid's aria-colcount.
  #built = new Uint8Array(0);
  #builtCols: number[] = [];
  /** `_builtSum[c]`: how many of the columns before `c` are built. */
  #builtSum = new Int32Array(1);
  #scroller: HTMLElement | null = null;
  #scrollStart = 0;
  #viewWidth = 0;
  #windowFrame = 0;
  readonly #onScroll = { handleEvent: () => this.#scheduleWindow(), passive: true };

  // Sources.
  #fetch: AbortController | null = null;
  #fetchToken = 0;
  #requestedSrc: string | null = null;
  #appliedProperty: unknown = undefined;
  #inlineSource: string | null = null;
  #pendingEvents: CustomEvent[] = [];

  #mutationObserver: MutationObserver | null = null;
  #resizeObserver: ResizeObserver | null = null;
  /** The first touchpoint cell: its size gives the column width for connectors and the curve. */
  #observedCell: Element | null = null;
  #resizeFrame = 0;
  #pendingResize: { width?: number; geometry?: ConnectorGeometry } = {};
  #panelNeedsPlacing = false;
  #panelNeedsFocus = false;
  #listeningOutside = false;

  /**
   * Moves focus to a touchpoint's cell (closing any open details). Returns `false` when the
   * touchpoint is not on the map (unknown, or hidden by the persona filter).
   */
  focusTouchpoint(id: string): boolean {
    const layout = this.#layout;
    const col = layout?.columnOf.get(id);
    const row = layout ? layout.lanes.indexOf('touchpoints') : -1;
    if (col === undefined || row < 0) return false;
    if (this._openId !== null) this.#closeDetails(false);
    this.#moveTo({ row, col }, true);
    return true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Inline JSON may arrive after the element (HTML parsing, CMS editors): watch the children.
    this.#mutationObserver = new MutationObserver(() => this.#resolveSource());
    this.#mutationObserver.observe(this, { childList: true, subtree: true, characterData: true });
    this.#resizeObserver = new ResizeObserver(this.#onResize);
    this.#resizeObserver.observe(this);
    this.#observedCell = null;
    if (this.hasUpdated) {
      this.#resolveSource(); // a fetch aborted by a disconnect starts again
      this.#gridRendered = true; // re-observe the first cell
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#mutationObserver?.disconnect();
    this.#mutationObserver = null;
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = null;
    cancelAnimationFrame(this.#resizeFrame);
    cancelAnimationFrame(this.#windowFrame);
    this.#windowFrame = 0;
    if (this.#fetch) {
      // Unfinished: start again on reconnect. A finished load is kept.
      this.#cancelFetch();
      this.#requestedSrc = null;
    }
    this.#closeDetails(false);
  }

  // -------------------------------------------------------------------------------------------
  // Sources

  /** Applies the source with the highest precedence: property, then `src`, then inline JSON. */
  #resolveSource(): void {
    const value = this.journey;
    if (value !== null && value !== undefined) {
      this.#cancelFetch();
      this.#requestedSrc = null;
      this.#inlineSource = null;
      if (value !== this.#appliedProperty) {
        this.#appliedProperty = value;
        this.#apply(readJourney(value));
      }
      return;
    }
    this.#appliedProperty = undefined;
    if (this.src) {
      this.#inlineSource = null;
      if (this.src !== this.#requestedSrc && this.isConnected) void this._load(this.src);
      return;
    }
    this.#cancelFetch();
    this.#requestedSrc = null;
    const inline = inlineJourneySource(this);
    if (inline === null) {
      // No source at all: nothing to show.
      this.#inlineSource = null;
      this._journey = null;
      this._problems = [];
    } else if (`${inline.format}:${inline.text}` !== this.#inlineSource) {
      this.#inlineSource = `${inline.format}:${inline.text}`;
      this.#apply(readJourney(inline.text, inline.format));
    }
  }

  private async _load(url: string): Promise<void> {
    this.#cancelFetch();
    const controller = new AbortController();
    const token = ++this.#fetchToken;
    this.#fetch = controller;
    this.#requestedSrc = url;
    this._loading = true;
    const result = await fetchJourney(url, controller.signal);
    // A newer src, a property or a disconnect took over meanwhile: this result is stale.
    if (token !== this.#fetchToken || result === null) return;
    this.#fetch = null;
    this._loading = false;
    this.#apply(result);
  }

  #cancelFetch(): void {
    this.#fetchToken++;
    this.#fetch?.abort();
    this.#fetch = null;
    this._loading = false;
  }

  #apply(result: LoadResult): void {
    if (result.ok) {
      this._journey = result.journey;
      this._problems = [];
      this._problemsOpen = false;
      this.#queue('journey-load', { journey: result.journey } satisfies JourneyLoadDetail);
    } else {
      // Keep what is shown; report.
      this._problems = result.problems;
      this.#announce(this._i18n.msg.invalid(result.problems.length));
      this.#queue('journey-error', { problems: result.problems } satisfies JourneyErrorDetail);
    }
    this.requestUpdate();
  }

  /** Events wait for the render, so listeners see the map they are told about. */
  #queue(type: string, detail: unknown): void {
    this.#pendingEvents.push(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  // -------------------------------------------------------------------------------------------
  // Lifecycle

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('journey') || changed.has('src')) this.#resolveSource();
    if (!this.#measured && this.isConnected) this.#measure();
    const changedState = changed as Map<PropertyKey, unknown>;
    if (changedState.has('_journey') || changed.has('persona') || changed.has('lanes')) this.#relayout(changedState.has('_journey'));
    this.#ensureBuilt();
    this.#gridHadFocus = this.#activeEl !== null && this.shadowRoot?.activeElement === this.#activeEl;
  }

  #relayout(newJourney: boolean): void {
    const journey = this._journey;
    const before = this.#layout;
    if (!journey) {
      this.#layout = null;
      this.#closeDetails(false);
      return;
    }
    const layout = computeLayout(journey, { persona: this.persona, lanes: this.lanes });
    this.#layout = layout;
    this.#scale = emotionScaleOf(journey);
    this.#lines = emotionLinesFor(journey, layout, journey.title);
    this.#personas = coloredPersonas(journey);

    // Keep the active cell on the same lane and touchpoint when they are still there.
    const lane = before?.lanes[this.#active.row];
    const tp = before?.columns[this.#active.col]?.touchpoint?.id;
    const row = lane ? layout.lanes.indexOf(lane) : -1;
    const col = tp ? (layout.columnOf.get(tp) ?? -1) : -1;
    this.#active = clampCell(this.#shape(layout), {
      row: row >= 0 ? row : this.#active.row,
      col: col >= 0 ? col : this.#active.col,
    });
    if (this._openId !== null) {
      if (layout.columnOf.has(this._openId)) this.#panelNeedsPlacing = true; // its cell may have moved
      else this.#closeDetails(false);
    }

    if (!newJourney && before && before.persona !== layout.persona) {
      const msg = this._i18n.msg;
      const persona = journey.personas?.find((p) => p.id === layout.persona);
      this.#announce(persona ? msg.showingPersona(persona.name) : msg.showingAllPersonas);
    }
  }

  #announce(text: string): void {
    // A trailing no-break space toggles so the same sentence twice is still a change to announce.
    this._announcement = this._announcement === text ? `${text}\u00a0` : text;
  }

  protected override updated(): void {
    this.toggleAttribute('narrow', this._narrow);
    if (this.#gridRendered) {
      this.#gridRendered = false;
      this.#indexCells();
    }
    if (this._openId !== null && this.#panelNeedsPlacing) this.#placePanel();
    const events = this.#pendingEvents;
    this.#pendingEvents = [];
    for (const event of events) this.dispatchEvent(event);
  }

  /** After the grid re-rendered: index the cells, restore the tab stop. */
  #indexCells(): void {
    const layout = this.#layout;
    const root = this.shadowRoot;
    this.#cells = [];
    if (!layout || !root) {
      this.#activeEl = null;
      this.#scroller = null;
      return;
    }
    const cells: HTMLElement[][] = layout.lanes.map(() => []);
    for (const el of root.querySelectorAll<HTMLElement>('.cell[data-row]')) {
      cells[Number(el.dataset['row'])]![Number(el.dataset['col'])] = el;
    }
    this.#cells = cells;
    this.#stageHeads = [...root.querySelectorAll<HTMLElement>('.stage[data-row]')];
    this.#laneHeads = [...root.querySelectorAll<HTMLElement>('.lane-header[data-row]')];
    const scroller = root.querySelector<HTMLElement>('.scroller');
    if (scroller !== this.#scroller) this.#scrollStart = 0;
    this.#scroller = scroller;

    // Built columns keep their elements: the tab stop (and focus) stay. Otherwise Lit may have
    // reused cell elements, so the old tab stop may still carry tabindex=0.
    this.#active = clampCell(this.#shape(layout), this.#active);
    if (this.#elementAt(this.#active) !== this.#activeEl) {
      if (this.#activeEl) this.#activeEl.tabIndex = -1;
      this.#activeEl = null;
      this.#moveTo(this.#active, this.#gridHadFocus);
    }

    const lane = layout.lanes.indexOf('touchpoints');
    const first = cells[lane]?.[0] ?? null;
    if (first !== this.#observedCell && this.#resizeObserver) {
      if (this.#observedCell) this.#resizeObserver.unobserve(this.#observedCell);
      if (first) this.#resizeObserver.observe(first);
      this.#observedCell = first;
    }
  }

  // -------------------------------------------------------------------------------------------
  // Windowing

  /** Before a render: the columns in view, the active cell's and the open touchpoint's are built. */
  #ensureBuilt(): void {
    const layout = this.#layout;
    const count = layout?.columns.length ?? 0;
    if (this.#built.length !== count) {
      // A new layout: keep what was built (clipped), as the columns stay where they are.
      const built = new Uint8Array(count);
      built.set(this.#built.subarray(0, Math.min(count, this.#built.length)));
      this.#built = built;
      this.#indexBuilt();
    }
    if (!layout || count === 0) return;
    this.#build(this.#active.col, this.#active.col + 1);
    const open = this._openId !== null ? layout.columnOf.get(this._openId) : undefined;
    if (open !== undefined) this.#build(open, open + 1);
    // What is in view now; the overscan around it a frame later, after this render is shown.
    if (this.#updateWindow(0)) this.#scheduleWindow();
  }

  /** Builds the columns in the scroll viewport and `overscan` more each side (all when narrow). */
  #updateWindow(overscan = OVERSCAN): boolean {
    const count = this.#built.length;
    if (count === 0) return false;
    if (this._narrow) return this.#build(0, count);
    // Before the first measurement: the default column width of the density.
    const width = this._geometry.columnWidth || (this.density === 'compact' ? 192 : 256);
    // Columns start after the sticky lane headers (default 8.5rem; a narrower one shows less
    // than a column more, which the overscan covers).
    const view = (this.#viewWidth || window.innerWidth) - LANE_HEADER_ESTIMATE;
    return this.#build(Math.floor(this.#scrollStart / width) - overscan, Math.ceil((this.#scrollStart + view) / width) + overscan);
  }

  /** One frame after a scroll: read the scroll position and build what came into view. */
  #scheduleWindow(): void {
    if (this.#windowFrame) return;
    this.#windowFrame = requestAnimationFrame(() => {
      this.#windowFrame = 0;
      if (this.#scroller) this.#scrollStart = Math.abs(this.#scroller.scrollLeft);
      this.#updateWindow();
    });
  }

  /** Marks columns `from` to `to` (exclusive) built; a render follows when any was not. */
  #build(from: number, to: number): boolean {
    const built = this.#built;
    const end = Math.min(to, built.length);
    let added = false;
    for (let col = Math.max(0, from); col < end; col++) {
      if (built[col]) continue;
      built[col] = 1;
      added = true;
    }
    if (!added) return false;
    this.#indexBuilt();
    this._builtVersion++;
    return true;
  }

  #indexBuilt(): void {
    const built = this.#built;
    const cols: number[] = [];
    const sum = new Int32Array(built.length + 1);
    for (let col = 0; col < built.length; col++) {
      if (built[col]) cols.push(col);
      sum[col + 1] = sum[col]! + built[col]!;
    }
    this.#builtCols = cols;
    this.#builtSum = sum;
  }

  /**
   * Whether the connectors and the curve are cut to the built columns (while some are not):
   * what lies beyond them is off screen, and drawn when its columns are built.
   */
  #cutDecoration(layout: MapLayout): boolean {
    return this.#builtCols.length < layout.columns.length;
  }

  /** Whether any column from `a` to `b` (either order, inclusive) is built. */
  #anyBuilt(a: number, b: number): boolean {
    const sum = this.#builtSum;
    const lo = Math.max(0, Math.min(a, b));
    const hi = Math.min(sum.length - 2, Math.max(a, b));
    return hi >= lo && sum[hi + 1]! - sum[lo]! > 0;
  }

  /**
   * A curve line cut to the built columns: the points whose segments reach a built column (so
   * the line runs on past the edge of what is built), all of them once everything is built.
   */
  #builtLine(line: EmotionLine): EmotionLine {
    const points = line.points;
    const kept = points.filter((p, i) =>
      this.#anyBuilt(points[i - 1]?.index ?? p.index ?? 0, points[i + 1]?.index ?? p.index ?? 0),
    );
    return kept.length === points.length ? line : { ...line, points: kept };
  }

  // -------------------------------------------------------------------------------------------
  // Measuring: once before the first render (so the first frame has the right layout, curve and
  // connectors), then only in the ResizeObserver callback, never during render.

  /** Whether the first measurement was taken. */
  #measured = false;

  /**
   * Before the first render, while the shadow root is still empty: the host's width (narrow or
   * wide) and, from a hidden probe styled like a cell, the column width and inset that CSS gives
   * (`--jk-map-column-width`, density). Laying out an empty host is cheap; measuring the built
   * grid would lay out everything twice.
   */
  #measure(): void {
    const root = this.renderRoot;
    const width = this.getBoundingClientRect().width;
    if (width <= 0 || !root) return; // not laid out (display: none…): the observer tells later
    this.#measured = true;
    this._narrow = width < NARROW_BELOW;
    this.#viewWidth = width;
    if (this._narrow) return;
    // Density picks the column width in CSS; reflect it now rather than after this render.
    if (this.density && this.getAttribute('density') !== this.density) this.setAttribute('density', this.density);
    const probe = document.createElement('div');
    probe.className = 'cell probe';
    root.append(probe);
    const columnWidth = probe.getBoundingClientRect().width;
    const inset = parseFloat(getComputedStyle(probe).paddingInlineStart) || 0;
    probe.remove();
    if (columnWidth > 0) this._geometry = { columnWidth, inset };
  }

  #onResize = (entries: ResizeObserverEntry[]): void => {
    const pending = this.#pendingResize;
    for (const entry of entries) {
      if (entry.target === this) {
        pending.width = entry.contentRect.width;
      } else if (entry.target === this.#observedCell && !this.hasAttribute('narrow')) {
        // The column width comes from --jk-map-column-width (and density); read here, once per resize.
        const columnWidth = entry.borderBoxSize?.[0]?.inlineSize ?? entry.target.getBoundingClientRect().width;
        const inset = parseFloat(getComputedStyle(entry.target).paddingInlineStart) || 0;
        pending.geometry = { columnWidth, inset };
      }
    }
    // State changes wait a frame so the re-render cannot cause a ResizeObserver loop error.
    cancelAnimationFrame(this.#resizeFrame);
    this.#resizeFrame = requestAnimationFrame(this.#applyResize);
  };

  #applyResize = (): void => {
    const { width, geometry } = this.#pendingResize;
    this.#pendingResize = {};
    if (width !== undefined && width > 0) {
      this._narrow = width < NARROW_BELOW;
      if (width !== this.#viewWidth) {
        this.#viewWidth = width;
        this.#updateWindow();
      }
    }
    const g = this._geometry;
    if (geometry && !this._narrow && geometry.columnWidth > 0 && (Math.abs(geometry.columnWidth - g.columnWidth) > 0.1 || geometry.inset !== g.inset)) {
      this._geometry = geometry;
    }
  };

  // -------------------------------------------------------------------------------------------
  // Rendering

  private get _dir(): 'ltr' | 'rtl' {
    const d = this._journey?.dir;
    return d === 'ltr' || d === 'rtl' ? d : this._i18n.dir;
  }

  protected override render(): TemplateResult {
    const journey = this._journey;
    const layout = this.#layout;
    const msg = this._i18n.msg;
    const dir = this._dir;
    return html`<div class="root" dir=${dir} lang=${journey?.locale ?? this._i18n.tag}>
      ${this._loading
        ? html`<div part="loading" class="loading" role="progressbar" aria-label=${msg.loading}>
            <span class="spinner"></span><span aria-hidden="true">${msg.loading}</span>
          </div>`
        : nothing}
      ${this._problems.length > 0 ? this.#renderProblems() : nothing}
      ${journey && layout
        ? guard(
            [journey, layout, this._i18n.tag, dir, this.theme, this.density, this._narrow, this._geometry, this.headingLevel, this._builtVersion],
            () => this.#renderMap(journey, layout, dir),
          )
        : nothing}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this._announcement}</div>
      ${this.#renderDetailsPanel()}
    </div>`;
  }

  #renderProblems(): TemplateResult {
    const msg = this._i18n.msg;
    const open = this._problemsOpen;
    return html`<div part="error" class="error">
      <p>${msg.invalid(this._problems.length)}</p>
      <button type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls="problems" @click=${this.#toggleProblems}>
        ${open ? msg.hideProblems : msg.showProblems}
      </button>
      <ul id="problems" ?hidden=${!open}>
        ${this._problems.map((p) => html`<li><code>${p.path || '/'}</code>${p.message}</li>`)}
      </ul>
    </div>`;
  }

  #toggleProblems = (): void => {
    this._problemsOpen = !this._problemsOpen;
  };

  #heading(title: string): TemplateResult {
    const level = Number.isInteger(this.headingLevel) ? Math.min(6, Math.max(1, this.headingLevel)) : 2;
    switch (level) {
      case 1:
        return html`<h1 class="title">${title}</h1>`;
      case 3:
        return html`<h3 class="title">${title}</h3>`;
      case 4:
        return html`<h4 class="title">${title}</h4>`;
      case 5:
        return html`<h5 class="title">${title}</h5>`;
      case 6:
        return html`<h6 class="title">${title}</h6>`;
      default:
        return html`<h2 class="title">${title}</h2>`;
    }
  }

  #renderMap(journey: Journey, layout: MapLayout, dir: 'ltr' | 'rtl'): TemplateResult {
    // Runs only when the guard's inputs change: then the cells must be indexed again after render.
    this.#gridRendered = true;
    const msg = this._i18n.msg;
    const personas = this.#personas;
    const metrics = journey.metrics ?? [];
    return html`
      <div part="header" class="header">
        ${this.#heading(journey.title)}
        <p class="kind">
          <span>${msg.subjects[journey.subject ?? 'customer']}</span><span>${msg.states[journey.state ?? 'current']}</span>
        </p>
        ${journey.description ? html`<p class="description">${journey.description}</p>` : nothing}
        ${personas.length > 0
          ? renderLegend({
              personas,
              selected: layout.persona,
              msg,
              locale: this._i18n.tag,
              theme: this.theme,
              dir,
              onSelect: this.#selectPersona,
            })
          : nothing}
        ${metrics.length > 0
          ? html`<div class="journey-metrics">
              <span class="metrics-label" id="journey-metrics">${msg.journeyMetrics}</span>
              ${metricChips(metrics, this._i18n, msg.journeyMetrics)}
            </div>`
          : nothing}
      </div>
      ${layout.touchpointCount === 0 ? html`<p part="empty" class="empty">${msg.empty}</p>` : nothing}
      ${this.#renderGrid(journey, layout, dir)}
    `;
  }

  #renderGrid(journey: Journey, layout: MapLayout, dir: 'ltr' | 'rtl'): TemplateResult {
    const msg = this._i18n.msg;
    // The locale resolved once for the whole grid, not once per cell.
    const tag = this._i18n.tag;
    const l10n: SummaryLocale = {
      msg,
      locale: this._i18n.locale,
      emotionWord: (value, scale = DEFAULT_EMOTION_SCALE) => scale.labels?.[String(value)] ?? msg.emotions[emotionBand(value, scale)],
      formatNumber: (n, options) => formatNumber(tag, n, options),
    };
    const lanes = layout.lanes.length;
    return html`<div class="scroller" @scroll=${this.#onScroll}>
      <div
        role="grid"
        class="grid"
        aria-label=${journey.title}
        aria-colcount=${layout.columns.length + 1}
        aria-rowcount=${lanes + 1}
        style=${styleMap({ '--_cols': String(layout.columns.length) })}
        @keydown=${this.#onGridKeydown}
        @click=${this.#onGridClick}
        @focusin=${this.#onGridFocusin}
      >
        <div role="row" class="row head">
          <div role="gridcell" class="corner" aria-colindex="1"></div>
          ${layout.stages.map((s, k) => this.#renderStageHeader(s, k, layout, lanes))}
        </div>
        ${layout.lanes.map(
          (lane, row) => html`<div role="row" class="row lane-${lane}">
            <div role="rowheader" part="lane-header" class="lane-header" aria-colindex="1" data-row=${row} data-col="-1" tabindex="-1">${msg.lanes[lane]}</div>
            ${lane === 'touchpoints'
              ? layout.columns.map((col) => this.#renderTouchpointCell(layout, row, col, l10n))
              : repeat(
                  this.#builtCols,
                  (col) => col,
                  (col) => this.#renderCell(layout, lane, row, layout.columns[col]!),
                )}
            ${lane === 'touchpoints' && !this._narrow ? this.#renderConnectors(layout) : nothing}
            ${lane === 'emotions' && !this._narrow && this._geometry.columnWidth > 0 ? this.#renderCurve(layout, dir) : nothing}
          </div>`,
        )}
      </div>
    </div>`;
  }

  /**
   * A stage's column header: focusable (APG data grid), named "Stage 2 of 5: Purchase" and
   * described by its description, goals and metrics, so moving onto it says all it holds while
   * moving between data cells announces only the short name as column context.
   */
  #renderStageHeader(s: StageSpan, k: number, layout: MapLayout, lanes: number): TemplateResult {
    const msg = this._i18n.msg;
    const p = msg.punctuation;
    const { description, goals, metrics } = s.stage;
    const hidden = (text: string): TemplateResult => html`<span class="visually-hidden">${text}</span>`;
    const about = Boolean(description || goals?.length || metrics?.length);
    return html`<div
      role="columnheader"
      part="stage-header"
      class="stage"
      aria-colspan=${s.span}
      aria-colindex=${s.start + 2}
      aria-labelledby="stage-${k}"
      aria-describedby=${about ? `stage-about-${k}` : nothing}
      data-row="-1"
      data-col=${s.start}
      tabindex="-1"
      style=${styleMap({ gridColumn: `span ${s.span}`, '--o': String(s.start * lanes + k) })}
    >
      <div class="stage-inner">
        <span class="visually-hidden" id="stage-${k}">${msg.stageOf(k + 1, layout.stages.length, s.stage.name)}</span>
        <span class="stage-name" aria-hidden="true">${s.stage.name}</span>
        ${about
          ? html`<div class="stage-about" id="stage-about-${k}">
              ${description
                ? html`<span class="stage-description">${description}${goals?.length || metrics?.length ? hidden(endsSentence(description) ? ' ' : p.separator) : nothing}</span>`
                : nothing}
              ${goals?.length
                ? html`<span class="label">${msg.goals}${hidden(p.colon)}</span>
                    <ul>
                      ${goals.map((g, i) => html`<li>${g}${hidden(i < goals.length - 1 ? p.listSeparator : metrics?.length ? p.separator : '')}</li>`)}
                    </ul>`
                : nothing}
              ${metrics?.length ? html`${hidden(`${msg.stageMetrics}${p.colon}`)}${metricChips(metrics, this._i18n)}` : nothing}
            </div>`
          : nothing}
      </div>
    </div>`;
  }

  /** Narrow order and wide placement of a cell. */
  #place(layout: MapLayout, row: number, col: MapColumn) {
    // Narrow layout order: the stage header, then each column's lanes in turn.
    return styleMap({ '--o': String(col.index * layout.lanes.length + row + col.stage + 1), gridColumn: String(col.index + 2) });
  }

  /**
   * A touchpoints lane cell: there for every column, named from the model (the summary the card
   * gives), so the keyboard and screen readers reach every touchpoint; its card only once built.
   * Light: no inline style in the wide layout (the row has every column, in order).
   */
  #renderTouchpointCell(layout: MapLayout, row: number, col: MapColumn, l10n: SummaryLocale): TemplateResult {
    const msg = l10n.msg;
    const p = msg.punctuation;
    const stage = layout.stages[col.stage]!.stage.name;
    const tp = col.touchpoint;
    const where = `${stage}${p.separator}${msg.lanes.touchpoints}${p.colon}`;
    const built = this.#built[col.index] === 1;
    const classes = `cell${col.index === layout.stages[col.stage]!.start ? ' first' : ''}${tp?.momentOfTruth ? ' mot' : ''}`;
    const order = this._narrow ? this.#place(layout, row, col) : nothing;
    if (!tp) {
      return html`<div role="gridcell" part="cell" class=${classes} data-row=${row} data-col=${col.index} tabindex="-1" style=${order}>
        <span class="visually-hidden">${where}${msg.touchpointCount(0)}</span>${built ? html`<span class="none" aria-hidden="true">—</span>` : nothing}
      </div>`;
    }
    // Named by its hidden summary alone (aria-labelledby): Chromium otherwise adds the title again
    // from the aria-hidden card's labelled article. Enter opens the details dialog: haspopup says so.
    return html`<div role="gridcell" part="cell touchpoint" class=${classes} data-row=${row} data-col=${col.index} data-id=${tp.id}
      tabindex="-1" style=${order} aria-haspopup="dialog">
      <span class="visually-hidden cell-name">${where}${touchpointSummary(tp, this.#scale, l10n)}</span>${built
        ? html`<touchpoint-card
            aria-hidden="true"
            .touchpoint=${tp}
            .scale=${this.#scale}
            density=${this.density === 'compact' ? 'compact' : 'comfortable'}
            locale=${this._i18n.tag}
            theme=${ifDefined(this.theme)}
          ></touchpoint-card>`
        : nothing}
    </div>`;
  }

  /** A cell of another lane (built columns only), named from its content. */
  #renderCell(layout: MapLayout, lane: LaneId, row: number, col: MapColumn): TemplateResult {
    const msg = this._i18n.msg;
    const p = msg.punctuation;
    const stageSpan = layout.stages[col.stage]!;
    const stage = stageSpan.stage.name;
    const tp = col.touchpoint;
    const laneName = msg.lanes[lane];
    const classes = `cell${col.index === stageSpan.start ? ' first' : ''}${tp?.momentOfTruth ? ' mot' : ''}`;
    // Cells are named from their content: a hidden "where" in front of the visible words.
    const body = tp && lane !== 'touchpoints' ? laneBody(lane, tp, this.#scale, this._i18n) : null;
    const where = (tp ? [stage, tp.title, laneName] : [stage, laneName]).join(p.separator) + p.colon;
    return html`<div role="gridcell" part="cell" class=${classes} data-row=${row} data-col=${col.index} aria-colindex=${col.index + 2}
      tabindex="-1" style=${this.#place(layout, row, col)}>
      <span class="visually-hidden">${where}</span>
      <span class="cell-lane" aria-hidden="true">${laneName}</span>
      ${body ?? html`<span class="visually-hidden">${msg.none}</span><span class="none" aria-hidden="true">—</span>`}
    </div>`;
  }

  #renderConnectors(layout: MapLayout): TemplateResult | typeof nothing {
    const g = this._geometry;
    // A large map draws only the paths that cross a built column: a thousand would cost a long frame.
    const edges = this.#cutDecoration(layout) ? layout.edges.filter((e) => this.#anyBuilt(e.fromCol, e.toCol)) : layout.edges;
    const connectors = connectorsFor(edges, g);
    if (connectors.length === 0) return nothing;
    const width = layout.columns.length * g.columnWidth;
    const arrow = (c: (typeof connectors)[number]) =>
      svg`<path part="connector" class="connector ${c.shape}" data-from=${c.edge.from} data-to=${c.edge.to} d=${c.d} marker-end="url(#jk-arrow)"></path>`;
    return html`<svg class="connectors" aria-hidden="true" focusable="false" width=${width} height="100%">
      <defs>
        <marker id="jk-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto">
          <path class="arrowhead" d="M0,0L10,5L0,10z"></path>
        </marker>
      </defs>
      ${connectors.filter((c) => c.shape !== 'loop').map(arrow)}
      <svg y="100%" overflow="visible">${connectors.filter((c) => c.shape === 'loop').map(arrow)}</svg>
    </svg>`;
  }

  /**
   * The emotion curve over the emotions lane: one series per persona, each point at its
   * touchpoint's column, the filtered persona highlighted. A journey without personas draws a
   * single line in the accent colour.
   */
  #renderCurve(layout: MapLayout, dir: 'ltr' | 'rtl'): TemplateResult | typeof nothing {
    if (this.#lines.length === 0) return nothing;
    const lines = this.#cutDecoration(layout) ? this.#lines.map((line) => this.#builtLine(line)) : this.#lines;
    const w = this._geometry.columnWidth;
    const personas = this.#personas.length > 0;
    return html`<emotion-curve
      part="curve"
      class="curve"
      decorative
      inert
      aria-hidden="true"
      dir=${dir}
      .series=${personas ? lines : undefined}
      .points=${personas ? undefined : lines[0]!.points}
      highlight=${ifDefined(layout.persona ?? undefined)}
      .scale=${this.#scale}
      .positions=${layout.columns.map((c) => c.index * w + w / 2)}
      locale=${this._i18n.tag}
      theme=${ifDefined(this.theme)}
      height=${this.density === 'compact' ? 88 : 112}
    ></emotion-curve>`;
  }

  // -------------------------------------------------------------------------------------------
  // Grid interaction: one delegated listener each, O(1) per key press, no re-render.

  /** The navigation shape: the data cells plus the headers that can take focus now. */
  #shape(layout: MapLayout): GridShape {
    // Stacked, the lane headers are not shown (each cell says its lane): they cannot take focus.
    return { ...layout.shape, headerRow: true, headerColumn: !this._narrow };
  }

  /** The element of a cell: a data cell, a stage header (row -1) or a lane header (column -1). */
  #elementAt(cell: Cell): HTMLElement | undefined {
    const layout = this.#layout;
    if (cell.row === -1) return layout ? this.#stageHeads[stageOfColumn(layout.shape, cell.col)] : undefined;
    if (cell.col === -1) return this.#laneHeads[cell.row];
    return this.#cells[cell.row]?.[cell.col];
  }

  #cellOf(target: EventTarget | null): (Cell & { el: HTMLElement }) | null {
    const el = target instanceof Element ? target.closest<HTMLElement>('.cell[data-row], .stage[data-row], .lane-header[data-row]') : null;
    if (!el) return null;
    // A stage header keeps the column focus came from, when that column is in its stage.
    const col = Number(el.dataset['col']);
    const stay = el.classList.contains('stage') && this.#active.col >= col && this.#layout
      ? stageOfColumn(this.#layout.shape, this.#active.col) === stageOfColumn(this.#layout.shape, col)
      : false;
    return { row: Number(el.dataset['row']), col: stay ? this.#active.col : col, el };
  }

  #moveTo(cell: Cell, focus: boolean): void {
    if (cell.col >= 0 && this.#build(cell.col, cell.col + 1) && this.hasUpdated) {
      // A jump (End, Ctrl+End, a details link) past the built columns: build that column now, so
      // focus can go there (the columns around it follow the scroll, a frame later).
      this.#active = { row: cell.row, col: cell.col };
      this.performUpdate();
    }
    const el = this.#elementAt(cell);
    if (!el) return;
    if (this.#activeEl && this.#activeEl !== el) this.#activeEl.tabIndex = -1;
    el.tabIndex = 0;
    this.#activeEl = el;
    this.#active = { row: cell.row, col: cell.col };
    if (focus) {
      // The browser's own focus scrolling leaves a partly visible cell where it is and ignores the
      // sticky headers: reveal the whole cell ourselves.
      el.focus({ preventScroll: true });
      revealInGrid(el, this.#scroller);
    }
  }

  #onGridFocusin = (event: FocusEvent): void => {
    const cell = this.#cellOf(event.target);
    if (cell && cell.el !== this.#activeEl) this.#moveTo(cell, false);
  };

  #onGridKeydown = (event: KeyboardEvent): void => {
    const layout = this.#layout;
    const cell = this.#cellOf(event.target);
    if (!layout || !cell || event.altKey) return;
    if (event.key === 'Enter' || event.key === ' ') {
      const id = cell.el.dataset['id'];
      if (id) {
        event.preventDefault();
        this.#openDetails(id);
      }
      return;
    }
    if (event.key === 'Escape' && this._openId !== null) {
      this.#closeDetails(true);
      return;
    }
    if (event.shiftKey) return;
    const next = nextCell(this.#shape(layout), cell, event.key, event, this._dir);
    if (!next) return;
    event.preventDefault();
    this.#moveTo(next, true);
  };

  #onGridClick = (event: MouseEvent): void => {
    const cell = this.#cellOf(event.target);
    if (!cell) return;
    this.#moveTo(cell, true);
    const id = cell.el.dataset['id'];
    if (id) this.#openDetails(id);
  };

  #selectPersona = (persona: string | null): void => {
    this.persona = persona;
    this.dispatchEvent(
      new CustomEvent<PersonaChangeDetail>('persona-change', { detail: { persona }, bubbles: true, composed: true }),
    );
  };

  // -------------------------------------------------------------------------------------------
  // Details panel

  #renderDetailsPanel(): TemplateResult | typeof nothing {
    const journey = this._journey;
    const layout = this.#layout;
    const id = this._openId;
    const col = id !== null ? layout?.columnOf.get(id) : undefined;
    if (!journey || !layout || col === undefined) return nothing;
    const column = layout.columns[col]!;
    const touchpoint = column.touchpoint!;
    const next: NextStep[] = layout.edges
      .filter((e) => e.from === touchpoint.id)
      .map((e) => ({ touchpoint: layout.columns[e.toCol]!.touchpoint!, loop: e.toCol <= e.fromCol }));
    return html`<div
      part="details"
      class="details"
      role="dialog"
      aria-labelledby=${DETAILS_TITLE_ID}
      @keydown=${this.#onPanelKeydown}
      @focusout=${this.#onPanelFocusout}
    >
      ${renderDetails({
        journey,
        touchpoint,
        stage: layout.stages[column.stage]!.stage,
        scale: this.#scale,
        i18n: this._i18n,
        next,
        headingLevel: this.headingLevel,
        onClose: () => this.#closeDetails(true),
        onGoTo: (to) => {
          this.#closeDetails(false);
          this.focusTouchpoint(to);
        },
      })}
    </div>`;
  }

  #openDetails(id: string): void {
    const layout = this.#layout;
    const col = layout?.columnOf.get(id);
    if (!layout || col === undefined) return;
    const column = layout.columns[col]!;
    if (this._openId !== id) {
      this._openId = id;
      this.dispatchEvent(
        new CustomEvent<TouchpointSelectDetail>('touchpoint-select', {
          detail: { touchpoint: column.touchpoint!, stage: layout.stages[column.stage]!.stage },
          bubbles: true,
          composed: true,
        }),
      );
    }
    // Also when it is open already: focus goes back into it.
    this.#panelNeedsFocus = true;
    this.#panelNeedsPlacing = true;
    this.requestUpdate();
    if (!this.#listeningOutside) {
      document.addEventListener('click', this.#onDocumentClick, true);
      this.#listeningOutside = true;
    }
  }

  #placePanel(): void {
    this.#panelNeedsPlacing = false;
    const panel = this.shadowRoot?.querySelector<HTMLElement>('.details');
    const col = this._openId !== null ? this.#layout?.columnOf.get(this._openId) : undefined;
    const row = this.#layout?.lanes.indexOf('touchpoints') ?? -1;
    const reference = col !== undefined ? this.#cells[row]?.[col] : undefined;
    if (!panel || !reference) return;
    this.#floating.open(reference, panel, this._dir === 'rtl' ? 'left-start' : 'right-start');
    if (this.#panelNeedsFocus) {
      this.#panelNeedsFocus = false;
      panel.querySelector<HTMLElement>(`#${DETAILS_TITLE_ID}`)?.focus({ preventScroll: true });
    }
  }

  /** Closes the panel; with `restoreFocus`, focus goes back to the touchpoint's cell. */
  #closeDetails(restoreFocus: boolean): void {
    const id = this._openId;
    this.#floating.close();
    if (this.#listeningOutside) {
      document.removeEventListener('click', this.#onDocumentClick, true);
      this.#listeningOutside = false;
    }
    if (id === null) return;
    this._openId = null;
    this.#panelNeedsFocus = false;
    this.#panelNeedsPlacing = false;
    if (restoreFocus) {
      const col = this.#layout?.columnOf.get(id);
      const row = this.#layout?.lanes.indexOf('touchpoints') ?? -1;
      if (col !== undefined && row >= 0) this.#moveTo({ row, col }, true);
    }
  }

  #onPanelKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    this.#closeDetails(true);
  };

  /** Focus leaving the panel for another control closes it (a non-modal popover). */
  #onPanelFocusout = (event: FocusEvent): void => {
    const to = event.relatedTarget;
    const panel = event.currentTarget as HTMLElement;
    if (to instanceof Node && !panel.contains(to)) this.#closeDetails(false);
  };

  /** A click outside closes the panel; focus returns to the cell unless the click focused something. */
  #onDocumentClick = (event: MouseEvent): void => {
    const path = event.composedPath();
    const panel = this.shadowRoot?.querySelector('.details');
    if (panel && path.includes(panel)) return;
    const root = this.shadowRoot;
    if (path.some((node) => node instanceof HTMLElement && node.dataset['id'] !== undefined && node.getRootNode() === root)) {
      return; // another touchpoint: the grid's click handler opens it
    }
    // The panel is going away: focus that was in it (or nowhere) goes back to the cell.
    const focused = document.activeElement;
    const inPanel = panel?.contains(this.shadowRoot?.activeElement ?? null) ?? false;
    this.#closeDetails(inPanel || focused === null || focused === document.body);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'journey-map': JourneyMap;
  }
  interface GlobalEventHandlersEventMap {
    'journey-load': CustomEvent<JourneyLoadDetail>;
    'journey-error': CustomEvent<JourneyErrorDetail>;
    'touchpoint-select': CustomEvent<TouchpointSelectDetail>;
    'persona-change': CustomEvent<PersonaChangeDetail>;
  }
}
