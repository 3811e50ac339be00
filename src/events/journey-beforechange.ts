import type { PatchOperation } from '../model/edit/patch.js';

/** Detail of `journey-beforechange`. */
export interface JourneyBeforeChangeDetail {
  /** The change the user is about to make, as an RFC 6902 JSON Patch. */
  ops: PatchOperation[];
}

/**
 * The user is about to change the journey of `<journey-map editable>`. Cancelable:
 * `preventDefault()` keeps the journey as it is (the map says so to the user).
 */
export class JourneyBeforeChangeEvent extends CustomEvent<JourneyBeforeChangeDetail> {
  static readonly type = 'journey-beforechange';

  constructor(detail: JourneyBeforeChangeDetail) {
    super(JourneyBeforeChangeEvent.type, { detail, bubbles: true, composed: true, cancelable: true });
  }
}
