/** Defines `<persona-badge>`. Import for its side effect; the class is exported for typing and subclassing. */
import { defineElement } from './define.js';
import { PersonaBadge } from './components/persona-badge/persona-badge.js';

export { PersonaBadge };
export type {
  PersonaBadgeSize,
  PersonaDetailsToggleDetail,
} from './components/persona-badge/persona-badge.js';
/** The event class, for `instanceof` checks and typed listeners. */
export { PersonaDetailsToggleEvent } from './events/index.js';

defineElement('persona-badge', PersonaBadge);
