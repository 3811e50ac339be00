/**
 * Types of the journey model, version 1 — the one data contract every element renders.
 * Field meanings follow `journey-model.md`; the JSON Schema (`docs/journey.schema.json`)
 * and the validator (`parseJourney`) agree with these types.
 */

/** Writing direction of the journey's content. */
export type Direction = 'ltr' | 'rtl' | 'auto';

/** Whose journey the map follows. Labels only. */
export type JourneySubject = 'customer' | 'employee';

/** As-is (`current`) or to-be (`future`) map. */
export type JourneyState = 'current' | 'future';

/** The rows a map can show, in their default order. */
export const LANE_IDS = [
  'touchpoints',
  'actions',
  'thoughts',
  'emotions',
  'pain-points',
  'opportunities',
  'backstage',
  'metrics',
] as const;

/** One row of the map. */
export type LaneId = (typeof LANE_IDS)[number];

/** The channels with a built-in name and icon. Any other string is allowed and drawn generically. */
export const KNOWN_CHANNELS = [
  'web',
  'mobile-app',
  'email',
  'phone',
  'chat',
  'social',
  'store',
  'ad',
  'search',
  'word-of-mouth',
  'event',
  'mail',
  'review',
  'support',
  'video',
  'partner',
] as const;

/** A channel with a built-in name and icon. */
export type KnownChannel = (typeof KNOWN_CHANNELS)[number];

/** How well research backs a touchpoint. */
export const EVIDENCE_LEVELS = ['assumption', 'anecdotal', 'validated'] as const;

/** How well research backs a touchpoint, from a guess to measured data. */
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

/** Severity of a pain point. */
export const SEVERITIES = ['low', 'medium', 'high'] as const;

/** Severity of a pain point. */
export type Severity = (typeof SEVERITIES)[number];

/** Metric kinds with a known meaning, range and format. */
export const KNOWN_METRIC_KINDS = [
  'csat',
  'nps',
  'ces',
  'conversion',
  'retention',
  'drop-off',
  'time-on-task',
] as const;

/** A metric kind with a known meaning, range and format. */
export type KnownMetricKind = (typeof KNOWN_METRIC_KINDS)[number];

/** How to read a metric's change and target: which way is better. */
export const METRIC_DIRECTIONS = ['higher-better', 'lower-better'] as const;

/** Which way is better for a metric: `higher-better` or `lower-better`. */
export type MetricDirection = (typeof METRIC_DIRECTIONS)[number];

/** Where an opportunity stands, from an idea (`open`) to shipped (`done`) or dropped (`dismissed`). */
export const OPPORTUNITY_STATUSES = ['open', 'planned', 'in-progress', 'done', 'dismissed'] as const;

/** Where an opportunity stands; default `open`. */
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];

/**
 * The scale emotions are measured on. Default `{ min: -3, max: 3 }`. 0 need not be inside;
 * `min` < `max`, both integers.
 */
export interface EmotionScale {
  /** Lowest value on the scale (worst feeling). Integer. */
  min: number;
  /** Highest value on the scale (best feeling). Integer, greater than `min`. */
  max: number;
  /** Words for points on the scale, keyed by the integer as a string, e.g. `{ "-3": "Furious" }`. */
  labels?: Record<string, string>;
}

/** A key performance indicator: CSAT, NPS, CES, conversion, retention, drop-off, time on task or any other. */
export interface Metric {
  /**
   * What is measured. Known kinds and their ranges: `csat` 1–5, `nps` −100–100, `ces` 1–7,
   * `conversion`, `retention`, `drop-off` 0–1 (ratios, shown as percent), `time-on-task`
   * seconds. Any other kind is allowed and shown with its `label` (or kind) and `unit`.
   */
  kind: KnownMetricKind | (string & {});
  /** The measured value. */
  value: number;
  /** The value the team aims for. */
  target?: number;
  /** Unit shown after the value, for kinds without a built-in format. */
  unit?: string;
  /** Name shown instead of the kind's built-in name. */
  label?: string;
  /** Unique among the metrics of its owner (journey, stage or touchpoint); live values are matched by it. */
  id?: string;
  /**
   * Which way is better, for reading a change and a target. Default by kind: `ces`, `drop-off`
   * and `time-on-task` are `lower-better`, every other kind `higher-better` (see `metricDirection`).
   */
  direction?: MetricDirection;
  /** When `value` was measured: an ISO 8601 date-time with a time zone, e.g. `2026-11-30T09:00:00Z`. */
  asOf?: string;
}

/** Someone who travels the journey. */
export interface Persona {
  /** Unique among personas. */
  id: string;
  /** Display name, e.g. "Maria Lind". */
  name: string;
  /** e.g. "First-time buyer". */
  role?: string;
  /** Photo URL (`https:`, `http:` or `data:image/…` only); otherwise initials on `color`. */
  avatar?: string;
  /** CSS colour of the persona's line and badge; default from the theme palette. */
  color?: string;
  /** One sentence in their voice. */
  quote?: string;
  /** What they want to achieve. */
  goals?: string[];
  /** What gets in their way. */
  frustrations?: string[];
  /** What they need from the organisation. */
  needs?: string[];
  /** Free text about the persona. */
  description?: string;
}

/** A column of the map: a phase of the journey. */
export interface Stage {
  /** Unique among stages. */
  id: string;
  /** Column heading. */
  name: string;
  /** Free text about the stage. */
  description?: string;
  /** What the customer wants to achieve in this stage. */
  goals?: string[];
  /** Stage KPIs (conversion into the next stage, drop-off…). */
  metrics?: Metric[];
}

/** A pain point: a string, or an object with text and severity. */
export type PainPoint = string | { text: string; severity?: Severity };

/** An opportunity written as an object: text, impact and effort (1–5), owner, and where it stands. */
export interface OpportunityObject {
  /** The opportunity. */
  text: string;
  /** How much acting would help, 1 (little) to 5 (a lot). */
  impact?: number;
  /** How much acting would cost, 1 (little) to 5 (a lot). */
  effort?: number;
  /** Who would act, e.g. a team. */
  owner?: string;
  /** Unique among the opportunities of the whole journey. */
  id?: string;
  /** Where it stands; default `open`. */
  status?: OpportunityStatus;
  /** Indexes into the same touchpoint's `painPoints`: the pain points it answers. */
  addresses?: number[];
}

/** An opportunity: a string, or an object with text, impact and effort (1–5), an owner, id, status and the pain points it answers. */
export type Opportunity = string | OpportunityObject;

/** How well research backs a touchpoint. */
export interface Evidence {
  /** From a guess (`assumption`) to measured data (`validated`). */
  level: EvidenceLevel;
  /** How many people the evidence comes from. Integer ≥ 0. */
  sampleSize?: number;
  /** Where the evidence comes from, e.g. "Chat transcripts, October". */
  source?: string;
}

/** A spread of feeling across the people measured: worst and best case. */
export interface EmotionRange {
  /** Worst case, within the scale. */
  min: number;
  /** Best case, within the scale; `min` ≤ `max`. */
  max: number;
}

/** A moment of contact between a persona and the organisation. */
export interface Touchpoint {
  /** Unique among touchpoints. */
  id: string;
  /** Id of the stage (column) it sits in. */
  stage: string;
  /** Short title. */
  title: string;
  /** Persona id or ids who meet it; omitted = every persona. */
  persona?: string | string[];
  /** One of the known channels, or any other string (drawn with a generic icon). */
  channel?: KnownChannel | (string & {});
  /** Free text about the moment. */
  description?: string;
  /** What the person does (doing). */
  actions?: string[];
  /** What they think (thinking). */
  thoughts?: string[];
  /** Feeling at this moment, within the emotion scale; absent = not measured. */
  emotion?: number;
  /** Word for the feeling, e.g. "relieved". */
  emotionLabel?: string;
  /** Spread of the feeling across the people measured; `min` ≤ `emotion` ≤ `max`. */
  emotionRange?: EmotionRange;
  /** How well research backs this touchpoint. */
  evidence?: Evidence;
  /** What hurts here. */
  painPoints?: PainPoint[];
  /** Where to act. */
  opportunities?: Opportunity[];
  /** What the organisation does out of sight (service-blueprint lane). */
  backstage?: string[];
  /** A moment that decides loyalty; drawn emphasised. */
  momentOfTruth?: boolean;
  /** Touchpoint KPIs. */
  metrics?: Metric[];
  /** Verbatim customer quotes. */
  quotes?: string[];
  /** Link to the evidence or the screen (`https:` or `http:` only). */
  url?: string;
  /**
   * Explicit paths to other touchpoints. If any touchpoint has `next`, paths are exactly those
   * edges; otherwise each persona's path is its touchpoints in stage order then array order.
   */
  next?: string[];
}

/** A customer (or employee) journey: the root of the model. */
export interface Journey {
  /** Optional URL of the JSON Schema, for editors (e.g. `https://journeykit.dev/schema/journey-1.json`). Not used otherwise. */
  $schema?: string;
  /** Model version; always 1. */
  version: 1;
  /** Shown as the map's heading and accessible name. */
  title: string;
  /** Stable id of this journey. */
  id?: string;
  /** One paragraph under the title. */
  description?: string;
  /** BCP 47 language of the content, e.g. `nb-NO`. */
  locale?: string;
  /** Writing direction; default `auto` (from locale / host). */
  dir?: Direction;
  /** Whose journey; default `customer`. */
  subject?: JourneySubject;
  /** As-is or to-be map; default `current`. */
  state?: JourneyState;
  /** Scale of `emotion` values; default `{ min: -3, max: 3 }`. */
  emotionScale?: EmotionScale;
  /** Who travels; may be empty. */
  personas?: Persona[];
  /** Columns, in display order; at least one. */
  stages: Stage[];
  /** Which rows show, in what order. */
  lanes?: LaneId[];
  /** The moments; order inside a stage is display order. */
  touchpoints: Touchpoint[];
  /** Journey-level KPIs. */
  metrics?: Metric[];
}

/** One thing the validator found, located by a JSON Pointer into the input. */
export interface Problem {
  /** JSON Pointer (RFC 6901) to the offending value; `""` for the whole document. */
  path: string;
  /** A plain sentence naming the bad value and what was expected. */
  message: string;
  /** Errors stop a journey from rendering; warnings do not. */
  severity: 'error' | 'warning';
  /** For JSON syntax errors: 1-based line of the error. */
  line?: number;
  /** For JSON syntax errors: 1-based column of the error. */
  column?: number;
  /**
   * Set only on a summary problem: how many problems of one kind it stands for that are not
   * listed one by one (`parseJourney` lists at most `MAX_LISTED_PROBLEMS`). Its `path` is
   * the closest location that holds all of them.
   */
  omitted?: number;
}

/** What `parseJourney` returns: the journey when it has no errors, and every problem found. */
export interface ParseResult {
  /** The journey, or `null` when any problem is an error. */
  journey: Journey | null;
  /**
   * The problems found, errors and warnings, in document order; then, when there were too many
   * to list, one summary problem per kind (with `omitted` set) and a note if checking stopped.
   */
  problems: Problem[];
}
