/**
 * The CMS authors' file, `dist/journeykit.bundle.js`: one self-contained, minified ES module that
 * defines every element. It exports the element classes and `parseJourney` for page scripts. The
 * Mermaid reader is inside too (the map renders an inline `text/x-mermaid` journey); the rest of
 * the model (helpers, CSV, writing Mermaid) is in `journeykit/model`.
 */
import './journey-map.js';
import './persona-badge.js';
import './touchpoint-card.js';
import './emotion-curve.js';

export { JourneyMap } from './components/journey-map/journey-map.js';
export { PersonaBadge } from './components/persona-badge/persona-badge.js';
export { TouchpointCard } from './components/touchpoint-card/touchpoint-card.js';
export { EmotionCurve } from './components/emotion-curve/emotion-curve.js';
export { parseJourney } from './model/parse.js';
export { VERSION } from './define.js';
