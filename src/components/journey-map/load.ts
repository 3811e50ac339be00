/**
 * Where a `<journey-map>` gets its journey: the `journey` property (object or JSON text), a `src`
 * URL, or an inline `<script type="application/json">` (or `text/x-mermaid`) child. Every source
 * goes through `parseJourney`; nothing here throws, whatever the input.
 */
import { decodeJourneyBytes, parseJourney } from '../../model/core.js';
import { fromMermaid } from '../../model/interop/mermaid.js';
import type { Journey, Problem } from '../../model/core.js';

/** The result of reading one source. */
export type LoadResult =
  | { ok: true; journey: Journey; problems: Problem[] }
  | { ok: false; problems: Problem[] };

const problem = (message: string): Problem => ({ path: '', message, severity: 'error' });

/** Validates a journey given as an object, JSON text or anything else a page may set. */
export function readJourney(input: unknown, format: InlineFormat = 'json'): LoadResult {
  try {
    const { journey, problems } =
      format === 'mermaid' && typeof input === 'string' ? fromMermaid(input) : parseJourney(input);
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
  let bytes: Uint8Array;
  try {
    const response = await fetch(new URL(url, document.baseURI), { signal, headers: { Accept: 'application/json' } });
    if (!response.ok) {
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      return { ok: false, problems: [problem(`could not load ${url}: the server answered ${status}`)] };
    }
    // Bytes, not response.text(): that decodes anything as UTF-8, turning a UTF-16 file into noise.
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    if (isAbort(error, signal)) return null;
    return { ok: false, problems: [problem(`could not load ${url}: ${errorText(error)}`)] };
  }
  if (signal.aborted) return null;
  const decoded = decodeJourneyBytes(bytes);
  return decoded.ok ? readJourney(decoded.text) : { ok: false, problems: [decoded.problem] };
}

/** The formats an inline `<script>` child may hold. */
export type InlineFormat = 'json' | 'mermaid';

const INLINE_TYPES: Record<string, InlineFormat> = {
  'application/json': 'json',
  'text/x-mermaid': 'mermaid',
};

/**
 * The host's first `<script type="application/json">` or `<script type="text/x-mermaid">` child
 * (a Mermaid `journey` diagram, for authors coming from Mermaid), or `null`.
 *
 * JSON text starts at its first line that is not blank: the line break after `<script …>` is
 * dropped, so "line 1" in a problem is the line where the author's JSON begins.
 */
export function inlineJourneySource(host: Element): { text: string; format: InlineFormat } | null {
  for (const child of host.children) {
    const format = child instanceof HTMLScriptElement ? INLINE_TYPES[child.type.trim().toLowerCase()] : undefined;
    if (!format) continue;
    const text = child.textContent ?? '';
    return { text: format === 'json' ? text.replace(LEADING_BLANK_LINES, '') : text, format };
  }
  return null;
}

/** Blank lines before the JSON starts (white space up to and including the last line break). */
const LEADING_BLANK_LINES = /^[ \t\r\n]*(?:\r\n|\r|\n)/;
