/**
 * journeykit: importing the package defines all five elements and exports their classes and the
 * model. Import `journeykit/<tag>.js` to define just one element, or `journeykit/model` for the
 * DOM-free model alone.
 */
import './journey-map.js';
import './persona-badge.js';
import './touchpoint-card.js';
import './emotion-curve.js';
import './opportunity-matrix.js';

export { JourneyMap } from './components/journey-map/journey-map.js';
export { PersonaBadge } from './components/persona-badge/persona-badge.js';
export { TouchpointCard } from './components/touchpoint-card/touchpoint-card.js';
export { EmotionCurve } from './components/emotion-curve/emotion-curve.js';
export { OpportunityMatrix } from './components/opportunity-matrix/opportunity-matrix.js';
export * from './model/index.js';
// Event classes: `instanceof` checks and typed listeners (`map.addEventListener('journey-change', …)`).
export * from './events/index.js';
export { VERSION } from './define.js';
