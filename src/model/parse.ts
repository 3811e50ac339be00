/**
 * `parseJourney`: reads a journey from JSON text or from a value, checks every rule of the
 * journey model (version 1), and returns the journey with every problem found.
 *
 * It never throws. Problems are located by JSON Pointer and sorted in document order.
 *
 * @module
 */
import { describeValue, listIds, orList, quote, showValue } from './describe.js';
import { DEFAULT_EMOTION_SCALE, explainUnsafeUrl, isMetricValueInRange, metricInfo, type UrlKind } from './helpers.js';
import { formatJsonPointer } from './json-pointer.js';
import { describeMisreadText } from './encoding.js';
import { describeJsonSyntaxError, findDuplicateKeys } from './json-syntax.js';
import { at, copyPlainData, tokensOf, UNREADABLE, type Path, type PathNode } from './plain-data.js';
import { formatCount, Report, StopChecking, type RawProblem } from './report.js';
import { isCssColor, MAX_COLOR_LENGTH } from './css-color.js';
import { EVIDENCE_LEVELS, LANE_IDS, METRIC_DIRECTIONS, OPPORTUNITY_STATUSES, SEVERITIES, type Journey, type ParseResult, type Problem } from './types.js';

/** The model version this library reads. */
export const MODEL_VERSION = 1;

/** Allowed values of `dir`, `subject` and `state`. */
export const DIRECTIONS = ['ltr', 'rtl', 'auto'] as const;
export const SUBJECTS = ['customer', 'employee'] as const;
export const STATES = ['current', 'future'] as const;

/**
 * What a `locale` must look like: a BCP 47 tag's shape (letters, then `-`-separated subtags),
 * e.g. `en`, `nb-NO`, `zh-Hant`. The schema uses the same pattern.
 */
export const LOCALE_PATTERN = /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/;

/**
 * What a metric's `asOf` must look like: an ISO 8601 date-time with seconds optional, fractions
 * optional and a time zone required (`Z` or `±hh:mm`), e.g. `2026-11-30T09:00:00Z`. A time
 * without a zone would name a different instant for each reader, and "stale after a day" would
 * depend on where the reader sits. The schema uses the same pattern; the validator also refuses
 * days a month does not have (`2026-02-30`), which a pattern cannot say.
 */
export const DATE_TIME_PATTERN =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/** Days in a month of a year, by the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** How emotion-scale label keys are written: an integer in its plain form (`"-3"`, `"0"`, `"2"`). */
const INTEGER_KEY = /^(0|-?[1-9][0-9]*)$/;

/**
 * Sorts problems into document order: by position of each token in its container (array index,
 * or the key's place in the object as written; a missing key sorts right after its parent),
 * parents before children, ties in the order found.
 */
function sortProblems(items: RawProblem[], root: unknown): Problem[] {
  const keyOrder = new Map<object, Map<string, number>>();
  const positionIn = (container: unknown, token: string): number => {
    if (Array.isArray(container)) {
      const i = /^(0|[1-9][0-9]*)$/.test(token) ? Number(token) : -1;
      return i < container.length ? i : -1;
    }
    if (container === null || typeof container !== 'object') return -1;
    let order = keyOrder.get(container);
    if (!order) {
      order = new Map(Object.keys(container).map((k, i) => [k, i]));
      keyOrder.set(container, order);
    }
    return order.get(token) ?? -1;
  };
  const keyed = items.map((item, seq) => {
    const tokens = tokensOf(item.path);
    const key: number[] = [];
    let node: unknown = root;
    for (const token of tokens) {
      const pos = positionIn(node, token);
      key.push(pos);
      node = pos >= 0 ? (node as Record<string, unknown>)[token] : undefined;
    }
    return { item, tokens, key, seq };
  });
  keyed.sort((a, b) => {
    const n = Math.min(a.key.length, b.key.length);
    for (let i = 0; i < n; i++) if (a.key[i] !== b.key[i]) return a.key[i] - b.key[i];
    return a.key.length - b.key.length || a.seq - b.seq;
  });
  return keyed.map(({ item, tokens }) => ({ path: formatJsonPointer(tokens), message: item.message, severity: item.severity }));
}

// ---------------------------------------------------------------------------------------------
// Reading values

type Rec = Record<string, unknown>;

function isRecord(value: unknown): value is Rec {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function get(obj: Rec, key: string): unknown {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}

/** Most unknown fields that get a "did you mean" suggestion. */
const MAX_SUGGESTIONS = 200;

/** Where the checks keep what later cross-checks need. */
interface Context {
  report: Report;
  /** Unknown fields looked at for a suggestion so far. */
  suggestions: number;
  /** The scale to check emotions against, or `null` when the journey's scale is itself invalid. */
  scale: { min: number; max: number } | null;
  personas: IdTable;
  stages: IdTable;
  touchpoints: IdTable;
  /** Opportunity ids: unique within the whole journey. */
  opportunities: IdTable;
  /** Touchpoints that are objects, with where they are. */
  tps: { obj: Rec; path: PathNode }[];
  /** Whether every touchpoint's `stage` / `persona` / `next` passed its type check. */
  tpStagesTyped: boolean;
  tpPersonasTyped: boolean;
}

/** The ids of one kind of thing, and whether every one of them could be read. */
interface IdTable {
  ids: string[];
  where: Map<string, PathNode>;
  /** False when the list is missing where required, not an array, or an item has no valid id: then references are not checked (no cascades). */
  complete: boolean;
}

function newTable(): IdTable {
  return { ids: [], where: new Map(), complete: true };
}

// ---------------------------------------------------------------------------------------------
// Field checks

/** Checks a present field's value; `name` is how messages call it, e.g. `painPoints[2]`. */
type Check = (ctx: Context, value: unknown, path: PathNode, name: string) => void;

interface Field {
  check: Check;
  required?: boolean;
  /** For the "missing" message: `a string`, `an array of stages`. */
  expect: string;
}

function wrongType(ctx: Context, path: PathNode, name: string, expected: string, value: unknown): void {
  ctx.report.error(path, `${name} must be ${expected}, not ${describeValue(value)}`);
}

const str: Check = (ctx, v, p, name) => {
  if (v !== UNREADABLE && typeof v !== 'string') wrongType(ctx, p, name, 'a string', v);
};

const nonEmptyString: Check = (ctx, v, p, name) => {
  if (v === UNREADABLE) return;
  if (typeof v !== 'string') wrongType(ctx, p, name, 'a non-empty string', v);
  else if (v === '') ctx.report.error(p, `${name} must not be empty`);
};

const bool: Check = (ctx, v, p, name) => {
  if (v !== UNREADABLE && typeof v !== 'boolean') wrongType(ctx, p, name, 'true or false', v);
};

const num: Check = (ctx, v, p, name) => {
  if (v !== UNREADABLE && typeof v !== 'number') wrongType(ctx, p, name, 'a number', v);
};

function pattern(re: RegExp, explain: (name: string, value: string) => string): Check {
  return (ctx, v, p, name) => {
    if (v === UNREADABLE) return;
    if (typeof v !== 'string') wrongType(ctx, p, name, 'a string', v);
    else if (!re.test(v)) ctx.report.error(p, explain(name, v));
  };
}

function oneOf(values: readonly string[]): Check {
  const expected = orList(values.map((v) => JSON.stringify(v)));
  return (ctx, v, p, name) => {
    if (v === UNREADABLE) return;
    if (typeof v !== 'string') wrongType(ctx, p, name, `one of ${expected}`, v);
    else if (!values.includes(v)) ctx.report.error(p, `${name} ${quote(v)} is not one of ${expected}`);
  };
}

/** An integer within optional bounds (always a safe integer, so it survives a round trip). */
function integer(min?: number, max?: number): Check {
  const expected =
    min !== undefined && max !== undefined
      ? `an integer from ${min} to ${max}`
      : min !== undefined
        ? `an integer ≥ ${min}`
        : 'an integer';
  return (ctx, v, p, name) => {
    if (v === UNREADABLE) return;
    if (typeof v !== 'number') wrongType(ctx, p, name, expected, v);
    else if (!Number.isSafeInteger(v) || (min !== undefined && v < min) || (max !== undefined && v > max)) {
      ctx.report.error(p, `${name} ${showValue(v)} is not ${expected}`);
    }
  };
}

function url(kind: UrlKind): Check {
  return (ctx, v, p, name) => {
    if (v === UNREADABLE) return;
    if (typeof v !== 'string') return wrongType(ctx, p, name, 'a URL string', v);
    const why = explainUnsafeUrl(v, kind);
    if (why !== null) ctx.report.error(p, `${name} ${quote(v)} is not allowed: ${why}`);
  };
}

/** An array whose items each pass `item`; items are named `name[i]`. */
function arrayOf(item: Check, what: string): Check {
  return (ctx, v, p, name) => {
    if (v === UNREADABLE) return;
    if (!Array.isArray(v)) return wrongType(ctx, p, name, `an array of ${what}`, v);
    v.forEach((x, i) => item(ctx, x, at(p, i), `${name}[${i}]`));
  };
}

const stringArray = arrayOf(str, 'strings');

/** Closest known field name to an unknown one (different case, or up to two edits away). */
function suggestField(key: string, known: Iterable<string>): string | undefined {
  if (key.length > 40) return undefined;
  const lower = key.toLowerCase();
  let best: string | undefined;
  let bestDistance = 3;
  for (const name of known) {
    if (name.toLowerCase() === lower) return name;
    const d = editDistance(lower, name.toLowerCase());
    if (d < bestDistance && d < name.length / 2) {
      best = name;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length];
}

/**
 * Checks an object against its field table: types of known fields, missing required ones,
 * and a warning for each unknown field (kept in the journey, for forward compatibility).
 *
 * @returns the object, or `null` when `value` is not an object (reported).
 */
function checkObject(ctx: Context, value: unknown, path: Path, name: string, what: string, table: ReadonlyMap<string, Field>, qualify = false): Rec | null {
  if (value === UNREADABLE) return null;
  if (!isRecord(value)) {
    if (path === null) ctx.report.error(null, `a journey must be a JSON object, not ${describeValue(value)}`);
    else ctx.report.error(path, `${name} must be an object (${article(what)}), not ${describeValue(value)}`);
    return null;
  }
  // Fields of small value objects are named with their owner (`evidence.level`), those of
  // journeys, personas, stages, touchpoints and metrics by themselves (`title`).
  const prefix = qualify ? `${name}.` : '';
  for (const [key, field] of table) {
    if (Object.hasOwn(value, key)) field.check(ctx, value[key], at(path, key), prefix + key);
    else if (field.required) ctx.report.error(at(path, key), `${prefix + key} is missing; every ${what} needs one (${field.expect})`);
  }
  for (const key of Object.keys(value)) {
    if (table.has(key)) continue;
    // Suggestions cost an edit distance per known field: enough for a human-sized file.
    const hint = ctx.suggestions++ < MAX_SUGGESTIONS ? suggestField(key, table.keys()) : undefined;
    ctx.report.warn(
      at(path, key),
      `${quote(key)} is not a field of ${article(what)} in version ${MODEL_VERSION} of the journey model; it is kept but not used` +
        (hint ? ` (did you mean ${JSON.stringify(hint)}?)` : ''),
    );
  }
  return value;
}

function article(what: string): string {
  return /^[aeiou]/i.test(what) ? `an ${what}` : `a ${what}`;
}

function fields(entries: [string, Check, string, boolean?][]): ReadonlyMap<string, Field> {
  return new Map(entries.map(([key, check, expect, required]) => [key, { check, expect, required }]));
}

// -- metrics

const dateTime: Check = (ctx, v, p, name) => {
  if (v === UNREADABLE) return;
  if (typeof v !== 'string') return wrongType(ctx, p, name, 'an ISO 8601 date-time string', v);
  if (!DATE_TIME_PATTERN.test(v)) {
    ctx.report.error(p, `${name} ${quote(v)} is not an ISO 8601 date-time with a time zone; expected something like "2026-11-30T09:00:00Z" or "2026-11-30T10:00+01:00"`);
    return;
  }
  const [year, month, day] = v.slice(0, 10).split('-').map(Number);
  if (day > daysInMonth(year, month)) ctx.report.error(p, `${name} ${quote(v)} is not a date: month ${month} of ${year} has ${daysInMonth(year, month)} days`);
};

const METRIC_FIELDS = fields([
  ['kind', nonEmptyString, 'a string such as "csat" or "nps"', true],
  ['value', num, 'a number', true],
  ['target', num, 'a number'],
  ['unit', str, 'a string'],
  ['label', str, 'a string'],
  ['id', nonEmptyString, 'a string, unique among the metrics of its owner'],
  ['direction', oneOf(METRIC_DIRECTIONS), 'higher-better or lower-better'],
  ['asOf', dateTime, 'an ISO 8601 date-time'],
]);

const metric: Check = (ctx, v, p, name) => {
  const m = checkObject(ctx, v, p, name, 'metric', METRIC_FIELDS);
  const kind = m ? get(m, 'kind') : undefined;
  if (!m || typeof kind !== 'string') return;
  const info = metricInfo(kind);
  if (!info.known) return;
  const range = info.max === undefined ? `${kind} is in seconds and cannot be negative` : `${kind} runs from ${info.min} to ${info.max}`;
  for (const key of ['value', 'target']) {
    const x = get(m, key);
    if (typeof x === 'number' && !isMetricValueInRange(kind, x)) {
      ctx.report.error(at(p, key), `${kind} ${key} ${showValue(x)} is out of range; ${range}`);
    }
  }
};

/** A list of metrics; ids are unique among the metrics of one owner (journey, stage or touchpoint). */
const metrics: Check = (ctx, v, p, name) => {
  arrayOf(metric, 'metrics')(ctx, v, p, name);
  if (!Array.isArray(v)) return;
  const ids = newTable();
  v.forEach((m, i) => {
    if (isRecord(m) && Object.hasOwn(m, 'id')) collectId(ids, m, at(p, i), ctx, 'metric');
  });
};

// -- emotion scale

const SCALE_FIELDS = fields([
  ['min', integer(), 'an integer', true],
  ['max', integer(), 'an integer', true],
  ['labels', () => undefined, 'an object'], // checked below, once min and max are known
]);

function checkScale(ctx: Context, v: unknown, p: PathNode): void {
  // Emotions are only checked against a scale that is itself valid (no cascades).
  ctx.scale = null;
  const s = checkObject(ctx, v, p, 'emotionScale', 'emotion scale', SCALE_FIELDS, true);
  if (!s) return;
  const min = get(s, 'min');
  const max = get(s, 'max');
  const intOk = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x);
  const bounds = intOk(min) && intOk(max);
  if (bounds && min >= max) {
    ctx.report.error(p, `emotionScale min ${min} must be less than max ${max}`);
  } else if (bounds) ctx.scale = { min, max };

  const labels = get(s, 'labels');
  if (labels === undefined || labels === UNREADABLE) return;
  const lp = at(p, 'labels');
  if (!isRecord(labels)) return wrongType(ctx, lp, 'emotionScale labels', 'an object mapping integers to words, e.g. { "-3": "Furious" }', labels);
  for (const [key, label] of Object.entries(labels)) {
    const kp = at(lp, key);
    if (!INTEGER_KEY.test(key)) {
      ctx.report.error(kp, `emotionScale label key ${quote(key)} is not an integer; label keys are points of the scale written as integers, e.g. "-3" or "2"`);
    } else if (ctx.scale && (Number(key) < ctx.scale.min || Number(key) > ctx.scale.max)) {
      ctx.report.error(kp, `emotionScale label key ${quote(key)} is outside the scale (${ctx.scale.min} to ${ctx.scale.max})`);
    }
    if (label !== UNREADABLE && typeof label !== 'string') {
      wrongType(ctx, kp, `emotionScale label ${quote(key)}`, 'a string', label);
    }
  }
}

// -- personas

const cssColor: Check = (ctx, v, p, name) => {
  if (v === UNREADABLE) return;
  if (typeof v !== 'string') return wrongType(ctx, p, name, 'a CSS colour string', v);
  if (v.length > MAX_COLOR_LENGTH) {
    ctx.report.error(p, `${name} is ${formatCount(v.length)} characters long; a CSS colour is at most ${MAX_COLOR_LENGTH}`);
  } else if (!isCssColor(v)) {
    ctx.report.error(
      p,
      `${name} ${quote(v)} is not a CSS colour; expected a hex colour such as "#7c3aed", a colour name such as "teal", or rgb(), hsl(), hwb(), lab(), lch(), oklab(), oklch() or color() with numbers, such as "rgb(124 58 237)" (url(), var() and expression() are not colours)`,
    );
  }
};

const PERSONA_FIELDS = fields([
  ['id', nonEmptyString, 'a string, unique among personas', true],
  ['name', str, 'a string', true],
  ['role', str, 'a string'],
  ['avatar', url('avatar'), 'a URL'],
  [
    'color',
    cssColor,
    'a CSS colour',
  ],
  ['quote', str, 'a string'],
  ['goals', stringArray, 'an array of strings'],
  ['frustrations', stringArray, 'an array of strings'],
  ['needs', stringArray, 'an array of strings'],
  ['description', str, 'a string'],
]);

/** Records the id of a list item, reporting a duplicate at the later one's `/id`. */
function collectId(table: IdTable, item: Rec | null, path: PathNode, ctx: Context, what: string): void {
  const id = item ? get(item, 'id') : undefined;
  if (typeof id !== 'string' || id === '') {
    table.complete = false;
    return;
  }
  const first = table.where.get(id);
  if (first) {
    ctx.report.error(at(path, 'id'), `id ${quote(id)} is already used by the ${what} at ${formatJsonPointer(tokensOf(first))}; ${what} ids must be unique`);
    return;
  }
  table.where.set(id, path);
  table.ids.push(id);
}

function listOf(what: string, itemFields: ReadonlyMap<string, Field>, table: (ctx: Context) => IdTable, options: { nonEmpty?: boolean; each?: (ctx: Context, item: Rec, path: PathNode) => void } = {}): Check {
  return (ctx, v, p, name) => {
    const t = table(ctx);
    if (v === UNREADABLE) {
      t.complete = false;
      return;
    }
    if (!Array.isArray(v)) {
      t.complete = false;
      return wrongType(ctx, p, name, `an array of ${what}s`, v);
    }
    if (options.nonEmpty && v.length === 0) {
      t.complete = false;
      ctx.report.error(p, `${name} is empty; a journey needs at least one ${what}`);
    }
    v.forEach((x, i) => {
      const ip = at(p, i);
      const item = checkObject(ctx, x, ip, `${name}[${i}]`, what, itemFields);
      collectId(t, item, ip, ctx, what);
      if (item && options.each) options.each(ctx, item, ip);
    });
  };
}

// -- stages

const STAGE_FIELDS = fields([
  ['id', nonEmptyString, 'a string, unique among stages', true],
  ['name', str, 'a string', true],
  ['description', str, 'a string'],
  ['goals', stringArray, 'an array of strings'],
  ['metrics', metrics, 'an array of metrics'],
]);

// -- touchpoints

const EMOTION_RANGE_FIELDS = fields([
  ['min', num, 'a number', true],
  ['max', num, 'a number', true],
]);

const EVIDENCE_FIELDS = fields([
  ['level', oneOf(EVIDENCE_LEVELS), `one of ${orList(EVIDENCE_LEVELS.map((l) => JSON.stringify(l)))}`, true],
  ['sampleSize', integer(0), 'an integer ≥ 0'],
  ['source', str, 'a string'],
]);

const PAIN_POINT_FIELDS = fields([
  ['text', str, 'a string', true],
  ['severity', oneOf(SEVERITIES), 'low, medium or high'],
]);

/** `addresses`: indexes of pain points, each at most once (their range is checked per touchpoint). */
const painPointIndexes: Check = (ctx, v, p, name) => {
  arrayOf(integer(0), 'pain point indexes (integers ≥ 0)')(ctx, v, p, name);
  if (!Array.isArray(v)) return;
  const seen = new Set<unknown>();
  v.forEach((x, i) => {
    if (typeof x === 'number' && seen.has(x)) ctx.report.error(at(p, i), `${name}[${i}] ${showValue(x)} is listed twice; name each pain point once`);
    seen.add(x);
  });
};

const OPPORTUNITY_FIELDS = fields([
  ['text', str, 'a string', true],
  ['impact', integer(1, 5), 'an integer from 1 to 5'],
  ['effort', integer(1, 5), 'an integer from 1 to 5'],
  ['owner', str, 'a string'],
  ['id', nonEmptyString, 'a string, unique among the opportunities of the journey'],
  ['status', oneOf(OPPORTUNITY_STATUSES), 'open, planned, in-progress, done or dismissed'],
  ['addresses', painPointIndexes, 'an array of indexes into the touchpoint\'s painPoints'],
]);

/** A string, or an object with `text` and more (pain points, opportunities). */
function textOrObject(what: string, objectFields: ReadonlyMap<string, Field>): Check {
  return (ctx, v, p, name) => {
    if (v === UNREADABLE || typeof v === 'string') return;
    if (!isRecord(v)) return wrongType(ctx, p, name, `a string or an object with text (${article(what)})`, v);
    checkObject(ctx, v, p, name, what, objectFields, true);
  };
}

const personaRef: Check = (ctx, v, p, name) => {
  if (v === UNREADABLE) return;
  if (Array.isArray(v)) {
    if (v.length === 0) {
      ctx.report.error(p, `${name} is an empty array; list at least one persona id, or leave ${name} out to mean every persona`);
      return;
    }
    v.forEach((x, i) => nonEmptyString(ctx, x, at(p, i), `${name}[${i}]`));
  } else if (typeof v !== 'string') wrongType(ctx, p, name, 'a persona id or an array of persona ids', v);
  else if (v === '') ctx.report.error(p, `${name} must not be empty`);
};

const emotionRange: Check = (ctx, v, p, name) => {
  checkObject(ctx, v, p, name, 'emotion range', EMOTION_RANGE_FIELDS, true);
};

const TOUCHPOINT_FIELDS = fields([
  ['id', nonEmptyString, 'a string, unique among touchpoints', true],
  ['stage', nonEmptyString, 'the id of one of the journey\'s stages', true],
  ['title', str, 'a string', true],
  ['persona', personaRef, 'a persona id or an array of them'],
  ['channel', str, 'a string such as "web" or "email"'],
  ['description', str, 'a string'],
  ['actions', stringArray, 'an array of strings'],
  ['thoughts', stringArray, 'an array of strings'],
  ['emotion', num, 'a number'],
  ['emotionLabel', str, 'a string'],
  ['emotionRange', emotionRange, 'an object with min and max'],
  ['evidence', (ctx, v, p, name) => void checkObject(ctx, v, p, name, 'evidence object', EVIDENCE_FIELDS, true), 'an object with level'],
  ['painPoints', arrayOf(textOrObject('pain point', PAIN_POINT_FIELDS), 'pain points (strings or objects with text)'), 'an array'],
  ['opportunities', arrayOf(textOrObject('opportunity', OPPORTUNITY_FIELDS), 'opportunities (strings or objects with text)'), 'an array'],
  ['backstage', stringArray, 'an array of strings'],
  ['momentOfTruth', bool, 'true or false'],
  ['metrics', metrics, 'an array of metrics'],
  ['quotes', stringArray, 'an array of strings'],
  ['url', url('link'), 'a URL'],
  ['next', arrayOf(nonEmptyString, 'touchpoint ids'), 'an array of touchpoint ids'],
]);

/** Checks one touchpoint's emotion against the scale and its range, once its fields are typed. */
function checkTouchpointEmotion(ctx: Context, tp: Rec, p: PathNode): void {
  const scale = ctx.scale;
  const emotion = get(tp, 'emotion');
  let emotionOk = typeof emotion === 'number';
  if (typeof emotion === 'number' && scale && (emotion < scale.min || emotion > scale.max)) {
    ctx.report.error(at(p, 'emotion'), `emotion ${showValue(emotion)} is outside the emotion scale (${scale.min} to ${scale.max})`);
    emotionOk = false;
  }
  const range = get(tp, 'emotionRange');
  if (!isRecord(range)) return;
  const min = get(range, 'min');
  const max = get(range, 'max');
  if (typeof min !== 'number' || typeof max !== 'number') return;
  const rp = at(p, 'emotionRange');
  // Each independent fault is reported (out of scale and inverted can both hold).
  const outside = scale !== null && [min, max].some((x) => x < scale.min || x > scale.max);
  if (outside) {
    ctx.report.error(rp, `emotionRange ${showValue(min)} to ${showValue(max)} goes outside the emotion scale (${scale.min} to ${scale.max})`);
  }
  if (min > max) {
    ctx.report.error(rp, `emotionRange min ${showValue(min)} is greater than max ${showValue(max)}; expected min ≤ max`);
  } else if (!outside && emotionOk && typeof emotion === 'number' && (emotion < min || emotion > max)) {
    ctx.report.error(rp, `emotion ${showValue(emotion)} is outside its emotionRange (${showValue(min)} to ${showValue(max)}); expected min ≤ emotion ≤ max`);
  }
}

function eachTouchpoint(ctx: Context, tp: Rec, p: PathNode): void {
  ctx.tps.push({ obj: tp, path: p });
  const stage = get(tp, 'stage');
  if (typeof stage !== 'string' || stage === '') ctx.tpStagesTyped = false;
  if (Object.hasOwn(tp, 'persona')) {
    const persona = tp.persona;
    const typed = typeof persona === 'string' ? persona !== '' : Array.isArray(persona) && persona.length > 0 && persona.every((x) => typeof x === 'string' && x !== '');
    if (!typed) ctx.tpPersonasTyped = false;
  }
  checkTouchpointEmotion(ctx, tp, p);
  checkOpportunities(ctx, tp, p);
}

/** Opportunity ids are unique in the journey; `addresses` name pain points of the same touchpoint. */
function checkOpportunities(ctx: Context, tp: Rec, p: PathNode): void {
  const list = get(tp, 'opportunities');
  if (!Array.isArray(list)) return;
  const painPoints = get(tp, 'painPoints');
  // Without a readable painPoints list there is nothing to check indexes against (no cascades).
  const count = painPoints === undefined ? 0 : Array.isArray(painPoints) ? painPoints.length : undefined;
  list.forEach((o, i) => {
    if (!isRecord(o)) return;
    const op = at(at(p, 'opportunities'), i);
    if (Object.hasOwn(o, 'id')) collectId(ctx.opportunities, o, op, ctx, 'opportunity');
    const addresses = get(o, 'addresses');
    if (count === undefined || !Array.isArray(addresses)) return;
    addresses.forEach((x, j) => {
      if (typeof x !== 'number' || !Number.isSafeInteger(x) || x < 0 || x < count) return;
      const where = count === 0 ? 'this touchpoint has no painPoints' : `this touchpoint's painPoints run from 0 to ${count - 1}`;
      ctx.report.error(at(at(op, 'addresses'), j), `opportunities[${i}].addresses[${j}] ${showValue(x)} names no pain point; ${where}`);
    });
  });
}

// -- root

const personasCheck = listOf('persona', PERSONA_FIELDS, (ctx) => ctx.personas);
const stagesCheck = listOf('stage', STAGE_FIELDS, (ctx) => ctx.stages, { nonEmpty: true });
const touchpointsCheck = listOf('touchpoint', TOUCHPOINT_FIELDS, (ctx) => ctx.touchpoints, { each: eachTouchpoint });

const lanesCheck: Check = (ctx, v, p, name) => {
  if (v === UNREADABLE) return;
  if (!Array.isArray(v)) return wrongType(ctx, p, name, 'an array of lane ids', v);
  if (v.length === 0) ctx.report.error(p, `${name} is empty; list at least one lane, or leave lanes out for the default`);
  const laneCheck = oneOf(LANE_IDS);
  const seen = new Set<string>();
  v.forEach((x, i) => {
    const ip = at(p, i);
    laneCheck(ctx, x, ip, `${name}[${i}]`);
    if (typeof x !== 'string') return;
    if (seen.has(x)) ctx.report.error(ip, `${name}[${i}] ${quote(x)} is listed twice; each lane shows once`);
    seen.add(x);
  });
};

const ROOT_FIELDS = fields([
  ['$schema', str, 'a string'],
  ['version', () => undefined, 'the number 1', true], // checked first, in checkJourney
  ['title', str, 'a string', true],
  ['id', nonEmptyString, 'a string'],
  ['description', str, 'a string'],
  ['locale', pattern(LOCALE_PATTERN, (name, v) => `${name} ${quote(v)} is not a BCP 47 language tag; expected something like "en", "nb-NO" or "zh-Hant"`), 'a BCP 47 language tag'],
  ['dir', oneOf(DIRECTIONS), 'ltr, rtl or auto'],
  ['subject', oneOf(SUBJECTS), 'customer or employee'],
  ['state', oneOf(STATES), 'current or future'],
  ['emotionScale', (ctx, v, p) => checkScale(ctx, v, p), 'an object with min and max'],
  ['personas', personasCheck, 'an array of personas'],
  ['stages', stagesCheck, 'an array of at least one stage', true],
  ['lanes', lanesCheck, 'an array of lane ids'],
  ['touchpoints', touchpointsCheck, 'an array of touchpoints, possibly empty', true],
  ['metrics', metrics, 'an array of metrics'],
]);

/** Checks references between parts (stage, persona, next) and emits the whole-journey warnings. */
function crossCheck(ctx: Context, root: Rec): void {
  const { report, stages, personas, touchpoints } = ctx;
  const stageSet = new Set(stages.ids);
  const personaSet = new Set(personas.ids);
  const tpSet = new Set(touchpoints.ids);
  const personaList = (): string => (personas.ids.length === 0 ? 'the journey has no personas' : listIds(personas.ids));
  const checkPersona = (id: unknown, path: PathNode): void => {
    if (typeof id === 'string' && id !== '' && !personaSet.has(id)) {
      report.error(path, `persona ${quote(id)} is not one of the journey's personas (${personaList()})`);
    }
  };
  const stagesUsed = new Set<string>();
  const personasUsed = new Set<string>();
  let someoneMeetsAll = false;

  for (const { obj: tp, path } of ctx.tps) {
    const stage = get(tp, 'stage');
    if (typeof stage === 'string') {
      stagesUsed.add(stage);
      if (stages.complete && stage !== '' && !stageSet.has(stage)) {
        report.error(at(path, 'stage'), `stage ${quote(stage)} is not one of the journey's stages (${listIds(stages.ids)})`);
      }
    }
    if (!Object.hasOwn(tp, 'persona')) someoneMeetsAll = true;
    const persona = get(tp, 'persona');
    const ids = typeof persona === 'string' ? [persona] : Array.isArray(persona) ? persona : [];
    const seen = new Set<unknown>();
    ids.forEach((id, i) => {
      const ip = typeof persona === 'string' ? at(path, 'persona') : at(at(path, 'persona'), i);
      if (typeof id === 'string') personasUsed.add(id);
      if (personas.complete) checkPersona(id, ip);
      if (typeof id === 'string' && seen.has(id)) report.warn(ip, `persona ${quote(id)} is listed twice in this touchpoint`);
      seen.add(id);
    });
    const next = get(tp, 'next');
    if (Array.isArray(next)) {
      const seenNext = new Set<unknown>();
      const self = get(tp, 'id');
      next.forEach((id, i) => {
        if (typeof id !== 'string' || id === '') return;
        const ip = at(at(path, 'next'), i);
        if (touchpoints.complete && !tpSet.has(id)) {
          report.error(ip, `next ${quote(id)} is not the id of any touchpoint (${listIds(touchpoints.ids)})`);
        } else if (id === self) {
          report.warn(ip, `next ${quote(id)} points the touchpoint at itself`);
        } else if (seenNext.has(id)) {
          report.warn(ip, `next ${quote(id)} is listed twice`);
        }
        seenNext.add(id);
      });
    }
  }

  const touchpointsRead = Array.isArray(get(root, 'touchpoints')) && touchpoints.complete;
  if (touchpointsRead && stages.complete && ctx.tpStagesTyped) {
    stages.ids.forEach((id) => {
      if (!stagesUsed.has(id)) report.warn(stages.where.get(id) ?? null, `stage ${quote(id)} has no touchpoints`);
    });
  }
  if (touchpointsRead && personas.complete && ctx.tpPersonasTyped && !someoneMeetsAll) {
    personas.ids.forEach((id) => {
      if (!personasUsed.has(id)) report.warn(personas.where.get(id) ?? null, `persona ${quote(id)} is not named by any touchpoint`);
    });
  }
}

function checkJourney(value: unknown, report: Report): void {
  const ctx: Context = {
    report,
    suggestions: 0,
    scale: { ...DEFAULT_EMOTION_SCALE },
    personas: newTable(),
    stages: newTable(),
    touchpoints: newTable(),
    opportunities: newTable(),
    tps: [],
    tpStagesTyped: true,
    tpPersonasTyped: true,
  };
  if (value === UNREADABLE) return;
  if (isRecord(value)) {
    const vp = at(null, 'version');
    if (Object.hasOwn(value, 'version')) {
      const version = value.version;
      if (typeof version === 'number') {
        // A different version may mean anything: stop here rather than report its fields.
        if (version !== MODEL_VERSION) {
          report.error(vp, `version ${showValue(version)} is not supported; this library reads version ${MODEL_VERSION}`);
          return;
        }
      } else if (version !== UNREADABLE) {
        report.error(vp, `version must be the number ${MODEL_VERSION}, not ${describeValue(version)}`);
      }
    }
  }
  const root = checkObject(ctx, value, null, '', 'journey', ROOT_FIELDS);
  if (!root) return;
  // Without the stages there is nothing to check stage references against (no cascades).
  if (!Object.hasOwn(root, 'stages')) ctx.stages.complete = false;
  if (!Object.hasOwn(root, 'touchpoints')) ctx.touchpoints.complete = false;
  crossCheck(ctx, root);
}

// ---------------------------------------------------------------------------------------------

function errorMessageOf(error: unknown): string {
  try {
    if (error instanceof Error) return error.message;
    return String(error);
  } catch {
    return 'unknown error';
  }
}

/** Parsed JSON, or the one problem that stops it. */
type TextResult = { ok: true; value: unknown } | { ok: false; problem: Problem };

function parseText(text: string, report: Report): TextResult {
  // A BOM is not JSON, but editors write it; it is invisible, so columns stay right.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const misread = describeMisreadText(body);
    if (misread !== null) return { ok: false, problem: { path: '', message: misread, severity: 'error', line: 1, column: 1 } };
    const where = describeJsonSyntaxError(body, error);
    // Lines count from the journey's own first line (for an inline <script>, its first line).
    const place = `line ${where.line}, column ${where.column} of the journey`;
    const message =
      error instanceof SyntaxError
        ? `the JSON is malformed at ${place}: ${where.reason}`
        : `the JSON could not be read (${errorMessageOf(error)}) near ${place}`;
    return { ok: false, problem: { path: '', message, severity: 'error', line: where.line, column: where.column } };
  }
  findDuplicateKeys(body, (tokens) => {
    const path = tokens.reduce<Path>((up, token) => at(up, token), null);
    report.warn(path, `${quote(tokens[tokens.length - 1])} is written more than once in the same object; JSON keeps only the last one, so the values written before it are ignored`);
  });
  return { ok: true, value };
}

/**
 * Reads and checks a journey.
 *
 * - A **string** is parsed as JSON text (a leading BOM is ignored). Malformed JSON gives one
 *   error at path `""` with `line` and `column` set.
 * - Any **other value** is checked as it is, as if it were parsed JSON. Values JSON cannot hold
 *   (functions, Dates, Maps, class instances, NaN, Infinity, `undefined` in arrays, holes,
 *   getters, cycles) are errors at their location. Object properties set to `undefined` count
 *   as absent, as in `JSON.stringify`.
 *
 * The returned journey is always a fresh deep copy made of plain objects and arrays: it shares
 * nothing with the input, and a `"__proto__"` key is kept as an ordinary own property (never a
 * prototype). Unknown fields are kept (with a warning each), so newer files survive a round trip.
 *
 * Never throws. Problems are in document order; `journey` is `null` when any is an error.
 *
 * @param input JSON text, or a value such as the result of `JSON.parse`.
 */
export function parseJourney(input: string | unknown): ParseResult {
  try {
    let value: unknown = input;
    let fromJson = false;
    const report = new Report();
    if (typeof input === 'string') {
      const parsed = parseText(input, report);
      if (!parsed.ok) return { journey: null, problems: [parsed.problem] };
      value = parsed.value;
      fromJson = true;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      // Not even an object: say so without copying what may be megabytes of array.
      return { journey: null, problems: [{ path: '', message: `a journey must be a JSON object, not ${describeValue(value)}`, severity: 'error' }] };
    }
    // Stopped while copying, the copy is unknown: problems then stay in the order found, which
    // is document order (the copy walks the input depth first, keys as written).
    let copy: unknown = UNREADABLE;
    try {
      copy = copyPlainData(value, (path, message) => report.error(path, message), fromJson);
      checkJourney(copy, report);
    } catch (error) {
      if (!(error instanceof StopChecking)) throw error;
    }
    const problems = [...sortProblems(report.items, copy), ...report.summaries()];
    return { journey: report.errors === 0 ? (copy as Journey) : null, problems };
  } catch (error) {
    // Only exotic input gets here (e.g. a Proxy whose traps throw).
    return {
      journey: null,
      problems: [{ path: '', message: `the journey could not be read: ${errorMessageOf(error)}`, severity: 'error' }],
    };
  }
}
