/**
 * A journey in a Yjs document, structured so concurrent edits merge field by field.
 *
 * - Every JSON object is a `Y.Map` (one entry per field), so two people editing different
 *   fields, or different touchpoints, both keep their edits. The same field edited by two is
 *   last-writer-wins, identical on every peer.
 * - Strings are plain values, not `Y.Text`: the editor replaces a field's text whole (a JSON
 *   Patch `replace`), titles and ids are short, and merging two people's keystrokes inside one
 *   id or title would make a value neither typed. A plain value converges to one of them.
 * - Every JSON array is a `Y.Array` of item keys; the items live in one shared `Y.Map`
 *   ({@link ITEMS_NAME}) under those keys. A JSON Patch `move` then moves the key, not a copy
 *   of the item, so a touchpoint moved by one person and edited by another keeps the edit
 *   (Yjs cannot move a shared type: moving by delete-and-copy would drop the concurrent edit).
 *   Two concurrent moves of one item may leave its key twice: readers keep the first, and the
 *   next move or removal of it clears every copy. A key whose item is gone (removed by someone
 *   else) is skipped.
 *
 * @module
 */
import * as Y from 'yjs';
import { MAX_DEPTH, MAX_VALUES, parseJourney, parseJsonPointer } from '../model/index.js';
import type { PatchOperation } from '../model/edit/index.js';
import type { Journey, ParseResult, Problem } from '../model/index.js';

/** Name of the root `Y.Map` holding the journey's fields. */
export const ROOT_NAME = 'journey';
/** Name of the root `Y.Map` holding every array item under its key. */
export const ITEMS_NAME = 'journey.items';


/** A value as it sits in the document: a shared type or a plain JSON leaf. */
type Node = Y.Map<unknown> | Y.Array<unknown> | string | number | boolean | null;

const rootOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(ROOT_NAME);
const itemsOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(ITEMS_NAME);

/** Whether the document holds no journey yet. */
export function isDocEmpty(doc: Y.Doc): boolean {
  return rootOf(doc).size === 0;
}

/**
 * Seeds an empty document with a journey, in one transaction; a document that already holds a
 * journey wins and is left alone. Seed after the provider's first sync, so "empty" means empty
 * on the server too. Returns whether it seeded.
 */
export function journeyToDoc(journey: Journey, doc: Y.Doc, origin: unknown = null): boolean {
  if (!isDocEmpty(doc)) return false;
  doc.transact(() => {
    const root = rootOf(doc);
    const items = itemsOf(doc);
    for (const [field, value] of Object.entries(journey)) root.set(field, toShared(value, items));
  }, origin);
  return true;
}

/**
 * The document's content as plain JSON, as every peer reads it, or why it cannot be read
 * (nesting deeper than the model's `MAX_DEPTH`, more values than `MAX_VALUES`: a hostile peer
 * can make item keys share or loop).
 */
export function docToJson(doc: Y.Doc): { ok: true; value: Record<string, unknown> } | { ok: false; message: string } {
  const reader = new DocReader(itemsOf(doc));
  try {
    return { ok: true, value: reader.object(rootOf(doc), 0) };
  } catch (error) {
    if (error instanceof UnreadableDoc) return { ok: false, message: error.message };
    throw error;
  }
}

/** The document's journey checked by the model's validator: `journey` is `null` when it has errors. */
export function docToJourney(doc: Y.Doc): ParseResult {
  const read = docToJson(doc);
  if (!read.ok) return { journey: null, problems: [{ path: '', message: read.message, severity: 'error' }] };
  return parseJourney(read.value);
}

class UnreadableDoc extends Error {}

/** Reads shared types into JSON, counting values and depth so a hostile document cannot hang it. */
class DocReader {
  private values = 0;
  constructor(private readonly items: Y.Map<unknown>) {}

  private count(depth: number): void {
    if (depth > MAX_DEPTH) throw new UnreadableDoc(`the shared document nests deeper than ${MAX_DEPTH} levels`);
    if (++this.values > MAX_VALUES) throw new UnreadableDoc(`the shared document holds more than ${MAX_VALUES} values`);
  }

  object(map: Y.Map<unknown>, depth: number): Record<string, unknown> {
    this.count(depth);
    const out: Record<string, unknown> = {};
    for (const [field, value] of map.entries()) out[field] = this.value(value, depth + 1);
    return out;
  }

  value(node: unknown, depth: number): unknown {
    if (node instanceof Y.Map) return this.object(node, depth);
    if (node instanceof Y.Array) {
      this.count(depth);
      return liveKeys(node, this.items).map((key) => this.value(this.items.get(key), depth + 1));
    }
    this.count(depth);
    // Y.Text or XML from a peer that does not follow this structure: its text, for the validator to judge.
    if (node instanceof Y.AbstractType) return node.toString();
    return node === undefined ? null : node;
  }
}

/** The keys an array shows, in order: known items only, each once. */
function liveKeys(array: Y.Array<unknown>, items: Y.Map<unknown>): string[] {
  const seen = new Set<string>();
  for (const key of array) {
    if (typeof key === 'string' && !seen.has(key) && items.has(key)) seen.add(key);
  }
  return [...seen];
}

/** A fresh, unguessable-enough item key: 16 random base-32 characters (80 bits). */
function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let key = '';
  for (const byte of bytes) key += '0123456789abcdefghijklmnopqrstuv'[byte & 31];
  return key;
}

/** A JSON value as shared types; array items go into `items` under fresh keys. */
function toShared(value: unknown, items: Y.Map<unknown>): Node {
  if (Array.isArray(value)) {
    const array = new Y.Array<string>();
    array.push(value.map((item) => addItem(item, items)));
    return array as Y.Array<unknown>;
  }
  if (typeof value === 'object' && value !== null) {
    const map = new Y.Map<unknown>();
    for (const [field, fieldValue] of Object.entries(value)) map.set(field, toShared(fieldValue, items));
    return map;
  }
  return value as Node;
}

function addItem(value: unknown, items: Y.Map<unknown>): string {
  const key = newKey();
  items.set(key, toShared(value, items));
  return key;
}

/** Deletes the items a node's arrays refer to, all the way down, so removed data leaves no orphans. */
function deleteItemsOf(node: unknown, items: Y.Map<unknown>, depth = 0): void {
  if (depth > MAX_DEPTH) return;
  if (node instanceof Y.Map) {
    for (const value of node.values()) deleteItemsOf(value, items, depth + 1);
  } else if (node instanceof Y.Array) {
    for (const key of node) if (typeof key === 'string') deleteItem(key, items, depth + 1);
  }
}

function deleteItem(key: string, items: Y.Map<unknown>, depth = 0): void {
  deleteItemsOf(items.get(key), items, depth);
  items.delete(key);
}

/** Removes every occurrence of `key` from an array (concurrent moves can leave more than one). */
function removeKey(array: Y.Array<unknown>, key: string): void {
  const all = array.toArray();
  for (let i = all.length - 1; i >= 0; i--) if (all[i] === key) array.delete(i, 1);
}

/** Whether two JSON values are equal (object fields in any order). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  return aKeys.every((k) => Object.hasOwn(b, k) && sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Where a pointer's last token lives: an object's field or an array's position. */
type Slot =
  | { kind: 'field'; map: Y.Map<unknown>; field: string }
  | { kind: 'element'; array: Y.Array<unknown>; keys: string[]; index: number };

/** Thrown when an operation does not fit the document. */
class PatchMismatch extends Error {}

/** Applies JSON Patch operations to shared types. Every pointer is resolved when its operation runs. */
class DocPatcher {
  private readonly root: Y.Map<unknown>;
  private readonly items: Y.Map<unknown>;
  constructor(doc: Y.Doc) {
    this.root = rootOf(doc);
    this.items = itemsOf(doc);
  }

  apply(operation: PatchOperation): void {
    switch (operation.op) {
      case 'test':
        if (!sameJson(this.read(operation.path), operation.value)) throw new PatchMismatch(`test failed: ${operation.path} holds another value`);
        return;
      case 'add':
        return this.add(operation.path, operation.value);
      case 'remove':
        return this.remove(operation.path);
      case 'replace':
        return this.replace(operation.path, operation.value);
      case 'copy':
        return this.add(operation.path, this.read(operation.from));
      case 'move':
        return this.move(operation.from, operation.path);
    }
  }

  private tokens(pointer: string): string[] {
    const tokens = parseJsonPointer(pointer);
    if (!tokens) throw new PatchMismatch(`"${pointer}" is not a JSON Pointer`);
    return tokens;
  }

  /** The node a pointer names (`""` is the root). */
  private node(tokens: readonly string[]): unknown {
    let node: unknown = this.root;
    for (const token of tokens) {
      if (node instanceof Y.Map) node = node.get(token);
      else if (node instanceof Y.Array) node = this.items.get(liveKeys(node, this.items)[this.index(token, false)] ?? '');
      else throw new PatchMismatch(`nothing at "${token}"`);
    }
    return node;
  }

  private index(token: string, mayAppend: boolean, length = Infinity): number {
    if (mayAppend && token === '-') return length;
    if (!/^(0|[1-9][0-9]*)$/.test(token)) throw new PatchMismatch(`"${token}" is not an array index`);
    return Number(token);
  }

  private slot(pointer: string, mayAppend: boolean): Slot {
    const tokens = this.tokens(pointer);
    const last = tokens.pop();
    if (last === undefined) throw new PatchMismatch('the operation names the whole journey');
    const parent = this.node(tokens);
    if (parent instanceof Y.Map) return { kind: 'field', map: parent, field: last };
    if (parent instanceof Y.Array) {
      const keys = liveKeys(parent, this.items);
      const index = this.index(last, mayAppend, keys.length);
      if (index > (mayAppend ? keys.length : keys.length - 1)) throw new PatchMismatch(`index ${index} is past the end of ${pointer}`);
      return { kind: 'element', array: parent, keys, index };
    }
    throw new PatchMismatch(`"${pointer}" is inside a value that is neither object nor array`);
  }

  private read(pointer: string): unknown {
    return new DocReader(this.items).value(this.node(this.tokens(pointer)), 0);
  }

  /** Inserts a key before the `index`-th live key (or at the end). */
  private insertKey(slot: Extract<Slot, { kind: 'element' }>, key: string): void {
    const before = slot.keys[slot.index];
    const at = before === undefined ? slot.array.length : slot.array.toArray().indexOf(before);
    slot.array.insert(at, [key]);
  }

  private add(pointer: string, value: unknown): void {
    if (pointer === '') return this.replaceRoot(value);
    const slot = this.slot(pointer, true);
    if (slot.kind === 'field') {
      deleteItemsOf(slot.map.get(slot.field), this.items);
      slot.map.set(slot.field, toShared(value, this.items));
    } else {
      this.insertKey(slot, addItem(value, this.items));
    }
  }

  private replace(pointer: string, value: unknown): void {
    if (pointer === '') return this.replaceRoot(value);
    const slot = this.slot(pointer, false);
    if (slot.kind === 'field') return this.add(pointer, value);
    // Keep the item's key, so a concurrent move of it still applies.
    const key = slot.keys[slot.index];
    deleteItemsOf(this.items.get(key), this.items);
    this.items.set(key, toShared(value, this.items));
  }

  private remove(pointer: string): void {
    const slot = this.slot(pointer, false);
    if (slot.kind === 'field') {
      deleteItemsOf(slot.map.get(slot.field), this.items);
      slot.map.delete(slot.field);
    } else {
      const key = slot.keys[slot.index];
      removeKey(slot.array, key);
      deleteItem(key, this.items);
    }
  }

  private move(from: string, pointer: string): void {
    if (from === pointer) return;
    const source = from === '' ? undefined : this.slot(from, false);
    if (source?.kind === 'element') {
      const key = source.keys[source.index];
      removeKey(source.array, key);
      const target = this.slot(pointer, true);
      if (target.kind === 'element') return this.insertKey(target, key);
      // Into an object field: the item becomes the field's value.
      const value = new DocReader(this.items).value(this.items.get(key), 0);
      deleteItem(key, this.items);
      return this.add(pointer, value);
    }
    const value = this.read(from);
    this.remove(from);
    this.add(pointer, value);
  }

  private replaceRoot(value: unknown): void {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new PatchMismatch('a journey must be an object');
    for (const field of [...this.root.keys()]) {
      deleteItemsOf(this.root.get(field), this.items);
      this.root.delete(field);
    }
    for (const [field, fieldValue] of Object.entries(value)) this.root.set(field, toShared(fieldValue, this.items));
  }
}

/** Writes operations to the document in one transaction; throws {@link PatchMismatch} when one does not fit. */
function writeOpsToDoc(doc: Y.Doc, ops: readonly PatchOperation[], origin: unknown): void {
  doc.transact(() => {
    const patcher = new DocPatcher(doc);
    for (const operation of ops) patcher.apply(operation);
  }, origin);
}

/** The journey the operations would make, run on a scratch copy of the document. */
function tryOpsOnCopy(doc: Y.Doc, ops: readonly PatchOperation[]): ParseResult {
  const scratch = new Y.Doc();
  try {
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
    writeOpsToDoc(scratch, ops, null);
    return docToJourney(scratch);
  } catch (error) {
    if (!(error instanceof PatchMismatch)) throw error;
    return { journey: null, problems: [{ path: '', message: `the patch does not apply: ${error.message}`, severity: 'error' }] };
  } finally {
    scratch.destroy();
  }
}

/** What {@link applyOpsToDoc} did: applied, or refused with the reasons. */
export interface ApplyOpsResult {
  /** Whether the document changed; when not, `problems` says why. */
  applied: boolean;
  /** The errors that refused the patch, or the warnings of the journey it made. */
  problems: Problem[];
}

/**
 * Applies a JSON Patch (the map's `journey-change` ops) to the document as one transaction,
 * field by field, whole or not at all: it first runs the operations on a scratch copy of the
 * document and validates the result, and refuses (leaving the document untouched) when an
 * operation does not fit or the journey would not validate. `origin` marks the transaction,
 * so an observer can tell its own edits from others'.
 */
export function applyOpsToDoc(doc: Y.Doc, ops: readonly PatchOperation[], origin: unknown = null): ApplyOpsResult {
  const checked = tryOpsOnCopy(doc, ops);
  if (!checked.journey) return { applied: false, problems: checked.problems };
  writeOpsToDoc(doc, ops, origin);
  return { applied: true, problems: checked.problems };
}
