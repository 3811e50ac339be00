/**
 * Bidi isolation of user text. A journey's strings are data: an Arabic persona name in an English
 * sentence, or a stray U+202E (RIGHT-TO-LEFT OVERRIDE) at the start of a metric label, must not
 * reorder the built-in words and numbers around them ("03+ :SPN"). Wrapping a string in FIRST
 * STRONG ISOLATE … POP DIRECTIONAL ISOLATE works like `<bdi>` both on screen and in accessible
 * names (which are plain strings), and closes any embedding or override the string leaves open.
 */

const FSI = '\u2068';
const PDI = '\u2069';

/**
 * Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic and their
 * presentation forms, and the right-to-left ranges of the supplementary planes) and every bidi
 * control character: text with none of these cannot reorder what is around it in a
 * left-to-right line.
 */
const BIDI_SENSITIVE = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|[\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/**
 * `text` isolated from its surroundings for a line in direction `dir`. Left-to-right text in a
 * left-to-right line is returned as it is (it cannot reorder anything, and names stay plain for
 * tests and copy-paste); everything else is wrapped in FSI … PDI.
 */
export function isolate(text: string, dir: 'ltr' | 'rtl' = 'ltr'): string {
  if (text === '' || (dir === 'ltr' && !BIDI_SENSITIVE.test(text))) return text;
  return `${FSI}${withoutStrayPdi(text)}${PDI}`;
}

/**
 * `text` without the POP DIRECTIONAL ISOLATEs that close no isolate the text itself opened: one
 * would end our FSI early and let what follows it (an override, say) leak out. Embeddings and
 * overrides left open need no care: the closing PDI ends them all.
 */
function withoutStrayPdi(text: string): string {
  if (!text.includes(PDI)) return text;
  let open = 0;
  let out = '';
  for (const char of text) {
    if (char === '\u2066' || char === '\u2067' || char === FSI) open++;
    else if (char === PDI) {
      if (open === 0) continue;
      open--;
    }
    out += char;
  }
  return out;
}

/** Whether `text` is wrapped by {@link isolate} (for tests and for callers that must not wrap twice). */
export function isIsolated(text: string): boolean {
  return text.startsWith(FSI) && text.endsWith(PDI);
}
