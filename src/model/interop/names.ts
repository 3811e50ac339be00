/**
 * Names and ids for things read from formats that have none (Mermaid sections and actors, CSV rows
 * without an `id`): readable ASCII slugs, made unique within their kind.
 *
 * @module
 */

/** Letters that Unicode decomposition does not turn into ASCII, spelled as their usual transliteration. */
const TRANSLITERATION: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  ø: 'o',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/** Longest slug, in characters; longer names are cut at a word boundary where possible. */
const MAX_SLUG_LENGTH = 48;

/**
 * An id-friendly form of a name: lower-case ASCII letters and digits joined by `-`, accents
 * removed (`Café Öffnen` → `cafe-offnen`). Returns `""` when nothing Latin or numeric is left
 * (Chinese, Arabic, emoji…): the caller then numbers the thing instead.
 */
export function slugify(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæøœłđðþı]/g, (c) => TRANSLITERATION[c] ?? c);
  let slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length > MAX_SLUG_LENGTH) {
    const cut = slug.slice(0, MAX_SLUG_LENGTH);
    const dash = cut.lastIndexOf('-');
    slug = dash > MAX_SLUG_LENGTH / 2 ? cut.slice(0, dash) : cut.replace(/-+$/, '');
  }
  return slug;
}

/**
 * Hands out ids unique within one kind: the wanted id if free, else the id with `-2`, `-3`…
 * appended. An empty wanted id becomes `<prefix>-<n>` (n = how many ids were asked for so far,
 * from 1), itself made unique the same way.
 */
export class IdMaker {
  private readonly taken = new Set<string>();
  private readonly suffix = new Map<string, number>();
  private count = 0;

  /** @param prefix used when a name gives no slug, e.g. `stage` → `stage-3` */
  constructor(private readonly prefix: string) {}

  /** Marks an id as used without handing it out (ids already present in the input). */
  reserve(id: string): void {
    this.taken.add(id);
  }

  /** A fresh id for `wanted` (already slugged, or `""` for a numbered one). */
  next(wanted: string): string {
    this.count++;
    const base = wanted === '' ? `${this.prefix}-${this.count}` : wanted;
    let id = base;
    let n = this.suffix.get(base) ?? 2; // where the last search for this base stopped
    while (this.taken.has(id)) id = `${base}-${n++}`;
    this.suffix.set(base, n);
    this.taken.add(id);
    return id;
  }
}

/**
 * Title of a journey read from a format that has none (a CSV file, a Mermaid diagram without a
 * title) when the caller gives none. The model's only built-in words: change the title after.
 */
export const UNTITLED_JOURNEY = 'Untitled journey';
