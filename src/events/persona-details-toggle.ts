import type { Persona } from '../model/core.js';

/** Detail of `persona-details-toggle`. */
export interface PersonaDetailsToggleDetail {
  /** Whether the details are open now. */
  open: boolean;
  /** The `persona` property itself when set, else the persona the attributes describe. */
  persona: Persona;
}

/** The details popover of `<persona-badge details>` opened or closed. */
export class PersonaDetailsToggleEvent extends CustomEvent<PersonaDetailsToggleDetail> {
  static readonly type = 'persona-details-toggle';

  constructor(detail: PersonaDetailsToggleDetail) {
    super(PersonaDetailsToggleEvent.type, { detail, bubbles: true, composed: true });
  }
}
