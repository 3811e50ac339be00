import type { LocaleController } from '../../../i18n/index.js';
import type { Journey } from '../../../model/core.js';
import type { WarnOnce } from '../../shared/warn-once.js';
import type { LayoutOptions, MapLayout } from '../layout.js';
import { deriveView, type MapView } from '../view.js';
import type { DetailsPanelController } from './details-panel.js';
import type { GridFocusController } from './grid-focus.js';

export interface MapViewOptions {
  focus: GridFocusController;
  details: DetailsPanelController;
  i18n: LocaleController;
  dir(): 'ltr' | 'rtl';
  announce(text: string): void;
  warn: WarnOnce;
}

/**
 * The map's derived view (`view.ts`: layout, scale, curve lines, personas) and what follows from a
 * new one: focus kept on the same touchpoint, the details placed again or closed when their
 * touchpoint left, an unknown persona warned about, a persona change announced. The element
 * calls `update` in `willUpdate` when the journey, persona, lanes or comparison change, never on
 * a focus move.
 */
export class MapViewController {
  /** The current view; `null` while no journey is shown. */
  view: MapView | null = null;

  readonly #options: MapViewOptions;

  constructor(options: MapViewOptions) {
    this.#options = options;
  }

  get layout(): MapLayout | null {
    return this.view?.layout ?? null;
  }

  /** `newJourney`: a journey from a source, not a filter change (no persona announcement then). */
  update(journey: Journey | null, persona: string | null | undefined, lanes: string | null | undefined, ghosts: LayoutOptions['ghosts'], newJourney: boolean): void {
    const { focus, details, i18n } = this.#options;
    const before = this.layout;
    this.view = journey ? deriveView(journey, persona, lanes, ghosts) : null;
    const layout = this.layout;
    if (!journey || !layout) {
      details.close(false);
      return;
    }
    const unknown = this.view!.unknownPersona;
    if (unknown !== null) {
      const known = (journey.personas ?? []).map((p) => p.id).join(', ') || 'none';
      this.#options.warn(`persona ${JSON.stringify(unknown)}`, '', `the journey has no such persona (it has: ${known})`);
    }
    focus.relayout(before, layout);
    const open = details.openId;
    if (open !== null) {
      if (layout.columnOf.has(open)) details.reposition();
      else details.close(false);
    }
    if (!newJourney && before && before.persona !== layout.persona) {
      const shown = journey.personas?.find((p) => p.id === layout.persona);
      this.#options.announce(shown ? i18n.msg.showingPersona(i18n.isolate(shown.name, this.#options.dir())) : i18n.msg.showingAllPersonas);
    }
  }
}
