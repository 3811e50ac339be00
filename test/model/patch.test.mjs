// applyPatch and diffJourneys: RFC 6902 patches from any source apply whole or not at all, the
// result validates, and every refusal is located (/ops/N for the patch, journey paths for the
// result). The project's own cases always run; the shared cases run when ../shared is there.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { applyPatch, diffJourneys, MAX_DEPTH, MAX_PATCH_OPERATIONS, parseJourney, parseJsonPointer, addTouchpoint, removeTouchpoint } from '../../dist/model/index.js';
import { errorPaths, readJourney, repoRoot, retail } from './edit-fixtures.mjs';

/** The value at `pointer` in `doc`, or `undefined` when it does not exist. */
function valueAt(doc, pointer) {
  let node = doc;
  for (const token of parseJsonPointer(pointer)) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, token)) return undefined;
    node = node[token];
  }
  return node;
}

/** Runs every case of a cases.json (the shared format) against its base journey. */
function runCases(file) {
  const { base, cases } = JSON.parse(readFileSync(file, 'utf8'));
  const journey = readJourney(path.resolve(path.dirname(file), base));
  for (const c of cases) {
    test(c.name, () => {
      const result = applyPatch(journey, c.ops);
      if (c.expect) {
        assert.equal(result.applied, true, JSON.stringify(result.problems));
        assert.deepEqual(errorPaths(result), []);
        for (const [pointer, expected] of Object.entries(c.expect)) {
          assert.deepEqual(valueAt(result.journey, pointer), expected === null ? undefined : expected, pointer);
        }
      } else {
        assert.equal(result.applied, false);
        assert.equal(result.journey, journey, 'the journey stays as it was');
        for (const p of c.problems) assert.ok(errorPaths(result).includes(p), `expected an error at ${JSON.stringify(p)}, got ${JSON.stringify(result.problems)}`);
      }
      assert.equal({}.polluted, undefined);
    });
  }
}

describe('project patch cases', () => runCases(path.join(repoRoot, 'test', 'fixtures', 'patches', 'cases.json')));

const shared = path.join(repoRoot, '..', 'shared', 'fixtures', 'patches', 'cases.json');
if (existsSync(shared)) describe('shared patch cases', () => runCases(shared));

describe('applyPatch bounds and safety', () => {
  test(`at most ${MAX_PATCH_OPERATIONS} operations`, () => {
    const many = Array.from({ length: MAX_PATCH_OPERATIONS }, () => ({ op: 'test', path: '/version', value: 1 }));
    assert.equal(applyPatch(retail, many).applied, true);
    const tooMany = [...many, { op: 'test', path: '/version', value: 1 }];
    assert.deepEqual(errorPaths(applyPatch(retail, tooMany)), ['/ops']);
  });

  test('values that are not plain data are located inside their operation', () => {
    const cycle = { text: 'loop' };
    cycle.self = cycle;
    const getter = Object.defineProperty({}, 'text', { get: () => 'x', enumerable: true });
    const deep = Array.from({ length: MAX_DEPTH + 5 }).reduce((v) => ({ v }), 1);
    const r = applyPatch(retail, [
      { op: 'add', path: '/description', value: () => 1 },
      { op: 'add', path: '/touchpoints/0/emotion', value: Number.NaN },
      { op: 'add', path: '/touchpoints/0/quotes', value: [undefined] },
      { op: 'add', path: '/touchpoints/0/x', value: cycle },
      { op: 'add', path: '/touchpoints/0/y', value: getter },
      { op: 'add', path: '/touchpoints/0/z', value: deep },
      { op: 'add', path: '/touchpoints/0/w', value: 10n },
    ]);
    assert.equal(r.applied, false);
    const paths = errorPaths(r);
    for (const prefix of ['/ops/0/value', '/ops/1/value', '/ops/2/value/0', '/ops/3/value/self', '/ops/4/value/text', '/ops/5/value/', '/ops/6/value']) {
      assert.ok(paths.some((p) => p.startsWith(prefix)), `${prefix} in ${JSON.stringify(paths)}`);
    }
  });

  test('a patch that copies the journey into itself again and again stops at the size limit', () => {
    const bomb = Array.from({ length: 40 }, (_, i) => ({ op: 'copy', from: '', path: `/copy${i}` }));
    const r = applyPatch(retail, bomb);
    assert.equal(r.applied, false);
    assert.match(r.problems[0].path, /^\/ops\/\d+$/);
    assert.match(r.problems[0].message, /copies more than/);
  });

  test('never throws: a Proxy patch, a non-object journey, getters that throw', () => {
    const hostile = new Proxy([], { get() { throw new Error('boom'); } });
    assert.equal(applyPatch(retail, hostile).applied, false);
    const trap = new Proxy({}, { ownKeys() { throw new Error('boom'); } });
    assert.equal(applyPatch(retail, [{ op: 'add', path: '/x', value: trap }]).applied, false);
    assert.deepEqual(errorPaths(applyPatch(null, [{ op: 'add', path: '/title', value: 'x' }])), ['/ops/0']);
    const exploding = Object.defineProperty({ ...retail }, 'title', { get() { throw new Error('boom'); }, enumerable: true });
    assert.equal(applyPatch(exploding, [{ op: 'replace', path: '/description', value: 'x' }]).applied, false);
  });

  test('the result shares nothing with the input or the patch', () => {
    const value = { id: 'survey', stage: 'advocacy', title: 'Survey', actions: ['Answers'] };
    const ops = [{ op: 'add', path: '/touchpoints/-', value }];
    const r = applyPatch(retail, ops);
    value.actions.push('later');
    assert.deepEqual(r.journey.touchpoints[13].actions, ['Answers']);
    assert.deepEqual(ops, [{ op: 'add', path: '/touchpoints/-', value }], 'the patch is not changed');
    assert.notEqual(r.journey.touchpoints[0], retail.touchpoints[0]);
  });

  test('a "__proto__" field of the journey stays data through a patch', () => {
    const odd = parseJourney('{"version":1,"title":"T","stages":[{"id":"s","name":"S"}],"touchpoints":[],"__proto__":{"polluted":true}}').journey;
    const r = applyPatch(odd, [{ op: 'replace', path: '/title', value: 'U' }]);
    assert.equal(r.applied, true);
    assert.equal(Object.getPrototypeOf(r.journey), Object.prototype);
    assert.deepEqual(Object.getOwnPropertyDescriptor(r.journey, '__proto__').value, { polluted: true });
    assert.equal({}.polluted, undefined);
  });

  test('warnings of the result come back with an applied patch', () => {
    const r = applyPatch(retail, [{ op: 'add', path: '/stages/-', value: { id: 'empty', name: 'Empty' } }]);
    assert.equal(r.applied, true);
    assert.deepEqual(r.problems.map((p) => [p.path, p.severity]), [['/stages/5', 'warning']]);
  });
});

describe('diffJourneys', () => {
  test('equal journeys: no operations', () => {
    assert.deepEqual(diffJourneys(retail, structuredClone(retail)), []);
  });

  test('one touchpoint inserted or removed anywhere is one operation', () => {
    const added = addTouchpoint(retail, { stage: 'consideration', title: 'Reads reviews' }, { position: 0 }).journey;
    assert.deepEqual(diffJourneys(retail, added), [{ op: 'add', path: '/touchpoints/2', value: added.touchpoints[2] }]);
    assert.deepEqual(diffJourneys(added, retail), [{ op: 'remove', path: '/touchpoints/2' }]);
    const removed = removeTouchpoint(retail, 'review').journey;
    assert.deepEqual(diffJourneys(retail, removed), [
      { op: 'remove', path: '/touchpoints/9/next/0' },
      { op: 'remove', path: '/touchpoints/11' },
    ]);
    assert.deepEqual(applyPatch(retail, diffJourneys(retail, removed)).journey, removed);
  });

  test('fields added, removed and changed', () => {
    const b = structuredClone(retail);
    delete b.description;
    b.state = 'future';
    b.touchpoints[3].emotion = 1;
    assert.deepEqual(diffJourneys(retail, b), [
      { op: 'remove', path: '/description' },
      { op: 'replace', path: '/touchpoints/3/emotion', value: 1 },
      { op: 'add', path: '/state', value: 'future' },
    ]);
  });

  test('between any two valid fixtures, applying the diff gives the second', () => {
    const dir = path.join(repoRoot, 'test', 'fixtures', 'valid');
    const journeys = readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => readJourney(path.join(dir, f)));
    for (const a of journeys) {
      for (const b of journeys) {
        const r = applyPatch(a, diffJourneys(a, b));
        assert.equal(r.applied, true, JSON.stringify(r.problems));
        assert.deepEqual(r.journey, b);
      }
    }
  });
});
