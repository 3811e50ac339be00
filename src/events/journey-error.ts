import type { Problem } from '../model/core.js';

/** Detail of `journey-error`. */
export interface JourneyErrorDetail {
  /** The validator's problems, or one problem at path `""` for a failed fetch. */
  problems: Problem[];
}

/** A journey source failed (fetch, JSON or validation); `<journey-map>` keeps what it showed. */
export class JourneyErrorEvent extends CustomEvent<JourneyErrorDetail> {
  static readonly type = 'journey-error';

  constructor(detail: JourneyErrorDetail) {
    super(JourneyErrorEvent.type, { detail, bubbles: true, composed: true });
  }
}
