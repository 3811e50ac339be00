/**
 * The CMS authors' file, `dist/journeykit.bundle.js`: one self-contained, minified ES module that
 * defines all four elements. It exports the element classes and `parseJourney` for page scripts;
 * the rest of the model (helpers, CSV and Mermaid interop) is in `journeykit/model`, kept out of
 * this file so it stays small.
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
