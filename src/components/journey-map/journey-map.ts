import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import {
  CellFocusEvent,
  JourneyErrorEvent,
  type CellFocusDetail,
  type ChangeOrigin,
  type JourneyBeforeChangeDetail,
  type JourneyChangeDetail,
  PersonaChangeEvent,
  TouchpointSelectEvent,
  type JourneyErrorDetail,
  type JourneyLoadDetail,
  type PersonaChangeDetail,
  type TouchpointSelectDetail,
} from '../../events/index.js';
import { LocaleController } from '../../i18n/index.js';
import type { Journey, LaneId, Problem } from '../../model/core.js';
import { hostStyles, themeStyles, visuallyHidden } from '../../theme/index.js';
import { warnOnce } from '../shared/warn-once.js';
import { CollabController, type CollabModule } from './controllers/collab.js';
import { CompareController, quietMap, type CompareMode } from './controllers/compare.js';
import { ColumnWindowController } from './controllers/column-window.js';
import { DetailsPanelController } from './controllers/details-panel.js';
import { EditingLoader } from './controllers/editing-loader.js';
import { GridFocusController } from './controllers/grid-focus.js';
import { JourneySourceController } from './controllers/journey-source.js';
import { LiveMetricsController } from './controllers/live-metrics.js';
import { MapGeometryController } from './controllers/map-geometry.js';
import { MapViewController } from './controllers/map-view.js';
import { PrintController } from './controllers/print.js';
import type { HistoryProvider } from './controllers/editing.js';
import type { ConnectionStatus, PresencePeer } from './controllers/presence.js';
import type { Editing } from './editing/attach.js';
import type { GridShape } from './keyboard.js';
import type { MapLayout } from './layout.js';
import type { LoadResult } from './load.js';
import { compareStyles } from './compare.styles.js';
import type { MapParts } from './map-parts.js';
import { JourneyMapProperties, type MapDensity, type PrintLayout } from './properties.js';
import { styles } from './journey-map.styles.js';
import { renderDetailsPanel } from './templates/details-panel.js';
import { renderGrid } from './templates/grid.js';
import { renderHeader } from './templates/header.js';
import { problemTotal, renderLoading, renderProblems } from './templates/notices.js';
import { cellFocusDetail, touchpointSelectDetail, type MapView } from './view.js';

export type { CompareMode, ConnectionStatus, HistoryProvider, MapDensity, PresencePeer, PrintLayout };
export type { CellFocusDetail, JourneyBeforeChangeDetail, JourneyChangeDetail, JourneyErrorDetail, JourneyLoadDetail, PersonaChangeDetail, TouchpointSelectDetail };

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
 * mirrored in right-to-left maps) and onto the stage and lane headers, Home/End to the row's
 * ends, Ctrl+Home/End to the first/last cell, PageUp/PageDown to the previous/next stage; Enter
 * or Space on a touchpoint opens its details, Escape closes them. The persona legend is one more
 * tab stop: a radio group.
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
 * The touchpoints lane has a named cell for every column (a map over 400 columns makes the cells
 * past the first 400 in idle-time chunks after its first render; keys and jumps work meanwhile);
 * other lanes have cells for the built columns, with `aria-colindex` against the grid's
 * `aria-colcount`.
 *
 * CMS authors can write the journey inline; it is read on connect and whenever it changes:
 * `<journey-map><script type="application/json">{ "version": 1, … }</script></journey-map>`, or
 * `<journey-map><script type="text/x-mermaid">journey …</script></journey-map>`.
 *
 * @summary A customer journey map from one JSON journey model.
 *
 * @attr narrow - Set by the element (not by you) while it is under 600px wide and stacks stages vertically.
 *
 * @dependency touchpoint-card
 * @dependency emotion-curve
 * @dependency persona-badge
 *
 * @fires {JourneyLoadEvent} journey-load - A journey was loaded and shown. Detail: `{ journey }` ({@link JourneyLoadDetail}).
 * @fires {JourneyErrorEvent} journey-error - A source failed: fetch, JSON or validation, of the journey or of `metrics-src` (then the paths point into its document). The map keeps what it showed. Detail: `{ problems }` ({@link JourneyErrorDetail}).
 * @fires {TouchpointSelectEvent} touchpoint-select - The user opened a touchpoint's details. Detail: `{ touchpoint, stage }` ({@link TouchpointSelectDetail}).
 * @fires {JourneyChangeEvent} journey-change - A change to the journey was committed (editing, undo, redo, or `applyPatch`). Detail: `{ journey, ops, inverse, origin }` ({@link JourneyChangeDetail}).
 * @fires {JourneyBeforeChangeEvent} journey-beforechange - The user is about to change the journey; cancelable: `preventDefault()` keeps it as it is. Detail: `{ ops }` ({@link JourneyBeforeChangeDetail}).
 * @fires {CellFocusEvent} cell-focus - Focus moved to another cell, or a touchpoint's details opened or closed while editing: what a collaboration binding shares as presence. Detail: `{ touchpoint, stage, lane, editing }`.
 * @fires {PersonaChangeEvent} persona-change - The user changed the persona filter in the legend. Detail: `{ persona }`, `null` for all ({@link PersonaChangeDetail}).
 *
 * @csspart header - Title, description, subject/state, legend and journey metrics.
 * @csspart legend - The persona filter: a radio group of "All personas" and one option per persona.
 * @csspart stage-header - A stage's column header.
 * @csspart lane-header - A lane's row header.
 * @csspart cell - Every data cell of the grid.
 * @csspart touchpoint - A cell of the touchpoints lane (also has part `cell`).
 * @csspart curve - The `<emotion-curve>` drawn over the emotions lane: a line per persona, the filtered persona's highlighted.
 * @csspart connector - One path between two touchpoints.
 * @csspart details - The touchpoint details panel (a dialog).
 * @csspart error - The notice listing a source's problems.
 * @csspart empty - The notice shown for a journey without touchpoints.
 * @csspart notice - The notice shown when `persona` names no persona of the journey (all are shown).
 * @csspart loading - The loading indicator.
 * @csspart connection - A shared map's connection state (connecting, live, offline with unsent changes, refused).
 * @csspart edit-notice - After a removal while editing: what was removed, with Undo and Dismiss buttons.
 * @csspart edit-panel - While editing: the form of a stage or of the personas (a dialog; a touchpoint's form is in `details`).
 * @csspart metric - A metric chip: value and target, status (word and shape), sparkline, "as of" time.
 * @csspart metric-live - A metric chip showing a live value (also has part `metric`).
 * @csspart metric-stale - A metric chip whose value is older than `stale-after` (also has part `metric`).
 * @csspart compare-summary - Comparing with a `baseline`: the summary above the map (counts of added, removed, moved and changed touchpoints, pain points solved, metric deltas).
 * @csspart change - Comparing: a touchpoint's or stage's mark (added, removed, moved, changed: a shape and a word) and a touchpoint's changes in words.
 * @csspart baseline-curve - Comparing in overlay: the baseline's emotion lines, dotted and thinner, drawn over the current curve without a background of their own.
 * @csspart baseline-map - Comparing side by side: the nested, read-only map of the baseline.
 *
 * @cssprop [--jk-map-column-width=16rem] - Width of one touchpoint column (12rem when compact).
 * @cssprop [--jk-map-lane-header-width=8.5rem] - Width of the lane header column.
 * @cssprop [--jk-map-max-height=none] - Maximum height of the grid; taller maps scroll inside it with the stage row kept in view.
 * @cssprop [--jk-connector-color=var(--jk-color-border-strong)] - Colour of the path connectors.
 * @cssprop [--jk-map-padding=var(--jk-space-3)] - Padding of the themed surface (0 to line up with the page).
 * @cssprop [--jk-metric-sparkline-color=currentColor] - Stroke of a metric's sparkline.
 */
export class JourneyMap extends JourneyMapProperties {
  static override styles = [themeStyles, hostStyles, visuallyHidden, styles, compareStyles];

  @state() private _journey: Journey | null = null;
  @state() private _problems: Problem[] = [];
  @state() private _problemsOpen = false;
  @state() private _announcement = '';

  private readonly _i18n = new LocaleController(this, { contentLocale: () => this._journey?.locale });
  readonly #warn = warnOnce('journey-map');

  // Registration order is the order of their after-render work: cells are indexed and the panel
  // placed before the source's queued events reach listeners.
  readonly #geometry = new MapGeometryController(this, () => this.#window.update());
  readonly #window = new ColumnWindowController(this, this.#geometry, () => this.density === 'compact');
  readonly #focus = new GridFocusController(this, {
    layout: () => this.#map.layout,
    shape: (layout) => this.#shape(layout),
    dir: () => this._dir,
    buildColumn: (col) => this.hasUpdated && this.#window.build(col, col + 1),
    renderNow: () => this.performUpdate(),
    scroller: () => this.#geometry.scroller,
    activate: (id) => this.#details.open(id),
    editKey: (event, cell) => this.#editing.onKey(event, cell),
    focused: (cell) => this.#cellFocused(cell, false),
  });
  readonly #details = new DetailsPanelController(this, {
    reference: (id) => {
      const layout = this.#map.layout;
      const col = layout?.columnOf.get(id);
      return layout && col !== undefined ? this.#focus.cellElement(layout.lanes.indexOf('touchpoints'), col) : undefined;
    },
    panel: () => this.shadowRoot?.querySelector<HTMLElement>('.details') ?? null,
    dir: () => this._dir,
    opened: (id) => this.#touchpointSelected(id),
    closed: () => {
      if (this.editable) this.#cellFocused(this.#focus.active, false);
    },
    focusCell: (id) => this.focusTouchpoint(id),
    onTouchpoint: (path) => path.some((node) => node instanceof HTMLElement && node.dataset['id'] !== undefined && node.getRootNode() === this.shadowRoot),
  });
  /** The derived view (layout, scale, lines, personas), made again when its inputs change. */
  readonly #map: MapViewController = new MapViewController({
    focus: this.#focus,
    details: this.#details,
    i18n: this._i18n,
    dir: () => this._dir,
    announce: (text) => this.#announce(text),
    warn: this.#warn,
  });
  /** Live metric values: `metricValues`, `metrics-src`, `refresh`, `stale-after` (docs/live-metrics.md). */
  readonly #live = new LiveMetricsController(this, {
    journey: () => this._journey,
    i18n: this._i18n,
    dir: () => this._dir,
    announce: (text) => this.#announce(text),
  });

  readonly #source = new JourneySourceController(
    this,
    (result) => this.#apply(result),
    (value) => value === this._journey,
  );
  readonly #compare = new CompareController(this, {
    current: () => this._journey,
    i18n: this._i18n,
    dir: () => this._dir,
    announce: (text) => this.#announce(text),
    problems: (problems) => {
      this.#showProblems(problems);
      if (problems.length > 0) this.#source.queue(new JourneyErrorEvent({ problems }));
    },
    scroller: () => this.#geometry.scroller,
    moveTabStop: (id, lane) => this.focusTouchpoint(id, { focus: false, lane }),
    selectPersona: (persona) => this.#selectPersona(persona),
  });

  /** What the on-demand editing module may use of the map. */
  readonly #parts: MapParts = {
    host: this,
    i18n: this._i18n,
    focus: this.#focus,
    details: this.#details,
    geometry: this.#geometry,
    source: this.#source,
    journey: () => this._journey,
    layout: () => this.#map.layout,
    scale: () => this.#map.view?.scale ?? { min: -3, max: 3, labels: {} },
    dir: () => this._dir,
    show: (journey) => {
      this._journey = journey;
    },
    showProblems: (problems) => this.#showProblems(problems),
    announce: (text) => this.#announce(text),
  };
  /** The editing code, loaded on demand, and the keys pressed before it arrives. */
  readonly #editing = new EditingLoader(this, () => this.#parts);

  constructor() {
    super();
    // Registers itself; nothing else talks to it.
    new PrintController(this, (printing) => {
      this.#geometry.printing = printing ? (this.printLayout === 'poster' ? 'poster' : 'pages') : null;
      this.#window.update();
      // Before the browser takes its snapshot for paper: render now, not in a microtask.
      if (this.hasUpdated) this.performUpdate();
    });
    // Joins the room `collab` and `room` name. The connector is loaded with import() from a URL set
    // at run time (scripts/check-bundle.mjs allows exactly this one), so no bundler pulls yjs in.
    new CollabController(this, {
      settings: () => (this.collab && this.room ? { url: this.collab, room: this.room, token: this.collabToken || null, userName: this.userName || null } : null),
      load: () => import(/* @vite-ignore */ JourneyMap.collabModule) as Promise<CollabModule>,
    });
  }

  /**
   * Moves focus to a touchpoint's cell (closing any open details). Returns `false` when the
   * touchpoint is not on the map (unknown, or hidden by the persona filter). `lane`: its cell in
   * that lane when shown; `focus: false` moves only the grid's tab stop (the cell Tab returns to).
   */
  focusTouchpoint(id: string, { focus = true, lane = null }: { focus?: boolean; lane?: LaneId | null } = {}): boolean {
    const layout = this.#map.layout;
    const col = layout?.columnOf.get(id);
    const row = layout ? layout.lanes.indexOf(lane && layout.lanes.includes(lane) ? lane : 'touchpoints') : -1;
    if (col === undefined || row < 0) return false;
    if (focus && this.#details.openId !== null) this.#details.close(false);
    this.#focus.moveTo({ row, col }, focus);
    return true;
  }

  /** Whether `undo()` has a step to undo. */
  get canUndo(): boolean {
    return this.#editing.loaded?.controller.canUndo ?? this.historyProvider?.canUndo ?? false;
  }

  /** Whether `redo()` has a step to redo. */
  get canRedo(): boolean {
    return this.#editing.loaded?.controller.canRedo ?? this.historyProvider?.canRedo ?? false;
  }

  /** Undoes the last change made here (not changes applied with `applyPatch`). Returns whether anything changed. */
  undo(): boolean {
    return this.#editing.loaded?.controller.undo() ?? this.historyProvider?.undo() ?? false;
  }

  /** Redoes the last undone change. Returns whether anything changed. */
  redo(): boolean {
    return this.#editing.loaded?.controller.redo() ?? this.historyProvider?.redo() ?? false;
  }

  /**
   * The journey shown, edits included, as a plain copy (changing it leaves the map as it is);
   * `null` when none is shown. So `JSON.stringify(map)` gives the journey's JSON.
   */
  toJSON(): Journey | null {
    return this._journey === null ? null : structuredClone(this._journey);
  }

  /**
   * Applies an RFC 6902 JSON Patch from elsewhere (a collaborator, the host's server) to the
   * journey shown. Validated whole: an invalid patch changes nothing and fires `journey-error`.
   * A valid one fires `journey-change` with `origin` and is not recorded in the undo history.
   * Resolves with whether it was applied (the editing code loads on first use).
   */
  async applyPatch(ops: unknown, { origin = 'remote' }: { origin?: ChangeOrigin } = {}): Promise<boolean> {
    const editing = await this.#editing.load();
    return editing.controller.applyRemote(ops, origin);
  }

  #apply(result: LoadResult | null): void {
    // A journey from a source (not an edit) is a new document: a new history.
    this.#editing.loaded?.controller.reset();
    this.#editing.loaded?.clearNotice();
    if (result === null) {
      // No source at all: nothing to show.
      this._journey = null;
      this._problems = [];
    } else if (result.ok) {
      this._journey = result.journey;
      this._problems = [];
      this._problemsOpen = false;
    } else {
      // Keep what is shown; report.
      this.#showProblems(result.problems);
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const changedState = changed as Map<PropertyKey, unknown>;
    if (!this.hasUpdated || changed.has('journey') || changed.has('src')) this.#source.resolve();
    const compared = this.#compare.update();
    this.#geometry.measureOnce();
    if (changedState.has('_journey') || changed.has('persona') || changed.has('lanes') || compared) this.#map.update(this._journey, this.persona, this.#compare.lanes(this.lanes), this.#compare.ghosts, changedState.has('_journey'));
    const layout = this.#map.layout;
    const open = this.#details.openId !== null ? layout?.columnOf.get(this.#details.openId) : undefined;
    this.#window.prepare(layout?.columns.length ?? 0, [this.#focus.active.col, open ?? -1]);
  }

  protected override updated(): void {
    this.toggleAttribute('narrow', this.#geometry.narrow);
  }


  /** The navigation shape: the data cells plus the headers that can take focus now. */
  #shape(layout: MapLayout): GridShape {
    // Stacked, the lane headers are not shown (each cell says its lane): they cannot take focus.
    return { ...layout.shape, headerRow: true, headerColumn: !this.#geometry.narrow };
  }

  /** Shows a source's problems (or clears them with `[]`), saying how many there are. */
  #showProblems(problems: Problem[]): void {
    if (problems.length === 0 && this._problems.length === 0) return;
    this._problems = problems;
    if (problems.length > 0) this.#announce(this._i18n.msg.invalid(problemTotal(problems)));
  }

  /** @internal A comparing host's nested baseline map (`quietMap`): the host announces for it. */
  [quietMap] = false;

  #announce(text: string): void {
    if (this[quietMap]) return;
    // A trailing no-break space toggles so the same sentence twice is still a change to announce.
    this._announcement = this._announcement === text ? `${text}\u00a0` : text;
  }

  private get _dir(): 'ltr' | 'rtl' {
    const d = this._journey?.dir;
    return d === 'ltr' || d === 'rtl' ? d : this._i18n.dir;
  }

  protected override render(): TemplateResult {
    const journey = this._journey;
    const view = this.#map.view;
    const msg = this._i18n.msg;
    const dir = this._dir;
    const geometry = this.#geometry;
    const editing = this.editable ? this.#editing.loaded : null;
    return html`<div class="root" dir=${dir} lang=${journey?.locale ?? this._i18n.tag}>
      ${this.#source.loading || this.#compare.loading ? renderLoading(msg) : nothing} ${this.#editing.loaded?.presence.renderConnection() ?? nothing}
      ${this._problems.length > 0 ? renderProblems(msg, this._problems, this._problemsOpen, this.#toggleProblems) : nothing}
      ${journey && view?.unknownPersona != null
        ? html`<p part="notice" class="notice">${msg.unknownPersona(this._i18n.isolate(view.unknownPersona, dir))}</p>`
        : nothing}
      ${journey && view ? this.#compare.renderSummary() : nothing}
      ${this.#compare.renderPanes(
        journey && view
          ? guard(
              [journey, view, this._i18n.tag, dir, this.theme, this.density, geometry.narrow, geometry.geometry, this.headingLevel, this.#window.version, editing, this.#compare.version, this.gridLabel],
              () => this.#renderMap(journey, view, dir, editing),
            )
          : nothing,
      )}
      ${this.#editing.loaded?.renderNotice() ?? nothing} ${this.#editing.loaded?.presence.renderLayer() ?? nothing} ${this.#editing.loaded?.drag.renderLayer() ?? nothing}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this._announcement}</div>
      ${journey && view && this.#details.openId !== null
        ? renderDetailsPanel({
            journey,
            layout: view.layout,
            id: this.#details.openId,
            scale: view.scale,
            i18n: this._i18n,
            headingLevel: this.headingLevel,
            live: this.#live.store,
            form: editing ? (touchpoint, onClose) => editing.forms.renderTouchpointForm(touchpoint, onClose) : undefined,
            onFocusout: this.#details.onFocusout,
            onClose: () => this.#details.close(true),
            onGoTo: (to) => {
              this.#details.close(false);
              this.focusTouchpoint(to);
            },
          })
        : nothing}
      ${editing?.forms.renderPanel() ?? nothing}
    </div>`;
  }

  #toggleProblems = (): void => {
    this._problemsOpen = !this._problemsOpen;
  };

  #renderMap(journey: Journey, view: MapView, dir: 'ltr' | 'rtl', editing: Editing | null): TemplateResult {
    // Runs only when the guard's inputs change: then the cells must be indexed again after render.
    this.#focus.gridRendered();
    const { layout, personas } = view;
    const i18n = this._i18n;
    return html`
      ${renderHeader({ journey, layout, i18n, dir, theme: this.theme, headingLevel: this.headingLevel, personas, onSelectPersona: this.#selectPersona, live: this.#live.store, editTools: editing?.forms.renderTools() })}
      ${layout.touchpointCount === 0 ? html`<p part="empty" class="empty">${i18n.msg.empty}</p>` : nothing}
      ${renderGrid({
        journey,
        layout,
        i18n,
        dir,
        narrow: this.#geometry.narrow,
        compact: this.density === 'compact',
        theme: this.theme,
        scale: view.scale,
        lines: view.lines,
        personas,
        geometry: this.#geometry.geometry,
        columns: this.#window.columns,
        live: this.#live.store,
        onScroll: this.#geometry.onScroll,
        onKeydown: this.#focus.onKeydown,
        onClick: this.#focus.onClick,
        onFocusin: this.#focus.onFocusin,
        ...editing?.gridTools(),
        label: this.gridLabel || this.#compare.currentLabel(journey),
        compare: this.#compare.grid(layout),
      })}
    `;
  }

  /** Tells a binding where focus is now (presence): the cell, and whether its form is open. */
  #cellFocused(cell: { row: number; col: number }, editing: boolean): void {
    const layout = this.#map.layout;
    if (layout) this.dispatchEvent(new CellFocusEvent(cellFocusDetail(layout, cell, editing)));
  }

  #touchpointSelected(id: string): void {
    const detail = this.#map.layout && touchpointSelectDetail(this.#map.layout, id);
    if (!detail) return;
    this.dispatchEvent(new TouchpointSelectEvent(detail));
    if (this.editable) this.#cellFocused(this.#focus.active, true);
  }

  #selectPersona = (persona: string | null): void => {
    this.persona = persona;
    this.dispatchEvent(new PersonaChangeEvent({ persona }));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'journey-map': JourneyMap;
  }
}
