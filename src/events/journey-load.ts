import type { Journey } from '../model/core.js';

/** Detail of `journey-load`. */
export interface JourneyLoadDetail {
  /** The journey now shown. */
  journey: Journey;
}

/** `<journey-map>` loaded a journey and shows it (fired after the render that shows it). */
export class JourneyLoadEvent extends CustomEvent<JourneyLoadDetail> {
  static readonly type = 'journey-load';

  constructor(detail: JourneyLoadDetail) {
    super(JourneyLoadEvent.type, { detail, bubbles: true, composed: true });
  }
}
