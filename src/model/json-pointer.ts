/**
 * JSON Pointers (RFC 6901): how a {@link Problem} says where it is.
 * Pure string functions; no DOM, no Node.
 *
 * @module
 */

/** Escapes one reference token: `~` becomes `~0` and `/` becomes `~1` (in that order, per RFC 6901). */
export function escapePointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Undoes {@link escapePointerToken}: `~1` becomes `/`, then `~0` becomes `~`. */
export function unescapePointerToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

/**
 * Builds a JSON Pointer from its reference tokens.
 *
 * @example formatJsonPointer(['touchpoints', 0, 'a/b']) === '/touchpoints/0/a~1b'
 * @returns `""` (the whole document) for no tokens.
 */
export function formatJsonPointer(tokens: readonly (string | number)[]): string {
  let out = '';
  for (const token of tokens) out += '/' + escapePointerToken(String(token));
  return out;
}

/**
 * Splits a JSON Pointer into its unescaped reference tokens.
 *
 * @returns the tokens (`[]` for `""`), or `null` when the text is not a valid pointer
 *   (it must be empty or start with `/`, and `~` may only be followed by `0` or `1`).
 */
export function parseJsonPointer(pointer: string): string[] | null {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) return null;
  if (/~(?![01])/.test(pointer)) return null;
  return pointer.slice(1).split('/').map(unescapePointerToken);
}
