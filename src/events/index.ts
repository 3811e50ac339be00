/**
 * One class per event the elements fire: the type, `bubbles` and `composed` are set once here,
 * and the typed `detail` is what listeners read (each class is a `CustomEvent`, so listeners
 * written for plain custom events keep working).
 */
import type { CellFocusEvent } from './cell-focus.js';
import type { JourneyBeforeChangeEvent } from './journey-beforechange.js';
import type { JourneyChangeEvent } from './journey-change.js';
import type { JourneyErrorEvent } from './journey-error.js';
import type { JourneyLoadEvent } from './journey-load.js';
import type { OpportunitySelectEvent } from './opportunity-select.js';
import type { PersonaChangeEvent } from './persona-change.js';
import type { PersonaDetailsToggleEvent } from './persona-details-toggle.js';
import type { PointFocusEvent } from './point-focus.js';
import type { TouchpointSelectEvent } from './touchpoint-select.js';

export { JourneyLoadEvent, type JourneyLoadDetail } from './journey-load.js';
export { JourneyErrorEvent, type JourneyErrorDetail } from './journey-error.js';
export { TouchpointSelectEvent, type TouchpointSelectDetail } from './touchpoint-select.js';
export { PersonaChangeEvent, type PersonaChangeDetail } from './persona-change.js';
export { JourneyChangeEvent, type JourneyChangeDetail, type ChangeOrigin } from './journey-change.js';
export { JourneyBeforeChangeEvent, type JourneyBeforeChangeDetail } from './journey-beforechange.js';
export { CellFocusEvent, type CellFocusDetail } from './cell-focus.js';
export { PointFocusEvent, type PointFocusDetail } from './point-focus.js';
export { PersonaDetailsToggleEvent, type PersonaDetailsToggleDetail } from './persona-details-toggle.js';
export { OpportunitySelectEvent, type OpportunitySelectDetail } from './opportunity-select.js';

declare global {
  interface GlobalEventHandlersEventMap {
    'journey-load': JourneyLoadEvent;
    'journey-error': JourneyErrorEvent;
    'touchpoint-select': TouchpointSelectEvent;
    'persona-change': PersonaChangeEvent;
    'journey-change': JourneyChangeEvent;
    'journey-beforechange': JourneyBeforeChangeEvent;
    'cell-focus': CellFocusEvent;
    'point-focus': PointFocusEvent;
    'persona-details-toggle': PersonaDetailsToggleEvent;
    'opportunity-select': OpportunitySelectEvent;
  }
}
