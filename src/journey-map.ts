/**
 * Defines `<journey-map>` and the elements it composes. Import for the side effect:
 * `import 'journeykit/journey-map.js'`.
 */
import './touchpoint-card.js';
import './emotion-curve.js';
import './persona-badge.js';
import { defineElement } from './define.js';
import { JourneyMap } from './components/journey-map/journey-map.js';

defineElement('journey-map', JourneyMap);

export { JourneyMap };
export type {
  CellFocusDetail,
  ConnectionStatus,
  HistoryProvider,
  JourneyBeforeChangeDetail,
  JourneyChangeDetail,
  JourneyErrorDetail,
  JourneyLoadDetail,
  MapDensity,
  PersonaChangeDetail,
  PresencePeer,
  PrintLayout,
  TouchpointSelectDetail,
} from './components/journey-map/journey-map.js';
export {
  CellFocusEvent,
  JourneyBeforeChangeEvent,
  JourneyChangeEvent,
  JourneyErrorEvent,
  JourneyLoadEvent,
  PersonaChangeEvent,
  TouchpointSelectEvent,
  type ChangeOrigin,
} from './events/index.js';
