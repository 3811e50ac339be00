import type { Meta } from '@storybook/web-components-vite';
import { html, noChange, type TemplateResult } from 'lit';
import { AsyncDirective, directive, type PartInfo, PartType } from 'lit/async-directive.js';
import type { ElementPart, PropertyPart } from 'lit';
import type { Journey, LiveMetricValue } from '../src/model/index.js';
import { arabicPage, darkPage } from './support/decorators.js';
import { journeyMapPage, renderJourneyMap, type JourneyMapArgs, type JourneyMapStory } from './support/render.js';

/**
 * Live metrics on `<journey-map>`: `metricValues` replaces the value of every metric with that
 * `id` — in the metrics lane, the stage headers, the journey's metrics and the cards — and only
 * those chips draw again. Each shows its status against its target in words and a shape, a
 * sparkline of its `series` with the trend in words, and "as of" its time; with `stale-after`,
 * values older than that are marked out of date. A status change is announced; a new value
 * alone is not. See docs/live-metrics.md.
 */
export default { ...journeyMapPage, title: 'Components/journey-map/Live metrics', tags: ['autodocs'] } satisfies Meta<JourneyMapArgs>;

/** A checkout journey whose metrics have ids for live values. */
const checkout: Journey = {
  version: 1,
  title: 'Online checkout',
  locale: 'en',
  metrics: [{ id: 'delivery-nps', kind: 'nps', value: 24, target: 30, asOf: '2026-11-30T09:00:00Z' }],
  stages: [
    { id: 'cart', name: 'Cart', metrics: [{ id: 'cart-conversion', kind: 'conversion', value: 0.62, target: 0.6 }] },
    { id: 'pay', name: 'Payment' },
    { id: 'after', name: 'After the order' },
  ],
  lanes: ['touchpoints', 'emotions', 'metrics'],
  touchpoints: [
    { id: 'basket', stage: 'cart', title: 'Reviews the basket', channel: 'web', emotion: 1, metrics: [{ id: 'checkout-conversion', kind: 'conversion', value: 0.42, target: 0.5 }] },
    { id: 'card', stage: 'pay', title: 'Pays by card', channel: 'web', emotion: -1, metrics: [{ id: 'payment-csat', kind: 'csat', value: 4.1, target: 4 }] },
    { id: 'receipt', stage: 'after', title: 'Gets the receipt', channel: 'email', emotion: 2, metrics: [{ id: 'receipt-open', kind: 'conversion', value: 0.7 }] },
  ],
};

/** The values each metric steps through, one step per tick (the page code below has the same). */
const STEPS: Record<string, number[]> = {
  'checkout-conversion': [0.44, 0.47, 0.52, 0.49, 0.45, 0.41],
  'payment-csat': [4.1, 4.3, 3.8, 3.5, 3.9, 4.2],
  'receipt-open': [0.68, 0.71, 0.74, 0.72, 0.69, 0.66],
};

/** A value measured long ago: with `stale-after="PT15M"` it shows as out of date. */
const STALE: Record<string, LiveMetricValue> = { 'delivery-nps': { value: 31, asOf: '2026-11-30T09:00:00Z' } };

/** The live values at a tick: each metric's value and its last six steps as the series. */
function valuesAt(tick: number): Record<string, LiveMetricValue> {
  const values: Record<string, LiveMetricValue> = { ...STALE };
  for (const [id, steps] of Object.entries(STEPS)) {
    const series = Array.from({ length: 6 }, (_, i) => steps[(tick + i) % steps.length]!);
    values[id] = { value: series[5]!, series };
  }
  return values;
}

/** Milliseconds between ticks. */
const TICK_MS = 4000;

/**
 * Sets the map's `metricValues` to `valuesAt(tick)` every `TICK_MS`: the interval runs only while
 * the story is on the page (cleared when Storybook unmounts it, or when the map has left the page).
 */
class TickingValues extends AsyncDirective {
  #timer: ReturnType<typeof setInterval> | undefined;
  #tick = 0;
  #element: Element | undefined;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.PROPERTY) throw new Error('ticking() sets a property');
  }

  render(): Record<string, LiveMetricValue> {
    return valuesAt(this.#tick);
  }

  override update(part: PropertyPart | ElementPart): unknown {
    this.#element = part.element;
    if (!this.#timer && this.isConnected) this.#start();
    return this.#tick === 0 ? this.render() : noChange;
  }

  #start(): void {
    this.#timer = setInterval(() => {
      if (!this.#element?.isConnected) return this.#stop();
      this.#tick++;
      this.setValue(valuesAt(this.#tick));
    }, TICK_MS);
  }

  #stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  protected override disconnected(): void {
    this.#stop();
  }

  protected override reconnected(): void {
    this.#start();
  }
}
const ticking = directive(TickingValues);

/** What "Show code" adds: the page sets new values on a timer as a dashboard would. */
const PAGE_CODE = html`<template data-page-code>
  <script type="module">
    const map = document.querySelector('journey-map');
    const steps = {
      'checkout-conversion': [0.44, 0.47, 0.52, 0.49, 0.45, 0.41],
      'payment-csat': [4.1, 4.3, 3.8, 3.5, 3.9, 4.2],
      'receipt-open': [0.68, 0.71, 0.74, 0.72, 0.69, 0.66],
    };
    const stale = { 'delivery-nps': { value: 31, asOf: '2026-11-30T09:00:00Z' } };
    let tick = 0;
    setInterval(() => {
      tick++;
      const values = { ...stale };
      for (const [id, list] of Object.entries(steps)) {
        const series = Array.from({ length: 6 }, (_, i) => list[(tick + i) % list.length]);
        values[id] = { value: series[5], series };
      }
      map.metricValues = values;
    }, 4000);
  </script>
</template>`;

const renderTicking = (args: JourneyMapArgs): TemplateResult => html`${renderJourneyMap({ ...args, metricValues: ticking() })}${PAGE_CODE}`;

/**
 * New values every four seconds (`metricValues` set on an interval). Checkout conversion and
 * payment CSAT cross their targets now and then: the status word and shape change and the live
 * region says so. Delivery NPS was measured days ago: with `stale-after="PT15M"` it is out of
 * date. Receipt opens have no target: value and trend only.
 */
export const Ticking: JourneyMapStory = {
  name: 'Ticking',
  args: { journey: checkout, 'stale-after': 'PT15M' },
  render: renderTicking,
};

/** The same, right to left in Arabic on a dark page: the sparklines run right to left, as the columns do. */
export const ArabicDark: JourneyMapStory = {
  tags: ['!autodocs'],
  name: 'Arabic, dark theme',
  args: { journey: { ...checkout, locale: 'ar', dir: 'rtl' }, theme: 'dark', 'stale-after': 'PT15M' },
  render: renderTicking,
  decorators: [darkPage, arabicPage],
};
