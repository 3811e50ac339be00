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
import './opportunity-matrix.js';

import { JourneyMap } from './components/journey-map/journey-map.js';

export { JourneyMap };
export { PersonaBadge } from './components/persona-badge/persona-badge.js';
export { TouchpointCard } from './components/touchpoint-card/touchpoint-card.js';
export { EmotionCurve } from './components/emotion-curve/emotion-curve.js';
export { OpportunityMatrix } from './components/opportunity-matrix/opportunity-matrix.js';
export { parseJourney } from './model/parse.js';
export { VERSION } from './define.js';

// `<journey-map collab>` loads journeykit.collab.js, shipped beside this file (yjs and the provider
// stay out of the bundle). A variable, so that Vite does not inline the file as an asset.
const FILE = './journeykit.collab.js';
JourneyMap.collabModule = new URL(FILE, import.meta.url).href;
