/**
 * The public properties of `<journey-map>`: what a host sets. `JourneyMap` extends this class and
 * wires them to its controllers; keeping the inputs apart keeps the element's file about behaviour.
 */
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { Journey } from '../../model/core.js';
import type { LiveMetricValue } from '../../model/metric-status.js';
import type { Theme } from '../../theme/index.js';
import type { CompareMode } from './controllers/compare.js';
import type { HistoryProvider } from './controllers/editing.js';
import type { ConnectionStatus, PresencePeer } from './controllers/presence.js';

/** How much room columns get. */
export type MapDensity = 'comfortable' | 'compact';

/** How the map goes onto paper. */
export type PrintLayout = 'pages' | 'poster';

/** The inputs of `<journey-map>`; see `JourneyMap`. */
export class JourneyMapProperties extends LitElement {
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

  /**
   * Live metric values (property only), keyed by metric id: `{ [id]: { value, asOf?, series? } }`.
   * Each replaces the value of every journey, stage and touchpoint metric with that `id`; only
   * those chips are drawn again (the journey is not validated again). An entry that is not of
   * that shape is skipped with a console warning. Wins, id by id, over `metrics-src`.
   * See docs/live-metrics.md.
   */
  @property({ attribute: false }) metricValues?: Record<string, LiveMetricValue> | null;

  /**
   * URL of live metric values in the shape of `metricValues`, fetched on connect and every
   * `refresh` seconds (not while the page is hidden; errors back off). Errors fire `journey-error`
   * and keep the values shown.
   */
  @property({ attribute: 'metrics-src' }) metricsSrc?: string | null;

  /** Seconds between fetches of `metrics-src`; without it, `metrics-src` is fetched once. */
  @property({ type: Number }) refresh?: number | null;

  /**
   * How old a metric's value may be (its `asOf`) before it is marked out of date: an ISO 8601
   * duration such as `PT15M` or `P1D` (attribute `stale-after`). Marks update as time passes.
   */
  @property({ attribute: 'stale-after' }) staleAfter?: string | null;

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
}
