/**
 * A request that never answers, for the loading state. Storybook may be hosted anywhere as static
 * files, so no server can be asked to stall; instead the stories' page holds back the request for
 * one published sample itself (a slow network, as far as the map can tell) and leaves every other
 * request to the real `fetch`. The story's code names that real file, which a plain page loads.
 */
import { sampleUrl } from './journeys.js';

/** The `src` that stays loading forever here (until the element aborts the request). */
export const NEVER_ANSWERS_URL = sampleUrl.registeringAMove;

const stubbed = new WeakSet<typeof globalThis.fetch>();

function install(): void {
  const real = globalThis.fetch;
  if (stubbed.has(real)) return;
  const stub: typeof globalThis.fetch = (input, init) => {
    const href = input instanceof Request ? input.url : String(input);
    if (new URL(href, document.baseURI).href !== new URL(NEVER_ANSWERS_URL, document.baseURI).href) return real(input, init);
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    return new Promise<Response>((_resolve, reject) => {
      const abort = () => reject(signal?.reason ?? new DOMException('The request was aborted.', 'AbortError'));
      if (signal?.aborted) abort();
      else signal?.addEventListener('abort', abort, { once: true });
    });
  };
  stubbed.add(stub);
  globalThis.fetch = stub;
}

/** Makes `NEVER_ANSWERS_URL` stall in this story (installed once per page; other URLs untouched). */
export const withStalledFetch = <T>(story: () => T): T => {
  install();
  return story();
};
