/** Defines `<opportunity-matrix>`. Import for its side effect; the class is exported for typing and subclassing. */
import { defineElement } from './define.js';
import { OpportunityMatrix } from './components/opportunity-matrix/opportunity-matrix.js';

export { OpportunityMatrix };
export type { OpportunityMatrixView, OpportunitySelectDetail } from './components/opportunity-matrix/opportunity-matrix.js';
/** The event class, for `instanceof` checks and typed listeners. */
export { OpportunitySelectEvent } from './events/index.js';

defineElement('opportunity-matrix', OpportunityMatrix);
