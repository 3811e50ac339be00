/**
 * What a feature attached to a map (editing, loaded on demand) may use of it: the element's
 * public API, its controllers' public members, and the derived view, read through getters so a
 * feature never holds a stale layout. The element builds one and hands it over; features never
 * reach into the element's private state.
 */
import type { ReactiveControllerHost } from 'lit';
import type { LocaleController } from '../../i18n/index.js';
import type { Journey, Problem, ResolvedEmotionScale } from '../../model/core.js';
import type { DetailsPanelController } from './controllers/details-panel.js';
import type { HistoryProvider } from './controllers/editing.js';
import type { GridFocusController } from './controllers/grid-focus.js';
import type { JourneySourceController } from './controllers/journey-source.js';
import type { MapGeometryController } from './controllers/map-geometry.js';
import type { MapLayout } from './layout.js';

/** The public face of `<journey-map>` that features read (kept narrow so features do not import the element). */
export interface MapHost extends ReactiveControllerHost, HTMLElement {
  editable: boolean;
  density: 'comfortable' | 'compact';
  headingLevel: number;
  historyProvider: HistoryProvider | null;
  focusTouchpoint(id: string): boolean;
}

export interface MapParts {
  host: MapHost;
  i18n: LocaleController;
  focus: GridFocusController;
  details: DetailsPanelController;
  geometry: MapGeometryController;
  source: JourneySourceController;
  journey(): Journey | null;
  layout(): MapLayout | null;
  scale(): ResolvedEmotionScale;
  dir(): 'ltr' | 'rtl';
  /** Shows an edited journey (not a new document: the history stays). */
  show(journey: Journey): void;
  /** Shows (or clears, with `[]`) the problems of a refused change. */
  showProblems(problems: Problem[]): void;
  announce(text: string): void;
}
