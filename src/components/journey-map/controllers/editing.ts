import { JourneyBeforeChangeEvent, JourneyChangeEvent, JourneyErrorEvent, type ChangeOrigin } from '../../../events/index.js';
import type { Journey, Problem } from '../../../model/core.js';
import { applyPatch, diffJourneys, type PatchOperation } from '../../../model/edit/patch.js';
import type { EditResult } from '../../../model/edit/operations.js';
import { EditHistory } from '../editing/history.js';
import { keepUnchanged } from '../editing/share.js';

/**
 * Undo and redo kept elsewhere: a collaboration binding's history (Yjs's UndoManager undoes only
 * your own changes in a shared document). While the map has one, its undo, redo and the keys use
 * it, and the map records nothing itself; the binding applies the result as a patch.
 */
export interface HistoryProvider {
  undo(): boolean;
  redo(): boolean;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
}

/** What editing needs from the map. */
export interface EditingOptions {
  /** A history kept elsewhere, when the map has one. */
  provider(): HistoryProvider | null | undefined;
  /** The journey shown. */
  journey(): Journey | null;
  /** Shows a journey that an edit, undo, redo or remote patch produced (history is kept). */
  show(journey: Journey): void;
  /** Dispatches `event` after the coming render. */
  queue(event: Event): void;
  /** Says something through the map's live region. */
  announce(text: string): void;
  /** Shows problems in the map's notice (the journey shown stays), or clears them with `[]`. */
  showProblems(problems: Problem[]): void;
  /** Strings for undo and redo notices. */
  words(): { undone: string; redone: string; nothingToUndo: string; nothingToRedo: string; refused: string; stale: string };
}

/** How a user edit is recorded. */
export interface CommitOptions {
  /** Edits with the same key in quick succession are one undo step (a typing burst, a drag). */
  mergeKey?: string;
  /** What the live region says once it is done. */
  announce?: string;
}

/**
 * The journey as a document: user edits (each a JSON Patch with its inverse) go through a
 * cancelable `journey-beforechange`, are shown, recorded for undo and redo, and reported with
 * `journey-change`; patches from elsewhere (`applyPatch`) are validated, shown and reported but
 * not recorded. Setting the map's `journey` from code starts a new history.
 */
export class EditingController {
  readonly history = new EditHistory();
  readonly #host: HTMLElement;
  readonly #options: EditingOptions;

  /** `host` is the map: it dispatches `journey-beforechange` and `journey-error` at once. */
  constructor(host: HTMLElement, options: EditingOptions) {
    this.#host = host;
    this.#options = options;
  }

  /**
   * A user edit from the model's operations. Refused edits (problems) change nothing; a host that
   * cancels `journey-beforechange` keeps the journey too. Returns whether it was committed.
   */
  commit(result: EditResult, options: CommitOptions = {}): boolean {
    if (!result.applied || result.ops.length === 0) return false;
    const before = new JourneyBeforeChangeEvent({ ops: result.ops });
    this.#host.dispatchEvent(before);
    if (before.defaultPrevented) {
      this.#options.announce(this.#options.words().refused);
      return false;
    }
    if (!this.#options.provider()) {
      this.history.record({ ops: result.ops, inverse: result.inverse, mergeKey: options.mergeKey, at: performance.now() });
    }
    this.#show(result.journey, result.ops, result.inverse, 'user');
    if (options.announce) this.#options.announce(options.announce);
    return true;
  }

  get canUndo(): boolean {
    return this.#options.provider()?.canUndo ?? this.history.canUndo;
  }

  get canRedo(): boolean {
    return this.#options.provider()?.canRedo ?? this.history.canRedo;
  }

  undo(): boolean {
    return this.#step('undo');
  }

  redo(): boolean {
    return this.#step('redo');
  }

  #step(which: 'undo' | 'redo'): boolean {
    const history = this.history;
    const words = this.#options.words();
    const provider = this.#options.provider();
    if (provider) {
      const done = which === 'undo' ? provider.undo() : provider.redo();
      this.#options.announce(done ? (which === 'undo' ? words.undone : words.redone) : which === 'undo' ? words.nothingToUndo : words.nothingToRedo);
      return done;
    }
    const step = which === 'undo' ? history.peekUndo() : history.peekRedo();
    const journey = this.#options.journey();
    if (!step || !journey) {
      this.#options.announce(which === 'undo' ? words.nothingToUndo : words.nothingToRedo);
      return false;
    }
    const [ops, inverse] = which === 'undo' ? [step.inverse, step.ops] : [step.ops, step.inverse];
    const result = applyPatch(journey, ops);
    if (!result.applied) {
      // Changes from elsewhere moved things under this step: it can no longer be applied.
      if (which === 'undo') history.dropUndo();
      else history.dropRedo();
      this.#options.announce(words.stale);
      return false;
    }
    if (which === 'undo') history.undone();
    else history.redone();
    this.#show(result.journey, ops, inverse, which);
    this.#options.announce(which === 'undo' ? words.undone : words.redone);
    return true;
  }

  /**
   * A patch from elsewhere (a collaborator, the host): validated; shown and reported with
   * `journey-change` and `origin`, not recorded. An invalid patch changes nothing and fires
   * `journey-error`. Returns whether it was applied.
   */
  applyRemote(ops: unknown, origin: ChangeOrigin): boolean {
    const journey = this.#options.journey();
    if (!journey) {
      this.#host.dispatchEvent(new JourneyErrorEvent({ problems: [{ path: '', message: 'there is no journey to apply the patch to', severity: 'error' }] }));
      return false;
    }
    const result = applyPatch(journey, ops);
    if (!result.applied) {
      // Kept as it was, and said so: a collaborator's faulty change must not pass unnoticed.
      this.#options.showProblems(result.problems);
      this.#host.dispatchEvent(new JourneyErrorEvent({ problems: result.problems }));
      return false;
    }
    // A foreign patch comes without its inverse: the patch from the result back to the journey before.
    this.#show(result.journey, ops as PatchOperation[], diffJourneys(result.journey, journey), origin);
    return true;
  }

  /** A journey set from code: a new document, a new history. */
  reset(): void {
    this.history.clear();
  }

  #show(edited: Journey, ops: PatchOperation[], inverse: PatchOperation[], origin: ChangeOrigin): void {
    // The same objects for what did not change, so only the edited cells render again; the event
    // carries the very journey shown, so a host echoing it back keeps the history.
    const journey = keepUnchanged(this.#options.journey(), edited);
    this.#options.showProblems([]);
    this.#options.show(journey);
    this.#options.queue(new JourneyChangeEvent({ journey, ops, inverse, origin }));
  }
}
