import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { JourneyErrorEvent } from '../../../events/index.js';
import type { LocaleController } from '../../../i18n/index.js';
import type { Journey, Metric } from '../../../model/core.js';
import { parseIsoDuration } from '../../../model/iso-duration.js';
import { metricStatus, type LiveMetricValue, type MetricStatusKind } from '../../../model/metric-status.js';
import { warnOnce, type WarnOnce } from '../../shared/warn-once.js';
import { LatestFetch } from '../latest-fetch.js';
import { nextFetchDelay, readLiveValues, sameLiveValue, type LiveValuesResult } from '../live-values.js';

/** Where live metrics get the time and their timers: the system's, or a test's. */
export interface LiveClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The system clock: `Date.now()` and the window's timers. */
export const systemClock: LiveClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => window.setTimeout(callback, ms),
  clearTimeout: (handle) => window.clearTimeout(handle as number),
};

/** A metric chip on the map that shows a live value (`templates/metric-chip.ts`). */
export interface LiveChip {
  /** The metric's id: the key of its live value (`undefined`: never live, may still turn stale). */
  readonly id: string | undefined;
  /** Draw again from the store. */
  redraw(): void;
  /** When what it shows turns stale (epoch ms), if ever. */
  staleAt(): number | undefined;
}

/**
 * The live values the chips read, keyed by metric id, with a set of subscribed chips per id: a
 * change to one id draws only the chips of that id again, never the grid. Two layers: values the
 * host gives (`metricValues`) win over fetched ones (`metrics-src`) id by id.
 */
export class LiveMetricStore {
  readonly #given = new Map<string, LiveMetricValue>();
  readonly #fetched = new Map<string, LiveMetricValue>();
  readonly #byId = new Map<string, Set<LiveChip>>();
  readonly #chips = new Set<LiveChip>();
  readonly #clock: () => LiveClock;
  #staleAfterMs: number | null = null;
  #timer: unknown = null;
  #timerAt = Infinity;
  #scheduled = false;
  #running = false;

  constructor(clock: () => LiveClock) {
    this.#clock = clock;
  }

  /** The value shown for `id`: the host's, else the fetched one. */
  get(id: string | undefined): LiveMetricValue | undefined {
    if (id === undefined) return undefined;
    return this.#given.get(id) ?? this.#fetched.get(id);
  }

  /** The last fetched value of `id` (a refresh that skips its entry keeps it). */
  fetched(id: string): LiveMetricValue | undefined {
    return this.#fetched.get(id);
  }

  /** Now, by the clock in use. */
  now(): number {
    return this.#clock().now();
  }

  /** How old a value may be before it is stale (ms), from `stale-after`; `null`: never stale. */
  get staleAfterMs(): number | null {
    return this.#staleAfterMs;
  }

  set staleAfterMs(ms: number | null) {
    if (ms === this.#staleAfterMs) return;
    this.#staleAfterMs = ms;
    for (const chip of this.#chips) chip.redraw();
    this.#scheduleStaleCheck();
  }

  /** Adds a chip; returns its removal. */
  subscribe(chip: LiveChip): () => void {
    const id = chip.id;
    this.#chips.add(chip);
    if (id !== undefined) {
      let set = this.#byId.get(id);
      if (!set) this.#byId.set(id, (set = new Set()));
      set.add(chip);
    }
    this.#scheduleStaleCheck();
    return () => {
      this.#chips.delete(chip);
      if (id !== undefined) {
        const set = this.#byId.get(id);
        set?.delete(chip);
        if (set?.size === 0) this.#byId.delete(id);
      }
    };
  }

  /**
   * Replaces one layer's values. Returns the ids whose shown value changed, each with the value
   * shown before; only their chips are drawn again.
   */
  replace(layer: 'given' | 'fetched', values: ReadonlyMap<string, LiveMetricValue>): Map<string, LiveMetricValue | undefined> {
    const target = layer === 'given' ? this.#given : this.#fetched;
    const ids = new Set<string>([...target.keys(), ...values.keys()]);
    const before = new Map<string, LiveMetricValue | undefined>();
    for (const id of ids) before.set(id, this.get(id));
    target.clear();
    for (const [id, value] of values) target.set(id, value);
    const changed = new Map<string, LiveMetricValue | undefined>();
    for (const [id, old] of before) {
      if (sameLiveValue(old, this.get(id))) continue;
      changed.set(id, old);
      const chips = this.#byId.get(id);
      if (chips) for (const chip of chips) chip.redraw();
    }
    if (changed.size > 0) this.#scheduleStaleCheck();
    return changed;
  }

  /** Stops the staleness timer (the map left the page); {@link resume} starts it again. */
  pause(): void {
    this.#running = false;
    this.#clearTimer();
  }

  resume(): void {
    this.#running = true;
    this.#scheduleStaleCheck();
  }

  /**
   * Arms one timer for the next moment a chip turns stale, and only when one can: with
   * `stale-after` set and a chip whose value is not stale yet. Checked once per batch of changes.
   */
  #scheduleStaleCheck(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      this.#armTimer();
    });
  }

  #armTimer(): void {
    if (!this.#running || this.#staleAfterMs === null) {
      this.#clearTimer();
      return;
    }
    const now = this.now();
    let next = Infinity;
    for (const chip of this.#chips) {
      const at = chip.staleAt();
      if (at !== undefined && at > now && at < next) next = at;
    }
    if (next === this.#timerAt) return;
    this.#clearTimer();
    if (next === Infinity) return;
    this.#timerAt = next;
    const clock = this.#clock();
    this.#timer = clock.setTimeout(() => {
      this.#timer = null;
      this.#timerAt = Infinity;
      const at = this.now();
      for (const chip of this.#chips) {
        const due = chip.staleAt();
        if (due !== undefined && due <= at && due >= next) chip.redraw();
      }
      this.#armTimer();
      // Stale means older than the limit: one millisecond past it.
    }, next - now + 1);
  }

  #clearTimer(): void {
    if (this.#timer !== null) this.#clock().clearTimeout(this.#timer);
    this.#timer = null;
    this.#timerAt = Infinity;
  }
}

/** The element live metrics read. */
export type LiveMetricsHost = ReactiveControllerHost &
  HTMLElement & {
    metricValues?: unknown;
    metricsSrc?: string | null;
    refresh?: number | null;
    staleAfter?: string | null;
  };

/** What the controller asks of the element. */
export interface LiveMetricsOptions {
  /** The journey shown: its metrics are what a status change is said of. */
  journey: () => Journey | null;
  i18n: LocaleController;
  dir: () => 'ltr' | 'rtl';
  /** Says a sentence in the map's live region. */
  announce: (text: string) => void;
}

/** Largest `metrics-src` response read, in characters. */
const MAX_RESPONSE_LENGTH = 5_000_000;
/** Announced one by one up to this many status changes at once; more are counted. */
const MAX_NAMED_CHANGES = 3;

/** Where a metric is: its owner's name for an announcement (journey metrics have none). */
interface PlacedMetric {
  metric: Metric;
  owner: string | undefined;
}

/**
 * Live metric values on `<journey-map>`: the `metricValues` property, the `metrics-src` URL
 * fetched every `refresh` seconds, and `stale-after`. Owns the {@link LiveMetricStore} the chips
 * read. Fetching: a new `metrics-src` or `refresh` aborts the request under way and starts again;
 * errors double the wait up to `MAX_BACKOFF_MS`; nothing is fetched while the page is hidden
 * and a due fetch runs when it shows again; a disconnect aborts and stops every timer. Errors fire
 * `journey-error` and keep the values shown. A live value's status change (met, close, missed)
 * is announced once per batch.
 */
export class LiveMetricsController implements ReactiveController {
  /** The time source of every map's live metrics (replace it in tests to move time by hand). */
  static clock: LiveClock = systemClock;

  readonly store = new LiveMetricStore(() => LiveMetricsController.clock);

  readonly #host: LiveMetricsHost;
  readonly #options: LiveMetricsOptions;
  readonly #warn: WarnOnce = warnOnce('journey-map');
  #appliedValues: unknown = undefined;
  #appliedStaleAfter: string | null | undefined = undefined;
  #source: { url: string; refreshMs: number } | null = null;
  readonly #fetch = new LatestFetch(fetchLiveValues, (result: LiveValuesResult) => this.#land(result));
  #timer: unknown = null;
  /** When the next fetch is due (epoch ms), `null` when none is. */
  #dueAt: number | null = null;
  #failures = 0;
  /** The last problems reported, so a refresh with the same problems does not report them again. */
  #lastReport = '';
  #connected = false;
  #indexed: { journey: Journey; byId: Map<string, PlacedMetric[]> } | null = null;

  constructor(host: LiveMetricsHost, options: LiveMetricsOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.store.resume();
    // A fetch stopped by a disconnect starts again.
    if (this.#source) this.#start();
  }

  hostDisconnected(): void {
    this.#connected = false;
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.store.pause();
    this.#stop();
  }

  hostUpdate(): void {
    const host = this.#host;
    if (host.staleAfter !== this.#appliedStaleAfter) {
      this.#appliedStaleAfter = host.staleAfter;
      this.store.staleAfterMs = this.#staleAfterMs(host.staleAfter);
    }
    if (host.metricValues !== this.#appliedValues) {
      this.#appliedValues = host.metricValues;
      this.#applyGiven(host.metricValues);
    }
    const url = host.metricsSrc?.trim() || null;
    const refreshMs = typeof host.refresh === 'number' && Number.isFinite(host.refresh) && host.refresh > 0 ? host.refresh * 1000 : 0;
    if (url !== (this.#source?.url ?? null) || refreshMs !== (this.#source?.refreshMs ?? 0)) {
      this.#stop();
      this.#source = url ? { url, refreshMs } : null;
      this.#failures = 0;
      this.#lastReport = '';
      if (!url) this.#applyFetched(new Map());
      else if (this.#connected) this.#start();
    }
  }

  #staleAfterMs(text: string | null | undefined): number | null {
    if (text === null || text === undefined || text.trim() === '') return null;
    const ms = parseIsoDuration(text.trim());
    if (ms === null) {
      this.#warn('stale-after', text, `${JSON.stringify(text.slice(0, 64))} is not an ISO 8601 duration such as PT15M or P1D (years and months are not allowed)`);
    }
    return ms;
  }

  #applyGiven(input: unknown): void {
    if (input === null || input === undefined) {
      this.#announceChanges(this.store.replace('given', new Map()));
      return;
    }
    const { values, problems } = readLiveValues(input, 'metricValues');
    // The host's own data: a console warning, as for its other ignored input (journey-error is for sources the host cannot see).
    for (const p of problems) this.#warn(`metricValues${p.path ? ` at ${p.path}` : ''}`, p.message, p.message.replace(/^metricValues: /, ''));
    this.#announceChanges(this.store.replace('given', values));
  }

  #applyFetched(values: Map<string, LiveMetricValue>): void {
    this.#announceChanges(this.store.replace('fetched', values));
  }

  // -- metrics-src

  #hidden(): boolean {
    return document.visibilityState === 'hidden';
  }

  #start(): void {
    if (this.#hidden()) {
      this.#dueAt = LiveMetricsController.clock.now();
      return;
    }
    this.#fetchNow();
  }

  #stop(): void {
    this.#fetch.cancel();
    this.#clearTimer();
    this.#dueAt = null;
  }

  #clearTimer(): void {
    if (this.#timer !== null) LiveMetricsController.clock.clearTimeout(this.#timer);
    this.#timer = null;
  }

  #onVisibility = (): void => {
    if (this.#hidden()) {
      // Paused: the due time is kept, the timer dropped.
      this.#clearTimer();
      return;
    }
    if (this.#dueAt === null || this.#fetch.loading) return;
    const wait = this.#dueAt - LiveMetricsController.clock.now();
    if (wait <= 0) this.#fetchNow();
    else this.#arm(wait);
  };

  #arm(ms: number): void {
    this.#clearTimer();
    this.#timer = LiveMetricsController.clock.setTimeout(() => {
      this.#timer = null;
      if (!this.#hidden()) this.#fetchNow();
    }, ms);
  }

  /** Plans the next fetch after one finished (`ok`: it brought values). */
  #scheduleNext(ok: boolean): void {
    this.#failures = ok ? 0 : this.#failures + 1;
    const delay = nextFetchDelay(this.#source?.refreshMs ?? 0, this.#failures);
    if (delay === null) {
      this.#dueAt = null;
      return;
    }
    this.#dueAt = LiveMetricsController.clock.now() + delay;
    if (!this.#hidden()) this.#arm(delay);
  }

  #fetchNow(): void {
    const source = this.#source;
    if (!source) return;
    this.#clearTimer();
    this.#dueAt = null;
    void this.#fetch.start(source.url);
  }

  /** The newest fetch's result (a response that could not be read at all is a whole-source problem). */
  #land({ values, skipped, problems }: LiveValuesResult): void {
    const whole = problems.some((p) => p.path === '' && p.severity === 'error' && p.omitted === undefined) && values.size === 0;
    if (!whole) {
      // A skipped entry keeps the value it had.
      for (const id of skipped) {
        const last = this.store.fetched(id);
        if (last) values.set(id, last);
      }
      this.#applyFetched(values);
    }
    const key = problems.map((p) => `${p.path}\u0000${p.message}`).join('\u0001');
    if (problems.length > 0 && key !== this.#lastReport) this.#host.dispatchEvent(new JourneyErrorEvent({ problems }));
    this.#lastReport = key;
    this.#scheduleNext(!whole);
  }

  // -- announcements

  /** The journey's metrics by id, with their owners' names; built once per journey. */
  #metricsById(journey: Journey): Map<string, PlacedMetric[]> {
    if (this.#indexed?.journey === journey) return this.#indexed.byId;
    const byId = new Map<string, PlacedMetric[]>();
    const add = (metrics: readonly Metric[] | undefined, owner: string | undefined): void => {
      for (const metric of metrics ?? []) {
        if (metric.id === undefined) continue;
        let list = byId.get(metric.id);
        if (!list) byId.set(metric.id, (list = []));
        list.push({ metric, owner });
      }
    };
    add(journey.metrics, undefined);
    for (const stage of journey.stages) add(stage.metrics, stage.name);
    for (const tp of journey.touchpoints) add(tp.metrics, tp.title);
    this.#indexed = { journey, byId };
    return byId;
  }

  /**
   * Says which metrics changed status (met, close, missed) from one live value to the next: not
   * every new value, and not the first live value replacing the journey's (a page load would
   * read out every metric). Up to three are named, more are counted.
   */
  #announceChanges(changed: Map<string, LiveMetricValue | undefined>): void {
    const journey = this.#options.journey();
    if (!journey || changed.size === 0) return;
    const byId = this.#metricsById(journey);
    const { i18n } = this.#options;
    const msg = i18n.msg;
    const p = msg.punctuation;
    const said: string[] = [];
    let count = 0;
    for (const [id, before] of changed) {
      const now = this.store.get(id);
      if (!before || !now) continue;
      for (const { metric, owner } of byId.get(id) ?? []) {
        const from: MetricStatusKind = metricStatus(metric, before).status;
        const to: MetricStatusKind = metricStatus(metric, now).status;
        if (from === to || to === 'no-target') continue;
        count++;
        if (said.length < MAX_NAMED_CHANGES) {
          const name = i18n.formatMetric(metric).name;
          const label = owner === undefined ? name : `${i18n.isolate(owner, this.#options.dir())}${p.separator}${name}`;
          said.push(p.labelled(label, msg.metricStatuses[to]));
        }
      }
    }
    if (count === 0) return;
    this.#options.announce(count > MAX_NAMED_CHANGES ? msg.metricStatusChanges(count) : said.join(p.listSeparator));
  }
}

/**
 * Fetches and reads `metrics-src` (never from the cache). Resolves `null` when `signal` aborted;
 * a response that cannot be read resolves as one whole-source problem and no values.
 */
async function fetchLiveValues(url: string, signal: AbortSignal): Promise<LiveValuesResult | null> {
  const where = `metrics-src ${url}`;
  const failed = (message: string): LiveValuesResult => ({
    values: new Map(),
    skipped: new Set(),
    problems: [{ path: '', message: `${where}: ${message}`, severity: 'error' }],
  });
  let text: string;
  try {
    const response = await fetch(new URL(url, document.baseURI), { signal, cache: 'no-store', headers: { Accept: 'application/json' } });
    if (!response.ok) {
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      throw new Error(`the server answered ${status}`);
    }
    text = await response.text();
  } catch (error) {
    return signal.aborted ? null : failed(`could not load (${errorText(error)})`);
  }
  if (signal.aborted) return null;
  if (text.length > MAX_RESPONSE_LENGTH) return failed(`the response is over ${MAX_RESPONSE_LENGTH} characters`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return failed(`not JSON (${errorText(error)})`);
  }
  return readLiveValues(data, where);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
