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
  CompareMode,
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

// `<journey-map collab>` loads the connector from beside this file (dist/collab/connect.js). A
// variable, not a literal, so that bundlers leave it as a URL rather than copy it as an asset.
const CONNECTOR = './collab/connect.js';
JourneyMap.collabModule = new URL(CONNECTOR, import.meta.url).href;
