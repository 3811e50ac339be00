// The living-map additions to version 1 (journey-model.md "Additions"): metric id, direction and
// asOf; opportunity id, status and addresses. Every field optional; each rule with its pointer.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseJourney } from '../../dist/model/index.js';

function journey(tp = {}, over = {}) {
  return { version: 1, title: 'T', stages: [{ id: 's', name: 'S' }], touchpoints: [{ id: 't', stage: 's', title: 'One', ...tp }], ...over };
}

function expectError(input, path, ...fragments) {
  const result = parseJourney(input);
  assert.equal(result.journey, null);
  const problem = result.problems.find((p) => p.path === path && p.severity === 'error');
  assert.ok(problem, `expected an error at ${path}, got ${JSON.stringify(result.problems, null, 1)}`);
  for (const f of fragments) assert.ok(problem.message.includes(f), `${JSON.stringify(problem.message)} should include ${JSON.stringify(f)}`);
}

const ok = (input) => assert.deepEqual(parseJourney(input).problems, []);

describe('metric id, direction and asOf', () => {
  test('are accepted on journey, stage and touchpoint metrics', () => {
    const m = (id) => ({ id, kind: 'ces', value: 3, direction: 'lower-better', asOf: '2026-11-30T09:00:00Z' });
    ok(journey({ metrics: [m('a'), m('b')] }, { metrics: [m('a')], stages: [{ id: 's', name: 'S', metrics: [m('a')] }] }));
  });

  test('ids are unique among the metrics of one owner, not across owners', () => {
    expectError(journey({ metrics: [{ id: 'a', kind: 'csat', value: 4 }, { id: 'a', kind: 'nps', value: 4 }] }), '/touchpoints/0/metrics/1/id', 'id "a"', '/touchpoints/0/metrics/0', 'metric ids must be unique');
    ok(journey({ metrics: [{ id: 'a', kind: 'csat', value: 4 }] }, { metrics: [{ id: 'a', kind: 'csat', value: 4 }] }));
    expectError(journey({ metrics: [{ id: '', kind: 'csat', value: 4 }] }), '/touchpoints/0/metrics/0/id', 'must not be empty');
  });

  test('direction is higher-better or lower-better', () => {
    expectError(journey({ metrics: [{ kind: 'csat', value: 4, direction: 'up' }] }), '/touchpoints/0/metrics/0/direction', '"up"', '"higher-better" or "lower-better"');
  });

  test('asOf is an ISO 8601 date-time with a time zone, on a real day', () => {
    const at = (asOf) => journey({ metrics: [{ kind: 'csat', value: 4, asOf }] });
    for (const good of ['2026-11-30T09:00Z', '2026-11-30T09:00:59.123+05:30', '2024-02-29T23:59:59-12:00']) ok(at(good));
    for (const bad of ['2026-11-30', '2026-11-30T09:00:00', '2026-11-30 09:00Z', '30.11.2026', '2026-11-30T25:00Z', '2026-13-30T09:00Z']) {
      expectError(at(bad), '/touchpoints/0/metrics/0/asOf', 'not an ISO 8601 date-time with a time zone');
    }
    expectError(at('2026-02-29T09:00Z'), '/touchpoints/0/metrics/0/asOf', 'month 2 of 2026 has 28 days');
    expectError(at('2026-04-31T09:00Z'), '/touchpoints/0/metrics/0/asOf', 'month 4 of 2026 has 30 days');
    expectError(at(1764493200000), '/touchpoints/0/metrics/0/asOf', 'an ISO 8601 date-time string');
  });
});

describe('opportunity id, status and addresses', () => {
  test('are accepted, and strings stay opportunities', () => {
    ok(journey({ painPoints: ['a', { text: 'b' }], opportunities: ['plain', { id: 'o', text: 'x', status: 'in-progress', addresses: [1, 0] }] }));
  });

  test('ids are unique within the whole journey', () => {
    const input = journey({ opportunities: [{ id: 'o', text: 'x' }] }, {});
    input.touchpoints.push({ id: 'u', stage: 's', title: 'Two', opportunities: [{ id: 'o', text: 'y' }] });
    expectError(input, '/touchpoints/1/opportunities/0/id', 'id "o"', '/touchpoints/0/opportunities/0', 'opportunity ids must be unique');
  });

  test('status is one of the five', () => {
    expectError(journey({ opportunities: [{ text: 'x', status: 'closed' }] }), '/touchpoints/0/opportunities/0/status', '"closed"', '"in-progress"', '"dismissed"');
  });

  test('addresses name pain points of the same touchpoint, each once', () => {
    expectError(journey({ painPoints: ['a'], opportunities: [{ text: 'x', addresses: [0, 1] }] }), '/touchpoints/0/opportunities/0/addresses/1', 'names no pain point', 'run from 0 to 0');
    expectError(journey({ opportunities: [{ text: 'x', addresses: [0] }] }), '/touchpoints/0/opportunities/0/addresses/0', 'this touchpoint has no painPoints');
    expectError(journey({ painPoints: ['a', 'b'], opportunities: [{ text: 'x', addresses: [1, 1] }] }), '/touchpoints/0/opportunities/0/addresses/1', 'listed twice');
    expectError(journey({ painPoints: ['a'], opportunities: [{ text: 'x', addresses: [-1] }] }), '/touchpoints/0/opportunities/0/addresses/0', 'an integer ≥ 0');
    expectError(journey({ painPoints: ['a'], opportunities: [{ text: 'x', addresses: 0 }] }), '/touchpoints/0/opportunities/0/addresses', 'an array of pain point indexes');
  });

  test('a painPoints list of the wrong type gives one error, not one per index', () => {
    const result = parseJourney(journey({ painPoints: 'a', opportunities: [{ text: 'x', addresses: [0, 3] }] }));
    assert.deepEqual(result.problems.map((p) => p.path), ['/touchpoints/0/painPoints']);
  });
});
