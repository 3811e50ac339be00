/** Scripts whose names are not made of initials: a single character stands for the name. */
const ONE_CHARACTER = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** Scripts whose letters join: a zero-width non-joiner keeps two initials apart. */
const JOINING = /^[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Nko}\p{Script=Mongolian}]/u;
/** Where an initial may start: a letter, a digit or a pictograph, not punctuation. */
const INITIAL = /^[\p{L}\p{N}\p{Extended_Pictographic}]/u;

/**
 * Initials of a name: the first grapheme of the first and the last word, upper-cased for the
 * locale ("Maria Lind" → "ML", "Émile" → "É"), or one character for Chinese, Japanese and Korean
 * names ("林小姐" → "林"). Graphemes keep accents and emoji whole. `""` for a name with no letters.
 */
export function initialsOf(name: string, locale?: string): string {
  const graphemes = new Intl.Segmenter(locale, { granularity: 'grapheme' });
  const firstOf = (word: string) =>
    [...graphemes.segment(word)].map((s) => s.segment).find((g) => INITIAL.test(g));
  const words = name.split(/\s+/u).filter((word) => firstOf(word) !== undefined);
  if (words.length === 0) return '';
  const first = firstOf(words[0]!)!;
  if (ONE_CHARACTER.test(first)) return first;
  const last = words.length > 1 ? firstOf(words[words.length - 1]!)! : '';
  const joiner = last && JOINING.test(first) ? '\u200c' : '';
  return (first + joiner + last).toLocaleUpperCase(locale);
}
