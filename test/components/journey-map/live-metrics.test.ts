/** Live metric values on `<journey-map>`: `metricValues`, `metrics-src`, `refresh`, `stale-after`. */
import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import { LiveMetricsController, systemClock, type LiveClock } from '../../../src/components/journey-map/controllers/live-metrics.js';
import type { JourneyErrorDetail } from '../../../src/components/journey-map/journey-map.js';
import type { Journey } from '../../../src/model/index.js';
import { captureWarnings } from '../../helpers/console.js';
import { axAll, deepText, liveText, mapFixture, nameOf, panel, record, settle, touchpointCell, type AxNode, type JourneyMap } from './helpers.js';

const NOW = Date.parse('2026-12-01T12:00:00Z');
const minutesAgo = (m: number): string => new Date(NOW - m * 60_000).toISOString();

function liveJourney(extra: Partial<Journey> = {}): Journey {
  return {
    version: 1,
    title: 'Live checkout',
    metrics: [{ id: 'nps', kind: 'nps', value: 20, target: 40 }],
    stages: [
      { id: 'browse', name: 'Browse', metrics: [{ id: 'reach', kind: 'conversion', value: 0.3, target: 0.25 }] },
      { id: 'pay', name: 'Pay' },
    ],
    touchpoints: [
      { id: 'cart', stage: 'browse', title: 'Fills the cart', metrics: [{ id: 'conv', kind: 'conversion', value: 0.42, target: 0.5 }] },
      { id: 'card', stage: 'pay', title: 'Pays by card', metrics: [{ id: 'csat', kind: 'csat', value: 4.5, target: 4 }, { kind: 'ces', value: 2 }] },
    ],
    ...extra,
  };
}

/** A clock whose time moves only when told: `advance` runs the timers that fall due, in order. */
class ManualClock implements LiveClock {
  time = NOW;
  #next = 1;
  readonly timers = new Map<number, { at: number; callback: () => void }>();
  now(): number {
    return this.time;
  }
  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.#next++;
    this.timers.set(id, { at: this.time + ms, callback });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }
  /** Waits of the timers armed now, from now, shortest first. */
  waits(): number[] {
    return [...this.timers.values()].map((t) => t.at - this.time).sort((a, b) => a - b);
  }
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const due = [...this.timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.time = due[1].at;
      due[1].callback();
    }
    this.time = end;
  }
}

/** The metrics lane's cell of a touchpoint. */
function metricsCell(el: JourneyMap, id: string): HTMLElement {
  const col = touchpointCell(el, id).dataset['col'];
  return el.shadowRoot!.querySelector<HTMLElement>(`.lane-metrics .cell[data-col="${col}"]`)!;
}

const flush = async (el: JourneyMap): Promise<void> => {
  await el.updateComplete;
  // The staleness timer is planned in a microtask after a batch of changes.
  await Promise.resolve();
  await Promise.resolve();
};

describe('journey-map live metrics', () => {
  let clock: ManualClock;
  beforeEach(() => {
    clock = new ManualClock();
    LiveMetricsController.clock = clock;
  });
  afterEach(() => {
    LiveMetricsController.clock = systemClock;
  });

  it('names metric cells with the status against the target in words, with a shape beside the word', async () => {
    const el = await mapFixture(liveJourney());
    const tree = (await a11ySnapshot({})) as unknown as AxNode;
    // Said as one sentence, with no stray space before its commas ("50% , target missed").
    const names = axAll(tree, (n) => n.role === 'gridcell' && n.name.includes('Metrics')).map((n) => n.name);
    expect(names).to.include('Browse, Fills the cart, Metrics: Conversion: 42%, target 50%, target missed');
    expect(names).to.include('Pay, Pays by card, Metrics: CSAT: 4.5, target 4, target met; Customer effort: 2');
    const chip = metricsCell(el, 'cart').querySelector('.chip')!;
    expect(chip.querySelector('.metric-status [data-icon="metric-missed"]')).to.not.equal(null);
    expect(metricsCell(el, 'card').querySelector('[data-icon="metric-met"]')).to.not.equal(null);
    // Journey and stage metrics too.
    const header = el.shadowRoot!.querySelector('.journey-metrics')!;
    expect(nameOf(header)).to.contain('NPS: +20, target +40, target missed');
    expect(nameOf(el.shadowRoot!.querySelector('.stage-about')!)).to.contain('Conversion: 30%, target 25%, target met');
  });

  it('shows a metricValues change in that chip only: the same cell, the journey not read again', async () => {
    const el = await mapFixture(liveJourney());
    const events = record(el, 'journey-load', 'journey-error');
    const cell = metricsCell(el, 'cart');
    const chip = cell.querySelector('.chip')!;
    const other = metricsCell(el, 'card').querySelector('.chip')!;
    const otherValue = other.querySelector('.metric-value')!.firstChild;
    const card = (id: string) => touchpointCell(el, id).querySelector('touchpoint-card')!;
    const otherTouchpoint = card('card').touchpoint;
    el.metricValues = { conv: { value: 0.48, asOf: minutesAgo(10), series: [0.4, 0.44, 0.48] } };
    await flush(el);
    expect(metricsCell(el, 'cart')).to.equal(cell);
    expect(cell.querySelector('.chip')).to.equal(chip);
    expect(other.querySelector('.metric-value')!.firstChild, 'another chip is not drawn again').to.equal(otherValue);
    const time = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(NOW - 10 * 60_000);
    expect(nameOf(cell)).to.equal(`Browse, Fills the cart, Metrics: Conversion: 48%, target 50%, close to target, trending up, as of ${time}`);
    expect(chip.getAttribute('part')).to.equal('metric metric-live');
    const spark = chip.querySelector('svg.spark')!;
    expect(spark.getAttribute('aria-hidden')).to.equal('true');
    expect(spark.querySelector('path')!.getAttribute('d')).to.match(/^M0,14.5L24,\d/);
    // The touchpoint's card shows the live value too; the other card keeps its very touchpoint.
    await card('cart').updateComplete;
    expect(deepText(card('cart'))).to.contain('Conversion 48%');
    expect(card('card').touchpoint).to.equal(otherTouchpoint);
    expect(events).to.deep.equal([]);
    expect(el.toJSON()!.touchpoints[0]!.metrics![0]!.value, 'the journey keeps its own value').to.equal(0.42);
    // The details panel follows the same value.
    el.focusTouchpoint('cart');
    touchpointCell(el, 'cart').click();
    await settle(el);
    expect(nameOf(panel(el)!)).to.contain('Conversion: 48%, target 50%, close to target');
    el.metricValues = { conv: { value: 0.51 } };
    await flush(el);
    expect(nameOf(panel(el)!)).to.contain('Conversion: 51%, target 50%, target met');
    // Taking the values away shows the journey's again.
    el.metricValues = null;
    await flush(el);
    expect(nameOf(cell)).to.equal('Browse, Fills the cart, Metrics: Conversion: 42%, target 50%, target missed');
  });

  it('matches live values by id on journey, stage and touchpoint metrics', async () => {
    const el = await mapFixture(liveJourney());
    el.metricValues = { nps: { value: 45 }, reach: { value: 0.2 } };
    await flush(el);
    expect(nameOf(el.shadowRoot!.querySelector('.journey-metrics')!)).to.contain('NPS: +45, target +40, target met');
    expect(nameOf(el.shadowRoot!.querySelector('.stage-about')!)).to.contain('Conversion: 20%, target 25%, target missed');
  });

  it('announces a live value changing status, not every new value, and not the first live value', async () => {
    const el = await mapFixture(liveJourney());
    el.metricValues = { conv: { value: 0.4 } };
    await flush(el);
    expect(liveText(el), 'the first live value is not announced').to.equal('');
    el.metricValues = { conv: { value: 0.41 } };
    await flush(el);
    expect(liveText(el), 'the same status').to.equal('');
    el.metricValues = { conv: { value: 0.55 } };
    await flush(el);
    expect(liveText(el)).to.equal('Fills the cart, Conversion: target met');
    el.metricValues = { conv: { value: 0.56 } };
    await flush(el);
    expect(liveText(el)).to.equal('Fills the cart, Conversion: target met');
  });

  it('skips a bad metricValues entry with one located warning, and shows the rest', async () => {
    const el = await mapFixture(liveJourney());
    const warnings = await captureWarnings(async () => {
      el.metricValues = { conv: { value: 'high' }, csat: { value: 3.1 }, nps: { value: 50, series: [1, Number.NaN] } } as never;
      await flush(el);
      el.metricValues = { conv: { value: 'high' }, csat: { value: 3.2 } } as never;
      await flush(el);
    });
    expect(warnings).to.deep.equal([
      'journey-map: ignoring metricValues at /conv/value: skipped: "value" must be a finite number',
      'journey-map: ignoring metricValues at /nps/series/1: skipped: "series" must hold finite numbers only',
    ]);
    expect(nameOf(metricsCell(el, 'card'))).to.contain('CSAT: 3.2, target 4, target missed');
    expect(nameOf(metricsCell(el, 'cart'))).to.contain('Conversion: 42%');
  });

  it('marks values older than stale-after as out of date as time passes, with one timer cleared on disconnect', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><journey-map stale-after="PT15M" .journey=${liveJourney()}></journey-map></div>`);
    const el = wrapper.querySelector('journey-map')!;
    await settle(el);
    expect(clock.waits(), 'nothing can turn stale yet').to.deep.equal([]);
    el.metricValues = { conv: { value: 0.48, asOf: minutesAgo(10) }, csat: { value: 4.2, asOf: minutesAgo(20) } };
    await flush(el);
    const cart = metricsCell(el, 'cart');
    expect(nameOf(metricsCell(el, 'card'))).to.contain('CSAT: 4.2, target 4, target met, as of ').and.to.contain(', out of date; Customer effort: 2');
    expect(metricsCell(el, 'card').querySelector('.chip')!.getAttribute('part')).to.equal('metric metric-live metric-stale');
    expect(metricsCell(el, 'card').querySelector('[data-icon="stale"]')).to.not.equal(null);
    expect(nameOf(cart)).not.to.contain('out of date');
    expect(clock.waits(), 'one timer, for when the next value turns stale').to.deep.equal([5 * 60_000 + 1]);
    clock.advance(5 * 60_000 + 1);
    await flush(el);
    expect(nameOf(cart)).to.match(/, out of date$/);
    expect(cart.querySelector('.chip.stale')).to.not.equal(null);
    expect(clock.waits(), 'nothing left to turn stale').to.deep.equal([]);
    // A fresh value: a timer again, dropped when the map leaves the page.
    el.metricValues = { conv: { value: 0.49, asOf: new Date(clock.time - 60_000).toISOString() } };
    await flush(el);
    expect(clock.waits()).to.deep.equal([14 * 60_000 + 1]);
    el.remove();
    expect(clock.waits()).to.deep.equal([]);
  });

  it('treats a stale-after that is not a duration as none, with a warning', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await mapFixture(liveJourney());
      el.staleAfter = 'P1M';
      el.metricValues = { conv: { value: 0.48, asOf: minutesAgo(60 * 24 * 90) } };
      await flush(el);
      expect(nameOf(metricsCell(el, 'cart'))).not.to.contain('out of date');
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^journey-map: ignoring stale-after: "P1M" is not an ISO 8601 duration/);
  });

  describe('metrics-src', () => {
    let originalFetch: typeof window.fetch;
    let calls: { url: string; signal: AbortSignal; respond: (response: Response) => void; fail: (error: Error) => void }[];
    beforeEach(() => {
      originalFetch = window.fetch;
      calls = [];
      window.fetch = (input, init) =>
        new Promise<Response>((resolve, reject) => {
          const signal = init!.signal!;
          signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
          calls.push({ url: String(input), signal, respond: resolve, fail: reject });
        });
    });
    afterEach(() => {
      window.fetch = originalFetch;
      delete (document as { visibilityState?: unknown }).visibilityState;
    });
    const json = (data: unknown, status = 200): Response => new Response(JSON.stringify(data), { status, headers: { 'Content-Type': 'application/json' } });
    const answered = async (el: JourneyMap): Promise<void> => {
      // The response's body is read, then values go to the chips.
      for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve));
      await flush(el);
    };
    async function liveMap(src: string, refresh?: number): Promise<JourneyMap> {
      const wrapper = await fixture<HTMLDivElement>(html`<div><journey-map metrics-src=${src} refresh=${refresh ?? ''} .journey=${liveJourney()}></journey-map></div>`);
      const el = wrapper.querySelector('journey-map')!;
      await settle(el);
      return el;
    }

    it('fetches every refresh seconds and aborts the request under way when metrics-src changes', async () => {
      const el = await liveMap('/live/a.json', 30);
      expect(calls.map((c) => new URL(c.url).pathname)).to.deep.equal(['/live/a.json']);
      calls[0]!.respond(json({ conv: { value: 0.47 } }));
      await answered(el);
      expect(nameOf(metricsCell(el, 'cart'))).to.contain('Conversion: 47%');
      expect(clock.waits()).to.deep.equal([30_000]);
      clock.advance(30_000);
      expect(calls).to.have.length(2);
      el.setAttribute('metrics-src', '/live/b.json');
      await flush(el);
      expect(calls[1]!.signal.aborted, 'the older request is aborted').to.equal(true);
      expect(new URL(calls[2]!.url).pathname).to.equal('/live/b.json');
      calls[2]!.respond(json({ conv: { value: 0.51 } }));
      await answered(el);
      expect(nameOf(metricsCell(el, 'cart'))).to.contain('Conversion: 51%, target 50%, target met');
      el.remove();
      expect(clock.waits(), 'no timer after a disconnect').to.deep.equal([]);
    });

    it('fires journey-error on failures, keeps the values shown and backs off', async () => {
      const el = await liveMap('/live/a.json', 30);
      const errors = record<CustomEvent<JourneyErrorDetail>>(el, 'journey-error');
      calls[0]!.respond(json({ conv: { value: 0.47 } }));
      await answered(el);
      clock.advance(30_000);
      calls[1]!.respond(new Response('oops', { status: 503, statusText: 'Service Unavailable' }));
      await answered(el);
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.problems).to.deep.equal([
        { path: '', message: 'metrics-src /live/a.json: could not load (the server answered 503 Service Unavailable)', severity: 'error' },
      ]);
      expect(nameOf(metricsCell(el, 'cart')), 'the last values are kept').to.contain('Conversion: 47%');
      expect(clock.waits(), 'backed off').to.deep.equal([60_000]);
      clock.advance(60_000);
      calls[2]!.respond(new Response('{ nope', { status: 200 }));
      await answered(el);
      expect(errors).to.have.length(2);
      expect(errors[1]!.detail.problems[0]!.message).to.match(/^metrics-src \/live\/a\.json: not JSON \(/);
      expect(clock.waits()).to.deep.equal([120_000]);
      clock.advance(120_000);
      calls[3]!.fail(new TypeError('Failed to fetch'));
      await answered(el);
      expect(clock.waits()).to.deep.equal([240_000]);
      clock.advance(240_000);
      // Back: one bad entry is skipped (located), the rest shown, the schedule back to 30 s.
      calls[4]!.respond(json({ conv: { value: 'x' }, csat: { value: 3 } }));
      await answered(el);
      expect(errors.at(-1)!.detail.problems).to.deep.equal([
        { path: '/conv/value', message: 'metrics-src /live/a.json: skipped: "value" must be a finite number', severity: 'error' },
      ]);
      expect(nameOf(metricsCell(el, 'cart')), 'a skipped entry keeps its last value').to.contain('Conversion: 47%');
      expect(nameOf(metricsCell(el, 'card'))).to.contain('CSAT: 3, target 4, target missed');
      expect(clock.waits()).to.deep.equal([30_000]);
      // The same problems again are not reported again.
      const count = errors.length;
      clock.advance(30_000);
      calls[5]!.respond(json({ conv: { value: 'x' }, csat: { value: 3 } }));
      await answered(el);
      expect(errors).to.have.length(count);
    });

    it('lets metricValues win over metrics-src, id by id', async () => {
      const el = await liveMap('/live/a.json');
      el.metricValues = { conv: { value: 0.6 } };
      await flush(el);
      calls[0]!.respond(json({ conv: { value: 0.1 }, csat: { value: 4.9 } }));
      await answered(el);
      expect(nameOf(metricsCell(el, 'cart'))).to.contain('Conversion: 60%');
      expect(nameOf(metricsCell(el, 'card'))).to.contain('CSAT: 4.9');
      expect(clock.waits(), 'without refresh, fetched once').to.deep.equal([]);
      el.metricValues = {};
      await flush(el);
      expect(nameOf(metricsCell(el, 'cart')), 'the fetched value shows again').to.contain('Conversion: 10%');
    });

    it('fetches nothing while the page is hidden, and a due fetch when it shows again', async () => {
      let state: DocumentVisibilityState = 'visible';
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
      const el = await liveMap('/live/a.json', 30);
      calls[0]!.respond(json({ conv: { value: 0.47 } }));
      await answered(el);
      state = 'hidden';
      document.dispatchEvent(new Event('visibilitychange'));
      expect(clock.waits(), 'paused').to.deep.equal([]);
      clock.advance(120_000);
      expect(calls).to.have.length(1);
      state = 'visible';
      document.dispatchEvent(new Event('visibilitychange'));
      expect(calls, 'due: fetched at once').to.have.length(2);
      calls[1]!.respond(json({ conv: { value: 0.49 } }));
      await answered(el);
      expect(clock.waits()).to.deep.equal([30_000]);
      // Hidden and shown again before the next fetch is due: it keeps its time.
      state = 'hidden';
      document.dispatchEvent(new Event('visibilitychange'));
      clock.advance(10_000);
      state = 'visible';
      document.dispatchEvent(new Event('visibilitychange'));
      expect(calls).to.have.length(2);
      expect(clock.waits()).to.deep.equal([20_000]);
    });
  });

  it('reads right to left and in the dark theme: words in Arabic, the sparkline mirrored, status colours from the tokens', async () => {
    const journey = liveJourney({ locale: 'ar', dir: 'rtl' });
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"><journey-map theme="dark" .journey=${journey}></journey-map></div>`);
    const el = wrapper.querySelector('journey-map')!;
    await settle(el);
    el.metricValues = { conv: { value: 0.3, series: [0.5, 0.4, 0.3] } };
    await flush(el);
    const chip = metricsCell(el, 'cart').querySelector<HTMLElement>('.chip')!;
    const name = nameOf(chip);
    expect(name).to.contain('لم يتحقق الهدف');
    expect(name).to.contain('في انخفاض');
    expect(getComputedStyle(chip.querySelector('.spark')!).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    const status = getComputedStyle(chip.querySelector('.metric-status')!).color;
    const text = getComputedStyle(chip).color;
    expect(status, 'missed is coloured, as well as worded and shaped').not.to.equal(text);
  });
});
