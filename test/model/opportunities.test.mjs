// listOpportunities, rankOpportunities, opportunityQuadrant: what <opportunity-matrix> draws.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { listOpportunities, opportunityQuadrant, parseJourney, rankOpportunities } from '../../dist/model/index.js';

const journey = {
  version: 1,
  title: 'J',
  stages: [{ id: 'b', name: 'Buy' }, { id: 'a', name: 'Ask' }],
  touchpoints: [
    { id: 'chat', stage: 'a', title: 'Chat', painPoints: ['slow', 'bot'], opportunities: [{ id: 'human', text: 'A human', impact: 5, effort: 4, addresses: [1, 0] }, 'Faster bot'] },
    { id: 'pay', stage: 'b', title: 'Pay', painPoints: [{ text: 'queue', severity: 'high' }], opportunities: [{ id: 'kiosk', text: 'Kiosk', impact: 4, effort: 1, status: 'planned', addresses: [0] }, { text: 'Sign', impact: 1, effort: 1 }, { text: 'Rebuild', impact: 1, effort: 5, status: 'dismissed' }] },
  ],
};

test('lists every opportunity in stage order with touchpoint, stage, status and the pain points it answers', () => {
  assert.ok(parseJourney(journey).journey);
  const list = listOpportunities(journey);
  assert.deepEqual(list.map((e) => e.key), ['kiosk', 'pay/1', 'pay/2', 'human', 'chat/1']);
  const human = list[3];
  assert.deepEqual([human.touchpoint.id, human.stage.id, human.status, human.painPoints], ['chat', 'a', 'open', ['bot', 'slow']]);
  assert.deepEqual(list[0].painPoints, [{ text: 'queue', severity: 'high' }]);
  assert.deepEqual(list.map((e) => e.quadrant), ['quick-win', 'fill-in', 'thankless', 'major-project', undefined]);
  assert.equal(list[4].text, 'Faster bot');
});

test('quadrants split at 3, which counts as high', () => {
  assert.equal(opportunityQuadrant(3, 3), 'major-project');
  assert.equal(opportunityQuadrant(3, 2), 'quick-win');
  assert.equal(opportunityQuadrant(2, 2), 'fill-in');
  assert.equal(opportunityQuadrant(2, 3), 'thankless');
});

test('ranks by impact over effort, impact, or effort; unrated last', () => {
  const list = listOpportunities(journey);
  assert.deepEqual(rankOpportunities(list).map((e) => e.key), ['kiosk', 'human', 'pay/1', 'pay/2', 'chat/1']);
  assert.deepEqual(rankOpportunities(list, 'impact').map((e) => e.key), ['human', 'kiosk', 'pay/1', 'pay/2', 'chat/1']);
  assert.deepEqual(rankOpportunities(list, 'effort').map((e) => e.key), ['kiosk', 'pay/1', 'human', 'pay/2', 'chat/1']);
});

test('ranking is a stable permutation, sorted by its score', () => {
  const entry = fc.record({ impact: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }), effort: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }) });
  fc.assert(
    fc.property(fc.array(entry, { maxLength: 12 }), fc.constantFrom('ratio', 'impact', 'effort'), (rows, by) => {
      const entries = rows.map((r, i) => ({ ...r, key: String(i) }));
      const ranked = rankOpportunities(entries, by);
      assert.deepEqual(ranked.map((e) => e.key).sort(), entries.map((e) => e.key).sort());
      const score = (e) => (by === 'impact' ? e.impact : by === 'effort' ? (e.effort === undefined ? undefined : -e.effort) : e.impact === undefined || e.effort === undefined ? undefined : e.impact / e.effort);
      const scores = ranked.map(score);
      const firstUnrated = scores.findIndex((s) => s === undefined);
      if (firstUnrated >= 0) assert.ok(scores.slice(firstUnrated).every((s) => s === undefined));
      const rated = scores.filter((s) => s !== undefined);
      for (let i = 1; i < rated.length; i++) assert.ok(rated[i - 1] >= rated[i]);
    }),
    { numRuns: 300 },
  );
});
