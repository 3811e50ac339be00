/**
 * Where a `<journey-map>` gets its journey: the `journey` property (object or JSON text), a `src`
 * URL, or an inline `<script type="application/json">` child. Every source goes through
 * `parseJourney`; nothing here throws, whatever the input.
 */
import { parseJourney } from '../../model/index.js';
import type { Journey, Problem } from '../../model/index.js';

/** The result of reading one source. */
export type LoadResult =
  | { ok: true; journey: Journey; problems: Problem[] }
  | { ok: false; problems: Problem[] };

const problem = (message: string): Problem => ({ path: '', message, severity: 'error' });

/** Validates a journey given as an object, JSON text or anything else a page may set. */
export function readJourney(input: unknown): LoadResult {
  try {
    const { journey, problems } = parseJourney(input);
    if (journey) return { ok: true, journey, problems };
    return {
      ok: false,
      problems: problems.length > 0 ? problems : [problem('the journey could not be read')],
    };
  } catch (error) {
    // parseJourney promises not to throw; this keeps that promise for the element whatever happens.
    return { ok: false, problems: [problem(`the journey could not be read (${errorText(error)})`)] };
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Whether an error is the one `fetch` rejects with when its signal aborts. */
function isAbort(error: unknown, signal: AbortSignal): boolean {
  return signal.aborted || (error instanceof DOMException && error.name === 'AbortError');
}

/**
 * Fetches and validates a journey. Resolves `null` when `signal` aborted (a newer `src` won);
 * HTTP errors, network failures, bad JSON and invalid journeys resolve as problems.
 */
export async function fetchJourney(url: string, signal: AbortSignal): Promise<LoadResult | null> {
  let text: string;
  try {
    const response = await fetch(new URL(url, document.baseURI), { signal, headers: { Accept: 'application/json' } });
    if (!response.ok) {
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      return { ok: false, problems: [problem(`could not load ${url}: the server answered ${status}`)] };
    }
    text = await response.text();
  } catch (error) {
    if (isAbort(error, signal)) return null;
    return { ok: false, problems: [problem(`could not load ${url}: ${errorText(error)}`)] };
  }
  if (signal.aborted) return null;
  return readJourney(text);
}

/** The text of the host's first `<script type="application/json">` child, or `null`. */
export function inlineJourneyText(host: Element): string | null {
  for (const child of host.children) {
    if (child instanceof HTMLScriptElement && child.type.trim().toLowerCase() === 'application/json') {
      return child.textContent ?? '';
    }
  }
  return null;
}
