// parseJourney: every rule of the journey model, with the exact JSON Pointer of each problem and
// a message that names the bad value and what was expected.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import vm from 'node:vm';
import { parseJourney, MAX_COLOR_LENGTH, MAX_DEPTH } from '../../dist/model/index.js';
import { describeJsonSyntaxError, findJsonSyntaxError } from '../../dist/model/json-syntax.js';

/** A small valid journey; `over` replaces root fields, `tp` adds fields to the one touchpoint. */
function journey(over = {}, tp = {}) {
  return {
    version: 1,
    title: 'T',
    stages: [{ id: 's', name: 'S' }],
    touchpoints: [{ id: 't', stage: 's', title: 'One', ...tp }],
    ...over,
  };
}

const errors = (result) => result.problems.filter((p) => p.severity === 'error');
const warnings = (result) => result.problems.filter((p) => p.severity === 'warning');

/**
 * Asserts `input` is refused with an error at `path` whose message contains every fragment,
 * and returns that problem. Inputs are also checked as JSON text when they survive a round trip.
 */
function expectError(input, path, ...fragments) {
  const results = [parseJourney(input)];
  if (typeof input === 'object' && input !== null && roundTrips(input)) results.push(parseJourney(JSON.stringify(input)));
  let found;
  for (const result of results) {
    assert.equal(result.journey, null, 'a journey with errors is not returned');
    const problem = result.problems.find((p) => p.path === path && p.severity === 'error');
    assert.ok(problem, `expected an error at ${JSON.stringify(path)}, got ${JSON.stringify(result.problems, null, 1)}`);
    for (const fragment of fragments) {
      assert.ok(problem.message.includes(fragment), `message ${JSON.stringify(problem.message)} should include ${JSON.stringify(fragment)}`);
    }
    found = problem;
  }
  return found;
}

/** Whether `value` survives JSON.stringify unchanged (no getters run twice, no cycles, no undefined). */
function roundTrips(value) {
  const seen = new Set();
  const plain = (v) => {
    if (v === null || ['string', 'boolean'].includes(typeof v)) return true;
    if (typeof v === 'number') return Number.isFinite(v);
    if (typeof v !== 'object' || seen.has(v)) return false;
    seen.add(v);
    const proto = Object.getPrototypeOf(v);
    if (Array.isArray(v)) return Object.keys(v).length === v.length && v.every(plain);
    if (proto !== Object.prototype && proto !== null) return false;
    return Object.keys(v).every((k) => {
      const d = Object.getOwnPropertyDescriptor(v, k);
      return 'value' in d && plain(d.value);
    });
  };
  return plain(value);
}

/** Asserts exactly these error paths (in this order), no more. */
function expectErrorPaths(input, paths) {
  const result = parseJourney(input);
  assert.deepEqual(errors(result).map((p) => p.path), paths, JSON.stringify(result.problems, null, 1));
  return result;
}

function expectValid(input) {
  const result = parseJourney(input);
  assert.deepEqual(errors(result), [], JSON.stringify(result.problems, null, 1));
  assert.notEqual(result.journey, null);
  return result;
}

describe('valid input', () => {
  test('a minimal journey parses with no problems and equals its input', () => {
    const input = journey();
    const result = parseJourney(JSON.stringify(input));
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.journey, input);
  });

  test('the same journey given as an object parses the same', () => {
    const input = journey();
    assert.deepEqual(parseJourney(input), parseJourney(JSON.stringify(input)));
  });

  test('$schema is allowed at the root without a warning', () => {
    assert.deepEqual(parseJourney(journey({ $schema: 'https://journeykit.dev/schema/journey-1.json' })).problems, []);
  });

  test('touchpoints may be empty (stages then get "no touchpoints" warnings only)', () => {
    const result = expectValid(journey({ touchpoints: [] }));
    assert.deepEqual(result.problems.map((p) => [p.path, p.severity]), [['/stages/0', 'warning']]);
  });

  test('every problem has a non-empty message and a severity', () => {
    const result = parseJourney({ version: 1, title: 5, stages: 'x', touchpoints: [{ id: 1 }], extra: 1 });
    assert.ok(result.problems.length >= 3);
    for (const p of result.problems) {
      assert.equal(typeof p.message, 'string');
      assert.ok(p.message.length > 10);
      assert.ok(p.severity === 'error' || p.severity === 'warning');
    }
  });
});

describe('the root', () => {
  for (const [label, input, fragment] of [
    ['an array', [journey()], 'array'],
    ['a number', 42, 'the number 42'],
    ['null', null, 'null'],
    ['a boolean', true, 'the boolean true'],
    ['undefined', undefined, 'undefined'],
  ]) {
    test(`${label} is refused at ""`, () => {
      const result = parseJourney(input);
      assert.equal(result.journey, null);
      assert.deepEqual(result.problems.map((p) => p.path), ['']);
      assert.match(result.problems[0].message, /must be a JSON object/);
      assert.ok(result.problems[0].message.includes(fragment));
    });
  }

  test('JSON text holding a string is refused at ""', () => {
    const p = expectError('"just text"', '', 'JSON object', '"just text"');
    assert.equal(p.line, undefined, 'not a syntax error, so no line');
  });

  test('version 2 is refused clearly, and nothing else is reported', () => {
    const result = parseJourney(journey({ version: 2, title: 5, stages: 'x' }));
    assert.deepEqual(result.problems.map((p) => p.path), ['/version']);
    assert.equal(result.problems[0].message, 'version 2 is not supported; this library reads version 1');
  });

  test('version 0 and 1.5 are refused', () => {
    expectError(journey({ version: 0 }), '/version', 'version 0 is not supported', 'version 1');
    expectError(journey({ version: 1.5 }), '/version', 'version 1.5 is not supported');
  });

  test('version "1" (a string) is refused, other fields still checked', () => {
    const result = parseJourney(journey({ version: '1', title: 5 }));
    assert.deepEqual(errors(result).map((p) => p.path), ['/version', '/title']);
    assert.ok(result.problems[0].message.includes('the string "1"'));
    assert.ok(result.problems[0].message.includes('number 1'));
  });

  test('a missing version is refused at /version', () => {
    const input = journey();
    delete input.version;
    expectError(input, '/version', 'version is missing', 'number 1');
  });

  test('title: missing and wrong type', () => {
    const input = journey();
    delete input.title;
    expectError(input, '/title', 'title is missing', 'a string');
    expectError(journey({ title: 42 }), '/title', 'title must be a string', 'the number 42');
    expectError(journey({ title: ['a'] }), '/title', 'array');
  });

  test('id, description: types; id not empty', () => {
    expectError(journey({ id: 7 }), '/id', 'the number 7', 'string');
    expectError(journey({ id: '' }), '/id', 'must not be empty');
    expectError(journey({ description: {} }), '/description', 'must be a string', 'an object');
  });

  test('locale must look like a BCP 47 tag', () => {
    for (const ok of ['en', 'nb-NO', 'zh-Hant', 'zh-Hant-TW', 'ar', 'x-private']) expectValid(journey({ locale: ok }));
    expectError(journey({ locale: 'en_US' }), '/locale', '"en_US"', 'BCP 47');
    expectError(journey({ locale: '' }), '/locale', 'BCP 47');
    expectError(journey({ locale: 5 }), '/locale', 'the number 5');
  });

  test('dir, subject and state must be in their enums', () => {
    for (const dir of ['ltr', 'rtl', 'auto']) expectValid(journey({ dir }));
    expectError(journey({ dir: 'right-to-left' }), '/dir', '"right-to-left"', '"ltr", "rtl" or "auto"');
    expectError(journey({ dir: 'RTL' }), '/dir', '"RTL"');
    expectError(journey({ subject: 'customers' }), '/subject', '"customers"', '"customer" or "employee"');
    expectError(journey({ state: 'past' }), '/state', '"past"', '"current" or "future"');
    expectError(journey({ state: 1 }), '/state', 'the number 1');
  });

  test('personas and metrics must be arrays', () => {
    expectError(journey({ personas: {} }), '/personas', 'array of personas', 'an object');
    expectError(journey({ metrics: 'x' }), '/metrics', 'array of metrics', 'the string "x"');
  });
});

describe('stages', () => {
  test('empty stages are refused at /stages', () => {
    expectError(journey({ stages: [], touchpoints: [] }), '/stages', 'stages is empty', 'at least one stage');
  });

  test('stages that are not an array are refused, without cascading to touchpoint stages', () => {
    expectErrorPaths(journey({ stages: { id: 's', name: 'S' } }), ['/stages']);
    expectError(journey({ stages: 's' }), '/stages', 'array of stages', 'the string "s"');
  });

  test('missing stages: one error, no cascade', () => {
    const input = journey();
    delete input.stages;
    const result = expectErrorPaths(input, ['/stages']);
    assert.ok(result.problems[0].message.includes('stages is missing'));
  });

  test('a stage needs an id and a name; other fields are typed', () => {
    expectErrorPaths(journey({ stages: [{ name: 'S' }], touchpoints: [] }), ['/stages/0/id']);
    expectError(journey({ stages: [{ id: 's' }] }), '/stages/0/name', 'name is missing', 'stage');
    expectError(journey({ stages: [{ id: 's', name: 'S', description: 1 }] }), '/stages/0/description', 'the number 1');
    expectError(journey({ stages: [{ id: 's', name: 'S', goals: [2] }] }), '/stages/0/goals/0', 'goals[0] must be a string', 'the number 2');
    expectError(journey({ stages: [{ id: 's', name: 'S', metrics: {} }] }), '/stages/0/metrics', 'array of metrics');
    expectError(journey({ stages: ['s'] }), '/stages/0', 'must be an object', 'the string "s"');
  });

  test('a duplicate stage id is reported at the later duplicate', () => {
    const input = journey({ stages: [{ id: 's', name: 'S' }, { id: 'u', name: 'U' }, { id: 's', name: 'Again' }] });
    expectError(input, '/stages/2/id', 'id "s"', '/stages/0', 'unique');
  });

  test('an empty stage is a warning at the stage', () => {
    const result = expectValid(journey({ stages: [{ id: 's', name: 'S' }, { id: 'empty', name: 'E' }] }));
    assert.deepEqual(warnings(result).map((p) => p.path), ['/stages/1']);
    assert.match(warnings(result)[0].message, /stage "empty" has no touchpoints/);
  });
});

describe('personas', () => {
  const p = (fields) => journey({ personas: [{ id: 'p', name: 'P', ...fields }] });

  test('a persona needs an id and a name', () => {
    expectError(journey({ personas: [{ name: 'P' }] }), '/personas/0/id', 'id is missing', 'persona');
    expectError(journey({ personas: [{ id: 'p' }] }), '/personas/0/name', 'name is missing');
    expectError(journey({ personas: [{ id: '', name: 'P' }] }), '/personas/0/id', 'must not be empty');
    expectError(journey({ personas: ['maria'] }), '/personas/0', 'must be an object', '"maria"');
  });

  test('persona fields are typed', () => {
    expectError(p({ role: 1 }), '/personas/0/role', 'the number 1');
    expectError(p({ quote: [] }), '/personas/0/quote', 'an empty array');
    expectError(p({ description: true }), '/personas/0/description', 'the boolean true');
    expectError(p({ goals: 'x' }), '/personas/0/goals', 'array of strings');
    expectError(p({ frustrations: [1] }), '/personas/0/frustrations/0', 'frustrations[0]');
    expectError(p({ needs: {} }), '/personas/0/needs', 'an object');
  });

  test('color must be a CSS colour: hex, a name, or a colour function with numbers', () => {
    const good = ['#7c3aed', '#abc', '#ABCD', '#7c3aed80', 'teal', 'Teal', 'REBECCAPURPLE', 'transparent', 'currentColor', 'rgb(124 58 237)', 'rgb(124, 58, 237)', 'rgba(124,58,237,0.5)',
      'RGB(1 2 3)', 'hsl(200deg 50% 50% / .5)', 'hsla(200, 50%, 50%, 0.5)', 'hwb(12 10% 20%)', 'lab(52.2% 40 59.9)', 'lch(52% 72 56 / 50%)', 'oklab(0.6 0.1 -0.1)',
      'oklch(62.8% 0.2577 29.23)', 'oklch(0.7 none 120)', 'color(display-p3 1 0.5 0 / 0.8)', 'color(srgb-linear 0.1 0.2 0.3)', 'rgb(1e2 0 0)'];
    for (const ok of good) expectValid(p({ color: ok }));
    const bad = ['red;background:url(x)', '</style>', '', 'var(--brand)', 'rgb(var(--r) 0 0)', 'url(https://a.example/x.png)', 'expression(alert(1))', 'attr(data-x)',
      'blurple', '#12345', '#ggg', 'rgb(1 2)', 'rgb(1 2 3 4)', 'rgb(1, 2 3)', 'color(1 2 3)', 'color(p3 1 2 3)', 'calc(1)', 'rgb(calc(1) 2 3)', 'red blue', 'rgb(1 2 3) x'];
    for (const value of bad) expectError(p({ color: value }), '/personas/0/color', 'is not a CSS colour', 'not colours');
    expectError(p({ color: 5 }), '/personas/0/color', 'the number 5');
  });

  test('a colour longer than MAX_COLOR_LENGTH is refused without being searched', () => {
    expectError(p({ color: `rgb(${'1'.repeat(MAX_COLOR_LENGTH)} 0 0)` }), '/personas/0/color', 'characters long; a CSS colour is at most 100');
    expectError(p({ color: 'a'.repeat(10_000_000) }), '/personas/0/color', 'is 10,000,000 characters long');
  });

  test('a duplicate persona id is reported at the later duplicate', () => {
    expectError(journey({ personas: [{ id: 'p', name: 'P' }, { id: 'p', name: 'Q' }] }), '/personas/1/id', 'id "p"', '/personas/0');
  });

  test('a persona no touchpoint names is a warning', () => {
    const input = journey(
      { personas: [{ id: 'p', name: 'P' }, { id: 'lonely', name: 'L' }] },
      { persona: 'p' },
    );
    const result = expectValid(input);
    assert.deepEqual(warnings(result).map((w) => w.path), ['/personas/1']);
    assert.match(warnings(result)[0].message, /persona "lonely" is not named by any touchpoint/);
  });

  test('a touchpoint without persona names every persona, so no warning', () => {
    const input = journey({
      personas: [{ id: 'p', name: 'P' }, { id: 'q', name: 'Q' }],
      touchpoints: [{ id: 't', stage: 's', title: 'x', persona: 'p' }, { id: 'u', stage: 's', title: 'y' }],
    });
    assert.deepEqual(parseJourney(input).problems, []);
  });

  test('an empty personas array is fine', () => {
    assert.deepEqual(parseJourney(journey({ personas: [] })).problems, []);
  });
});

describe('touchpoints', () => {
  test('touchpoints missing or not an array', () => {
    const input = journey();
    delete input.touchpoints;
    expectErrorPaths(input, ['/touchpoints']);
    expectError(journey({ touchpoints: { t: {} } }), '/touchpoints', 'array of touchpoints', 'an object');
    expectError(journey({ touchpoints: [null] }), '/touchpoints/0', 'must be an object', 'null');
  });

  test('a touchpoint needs id, stage and title', () => {
    expectError(journey({ touchpoints: [{ stage: 's', title: 'x' }] }), '/touchpoints/0/id', 'id is missing', 'touchpoint');
    expectError(journey({ touchpoints: [{ id: 't', title: 'x' }] }), '/touchpoints/0/stage', 'stage is missing');
    expectError(journey({ touchpoints: [{ id: 't', stage: 's' }] }), '/touchpoints/0/title', 'title is missing');
  });

  test('every touchpoint field is type-checked', () => {
    const cases = [
      ['title', null, 'null'],
      ['stage', 3, 'the number 3'],
      ['channel', 5, 'the number 5'],
      ['description', false, 'the boolean false'],
      ['actions', 'x', 'array of strings'],
      ['thoughts', {}, 'array of strings'],
      ['backstage', 'x', 'array of strings'],
      ['quotes', 'x', 'array of strings'],
      ['emotion', 'happy', 'must be a number'],
      ['emotionLabel', 3, 'must be a string'],
      ['emotionRange', [1, 2], 'must be an object'],
      ['evidence', 'validated', 'must be an object'],
      ['painPoints', 'slow', 'must be an array'],
      ['opportunities', { text: 'x' }, 'must be an array'],
      ['momentOfTruth', 'yes', 'true or false'],
      ['metrics', {}, 'array of metrics'],
      ['url', 5, 'URL string'],
      ['next', 'u', 'array of touchpoint ids'],
      ['persona', 5, 'persona id or an array of persona ids'],
    ];
    for (const [field, value, fragment] of cases) {
      expectError(journey({}, { [field]: value }), `/touchpoints/0/${field}`, field, fragment);
    }
  });

  test('array items are typed at their own pointer', () => {
    expectError(journey({}, { actions: ['ok', 1] }), '/touchpoints/0/actions/1', 'actions[1] must be a string', 'the number 1');
    expectError(journey({}, { quotes: [null] }), '/touchpoints/0/quotes/0', 'quotes[0]', 'null');
    expectError(journey({}, { next: [1] }), '/touchpoints/0/next/0', 'next[0]', 'the number 1');
    expectError(journey({}, { next: [''] }), '/touchpoints/0/next/0', 'must not be empty');
  });

  test('unknown channel strings are fine', () => {
    expectValid(journey({}, { channel: 'carrier-pigeon' }));
    expectValid(journey({}, { channel: 'web' }));
  });

  test('a duplicate touchpoint id is reported at the later duplicate', () => {
    const input = journey({ touchpoints: [{ id: 'a', stage: 's', title: '1' }, { id: 'b', stage: 's', title: '2' }, { id: 'a', stage: 's', title: '3' }] });
    expectErrorPaths(input, ['/touchpoints/2/id']);
    expectError(input, '/touchpoints/2/id', 'id "a"', '/touchpoints/0', 'touchpoint ids must be unique');
  });

  test('a dangling stage names the value and the valid stages', () => {
    const input = journey({
      stages: ['awareness', 'consideration', 'purchase'].map((id) => ({ id, name: id })),
      touchpoints: [
        { id: 'a', stage: 'awareness', title: 'x' },
        { id: 'b', stage: 'consideration', title: 'x' },
        { id: 'c', stage: 'purchase', title: 'x' },
        { id: 'd', stage: 'checkout', title: 'x' },
      ],
    });
    const p = expectError(input, '/touchpoints/3/stage');
    assert.equal(p.message, `stage "checkout" is not one of the journey's stages (awareness, consideration, purchase)`);
  });

  test('a long list of valid ids is shortened', () => {
    const stages = Array.from({ length: 33 }, (_, i) => ({ id: `stage-${i}`, name: 'S' }));
    const input = journey({ stages, touchpoints: [{ id: 't', stage: 'nope', title: 'x' }] });
    const p = expectError(input, '/touchpoints/0/stage', '"nope"', 'stage-0, stage-1', 'stage-9 … and 23 more');
    assert.ok(!p.message.includes('stage-10'));
  });

  test('a long bad value is shortened in the message', () => {
    const long = 'x'.repeat(5000);
    const p = expectError(journey({}, { stage: long }), '/touchpoints/0/stage');
    assert.ok(p.message.length < 200, p.message);
    assert.ok(p.message.includes('"' + 'x'.repeat(20)));
    assert.ok(p.message.includes('…"'));
  });

  test('a dangling persona: single id at /persona, array item at /persona/i', () => {
    const personas = [{ id: 'maria', name: 'Maria' }];
    expectError(journey({ personas }, { persona: 'ghost' }), '/touchpoints/0/persona', 'persona "ghost"', "journey's personas (maria)");
    expectError(journey({ personas }, { persona: ['maria', 'ghost'] }), '/touchpoints/0/persona/1', '"ghost"', '(maria)');
    expectError(journey({}, { persona: 'x' }), '/touchpoints/0/persona', 'the journey has no personas');
  });

  test('persona must not be an empty array; items are typed; a repeated id is a warning', () => {
    const personas = [{ id: 'p', name: 'P' }];
    expectError(journey({ personas }, { persona: [] }), '/touchpoints/0/persona', 'empty array', 'leave persona out');
    expectError(journey({ personas }, { persona: ['p', 2] }), '/touchpoints/0/persona/1', 'persona[1]', 'the number 2');
    const result = expectValid(journey({ personas }, { persona: ['p', 'p'] }));
    assert.deepEqual(warnings(result).map((w) => w.path), ['/touchpoints/0/persona/1']);
  });

  test('a dangling next is reported at /next/i', () => {
    const input = journey({ touchpoints: [{ id: 'a', stage: 's', title: 'x', next: ['b', 'zzz'] }, { id: 'b', stage: 's', title: 'y' }] });
    expectError(input, '/touchpoints/0/next/1', 'next "zzz"', 'touchpoint (a, b)');
  });

  test('next pointing at itself, or listing an id twice, is a warning', () => {
    const result = expectValid(journey({}, { next: ['t'] }));
    assert.deepEqual(warnings(result).map((w) => w.path), ['/touchpoints/0/next/0']);
    assert.match(warnings(result)[0].message, /itself/);
    const twice = journey({ touchpoints: [{ id: 'a', stage: 's', title: 'x', next: ['b', 'b'] }, { id: 'b', stage: 's', title: 'y' }] });
    assert.deepEqual(warnings(expectValid(twice)).map((w) => w.path), ['/touchpoints/0/next/1']);
  });

  test('loops and branches in next are fine', () => {
    const input = journey({
      stages: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }],
      touchpoints: [
        { id: 'x', stage: 'a', title: 'x', next: ['y', 'z'] },
        { id: 'y', stage: 'b', title: 'y', next: ['x'] },
        { id: 'z', stage: 'b', title: 'z' },
      ],
    });
    assert.deepEqual(parseJourney(input).problems, []);
  });
});

describe('emotions', () => {
  test('emotion within the default scale -3…3 (bounds and fractions included)', () => {
    for (const emotion of [-3, -2.5, 0, 1, 3]) expectValid(journey({}, { emotion }));
    expectError(journey({}, { emotion: 4 }), '/touchpoints/0/emotion', 'emotion 4', 'outside the emotion scale (-3 to 3)');
    expectError(journey({}, { emotion: -3.01 }), '/touchpoints/0/emotion', '-3.01');
  });

  test('emotion within a custom scale', () => {
    const scale = { emotionScale: { min: 1, max: 5 } };
    expectValid(journey(scale, { emotion: 5 }));
    expectError(journey(scale, { emotion: 7 }), '/touchpoints/0/emotion', 'emotion 7', '(1 to 5)');
    expectError(journey(scale, { emotion: 0 }), '/touchpoints/0/emotion', 'emotion 0');
  });

  test('emotionRange: min > max, outside the scale, emotion outside it', () => {
    expectError(journey({}, { emotionRange: { min: 1, max: -1 } }), '/touchpoints/0/emotionRange', 'min 1 is greater than max -1');
    expectError(journey({}, { emotionRange: { min: -5, max: 0 } }), '/touchpoints/0/emotionRange', '-5 to 0', 'outside the emotion scale (-3 to 3)');
    expectError(journey({ emotionScale: { min: 0, max: 10 } }, { emotionRange: { min: 2, max: 11 } }), '/touchpoints/0/emotionRange', '(0 to 10)');
    expectError(journey({}, { emotion: 2, emotionRange: { min: -1, max: 1 } }), '/touchpoints/0/emotionRange', 'emotion 2', '(-1 to 1)');
    expectValid(journey({}, { emotion: 1, emotionRange: { min: -1, max: 1 } }));
    expectValid(journey({}, { emotionRange: { min: -1, max: -1 } }));
  });

  test('emotionRange fields are required and typed', () => {
    expectError(journey({}, { emotionRange: { min: 'low', max: 1 } }), '/touchpoints/0/emotionRange/min', 'emotionRange.min', 'the string "low"');
    expectError(journey({}, { emotionRange: { min: 0 } }), '/touchpoints/0/emotionRange/max', 'emotionRange.max is missing');
  });

  test('an emotion outside the scale is not reported again against its range', () => {
    expectErrorPaths(journey({}, { emotion: 9, emotionRange: { min: -1, max: 1 } }), ['/touchpoints/0/emotion']);
  });
});

describe('emotionScale', () => {
  test('min must be less than max', () => {
    expectError(journey({ emotionScale: { min: 3, max: -3 } }), '/emotionScale', 'min 3 must be less than max -3');
    expectError(journey({ emotionScale: { min: 2, max: 2 } }), '/emotionScale', 'min 2 must be less than max 2');
  });

  test('min and max are required integers', () => {
    expectError(journey({ emotionScale: { min: 0.5, max: 5 } }), '/emotionScale/min', 'emotionScale.min 0.5 is not an integer');
    expectError(journey({ emotionScale: { min: 0, max: '5' } }), '/emotionScale/max', 'the string "5"', 'integer');
    expectError(journey({ emotionScale: { max: 5 } }), '/emotionScale/min', 'emotionScale.min is missing');
    expectError(journey({ emotionScale: { min: 0, max: 1e20 } }), '/emotionScale/max', 'not an integer');
    expectError(journey({ emotionScale: [-3, 3] }), '/emotionScale', 'must be an object', 'array');
  });

  test('an invalid scale does not cascade into emotion errors', () => {
    expectErrorPaths(journey({ emotionScale: { min: 5, max: 1 } }, { emotion: 100 }), ['/emotionScale']);
  });

  test('labels are keyed by integers within the scale and hold strings', () => {
    expectValid(journey({ emotionScale: { min: -2, max: 2, labels: { '-2': 'Bad', 0: 'Meh', 2: 'Good' } } }));
    const scale = (labels) => journey({ emotionScale: { min: 1, max: 5, labels } });
    expectError(scale({ two: 'x' }), '/emotionScale/labels/two', 'label key "two" is not an integer');
    expectError(scale({ 1.5: 'x' }), '/emotionScale/labels/1.5', '"1.5"');
    expectError(scale({ '+1': 'x' }), '/emotionScale/labels/+1', '"+1"');
    expectError(scale({ '03': 'x' }), '/emotionScale/labels/03', '"03"');
    expectError(scale({ 9: 'x' }), '/emotionScale/labels/9', 'label key "9" is outside the scale (1 to 5)');
    expectError(scale({ 3: 4 }), '/emotionScale/labels/3', 'must be a string', 'the number 4');
    expectError(scale(['a']), '/emotionScale/labels', 'must be an object');
  });
});

describe('metrics', () => {
  const m = (metric) => journey({ metrics: [metric] });
  const ranges = {
    csat: [1, 5],
    nps: [-100, 100],
    ces: [1, 7],
    conversion: [0, 1],
    retention: [0, 1],
    'drop-off': [0, 1],
  };

  for (const [kind, [min, max]] of Object.entries(ranges)) {
    test(`${kind}: ${min} to ${max}`, () => {
      expectValid(m({ kind, value: min }));
      expectValid(m({ kind, value: max, target: min }));
      const step = max - min > 10 ? 1 : 0.01;
      expectError(m({ kind, value: max + step }), '/metrics/0/value', `${kind} value ${max + step}`, `${min} to ${max}`);
      expectError(m({ kind, value: min - step }), '/metrics/0/value', `${kind} value`);
      expectError(m({ kind, value: min, target: max + step }), '/metrics/0/target', `${kind} target`);
    });
  }

  test('time-on-task: seconds, not negative', () => {
    expectValid(m({ kind: 'time-on-task', value: 0 }));
    expectValid(m({ kind: 'time-on-task', value: 86400 }));
    expectError(m({ kind: 'time-on-task', value: -1 }), '/metrics/0/value', 'time-on-task value -1', 'cannot be negative');
  });

  test('unknown kinds accept any finite number', () => {
    expectValid(m({ kind: 'revenue', value: -1e9, unit: 'EUR', label: 'Revenue' }));
  });

  test('metrics out of range in stages and touchpoints have their own pointers', () => {
    const input = journey({
      stages: [{ id: 's', name: 'S', metrics: [{ kind: 'conversion', value: 1.4 }] }],
      touchpoints: [{ id: 't', stage: 's', title: 'x', metrics: [{ kind: 'nps', value: 140 }] }],
    });
    expectErrorPaths(input, ['/stages/0/metrics/0/value', '/touchpoints/0/metrics/0/value']);
  });

  test('metric fields are required and typed', () => {
    expectError(m({ value: 5 }), '/metrics/0/kind', 'kind is missing');
    expectError(m({ kind: 'csat' }), '/metrics/0/value', 'value is missing');
    expectError(m({ kind: '', value: 1 }), '/metrics/0/kind', 'must not be empty');
    expectError(m({ kind: 'csat', value: '5' }), '/metrics/0/value', 'the string "5"');
    expectError(m({ kind: 'x', value: 1, unit: 3 }), '/metrics/0/unit', 'the number 3');
    expectError(m({ kind: 'x', value: 1, label: false }), '/metrics/0/label', 'the boolean false');
    expectError(m({ kind: 'x', value: 1, target: 'high' }), '/metrics/0/target', 'the string "high"');
    expectError(journey({ metrics: ['nps'] }), '/metrics/0', 'must be an object', '"nps"');
  });
});

describe('URLs', () => {
  const avatar = (url) => journey({ personas: [{ id: 'p', name: 'P', avatar: url }] });
  const link = (url) => journey({}, { url });
  const good = ['https://example.org/a.png', 'http://example.org', 'HTTPS://EXAMPLE.ORG', 'HtTp://x', '  https://example.org  '];
  const bad = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'https:example.org',
    'https://exa\tmple.org',
    '',
    '   ',
  ];
  const relative = ['/img/a.png', 'a.png', '//evil.example/x', '?q=1', '#top'];

  test('http(s) URLs are allowed for avatars and links, any letter case, trimmed', () => {
    for (const url of good) {
      expectValid(avatar(url));
      expectValid(link(url));
    }
  });

  test('data:image/… is allowed for avatars only', () => {
    for (const url of ['data:image/png;base64,iVBORw0KGgo=', 'DATA:IMAGE/SVG+XML,<svg/>']) {
      expectValid(avatar(url));
      expectError(link(url), '/touchpoints/0/url', 'scheme "', 'https: or http:');
    }
  });

  test('other schemes, control characters and malformed http URLs are refused', () => {
    for (const url of bad) {
      expectError(avatar(url), '/personas/0/avatar', 'avatar', 'https:, http: or data:image/');
      expectError(link(url), '/touchpoints/0/url', 'url');
    }
    expectError(link('javascript:alert(1)'), '/touchpoints/0/url', '"javascript:alert(1)"', 'scheme "javascript:" is not allowed', 'https: or http:');
    expectError(link('java\tscript:alert(1)'), '/touchpoints/0/url', 'control characters');
  });

  test('relative URLs are refused, saying what is allowed', () => {
    for (const url of relative) {
      expectError(link(url), '/touchpoints/0/url', 'relative URL', 'absolute https: or http: URL');
      expectError(avatar(url), '/personas/0/avatar', 'relative URL');
    }
  });
});

describe('evidence, pain points, opportunities', () => {
  test('evidence.level must be one of the three', () => {
    for (const level of ['assumption', 'anecdotal', 'validated']) expectValid(journey({}, { evidence: { level } }));
    expectError(journey({}, { evidence: { level: 'certain' } }), '/touchpoints/0/evidence/level', '"certain"', '"assumption", "anecdotal" or "validated"');
    expectError(journey({}, { evidence: { sampleSize: 3 } }), '/touchpoints/0/evidence/level', 'evidence.level is missing');
  });

  test('evidence.sampleSize is an integer ≥ 0; source a string', () => {
    expectValid(journey({}, { evidence: { level: 'validated', sampleSize: 0, source: 'Survey' } }));
    expectError(journey({}, { evidence: { level: 'validated', sampleSize: -1 } }), '/touchpoints/0/evidence/sampleSize', '-1', 'integer ≥ 0');
    expectError(journey({}, { evidence: { level: 'validated', sampleSize: 2.5 } }), '/touchpoints/0/evidence/sampleSize', '2.5');
    expectError(journey({}, { evidence: { level: 'validated', sampleSize: '12' } }), '/touchpoints/0/evidence/sampleSize', 'the string "12"');
    expectError(journey({}, { evidence: { level: 'validated', source: 5 } }), '/touchpoints/0/evidence/source', 'the number 5');
  });

  test('pain points: strings or { text, severity }', () => {
    expectValid(journey({}, { painPoints: ['slow', { text: 'x' }, { text: 'y', severity: 'high' }] }));
    expectError(journey({}, { painPoints: [{ text: 'x', severity: 'critical' }] }), '/touchpoints/0/painPoints/0/severity', '"critical"', '"low", "medium" or "high"');
    expectError(journey({}, { painPoints: [{ severity: 'low' }] }), '/touchpoints/0/painPoints/0/text', 'text is missing');
    expectError(journey({}, { painPoints: [5] }), '/touchpoints/0/painPoints/0', 'a string or an object with text', 'the number 5');
    expectError(journey({}, { painPoints: [{ text: 7 }] }), '/touchpoints/0/painPoints/0/text', 'the number 7');
  });

  test('opportunities: impact and effort are integers 1–5; owner a string', () => {
    expectValid(journey({}, { opportunities: ['x', { text: 'y', impact: 1, effort: 5, owner: 'Team' }] }));
    expectError(journey({}, { opportunities: [{ text: 'a', impact: 0 }] }), '/touchpoints/0/opportunities/0/impact', 'impact 0', 'integer from 1 to 5');
    expectError(journey({}, { opportunities: [{ text: 'a', effort: 6 }] }), '/touchpoints/0/opportunities/0/effort', 'effort 6');
    expectError(journey({}, { opportunities: [{ text: 'a', impact: 2.5 }] }), '/touchpoints/0/opportunities/0/impact', '2.5');
    expectError(journey({}, { opportunities: [{ text: 'a', owner: 3 }] }), '/touchpoints/0/opportunities/0/owner', 'the number 3');
    expectError(journey({}, { opportunities: [null] }), '/touchpoints/0/opportunities/0', 'null');
  });
});

describe('lanes', () => {
  test('known lanes in any order are fine', () => {
    expectValid(journey({ lanes: ['emotions', 'touchpoints'] }));
  });

  test('unknown, duplicate, empty or non-array lanes are refused', () => {
    expectError(journey({ lanes: ['touchpoints', 'feelings'] }), '/lanes/1', '"feelings"', '"pain-points"');
    expectError(journey({ lanes: ['emotions', 'emotions'] }), '/lanes/1', '"emotions" is listed twice');
    expectError(journey({ lanes: [] }), '/lanes', 'empty');
    expectError(journey({ lanes: 'emotions' }), '/lanes', 'array of lane ids');
    expectError(journey({ lanes: [1] }), '/lanes/0', 'the number 1');
  });
});

describe('unknown fields', () => {
  test('are warnings, kept in the journey, at every level', () => {
    const input = journey({
      theme: { accent: 'red' },
      personas: [{ id: 'p', name: 'P', pronouns: 'they' }],
      stages: [{ id: 's', name: 'S', icon: 'flag', metrics: [{ kind: 'x', value: 1, period: 'Q1' }] }],
      emotionScale: { min: -3, max: 3, step: 1 },
    }, { sentiment: 0.3, evidence: { level: 'anecdotal', confidence: 1 }, emotionRange: { min: 0, max: 1, median: 0.5 }, painPoints: [{ text: 'x', tags: [] }], opportunities: [{ text: 'y', cost: 1 }] });
    const result = parseJourney(input);
    assert.deepEqual(errors(result), []);
    assert.deepEqual(
      warnings(result).map((w) => w.path).sort(),
      [
        '/emotionScale/step',
        '/personas/0/pronouns',
        '/stages/0/icon',
        '/stages/0/metrics/0/period',
        '/theme',
        '/touchpoints/0/emotionRange/median',
        '/touchpoints/0/evidence/confidence',
        '/touchpoints/0/opportunities/0/cost',
        '/touchpoints/0/painPoints/0/tags',
        '/touchpoints/0/sentiment',
      ].sort(),
    );
    assert.deepEqual(result.journey, input);
    assert.match(warnings(result).find((w) => w.path === '/theme').message, /"theme" is not a field of a journey.*kept/);
  });

  test('a near-miss suggests the known field', () => {
    const result = parseJourney(journey({}, { painpoints: ['x'], emoton: 1 }));
    const byPath = Object.fromEntries(result.problems.map((p) => [p.path, p.message]));
    assert.match(byPath['/touchpoints/0/painpoints'], /did you mean "painPoints"\?/);
    assert.match(byPath['/touchpoints/0/emoton'], /did you mean "emotion"\?/);
  });

  test('keys with / and ~ are escaped in the pointer', () => {
    const result = parseJourney(journey({ 'a/b~c': 1 }));
    assert.deepEqual(result.problems.map((p) => p.path), ['/a~1b~0c']);
  });
});

describe('__proto__, constructor and prototype are data', () => {
  test('a "__proto__" key in a touchpoint is an unknown field kept as data, with no pollution', () => {
    const text = '{"version":1,"title":"T","stages":[{"id":"s","name":"S"}],"touchpoints":[{"id":"t","stage":"s","title":"x","__proto__":{"polluted":true,"title":5},"constructor":{"prototype":{"polluted":true}},"prototype":{"polluted":true}}]}';
    const result = parseJourney(text);
    assert.deepEqual(errors(result), []);
    assert.deepEqual(warnings(result).map((w) => w.path), ['/touchpoints/0/__proto__', '/touchpoints/0/constructor', '/touchpoints/0/prototype']);
    const tp = result.journey.touchpoints[0];
    assert.equal(Object.getPrototypeOf(tp), Object.prototype);
    assert.ok(Object.hasOwn(tp, '__proto__'));
    assert.deepEqual(Object.getOwnPropertyDescriptor(tp, '__proto__').value, { polluted: true, title: 5 });
    assert.equal(tp.polluted, undefined);
    assert.equal(tp.title, 'x');
    assert.equal({}.polluted, undefined);
    assert.equal(Object.prototype.polluted, undefined);
    assert.equal(typeof tp.constructor, 'object', 'kept as the data it was');
    // Round trip keeps the key.
    assert.ok(JSON.stringify(result.journey).includes('"__proto__":{"polluted":true,"title":5}'));
  });

  test('the same from an object built by JSON.parse', () => {
    const input = JSON.parse('{"version":1,"title":"T","stages":[{"id":"s","name":"S"}],"touchpoints":[],"__proto__":{"polluted":true}}');
    const result = parseJourney(input);
    assert.deepEqual(warnings(result).filter((w) => w.path === '/__proto__').length, 1);
    assert.equal(Object.getPrototypeOf(result.journey), Object.prototype);
    assert.equal(result.journey.polluted, undefined);
    assert.equal({}.polluted, undefined);
  });

  test('fields hidden under __proto__ are not read as the journey\'s own', () => {
    const result = parseJourney('{"__proto__":{"version":1,"title":"T","stages":[{"id":"s","name":"S"}],"touchpoints":[]}}');
    assert.deepEqual(errors(result).map((p) => p.path), ['/version', '/title', '/stages', '/touchpoints']);
  });

  test('__proto__ as a label key or id is plain text', () => {
    expectError(journey({ emotionScale: JSON.parse('{"min":1,"max":5,"labels":{"__proto__":"x"}}') }), '/emotionScale/labels/__proto__', 'not an integer');
    const result = expectValid(journey({ stages: [{ id: '__proto__', name: 'S' }, { id: 'constructor', name: 'C' }], touchpoints: [{ id: 'hasOwnProperty', stage: '__proto__', title: 'x' }, { id: 'toString', stage: 'constructor', title: 'y', next: ['hasOwnProperty'] }] }));
    assert.equal(result.problems.length, 0);
    expectError(journey({ stages: [{ id: 's', name: 'S' }] }, { stage: 'constructor' }), '/touchpoints/0/stage', '"constructor"');
    expectError(journey({}, { next: ['__proto__'] }), '/touchpoints/0/next/0', '"__proto__"');
  });

  test('objects without a prototype and from another realm are accepted', () => {
    const bare = Object.assign(Object.create(null), journey());
    expectValid(bare);
    const foreign = vm.runInNewContext('({ version: 1, title: "T", stages: [{ id: "s", name: "S" }], touchpoints: [] })');
    const result = expectValid(foreign);
    assert.equal(Object.getPrototypeOf(result.journey), Object.prototype, 'the copy is an ordinary object of this realm');
  });
});

describe('JSON text', () => {
  test('a syntax error gives one error at "" with line and column', () => {
    const text = '{\n  "version": 1,\n  "title": "x" "oops"\n}';
    const result = parseJourney(text);
    assert.equal(result.journey, null);
    assert.equal(result.problems.length, 1);
    const [p] = result.problems;
    assert.equal(p.path, '');
    assert.equal(p.severity, 'error');
    assert.equal(p.line, 3);
    assert.equal(p.column, 16);
    assert.equal(p.message, 'the JSON is malformed at line 3, column 16 of the journey: a comma is missing between two properties');
  });

  test('an error V8 reports without a position ("Unexpected token") is located by our scanner', () => {
    const result = parseJourney('{"a":}');
    assert.deepEqual([result.problems[0].line, result.problems[0].column], [1, 6]);
    assert.match(result.problems[0].message, /line 1, column 6/);
    const trailing = parseJourney('{\n  "stages": [1,],\n}');
    assert.deepEqual([trailing.problems[0].line, trailing.problems[0].column], [2, 16]);
  });

  test('text ending early is located at its end', () => {
    const text = '{ "version": 1,\n  "title": "Cut';
    const [p] = parseJourney(text).problems;
    assert.deepEqual([p.line, p.column], [2, 16]);
    assert.match(p.message, /malformed/);
    const [q] = parseJourney('[1, 2').problems;
    assert.deepEqual([q.line, q.column], [1, 6]);
  });

  test('empty and blank text', () => {
    for (const text of ['', '   ', '\n\n']) {
      const result = parseJourney(text);
      assert.equal(result.problems.length, 1);
      assert.equal(result.problems[0].path, '');
      assert.match(result.problems[0].message, /malformed.*empty/);
    }
  });

  test('CRLF and lone CR line endings count as one line break each', () => {
    const [p] = parseJourney('{\r\n"a": 1,\r\n  x').problems;
    assert.deepEqual([p.line, p.column], [3, 3]);
    const [q] = parseJourney('{\r"a": 1,\r  x').problems;
    assert.deepEqual([q.line, q.column], [3, 3]);
  });

  test('a leading BOM is ignored', () => {
    const result = parseJourney('\uFEFF' + JSON.stringify(journey()));
    assert.deepEqual(result.problems, []);
    const [p] = parseJourney('\uFEFF{"a":}').problems;
    assert.deepEqual([p.line, p.column], [1, 6], 'columns do not count the BOM');
  });

  test('engine message formats: "at position N", "(line L column C)", "end of input", none', () => {
    const text = '{\n  "a": 1,\n  "b" 2\n}';
    const fake = (message) => describeJsonSyntaxError(text, new SyntaxError(message));
    // V8 since 2023
    assert.deepEqual(pick(fake(`Expected ':' after property name in JSON at position 18`)), [3, 7]);
    // newer V8
    assert.deepEqual(pick(fake(`Expected ':' after property name in JSON at position 18 (line 3 column 7)`)), [3, 7]);
    assert.deepEqual(pick(fake('Something odd (line 3 column 7)')), [3, 7]);
    // SpiderMonkey
    assert.deepEqual(pick(fake('JSON.parse: expected \':\' after property name in object at line 3 column 7 of the JSON data')), [3, 7]);
    // end of input
    assert.deepEqual(pick(describeJsonSyntaxError('[1,', new SyntaxError('Unexpected end of JSON input'))), [1, 4]);
    // no position at all: our scanner finds it
    assert.deepEqual(pick(fake('Unexpected token \'2\', "…" is not valid JSON')), [3, 7]);
    assert.deepEqual(pick(fake('')), [3, 7]);
    // a position past the end is clamped
    assert.deepEqual(pick(describeJsonSyntaxError('[1,', new SyntaxError('x at position 99'))), [1, 4]);
    function pick(e) {
      assert.equal(typeof e.reason, 'string');
      assert.ok(e.reason.length > 0);
      return [e.line, e.column];
    }
  });

  test('our scanner agrees with JSON.parse on what is valid', () => {
    const samples = ['{}', '[]', '0', '-0.5e+3', '"\\u00e9\\n"', 'true', ' null ', '{"a":[1,{"b":false}]}', '01', '1.', '-', '+1', '[1 2]', '{"a" 1}', '"\\x"', '"\u0001"', 'tru', 'nul', '{"a":1,}', '[,]', '{,}', '"abc', '[1]x', '1e', '.5', '{"a":1 "b":2}', '"\\u12g4"'];
    for (const s of samples) {
      let ok = true;
      try { JSON.parse(s); } catch { ok = false; }
      assert.equal(findJsonSyntaxError(s) === null, ok, `scanner disagrees on ${JSON.stringify(s)}`);
    }
  });
});

describe('robustness', () => {
  test('never throws on odd values', () => {
    const odd = [undefined, null, 0, NaN, '', 'null', '[]', '{}', Symbol('x'), 10n, () => 1, new Date(), new Map(), /re/, new Error('x'), Promise.resolve(), new Uint8Array(3), [undefined], { version: 1, title: 'x', stages: [{}], touchpoints: [[]] }];
    for (const value of odd) {
      const result = parseJourney(value);
      assert.equal(result.journey, null);
      assert.ok(result.problems.length > 0);
    }
  });

  test('a Proxy that throws from its traps gives an error, not an exception', () => {
    const evil = new Proxy({}, { ownKeys() { throw new Error('boom'); }, getPrototypeOf() { throw new Error('boom'); } });
    const result = parseJourney(evil);
    assert.equal(result.journey, null);
    assert.equal(result.problems[0].path, '');
    const nested = parseJourney(journey({}, { evidence: new Proxy({}, { ownKeys() { throw new Error('boom'); } }) }));
    assert.equal(nested.journey, null);
  });

  test('getters are reported and never run', () => {
    let ran = false;
    const tp = { id: 't', stage: 's', get title() { ran = true; return 'x'; } };
    expectError(journey({ touchpoints: [tp] }), '/touchpoints/0/title', 'getter');
    assert.equal(ran, false);
  });

  test('non-plain values are reported at their location', () => {
    class Foo { constructor() { this.a = 1; } }
    const cases = [
      [{ title: () => 'x' }, '/title', 'a function'],
      [{ description: new Date(0) }, '/description', 'a Date'],
      [{ theme: new Map() }, '/theme', 'an instance of Map'],
      [{ theme: new Set([1]) }, '/theme', 'an instance of Set'],
      [{ theme: new Foo() }, '/theme', 'an instance of Foo'],
      [{ title: new String('x') }, '/title', 'an instance of String'],
      [{ title: Symbol('x') }, '/title', 'a symbol'],
      [{ title: 5n }, '/title', 'the bigint 5n'],
    ];
    for (const [over, path, fragment] of cases) {
      const result = parseJourney(journey(over));
      assert.equal(result.journey, null);
      const p = result.problems.find((x) => x.path === path);
      assert.ok(p, `${path}: ${JSON.stringify(result.problems)}`);
      assert.ok(p.message.includes(fragment), p.message);
      assert.match(p.message, /not plain data/);
      assert.equal(errors(result).length, 1, `no second error for ${path}: ${JSON.stringify(result.problems)}`);
    }
  });

  test('NaN and ±Infinity are reported once, at their location', () => {
    for (const value of [NaN, Infinity, -Infinity]) {
      const result = parseJourney(journey({}, { emotion: value }));
      assert.deepEqual(errors(result).map((p) => p.path), ['/touchpoints/0/emotion']);
      assert.ok(errors(result)[0].message.includes(String(value)));
      assert.match(errors(result)[0].message, /finite/);
    }
    expectError('{"version":1,"title":"T","stages":[{"id":"s","name":"S"}],"touchpoints":[],"metrics":[{"kind":"x","value":1e400}]}', '/metrics/0/value', 'Infinity');
  });

  test('undefined: absent in objects, an error in arrays; holes are errors', () => {
    expectValid(journey({ description: undefined }, { emotion: undefined }));
    expectError(journey({}, { actions: ['a', undefined] }), '/touchpoints/0/actions/1', 'item 1 is undefined');
    expectError(journey({}, { actions: ['a', , 'c'] }), '/touchpoints/0/actions/1', 'hole');
    const sparse = [];
    sparse.length = 1e9;
    expectError(journey({ theme: sparse }), '/theme', 'more than');
  });

  test('cycles are detected and located', () => {
    const input = journey();
    input.touchpoints[0].self = input.touchpoints[0];
    const p = expectError(input, '/touchpoints/0/self', 'cycle', '/touchpoints/0');
    assert.ok(p);
    const arr = [];
    arr.push(arr);
    expectError(journey({ theme: arr }), '/theme/0', 'cycle', '/theme');
    const root = journey();
    root.me = root;
    expectError(root, '/me', 'the whole journey');
  });

  test('shared (non-cyclic) references are fine and become independent copies', () => {
    const metric = { kind: 'csat', value: 4 };
    const input = journey({ metrics: [metric, metric] });
    const result = expectValid(input);
    assert.deepEqual(result.journey.metrics[0], metric);
    assert.notEqual(result.journey.metrics[0], result.journey.metrics[1]);
  });

  test('object input is deep-copied: no shared references', () => {
    const input = journey({ personas: [{ id: 'p', name: 'P', goals: ['g'] }] }, { actions: ['a'], metrics: [{ kind: 'x', value: 1 }] });
    const result = expectValid(input);
    assert.deepEqual(result.journey, input);
    assert.notEqual(result.journey, input);
    assert.notEqual(result.journey.touchpoints, input.touchpoints);
    assert.notEqual(result.journey.touchpoints[0], input.touchpoints[0]);
    assert.notEqual(result.journey.touchpoints[0].actions, input.touchpoints[0].actions);
    assert.notEqual(result.journey.personas[0].goals, input.personas[0].goals);
    input.touchpoints[0].actions.push('later');
    input.title = 'changed';
    assert.deepEqual(result.journey.touchpoints[0].actions, ['a']);
    assert.equal(result.journey.title, 'T');
  });

  test('deep nesting in a field is reported at a located pointer, without a stack overflow', () => {
    const depth = 100_000;
    const text = JSON.stringify(journey()).slice(0, -1) + ',"ext":' + '['.repeat(depth) + ']'.repeat(depth) + '}';
    const result = parseJourney(text);
    assert.equal(result.journey, null);
    const deep = errors(result);
    assert.equal(deep.length, 1);
    assert.ok(deep[0].path.startsWith('/ext/0/0/0'));
    assert.equal(deep[0].path.split('/').length - 1, MAX_DEPTH, 'reported at the first container past the limit');
    assert.match(deep[0].message, /nested more than \d+ levels/);
  });

  test('deep nesting given as an object is reported the same way', () => {
    let deep = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const result = parseJourney(journey({ ext: deep }));
    assert.equal(errors(result).length, 1);
    assert.ok(errors(result)[0].path.startsWith('/ext/0/0'));
  });

  test('100,000 nested arrays as the whole text, closed or not', () => {
    const closed = parseJourney('['.repeat(100_000) + ']'.repeat(100_000));
    assert.deepEqual(closed.problems.map((p) => p.path), ['']);
    const open = parseJourney('['.repeat(100_000));
    assert.equal(open.problems.length, 1);
    assert.match(open.problems[0].message, /malformed at line 1, column 100001/);
  });

  test('an object graph that expands exponentially is refused as too large', { timeout: 20_000 }, () => {
    let node = [];
    for (let i = 0; i < 40; i++) node = [node, node];
    const result = parseJourney(journey({ ext: node }));
    assert.equal(result.journey, null);
    assert.ok(result.problems.some((p) => p.path === '' && /too large/.test(p.message)));
  });

  test('10 MB of JSON is parsed whole', () => {
    const big = journey({
      touchpoints: Array.from({ length: 20_000 }, (_, i) => ({ id: `t${i}`, stage: 's', title: `Touchpoint ${i}`, description: 'x'.repeat(400), emotion: (i % 7) - 3, actions: ['a', 'b'] })),
    });
    const text = JSON.stringify(big);
    assert.ok(text.length > 10_000_000);
    const result = parseJourney(text);
    assert.deepEqual(result.problems, []);
    assert.equal(result.journey.touchpoints.length, 20_000);
    assert.equal(result.journey.touchpoints[19_999].title, 'Touchpoint 19999');
  });

  test('10 MB of garbage gives one syntax error', () => {
    const result = parseJourney('{"a":' + 'x'.repeat(10_000_000));
    assert.equal(result.problems.length, 1);
    assert.deepEqual([result.problems[0].line, result.problems[0].column], [1, 6]);
  });

  test('a 10 MB string value is shortened in messages', () => {
    const result = parseJourney(journey({ title: 1, description: 'x'.repeat(10_000_000) }, { stage: 'y'.repeat(10_000_000) }));
    for (const p of result.problems) assert.ok(p.message.length < 400);
  });
});

describe('order and cascades', () => {
  test('problems are in document order (as the keys are written), parents before children', () => {
    const text = '{"touchpoints":[{"id":"t","stage":"s","title":5,"zz":1}],"stages":[{"id":"s","name":7}],"version":1,"title":9,"aa":1}';
    const result = parseJourney(text);
    assert.deepEqual(result.problems.map((p) => p.path), ['/touchpoints/0/title', '/touchpoints/0/zz', '/stages/0/name', '/title', '/aa']);
  });

  test('a missing field sorts right after its parent, before the parent\'s children', () => {
    const result = parseJourney({ version: 1, stages: [{ id: 's', name: 's' }], touchpoints: [{ id: 't', stage: 's' }] });
    assert.deepEqual(result.problems.map((p) => p.path), ['/title', '/touchpoints/0/title']);
  });

  test('results are deterministic', () => {
    const input = { version: 1, title: 2, stages: [{ id: 3 }, 'x'], touchpoints: [{ id: 't', stage: 'nope', persona: ['a', 1], next: ['q'] }], lanes: ['x', 'x'] };
    assert.deepEqual(parseJourney(input), parseJourney(input));
    assert.deepEqual(parseJourney(JSON.stringify(input)), parseJourney(input));
  });

  test('no reference checks against lists that could not be read', () => {
    // A persona without an id: persona references are not checked.
    expectErrorPaths(journey({ personas: [{ name: 'P' }] }, { persona: 'anyone' }), ['/personas/0/id']);
    // A touchpoint without an id: next references are not checked.
    expectErrorPaths(journey({ touchpoints: [{ stage: 's', title: 'x' }, { id: 'b', stage: 's', title: 'y', next: ['ghost'] }] }), ['/touchpoints/0/id']);
    // Personas not an array.
    expectErrorPaths(journey({ personas: 'p' }, { persona: 'p' }), ['/personas']);
    // A stage without an id.
    expectErrorPaths(journey({ stages: [{ name: 'S' }] }, { stage: 'whatever' }), ['/stages/0/id']);
  });
});
