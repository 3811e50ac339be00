/** Detail of `persona-change`. */
export interface PersonaChangeDetail {
  /** The persona now shown, or `null` for all personas. */
  persona: string | null;
}

/** The user changed the persona filter in `<journey-map>`'s legend. */
export class PersonaChangeEvent extends CustomEvent<PersonaChangeDetail> {
  static readonly type = 'persona-change';

  constructor(detail: PersonaChangeDetail) {
    super(PersonaChangeEvent.type, { detail, bubbles: true, composed: true });
  }
}
