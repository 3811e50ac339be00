// Property tests (fast-check): whatever it is given, parseJourney never throws, and every problem
// is well formed and points at a location in the input (or at a missing child of one).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { MAX_DEPTH, parseJourney, parseJsonPointer } from '../../dist/model/index.js';

const RUNS = 500;
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const validDir = path.join(repoRoot, 'test', 'fixtures', 'valid');
const fixtures = readdirSync(validDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => readFileSync(path.join(validDir, f), 'utf8').replace(/^\uFEFF/, ''));

/** Reads an own property without running getters. */
function own(node, token) {
  const desc = Object.getOwnPropertyDescriptor(node, token);
  return desc && 'value' in desc ? desc.value : undefined;
}

/** Asserts `pointer` is valid and resolves in `input`: every token but the last must exist. */
function assertResolves(input, pointer) {
  const tokens = parseJsonPointer(pointer);
  assert.ok(tokens, `not a JSON Pointer: ${JSON.stringify(pointer)}`);
  let node = input;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    assert.ok(node !== null && typeof node === 'object', `${pointer}: token ${i} has no container to live in`);
    const exists = Array.isArray(node) ? /^(0|[1-9][0-9]*)$/.test(token) && Number(token) < node.length : Object.hasOwn(node, token);
    if (!exists) {
      assert.equal(i, tokens.length - 1, `${pointer}: only the last token may be missing`);
      assert.ok(!Array.isArray(node), `${pointer}: a missing child is a field of an object, not an array index`);
      return;
    }
    node = own(node, token);
  }
}

/** Asserts the result is well formed for `input` (the value the pointers refer to). */
function assertWellFormed(result, input) {
  assert.ok(result && typeof result === 'object');
  assert.ok(Array.isArray(result.problems));
  const hasError = result.problems.some((p) => p.severity === 'error');
  assert.equal(result.journey === null, hasError, 'journey is null exactly when there is an error');
  for (const p of result.problems) {
    assert.equal(typeof p.path, 'string');
    assert.equal(typeof p.message, 'string');
    assert.ok(p.message.trim().length > 0, 'non-empty message');
    assert.ok(p.severity === 'error' || p.severity === 'warning', p.severity);
    assertResolves(input, p.path);
  }
}

/** Every object and array reachable from `value` (a tree or DAG of plain data). */
function containers(value, out = new Set()) {
  const stack = [value];
  while (stack.length) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object' || out.has(v)) continue;
    out.add(v);
    for (const k of Object.keys(v)) stack.push(own(v, k));
  }
  return out;
}

// -- mutations of valid journeys

const markup = fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', '${alert(1)}', '{{constructor.constructor("alert(1)")()}}', 'javascript:alert(1)', '</style>', '&lt;b&gt;', '\u202Eevil', '\u0000', '__proto__', 'constructor', 'toString');
const hugeNumber = fc.constantFrom(1e308, -1e308, Number.MAX_VALUE, Number.MIN_VALUE, Number.MAX_SAFE_INTEGER + 2, -0, 1e-300, 2 ** 31, -(2 ** 63));
const deepValue = fc.integer({ min: 1, max: 3000 }).map((depth) => {
  let v = [];
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
});
const jsonReplacement = fc.oneof(fc.jsonValue({ maxDepth: 3 }), markup, hugeNumber, deepValue, fc.string({ maxLength: 80 }), fc.constantFrom(null, true, [], {}, '', 0, -1, 1.5));
const objectOnlyReplacement = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, undefined, () => 1, Symbol('s'), 5n, new Date(0), new Map([[1, 2]]), new Set([1]), /x/, new Uint8Array(2), new String('s'), Object.create(null)),
  fc.anything({ maxDepth: 3, withBoxedValues: true, withMap: true, withSet: true, withObjectString: true, withNullPrototype: true, withBigInt: true, withDate: true, withTypedArray: true, withSparseArray: true }),
);

/** All paths (arrays of keys) in a JSON tree. */
function pathsOf(root) {
  const out = [];
  const stack = [[root, []]];
  while (stack.length) {
    const [node, at] = stack.pop();
    out.push(at);
    if (node && typeof node === 'object') for (const k of Object.keys(node)) stack.push([node[k], [...at, Array.isArray(node) ? Number(k) : k]]);
  }
  return out;
}

/** A deep copy where the value can be cloned; functions and symbols are used as they are. */
function copyOf(value) {
  try {
    return structuredClone(value);
  } catch {
    return value;
  }
}

/** Applies mutations: each picks a path and deletes it, replaces it, or wraps it. */
function mutate(data, mutations) {
  const paths = pathsOf(data);
  let root = data;
  for (const { pick, op, value: generated, key } of mutations) {
    // fast-check hands the same value objects to later runs while shrinking; later mutations
    // write into what this one inserts, so insert a copy or runs contaminate each other.
    const value = copyOf(generated);
    const at = paths[pick % paths.length];
    if (at.length === 0) {
      if (op === 'replace') root = value;
      continue;
    }
    let parent = root;
    for (const k of at.slice(0, -1)) {
      if (parent === null || typeof parent !== 'object') break;
      parent = parent[k];
    }
    if (parent === null || typeof parent !== 'object') continue;
    const last = at[at.length - 1];
    // Non-JSON values earlier mutations put in (String objects, typed arrays) have fixed,
    // non-deletable elements; a mutation that cannot apply to them is skipped, not an error.
    try {
      if (op === 'delete') {
        if (Array.isArray(parent)) parent.splice(Number(last), 1);
        else delete parent[last];
      } else if (op === 'replace') {
        parent[last] = value;
      } else if (op === 'wrap') {
        parent[last] = [parent[last]];
      } else if (op === 'add') {
        Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
      }
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
    }
  }
  return root;
}

const mutationsOf = (values) =>
  fc.array(
    fc.record({ pick: fc.nat(), op: fc.constantFrom('delete', 'replace', 'replace', 'wrap', 'add'), value: values, key: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'prototype', 'a/b', '~0', '')) }),
    { minLength: 1, maxLength: 6 },
  );

describe('parseJourney on mutated journeys', () => {
  test('JSON text: never throws, problems well formed, valid results round-trip', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fixtures), mutationsOf(jsonReplacement), (text, mutations) => {
        const mutated = mutate(JSON.parse(text), mutations);
        const json = JSON.stringify(mutated);
        if (json === undefined) return;
        const result = parseJourney(json);
        const reparsed = JSON.parse(json);
        assertWellFormed(result, reparsed);
        if (result.journey) assert.deepEqual(result.journey, reparsed);
      }),
      { numRuns: RUNS },
    );
  });

  test('objects with non-JSON values: never throws, problems well formed, nothing shared with the input', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fixtures), mutationsOf(fc.oneof(jsonReplacement, objectOnlyReplacement)), (text, mutations) => {
        const input = mutate(JSON.parse(text), mutations);
        const result = parseJourney(input);
        assertWellFormed(result, input);
        if (result.journey) {
          const theirs = containers(input);
          for (const mine of containers(result.journey)) assert.ok(!theirs.has(mine), 'the journey shares an object with the input');
        }
      }),
      { numRuns: RUNS },
    );
  });

  test('the same mutation gives the same problems as text and as an object', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fixtures), mutationsOf(jsonReplacement), (text, mutations) => {
        const json = JSON.stringify(mutate(JSON.parse(text), mutations));
        const value = json === undefined ? undefined : JSON.parse(json);
        if (typeof value === 'string' || value === undefined) return; // a string is read as JSON text
        assert.deepEqual(parseJourney(value), parseJourney(json));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('parseJourney on arbitrary input', () => {
  test('any JSON value, as text and as a value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (value) => {
        const json = JSON.stringify(value);
        assertWellFormed(parseJourney(json), JSON.parse(json));
        assertWellFormed(parseJourney(value), value);
      }),
      { numRuns: RUNS },
    );
  });

  test('any value at all', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 4, withBoxedValues: true, withMap: true, withSet: true, withNullPrototype: true, withBigInt: true, withDate: true, withTypedArray: true, withSparseArray: true }), (value) => {
        assertWellFormed(parseJourney(value), value);
      }),
      { numRuns: RUNS },
    );
  });

  test('any string: malformed JSON gives one located error within the text', () => {
    const almostJson = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.json({ maxDepth: 3 }),
      // A valid journey cut short, or with one character changed.
      fc.tuple(fc.constantFrom(...fixtures), fc.nat(), fc.string({ maxLength: 2 })).map(([t, n, s]) => t.slice(0, n % t.length) + s + t.slice((n % t.length) + 1)),
      fc.tuple(fc.constantFrom(...fixtures), fc.nat()).map(([t, n]) => t.slice(0, n % t.length)),
    );
    fc.assert(
      fc.property(almostJson, (text) => {
        const result = parseJourney(text);
        let parsed;
        let ok = true;
        try {
          parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
        } catch {
          ok = false;
        }
        if (ok) return assertWellFormed(result, parsed);
        assert.equal(result.journey, null);
        assert.equal(result.problems.length, 1);
        const [p] = result.problems;
        assert.equal(p.path, '');
        // Text with NULs between its first letters is taken for UTF-16 misread as UTF-8, at its start.
        assert.match(p.message, /^(the JSON is malformed at line \d+, column \d+ of the journey: \S|the journey is UTF-16 .* text read as if it were UTF-8)/);
        const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
        assert.ok(p.line >= 1 && p.line <= lines.length, `line ${p.line} of ${lines.length}`);
        assert.ok(p.column >= 1 && p.column <= lines[p.line - 1].length + 1, `column ${p.column}`);
      }),
      { numRuns: RUNS },
    );
  });

  test('deep nesting anywhere is reported at a location, never a crash', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fixtures), fc.nat(), fc.integer({ min: MAX_DEPTH + 10, max: 20_000 }), fc.boolean(), (text, pick, depth, asText) => {
        const data = JSON.parse(text);
        const paths = pathsOf(data).filter((p) => p.length > 0);
        const at = paths[pick % paths.length];
        let parent = data;
        for (const k of at.slice(0, -1)) parent = parent[k];
        // Built as text: JSON.stringify itself overflows the stack on such nesting.
        parent[at[at.length - 1]] = '\u0000deep';
        const json = JSON.stringify(data).replace('"\\u0000deep"', '['.repeat(depth) + ']'.repeat(depth));
        const input = JSON.parse(json);
        const result = parseJourney(asText ? json : input);
        assertWellFormed(result, input);
        assert.ok(result.problems.some((p) => p.severity === 'error'));
      }),
      { numRuns: 100 },
    );
  });
});
