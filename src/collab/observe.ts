/**
 * Turning changes of the shared document into JSON Patch operations against the journey the
 * map last showed, so the map applies them like any other edit.
 *
 * @module
 */
import type * as Y from 'yjs';
import type { Journey, Problem } from '../model/index.js';
import { diffJourneys } from '../model/edit/index.js';
import type { PatchOperation } from '../model/edit/index.js';
import { docToJourney } from './doc.js';

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
    const ops = last ? diffJourneys(last, journey) : [{ op: 'replace' as const, path: '', value: journey }];
    last = journey;
    // Back to valid with the same journey still says so: the consumer clears the problems it showed.
    if (ops.length > 0 || !wasValid) listener({ ...base, ops, journey });
  };
  doc.on('afterTransaction', onTransaction);
  return () => doc.off('afterTransaction', onTransaction);
}
