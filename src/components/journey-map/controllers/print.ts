import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Printing the map: paper does not scroll, so when the page is printed (the browser's print
 * dialog fires `beforeprint`; print emulation only switches the `print` media query, which is
 * watched too) every column is built and the map lays out for paper, synchronously, before the
 * browser takes its snapshot; afterwards it returns to the screen.
 */
export class PrintController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #onChange: (printing: boolean) => void;
  #media: MediaQueryList | null = null;

  /** `onChange(printing)` must make the map ready for paper (or the screen) before it returns. */
  constructor(host: ReactiveControllerHost & HTMLElement, onChange: (printing: boolean) => void) {
    this.#host = host;
    this.#onChange = onChange;
    host.addController(this);
  }

  hostConnected(): void {
    const view = this.#host.ownerDocument.defaultView;
    if (!view) return;
    this.#media = view.matchMedia('print');
    this.#media.addEventListener('change', this.#onMedia);
    view.addEventListener('beforeprint', this.#onBefore);
    view.addEventListener('afterprint', this.#onAfter);
    if (this.#media.matches) this.#onChange(true);
  }

  hostDisconnected(): void {
    const view = this.#host.ownerDocument.defaultView;
    this.#media?.removeEventListener('change', this.#onMedia);
    this.#media = null;
    view?.removeEventListener('beforeprint', this.#onBefore);
    view?.removeEventListener('afterprint', this.#onAfter);
  }

  readonly #onMedia = (event: MediaQueryListEvent): void => this.#onChange(event.matches);
  readonly #onBefore = (): void => this.#onChange(true);
  readonly #onAfter = (): void => this.#onChange(this.#media?.matches ?? false);
}
