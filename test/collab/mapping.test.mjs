// The journey in a Yjs document: seeding, JSON Patch in, JSON Patch out, and concurrent edits
// by two or three peers exchanging updates (no network: updates are passed by hand).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as Y from 'yjs';
import { parseJourney } from '../../dist/model/index.js';
import { applyOpsToDoc, docToJourney, docToJson, journeyToDoc, observeJourney } from '../../dist/collab/index.js';
import { sampleJourney } from './journeys.mjs';

/** Peers that start from one seeded document. */
function peers(count, journey = sampleJourney()) {
  const first = new Y.Doc();
  journeyToDoc(journey, first);
  const docs = [first];
  for (let i = 1; i < count; i++) {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(first));
    docs.push(doc);
  }
  return docs;
}

/** Exchanges every peer's state with every other, as a provider eventually does. */
function sync(docs) {
  const updates = docs.map((doc) => Y.encodeStateAsUpdate(doc));
  for (const doc of docs) for (const update of updates) Y.applyUpdate(doc, update, 'remote');
}

const journeyOf = (doc) => {
  const { journey, problems } = docToJourney(doc);
  assert.ok(journey, JSON.stringify(problems));
  return journey;
};

function apply(doc, ops) {
  const result = applyOpsToDoc(doc, ops, 'local');
  assert.equal(result.applied, true, JSON.stringify(result.problems));
}

function assertConverged(docs) {
  const [first, ...rest] = docs.map((doc) => docToJson(doc));
  for (const other of rest) assert.deepEqual(other, first);
  return journeyOf(docs[0]);
}

describe('seeding and reading', () => {
  test('a seeded document reads back as the same journey', () => {
    const [doc] = peers(1);
    assert.deepEqual(journeyOf(doc), parseJourney(sampleJourney()).journey);
  });

  test('a document that holds a journey wins over the seed', () => {
    const [doc] = peers(1);
    const other = { ...sampleJourney(), title: 'Another journey' };
    assert.equal(journeyToDoc(other, doc), false);
    assert.equal(journeyOf(doc).title, 'Buying a winter jacket');
  });

  test('objects are Y.Maps and arrays Y.Arrays of item keys', () => {
    const [doc] = peers(1);
    const root = doc.getMap('journey');
    assert.ok(root.get('touchpoints') instanceof Y.Array);
    const key = root.get('touchpoints').get(0);
    assert.ok(doc.getMap('journey.items').get(key) instanceof Y.Map);
  });
});

describe('applyOpsToDoc', () => {
  test('applies add, remove, replace, move, copy and test in one transaction', () => {
    const [doc] = peers(1);
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    const expected = sampleJourney();
    apply(doc, [
      { op: 'test', path: '/touchpoints/0/id', value: 'ad' },
      { op: 'replace', path: '/title', value: 'Winter jacket' },
      { op: 'add', path: '/touchpoints/0/actions/-', value: 'Taps through' },
      { op: 'remove', path: '/touchpoints/1/painPoints/0' },
      { op: 'move', from: '/touchpoints/2', path: '/touchpoints/0' },
      { op: 'copy', from: '/touchpoints/1/actions', path: '/touchpoints/0/actions' },
      { op: 'add', path: '/description', value: 'From ad to parka' },
    ]);
    assert.equal(transactions, 1);
    expected.title = 'Winter jacket';
    expected.description = 'From ad to parka';
    expected.touchpoints[0].actions.push('Taps through');
    expected.touchpoints[1].painPoints.shift();
    expected.touchpoints.unshift(expected.touchpoints.pop());
    expected.touchpoints[0].actions = [...expected.touchpoints[1].actions];
    assert.deepEqual(journeyOf(doc), parseJourney(expected).journey);
  });

  test('a patch that does not apply or does not validate leaves the document untouched', () => {
    const [doc] = peers(1);
    const before = Y.encodeStateVector(doc);
    for (const ops of [
      [{ op: 'replace', path: '/title', value: 'ok' }, { op: 'remove', path: '/touchpoints/9' }],
      [{ op: 'test', path: '/title', value: 'something else' }],
      [{ op: 'replace', path: '/touchpoints/0/stage', value: 'nowhere' }],
      [{ op: 'remove', path: '/stages' }],
    ]) {
      const result = applyOpsToDoc(doc, ops, 'local');
      assert.equal(result.applied, false);
      assert.ok(result.problems.some((p) => p.severity === 'error'));
    }
    assert.deepEqual(Y.encodeStateVector(doc), before);
    assert.equal(journeyOf(doc).title, 'Buying a winter jacket');
  });
});

describe('concurrent edits merge at field level', () => {
  test('different touchpoints edited by two peers: both edits kept', () => {
    const [a, b] = peers(2);
    apply(a, [{ op: 'replace', path: '/touchpoints/0/title', value: 'Sees an Instagram ad' }]);
    apply(b, [{ op: 'replace', path: '/touchpoints/2/emotion', value: 3 }]);
    sync([a, b]);
    const journey = assertConverged([a, b]);
    assert.equal(journey.touchpoints[0].title, 'Sees an Instagram ad');
    assert.equal(journey.touchpoints[2].emotion, 3);
  });

  test('different fields of one touchpoint by three peers: all kept', () => {
    const [a, b, c] = peers(3);
    apply(a, [{ op: 'replace', path: '/touchpoints/1/title', value: 'Asks in the chat' }]);
    apply(b, [{ op: 'replace', path: '/touchpoints/1/emotion', value: -3 }]);
    apply(c, [{ op: 'add', path: '/touchpoints/1/painPoints/-', value: 'Bot does not understand' }]);
    sync([a, b, c]);
    const journey = assertConverged([a, b, c]);
    assert.equal(journey.touchpoints[1].title, 'Asks in the chat');
    assert.equal(journey.touchpoints[1].emotion, -3);
    assert.deepEqual(journey.touchpoints[1].painPoints.at(-1), 'Bot does not understand');
  });

  test('the same field by two peers: both end with the same one of the two values', () => {
    const [a, b] = peers(2);
    apply(a, [{ op: 'replace', path: '/title', value: 'Title from A' }]);
    apply(b, [{ op: 'replace', path: '/title', value: 'Title from B' }]);
    sync([a, b]);
    const journey = assertConverged([a, b]);
    assert.ok(['Title from A', 'Title from B'].includes(journey.title));
  });

  test('a touchpoint moved by one peer and edited by another keeps both', () => {
    const [a, b] = peers(2);
    apply(a, [{ op: 'move', from: '/touchpoints/0', path: '/touchpoints/2' }]);
    apply(b, [{ op: 'replace', path: '/touchpoints/0/title', value: 'Sees the ad twice' }]);
    sync([a, b]);
    const journey = assertConverged([a, b]);
    assert.deepEqual(journey.touchpoints.map((t) => t.id), ['chat', 'checkout', 'ad']);
    assert.equal(journey.touchpoints[2].title, 'Sees the ad twice');
  });

  test('one touchpoint moved by two peers to different places shows once', () => {
    const [a, b] = peers(2);
    apply(a, [{ op: 'move', from: '/touchpoints/0', path: '/touchpoints/2' }]);
    apply(b, [{ op: 'move', from: '/touchpoints/0', path: '/touchpoints/1' }]);
    sync([a, b]);
    const journey = assertConverged([a, b]);
    assert.equal(journey.touchpoints.length, 3);
    assert.deepEqual(new Set(journey.touchpoints.map((t) => t.id)), new Set(['ad', 'chat', 'checkout']));
  });

  test('touchpoints added concurrently at the end are both kept', () => {
    const [a, b] = peers(2);
    apply(a, [{ op: 'add', path: '/touchpoints/-', value: { id: 'a1', stage: 'buy', title: 'From A' } }]);
    apply(b, [{ op: 'add', path: '/touchpoints/-', value: { id: 'b1', stage: 'buy', title: 'From B' } }]);
    sync([a, b]);
    const ids = assertConverged([a, b]).touchpoints.map((t) => t.id);
    assert.ok(ids.includes('a1') && ids.includes('b1'));
  });
});

describe('observeJourney', () => {
  test('remote changes arrive as ops that turn the previous journey into the new one', () => {
    const [a, b] = peers(2);
    const changes = [];
    observeJourney(b, (change) => changes.push(change));
    const shown = journeyOf(b);
    apply(a, [
      { op: 'move', from: '/touchpoints/0', path: '/touchpoints/2' },
      { op: 'replace', path: '/touchpoints/0/title', value: 'Chat' },
    ]);
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a), 'provider');
    assert.equal(changes.length, 1);
    assert.equal(changes[0].local, false);
    assert.equal(changes[0].origin, 'provider');
    // The ops applied to what the map showed give the document's journey.
    const replayed = new Y.Doc();
    journeyToDoc(shown, replayed);
    apply(replayed, changes[0].ops);
    assert.deepEqual(journeyOf(replayed), journeyOf(b));
  });

  test('local edits are reported as local with their origin', () => {
    const [a] = peers(1);
    const changes = [];
    observeJourney(a, (change) => changes.push(change));
    apply(a, [{ op: 'replace', path: '/title', value: 'New' }]);
    assert.deepEqual(changes.map((c) => [c.local, c.origin, c.ops]), [[true, 'local', [{ op: 'replace', path: '/title', value: 'New' }]]]);
  });

  test('a rogue peer writing a journey that does not validate: docs converge, the consumer keeps the last valid journey', () => {
    const [a, b, rogue] = peers(3);
    const changes = [];
    observeJourney(b, (change) => changes.push(change));
    // The rogue writes the document directly, skipping applyOpsToDoc's check.
    rogue.transact(() => {
      rogue.getMap('journey').set('version', 7);
      rogue.getMap('journey').delete('stages');
    });
    apply(a, [{ op: 'replace', path: '/touchpoints/0/emotion', value: 3 }]);
    sync([a, b, rogue]);
    assertNotValid(b);
    assert.deepEqual(docToJson(a), docToJson(b));
    assert.deepEqual(docToJson(rogue), docToJson(b));
    const last = changes.at(-1);
    assert.deepEqual(last.ops, []);
    assert.ok(last.problems.some((p) => p.path === '/version' && p.severity === 'error'));
    assert.equal(last.journey.version, 1);
    // Someone puts it right through a checked patch: the consumer gets ops from the last valid journey.
    const repair = applyOpsToDoc(b, [
      { op: 'replace', path: '/version', value: 1 },
      { op: 'add', path: '/stages', value: sampleJourney().stages },
    ], 'local');
    assert.equal(repair.applied, true, JSON.stringify(repair.problems));
    assert.equal(changes.at(-1).journey.touchpoints[0].emotion, 3);
    assert.deepEqual(changes.at(-1).ops, []); // the same journey as the last valid one
  });

  test('a document whose item keys loop is reported, not followed forever', () => {
    const [doc] = peers(1);
    doc.transact(() => {
      const items = doc.getMap('journey.items');
      const loop = new Y.Array();
      loop.push(['loop', 'loop']);
      items.set('loop', loop);
      const actions = new Y.Array();
      actions.push(['loop']);
      items.get(doc.getMap('journey').get('touchpoints').get(0)).set('actions', actions);
    });
    const { journey, problems } = docToJourney(doc);
    assert.equal(journey, null);
    assert.match(problems[0].message, /deeper than/);
  });
});

function assertNotValid(doc) {
  assert.equal(docToJourney(doc).journey, null);
}
