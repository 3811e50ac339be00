/**
 * Converting journeys to and from other formats: Mermaid user journeys and CSV.
 *
 * Separate from `journeykit/model`'s index because CSV needs d3-dsv, and the model's index
 * imports nothing but itself. Each reader returns a `ParseResult` like `parseJourney` and never
 * throws; each writer takes a valid journey. `docs/interop.md` documents every format choice
 * and what each format loses.
 *
 * @module
 */
export { fromMermaid, toMermaid, MERMAID_DEFAULT_SCORE, MERMAID_SCORE_SCALE } from './mermaid.js';
export { CSV_COLUMNS, fromCsv, toCsv } from './csv.js';
export type { CsvColumn, FromCsvOptions } from './csv.js';
export { UNTITLED_JOURNEY } from './names.js';
