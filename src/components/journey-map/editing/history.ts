/**
 * Undo and redo of `<journey-map editable>` as patches: each step holds the JSON Patch that made
 * a change and the one that undoes it. Pure and DOM-free.
 */
import type { PatchOperation } from '../../../model/edit/patch.js';

/** One undoable change. */
export interface HistoryStep {
  ops: PatchOperation[];
  inverse: PatchOperation[];
  /**
   * Steps with the same key in quick succession are one step: a typing burst in one field, the
   * emotion nudged several times, a drag's moves.
   */
  mergeKey?: string;
  /** When it was recorded (ms, any clock), for merging. */
  at: number;
}

/** Steps closer than this (ms) with the same merge key are one. */
export const MERGE_WITHIN = 1000;

/** Most steps kept; the oldest go first. */
export const HISTORY_LIMIT = 500;

export class EditHistory {
  #undo: HistoryStep[] = [];
  #redo: HistoryStep[] = [];

  get canUndo(): boolean {
    return this.#undo.length > 0;
  }

  get canRedo(): boolean {
    return this.#redo.length > 0;
  }

  /** A new change: on top of the undo stack (merged with the last step when it continues it); redo is cleared. */
  record(step: HistoryStep): void {
    const last = this.#undo[this.#undo.length - 1];
    this.#redo = [];
    if (last && step.mergeKey !== undefined && last.mergeKey === step.mergeKey && step.at - last.at <= MERGE_WITHIN) {
      this.#undo[this.#undo.length - 1] = {
        ops: [...last.ops, ...step.ops],
        inverse: [...step.inverse, ...last.inverse],
        mergeKey: step.mergeKey,
        at: step.at,
      };
      return;
    }
    this.#undo.push(step);
    if (this.#undo.length > HISTORY_LIMIT) this.#undo.shift();
  }

  /** The step undo would undo, without taking it. */
  peekUndo(): HistoryStep | undefined {
    return this.#undo[this.#undo.length - 1];
  }

  peekRedo(): HistoryStep | undefined {
    return this.#redo[this.#redo.length - 1];
  }

  /** The peeked undo step was undone: it moves to the redo stack. */
  undone(): void {
    const step = this.#undo.pop();
    if (step) this.#redo.push({ ...step, mergeKey: undefined });
  }

  /** The peeked redo step was redone: it moves back to the undo stack (never merged). */
  redone(): void {
    const step = this.#redo.pop();
    if (step) this.#undo.push({ ...step, mergeKey: undefined });
  }

  /** Forgets the top undo (or redo) step: it no longer applies (the journey changed under it). */
  dropUndo(): void {
    this.#undo.pop();
  }

  dropRedo(): void {
    this.#redo.pop();
  }

  clear(): void {
    this.#undo = [];
    this.#redo = [];
  }
}
