// Hostile input (issue #15): huge error counts, holes, duplicate keys, colour injection, wrong
// encodings. Whatever the input, parseJourney returns a small, located result. How fast it does
// so is measured in bench/validate.mjs, not asserted here.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  MAX_ERRORS_CHECKED,
  MAX_LISTED_PER_KIND,
  MAX_LISTED_PROBLEMS,
  MAX_RETURNED_PROBLEMS,
  decodeJourneyBytes,
  parseJourney,
  parseJsonPointer,
} from '../../dist/model/index.js';
import { BASE, duplicateKeys, emptyTouchpoints, holes, hostileFile, hugeColor, latin1, unknownFields, utf16, withTouchpointsText } from '../fixtures/hostile/index.mjs';

/** Asserts `pointer` resolves in `input`: every token but a last missing object field exists. */
function assertResolves(input, pointer) {
  const tokens = parseJsonPointer(pointer);
  assert.ok(tokens, `not a JSON Pointer: ${JSON.stringify(pointer)}`);
  let node = input;
  for (let i = 0; i < tokens.length; i++) {
    assert.ok(node !== null && typeof node === 'object', `${pointer}: token ${i} has no container`);
    const exists = Array.isArray(node) ? /^(0|[1-9][0-9]*)$/.test(tokens[i]) && Number(tokens[i]) < node.length : Object.hasOwn(node, tokens[i]);
    if (!exists) {
      assert.equal(i, tokens.length - 1, `${pointer}: only the last token may be missing`);
      assert.ok(!Array.isArray(node), `${pointer}: a missing child is an object field`);
      return;
    }
    node = node[tokens[i]];
  }
}

/**
 * Asserts the result is bounded and every problem located: a pointer that resolves in `input`
 * (the parsed value), or, for text that is not JSON, the root with a line and column.
 */
function assertBoundedAndLocated(result, input, parsed) {
  assert.ok(result.problems.length <= MAX_RETURNED_PROBLEMS, `${result.problems.length} problems`);
  assert.equal(result.journey === null, result.problems.some((p) => p.severity === 'error'));
  for (const p of result.problems) {
    assert.ok(typeof p.message === 'string' && p.message.length > 0);
    if (parsed === undefined && typeof input === 'string') {
      assert.equal(p.path, '');
      assert.ok(Number.isInteger(p.line) && p.line >= 1 && Number.isInteger(p.column) && p.column >= 1, JSON.stringify(p));
    } else assertResolves(parsed ?? input, p.path);
  }
}

/** parseJourney of text, checked; returns the result. */
function check(text) {
  let parsed;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    parsed = undefined;
  }
  const result = parseJourney(text);
  assertBoundedAndLocated(result, text, parsed);
  return result;
}

const summaries = (result) => result.problems.filter((p) => p.omitted !== undefined);

describe('too many problems', () => {
  test('400,000 empty touchpoints: at most 20 of a kind listed, the rest counted per kind, checking stopped', () => {
    const result = check(emptyTouchpoints(400_000));
    const listed = result.problems.filter((p) => p.omitted === undefined && p.path !== '');
    assert.equal(listed.length, 3 * MAX_LISTED_PER_KIND);
    const sums = summaries(result);
    assert.deepEqual(sums.map((s) => s.path), ['/touchpoints', '/touchpoints', '/touchpoints']);
    assert.equal(listed.length + sums.reduce((n, s) => n + s.omitted, 0), MAX_ERRORS_CHECKED);
    assert.match(sums[0].message, /^3,314 more errors like this one are not listed \(the first at \/touchpoints\/20\/id\): id is missing/);
    assert.match(result.problems.at(-1).message, /^checking stopped after 10,000 errors/);
  });

  test('a few errors are all listed, with no summary', () => {
    const result = check(emptyTouchpoints(5));
    assert.equal(result.problems.length, 15);
    assert.deepEqual(summaries(result), []);
  });

  test('sparse arrays: holes count and are summarised, never listed one by one', () => {
    const input = holes(5_000_000);
    const result = parseJourney(input);
    assertBoundedAndLocated(result, input);
    assert.equal(summaries(result)[0].omitted, MAX_ERRORS_CHECKED - MAX_LISTED_PER_KIND);
  });

  test('warnings never stop checking; 50,000 new unknown fields are one summarised kind', () => {
    const result = check(unknownFields(50_000));
    assert.notEqual(result.journey, null);
    const [sum] = summaries(result);
    assert.equal(sum.omitted, 50_000 - MAX_LISTED_PER_KIND);
    assert.equal(sum.severity, 'warning');
    assert.equal(sum.path, '/touchpoints');
  });

  test('many kinds: at most MAX_LISTED_PROBLEMS listed, smaller kinds folded into one summary', () => {
    // Each touchpoint's emotion is wrong in its own way: one kind per JSON type.
    const items = Array.from({ length: 2_000 }, (_, i) => `{"id":"t${i}","stage":"s","title":"x","emotion":${['"a"', 'true', '[]', '{}', 'null'][i % 5]},"${'k'.repeat(i % 40)}x":1}`);
    const result = check(withTouchpointsText(items.join(',')));
    assert.ok(result.problems.filter((p) => p.omitted === undefined).length <= MAX_LISTED_PROBLEMS + 1);
  });
});

describe('duplicate keys', () => {
  test('are warnings at their pointer, and the last value is the one kept', () => {
    const result = check(hostileFile('duplicate-keys.json'));
    assert.notEqual(result.journey, null);
    assert.equal(result.journey.version, 1);
    const dups = result.problems.filter((p) => /written more than once/.test(p.message));
    assert.deepEqual(dups.map((p) => [p.path, p.severity]), [['/version', 'warning'], ['/stages/0/name', 'warning']]);
  });

  test('escaped, nested and array-held keys are found at the right pointer', () => {
    const text = '{"version":1,"title":"T","stages":[{"id":"s","name":"S"}],"touchpoints":[],"x":[0,{"a\\"b":1,"a\\u0022b":2}],"~/":{"q":[{"r":1,"r":2}]}}';
    const paths = check(text).problems.filter((p) => /more than once/.test(p.message)).map((p) => p.path);
    assert.deepEqual(paths, ['/x/1/a"b', '/~0~1/q/0/r']);
  });

  test('one object with 200,000 copies of a key: one summarised kind', () => {
    const result = check(duplicateKeys(200_000));
    assert.equal(summaries(result)[0].omitted, 200_000 - 1 - MAX_LISTED_PER_KIND);
  });
});

describe('persona colours', () => {
  test('url(), expression(), var() and CSS injection are refused at each colour', () => {
    const result = check(hostileFile('color-injection.json'));
    const paths = result.problems.filter((p) => p.severity === 'error').map((p) => p.path);
    assert.deepEqual(paths, [0, 1, 2, 3].map((i) => `/personas/${i}/color`));
  });

  test('a 10 MB colour is refused by its length, with a short message', () => {
    const [problem] = check(hugeColor(10_000_000)).problems.filter((p) => p.path === '/personas/0/color');
    assert.ok(problem.message.length < 200);
  });
});

describe('encodings', () => {
  const text = JSON.stringify(BASE);

  test('UTF-16 bytes, both byte orders, with or without a byte-order mark, are named', () => {
    for (const bigEndian of [false, true]) {
      for (const bom of [false, true]) {
        const result = decodeJourneyBytes(utf16(text, { bigEndian, bom }));
        assert.equal(result.ok, false);
        assert.match(result.problem.message, new RegExp(`^the file is encoded as UTF-16 \\(${bigEndian ? 'big' : 'little'}-endian${bom ? ', with a byte-order mark' : ''}\\), not UTF-8`));
        assert.deepEqual([result.problem.line, result.problem.column], [1, 1]);
      }
    }
  });

  test('invalid UTF-8 is located at its first bad byte', () => {
    const result = decodeJourneyBytes(latin1('{\n  "title": "caf\u00e9"}'));
    assert.equal(result.ok, false);
    assert.deepEqual([result.problem.line, result.problem.column], [2, 16]);
    assert.match(result.problem.message, /byte 0xE9 at line 2, column 16.*Latin-1/);
  });

  test('UTF-8, with or without a byte-order mark, decodes', () => {
    assert.deepEqual(decodeJourneyBytes(new Uint8Array(Buffer.from(text))), { ok: true, text });
    assert.deepEqual(decodeJourneyBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text)])), { ok: true, text });
    assert.equal(decodeJourneyBytes(new Uint8Array(Buffer.from('"\u{1F600}é"'))).ok, true);
  });

  test('text that is UTF-16 read as UTF-8 or Latin-1 is named by parseJourney', () => {
    for (const bytes of [utf16(text), utf16(text, { bom: false }), utf16(text, { bigEndian: true })]) {
      for (const misread of [new TextDecoder().decode(bytes), Buffer.from(bytes).toString('latin1')]) {
        const [p] = check(misread).problems;
        assert.match(p.message, /^the journey is UTF-16 \((little|big)-endian\) text read as if it were UTF-8/);
      }
    }
  });
});

describe('syntax errors in words', () => {
  test('a trailing comma is named as such, on the line of the journey where it is', () => {
    const [p] = check(hostileFile('trailing-comma.json.txt')).problems;
    assert.equal(p.message, "the JSON is malformed at line 6, column 3 of the journey: a comma comes right before ']'; remove the comma after the last item of the list");
  });
});

// -- fuzz: hostile shapes mixed at random

const controlText = fc.string({ unit: fc.constantFrom('a', '/', '~', '"', '\\', '\u0000', '\u001b', '\n', '\u0085', '\u009b', '\u202e', '\u2066', '\u2028', '\u00e9', '\ud83d\ude00'), maxLength: 12 });
const hostileItem = fc.oneof(
  fc.constant('{}'),
  fc.constant('[]'),
  fc.constant('null'),
  controlText.map((k) => `{${JSON.stringify(k)}:1,${JSON.stringify(k)}:2}`),
  fc.tuple(controlText, fc.nat(20)).map(([k, i]) => `{"id":"t${i}","stage":"s","title":${JSON.stringify(k)},"persona":[${JSON.stringify(k)}],"next":["t${i + 1}"]}`),
  fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('url(x)', 'rgb(1 2 3)', 'var(--x)', '#abc', 'Teal')).map((c) => `{"id":"c","stage":"s","title":"x","personaColor":${JSON.stringify(c)}}`),
);
const hostileText = fc
  .tuple(fc.array(fc.tuple(hostileItem, fc.integer({ min: 1, max: 3_000 })), { maxLength: 4 }), fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('#7c3aed', 'expression(1)', 'x'.repeat(200))), fc.boolean())
  .map(([runs, color, truncate]) => {
    const items = runs.flatMap(([item, n]) => Array(n).fill(item)).join(',');
    const text = `{"version":1,"title":"T","personas":[{"id":"p","name":"P","color":${JSON.stringify(color)}}],"stages":[{"id":"s","name":"S"}],"touchpoints":[${items}]}`;
    return truncate ? text.slice(0, text.length - 3) : text;
  });

describe('fuzz', () => {
  test('hostile text: never throws, bounded, every problem located', () => {
    fc.assert(fc.property(hostileText, (text) => void check(text)), { numRuns: 150 });
  });

  test('hostile bytes (UTF-16, Latin-1, random): decoding never throws; decoded text is checked the same', () => {
    const bytes = fc.oneof(
      hostileText.map((t) => utf16(t, { bom: t.length % 2 === 0, bigEndian: t.length % 3 === 0 })),
      hostileText.map((t) => latin1(t.replace('"T"', '"\u00e9"'))),
      fc.uint8Array({ maxLength: 200 }),
    );
    fc.assert(
      fc.property(bytes, (b) => {
        const decoded = decodeJourneyBytes(b);
        if (decoded.ok) check(decoded.text);
        else assert.ok(decoded.problem.line >= 1 && decoded.problem.column >= 1 && decoded.problem.path === '');
      }),
      { numRuns: 150 },
    );
  });

  test('sparse and hole-ridden objects: never throws, bounded, every problem located', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50_000 }), fc.array(fc.tuple(fc.nat(), fc.constantFrom({}, null, undefined, NaN)), { maxLength: 20 }), (length, filled) => {
        const touchpoints = new Array(length);
        for (const [at, value] of filled) if (length > 0) touchpoints[at % length] = value;
        const input = { ...BASE, touchpoints };
        assertBoundedAndLocated(parseJourney(input), input);
      }),
      { numRuns: 100 },
    );
  });
});
