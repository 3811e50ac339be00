export { float, type FloatOptions, type Placement } from './position.js';
export { openOverlay, openOverlayCount, type Dismissable } from './dismiss.js';
