import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { JourneyErrorEvent, JourneyLoadEvent } from '../../../events/index.js';
import { LatestFetch } from '../latest-fetch.js';
import { fetchJourney, inlineJourneySource, readJourney, type LoadResult } from '../load.js';

/** The element a journey source reads. */
export type SourceHost = ReactiveControllerHost &
  HTMLElement & {
    /** Lit's: whether the first render is done. */
    hasUpdated: boolean;
    /** The `journey` property: wins over everything. */
    journey?: unknown;
    /** The `src` attribute. */
    src?: string | null;
  };

/**
 * Where the map's journey comes from, in order of precedence: the `journey` property, the `src`
 * URL (fetched; a newer source aborts the older request, and only the newest result may land),
 * then an inline `<script type="application/json">` or `text/x-mermaid` child, watched for
 * changes (CMS editors and HTML parsing may add it after the element). An empty `src` is no
 * source. Results go to `apply`; the events they cause (`journey-load`, `journey-error`) wait in
 * a queue until the render that shows them is done, so listeners see the map they are told about.
 */
export class JourneySourceController implements ReactiveController {
  readonly #host: SourceHost;
  readonly #apply: (result: LoadResult | null) => void;
  readonly #isShown: (value: unknown) => boolean;
  readonly #fetch: LatestFetch<LoadResult>;
  #appliedProperty: unknown = undefined;
  #inlineSource: string | null = null;
  #observer: MutationObserver | null = null;
  #events: Event[] = [];

  /**
   * `apply` gets each new result, or `null` when there is no source at all (nothing to show); then
   * the result's event is queued. `isShown(value)`: the `journey` property was set to the very
   * journey the map shows (a host echoing `journey-change` back): nothing to read again.
   */
  constructor(host: SourceHost, apply: (result: LoadResult | null) => void, isShown: (value: unknown) => boolean = () => false) {
    this.#host = host;
    this.#apply = (result) => {
      apply(result);
      if (result?.ok) this.queue(new JourneyLoadEvent({ journey: result.journey }));
      else if (result) this.queue(new JourneyErrorEvent({ problems: result.problems }));
    };
    this.#isShown = isShown;
    this.#fetch = new LatestFetch(fetchJourney, this.#apply, () => host.requestUpdate());
    host.addController(this);
  }

  /** A fetch is under way. */
  get loading(): boolean {
    return this.#fetch.loading;
  }

  hostConnected(): void {
    this.#observer = new MutationObserver(() => this.resolve());
    this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true });
    if (this.#host.hasUpdated) this.resolve(); // a fetch aborted by a disconnect starts again
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = null;
    // Unfinished: start again on reconnect. A finished load is kept.
    if (this.#fetch.loading) this.#fetch.cancel();
  }

  /** Events wait for the render. The source controller is registered last, so this runs after the others'. */
  hostUpdated(): void {
    if (this.#events.length === 0) return;
    const events = this.#events;
    this.#events = [];
    // Once the update is over, not inside it: a listener that sets a property (a host echoing
    // journey-change back as `journey`) then starts an update of its own instead of one nested in
    // this. Still before anything awaiting `updateComplete` goes on.
    queueMicrotask(() => {
      for (const event of events) this.#host.dispatchEvent(event);
    });
  }

  /** Dispatches `event` after the coming render. */
  queue(event: Event): void {
    this.#events.push(event);
  }

  /** Applies the source with the highest precedence, when it changed. */
  resolve(): void {
    const host = this.#host;
    const value = host.journey;
    if (value !== null && value !== undefined) {
      this.#fetch.cancel();
      this.#inlineSource = null;
      if (value !== this.#appliedProperty) {
        this.#appliedProperty = value;
        if (!this.#isShown(value)) this.#apply(readJourney(value));
      }
      return;
    }
    this.#appliedProperty = undefined;
    if (host.src) {
      this.#inlineSource = null;
      if (host.src !== this.#fetch.requested && host.isConnected) void this.#fetch.start(host.src);
      return;
    }
    this.#fetch.cancel();
    const inline = inlineJourneySource(host);
    if (inline === null) {
      this.#inlineSource = null;
      this.#apply(null);
    } else if (`${inline.format}:${inline.text}` !== this.#inlineSource) {
      this.#inlineSource = `${inline.format}:${inline.text}`;
      this.#apply(readJourney(inline.text, inline.format));
    }
  }
}
