// Edit operations: each returns the new journey, the exact patch that made it and the patch that
// undoes it; refused edits change nothing and say where and why.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import * as edit from '../../dist/model/index.js';
import { applyPatch, slugify, uniqueId } from '../../dist/model/index.js';
import { errorPaths, readJourney, repoRoot, retail } from './edit-fixtures.mjs';

const tpIds = (j) => j.touchpoints.map((t) => t.id);
const minimalFile = path.join(repoRoot, 'test', 'fixtures', 'valid', 'minimal.json');

/**
 * Asserts an edit of `before` applied with exactly `ops` (when given), that `ops` replays to the
 * same journey, and that `inverse` gives `before` back. The input is deep-frozen, so any write
 * to it would throw.
 */
function applied(result, before, ops) {
  assert.equal(result.applied, true, JSON.stringify(result.problems));
  assert.notEqual(result.journey, before);
  if (ops) assert.deepEqual(result.ops, ops);
  assert.deepEqual(applyPatch(before, result.ops).journey, result.journey);
  const undone = applyPatch(result.journey, result.inverse);
  assert.equal(undone.applied, true, JSON.stringify(undone.problems));
  assert.deepEqual(undone.journey, before);
  return result.journey;
}

function refused(result, before, path, fragment) {
  assert.equal(result.applied, false);
  assert.equal(result.journey, before, 'a refused edit returns the input itself');
  assert.deepEqual([result.ops, result.inverse], [[], []]);
  assert.ok(errorPaths(result).includes(path), `expected an error at ${path}, got ${JSON.stringify(result.problems)}`);
  if (fragment) assert.match(result.problems.find((p) => p.path === path).message, fragment);
}

describe('ids', () => {
  test('a slug of the title, with a counter when taken; letters of any script kept, accents dropped', () => {
    assert.equal(slugify('Asks about sizes in the Web chat!', 'x'), 'asks-about-sizes-in-the-web-chat');
    assert.equal(slugify('Café crème', 'x'), 'cafe-creme');
    assert.equal(slugify('الدفع عند الاستلام', 'x'), 'الدفع-عند-الاستلام');
    assert.equal(slugify('  ***  ', 'touchpoint'), 'touchpoint');
    assert.equal(slugify('a'.repeat(100), 'x').length, edit.MAX_SLUG_LENGTH);
    assert.equal(uniqueId('chat', new Set(['chat', 'chat-2'])), 'chat-3');
  });

  test('new touchpoints, stages and personas get stable ids unique in their list; a given id is kept', () => {
    const a = edit.addTouchpoint(retail, { stage: 'purchase', title: 'Checkout' });
    assert.equal(a.ops[0].value.id, 'checkout-2');
    assert.deepEqual(edit.addTouchpoint(retail, { stage: 'purchase', title: 'Checkout' }).ops, a.ops, 'same edit, same id');
    const b = edit.addTouchpoint(a.journey, { stage: 'purchase', title: 'Checkout' });
    assert.equal(b.ops[0].value.id, 'checkout-3');
    assert.equal(edit.addStage(retail, { name: 'Purchase' }).ops[0].value.id, 'purchase-2');
    assert.equal(edit.addPersona(retail, { name: 'Ola' }).ops[0].value.id, 'ola-2');
    assert.equal(edit.addTouchpoint(retail, { id: 'mine', stage: 'purchase', title: 'Checkout' }).ops[0].value.id, 'mine');
    assert.deepEqual(Object.keys(a.ops[0].value), ['id', 'stage', 'title'], 'the id comes first');
  });

  test('a duplicate id given by the caller is refused where parseJourney finds it', () => {
    const r = edit.addTouchpoint(retail, { id: 'chat', stage: 'advocacy', title: 'Again' });
    refused(r, retail, '/touchpoints/13/id', /already used/);
  });
});

describe('touchpoints', () => {
  test('add at a position among the stage\'s touchpoints, or at the end of the stage', () => {
    const first = applied(edit.addTouchpoint(retail, { stage: 'purchase', title: 'Basket' }, { position: 0 }), retail, [
      { op: 'add', path: '/touchpoints/5', value: { id: 'basket', stage: 'purchase', title: 'Basket' } },
    ]);
    assert.equal(first.touchpoints[5].id, 'basket');
    const last = applied(edit.addTouchpoint(retail, { stage: 'purchase', title: 'Basket' }), retail);
    assert.equal(last.touchpoints[8].id, 'basket');
    assert.equal(applied(edit.addTouchpoint(retail, { stage: 'purchase', title: 'Basket' }, { position: 99 }), retail).touchpoints[8].id, 'basket');
  });

  test('add to an empty stage goes after the touchpoints of the stages before it', () => {
    const withStage = applied(edit.addStage(retail, { id: 'compare', name: 'Compare' }, { position: 2 }), retail);
    const j = applied(edit.addTouchpoint(withStage, { stage: 'compare', title: 'Reads reviews' }), withStage);
    assert.equal(j.touchpoints[5].id, 'reads-reviews');
    assert.equal(j.touchpoints[4].stage, 'consideration');
  });

  test('an invalid touchpoint is refused at its journey path', () => {
    refused(edit.addTouchpoint(retail, { stage: 'nowhere', title: 'X' }), retail, '/touchpoints/13/stage');
    refused(edit.updateTouchpoint(retail, 'chat', { url: 'javascript:alert(1)' }), retail, '/touchpoints/3/url');
  });

  test('update sets, adds and removes fields (undefined removes); unchanged fields make no operation', () => {
    applied(edit.updateTouchpoint(retail, 'chat', { title: 'Chats', channel: 'chat', emotionLabel: undefined, description: 'New' }), retail, [
      { op: 'replace', path: '/touchpoints/3/title', value: 'Chats' },
      { op: 'remove', path: '/touchpoints/3/emotionLabel' },
      { op: 'add', path: '/touchpoints/3/description', value: 'New' },
    ]);
  });

  test('update refuses id and stage changes, and unknown touchpoints', () => {
    refused(edit.updateTouchpoint(retail, 'chat', { id: 'x' }), retail, '/touchpoints/3', /id does not change/);
    refused(edit.updateTouchpoint(retail, 'chat', { stage: 'purchase' }), retail, '/touchpoints/3/stage', /moveTouchpoint/);
    refused(edit.updateTouchpoint(retail, 'nope', { title: 'x' }), retail, '/touchpoints', /no touchpoint has id "nope"/);
  });

  test('setEmotion sets, changes and clears; out of the scale is refused', () => {
    applied(edit.setEmotion(retail, 'chat', -2), retail, [{ op: 'replace', path: '/touchpoints/3/emotion', value: -2 }]);
    refused(edit.setEmotion(retail, 'chat', 9), retail, '/touchpoints/3/emotion');
    // chat has an emotionRange of -3 to -1, which an emotion must stay inside.
    refused(edit.setEmotion(retail, 'chat', 0), retail, '/touchpoints/3/emotionRange');
    const cleared = applied(edit.setEmotion(retail, 'chat', undefined), retail, [{ op: 'remove', path: '/touchpoints/3/emotion' }]);
    assert.equal('emotion' in cleared.touchpoints[3], false);
  });

  test('move to another stage is the minimal patch: replace stage, then one move (the shared case)', () => {
    const j = applied(edit.moveTouchpoint(retail, 'chat', { stage: 'purchase', position: 1 }), retail, [
      { op: 'replace', path: '/touchpoints/3/stage', value: 'purchase' },
      { op: 'move', from: '/touchpoints/3', path: '/touchpoints/5' },
    ]);
    assert.deepEqual([j.touchpoints[5].id, j.touchpoints[5].stage, j.touchpoints[3].id], ['chat', 'purchase', 'store-visit']);
  });

  test('move within a stage is one move; to where it is, no operation; to an unknown stage, refused', () => {
    applied(edit.moveTouchpoint(retail, 'chat', { position: 0 }), retail, [{ op: 'move', from: '/touchpoints/3', path: '/touchpoints/2' }]);
    applied(edit.moveTouchpoint(retail, 'chat', { position: 1 }), retail, []);
    refused(edit.moveTouchpoint(retail, 'chat', { stage: 'nowhere' }), retail, '/touchpoints/12/stage');
  });

  test('remove also removes the next edges pointing to it, and undo restores them', () => {
    const j = applied(edit.removeTouchpoint(retail, 'checkout'), retail, [
      { op: 'remove', path: '/touchpoints/2/next/1' },
      { op: 'remove', path: '/touchpoints/3/next/0' },
      { op: 'remove', path: '/touchpoints/5' },
    ]);
    assert.deepEqual(j.touchpoints[2].next, ['chat']);
    assert.deepEqual(j.touchpoints[3].next, [], 'an emptied next stays: the touchpoint ends its paths');
  });

  test('next edges: set, clear, add once, remove', () => {
    applied(edit.setNext(retail, 'review', ['refers-friend']), retail, [{ op: 'add', path: '/touchpoints/11/next', value: ['refers-friend'] }]);
    applied(edit.setNext(retail, 'chat', undefined), retail, [{ op: 'remove', path: '/touchpoints/3/next' }]);
    applied(edit.addNextEdge(retail, 'chat', 'store-visit'), retail, [{ op: 'add', path: '/touchpoints/3/next/1', value: 'store-visit' }]);
    applied(edit.addNextEdge(retail, 'review', 'chat'), retail, [{ op: 'add', path: '/touchpoints/11/next', value: ['chat'] }]);
    applied(edit.addNextEdge(retail, 'chat', 'checkout'), retail, []);
    applied(edit.removeNextEdge(retail, 'product-page', 'chat'), retail, [{ op: 'remove', path: '/touchpoints/2/next/0' }]);
    refused(edit.removeNextEdge(retail, 'chat', 'review'), retail, '/touchpoints/3/next', /no path edge/);
    refused(edit.addNextEdge(retail, 'chat', 'nowhere'), retail, '/touchpoints/3/next/1');
  });
});

describe('stages', () => {
  test('add, rename, update and move', () => {
    applied(edit.addStage(retail, { name: 'Onboarding' }, { position: 3 }), retail, [{ op: 'add', path: '/stages/3', value: { id: 'onboarding', name: 'Onboarding' } }]);
    applied(edit.renameStage(retail, 'consideration', 'Compare'), retail, [{ op: 'replace', path: '/stages/1/name', value: 'Compare' }]);
    applied(edit.updateStage(retail, 'purchase', { goals: undefined, description: 'Pay' }), retail, [
      { op: 'remove', path: '/stages/2/goals' },
      { op: 'replace', path: '/stages/2/description', value: 'Pay' },
    ]);
    const moved = applied(edit.moveStage(retail, 'advocacy', 0), retail, [{ op: 'move', from: '/stages/4', path: '/stages/0' }]);
    assert.equal(moved.stages[0].id, 'advocacy');
    applied(edit.moveStage(retail, 'awareness', 99), retail, [{ op: 'move', from: '/stages/0', path: '/stages/4' }]);
  });

  test('removing a stage with touchpoints needs an explicit choice', () => {
    refused(edit.removeStage(retail, 'advocacy'), retail, '/stages/4', /moveTouchpointsTo.*removeTouchpoints/);
    refused(edit.removeStage(retail, 'advocacy', { moveTouchpointsTo: 'advocacy' }), retail, '/stages/4', /not another stage/);
    refused(edit.removeStage(retail, 'advocacy', { moveTouchpointsTo: 'nope' }), retail, '/stages/4');
  });

  test('remove moving its touchpoints to another stage', () => {
    const j = applied(edit.removeStage(retail, 'advocacy', { moveTouchpointsTo: 'retention' }), retail, [
      { op: 'replace', path: '/touchpoints/11/stage', value: 'retention' },
      { op: 'replace', path: '/touchpoints/12/stage', value: 'retention' },
      { op: 'remove', path: '/stages/4' },
    ]);
    assert.deepEqual(tpIds(j), tpIds(retail));
  });

  test('remove with its touchpoints, and the edges pointing to them', () => {
    const j = applied(edit.removeStage(retail, 'advocacy', { removeTouchpoints: true }), retail, [
      { op: 'remove', path: '/touchpoints/9/next/0' },
      { op: 'remove', path: '/touchpoints/10/next/0' },
      { op: 'remove', path: '/touchpoints/12' },
      { op: 'remove', path: '/touchpoints/11' },
      { op: 'remove', path: '/stages/4' },
    ]);
    assert.equal(j.touchpoints.length, 11);
  });

  test('an empty stage is removed as it is; the last stage is refused by the validator', () => {
    const withStage = applied(edit.addStage(retail, { id: 'extra', name: 'Extra' }), retail);
    applied(edit.removeStage(withStage, 'extra'), withStage, [{ op: 'remove', path: '/stages/5' }]);
    const minimal = readJourney(minimalFile);
    refused(edit.removeStage(minimal, 'only', { removeTouchpoints: true }), minimal, '/stages');
  });
});

describe('personas', () => {
  test('add (creating the list when absent), update', () => {
    applied(edit.addPersona(retail, { name: 'Sam Lee', role: 'Gift buyer' }, { position: 0 }), retail, [
      { op: 'add', path: '/personas/0', value: { id: 'sam-lee', name: 'Sam Lee', role: 'Gift buyer' } },
    ]);
    const minimal = readJourney(minimalFile);
    applied(edit.addPersona(minimal, { name: 'Sam' }), minimal, [{ op: 'add', path: '/personas', value: [{ id: 'sam', name: 'Sam' }] }]);
    applied(edit.updatePersona(retail, 'ola', { color: 'teal' }), retail, [{ op: 'replace', path: '/personas/1/color', value: 'teal' }]);
    refused(edit.updatePersona(retail, 'ola', { color: 'url(x)' }), retail, '/personas/1/color');
  });

  test('a persona that is the only one of some touchpoints is not removed silently', () => {
    refused(edit.removePersona(retail, 'ola'), retail, '/personas/1', /only persona of 6 touchpoint/);
    refused(edit.removePersona(retail, 'ola', { moveTouchpointsTo: 'nobody' }), retail, '/personas/1', /not another persona/);
  });

  test('remove reassigning its touchpoints keeps strings strings', () => {
    const j = applied(edit.removePersona(retail, 'ola', { moveTouchpointsTo: 'maria' }), retail);
    assert.ok(j.touchpoints.every((t) => t.persona === 'maria'));
    assert.deepEqual(j.personas.map((p) => p.id), ['maria']);
  });

  test('remove with its touchpoints removes them and the edges to them', () => {
    const j = applied(edit.removePersona(retail, 'ola', { removeTouchpoints: true }), retail);
    assert.deepEqual(tpIds(j), ['ig-ad', 'product-page', 'chat', 'checkout', 'order-email', 'support-call', 'review']);
  });

  test('a touchpoint shared with other personas just stops naming the removed one', () => {
    const shared = applied(edit.updateTouchpoint(retail, 'review', { persona: ['maria', 'ola'] }), retail);
    const j = applied(edit.removePersona(shared, 'maria', { moveTouchpointsTo: 'ola' }), shared);
    assert.deepEqual(j.touchpoints[11].persona, ['ola']);
    assert.equal(j.touchpoints[0].persona, 'ola');
  });
});

describe('list fields', () => {
  const chat = { touchpoint: 'chat' };

  test('add, edit, remove and move items of every list of a touchpoint', () => {
    for (const name of edit.LIST_FIELDS.touchpoint) {
      const item = name === 'metrics' ? { kind: 'csat', value: 4 } : name === 'painPoints' || name === 'opportunities' ? { text: 'x' } : 'x';
      const added = applied(edit.addListItem(retail, chat, name, item, { position: 0 }), retail);
      const first = added.touchpoints[3][name][0];
      assert.equal(typeof item === 'string' ? first : first.text ?? first.kind, typeof item === 'string' ? 'x' : item.text ?? item.kind, name);
      applied(edit.updateListItem(added, chat, name, 0, item), added);
      applied(edit.removeListItem(added, chat, name, 0), added);
      applied(edit.moveListItem(added, chat, name, 0, 5), added);
    }
  });

  test('lists of stages, personas and the journey; an absent list is created', () => {
    applied(edit.addListItem(retail, { stage: 'retention' }, 'goals', 'Buy again'), retail, [{ op: 'add', path: '/stages/3/goals', value: ['Buy again'] }]);
    applied(edit.addListItem(retail, { stage: 'awareness' }, 'goals', 'Notice us', { position: 0 }), retail, [{ op: 'add', path: '/stages/0/goals/0', value: 'Notice us' }]);
    applied(edit.addListItem(retail, { persona: 'ola' }, 'needs', 'Staff advice'), retail, [{ op: 'add', path: '/personas/1/needs', value: ['Staff advice'] }]);
    applied(edit.moveListItem(retail, { journey: true }, 'metrics', 2, 0), retail, [{ op: 'move', from: '/metrics/2', path: '/metrics/0' }]);
    applied(edit.removeListItem(retail, { persona: 'maria' }, 'frustrations', 1), retail, [{ op: 'remove', path: '/personas/0/frustrations/1' }]);
  });

  test('new opportunity and metric objects get ids; an edited one keeps its id', () => {
    const a = applied(edit.addListItem(retail, chat, 'opportunities', { text: 'Fit finder in chat', impact: 4 }), retail);
    assert.equal(a.touchpoints[3].opportunities[1].id, 'fit-finder-in-chat');
    const b = applied(edit.addListItem(a, { touchpoint: 'checkout' }, 'opportunities', { text: 'Fit finder in chat' }), a);
    assert.equal(b.touchpoints[5].opportunities.at(-1).id, 'fit-finder-in-chat-2', 'unique in the journey');
    const c = applied(edit.updateListItem(b, chat, 'opportunities', 1, { text: 'Fit finder', impact: 5 }), b);
    assert.equal(c.touchpoints[3].opportunities[1].id, 'fit-finder-in-chat');
    const m = applied(edit.addListItem(retail, chat, 'metrics', { kind: 'csat', value: 3 }), retail);
    assert.equal(m.touchpoints[3].metrics.at(-1).id, 'csat');
    assert.equal(applied(edit.addListItem(retail, chat, 'metrics', { kind: 'csat', value: 3, label: 'Chat CSAT' }), retail).touchpoints[3].metrics.at(-1).id, 'chat-csat');
    assert.equal(applied(edit.addListItem(retail, chat, 'quotes', 'Hi'), retail).touchpoints[3].quotes.at(-1), 'Hi', 'strings stay strings');
  });

  test('opportunities keep addressing the same pain points when pain points are added, removed or moved', () => {
    let j = applied(edit.setNext(retail, 'chat', undefined), retail);
    j = applied(edit.updateTouchpoint(j, 'chat', { painPoints: ['a', 'b', 'c'], opportunities: [{ text: 'fix', addresses: [0, 2] }] }), j);
    const addresses = (r) => r.journey.touchpoints[3].opportunities[0].addresses;
    const added = edit.addListItem(j, chat, 'painPoints', 'new', { position: 1 });
    assert.deepEqual(addresses(added), [0, 3]);
    applied(added, j);
    const removed = edit.removeListItem(j, chat, 'painPoints', 0);
    assert.deepEqual(addresses(removed), [1]);
    applied(removed, j);
    const moved = edit.moveListItem(j, chat, 'painPoints', 2, 0);
    assert.deepEqual(addresses(moved), [1, 0]);
    applied(moved, j);
    const gone = edit.removeListItem(removed.journey, chat, 'painPoints', 1);
    assert.equal('addresses' in gone.journey.touchpoints[3].opportunities[0], false, 'no pain point left to address');
    applied(gone, removed.journey);
  });

  test('refused: a list the owner does not have, an index out of range, an unknown owner, an invalid item', () => {
    refused(edit.addListItem(retail, { stage: 'purchase' }, 'actions', 'x'), retail, '/stages/2', /not a list of a stage; its lists are goals, metrics/);
    refused(edit.removeListItem(retail, chat, 'quotes', 5), retail, '/touchpoints/3/quotes', /no item 5/);
    refused(edit.moveListItem(retail, chat, 'actions', 0, 1), retail, '/touchpoints/3/actions', /no item 0/);
    refused(edit.addListItem(retail, { persona: 'nobody' }, 'goals', 'x'), retail, '/personas');
    refused(edit.addListItem(retail, chat, 'metrics', { kind: 'csat', value: 9 }), retail, '/touchpoints/3/metrics/2/value');
  });
});

describe('never throws', () => {
  test('odd arguments become problems, not exceptions', () => {
    refused(edit.addTouchpoint(retail, null), retail, '');
    refused(edit.updateTouchpoint(retail, 'chat', { __proto__: null, constructor: 'x' }), retail, '/ops/0', /prototype/);
    refused(edit.addListItem(retail, null, 'metrics', 'x'), retail, '', /the edit could not be made/);
    refused(edit.moveStage(retail, 'awareness', Number.NaN) && edit.moveStage(undefined, 'awareness', 1), undefined, '', /the edit could not be made/);
  });
});
