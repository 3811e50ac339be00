/**
 * The newest of a source attribute's fetches (`src`, `baseline-src`, `metrics-src`): starting a
 * request aborts the one under way, and only the newest request's result lands, so a slow old
 * response can never overwrite what a newer source brought.
 */
export class LatestFetch<T> {
  /** The URL of the newest request, kept after its result landed; `null` after `cancel`. */
  requested: string | null = null;

  readonly #load: (url: string, signal: AbortSignal) => Promise<T | null>;
  readonly #land: (result: T) => void;
  readonly #loadingChanged: () => void;
  #abort: AbortController | null = null;

  /**
   * `load(url, signal)` fetches and reads one URL; it resolves `null` when `signal` aborted.
   * `land(result)` gets the newest request's result. `loadingChanged()` is called whenever
   * `loading` turns.
   */
  constructor(
    load: (url: string, signal: AbortSignal) => Promise<T | null>,
    land: (result: T) => void,
    loadingChanged: () => void = () => {},
  ) {
    this.#load = load;
    this.#land = land;
    this.#loadingChanged = loadingChanged;
  }

  /** A request is under way. */
  get loading(): boolean {
    return this.#abort !== null;
  }

  /** Fetches `url`, aborting the request under way. */
  async start(url: string): Promise<void> {
    this.cancel();
    const abort = new AbortController();
    this.#abort = abort;
    this.requested = url;
    this.#loadingChanged();
    const result = await this.#load(url, abort.signal);
    // A newer request or a cancel took over meanwhile: this result is stale.
    if (this.#abort !== abort || result === null) return;
    this.#abort = null;
    this.#loadingChanged();
    this.#land(result);
  }

  /** Aborts the request under way, if any, and forgets the requested URL. */
  cancel(): void {
    this.requested = null;
    if (!this.#abort) return;
    this.#abort.abort();
    this.#abort = null;
    this.#loadingChanged();
  }
}
