/**
 * One metric chip: the value against its target with its status in words and a shape, a
 * sparkline of its live series with the trend in words, when it was measured and whether that
 * is out of date. Drawn through `liveMetric`, an async directive that subscribes to its metric's
 * id in the map's live store: a new live value draws this chip again and nothing else.
 * `liveTouchpoint` does the same for the values a touchpoint's card shows.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { AsyncDirective, directive, type DirectiveResult } from 'lit/async-directive.js';
import type { LocaleController } from '../../../i18n/index.js';
import { metricStatusIcon, staleIcon } from '../../../icons/index.js';
import type { Metric, Touchpoint } from '../../../model/core.js';
import { metricStatus, type LiveMetricValue } from '../../../model/metric-status.js';
import type { LiveChip, LiveMetricStore } from '../controllers/live-metrics.js';
import { sparklinePath, staleAt, trendOf } from '../live-values.js';

const hidden = (text: string): TemplateResult => html`<span class="visually-hidden">${text}</span>`;

/** Sparkline box, px. */
const SPARK_WIDTH = 48;
const SPARK_HEIGHT = 16;

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** "1 Dec 2026, 11:50" in the map's language, in the reader's time zone. */
function formatTime(tag: string, time: number): string {
  let format = dateFormats.get(tag);
  if (!format) dateFormats.set(tag, (format = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' })));
  return format.format(time);
}

/**
 * A metric's chip content as `<li>`. What it says is one hidden sentence, in the order shown:
 * "CSAT: 2.9, target 4, target missed, trending down, as of 1 Dec 2026, 11:50, out of date"; the
 * pieces that show it (text, shapes, the sparkline) are hidden from assistive technology. One
 * hidden span a chip, not a separator after every piece: a header of 200 live chips lays out
 * again in a fraction of the time. `last`: no list separator after it.
 */
export function metricChip(
  metric: Metric,
  live: LiveMetricValue | undefined,
  i18n: LocaleController,
  now: number,
  staleAfterMs: number | null,
  last: boolean,
): TemplateResult {
  const msg = i18n.msg;
  const p = msg.punctuation;
  const shown = live ? { ...metric, value: live.value } : metric;
  const read = metricStatus(metric, live, { now, staleAfter: staleAfterMs ?? undefined });
  const path = sparklinePath(read.series, SPARK_WIDTH, SPARK_HEIGHT);
  const time = read.asOf === undefined ? Number.NaN : Date.parse(read.asOf);
  const value = i18n.formatMetric(shown).text;
  const said = [value];
  if (read.status !== 'no-target' || live) said.push(msg.metricStatuses[read.status]);
  if (path) said.push(msg.trends[trendOf(read.series)]);
  const asOf = Number.isNaN(time) ? null : msg.asOf(formatTime(i18n.tag, time));
  if (asOf) said.push(asOf);
  if (read.stale) said.push(msg.stale);
  return html`<li
    class="chip metric${live ? ' live' : ''}${read.stale ? ' stale' : ''}"
    part="metric${live ? ' metric-live' : ''}${read.stale ? ' metric-stale' : ''}"
    data-status=${read.status}
  >${hidden(said.join(p.separator) + (last ? '' : p.listSeparator))}<span class="metric-value" aria-hidden="true">${value}</span>${read.status === 'no-target'
      ? nothing
      : html`<span class="metric-status" aria-hidden="true">${metricStatusIcon(read.status)}${msg.metricStatuses[read.status]}</span>`}${path
      ? html`<svg class="spark" aria-hidden="true" focusable="false" viewBox="0 0 ${SPARK_WIDTH} ${SPARK_HEIGHT}" width=${SPARK_WIDTH} height=${SPARK_HEIGHT}>${svg`<path d=${path} />`}</svg>`
      : nothing}${asOf ? html`<span class="metric-as-of" aria-hidden="true">${asOf}</span>` : nothing}${read.stale
      ? html`<span class="metric-stale" aria-hidden="true">${staleIcon()}${msg.stale}</span>`
      : nothing}</li>`;
}

/** What a chip draws with, besides its metric. */
interface ChipInputs {
  store: LiveMetricStore;
  metric: Metric;
  i18n: LocaleController;
  last: boolean;
}

class LiveMetricDirective extends AsyncDirective implements LiveChip {
  #inputs: ChipInputs | undefined;
  #unsubscribe: (() => void) | undefined;

  get id(): string | undefined {
    return this.#inputs?.metric.id;
  }

  render(store: LiveMetricStore, metric: Metric, i18n: LocaleController, last: boolean): TemplateResult {
    const before = this.#inputs;
    this.#inputs = { store, metric, i18n, last };
    if (this.isConnected && (!this.#unsubscribe || before?.store !== store || before.metric.id !== metric.id)) this.#subscribe();
    return this.#draw();
  }

  redraw(): void {
    if (this.isConnected && this.#inputs) this.setValue(this.#draw());
  }

  staleAt(): number | undefined {
    const inputs = this.#inputs;
    if (!inputs) return undefined;
    const live = inputs.store.get(inputs.metric.id);
    return staleAt(live ? live.asOf : inputs.metric.asOf, inputs.store.staleAfterMs);
  }

  #draw(): TemplateResult {
    const { store, metric, i18n, last } = this.#inputs!;
    return metricChip(metric, store.get(metric.id), i18n, store.now(), store.staleAfterMs, last);
  }

  #subscribe(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = this.#inputs!.store.subscribe(this);
  }

  protected override disconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  protected override reconnected(): void {
    this.#subscribe();
    this.redraw();
  }
}

/** A metric's chip, kept current from the live store. */
export const liveMetric: (store: LiveMetricStore, metric: Metric, i18n: LocaleController, last: boolean) => DirectiveResult<typeof LiveMetricDirective> =
  directive(LiveMetricDirective);

/** `tp` with the live values of its metrics, or `tp` itself when none has one (so a card keeps its input). */
function withLiveValues(store: LiveMetricStore, tp: Touchpoint): Touchpoint {
  const metrics = tp.metrics;
  if (!metrics?.some((m) => store.get(m.id) !== undefined)) return tp;
  return {
    ...tp,
    metrics: metrics.map((m) => {
      const live = store.get(m.id);
      return live ? { ...m, value: live.value } : m;
    }),
  };
}

class LiveTouchpointDirective extends AsyncDirective {
  #inputs: { store: LiveMetricStore; tp: Touchpoint } | undefined;
  #unsubscribe: (() => void)[] = [];

  render(store: LiveMetricStore, tp: Touchpoint): Touchpoint {
    const before = this.#inputs;
    this.#inputs = { store, tp };
    if (this.isConnected && (before?.store !== store || before.tp !== tp)) this.#subscribe();
    return withLiveValues(store, tp);
  }

  #subscribe(): void {
    this.#drop();
    const { store, tp } = this.#inputs!;
    const ids = new Set((tp.metrics ?? []).map((m) => m.id).filter((id): id is string => id !== undefined));
    const redraw = (): void => {
      if (this.isConnected && this.#inputs) this.setValue(withLiveValues(this.#inputs.store, this.#inputs.tp));
    };
    for (const id of ids) this.#unsubscribe.push(store.subscribe({ id, redraw, staleAt: () => undefined }));
  }

  #drop(): void {
    for (const off of this.#unsubscribe) off();
    this.#unsubscribe = [];
  }

  protected override disconnected(): void {
    this.#drop();
  }

  protected override reconnected(): void {
    this.#subscribe();
    this.setValue(withLiveValues(this.#inputs!.store, this.#inputs!.tp));
  }
}

/**
 * A touchpoint for its `<touchpoint-card>`, its metrics' values replaced by their live values and
 * kept current: only the cards whose metric ids change get a new touchpoint.
 */
export const liveTouchpoint: (store: LiveMetricStore, tp: Touchpoint) => DirectiveResult<typeof LiveTouchpointDirective> = directive(LiveTouchpointDirective);
