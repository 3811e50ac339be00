import type { Opportunity, Stage, Touchpoint } from '../model/core.js';

/** Detail of `opportunity-select`. */
export interface OpportunitySelectDetail {
  /** The opportunity as the journey has it (a string or an object). */
  opportunity: Opportunity;
  /** The touchpoint it belongs to. */
  touchpoint: Touchpoint;
  /** The touchpoint's stage. */
  stage: Stage;
}

/** The user chose an opportunity in `<opportunity-matrix>` (Enter, Space or a click), to open it in a map. */
export class OpportunitySelectEvent extends CustomEvent<OpportunitySelectDetail> {
  static readonly type = 'opportunity-select';

  constructor(detail: OpportunitySelectDetail) {
    super(OpportunitySelectEvent.type, { detail, bubbles: true, composed: true });
  }
}
