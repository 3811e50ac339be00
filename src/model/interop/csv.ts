/**
 * Touchpoints as CSV, one row per touchpoint, for spreadsheets.
 *
 * Reading and writing cells is d3-dsv's (`dsvFormat(…).parseRows`, `csvFormatRows`): it handles
 * RFC 4180 quoting — cells with commas, quotes (doubled) and line breaks inside double quotes.
 * This module only gives the cells their meaning. The column set and every cell format are
 * documented in `docs/interop.md`; journey-level data (title, description, locale, persona
 * details, stage descriptions and metrics, emotion scale, journey metrics, lanes) has no place
 * in CSV and is dropped by {@link toCsv}; {@link fromCsv} takes title, locale and scale as options.
 *
 * No DOM and no Node: this runs wherever the model runs.
 *
 * @module
 */
import { csvFormatRows, dsvFormat } from 'd3-dsv';
import { shorten } from '../describe.js';
import { touchpointsByStage } from '../helpers.js';
import { parseJourney } from '../parse.js';
import { EVIDENCE_LEVELS, SEVERITIES, type EmotionScale, type Journey, type Metric, type Opportunity, type OpportunityObject, type PainPoint, type ParseResult, type Problem, type Touchpoint } from '../types.js';
import { IdMaker, UNTITLED_JOURNEY } from './names.js';
import { mergeProblems, problemAt, type Locate, type SourcePlace } from './problems.js';

/** The columns {@link toCsv} writes, in order. {@link fromCsv} reads any subset with `title` and `stage`. */
export const CSV_COLUMNS = [
  'id',
  'stage',
  'stage_name',
  'title',
  'persona',
  'channel',
  'description',
  'actions',
  'thoughts',
  'emotion',
  'emotion_label',
  'emotion_min',
  'emotion_max',
  'evidence_level',
  'evidence_sample_size',
  'evidence_source',
  'pain_points',
  'opportunities',
  'backstage',
  'moment_of_truth',
  'quotes',
  'url',
  'next',
  'metrics',
] as const;

/** One of {@link CSV_COLUMNS}. */
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** What CSV cannot hold, given when reading it. */
export interface FromCsvOptions {
  /** The journey's title; default {@link UNTITLED_JOURNEY}. */
  title?: string;
  /** The journey's `locale` (BCP 47); default none. */
  locale?: string;
  /** The scale of the `emotion` column; default the model's `{ min: -3, max: 3 }`. */
  emotionScale?: EmotionScale;
}

// ---------------------------------------------------------------------------------------------
// Cells: lists and their items

/**
 * Backslash-escapes `\`, each character of `special`, and whitespace at either end (reading
 * trims unescaped whitespace around items).
 */
function escapeItem(text: string, special: string): string {
  const chars = Array.from(text);
  return chars
    .map((c, i) => (c === '\\' || special.includes(c) || (/\s/.test(c) && (i === 0 || i === chars.length - 1)) ? `\\${c}` : c))
    .join('');
}

/** A list cell: items joined by `|`, each escaped. Empty list → empty cell. */
function listCell(items: readonly string[] | undefined, special = '|'): string {
  return (items ?? []).map((item) => escapeItem(item, special)).join('|');
}

/** Characters escaped in texts that may be followed by `[…]` (pain points, opportunities, metrics). */
const TEXT_SPECIAL = '|[';
/** Characters escaped in values inside `[…]`. */
const VALUE_SPECIAL = '|[],';

/** A value inside `[…]`: escaped, and a leading `:` or `=` too (reading takes one as `key: value`). */
function groupValue(text: string): string {
  const escaped = escapeItem(text, VALUE_SPECIAL);
  return /^[:=]/.test(escaped) ? `\\${escaped}` : escaped;
}

function numberCell(value: number | undefined): string {
  return value === undefined ? '' : String(value);
}

function painPointItem(p: PainPoint): string {
  if (typeof p === 'string') return escapeItem(p, TEXT_SPECIAL);
  const text = escapeItem(p.text, TEXT_SPECIAL);
  return p.severity === undefined ? text : `${text}${text === '' ? '' : ' '}[${p.severity}]`;
}

function withGroup(text: string, attrs: string[]): string {
  if (attrs.length === 0) return text;
  return `${text}${text === '' ? '' : ' '}[${attrs.join(', ')}]`;
}

function opportunityItem(o: Opportunity): string {
  if (typeof o === 'string') return escapeItem(o, TEXT_SPECIAL);
  const attrs: string[] = [];
  if (o.impact !== undefined) attrs.push(`impact ${o.impact}`);
  if (o.effort !== undefined) attrs.push(`effort ${o.effort}`);
  if (o.owner !== undefined) attrs.push(`owner ${groupValue(o.owner)}`);
  return withGroup(escapeItem(o.text, TEXT_SPECIAL), attrs);
}

function metricItem(m: Metric): string {
  const attrs: string[] = [];
  if (m.target !== undefined) attrs.push(`target ${m.target}`);
  if (m.unit !== undefined) attrs.push(`unit ${groupValue(m.unit)}`);
  if (m.label !== undefined) attrs.push(`label ${groupValue(m.label)}`);
  return withGroup(`${escapeItem(m.kind, `${TEXT_SPECIAL}=`)}=${m.value}`, attrs);
}

/** One read character: what it is, and whether it was backslash-escaped (then it has no meaning). */
interface Ch {
  c: string;
  esc: boolean;
}

const isSpace = (ch: Ch): boolean => !ch.esc && /\s/.test(ch.c);

function trimChars(item: Ch[]): Ch[] {
  let a = 0;
  let b = item.length;
  while (a < b && isSpace(item[a])) a++;
  while (b > a && isSpace(item[b - 1])) b--;
  return item.slice(a, b);
}

const textOf = (item: readonly Ch[]): string => item.map((ch) => ch.c).join('');

/** Splits `chars` at each unescaped `sep`. */
function splitAt(chars: Ch[], sep: string): Ch[][] {
  const parts: Ch[][] = [[]];
  for (const ch of chars) {
    if (!ch.esc && ch.c === sep) parts.push([]);
    else parts[parts.length - 1].push(ch);
  }
  return parts;
}

/** The items of a list cell: split at unescaped `|`, `\x` read as a literal `x`, items trimmed. */
function scanItems(cell: string): Ch[][] {
  const chars: Ch[] = [];
  const all = Array.from(cell);
  for (let i = 0; i < all.length; i++) {
    if (all[i] === '\\' && i + 1 < all.length) chars.push({ c: all[++i], esc: true });
    else chars.push({ c: all[i], esc: false });
  }
  return splitAt(chars, '|').map(trimChars);
}

/** An item split into its text and a trailing `[…]` group (the inside, or `null` when none). */
function splitGroup(item: Ch[]): { text: Ch[]; group: Ch[] | null } {
  const last = item[item.length - 1];
  if (!last || last.esc || last.c !== ']') return { text: item, group: null };
  for (let j = item.length - 2; j >= 0; j--) {
    if (!item[j].esc && item[j].c === '[') return { text: trimChars(item.slice(0, j)), group: item.slice(j + 1, -1) };
  }
  return { text: item, group: null };
}

/** The `key value` parts of a group, split at unescaped commas: key lower-cased, value as text. */
function groupParts(group: Ch[]): { key: string; value: string }[] {
  return splitAt(group, ',')
    .map(trimChars)
    .filter((part) => part.length > 0)
    .map((part) => {
      let i = 0;
      while (i < part.length && !part[i].esc && /[A-Za-z_-]/.test(part[i].c)) i++;
      const key = textOf(part.slice(0, i)).toLowerCase();
      let rest = trimChars(part.slice(i));
      if (rest.length > 0 && !rest[0].esc && (rest[0].c === ':' || rest[0].c === '=')) rest = trimChars(rest.slice(1));
      return { key, value: textOf(rest) };
    });
}

// ---------------------------------------------------------------------------------------------
// Writing

/**
 * Writes the touchpoints as CSV: a header row of {@link CSV_COLUMNS}, then one row per
 * touchpoint in display order (stage order, then array order). A stage without touchpoints
 * gets a row with only `stage` and `stage_name`, so empty stages and stage order survive.
 *
 * Lists are `|`-separated (`\|` and `\\` inside an item); pain points are `text` or
 * `text [high]`, opportunities `text [impact 4, effort 2, owner Web team]`, metrics
 * `kind=value [target 50, unit s, label Opened]`; booleans `true`/`false`; numbers as
 * JavaScript writes them (`4.5`, `-1`). Cells are quoted by d3-dsv where RFC 4180 needs it.
 * Journey-level data is not written (see `docs/interop.md`).
 *
 * @param journey a valid journey (as `parseJourney` returns it)
 * @returns CSV text, `\n` line ends, ending with a line break
 */
export function toCsv(journey: Journey): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const { stage, touchpoints } of touchpointsByStage(journey)) {
    if (touchpoints.length === 0) {
      rows.push(CSV_COLUMNS.map((column) => (column === 'stage' ? stage.id : column === 'stage_name' ? stage.name : '')));
    }
    for (const tp of touchpoints) {
      const cells = touchpointCells(tp, stage.name);
      rows.push(CSV_COLUMNS.map((column) => cells[column]));
    }
  }
  return csvFormatRows(rows) + '\n';
}

function touchpointCells(tp: Touchpoint, stageName: string): Record<CsvColumn, string> {
  const persona = tp.persona === undefined ? [] : typeof tp.persona === 'string' ? [tp.persona] : tp.persona;
  return {
    id: tp.id,
    stage: tp.stage,
    stage_name: stageName,
    title: tp.title,
    persona: listCell(persona),
    channel: tp.channel ?? '',
    description: tp.description ?? '',
    actions: listCell(tp.actions),
    thoughts: listCell(tp.thoughts),
    emotion: numberCell(tp.emotion),
    emotion_label: tp.emotionLabel ?? '',
    emotion_min: numberCell(tp.emotionRange?.min),
    emotion_max: numberCell(tp.emotionRange?.max),
    evidence_level: tp.evidence?.level ?? '',
    evidence_sample_size: numberCell(tp.evidence?.sampleSize),
    evidence_source: tp.evidence?.source ?? '',
    pain_points: (tp.painPoints ?? []).map(painPointItem).join('|'),
    opportunities: (tp.opportunities ?? []).map(opportunityItem).join('|'),
    backstage: listCell(tp.backstage),
    moment_of_truth: tp.momentOfTruth === undefined ? '' : String(tp.momentOfTruth),
    quotes: listCell(tp.quotes),
    url: tp.url ?? '',
    next: listCell(tp.next),
    metrics: (tp.metrics ?? []).map(metricItem).join('|'),
  };
}

// ---------------------------------------------------------------------------------------------
// Reading

/** A column name as compared: lower case, without spaces, `_` and `-` (`Stage Name` = `stage_name` = `stageName`). */
function normalizeColumn(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_-]+/g, '');
}

const COLUMN_BY_NORMAL = new Map<string, CsvColumn>(CSV_COLUMNS.map((c) => [normalizeColumn(c), c]));

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;
const TRUE_WORDS = /^(true|yes|1|x)$/i;
const FALSE_WORDS = /^(false|no|0)$/i;

/** The delimiter the header row uses most: `,` (default), `;` (spreadsheets in many locales) or tab. */
function sniffDelimiter(text: string): string {
  const end = text.search(/[\r\n]/);
  const header = end < 0 ? text : text.slice(0, end);
  let best = ',';
  let bestCount = header.split(',').length - 1;
  for (const d of [';', '\t']) {
    const count = header.split(d).length - 1;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

/** Where each touchpoint, stage and persona came from, for locating the validator's problems. */
interface Origin {
  row: number;
  line: number;
}

/** Reads one CSV file; one instance per call. */
class CsvReader {
  readonly problems: Problem[] = [];
  errors = 0;
  private decimalCommaSeen = false;
  /** Column → its index in the file. */
  readonly index = new Map<CsvColumn, number>();
  header: string[] = [];

  readonly stages: { id: string; name: string; named: boolean; origin: Origin }[] = [];
  private readonly stageById = new Map<string, { id: string; name: string; named: boolean; origin: Origin }>();
  readonly touchpoints: { tp: Record<string, unknown>; origin: Origin }[] = [];
  readonly personas: { id: string; origin: Origin }[] = [];
  private readonly personaSeen = new Set<string>();

  report(severity: Problem['severity'], place: SourcePlace, message: string): void {
    this.problems.push(problemAt(severity, place, message));
    if (severity === 'error') this.errors++;
  }

  /** `row 5, column "emotion"` (with ` (line 7)` when cells above hold line breaks). */
  place(origin: Origin, column?: CsvColumn | number, item?: number): SourcePlace {
    const where = origin.line === origin.row ? `row ${origin.row}` : `row ${origin.row} (line ${origin.line})`;
    const i = typeof column === 'number' ? column : column === undefined ? undefined : this.index.get(column);
    if (i === undefined) return { line: origin.line, label: where };
    const name = this.header[i]?.trim() ?? '';
    const columnText = name === '' ? `column ${i + 1}` : `column ${JSON.stringify(shorten(name, 40))}`;
    const itemText = item === undefined ? '' : `, item ${item}`;
    return { line: origin.line, column: i + 1, label: `${where}, ${columnText}${itemText}` };
  }

  read(text: string): void {
    const delimiter = sniffDelimiter(text);
    // d3-dsv does the RFC 4180 work: quoted cells, doubled quotes, line breaks inside quotes.
    const rows = dsvFormat(delimiter).parseRows(text);
    if (rows.length === 0 || rows.every((row) => row.every((cell) => cell.trim() === ''))) {
      this.report('error', { line: 1, label: 'row 1' }, 'the file is empty; the first row must name the columns, e.g. "stage,title,emotion"');
      return;
    }
    // Line where each row starts: a row takes one line plus one per line break inside its cells.
    const lines: number[] = [];
    let line = 1;
    for (const row of rows) {
      lines.push(line);
      line += 1 + row.reduce((n, cell) => n + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
    }
    this.checkQuotes(text);
    if (!this.readHeader(rows[0])) return;

    const explicitIds = new IdMaker('tp');
    const idColumn = this.index.get('id');
    if (idColumn !== undefined) for (const row of rows.slice(1)) if ((row[idColumn] ?? '') !== '') explicitIds.reserve(row[idColumn]);
    const unnamed = new Set<number>();
    for (let r = 1; r < rows.length; r++) {
      const row = rows[r];
      if (row.every((cell) => cell.trim() === '')) continue; // blank line
      const origin = { row: r + 1, line: lines[r] };
      row.forEach((cell, i) => {
        if (cell !== '' && i < this.header.length && this.header[i].trim() === '') unnamed.add(i);
      });
      const extra = row.findIndex((cell, i) => i >= this.header.length && cell.trim() !== '');
      if (extra >= 0) {
        this.report('warning', this.place(origin, extra), `this row has more cells than the header has columns; cells from column ${extra + 1} on are ignored`);
      }
      this.readRow(row, origin, explicitIds);
    }
    for (const i of unnamed) {
      this.report('warning', { line: 1, column: i + 1, label: `row 1, column ${i + 1}` }, 'this column has no name in the header row; its cells are ignored');
    }
  }

  /** An odd number of `"` means a quoted cell runs on to the end of the file or a quote is not doubled. */
  private checkQuotes(text: string): void {
    let count = 0;
    let lastOpen = -1;
    for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) {
      count++;
      if (count % 2 === 1) lastOpen = i;
    }
    if (count % 2 === 0) return;
    const line = (text.slice(0, lastOpen).match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
    this.report(
      'error',
      { line, label: `line ${line}` },
      'the file has an odd number of double quotes ("): a quoted cell is not closed, or a quote inside a cell is not doubled (write "" inside a quoted cell); this is the last unpaired quote',
    );
  }

  /** Reads the header row; false when a required column is missing (rows are then not read). */
  private readHeader(header: string[]): boolean {
    this.header = header;
    const headerPlace = (i: number): SourcePlace => ({ line: 1, column: i + 1, label: `row 1, column ${JSON.stringify(shorten(header[i].trim(), 40))}` });
    header.forEach((name, i) => {
      if (name.trim() === '') return;
      const column = COLUMN_BY_NORMAL.get(normalizeColumn(name));
      if (column === undefined) {
        this.report('warning', headerPlace(i), `${JSON.stringify(shorten(name.trim(), 40))} is not a journeykit column; its cells are ignored (the columns are ${CSV_COLUMNS.join(', ')})`);
      } else if (this.index.has(column)) {
        this.report('warning', headerPlace(i), `this column repeats column ${(this.index.get(column) ?? 0) + 1} (${column}); its cells are ignored`);
      } else this.index.set(column, i);
    });
    let ok = true;
    for (const required of ['stage', 'title'] as const) {
      if (!this.index.has(required)) {
        this.report('error', { line: 1, label: 'row 1' }, `the header row has no "${required}" column; every touchpoint needs a ${required} (the first row must name the columns)`);
        ok = false;
      }
    }
    return ok;
  }

  private readRow(row: string[], origin: Origin, ids: IdMaker): void {
    const cell = (column: CsvColumn): string => {
      const i = this.index.get(column);
      return i === undefined ? '' : (row[i] ?? '');
    };
    const err = (column: CsvColumn, message: string, item?: number): void => this.report('error', this.place(origin, column, item), message);
    const warn = (column: CsvColumn, message: string, item?: number): void => this.report('warning', this.place(origin, column, item), message);

    const stageId = cell('stage');
    const stageName = cell('stage_name');
    const onlyStage = CSV_COLUMNS.every((c) => c === 'stage' || c === 'stage_name' || cell(c) === '');
    if (stageId === '') {
      err('stage', onlyStage ? 'the stage id is empty; name the stage in the "stage" column' : 'the stage is empty; every touchpoint needs one');
    } else this.noteStage(stageId, stageName, origin, warn);
    if (onlyStage) return; // a stage without touchpoints

    const tp: Record<string, unknown> = {};
    const id = cell('id');
    tp.id = id !== '' ? id : ids.next(`tp-${origin.row}`);
    tp.stage = stageId;
    tp.title = cell('title');
    if (tp.title === '') warn('title', 'the title is empty');

    const personas = this.list(cell('persona'));
    if (personas) tp.persona = personas.length === 1 ? personas[0] : personas;
    const text = (column: CsvColumn, field: string): void => {
      const value = cell(column);
      if (value !== '') tp[field] = value;
    };
    const list = (column: CsvColumn, field: string): void => {
      const items = this.list(cell(column));
      if (items) tp[field] = items;
    };
    const num = (column: CsvColumn): number | undefined => this.number(cell(column), (m) => err(column, m), (m) => warn(column, m));

    text('channel', 'channel');
    text('description', 'description');
    list('actions', 'actions');
    list('thoughts', 'thoughts');
    const emotion = num('emotion');
    if (emotion !== undefined) tp.emotion = emotion;
    text('emotion_label', 'emotionLabel');
    const min = num('emotion_min');
    const max = num('emotion_max');
    if (min !== undefined && max !== undefined) tp.emotionRange = { min, max };
    else if (min !== undefined) err('emotion_min', 'emotion_min needs emotion_max too: the range is the worst and the best case');
    else if (max !== undefined) err('emotion_max', 'emotion_max needs emotion_min too: the range is the worst and the best case');

    const level = cell('evidence_level');
    const sampleSize = num('evidence_sample_size');
    const source = cell('evidence_source');
    if (level !== '') {
      const known = EVIDENCE_LEVELS.find((l) => l === level.trim().toLowerCase());
      const evidence: Record<string, unknown> = { level: known ?? level };
      if (sampleSize !== undefined) evidence.sampleSize = sampleSize;
      if (source !== '') evidence.source = source;
      tp.evidence = evidence;
    } else if (sampleSize !== undefined || source !== '') {
      err(sampleSize !== undefined ? 'evidence_sample_size' : 'evidence_source', `evidence needs evidence_level too (${EVIDENCE_LEVELS.join(', ')})`);
    }

    const pains = this.painPoints(cell('pain_points'), warn);
    if (pains) tp.painPoints = pains;
    const opportunities = this.opportunities(cell('opportunities'), err, warn);
    if (opportunities) tp.opportunities = opportunities;
    list('backstage', 'backstage');
    const truth = cell('moment_of_truth').trim();
    if (TRUE_WORDS.test(truth)) tp.momentOfTruth = true;
    else if (FALSE_WORDS.test(truth)) tp.momentOfTruth = false;
    else if (truth !== '') err('moment_of_truth', `${JSON.stringify(shorten(truth))} is not true or false; write true/false, yes/no, 1/0, or x for true`);
    const metrics = this.metrics(cell('metrics'), err, warn);
    if (metrics) tp.metrics = metrics;
    list('quotes', 'quotes');
    text('url', 'url');
    list('next', 'next');

    if (stageId === '') return; // reported; left out so its references are not checked against nothing
    this.touchpoints.push({ tp, origin });
    for (const p of personas ?? []) {
      if (p === '' || this.personaSeen.has(p)) continue;
      this.personaSeen.add(p);
      this.personas.push({ id: p, origin });
    }
  }

  private noteStage(id: string, name: string, origin: Origin, warn: (column: CsvColumn, message: string) => void): void {
    const stage = this.stageById.get(id);
    if (!stage) {
      const added = { id, name: name !== '' ? name : id, named: name !== '', origin };
      this.stages.push(added);
      this.stageById.set(id, added);
    } else if (name !== '' && !stage.named) {
      stage.name = name;
      stage.named = true;
    } else if (name !== '' && name !== stage.name) {
      warn('stage_name', `stage ${JSON.stringify(shorten(id))} is already named ${JSON.stringify(shorten(stage.name))} in row ${stage.origin.row}; ${JSON.stringify(shorten(name))} is ignored`);
    }
  }

  /** A list cell's items as text, or `undefined` for a blank cell. */
  private list(cell: string): string[] | undefined {
    if (cell.trim() === '') return undefined;
    return scanItems(cell).map(textOf);
  }

  /**
   * A number cell: `4.5`, `-1`, `1e3`; a decimal comma (`4,5`) is read as a decimal point, with
   * one warning per file. Blank → `undefined`.
   */
  private number(raw: string, err: (message: string) => void, warn: (message: string) => void): number | undefined {
    const text = raw.trim();
    if (text === '') return undefined;
    if (NUMBER.test(text)) return Number(text);
    if (DECIMAL_COMMA.test(text)) {
      const value = Number(text.replace(',', '.'));
      if (!this.decimalCommaSeen) warn(`${JSON.stringify(text)} is read as ${value} (a decimal comma); other decimal commas in this file are read the same way`);
      this.decimalCommaSeen = true;
      return value;
    }
    err(`${JSON.stringify(shorten(text))} is not a number`);
    return undefined;
  }

  private painPoints(cell: string, warn: (column: CsvColumn, message: string, item?: number) => void): PainPoint[] | undefined {
    if (cell.trim() === '') return undefined;
    return scanItems(cell).map((item, i): PainPoint => {
      const { text, group } = splitGroup(item);
      if (group === null) return textOf(item);
      const parts = groupParts(group);
      const only = parts.length === 1 ? parts[0] : undefined;
      const word = only ? (only.key === 'severity' ? only.value.toLowerCase() : only.value === '' ? only.key : '') : '';
      const severity = SEVERITIES.find((s) => s === word);
      if (severity) return { text: textOf(text), severity };
      warn('pain_points', `[${shorten(textOf(group))}] is not a severity (low, medium or high); it is kept as part of the text (write \\[ for a literal "[")`, i + 1);
      return textOf(item);
    });
  }

  private opportunities(
    cell: string,
    err: (column: CsvColumn, message: string, item?: number) => void,
    warn: (column: CsvColumn, message: string, item?: number) => void,
  ): Opportunity[] | undefined {
    if (cell.trim() === '') return undefined;
    return scanItems(cell).map((item, i): Opportunity => {
      const { text, group } = splitGroup(item);
      if (group === null) return textOf(item);
      const parts = groupParts(group);
      if (parts.length === 0 || parts.some((p) => !['impact', 'effort', 'owner'].includes(p.key))) {
        warn('opportunities', `[${shorten(textOf(group))}] is not a list of impact, effort and owner (e.g. [impact 4, effort 2, owner Web team]); it is kept as part of the text (write \\[ for a literal "[")`, i + 1);
        return textOf(item);
      }
      const out: OpportunityObject = { text: textOf(text) };
      for (const { key, value } of parts) {
        if (key === 'owner') out.owner = value;
        else {
          const n = this.number(value, (m) => err('opportunities', `${key} ${m}`, i + 1), (m) => warn('opportunities', `${key} ${m}`, i + 1));
          if (n !== undefined) out[key as 'impact' | 'effort'] = n;
          else if (value.trim() === '') err('opportunities', `${key} needs a number from 1 to 5`, i + 1);
        }
      }
      return out;
    });
  }

  private metrics(
    cell: string,
    err: (column: CsvColumn, message: string, item?: number) => void,
    warn: (column: CsvColumn, message: string, item?: number) => void,
  ): Metric[] | undefined {
    if (cell.trim() === '') return undefined;
    const out: Metric[] = [];
    scanItems(cell).forEach((item, i) => {
      const { text, group } = splitGroup(item);
      const eq = text.findIndex((ch) => !ch.esc && ch.c === '=');
      if (eq < 0) {
        err('metrics', `${JSON.stringify(shorten(textOf(item)))} is not a metric; write kind=value, e.g. csat=4.2 or nps=31 [target 40]`, i + 1);
        return;
      }
      const kind = textOf(trimChars(text.slice(0, eq)));
      const value = this.number(textOf(text.slice(eq + 1)), (m) => err('metrics', `the value of ${kind}: ${m}`, i + 1), (m) => warn('metrics', m, i + 1));
      const metric: Record<string, unknown> = { kind };
      if (value === undefined) {
        if (textOf(text.slice(eq + 1)).trim() === '') err('metrics', `${kind} has no value; write ${kind}=<number>`, i + 1);
        return;
      }
      metric.value = value;
      for (const { key, value: v } of group ? groupParts(group) : []) {
        if (key === 'target') {
          const target = this.number(v, (m) => err('metrics', `the target of ${kind}: ${m}`, i + 1), (m) => warn('metrics', m, i + 1));
          if (target !== undefined) metric.target = target;
        } else if (key === 'unit' || key === 'label') metric[key] = v;
        else warn('metrics', `${JSON.stringify(shorten(key))} is not a metric detail (target, unit or label); it is ignored`, i + 1);
      }
      out.push(metric as unknown as Metric);
    });
    return out;
  }
}

/** The column a touchpoint field (and sub-field) is read from. */
function columnOfField(tokens: string[]): { column: CsvColumn; item?: number } | undefined {
  const [field, sub] = tokens;
  const item = sub !== undefined && /^\d+$/.test(sub) ? Number(sub) + 1 : undefined;
  switch (field) {
    case 'emotionLabel':
      return { column: 'emotion_label' };
    case 'emotionRange':
      return { column: sub === 'max' ? 'emotion_max' : 'emotion_min' };
    case 'evidence':
      return { column: sub === 'sampleSize' ? 'evidence_sample_size' : sub === 'source' ? 'evidence_source' : 'evidence_level' };
    case 'painPoints':
      return { column: 'pain_points', item };
    case 'momentOfTruth':
      return { column: 'moment_of_truth' };
    case 'persona':
    case 'actions':
    case 'thoughts':
    case 'opportunities':
    case 'backstage':
    case 'metrics':
    case 'quotes':
    case 'next':
      return { column: field, item };
    case 'id':
    case 'stage':
    case 'title':
    case 'channel':
    case 'description':
    case 'emotion':
    case 'url':
      return { column: field };
    default:
      return undefined;
  }
}

/**
 * Reads touchpoints from CSV text into a journey.
 *
 * - The first row names the columns: each one of {@link CSV_COLUMNS}, in any order, compared
 *   without case, spaces, `_` and `-` (`Stage Name`, `stage-name`, `stageName`). `stage` and
 *   `title` are required (error); an unknown column is a warning and its cells are ignored.
 * - Comma-, semicolon- or tab-separated: the header row's most frequent one is used.
 * - Stages in order of first appearance: id from `stage`, name from `stage_name` (else the id).
 *   A row with only `stage`/`stage_name` filled declares a stage without touchpoints.
 * - Personas from the `persona` column (`|`-separated ids), each named by its id.
 * - `id` empty or missing → `tp-<row>` (the row number, header = row 1), made unique.
 * - Empty cells are absent fields. Numbers: `4.5`, `-1`, `1e3`; a decimal comma `4,5` is read
 *   as 4.5 with one warning per file. Booleans: `true/false`, `yes/no`, `1/0`, `x` (true).
 * - `options` give what CSV cannot hold: title (default {@link UNTITLED_JOURNEY}), locale and
 *   emotion scale (default `-3…3`).
 *
 * Never throws. Problems name the row and column: `row 5, column "emotion": "abc" is not a
 * number`, with `line` (where the row starts in the file; the header is line 1) and `column`
 * (the 1-based column index). The journey is checked by `parseJourney`; its problems keep their
 * JSON Pointer and get the row and column of the cell they come from. `journey` is `null` when
 * any problem is an error.
 */
export function fromCsv(text: string, options: FromCsvOptions = {}): ParseResult {
  try {
    if (typeof text !== 'string') {
      return { journey: null, problems: [{ path: '', message: 'CSV input must be text (a string)', severity: 'error' }] };
    }
    const reader = new CsvReader();
    reader.read(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    return build(reader, options ?? {});
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { journey: null, problems: [{ path: '', message: `the CSV could not be read: ${message}`, severity: 'error' }] };
  }
}

function build(reader: CsvReader, options: FromCsvOptions): ParseResult {
  const problems = [...reader.problems];
  let errors = reader.errors;
  if (reader.stages.length === 0) {
    if (errors === 0) {
      problems.push(problemAt('error', { line: 1, label: 'row 1' }, 'the file has no rows below the header; a journey needs at least one stage'));
      errors++;
    }
    return { journey: null, problems };
  }
  const journey: Record<string, unknown> = { version: 1, title: options.title ?? UNTITLED_JOURNEY };
  if (options.locale !== undefined) journey.locale = options.locale;
  if (options.emotionScale !== undefined) journey.emotionScale = options.emotionScale;
  if (reader.personas.length > 0) journey.personas = reader.personas.map(({ id }) => ({ id, name: id }));
  journey.stages = reader.stages.map(({ id, name }) => ({ id, name }));
  journey.touchpoints = reader.touchpoints.map(({ tp }) => tp);

  const checked = parseJourney(journey);
  // The validator's problems point into the journey; move them to the row and cell they come from.
  const locate: Locate = ([list, index, ...rest]) => {
    if (index === undefined || !/^\d+$/.test(index)) return undefined;
    const i = Number(index);
    if (list === 'touchpoints') {
      const origin = reader.touchpoints[i]?.origin;
      if (!origin) return undefined;
      const where = columnOfField(rest);
      return reader.place(origin, where?.column, where?.item);
    }
    if (list === 'stages') {
      const origin = reader.stages[i]?.origin;
      return origin ? reader.place(origin, rest[0] === 'name' && reader.index.has('stage_name') ? 'stage_name' : 'stage') : undefined;
    }
    if (list === 'personas') {
      const origin = reader.personas[i]?.origin;
      return origin ? reader.place(origin, 'persona') : undefined;
    }
    return undefined;
  };
  return { journey: errors === 0 ? checked.journey : null, problems: mergeProblems(problems, checked.problems, locate) };
}
