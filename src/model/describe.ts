/**
 * Wording helpers for validator messages: values are shown JSON-style and shortened so a
 * 10 MB string or a 5,000-id list still gives a readable sentence.
 *
 * @module
 */

/** Longest value shown in a message, in UTF-16 code units, before it is cut with "…". */
export const MAX_SHOWN_LENGTH = 60;

/** Cuts `text` to at most `max` code units (plus "…"), never splitting a surrogate pair. */
export function shorten(text: string, max = MAX_SHOWN_LENGTH): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--; // keep the pair whole
  return text.slice(0, end) + '…';
}

/** A string as it would appear in JSON, shortened: `"checkout"`. */
export function quote(text: string): string {
  return JSON.stringify(shorten(text));
}

/** A value shown inline after a field name: strings quoted, numbers as JSON writes them. */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (value === null || typeof value === 'boolean' || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return 'a symbol';
  return 'an object';
}

/** A value described with its JSON type, for "must be X, not Y" sentences: `the number 42`. */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return `the string ${quote(value)}`;
    case 'number':
      return `the number ${showValue(value)}`;
    case 'boolean':
      return `the boolean ${String(value)}`;
    case 'undefined':
      return 'undefined';
    case 'bigint':
      return `the bigint ${value}n`;
    case 'function':
      return 'a function';
    case 'symbol':
      return 'a symbol';
    default:
      if (value === null) return 'null';
      if (Array.isArray(value)) {
        const n = value.length;
        return n === 0 ? 'an empty array' : `an array of ${n} ${n === 1 ? 'item' : 'items'}`;
      }
      return 'an object';
  }
}

/** Most ids listed when a message names the valid ones. */
export const MAX_LISTED_IDS = 10;

/**
 * A list of ids for a message: `awareness, consideration, purchase`, or the first ten then
 * `… and 23 more`. Each id is shortened; an empty list reads `none`.
 */
export function listIds(ids: readonly string[]): string {
  if (ids.length === 0) return 'none';
  const shown = ids.slice(0, MAX_LISTED_IDS).map((id) => shorten(id, 30));
  const rest = ids.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} … and ${rest} more` : shown.join(', ');
}

/** `a`, `a or b`, `a, b or c` — for enum expectations. */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
