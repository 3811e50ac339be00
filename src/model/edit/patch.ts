/**
 * JSON Patch (RFC 6902) for journeys: {@link applyPatch} applies a patch from any source whole
 * or not at all and validates the result; {@link diffJourneys} computes a patch between two
 * journeys.
 *
 * Hand-written rather than built on `fast-json-patch` or `rfc6902`: both needed a wrapper as
 * large as the applier itself (strict RFC 6901 array indices, prototype keys, located messages
 * per operation), `rfc6902` writes `replace /xs/-` as an array property and turns
 * `/__proto__/x` into `/x`, and its diff runs out of memory on 2,000-item arrays;
 * `fast-json-patch` has no named ESM exports in Node and accepts `/xs/01`.
 *
 * @module
 */
import { describeValue, quote } from '../describe.js';
import { formatJsonPointer, parseJsonPointer } from '../json-pointer.js';
import { parseJourney } from '../parse.js';
import { at, copyPlainData, MAX_DEPTH, MAX_VALUES, tokensOf, type Path } from '../plain-data.js';
import { formatCount, Report, StopChecking } from '../report.js';
import type { Journey, Problem } from '../types.js';

/** One RFC 6902 operation. Paths are JSON Pointers into the journey, as problems report them. */
export type PatchOperation =
  | { op: 'add' | 'replace' | 'test'; path: string; value: unknown }
  | { op: 'remove'; path: string }
  | { op: 'move' | 'copy'; from: string; path: string };

/** Most operations one patch may hold. */
export const MAX_PATCH_OPERATIONS = 10_000;

/** Reference tokens refused anywhere in a path: they could reach an object's prototype. */
export const FORBIDDEN_POINTER_TOKENS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

/** What {@link applyPatch} returns. */
export interface PatchResult {
  /**
   * The patched journey, validated by `parseJourney`: a new object that shares nothing with the
   * input or the patch. When the patch is refused, the input journey itself, unchanged.
   */
  journey: Journey;
  /** Whether the patch was applied; false when any problem is an error. */
  applied: boolean;
  /**
   * When refused, why: problems about the patch itself are located at `/ops/N` (the operation's
   * index; deeper, such as `/ops/2/value/title`, for a value that is not plain data) or at
   * `/ops` when the patch is not an array of operations; problems of the resulting journey at
   * journey paths, as `parseJourney` reports them. When applied, the result's warnings.
   */
  problems: Problem[];
}

type Container = Record<string, unknown> | unknown[];
type Rec = Record<string, unknown>;

const ARRAY_INDEX = /^(0|[1-9][0-9]*)$/;
const OPS = ['add', 'remove', 'replace', 'move', 'copy', 'test'];

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

/** JSON equality as RFC 6902 `test` defines it: same type, numbers numerically, keys in any order. */
export function jsonEqual(a: unknown, b: unknown, depth = 0): boolean {
  if (a === b) return true;
  if (!isContainer(a) || !isContainer(b) || Array.isArray(a) !== Array.isArray(b) || depth > MAX_DEPTH) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && jsonEqual((a as Rec)[k], (b as Rec)[k], depth + 1));
}

/** A deep copy of plain data; `count` is charged one per value copied. */
export function cloneJson<T>(value: T, count: { values: number } = { values: 0 }, depth = 0): T {
  count.values++;
  if (!isContainer(value)) return value;
  if (depth > MAX_DEPTH) throw new RangeError(`nested more than ${MAX_DEPTH} levels deep`);
  if (Array.isArray(value)) return value.map((x) => cloneJson(x, count, depth + 1)) as T;
  const out: Rec = {};
  for (const k of Object.keys(value)) {
    // defineProperty, so a "__proto__" key stays data.
    Object.defineProperty(out, k, { value: cloneJson((value as Rec)[k], count, depth + 1), writable: true, enumerable: true, configurable: true });
  }
  return out as T;
}

/** Why an operation failed: a sentence for the author of the patch. */
class OpFailed extends Error {}

/** How a message names a location. */
function where(tokens: readonly string[]): string {
  return tokens.length === 0 ? 'the whole journey' : formatJsonPointer(tokens);
}

/** The child `key` of `node`, which must exist (own property, or an RFC 6901 index in range). */
function child(node: unknown, key: string, tokens: readonly string[], depth: number): unknown {
  const here = where(tokens.slice(0, depth));
  if (Array.isArray(node)) {
    if (!ARRAY_INDEX.test(key)) throw new OpFailed(`${here} is an array, and ${quote(key)} is not an index (0, 1, 2…)`);
    if (Number(key) >= node.length) throw new OpFailed(`${here} has no item ${key}: it has ${formatCount(node.length)} ${node.length === 1 ? 'item' : 'items'}`);
    return node[Number(key)];
  }
  if (!isContainer(node)) throw new OpFailed(`${here} is ${describeValue(node)}, which has no ${quote(key)}`);
  if (!Object.hasOwn(node, key)) throw new OpFailed(`${where(tokens.slice(0, depth + 1))} does not exist`);
  return (node as Rec)[key];
}

/** The value at `tokens`, which must exist. */
function read(root: unknown, tokens: readonly string[]): unknown {
  let node = root;
  tokens.forEach((key, i) => (node = child(node, key, tokens, i)));
  return node;
}

/**
 * A shallow copy of an object's enumerable own fields, writable even when the object is frozen.
 * Read through descriptors, so no getter runs here (`parseJourney` reports getters after).
 */
function copyFields(node: Rec): Rec {
  const copy: Rec = {};
  for (const [key, desc] of Object.entries(Object.getOwnPropertyDescriptors(node))) {
    if (!desc.enumerable) continue;
    Object.defineProperty(copy, key, Object.hasOwn(desc, 'value') ? { value: desc.value, writable: true, enumerable: true, configurable: true } : { ...desc, configurable: true });
  }
  return copy;
}

/**
 * A journey being patched copy-on-write: a container is copied the first time something inside
 * it changes, so the input is never written to and what no operation touches is not copied.
 */
class Draft {
  /** Containers this patch made, which it may change in place. */
  readonly #own = new WeakSet<object>();
  /** Values `copy` operations have cloned so far, bounded like a journey's own size. */
  readonly copied = { values: 0 };

  constructor(public root: unknown) {}

  #writable<C extends Container>(node: C): C {
    if (this.#own.has(node)) return node;
    const copy = (Array.isArray(node) ? node.slice() : copyFields(node)) as C;
    this.#own.add(copy);
    return copy;
  }

  /** The container holding the last token's location, made writable along the way. */
  #parentOf(tokens: readonly string[]): Container {
    if (!isContainer(this.root)) throw new OpFailed(`the journey is ${describeValue(this.root)}, which has no ${where(tokens)}`);
    let node: Container = (this.root = this.#writable(this.root));
    for (let i = 0; i < tokens.length - 1; i++) {
      const next = child(node, tokens[i], tokens, i);
      if (!isContainer(next)) throw new OpFailed(`${where(tokens.slice(0, i + 1))} is ${describeValue(next)}, which has no ${quote(tokens[i + 1])}`);
      const copy = this.#writable(next);
      (node as Rec)[tokens[i]] = copy;
      node = copy;
    }
    return node;
  }

  add(tokens: readonly string[], value: unknown): void {
    if (tokens.length === 0) {
      this.root = value;
      return;
    }
    const parent = this.#parentOf(tokens);
    const key = tokens[tokens.length - 1];
    if (!Array.isArray(parent)) {
      parent[key] = value;
      return;
    }
    const here = where(tokens.slice(0, -1));
    if (key === '-') parent.push(value);
    else if (!ARRAY_INDEX.test(key)) throw new OpFailed(`${here} is an array, and ${quote(key)} is not an index (0, 1, 2… or - for the end)`);
    else if (Number(key) > parent.length) throw new OpFailed(`${here} has ${formatCount(parent.length)} items, so an item can be added at index ${parent.length} at most, not ${key}`);
    else parent.splice(Number(key), 0, value);
  }

  remove(tokens: readonly string[]): unknown {
    if (tokens.length === 0) throw new OpFailed('the whole journey cannot be removed');
    const parent = this.#parentOf(tokens);
    const key = tokens[tokens.length - 1];
    const old = child(parent, key, tokens, tokens.length - 1);
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
    return old;
  }

  replace(tokens: readonly string[], value: unknown): void {
    if (tokens.length === 0) {
      this.root = value;
      return;
    }
    const parent = this.#parentOf(tokens);
    const key = tokens[tokens.length - 1];
    child(parent, key, tokens, tokens.length - 1);
    (parent as Rec)[key] = value;
  }
}

/** The reference tokens of an operation's `path` or `from`, or why they are refused. */
function pointerOf(op: Rec, member: 'path' | 'from'): string[] {
  const text = op[member];
  if (!Object.hasOwn(op, member)) throw new OpFailed(`a ${String(op.op)} operation needs a "${member}" (a JSON Pointer such as "/touchpoints/0/title")`);
  if (typeof text !== 'string') throw new OpFailed(`"${member}" must be a JSON Pointer string, not ${describeValue(text)}`);
  const tokens = parseJsonPointer(text);
  if (tokens === null) throw new OpFailed(`"${member}" ${quote(text)} is not a JSON Pointer: it must be empty or start with "/", and "~" may only be followed by 0 or 1`);
  const bad = tokens.find((t) => FORBIDDEN_POINTER_TOKENS.includes(t));
  if (bad !== undefined) throw new OpFailed(`"${member}" ${quote(text)} contains ${quote(bad)}, which is refused so that no patch can reach an object's prototype`);
  return tokens;
}

function valueOf(op: Rec): unknown {
  if (!Object.hasOwn(op, 'value')) throw new OpFailed(`a ${String(op.op)} operation needs a "value"`);
  return op.value;
}

/** Applies one checked operation to the draft. */
function applyOperation(draft: Draft, op: Rec): void {
  const path = pointerOf(op, 'path');
  switch (op.op) {
    case 'add':
      return draft.add(path, valueOf(op));
    case 'replace':
      return draft.replace(path, valueOf(op));
    case 'remove':
      return void draft.remove(path);
    case 'test': {
      const expected = valueOf(op);
      if (!jsonEqual(read(draft.root, path), expected)) throw new OpFailed(`the test failed: ${where(path)} is not equal to the given value`);
      return;
    }
    case 'move': {
      const from = pointerOf(op, 'from');
      if (from.length < path.length && from.every((t, i) => t === path[i])) throw new OpFailed(`${where(from)} cannot be moved into itself (${where(path)})`);
      if (from.length === path.length && from.every((t, i) => t === path[i])) return void read(draft.root, from);
      return draft.add(path, draft.remove(from));
    }
    case 'copy': {
      const value = cloneJson(read(draft.root, pointerOf(op, 'from')), draft.copied);
      if (draft.copied.values > MAX_VALUES) throw new OpFailed(`the patch copies more than ${formatCount(MAX_VALUES)} values, more than a journey may hold`);
      return draft.add(path, value);
    }
  }
}

/** Checks the shape of each operation before anything is applied, so every malformed one is reported. */
function checkShapes(ops: unknown[], report: Report, opsPath: Path): void {
  ops.forEach((op, i) => {
    const p = at(opsPath, i);
    if (typeof op !== 'object' || op === null || Array.isArray(op)) {
      report.error(p, `operation ${i} must be an object such as {"op": "replace", "path": "/title", "value": "…"}, not ${describeValue(op)}`);
    } else if (!OPS.includes((op as Rec).op as string)) {
      const name = (op as Rec).op;
      report.error(p, `operation ${i} has ${Object.hasOwn(op, 'op') ? `"op" ${typeof name === 'string' ? quote(name) : describeValue(name)}` : 'no "op"'}; expected one of add, remove, replace, move, copy or test`);
    }
  });
}

function refused(journey: Journey, report: Report): PatchResult {
  const problems: Problem[] = report.items.map((p) => ({ path: formatJsonPointer(tokensOf(p.path)), message: p.message, severity: p.severity }));
  return { journey, applied: false, problems: [...problems, ...report.summaries()] };
}

/**
 * Applies an RFC 6902 JSON Patch to a journey, whole or not at all, and validates the result with
 * `parseJourney`.
 *
 * The patch may come from anywhere (an editor, a collaborator, a file): it is read as untrusted
 * data. It is refused, with located problems and the journey unchanged, when it is not an array
 * of at most {@link MAX_PATCH_OPERATIONS} operation objects, when an operation has an unknown
 * `op`, a malformed pointer, a pointer through `__proto__`, `constructor` or `prototype`, a
 * location that does not exist, an array index that is not RFC 6901's (`01`, `1e0`), a failed
 * `test`, or a value that is not plain data or too large (`MAX_VALUES`, `MAX_DEPTH`), and when
 * the resulting journey has errors.
 *
 * Never throws. The input journey and the patch are never changed.
 *
 * @param journey the journey to patch (normally a valid one, as `parseJourney` returns).
 * @param ops the patch: an array of operations such as `{ op: 'replace', path: '/title', value: 'New' }`.
 */
export function applyPatch(journey: Journey, ops: unknown): PatchResult {
  const report = new Report();
  const opsPath = at(null, 'ops');
  try {
    if (!Array.isArray(ops)) {
      report.error(opsPath, `a patch must be an array of operations, not ${describeValue(ops)}`);
      return refused(journey, report);
    }
    if (ops.length > MAX_PATCH_OPERATIONS) {
      report.error(opsPath, `the patch has ${formatCount(ops.length)} operations; at most ${formatCount(MAX_PATCH_OPERATIONS)} are applied at once`);
      return refused(journey, report);
    }
    // A private copy of plain data: no getter, Proxy or later change by the caller can reach it.
    const copy = copyPlainData(ops, (path, message) => report.error(tokensOf(path).reduce<Path>(at, opsPath), message)) as Rec[];
    if (report.errors === 0) checkShapes(copy, report, opsPath);
    if (report.errors > 0) return refused(journey, report);
    const draft = new Draft(journey);
    for (let i = 0; i < copy.length; i++) {
      try {
        applyOperation(draft, copy[i]);
      } catch (error) {
        if (!(error instanceof OpFailed || error instanceof RangeError)) throw error;
        report.error(at(opsPath, i), `operation ${i} (${String(copy[i].op)}) cannot be applied: ${error.message}`);
        return refused(journey, report);
      }
    }
    const result = parseJourney(draft.root);
    if (result.journey === null) return { journey, applied: false, problems: result.problems };
    return { journey: result.journey, applied: true, problems: result.problems };
  } catch (error) {
    if (!(error instanceof StopChecking)) {
      // Only exotic input gets here (a Proxy whose traps throw, a journey that is not data).
      report.items.length = 0;
      report.error(null, `the patch could not be applied: ${error instanceof Error ? error.message : 'unknown error'}`);
    }
    return refused(journey, report);
  }
}

/**
 * A JSON Patch that turns journey `a` into journey `b`: `applyPatch(a, diffJourneys(a, b))`
 * gives a journey equal to `b` (keys may come in another order).
 *
 * Objects are compared key by key; arrays keep their common start and end and compare the
 * middle item by item, so one touchpoint inserted or removed anywhere is one `add` or `remove`.
 * Values in the patch are copies. An object with a key named `__proto__`, `constructor` or
 * `prototype` (unknown fields a journey may keep) is replaced whole, since no pointer may name
 * such a key.
 */
export function diffJourneys(a: Journey, b: Journey): PatchOperation[] {
  const ops: PatchOperation[] = [];
  diffValue(a, b, [], ops);
  return ops;
}

function diffValue(a: unknown, b: unknown, tokens: string[], ops: PatchOperation[]): void {
  if (a === b) return;
  const deep = tokens.length < MAX_DEPTH && isContainer(a) && isContainer(b);
  if (deep && Array.isArray(a) && Array.isArray(b)) return diffArray(a, b, tokens, ops);
  // An object with a key no pointer may name is replaced whole: the key travels inside the value.
  const named = (x: object): boolean => Object.keys(x).every((k) => !FORBIDDEN_POINTER_TOKENS.includes(k));
  if (deep && !Array.isArray(a) && !Array.isArray(b) && named(a) && named(b)) {
    const ra = a as Rec;
    const rb = b as Rec;
    for (const k of Object.keys(ra)) if (!Object.hasOwn(rb, k)) ops.push({ op: 'remove', path: formatJsonPointer([...tokens, k]) });
    for (const k of Object.keys(rb)) {
      if (Object.hasOwn(ra, k)) diffValue(ra[k], rb[k], [...tokens, k], ops);
      else ops.push({ op: 'add', path: formatJsonPointer([...tokens, k]), value: cloneJson(rb[k]) });
    }
    return;
  }
  if (!jsonEqual(a, b)) ops.push({ op: 'replace', path: formatJsonPointer(tokens), value: cloneJson(b) });
}

function diffArray(a: unknown[], b: unknown[], tokens: string[], ops: PatchOperation[]): void {
  const shorter = Math.min(a.length, b.length);
  let start = 0;
  while (start < shorter && jsonEqual(a[start], b[start])) start++;
  let end = 0;
  while (end < shorter - start && jsonEqual(a[a.length - 1 - end], b[b.length - 1 - end])) end++;
  const inA = a.length - start - end;
  const inB = b.length - start - end;
  for (let i = 0; i < Math.min(inA, inB); i++) diffValue(a[start + i], b[start + i], [...tokens, String(start + i)], ops);
  // Extra items of `a` go from the last, so earlier indexes stay put; extra items of `b` go in order.
  for (let i = inA - 1; i >= inB; i--) ops.push({ op: 'remove', path: formatJsonPointer([...tokens, String(start + i)]) });
  for (let i = inA; i < inB; i++) ops.push({ op: 'add', path: formatJsonPointer([...tokens, String(start + i)]), value: cloneJson(b[start + i]) });
}
