// compareJourneys, metricStatus, metricDirection, parseIsoDuration: the pure modules behind the
// living map (issue #14). Property tests with fast-check, and the zakupy pair when present.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { CLOSE_FRACTION, compareJourneys, metricDirection, metricStatus, parseIsoDuration, parseJourney } from '../../dist/model/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Valid journeys: stages and touchpoints from small id pools so two of them share ids. */
const journeyArb = fc
  .record({
    stages: fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd'), { minLength: 1, maxLength: 4 }),
    tps: fc.uniqueArray(
      fc.record({
        id: fc.constantFrom('t1', 't2', 't3', 't4', 't5', 't6'),
        stagePick: fc.nat(),
        title: fc.constantFrom('Ad', 'Chat', 'Pay'),
        emotion: fc.option(fc.integer({ min: -3, max: 3 }), { nil: undefined }),
        ces: fc.option(fc.integer({ min: 1, max: 7 }), { nil: undefined }),
        pains: fc.array(fc.constantFrom('queue', 'price', 'wait'), { maxLength: 2 }),
        status: fc.option(fc.constantFrom('open', 'planned', 'done'), { nil: undefined }),
      }),
      { selector: (t) => t.id, maxLength: 6 },
    ),
    nps: fc.option(fc.integer({ min: -100, max: 100 }), { nil: undefined }),
  })
  .map(({ stages, tps, nps }) => ({
    version: 1,
    title: 'J',
    stages: stages.map((id) => ({ id, name: id.toUpperCase() })),
    touchpoints: tps.map((t) => ({
      id: t.id,
      stage: stages[t.stagePick % stages.length],
      title: t.title,
      ...(t.emotion === undefined ? {} : { emotion: t.emotion }),
      ...(t.ces === undefined ? {} : { metrics: [{ kind: 'ces', value: t.ces }] }),
      ...(t.pains.length ? { painPoints: t.pains } : {}),
      ...(t.status ? { opportunities: [{ id: `o-${t.id}`, text: 'Fix', status: t.status }] } : {}),
    })),
    ...(nps === undefined ? {} : { metrics: [{ id: 'nps', kind: 'nps', value: nps }] }),
  }));

const ids = (c, kind) => c.touchpoints.filter((t) => t.kind === kind).map((t) => t.id).sort();
const flip = { improved: 'worsened', worsened: 'improved', unchanged: 'unchanged' };

describe('compareJourneys', () => {
  test('the generator makes valid journeys', () => {
    fc.assert(fc.property(journeyArb, (j) => assert.equal(parseJourney(j).journey !== null, true, JSON.stringify(parseJourney(j).problems))), { numRuns: 200 });
  });

  test('a journey compared with itself is all unchanged', () => {
    fc.assert(
      fc.property(journeyArb, (j) => {
        const c = compareJourneys(j, structuredClone(j));
        assert.ok(c.touchpoints.every((t) => t.kind === 'kept' && !t.moved && t.changes.length === 0));
        assert.ok(c.stages.every((s) => s.kind === 'kept' && !s.moved && s.changes.length === 0));
        assert.deepEqual(c.metrics, []);
        assert.deepEqual(c.summary, { added: 0, removed: 0, moved: 0, changed: 0, painPointsSolved: 0, painPointsNew: 0, metricDeltas: [] });
      }),
      { numRuns: 300 },
    );
  });

  test('swapping the arguments swaps added and removed, solved and new, and flips every delta', () => {
    fc.assert(
      fc.property(journeyArb, journeyArb, (a, b) => {
        const ab = compareJourneys(a, b);
        const ba = compareJourneys(b, a);
        assert.deepEqual(ids(ab, 'added'), ids(ba, 'removed'));
        assert.deepEqual(ids(ab, 'removed'), ids(ba, 'added'));
        assert.deepEqual(ids(ab, 'kept'), ids(ba, 'kept'));
        const moved = (c) => c.touchpoints.filter((t) => t.moved).map((t) => t.id).sort();
        assert.deepEqual(moved(ab), moved(ba));
        assert.equal(ab.summary.painPointsSolved, ba.summary.painPointsNew);
        assert.equal(ab.summary.changed, ba.summary.changed);
        const key = (d) => `${d.owner.kind === 'touchpoint' ? d.owner.touchpoint : JSON.stringify(d.owner)} ${d.key}`; // a moved touchpoint counts in its current stage
        const back = new Map(ba.summary.metricDeltas.map((d) => [key(d), d]));
        assert.equal(back.size, ab.summary.metricDeltas.length);
        for (const d of ab.summary.metricDeltas) {
          const r = back.get(key(d));
          assert.ok(r, key(d));
          assert.deepEqual([r.from, r.to, r.verdict], [d.to, d.from, flip[d.verdict]]);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('every touchpoint of both journeys appears exactly once, removed ones with their old position', () => {
    fc.assert(
      fc.property(journeyArb, journeyArb, (a, b) => {
        const c = compareJourneys(a, b);
        const all = new Set([...a.touchpoints, ...b.touchpoints].map((t) => t.id));
        assert.deepEqual(c.touchpoints.map((t) => t.id).sort(), [...all].sort());
        for (const t of c.touchpoints.filter((x) => x.kind === 'removed')) {
          const inStage = a.touchpoints.filter((x) => x.stage === t.from.stage);
          assert.equal(inStage[t.from.index].id, t.id);
        }
      }),
      { numRuns: 200 },
    );
  });

  const base = {
    version: 1,
    title: 'J',
    stages: [{ id: 's', name: 'S' }, { id: 'u', name: 'U' }],
    touchpoints: [
      { id: 'a', stage: 's', title: 'A', emotion: -3, painPoints: ['queue', 'price'], opportunities: [{ id: 'o', text: 'Kiosk', status: 'planned' }], metrics: [{ id: 'effort', kind: 'ces', value: 6.1 }, { kind: 'csat', value: 3 }] },
      { id: 'b', stage: 's', title: 'B' },
      { id: 'c', stage: 'u', title: 'C' },
    ],
  };

  test('says what changed in a kept touchpoint, metrics read by direction', () => {
    const next = structuredClone(base);
    Object.assign(next.touchpoints[0], { title: 'A2', emotion: 1, painPoints: ['price', 'noise'], opportunities: [{ id: 'o', text: 'Kiosk', status: 'done' }], metrics: [{ id: 'effort', kind: 'ces', value: 2.4 }, { kind: 'csat', value: 2 }] });
    const a = compareJourneys(base, next).touchpoints.find((t) => t.id === 'a');
    assert.deepEqual(a.changes, [
      { field: 'title', from: 'A', to: 'A2' },
      { field: 'emotion', from: -3, to: 1, verdict: 'improved' },
      { field: 'metric', key: 'effort', kind: 'ces', label: undefined, direction: 'lower-better', from: 6.1, to: 2.4, verdict: 'improved' },
      { field: 'metric', key: 'csat', kind: 'csat', label: undefined, direction: 'higher-better', from: 3, to: 2, verdict: 'worsened' },
      { field: 'pain-points', solved: ['queue'], new: ['noise'] },
      { field: 'opportunity-status', key: 'o', text: 'Kiosk', from: 'planned', to: 'done' },
    ]);
  });

  test('a touchpoint that changes stage or order is moved; one shifted by an insertion is not', () => {
    const next = structuredClone(base);
    next.touchpoints = [{ id: 'new', stage: 's', title: 'N' }, base.touchpoints[1], base.touchpoints[0], { ...base.touchpoints[2], stage: 's' }];
    const c = compareJourneys(base, next);
    const moved = c.touchpoints.filter((t) => t.moved).map((t) => t.id).sort();
    assert.deepEqual(moved, ['a', 'b', 'c']);
    const shifted = structuredClone(base);
    shifted.touchpoints.unshift({ id: 'new', stage: 's', title: 'N' });
    assert.deepEqual(compareJourneys(base, shifted).touchpoints.filter((t) => t.moved), []);
  });

  const shared = path.resolve(repoRoot, '..', 'shared', 'fixtures', 'valid');
  const pair = ['zakupy-obecny.pl.json', 'zakupy-docelowy.pl.json'].map((f) => path.join(shared, f));
  test('the zakupy pair (current and future state)', { skip: pair.every((f) => existsSync(f)) ? false : 'shared fixtures absent' }, () => {
    const [before, after] = pair.map((f) => parseJourney(readFileSync(f, 'utf8')).journey);
    assert.ok(before && after);
    const c = compareJourneys(before, after);
    assert.deepEqual(ids(c, 'added'), ['crm', 'rezerwacja']);
    assert.deepEqual(ids(c, 'removed'), ['infolinia', 'sklep']);
    const sklep = c.touchpoints.find((t) => t.id === 'sklep');
    assert.deepEqual(sklep.from, { stage: 'zakup', index: 0 });
    assert.equal(c.summary.painPointsSolved, 3);
    assert.equal(c.summary.painPointsNew, 0);
    const ces = c.summary.metricDeltas.find((d) => d.kind === 'ces');
    assert.deepEqual([ces.from, ces.to, ces.direction, ces.verdict, ces.owner], [6.1, 2.4, 'lower-better', 'improved', { kind: 'stage-touchpoints', stage: 'uzycie' }]);
    const media = c.touchpoints.find((t) => t.id === 'media');
    assert.deepEqual(media.changes, [{ field: 'emotion', from: 0, to: 1, verdict: 'improved' }]);
  });
});

describe('metricDirection', () => {
  test('defaults by kind, and a direction wins', () => {
    for (const kind of ['ces', 'drop-off', 'time-on-task']) assert.equal(metricDirection({ kind }), 'lower-better', kind);
    for (const kind of ['csat', 'nps', 'conversion', 'retention', 'revenue']) assert.equal(metricDirection({ kind }), 'higher-better', kind);
    assert.equal(metricDirection({ kind: 'ces', direction: 'higher-better' }), 'higher-better');
    assert.equal(metricDirection({ kind: 'tickets', direction: 'lower-better' }), 'lower-better');
  });
});

describe('metricStatus', () => {
  const now = Date.parse('2026-12-01T12:00:00Z');
  test('met, close and missed by direction, with the documented close band', () => {
    assert.equal(CLOSE_FRACTION, 0.1);
    const ces = { kind: 'ces', value: 3, target: 3 };
    assert.equal(metricStatus(ces).status, 'met');
    assert.equal(metricStatus({ ...ces, value: 2 }).status, 'met');
    assert.equal(metricStatus({ ...ces, value: 3.3 }).status, 'close');
    assert.equal(metricStatus({ ...ces, value: 3.31 }).status, 'missed');
    const conv = { kind: 'conversion', value: 0.45, target: 0.5 };
    assert.equal(metricStatus(conv).status, 'close');
    assert.equal(metricStatus({ ...conv, value: 0.44 }).status, 'missed');
    assert.equal(metricStatus({ kind: 'nps', value: -20, target: 0 }).status, 'close'); // 10 % of the 200-point range
    assert.equal(metricStatus({ kind: 'nps', value: -21, target: 0 }).status, 'missed');
    assert.equal(metricStatus({ kind: 'tickets', value: 1, target: 0, direction: 'lower-better' }).status, 'missed');
    assert.equal(metricStatus({ kind: 'csat', value: 4 }).status, 'no-target');
  });

  test('a live value overlays the journey value; staleness by staleAfter', () => {
    const m = { id: 'c', kind: 'csat', value: 3, target: 4.5, asOf: '2026-11-01T00:00:00Z' };
    const live = { value: 4.6, asOf: '2026-12-01T11:50:00Z', series: [4, 4.2, Number.NaN, 4.6] };
    const s = metricStatus(m, live, { now, staleAfter: 'PT15M' });
    assert.deepEqual(s, { value: 4.6, target: 4.5, direction: 'higher-better', status: 'met', stale: false, asOf: live.asOf, series: [4, 4.2, 4.6] });
    assert.equal(metricStatus(m, live, { now, staleAfter: 'PT5M' }).stale, true);
    assert.equal(metricStatus(m, undefined, { now, staleAfter: 'P1D' }).stale, true);
    assert.equal(metricStatus(m, undefined, { now: new Date(now), staleAfter: 'P31D' }).stale, false);
    assert.equal(metricStatus(m, { value: 4 }, { now, staleAfter: 'PT1S' }).stale, false, 'no asOf: age unknown');
    assert.equal(metricStatus(m, undefined, { now }).stale, false, 'no staleAfter');
    assert.equal(metricStatus(m, undefined, { now, staleAfter: 'bogus' }).stale, false);
  });
});

describe('parseIsoDuration', () => {
  test('reads weeks, days and time parts', () => {
    const cases = { P1D: 86400000, PT15M: 900000, PT1H30M: 5400000, P1W: 604800000, 'PT0.5S': 500, 'PT1,5S': 1500, P1DT12H: 129600000, PT0S: 0, 'PT36H': 129600000 };
    for (const [text, ms] of Object.entries(cases)) assert.equal(parseIsoDuration(text), ms, text);
  });

  test('refuses everything else', () => {
    for (const bad of ['', 'P', 'PT', 'P1DT', '1D', 'p1d', 'P1Y', 'P1M', 'PT1M1H', 'P1D1D', 'PT1.5H30M', 'P-1D', 'P1.D', 'PT1HT1M', 'P 1D', 'P1D ', `P${'9'.repeat(13)}D`, `PT${'1'.repeat(70)}S`]) {
      assert.equal(parseIsoDuration(bad), null, bad);
    }
  });

  test('is linear: long hostile input answers at once', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('P', 'T', '1', '.', 'D', 'H', 'M', 'S', 'W', ','), maxLength: 200 }), (s) => {
      const r = parseIsoDuration(s);
      assert.ok(r === null || (Number.isFinite(r) && r >= 0));
    }), { numRuns: 2000 });
  });
});
