/**
 * Turning changes of the shared document into JSON Patch operations against the journey the
 * map last showed, so the map applies them like any other edit.
 *
 * @module
 */
import type * as Y from 'yjs';
import { escapePointerToken } from '../model/index.js';
import type { Journey, Problem } from '../model/index.js';
import { docToJourney, sameJson } from './doc.js';
import type { PatchOperation } from './doc.js';

/** One change of the document, as {@link observeJourney} reports it. */
export interface JourneyChange {
  /**
   * Operations that turn the previous valid journey into `journey`; empty when the document
   * now holds a journey that does not validate (then `problems` says why).
   */
  ops: PatchOperation[];
  /** The last valid journey: the new one, or the one kept because the document does not validate. */
  journey: Journey | null;
  /** The validator's problems with the document's journey (errors when it was not taken). */
  problems: Problem[];
  /** The transaction's origin (`applyOpsToDoc`'s `origin`, or the provider for remote updates). */
  origin: unknown;
  /** Whether the change was made on this document (`false`: it came from another peer). */
  local: boolean;
}

/**
 * Calls `listener` after every transaction that changes the document, with JSON Patch
 * operations from the last valid journey to the new one. A document that stops validating
 * (a faulty or hostile peer) gives no operations but its problems, and the last valid journey
 * stays the base of the next change. Returns a function that stops observing.
 *
 * The map applies remote changes: `if (!change.local) map.applyPatch(change.ops, { origin: 'remote' })`.
 */
export function observeJourney(doc: Y.Doc, listener: (change: JourneyChange) => void): () => void {
  let last = docToJourney(doc).journey;
  let lastWasValid = last !== null;
  const onTransaction = (transaction: Y.Transaction): void => {
    if (transaction.changed.size === 0) return;
    const { journey, problems } = docToJourney(doc);
    const base = { origin: transaction.origin, local: transaction.local, problems };
    const wasValid = lastWasValid;
    lastWasValid = journey !== null;
    if (!journey) return listener({ ...base, ops: [], journey: last });
    const ops = last ? diffJson(last, journey) : [{ op: 'replace' as const, path: '', value: journey }];
    last = journey;
    // Back to valid with the same journey still says so: the consumer clears the problems it showed.
    if (ops.length > 0 || !wasValid) listener({ ...base, ops, journey });
  };
  doc.on('afterTransaction', onTransaction);
  return () => doc.off('afterTransaction', onTransaction);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * JSON Patch operations that turn `before` into `after`: fields added, removed and replaced;
 * arrays keep their common start and end and replace, add or remove what lies between.
 */
export function diffJson(before: unknown, after: unknown, path = ''): PatchOperation[] {
  if (sameJson(before, after)) return [];
  if (isObject(before) && isObject(after)) {
    const ops: PatchOperation[] = [];
    for (const field of Object.keys(before)) {
      if (!Object.hasOwn(after, field)) ops.push({ op: 'remove', path: `${path}/${escapePointerToken(field)}` });
    }
    for (const [field, value] of Object.entries(after)) {
      const at = `${path}/${escapePointerToken(field)}`;
      if (Object.hasOwn(before, field)) ops.push(...diffJson(before[field], value, at));
      else ops.push({ op: 'add', path: at, value });
    }
    return ops;
  }
  if (Array.isArray(before) && Array.isArray(after)) return diffArray(before, after, path);
  return [{ op: 'replace', path, value: after }];
}

function diffArray(before: readonly unknown[], after: readonly unknown[], path: string): PatchOperation[] {
  let start = 0;
  while (start < before.length && start < after.length && sameJson(before[start], after[start])) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && sameJson(before[before.length - 1 - end], after[after.length - 1 - end])) end++;
  const removed = before.length - start - end;
  const added = after.length - start - end;
  const ops: PatchOperation[] = [];
  const common = Math.min(removed, added);
  // Elements in both ranges change in place (a field edit stays a field edit).
  for (let i = 0; i < common; i++) ops.push(...diffJson(before[start + i], after[start + i], `${path}/${start + i}`));
  for (let i = removed - 1; i >= common; i--) ops.push({ op: 'remove', path: `${path}/${start + i}` });
  for (let i = common; i < added; i++) ops.push({ op: 'add', path: `${path}/${start + i}`, value: after[start + i] });
  return ops;
}
