import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { float, openOverlay } from '../../../floating/index.js';
import { DETAILS_TITLE_ID } from '../details.js';

/** Below this viewport width (px; 400 % zoom on a 1280 px screen is 320) the details are a sheet. */
export const SHEET_BELOW = 600;

/** What the details panel needs from the map. */
export interface DetailsPanelOptions {
  /** The cell the panel belongs to (its touchpoint cell), when rendered. */
  reference(id: string): HTMLElement | undefined;
  /** The rendered panel, when open. */
  panel(): HTMLElement | null;
  dir(): 'ltr' | 'rtl';
  /** A touchpoint's details opened (not when the same one is asked again). */
  opened(id: string): void;
  /** The details closed. */
  closed?(id: string): void;
  /** Focus back to a touchpoint's cell. */
  focusCell(id: string): void;
  /** Whether a click path holds one of the map's touchpoint cells (the grid opens that one). */
  onTouchpoint(path: EventTarget[]): boolean;
}

/**
 * The map's details panel: a non-modal dialog next to its touchpoint's cell (a sheet along the
 * bottom in narrow viewports). Opens on a touchpoint; closes on Escape (through the document's
 * overlay stack), a click outside, focus leaving it, or its close button; focus returns to the
 * cell when the user closed it from inside.
 */
export class DetailsPanelController implements ReactiveController {
  /** The touchpoint whose details are open, or `null`. */
  openId: string | null = null;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: DetailsPanelOptions;
  #needsPlacing = false;
  #needsFocus = false;
  #stopFloating: (() => void) | null = null;
  #closeOverlay: (() => void) | null = null;

  constructor(host: ReactiveControllerHost & HTMLElement, options: DetailsPanelOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.close(false);
  }

  hostUpdated(): void {
    if (this.openId !== null && this.#needsPlacing) this.#place();
  }

  /** Whether the panel's floating updater runs (for tests of disconnect). */
  get floating(): boolean {
    return this.#stopFloating !== null;
  }

  /** Opens a touchpoint's details, or moves focus back into them when they are open already. */
  open(id: string): void {
    if (this.openId !== id) {
      this.openId = id;
      this.#options.opened(id);
    }
    this.#needsFocus = true;
    this.#needsPlacing = true;
    this.#host.requestUpdate();
    this.#closeOverlay ??= openOverlay(this.#host.ownerDocument, {
      inside: () => [this.#options.panel()].filter((el): el is HTMLElement => el !== null),
      onEscape: () => this.close(true),
      onOutsideClick: (event) => {
        const path = event.composedPath();
        if (this.#options.onTouchpoint(path)) return; // another touchpoint: the grid opens it
        // The panel is going away: focus that was in it (or nowhere) goes back to the cell.
        const focused = document.activeElement;
        const panel = this.#options.panel();
        const inPanel = panel?.contains(this.#host.shadowRoot?.activeElement ?? null) ?? false;
        this.close(inPanel || focused === null || focused === document.body);
      },
    });
  }

  /** The layout changed: the cell may have moved. */
  reposition(): void {
    if (this.openId !== null) this.#needsPlacing = true;
  }

  /** Closes the panel; with `restoreFocus`, focus goes back to the touchpoint's cell. */
  close(restoreFocus: boolean): void {
    const id = this.openId;
    this.#stopFloating?.();
    this.#stopFloating = null;
    this.#closeOverlay?.();
    this.#closeOverlay = null;
    if (id === null) return;
    this.openId = null;
    this.#needsFocus = false;
    this.#needsPlacing = false;
    this.#host.requestUpdate();
    if (restoreFocus) this.#options.focusCell(id);
    this.#options.closed?.(id);
  }

  /** Focus leaving the panel for another control closes it (a non-modal popover). */
  readonly onFocusout = (event: FocusEvent): void => {
    const to = event.relatedTarget;
    const panel = event.currentTarget as HTMLElement;
    if (to instanceof Node && !panel.contains(to)) this.close(false);
  };

  #place(): void {
    this.#needsPlacing = false;
    const id = this.openId;
    const panel = this.#options.panel();
    const reference = id !== null ? this.#options.reference(id) : undefined;
    if (!panel || !reference) return;
    this.#stopFloating?.();
    this.#stopFloating = float(reference, panel, {
      placement: this.#options.dir() === 'rtl' ? 'left-start' : 'right-start',
      // Beside the cell if it fits, else below or above it.
      fallbackPlacements: ['bottom-start', 'top-start', 'bottom-end', 'top-end'],
      fitHeight: true,
      sheetBelow: SHEET_BELOW,
    });
    if (this.#needsFocus) {
      this.#needsFocus = false;
      panel.querySelector<HTMLElement>(`#${DETAILS_TITLE_ID}`)?.focus({ preventScroll: true });
    }
  }
}
