/**
 * ISO 8601 durations for `stale-after` and friends.
 *
 * @module
 */

/** Longest duration text read; anything longer is refused before it is scanned. */
const MAX_DURATION_LENGTH = 64;

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Designators after `P` (date part) and after `T` (time part), in the order they must appear. */
const DATE_UNITS: readonly [string, number][] = [
  ['W', 7 * DAY],
  ['D', DAY],
];
const TIME_UNITS: readonly [string, number][] = [
  ['H', HOUR],
  ['M', MINUTE],
  ['S', SECOND],
];

/**
 * An ISO 8601 duration in milliseconds: `P1D`, `PT15M`, `PT1H30M`, `P1W`, `PT0.5S`, `P1DT12H`;
 * `null` for anything else. Years and months are refused: their length depends on the
 * calendar, and a staleness limit must be exact (write `P30D`). A fraction is allowed on the
 * last component only, as ISO 8601 says; designators are upper case. A linear scan over at
 * most 64 characters, with no regular expression to backtrack.
 */
export function parseIsoDuration(text: string): number | null {
  if (typeof text !== 'string' || text.length > MAX_DURATION_LENGTH || text[0] !== 'P') return null;
  let i = 1;
  let total = 0;
  let components = 0;
  let fractionSeen = false;
  let inTime = false;
  let units = DATE_UNITS;
  let next = 0; // index in `units` of the first designator still allowed
  while (i < text.length) {
    if (text[i] === 'T') {
      if (inTime) return null;
      inTime = true;
      units = TIME_UNITS;
      next = 0;
      i++;
      if (i === text.length) return null; // "P1DT" names no time
      continue;
    }
    if (fractionSeen) return null; // a fraction must be on the last component
    const start = i;
    while (i < text.length && text[i] >= '0' && text[i] <= '9') i++;
    if (i === start || i - start > 12) return null;
    let digits = text.slice(start, i);
    if (text[i] === '.' || text[i] === ',') {
      const fracStart = ++i;
      while (i < text.length && text[i] >= '0' && text[i] <= '9') i++;
      if (i === fracStart || i - fracStart > 9) return null;
      digits += `.${text.slice(fracStart, i)}`;
      fractionSeen = true;
    }
    const designator = text[i++];
    const at = units.findIndex(([d], k) => k >= next && d === designator);
    if (at < 0) return null;
    next = at + 1;
    total += Number(digits) * units[at][1];
    components++;
  }
  return components > 0 && Number.isFinite(total) ? total : null;
}
