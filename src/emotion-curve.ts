/** Side-effect entry: defines `<emotion-curve>`. */
import { EmotionCurve } from './components/emotion-curve/emotion-curve.js';
import { defineElement } from './define.js';

export { EmotionCurve };
export { EMOTION_CURVE_MARGIN } from './components/emotion-curve/emotion-curve.js';
export type {
  EmotionCurveKind,
  EmotionPoint,
  EmotionSeries,
  PointFocusDetail,
} from './components/emotion-curve/emotion-curve.js';
/** The event class, for `instanceof` checks and typed listeners. */
export { PointFocusEvent } from './events/index.js';

defineElement('emotion-curve', EmotionCurve);
