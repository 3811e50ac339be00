import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CellFocusEvent, PersonaChangeEvent } from '../../../events/index.js';
import type { LocaleController } from '../../../i18n/index.js';
import { compareJourneys, type JourneyComparison, type TouchpointComparison } from '../../../model/compare.js';
import { LANE_IDS, lanesToShow, type Journey, type LaneId, type Problem } from '../../../model/core.js';
import type { Theme } from '../../../theme/index.js';
import { LatestFetch } from '../latest-fetch.js';
import { baselineLinesFor, type Ghosts, type MapLayout } from '../layout.js';
import { fetchJourney, readJourney, type LoadResult } from '../load.js';
import { renderNote, renderPanes, renderStageNote, renderSummary, summaryItems, summarySentence, type CompareGrid } from '../templates/compare.js';

/** How the map shows a comparison with its baseline. */
export type CompareMode = 'overlay' | 'side-by-side';

/** The element a comparison reads. */
export type CompareHost = ReactiveControllerHost &
  HTMLElement & {
    /** The `baseline` property: a journey object or its JSON text. */
    baseline?: unknown;
    /** The `baseline-src` attribute. */
    baselineSrc?: string | null;
    /** The `compare` attribute. */
    compare?: string | null;
    /** Lit's: whether the first render is done. */
    hasUpdated: boolean;
    editable: boolean;
    theme?: Theme | undefined;
    density: string;
    lanes?: string | null | undefined;
    persona?: string | null | undefined;
    headingLevel: number;
  };

/** How the controller talks to the map. */
export interface CompareOptions {
  /** The journey the map shows. */
  current: () => Journey | null;
  i18n: LocaleController;
  dir: () => 'ltr' | 'rtl';
  announce: (text: string) => void;
  /** A baseline failed: its problems (the map keeps what it shows); `[]` when a good one follows a failed one. */
  problems: (problems: Problem[]) => void;
  /** The map's own scroller. */
  scroller: () => HTMLElement | null;
  /** Moves the map's tab stop (not focus) to a touchpoint's cell in `lane`. */
  moveTabStop: (id: string, lane: LaneId | null) => void;
  /** The user chose a persona in the baseline pane's legend. */
  selectPersona: (persona: string | null) => void;
}

/**
 * Set on the nested baseline map by its host: the host announces what changes in both panes (a
 * persona chosen in either legend filters both), so the nested map says nothing itself and a
 * screen reader hears each change once.
 */
export const quietMap: unique symbol = Symbol('quiet map');

/** What the nested baseline map offers its host. */
interface BaselineMap extends HTMLElement {
  [quietMap]: boolean;
  updateComplete: Promise<boolean>;
  focusTouchpoint(id: string, options?: { focus?: boolean; lane?: LaneId | null }): boolean;
}

const MODES: readonly string[] = ['overlay', 'side-by-side'];

/**
 * Every lane either journey shows, as a `lanes` list, or `null` when they show the same ones.
 * Neither journey orders its lanes: the usual order; else the current one's first.
 */
function sharedLanes(current: Journey, baseline: Journey): string | null {
  const mine = lanesToShow(current);
  const theirs = lanesToShow(baseline);
  if (theirs.every((lane) => mine.includes(lane)) && mine.every((lane) => theirs.includes(lane))) return null;
  const either = new Set([...mine, ...theirs]);
  const ordered = current.lanes || baseline.lanes ? [...either] : LANE_IDS.filter((lane) => either.has(lane));
  return ordered.join(',');
}

/**
 * The map's comparison with a baseline journey (`docs/compare.md`): reads the baseline from the
 * `baseline` property or the `baseline-src` URL (fetched with abort, checked like any journey
 * source), compares it with the shown journey (`compareJourneys`), and gives the map what to
 * draw: ghost columns and the baseline's emotion lines (overlay), the marks and change words of
 * each touchpoint cell, the summary above the map (announced when it appears or changes), and
 * side by side a nested baseline map whose scroll position and tab stop follow the map's, and
 * the other way round. Not drawn while the map is `editable`: edits work on the current journey's
 * own columns.
 */
export class CompareController implements ReactiveController {
  /** Bumped whenever what the map draws for the comparison changes (a guard input). */
  version = 0;

  readonly #host: CompareHost;
  readonly #options: CompareOptions;
  #baseline: Journey | null = null;
  /** The last baseline source failed: its problems are shown until a good one arrives. */
  #failed = false;
  #appliedProperty: unknown = undefined;
  readonly #fetch: LatestFetch<LoadResult>;

  #comparison: JourneyComparison | null = null;
  /** Side by side, the lanes both panes show when they differ (`lanes()`); made once per comparison. */
  #sharedLanes: string | null = null;
  #byId = new Map<string, TouchpointComparison>();
  #compared: { baseline: Journey; current: Journey; mode: CompareMode } | null = null;
  /** The summary's words, for the language and direction they were made in. */
  #summary: { title: string; items: string[]; sentence: string; words: string } | null = null;
  /** What the grid draws, per layout, for the language and direction it was made in. */
  #grids = new WeakMap<MapLayout, CompareGrid & { words: string }>();
  #warnedMode: string | null = null;

  #scrollers: [HTMLElement, HTMLElement] | null = null;
  /** A scroller just moved by us: its next scroll event is the echo, not the user. */
  #echo: HTMLElement | null = null;

  constructor(host: CompareHost, options: CompareOptions) {
    this.#host = host;
    this.#options = options;
    this.#fetch = new LatestFetch(
      fetchJourney,
      (result) => {
        this.#take(result);
        this.#host.requestUpdate();
      },
      () => host.requestUpdate(),
    );
    host.addController(this);
    // The host's own focus moves, told by its `cell-focus` (the nested map's stop at its pane).
    host.addEventListener('cell-focus', this.#onFocus as EventListener);
  }

  /** A `baseline-src` fetch is under way. */
  get loading(): boolean {
    return this.#fetch.loading;
  }

  hostConnected(): void {
    // A baseline-src fetch the disconnect cut short starts again.
    if (this.#host.hasUpdated && this.#host.baselineSrc && this.#fetch.requested === null) this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    // Unfinished: start again on reconnect.
    if (this.#fetch.loading) this.#fetch.cancel();
    this.#unbindScroll();
  }

  hostUpdated(): void {
    if (this.mode === 'side-by-side') {
      const nested = this.#baselineMap();
      if (nested) nested[quietMap] = true;
      void this.#bindScroll();
    } else this.#unbindScroll();
  }

  /** The mode in effect, or `null` when nothing is compared (no baseline, or editing). */
  get mode(): CompareMode | null {
    return this.#comparison ? (this.#compared?.mode ?? null) : null;
  }

  /**
   * Reads the baseline source and compares; called in the host's `willUpdate`, after its journey
   * source. Returns whether the comparison changed, so the map lays out again.
   */
  update(): boolean {
    this.#resolveSource();
    const baseline = this.#baseline;
    const current = this.#options.current();
    const mode = this.#modeAsked();
    const next = baseline && current && !this.#host.editable ? { baseline, current, mode } : null;
    const before = this.#compared;
    if (next?.baseline === before?.baseline && next?.current === before?.current && next?.mode === before?.mode) return false;
    this.#compared = next;
    this.#comparison = next ? compareJourneys(next.baseline, next.current) : null;
    this.#sharedLanes = next?.mode === 'side-by-side' ? sharedLanes(next.current, next.baseline) : null;
    this.#byId = new Map((this.#comparison?.touchpoints ?? []).map((t) => [t.id, t] as const));
    this.#grids = new WeakMap();
    this.version++;
    this.#summary = null;
    const summary = this.#summaryNow();
    // Said when it appears or changes; a new mode over the same journeys is no news.
    if (summary && (before?.baseline !== next?.baseline || before?.current !== next?.current)) this.#options.announce(summary.sentence);
    return true;
  }

  /** The ghost columns the layout adds: the removed touchpoints and stages, overlay only. */
  get ghosts(): Ghosts | null {
    const c = this.#comparison;
    if (!c || this.mode !== 'overlay') return null;
    return {
      touchpoints: c.touchpoints.filter((t) => t.kind === 'removed' && t.from).map((t) => ({ touchpoint: t.baseline!, stage: t.from!.stage, index: t.from!.index })),
      stages: c.stages.filter((s) => s.kind === 'removed').map((s) => ({ stage: s.baseline!, index: s.from! })),
    };
  }

  /** What the grid draws for the comparison over `layout`, or `undefined` when nothing is compared. */
  grid(layout: MapLayout): CompareGrid | undefined {
    const c = this.#comparison;
    const compared = this.#compared;
    if (!c || !compared) return undefined;
    const i18n = this.#options.i18n;
    const dir = this.#options.dir();
    const words = `${i18n.tag}|${dir}`;
    let grid = this.#grids.get(layout);
    if (grid?.words !== words) {
      const stageKinds = new Map(c.stages.map((s) => [s.id, s.kind] as const));
      grid = {
        words,
        key: `${this.version}|${words}`,
        note: (col) => (col.touchpoint ? renderNote(this.#byId.get(col.touchpoint.id), i18n, dir) : nothing),
        stageNote: (span, id) => {
          const kind = stageKinds.get(span.stage.id);
          return renderStageNote(kind === 'added' || kind === 'removed' ? kind : null, id, i18n);
        },
        baselineLines: compared.mode === 'overlay' ? baselineLinesFor(compared.baseline, layout, compared.baseline.title) : [],
      };
      this.#grids.set(layout, grid);
    }
    return grid;
  }

  /**
   * The lanes to show for the host's `lanes`. Side by side without it, both panes show every lane
   * either journey shows (the current journey's order, the baseline's others after), so their rows
   * line up and a lane empty on one side is there to see.
   */
  lanes(hostLanes: string | null | undefined): string | null | undefined {
    return hostLanes || this.#sharedLanes || hostLanes;
  }

  /** The summary above the map. */
  renderSummary(): TemplateResult | typeof nothing {
    const summary = this.#summaryNow();
    return summary ? renderSummary(summary.title, summary.items, this.mode === 'overlay' ? this.#options.i18n.msg.baselineLineKey : null) : nothing;
  }

  /** The name of the map's own grid: "Current: …" side by side, else `undefined` (the journey's title). */
  currentLabel(journey: Journey): string | undefined {
    if (this.mode !== 'side-by-side') return undefined;
    return this.#options.i18n.msg.currentGrid(this.#options.i18n.isolate(journey.title, this.#options.dir()));
  }

  /** The map as drawn: alone, or side by side with the baseline's. */
  renderPanes(map: unknown): unknown {
    const compared = this.#compared;
    if (this.mode !== 'side-by-side' || !compared) return map;
    const host = this.#host;
    const i18n = this.#options.i18n;
    return renderPanes(
      {
        journey: compared.baseline,
        label: i18n.msg.baselineGrid(i18n.isolate(compared.baseline.title, this.#options.dir())),
        locale: i18n.tag,
        theme: host.theme,
        density: host.density,
        lanes: this.lanes(host.lanes),
        persona: host.persona,
        headingLevel: host.headingLevel,
        onCellFocus: this.#onBaselineFocus,
        onPersonaChange: this.#onBaselinePersona,
        onQuiet: (event) => event.stopPropagation(),
      },
      map,
    );
  }

  /** The map's own focus moved (its `cell-focus`): the baseline pane's tab stop follows, by id. */
  readonly #onFocus = (event: CellFocusEvent): void => {
    if (this.mode !== 'side-by-side' || event.target !== this.#host) return;
    const { touchpoint, lane } = event.detail;
    if (touchpoint) this.#baselineMap()?.focusTouchpoint(touchpoint, { focus: false, lane });
  };

  readonly #onBaselineFocus = (event: Event): void => {
    // The nested map is this map's own part: its events are not the page's.
    event.stopPropagation();
    const { touchpoint, lane } = (event as CellFocusEvent).detail;
    if (touchpoint) this.#options.moveTabStop(touchpoint, lane);
  };

  readonly #onBaselinePersona = (event: Event): void => {
    event.stopPropagation();
    this.#options.selectPersona((event as PersonaChangeEvent).detail.persona);
  };

  #baselineMap(): BaselineMap | null {
    return this.#host.shadowRoot?.querySelector<BaselineMap>('.baseline-map') ?? null;
  }

  #summaryNow(): { title: string; items: string[]; sentence: string } | null {
    const c = this.#comparison;
    const compared = this.#compared;
    if (!c || !compared) return null;
    const i18n = this.#options.i18n;
    const dir = this.#options.dir();
    const words = `${i18n.tag}|${dir}`;
    if (this.#summary?.words !== words) {
      const title = i18n.msg.comparedWith(i18n.isolate(compared.baseline.title, dir));
      const items = summaryItems(c, compared.baseline, compared.current, i18n, dir);
      this.#summary = { title, items, sentence: summarySentence(title, items, i18n), words };
    }
    return this.#summary;
  }

  #modeAsked(): CompareMode {
    const asked = this.#host.compare?.trim();
    if (!asked) return 'overlay';
    if (MODES.includes(asked)) return asked as CompareMode;
    if (this.#warnedMode !== asked) {
      this.#warnedMode = asked;
      console.warn(`journey-map: ignoring compare ${JSON.stringify(asked)}: it is overlay or side-by-side (showing overlay)`);
    }
    return 'overlay';
  }

  // -- the baseline source: the property wins over baseline-src, like journey over src

  #resolveSource(): void {
    const host = this.#host;
    const value = host.baseline;
    if (value !== null && value !== undefined) {
      this.#fetch.cancel();
      if (value !== this.#appliedProperty) {
        this.#appliedProperty = value;
        this.#take(readJourney(value));
      }
      return;
    }
    this.#appliedProperty = undefined;
    if (host.baselineSrc) {
      if (host.baselineSrc !== this.#fetch.requested && host.isConnected) void this.#fetch.start(host.baselineSrc);
      return;
    }
    this.#fetch.cancel();
    this.#baseline = null;
    this.#clearFailure();
  }

  #take(result: LoadResult): void {
    if (result.ok) {
      this.#baseline = result.journey;
      this.#clearFailure();
      return;
    }
    // Keep the comparison shown; say which source failed.
    this.#failed = true;
    this.#options.problems(result.problems.map((p) => ({ ...p, message: `baseline: ${p.message}` })));
  }

  #clearFailure(): void {
    if (!this.#failed) return;
    this.#failed = false;
    this.#options.problems([]);
  }

  // -- side by side: one scroll position for both panes

  async #bindScroll(): Promise<void> {
    const inner = this.#baselineMap();
    if (!inner) return;
    await inner.updateComplete;
    const mine = this.#options.scroller();
    const theirs = inner.shadowRoot?.querySelector<HTMLElement>('.scroller') ?? null;
    if (!mine || !theirs || this.mode !== 'side-by-side') return;
    if (this.#scrollers?.[0] === mine && this.#scrollers[1] === theirs) return;
    this.#unbindScroll();
    this.#scrollers = [mine, theirs];
    mine.addEventListener('scroll', this.#onScroll, { passive: true });
    theirs.addEventListener('scroll', this.#onScroll, { passive: true });
  }

  #unbindScroll(): void {
    if (!this.#scrollers) return;
    for (const s of this.#scrollers) s.removeEventListener('scroll', this.#onScroll);
    this.#scrollers = null;
    this.#echo = null;
  }

  readonly #onScroll = (event: Event): void => {
    const from = event.currentTarget as HTMLElement;
    if (from === this.#echo) {
      this.#echo = null;
      return;
    }
    const to = this.#scrollers?.[0] === from ? this.#scrollers[1] : this.#scrollers?.[0];
    if (!to || (to.scrollLeft === from.scrollLeft && to.scrollTop === from.scrollTop)) return;
    this.#echo = to;
    to.scrollTo({ left: from.scrollLeft, top: from.scrollTop, behavior: 'instant' });
    // A scroll clamped to where it already was fires no event: the echo expires before the next
    // frame (scroll events are dispatched before animation frame callbacks).
    requestAnimationFrame(() => {
      if (this.#echo === to) this.#echo = null;
    });
  };
}
