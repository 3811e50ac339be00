/**
 * Ids for new touchpoints, stages, personas, opportunities and metrics: a slug of the item's
 * title or name, with a counter when taken. Never random, so the same edit on the same journey
 * always gives the same id (and tests are deterministic).
 *
 * @module
 */

/** Longest slug made from a title, in characters; a counter may follow. */
export const MAX_SLUG_LENGTH = 40;

/**
 * A slug of `text`: lower case, letters and digits of any script kept, accents dropped, every
 * other run of characters one `-`. `"Asks about sizes in the Web chat"` → `"asks-about-sizes-in-the-web-chat"`,
 * `"Café crème"` → `"cafe-creme"`. Falls back to `fallback` when nothing is left.
 */
export function slugify(text: string, fallback: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  const cut = [...slug].slice(0, MAX_SLUG_LENGTH).join('').replace(/-+$/, '');
  return cut || fallback;
}

/** `base` when it is free, else the first free one of `base-2`, `base-3`… */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** The ids of the objects in `items` (strings and id-less items are skipped). */
export function idsOf(items: readonly unknown[] | undefined): Set<string> {
  const ids = new Set<string>();
  for (const item of items ?? []) {
    const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
    if (typeof id === 'string') ids.add(id);
  }
  return ids;
}
