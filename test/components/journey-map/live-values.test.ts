/** The pure rules of live metric values (live-values.ts) and the store's per-id subscriptions. */
import { expect } from '@open-wc/testing';
import { LiveMetricStore, type LiveChip, type LiveClock } from '../../../src/components/journey-map/controllers/live-metrics.js';
import {
  MAX_BACKOFF_MS,
  MAX_LISTED,
  MAX_SERIES,
  nextFetchDelay,
  readLiveValues,
  sameLiveValue,
  sparklinePath,
  staleAt,
  trendOf,
} from '../../../src/components/journey-map/live-values.js';

describe('readLiveValues', () => {
  it('reads values keyed by metric id', () => {
    const { values, problems, skipped } = readLiveValues(
      { conv: { value: 0.47, asOf: '2026-12-01T11:50:00Z', series: [0.41, 0.44, 0.47] }, 'a/b~c': { value: -3 } },
      'metricValues',
    );
    expect(problems).to.deep.equal([]);
    expect(skipped.size).to.equal(0);
    expect(Object.fromEntries(values)).to.deep.equal({
      conv: { value: 0.47, asOf: '2026-12-01T11:50:00Z', series: [0.41, 0.44, 0.47] },
      'a/b~c': { value: -3 },
    });
  });

  it('skips each bad entry at its JSON Pointer and keeps the good ones', () => {
    const { values, problems, skipped } = readLiveValues(
      {
        a: 3,
        b: { value: '3' },
        c: { value: Infinity },
        'x/y': { value: 1, asOf: 'yesterday' },
        e: { value: 1, asOf: '2026-12-01T11:50:00' },
        f: { value: 1, series: 'up' },
        g: { value: 1, series: [1, null] },
        ok: { value: 1, asOf: '2026-12-01T11:50:00+01:00' },
      },
      'metrics-src /live.json',
    );
    expect([...values.keys()]).to.deep.equal(['ok']);
    expect([...skipped].sort()).to.deep.equal(['a', 'b', 'c', 'e', 'f', 'g', 'x/y']);
    expect(problems.map((p) => [p.path, p.message])).to.deep.equal([
      ['/a', 'metrics-src /live.json: skipped: expected an object with a numeric "value"'],
      ['/b/value', 'metrics-src /live.json: skipped: "value" must be a finite number'],
      ['/c/value', 'metrics-src /live.json: skipped: "value" must be a finite number'],
      ['/x~1y/asOf', 'metrics-src /live.json: skipped: "asOf" must be an ISO 8601 date-time with a time zone'],
      ['/e/asOf', 'metrics-src /live.json: skipped: "asOf" must be an ISO 8601 date-time with a time zone'],
      ['/f/series', 'metrics-src /live.json: skipped: "series" must be an array of numbers'],
      ['/g/series/1', 'metrics-src /live.json: skipped: "series" must hold finite numbers only'],
    ]);
  });

  it('refuses what is not an object of values', () => {
    for (const input of [null, [], 'x', 3]) {
      const { values, problems } = readLiveValues(input, 'metricValues');
      expect(values.size).to.equal(0);
      expect(problems).to.deep.equal([{ path: '', message: 'metricValues: expected an object of live values keyed by metric id', severity: 'error' }]);
    }
  });

  it('is bounded: long series keep their newest points, problems past the limit are counted', () => {
    const long = Array.from({ length: MAX_SERIES + 50 }, (_, i) => i);
    const { values, problems } = readLiveValues({ s: { value: 1, series: long } }, 'm');
    expect(values.get('s')!.series).to.have.length(MAX_SERIES);
    expect(values.get('s')!.series![0]).to.equal(50);
    expect(problems).to.deep.equal([{ path: '/s/series', message: `m: only the newest ${MAX_SERIES} points of "series" are shown`, severity: 'warning' }]);
    const bad = Object.fromEntries(Array.from({ length: MAX_LISTED + 7 }, (_, i) => [`m${i}`, {}]));
    const many = readLiveValues(bad, 'm').problems;
    expect(many).to.have.length(MAX_LISTED + 1);
    expect(many.at(-1)).to.deep.equal({ path: '', message: 'm: 7 more problems', severity: 'error', omitted: 7 });
  });
});

describe('live value rules', () => {
  it('backs off by doubling the refresh interval up to a cap, and has no schedule without refresh', () => {
    expect(nextFetchDelay(30_000, 0)).to.equal(30_000);
    expect([1, 2, 3, 4].map((n) => nextFetchDelay(30_000, n))).to.deep.equal([60_000, 120_000, 240_000, 480_000]);
    expect(nextFetchDelay(30_000, 5)).to.equal(MAX_BACKOFF_MS);
    expect(nextFetchDelay(30_000, 500)).to.equal(MAX_BACKOFF_MS);
    expect(nextFetchDelay(3_600_000, 3), 'a refresh longer than the cap is kept').to.equal(3_600_000);
    expect(nextFetchDelay(0, 0)).to.equal(null);
    expect(nextFetchDelay(Number.NaN, 2)).to.equal(null);
  });

  it('says when a value turns stale', () => {
    expect(staleAt('2026-12-01T12:00:00Z', 60_000)).to.equal(Date.parse('2026-12-01T12:01:00Z'));
    expect(staleAt(undefined, 60_000)).to.equal(undefined);
    expect(staleAt('2026-12-01T12:00:00Z', null)).to.equal(undefined);
  });

  it('reads a trend from the first point to the last', () => {
    expect(trendOf([1, 2, 3])).to.equal('up');
    expect(trendOf([3, 5, 1])).to.equal('down');
    expect(trendOf([3, 9, 3])).to.equal('flat');
    expect(trendOf([3])).to.equal('flat');
  });

  it('draws a sparkline across the box, highest value at the top, flat along the middle', () => {
    expect(sparklinePath([0, 10], 48, 16)).to.equal('M0,14.5L48,1.5');
    expect(sparklinePath([5, 5, 5], 48, 16)).to.equal('M0,8L24,8L48,8');
    expect(sparklinePath([5], 48, 16)).to.equal(null);
  });

  it('compares live values by content', () => {
    expect(sameLiveValue({ value: 1, series: [1, 2] }, { value: 1, series: [1, 2] })).to.equal(true);
    expect(sameLiveValue({ value: 1, series: [1, 2] }, { value: 1, series: [1, 3] })).to.equal(false);
    expect(sameLiveValue({ value: 1 }, { value: 1, asOf: '2026-12-01T12:00:00Z' })).to.equal(false);
    expect(sameLiveValue(undefined, { value: 1 })).to.equal(false);
  });
});

describe('LiveMetricStore', () => {
  const clock: LiveClock = { now: () => 0, setTimeout: () => 0, clearTimeout: () => undefined };
  const chip = (id: string, drawn: string[]): LiveChip => ({ id, redraw: () => drawn.push(id), staleAt: () => undefined });

  it('draws again only the chips of the ids whose value changed; host values win over fetched ones', () => {
    const store = new LiveMetricStore(() => clock);
    const drawn: string[] = [];
    store.subscribe(chip('a', drawn));
    store.subscribe(chip('b', drawn));
    const off = store.subscribe(chip('c', drawn));
    store.replace('fetched', new Map([['a', { value: 1 }], ['b', { value: 2 }]]));
    expect(drawn).to.deep.equal(['a', 'b']);
    drawn.length = 0;
    const changed = store.replace('fetched', new Map([['a', { value: 1 }], ['b', { value: 3 }]]));
    expect(drawn).to.deep.equal(['b']);
    expect([...changed.keys()]).to.deep.equal(['b']);
    drawn.length = 0;
    store.replace('given', new Map([['a', { value: 9 }]]));
    expect(store.get('a')).to.deep.equal({ value: 9 });
    expect(drawn).to.deep.equal(['a']);
    drawn.length = 0;
    store.replace('fetched', new Map([['a', { value: 5 }], ['b', { value: 3 }]]));
    expect(drawn, 'a fetched value under a host value changes nothing shown').to.deep.equal([]);
    expect(store.get('a')).to.deep.equal({ value: 9 });
    off();
    drawn.length = 0;
    store.replace('given', new Map([['c', { value: 1 }]]));
    expect(drawn, 'a removed chip is not drawn; a dropped host value shows the fetched one').to.deep.equal(['a']);
    expect(store.get('a')).to.deep.equal({ value: 5 });
  });
});
