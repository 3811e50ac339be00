/** Defines `<touchpoint-card>`. Import for its side effect; the class is exported for typing and subclassing. */
import { defineElement } from './define.js';
import { TouchpointCard } from './components/touchpoint-card/touchpoint-card.js';

export { TouchpointCard };
export type { CardDensity } from './components/touchpoint-card/touchpoint-card.js';

defineElement('touchpoint-card', TouchpointCard);
