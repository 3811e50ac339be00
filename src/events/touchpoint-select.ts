import type { Stage, Touchpoint } from '../model/core.js';

/** Detail of `touchpoint-select`. */
export interface TouchpointSelectDetail {
  touchpoint: Touchpoint;
  stage: Stage;
}

/** The user opened a touchpoint's details in `<journey-map>`. */
export class TouchpointSelectEvent extends CustomEvent<TouchpointSelectDetail> {
  static readonly type = 'touchpoint-select';

  constructor(detail: TouchpointSelectDetail) {
    super(TouchpointSelectEvent.type, { detail, bubbles: true, composed: true });
  }
}
