import type { Journey } from '../model/core.js';
import type { PatchOperation } from '../model/edit/patch.js';

/** Where a change came from: the user's edit, undo, redo, or what `applyPatch` was given (default `"remote"`). */
export type ChangeOrigin = 'user' | 'undo' | 'redo' | (string & {});

/** Detail of `journey-change`. */
export interface JourneyChangeDetail {
  /** The journey after the change (a new object; the one before is not mutated). */
  journey: Journey;
  /** RFC 6902 JSON Patch from the journey before to `journey`. */
  ops: PatchOperation[];
  /** The patch that undoes it. */
  inverse: PatchOperation[];
  origin: ChangeOrigin;
}

/** `<journey-map editable>` committed a change to its journey (fired after the render that shows it). */
export class JourneyChangeEvent extends CustomEvent<JourneyChangeDetail> {
  static readonly type = 'journey-change';

  constructor(detail: JourneyChangeDetail) {
    super(JourneyChangeEvent.type, { detail, bubbles: true, composed: true });
  }
}
