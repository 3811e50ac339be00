import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import {
  CellFocusEvent,
  JourneyErrorEvent,
  JourneyLoadEvent,
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
import { emotionScaleOf, type Journey, type LaneId, type Persona, type Problem, type ResolvedEmotionScale } from '../../model/core.js';
import { hostStyles, themeStyles, visuallyHidden, type Theme } from '../../theme/index.js';
import { CollabController, type CollabModule } from './controllers/collab.js';
import { CompareController, type CompareMode } from './controllers/compare.js';
import { ColumnWindowController } from './controllers/column-window.js';
import { DetailsPanelController } from './controllers/details-panel.js';
import { GridFocusController } from './controllers/grid-focus.js';
import { JourneySourceController } from './controllers/journey-source.js';
import { MapGeometryController } from './controllers/map-geometry.js';
import { PrintController } from './controllers/print.js';
import { DETAILS_TITLE_ID, renderDetails, type NextStep } from './details.js';
import type { HistoryProvider } from './controllers/editing.js';
import type { ConnectionStatus, PresencePeer } from './controllers/presence.js';
import type { GridShape } from './keyboard.js';
import { coloredPersonas, computeLayout, emotionLinesFor, type EmotionLine, type MapLayout } from './layout.js';
import type { LoadResult } from './load.js';
import { compareStyles } from './compare.styles.js';
import { styles } from './journey-map.styles.js';
import { renderEditNotice } from './templates/edit-notice.js';
import { renderGrid } from './templates/grid.js';
import { renderHeader } from './templates/header.js';
import { problemTotal, renderLoading, renderProblems } from './templates/notices.js';

export type { CompareMode, ConnectionStatus, HistoryProvider, PresencePeer };
export type { CellFocusDetail, JourneyBeforeChangeDetail, JourneyChangeDetail, JourneyErrorDetail, JourneyLoadDetail, PersonaChangeDetail, TouchpointSelectDetail };

/** The on-demand editing module (editing/module.ts). */
type EditModule = typeof import('./editing/module.js');
/** What editing adds to a map once its module is loaded. */
interface Editing {
  module: EditModule;
  controller: InstanceType<EditModule['EditingController']>;
  commands: InstanceType<EditModule['EditCommands']>;
  presence: InstanceType<EditModule['PresenceController']>;
  forms: InstanceType<EditModule['EditFormController']>;
  drag: InstanceType<EditModule['DragController']>;
}

/** How much room columns get. */
export type MapDensity = 'comfortable' | 'compact';

/** How the map goes onto paper. */
export type PrintLayout = 'pages' | 'poster';

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
 * @fires {JourneyErrorEvent} journey-error - A source failed: fetch, JSON or validation. The map keeps what it showed. Detail: `{ problems }` ({@link JourneyErrorDetail}).
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
 */
export class JourneyMap extends LitElement {
  static override styles = [themeStyles, hostStyles, visuallyHidden, styles, compareStyles];

  /**
   * The journey: a model object or its JSON text (property only). Wins over `src` and an inline
   * script. Validated with `parseJourney`; an invalid value is reported, never rendered.
   */
  @property({ attribute: false }) journey?: Journey | string | null;

  /**
   * URL of a journey JSON file, fetched with a loading indicator. A newer `src` aborts the older
   * request. An empty `src` is no source (an inline script, if any, is shown).
   */
  @property() src?: string | null;

  /** Show only this persona's touchpoints (and those for everyone); absent = all personas. */
  @property({ reflect: true }) persona?: string | null;

  /** Comma list of lanes to show, in order (e.g. `touchpoints,emotions,pain-points`); overrides the journey's `lanes`. */
  @property() lanes?: string | null;

  /**
   * `light` (default), `dark` or `auto` (follows the OS); passed to the nested elements.
   * @default 'light'
   */
  @property({ reflect: true }) theme?: Theme;

  /** `comfortable` (default) or `compact` (narrower columns, tighter cards). */
  @property({ reflect: true }) density: MapDensity = 'comfortable';

  /** Language of built-in labels and number formats (BCP 47); default the journey's `locale`, then `lang`. */
  @property() locale?: string;

  /**
   * Lets the user change the journey: keyboard editing, drag and drop, forms, undo and redo.
   * Every change fires `journey-change` with a JSON Patch. Without it the map is a viewer and
   * never loads the editing code.
   */
  @property({ type: Boolean, reflect: true }) editable = false;

  /**
   * How the map prints (attribute `print-layout`): `pages` (default) stacks the stages so the map
   * flows over as many pages as it needs, every cell saying its lane; `poster` keeps the wide
   * grid, every column, on one sheet as wide as the map (print it large or scale it in the dialog).
   * Either way every column is printed, in black and white, links as text.
   */
  @property({ attribute: 'print-layout', reflect: true }) printLayout: PrintLayout = 'pages';

  /** Level of the title heading, 1–6 (attribute `heading-level`). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel: 1 | 2 | 3 | 4 | 5 | 6 = 2;

  // -- Comparing with a baseline (docs/compare.md)

  /**
   * A baseline journey to compare with (property only): a model object or its JSON text, e.g. the
   * as-is map while `journey` is the to-be map. Wins over `baseline-src`. An invalid baseline
   * fires `journey-error` (problems prefixed `baseline:`) and the map keeps what it shows.
   */
  @property({ attribute: false }) baseline?: Journey | string | null;

  /**
   * URL of a baseline journey JSON file (attribute `baseline-src`), fetched like `src`: a newer
   * one aborts the older request.
   */
  @property({ attribute: 'baseline-src' }) baselineSrc?: string | null;

  /**
   * How a baseline is shown: `overlay` (the default whenever a baseline is set: removed
   * touchpoints as ghost columns in their old place, every touchpoint marked added, removed,
   * moved or changed with its changes in words, the baseline's emotion lines dotted over the
   * current ones) or `side-by-side` (the baseline's map beside this one, stacked when narrow,
   * scrolling together, the tab stop following by touchpoint id). Either way a summary above
   * the map says what changed. Nothing is compared while `editable`.
   */
  @property({ reflect: true }) compare?: CompareMode | null;

  /** The grid's accessible name (attribute `grid-label`); default the journey's title ("Current: …" side by side). */
  @property({ attribute: 'grid-label' }) gridLabel?: string | null;

  @state() private _journey: Journey | null = null;
  @state() private _problems: Problem[] = [];
  @state() private _problemsOpen = false;
  @state() private _announcement = '';
  /** A notice after an edit that can be undone from it (a removal). */
  @state() private _editNotice: string | null = null;
  /** Set once the editing module has loaded (on the first `editable` or `applyPatch`). */
  @state() private _editing: Editing | null = null;
  #editingLoad: Promise<Editing> | null = null;

  private readonly _i18n = new LocaleController(this, { contentLocale: () => this._journey?.locale });

  // Derived in willUpdate when journey, persona or lanes change; never on a focus move.
  #layout: MapLayout | null = null;
  #scale: ResolvedEmotionScale = { min: -3, max: 3, labels: {} };
  #lines: EmotionLine[] = [];
  #personas: Persona[] = [];
  /** The `persona` asked for when the journey has no such persona (all are shown instead). */
  #unknownPersona: string | null = null;
  /** Warnings already given, so each bad value warns once per element. */
  readonly #warned = new Set<string>();

  // Registration order is the order of their after-render work: cells are indexed and the panel
  // placed before the source's queued events reach listeners.
  readonly #geometry = new MapGeometryController(this, () => this.#window.update());
  readonly #window = new ColumnWindowController(this, this.#geometry, () => this.density === 'compact');
  readonly #focus = new GridFocusController(this, {
    layout: () => this.#layout,
    shape: (layout) => this.#shape(layout),
    dir: () => this._dir,
    buildColumn: (col) => this.hasUpdated && this.#window.build(col, col + 1),
    renderNow: () => this.performUpdate(),
    scroller: () => this.#geometry.scroller,
    activate: (id) => this.#details.open(id),
    editKey: (event, cell) => (this.editable && this._editing ? this._editing.commands.onKey(event, cell) : false),
    focused: (cell) => this.#cellFocused(cell, false),
  });
  readonly #details = new DetailsPanelController(this, {
    reference: (id) => {
      const col = this.#layout?.columnOf.get(id);
      return col === undefined ? undefined : this.#focus.cellElement(this.#layout!.lanes.indexOf('touchpoints'), col);
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
      this._problems = problems;
      if (problems.length === 0) return;
      this.#announce(this._i18n.msg.invalid(problemTotal(problems)));
      this.#source.queue(new JourneyErrorEvent({ problems }));
    },
    scroller: () => this.#geometry.scroller,
    moveTabStop: (id, lane) => this.focusTouchpoint(id, { focus: false, lane }),
    selectPersona: (persona) => this.#selectPersona(persona),
  });

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
    const layout = this.#layout;
    const col = layout?.columnOf.get(id);
    const row = layout ? layout.lanes.indexOf(lane && layout.lanes.includes(lane) ? lane : 'touchpoints') : -1;
    if (col === undefined || row < 0) return false;
    if (focus && this.#details.openId !== null) this.#details.close(false);
    this.#focus.moveTo({ row, col }, focus);
    return true;
  }

  /**
   * Undo and redo kept elsewhere (property only): set by a collaboration binding (`bindYjs`) so
   * that undo, redo and their keys undo only your own changes in a shared document. `null`: the
   * map keeps its own history.
   */
  @property({ attribute: false }) historyProvider: HistoryProvider | null = null;

  /**
   * Others on a shared map (property only), set by a collaboration binding: each person's
   * outline and name on the cell they are on, said to screen readers on that cell.
   */
  @property({ attribute: false }) presence: readonly PresencePeer[] = [];

  /** The connection to a shared document (property only), set by a collaboration binding: shown and announced. */
  @property({ attribute: false }) connection: ConnectionStatus | null = null;

  /**
   * The absolute URL of the module `collab` loads (it exports `connect`). The entry points set
   * it: `journeykit/journey-map.js` to its `collab/connect.js`, the one-file bundle to
   * `journeykit.collab.js` beside it. Set it to serve that file from elsewhere.
   */
  static collabModule = '';

  /**
   * The WebSocket URL of a collaboration server (`npx journeykit serve`, `wss://` on https pages).
   * With `room`, the map loads the collaboration module on demand, joins the room and shows the
   * connection; add `editable` to edit together.
   */
  @property() collab?: string | null;

  /** The room to join on the `collab` server: letters, digits, `-`, `_` and `.`. */
  @property() room?: string | null;

  /** A token the `collab` server asks for; a wrong one shows the map as refused. */
  @property({ attribute: 'collab-token' }) collabToken?: string | null;

  /** Your name on the others' maps in the room; "Guest" and a number when not set. */
  @property({ attribute: 'user-name' }) userName?: string | null;

  /** Whether `undo()` has a step to undo. */
  get canUndo(): boolean {
    return this._editing?.controller.canUndo ?? this.historyProvider?.canUndo ?? false;
  }

  /** Whether `redo()` has a step to redo. */
  get canRedo(): boolean {
    return this._editing?.controller.canRedo ?? this.historyProvider?.canRedo ?? false;
  }

  /** Undoes the last change made here (not changes applied with `applyPatch`). Returns whether anything changed. */
  undo(): boolean {
    return this._editing?.controller.undo() ?? this.historyProvider?.undo() ?? false;
  }

  /** Redoes the last undone change. Returns whether anything changed. */
  redo(): boolean {
    return this._editing?.controller.redo() ?? this.historyProvider?.redo() ?? false;
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
    const editing = await this.#loadEditing();
    return editing.controller.applyRemote(ops, origin);
  }

  #loadEditing(): Promise<Editing> {
    this.#editingLoad ??= import('./editing/module.js').then((module) => {
      const controller = new module.EditingController(this, {
        provider: () => this.historyProvider,
        journey: () => this._journey,
        show: (journey) => {
          this._journey = journey;
        },
        queue: (event) => this.#source.queue(event),
        announce: (text) => this.#announce(text),
        showProblems: (problems) => {
          if (problems.length === 0 && this._problems.length === 0) return;
          this._problems = problems;
          if (problems.length > 0) this.#announce(this._i18n.msg.invalid(problemTotal(problems)));
        },
        words: () => this.#editWords(),
      });
      const commands = new module.EditCommands({
        journey: () => this._journey,
        layout: () => this.#layout,
        i18n: this._i18n,
        words: () => this.#editWords(),
        dir: () => this._dir,
        editing: controller,
        announce: (text) => this.#announce(text),
        openForm: (id) => this.#details.open(id),
        removedNotice: (text) => {
          this._editNotice = text;
        },
        openStageForm: (id) => forms.openStage(id),
      });
      const forms = new module.EditFormController(this, {
        journey: () => this._journey,
        i18n: this._i18n,
        words: () => this.#editWords(),
        dir: () => this._dir,
        scale: () => this.#scale,
        headingLevel: () => this.headingLevel,
        editing: controller,
        announce: (text) => this.#announce(text),
        removedNotice: (text) => {
          this._editNotice = text;
        },
        openTouchpointId: () => this.#details.openId,
        openTouchpoint: (id) => this.#details.open(id),
        closeTouchpoint: (restoreFocus) => this.#details.close(restoreFocus),
        focusGrid: () => this.#focus.moveTo(this.#focus.active, true),
        focusStage: (id) => {
          const span = this.#layout?.stages.find((s) => s.stage.id === id);
          if (span) this.#focus.moveTo({ row: -1, col: span.start }, true);
        },
        stageHeader: (id) => {
          const k = this.#layout?.stages.findIndex((s) => s.stage.id === id) ?? -1;
          return this.shadowRoot?.querySelectorAll<HTMLElement>('.stage[data-row]')[k];
        },
      });
      const presence = new module.PresenceController(this, {
        cellOf: (id, lane) => {
          const layout = this.#layout;
          const col = layout?.columnOf.get(id);
          if (!layout || col === undefined) return undefined;
          const touchpoints = layout.lanes.indexOf('touchpoints');
          const row = lane ? layout.lanes.indexOf(lane) : touchpoints;
          return this.#focus.cellElement(row >= 0 ? row : touchpoints, col) ?? this.#focus.cellElement(touchpoints, col);
        },
        root: () => this.shadowRoot?.querySelector<HTMLElement>('.root') ?? null,
        scroller: () => this.#geometry.scroller,
        activeTouchpoint: () => this.#layout?.columns[this.#focus.active.col]?.touchpoint?.id ?? null,
        titleOf: (id) => {
          const tp = this._journey?.touchpoints.find((t) => t.id === id);
          return tp ? this._i18n.isolate(tp.title, this._dir) : null;
        },
        isolate: (text) => this._i18n.isolate(text, this._dir),
        words: () => this.#editWords(),
        announce: (text) => this.#announce(text),
      });
      const drag = new module.DragController(this, {
        enabled: () => this.editable,
        journey: () => this._journey,
        layout: () => this.#layout,
        renderRoot: () => this.shadowRoot,
        i18n: this._i18n,
        dir: () => this._dir,
        narrow: () => this.#geometry.narrow,
        compact: () => this.density === 'compact',
        words: () => this.#editWords(),
        editing: controller,
        announce: (text) => this.#announce(text),
        focusTouchpoint: (id) => this.focusTouchpoint(id),
      });
      this._editing = { module, controller, commands, presence, forms, drag };
      return this._editing;
    });
    return this.#editingLoad;
  }

  #editWords(): ReturnType<EditModule['editMessagesFor']> {
    return this._editing!.module.editMessagesFor(this._i18n.locale, this._i18n.tag);
  }

  #apply(result: LoadResult | null): void {
    // A journey from a source (not an edit) is a new document: a new history.
    this._editing?.controller.reset();
    this._editNotice = null;
    if (result === null) {
      // No source at all: nothing to show.
      this._journey = null;
      this._problems = [];
    } else if (result.ok) {
      this._journey = result.journey;
      this._problems = [];
      this._problemsOpen = false;
      this.#source.queue(new JourneyLoadEvent({ journey: result.journey }));
    } else {
      // Keep what is shown; report.
      this._problems = result.problems;
      this.#announce(this._i18n.msg.invalid(problemTotal(result.problems)));
      this.#source.queue(new JourneyErrorEvent({ problems: result.problems }));
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const shared = this.presence.length > 0 || this.connection !== null;
    if ((this.editable || shared) && !this.#editingLoad) void this.#loadEditing();
    if (this._editing && (changed.has('presence') || changed.has('_editing' as keyof JourneyMap))) this._editing.presence.setPeers(this.presence);
    if (this._editing && (changed.has('connection') || changed.has('_editing' as keyof JourneyMap))) this._editing.presence.setConnection(this.connection);
    if (!this.hasUpdated || changed.has('journey') || changed.has('src')) this.#source.resolve();
    const compared = this.#compare.update();
    this.#geometry.measureOnce();
    const changedState = changed as Map<PropertyKey, unknown>;
    if (changedState.has('_journey') || changed.has('persona') || changed.has('lanes') || compared) this.#relayout(changedState.has('_journey'));
    const open = this.#details.openId !== null ? this.#layout?.columnOf.get(this.#details.openId) : undefined;
    this.#window.prepare(this.#layout?.columns.length ?? 0, [this.#focus.active.col, open ?? -1]);
  }

  protected override updated(): void {
    this.toggleAttribute('narrow', this.#geometry.narrow);
  }

  #relayout(newJourney: boolean): void {
    const journey = this._journey;
    const before = this.#layout;
    if (!journey) {
      this.#layout = null;
      this.#details.close(false);
      return;
    }
    const layout = computeLayout(journey, { persona: this.persona, lanes: this.lanes, ghosts: this.#compare.ghosts });
    this.#layout = layout;
    this.#scale = emotionScaleOf(journey);
    this.#lines = emotionLinesFor(journey, layout, journey.title);
    this.#personas = coloredPersonas(journey);
    this.#unknownPersona = this.persona && layout.persona === null ? this.persona : null;
    if (this.#unknownPersona !== null && !this.#warned.has(`persona\u0000${this.#unknownPersona}`)) {
      this.#warned.add(`persona\u0000${this.#unknownPersona}`);
      const known = (journey.personas ?? []).map((p) => p.id).join(', ') || 'none';
      console.warn(`journey-map: ignoring persona ${JSON.stringify(this.#unknownPersona)}: the journey has no such persona (it has: ${known})`);
    }
    this.#focus.relayout(before, layout);
    const open = this.#details.openId;
    if (open !== null) {
      if (layout.columnOf.has(open)) this.#details.reposition();
      else this.#details.close(false);
    }
    if (!newJourney && before && before.persona !== layout.persona) {
      const msg = this._i18n.msg;
      const persona = journey.personas?.find((p) => p.id === layout.persona);
      this.#announce(persona ? msg.showingPersona(this._i18n.isolate(persona.name, this._dir)) : msg.showingAllPersonas);
    }
  }

  /** The navigation shape: the data cells plus the headers that can take focus now. */
  #shape(layout: MapLayout): GridShape {
    // Stacked, the lane headers are not shown (each cell says its lane): they cannot take focus.
    return { ...layout.shape, headerRow: true, headerColumn: !this.#geometry.narrow };
  }

  #announce(text: string): void {
    // A trailing no-break space toggles so the same sentence twice is still a change to announce.
    this._announcement = this._announcement === text ? `${text}\u00a0` : text;
  }

  private get _dir(): 'ltr' | 'rtl' {
    const d = this._journey?.dir;
    return d === 'ltr' || d === 'rtl' ? d : this._i18n.dir;
  }

  protected override render(): TemplateResult {
    const journey = this._journey;
    const layout = this.#layout;
    const msg = this._i18n.msg;
    const dir = this._dir;
    const geometry = this.#geometry;
    return html`<div class="root" dir=${dir} lang=${journey?.locale ?? this._i18n.tag}>
      ${this.#source.loading || this.#compare.loading ? renderLoading(msg) : nothing} ${this._editing?.presence.renderConnection() ?? nothing}
      ${this._problems.length > 0 ? renderProblems(msg, this._problems, this._problemsOpen, this.#toggleProblems) : nothing}
      ${journey && this.#unknownPersona !== null
        ? html`<p part="notice" class="notice">${msg.unknownPersona(this._i18n.isolate(this.#unknownPersona, dir))}</p>`
        : nothing}
      ${journey && layout ? this.#compare.renderSummary() : nothing}
      ${this.#compare.renderPanes(
        journey && layout
          ? guard(
              [journey, layout, this._i18n.tag, dir, this.theme, this.density, geometry.narrow, geometry.geometry, this.headingLevel, this.#window.version, this.editable && this._editing !== null, this.#compare.version, this.gridLabel],
              () => this.#renderMap(journey, layout, dir),
            )
          : nothing,
      )}
      ${this._editNotice && this._editing
        ? renderEditNotice({
            text: this._editNotice,
            words: this.#editWords(),
            canUndo: this.canUndo,
            onUndo: this.#undoFromNotice,
            onDismiss: this.#dismissNotice,
          })
        : nothing}
      ${this._editing?.presence.renderLayer() ?? nothing} ${this._editing?.drag.renderLayer() ?? nothing}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this._announcement}</div>
      ${this.#renderDetailsPanel()} ${this.editable ? (this._editing?.forms.renderPanel() ?? nothing) : nothing}
    </div>`;
  }

  #undoFromNotice = (): void => {
    this._editNotice = null;
    this.undo();
    // The notice's button is gone: focus back to the grid's active cell.
    void this.updateComplete.then(() => this.#focus.moveTo(this.#focus.active, true));
  };

  #dismissNotice = (): void => {
    this._editNotice = null;
    void this.updateComplete.then(() => this.#focus.moveTo(this.#focus.active, true));
  };

  #toggleProblems = (): void => {
    this._problemsOpen = !this._problemsOpen;
  };

  #renderMap(journey: Journey, layout: MapLayout, dir: 'ltr' | 'rtl'): TemplateResult {
    // Runs only when the guard's inputs change: then the cells must be indexed again after render.
    this.#focus.gridRendered();
    const i18n = this._i18n;
    return html`
      ${renderHeader({
        journey,
        layout,
        i18n,
        dir,
        theme: this.theme,
        headingLevel: this.headingLevel,
        personas: this.#personas,
        onSelectPersona: this.#selectPersona,
        editTools: this.editable && this._editing ? this._editing.forms.renderTools() : undefined,
      })}
      ${layout.touchpointCount === 0 ? html`<p part="empty" class="empty">${i18n.msg.empty}</p>` : nothing}
      ${renderGrid({
        journey,
        layout,
        i18n,
        dir,
        narrow: this.#geometry.narrow,
        compact: this.density === 'compact',
        theme: this.theme,
        scale: this.#scale,
        lines: this.#lines,
        personas: this.#personas,
        geometry: this.#geometry.geometry,
        columns: this.#window.columns,
        onScroll: this.#geometry.onScroll,
        onKeydown: this.#focus.onKeydown,
        onClick: this.#focus.onClick,
        onFocusin: this.#focus.onFocusin,
        editingHint: this.editable && this._editing ? this.#editWords().editingHint : undefined,
        stageTools: this.editable && this._editing ? (stage) => this._editing!.forms.renderStageTools(stage) : undefined,
        emotionHandles: this.editable && this._editing ? this._editing.module.renderEmotionHandles : undefined,
        label: this.gridLabel || this.#compare.currentLabel(journey),
        compare: this.#compare.grid(layout),
      })}
    `;
  }

  #renderDetailsPanel(): TemplateResult | typeof nothing {
    const journey = this._journey;
    const layout = this.#layout;
    const id = this.#details.openId;
    const col = id !== null ? layout?.columnOf.get(id) : undefined;
    if (!journey || !layout || col === undefined) return nothing;
    const column = layout.columns[col]!;
    const touchpoint = column.touchpoint!;
    const next: NextStep[] = layout.edges
      .filter((e) => e.from === touchpoint.id)
      .map((e) => ({ touchpoint: layout.columns[e.toCol]!.touchpoint!, loop: e.toCol <= e.fromCol }));
    const forms = this.editable ? this._editing?.forms : undefined;
    return html`<div part="details" class="details" role="dialog" aria-labelledby=${DETAILS_TITLE_ID} @focusout=${this.#details.onFocusout}>
      ${forms ? forms.renderTouchpointForm(touchpoint, () => this.#details.close(true)) : renderDetails({
        journey,
        touchpoint,
        stage: layout.stages[column.stage]!.stage,
        scale: this.#scale,
        i18n: this._i18n,
        next,
        headingLevel: this.headingLevel,
        onClose: () => this.#details.close(true),
        onGoTo: (to) => {
          this.#details.close(false);
          this.focusTouchpoint(to);
        },
      })}
    </div>`;
  }

  /** Tells a binding where focus is now (presence): the cell, and whether its form is open. */
  #cellFocused(cell: { row: number; col: number }, editing: boolean): void {
    const layout = this.#layout;
    if (!layout) return;
    const column = cell.col >= 0 ? layout.columns[cell.col] : undefined;
    this.dispatchEvent(
      new CellFocusEvent({
        touchpoint: column?.touchpoint?.id ?? null,
        stage: column ? layout.stages[column.stage]!.stage.id : null,
        lane: cell.row >= 0 ? (layout.lanes[cell.row] ?? null) : null,
        editing,
      }),
    );
  }

  #touchpointSelected(id: string): void {
    const layout = this.#layout;
    const col = layout?.columnOf.get(id);
    if (!layout || col === undefined) return;
    const column = layout.columns[col]!;
    this.dispatchEvent(new TouchpointSelectEvent({ touchpoint: column.touchpoint!, stage: layout.stages[column.stage]!.stage }));
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
