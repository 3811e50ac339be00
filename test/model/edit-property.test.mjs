// Property tests (fast-check) of editing: random sequences of edit operations on the valid
// fixtures, where each applied result validates, its patch replays to it and its inverse
// restores the journey exactly; diffs between any two states apply; and arbitrary patches never
// make applyPatch throw and are refused with located problems.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import * as edit from '../../dist/model/index.js';
import { applyPatch, diffJourneys, LIST_FIELDS, parseJourney, parseJsonPointer } from '../../dist/model/index.js';
import { readJourney, repoRoot } from './edit-fixtures.mjs';

const validDir = path.join(repoRoot, 'test', 'fixtures', 'valid');
const fixtures = [
  ...readdirSync(validDir).filter((f) => f.endsWith('.json')).sort().map((f) => readJourney(path.join(validDir, f))),
  readJourney(path.join(repoRoot, 'test', 'fixtures', 'map', 'retail.en.json')),
];
assert.ok(fixtures.every(Boolean), 'every fixture is valid');

const hasErrors = (problems) => problems.some((p) => p.severity === 'error');
const pick = (list, n) => (list.length === 0 ? undefined : list[n % list.length]);

/** One random edit: which operation, and numbers and text to choose its arguments with. */
const step = fc.record({
  kind: fc.constantFrom(
    'addTouchpoint', 'updateTouchpoint', 'removeTouchpoint', 'moveTouchpoint', 'setEmotion',
    'addStage', 'renameStage', 'updateStage', 'removeStage', 'moveStage',
    'addPersona', 'updatePersona', 'removePersona',
    'addListItem', 'updateListItem', 'removeListItem', 'moveListItem',
    'setNext', 'addNextEdge', 'removeNextEdge',
  ),
  a: fc.nat(50),
  b: fc.nat(50),
  c: fc.integer({ min: -2, max: 20 }),
  text: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('Chat', 'Café', 'الدفع', 'x/y~z', '__proto__', '<b>')),
  flag: fc.boolean(),
});

/** Runs one step on `j`: picks ids, lists and values from the journey with the step's numbers. */
function run(j, { kind, a, b, c, text, flag }) {
  const tp = pick(j.touchpoints, a)?.id ?? 'none';
  const other = pick(j.touchpoints, b)?.id ?? 'none';
  const stage = pick(j.stages, a)?.id;
  const otherStage = pick(j.stages, b)?.id;
  const persona = pick(j.personas ?? [], a)?.id ?? 'none';
  const otherPersona = pick(j.personas ?? [], b)?.id;
  const remove = c % 3 === 0 ? {} : c % 3 === 1 ? { moveTouchpointsTo: c > 10 ? otherPersona ?? otherStage : otherStage } : { removeTouchpoints: true };
  const ownerKind = pick(['touchpoint', 'stage', 'persona', 'journey'], b);
  const owner = ownerKind === 'journey' ? { journey: true } : { [ownerKind]: ownerKind === 'touchpoint' ? tp : ownerKind === 'stage' ? stage : persona };
  const field = pick(LIST_FIELDS[ownerKind], a);
  const item = field === 'metrics' ? { kind: flag ? 'csat' : 'visits', value: c } : (field === 'painPoints' || field === 'opportunities') && flag ? { text } : text;
  switch (kind) {
    case 'addTouchpoint': return edit.addTouchpoint(j, { stage: flag ? stage : otherStage, title: text }, { position: c });
    case 'updateTouchpoint': return edit.updateTouchpoint(j, tp, { title: text, description: flag ? undefined : text });
    case 'removeTouchpoint': return edit.removeTouchpoint(j, tp);
    case 'moveTouchpoint': return edit.moveTouchpoint(j, tp, { stage: flag ? otherStage : undefined, position: c });
    case 'setEmotion': return edit.setEmotion(j, tp, flag ? undefined : c - 5);
    case 'addStage': return edit.addStage(j, { name: text }, { position: c });
    case 'renameStage': return edit.renameStage(j, stage, text);
    case 'updateStage': return edit.updateStage(j, stage, { description: flag ? undefined : text });
    case 'removeStage': return edit.removeStage(j, stage, remove);
    case 'moveStage': return edit.moveStage(j, stage, c);
    case 'addPersona': return edit.addPersona(j, { name: text }, { position: c });
    case 'updatePersona': return edit.updatePersona(j, persona, { role: flag ? undefined : text });
    case 'removePersona': return edit.removePersona(j, persona, remove);
    case 'addListItem': return edit.addListItem(j, owner, field, item, { position: c });
    case 'updateListItem': return edit.updateListItem(j, owner, field, a % 3, item);
    case 'removeListItem': return edit.removeListItem(j, owner, field, b % 3);
    case 'moveListItem': return edit.moveListItem(j, owner, field, a % 3, c);
    case 'setNext': return edit.setNext(j, tp, flag ? undefined : [other]);
    case 'addNextEdge': return edit.addNextEdge(j, tp, other);
    case 'removeNextEdge': return edit.removeNextEdge(j, tp, pick(j.touchpoints.find((t) => t.id === tp)?.next ?? [], b) ?? other);
  }
}

describe('edit operations', () => {
  test('every result validates, its patch replays to it, its inverse restores the journey exactly; refusals change nothing', () => {
    let appliedSteps = 0;
    fc.assert(
      fc.property(fc.nat(fixtures.length - 1), fc.array(step, { minLength: 1, maxLength: 8 }), (f, steps) => {
        const start = fixtures[f];
        let j = start;
        for (const s of steps) {
          const r = run(j, s);
          if (r.applied) {
            appliedSteps++;
            assert.equal(hasErrors(parseJourney(r.journey).problems), false, `${s.kind} gave an invalid journey`);
            assert.deepEqual(applyPatch(j, r.ops).journey, r.journey, `${s.kind}: ops replay`);
            const undone = applyPatch(r.journey, r.inverse);
            assert.equal(undone.applied, true, `${s.kind}: inverse applies ${JSON.stringify(undone.problems)}`);
            assert.deepEqual(undone.journey, j, `${s.kind}: inverse restores`);
            j = r.journey;
          } else {
            assert.equal(r.journey, j, `${s.kind}: a refusal returns the input`);
            assert.deepEqual([r.ops, r.inverse], [[], []]);
            assert.ok(hasErrors(r.problems), `${s.kind}: a refusal says why`);
            for (const p of r.problems) assert.ok(parseJsonPointer(p.path), p.path);
          }
        }
        // A diff between any two states applies to give the second, both ways.
        assert.deepEqual(applyPatch(start, diffJourneys(start, j)).journey, j);
        assert.deepEqual(applyPatch(j, diffJourneys(j, start)).journey, start);
      }),
      { numRuns: 150 },
    );
    assert.ok(appliedSteps > 300, `only ${appliedSteps} steps applied: the generator mostly makes refused edits`);
  });
});

// -- arbitrary patches

const token = fc.oneof(
  fc.constantFrom('touchpoints', 'stages', 'personas', 'metrics', '0', '1', '3', '12', '-', '01', '1e0', '-1', 'title', 'emotion', 'next', 'stage', 'id', '__proto__', 'constructor', 'prototype', 'x~1y', ''),
  fc.string({ maxLength: 6 }),
);
const pointer = fc.oneof(
  fc.array(token, { maxLength: 4 }).map((tokens) => tokens.map((t) => '/' + t.replace(/~(?![01])/g, '~0').replace(/\//g, '~1')).join('')),
  fc.string({ maxLength: 10 }),
);
const operation = fc.oneof(
  fc.record(
    {
      op: fc.oneof(fc.constantFrom('add', 'remove', 'replace', 'move', 'copy', 'test'), fc.anything()),
      path: fc.oneof(pointer, fc.anything()),
      from: pointer,
      value: fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.anything()),
    },
    { requiredKeys: ['op'] },
  ),
  fc.anything(),
);
const patch = fc.oneof(fc.array(operation, { maxLength: 6 }), fc.anything());

describe('applyPatch on arbitrary input', () => {
  test('never throws; a refusal leaves the journey and reports located problems; what applies validates', () => {
    fc.assert(
      fc.property(fc.nat(fixtures.length - 1), patch, (f, ops) => {
        const journey = fixtures[f];
        const r = applyPatch(journey, ops);
        assert.ok(Array.isArray(r.problems));
        for (const p of r.problems) {
          assert.ok(parseJsonPointer(p.path) !== null, `not a pointer: ${p.path}`);
          assert.ok(p.message.length > 0);
          const tokens = parseJsonPointer(p.path);
          if (tokens[0] === 'ops' && tokens.length > 1 && Array.isArray(ops) && p.omitted === undefined) {
            assert.ok(Number(tokens[1]) < ops.length, `${p.path} names an operation of the patch`);
          }
        }
        if (r.applied) assert.equal(hasErrors(parseJourney(r.journey).problems), false);
        else {
          assert.equal(r.journey, journey);
          assert.ok(hasErrors(r.problems));
        }
        assert.equal({}.polluted, undefined);
        assert.equal(Object.prototype.constructor, Object);
      }),
      { numRuns: 500 },
    );
  });
});
