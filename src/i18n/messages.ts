import type {
  EvidenceLevel,
  JourneyState,
  JourneySubject,
  KnownChannel,
  KnownMetricKind,
  LaneId,
  MetricDirection,
  OpportunityStatus,
  Severity,
} from '../model/types.js';
import type { Verdict } from '../model/compare.js';
import type { MetricStatusKind } from '../model/metric-status.js';
import type { Quadrant } from '../model/opportunities.js';
import type { EmotionBand } from './emotion.js';

/** Punctuation that joins words into names and sentences; it differs by script. */
export interface Punctuation {
  /** "Evidence: Validated". */
  labelled(label: string, value: string): string;
  /** "1 pain point (High: 1)". */
  detail(main: string, extra: string): string;
  /** After a label whose value follows as separate text: ": " (Latin), "：" (Chinese). */
  colon: string;
  /** Between the parts of a name or sentence: ", " (Latin), "، " (Arabic), "，" (Chinese). */
  separator: string;
  /** Between the items of a list read as one name: "; " (Latin), "؛ " (Arabic), "；" (Chinese). */
  listSeparator: string;
  /** Ends a sentence. */
  end: string;
}

/** How a touchpoint or stage fared between a baseline journey and the current one. */
export type ChangeKind = 'added' | 'removed' | 'moved' | 'changed' | 'unchanged';

/**
 * Every built-in string. Each locale file returns this type, so a missing or misspelt string is a
 * compile error. Strings with values are functions; numbers are passed as numbers and formatted by
 * the locale (digits, minus sign U+2212); other values arrive already formatted.
 */
export interface Messages {
  /** How words are joined in names and sentences (hidden prefixes, lists, summaries). */
  punctuation: Punctuation;
  /** Said for a cell that holds nothing. */
  none: string;
  /** Built-in feeling words, one per band of the emotion scale. */
  emotions: Record<EmotionBand, string>;
  /** Row headings of the map. */
  lanes: Record<LaneId, string>;
  /** Channel names; `other` for any channel the library does not know. */
  channels: Record<KnownChannel | 'other', string>;
  /** Built-in metric names (a metric's own `label` wins). */
  metrics: Record<KnownMetricKind, string>;
  /** Evidence level names. */
  evidenceLevels: Record<EvidenceLevel, string>;
  /** Pain point severities, as short labels. */
  severities: Record<Severity, string>;
  /** Whose journey. */
  subjects: Record<JourneySubject, string>;
  /** As-is or to-be map. */
  states: Record<JourneyState, string>;

  stage: string;
  persona: string;
  touchpoint: string;
  channel: string;
  emotion: string;
  momentOfTruth: string;
  evidence: string;
  /** "Sample size 12". */
  sampleSize: (n: number) => string;
  source: string;
  severity: string;
  /** "Impact 4 of 5". */
  impact: (n: number) => string;
  /** "Effort 2 of 5". */
  effort: (n: number) => string;
  owner: string;
  /** "target 80 %"; the value comes formatted. */
  target: (value: string) => string;
  /** "CSAT: 4.2, target 4.5"; values come formatted. */
  metricText: (name: string, value: string, target?: string) => string;

  /** "Persona: Maria Lind, First-time buyer" (role optional). */
  personaLabel: (name: string, role?: string) => string;
  goals: string;
  frustrations: string;
  needs: string;
  quote: string;
  quotes: string;
  description: string;

  painPointCount: (n: number) => string;
  opportunityCount: (n: number) => string;
  touchpointCount: (n: number) => string;
  problemCount: (n: number) => string;

  /** "−3 of −3 to 3". */
  emotionValue: (value: number, min: number, max: number) => string;
  /** Joins the value text and the feeling word: "−3 of −3 to 3, frustrated". */
  emotionDescription: (valueText: string, word: string) => string;
  /** "Range −2 to 1": the spread of a feeling. */
  range: (min: number, max: number) => string;
  emotionCurve: string;
  emotionOverJourney: string;
  notMeasured: string;
  /** Name of one persona's line in the curve. */
  curveSeries: (persona: string) => string;
  /** Name of one point of the curve: "Checkout: −2 of −3 to 3, unhappy". */
  curvePoint: (title: string, description: string) => string;

  allPersonas: string;
  showOnly: (persona: string) => string;
  showingAllPersonas: string;
  /** The `persona` filter names no persona of the journey: "No persona “nobody” in this journey: showing all personas". */
  unknownPersona: (id: string) => string;
  showingPersona: (persona: string) => string;
  loading: string;
  empty: string;
  /** "The journey could not be shown: 3 problems". */
  invalid: (problems: number) => string;
  showProblems: string;
  hideProblems: string;
  close: string;
  details: string;
  nextSteps: string;
  goTo: (title: string) => string;
  openLink: string;
  leadsTo: string;
  loopsBackTo: string;
  /** "Stage 2 of 5: Purchase". */
  stageOf: (n: number, total: number, name: string) => string;
  journeyMetrics: string;
  stageMetrics: string;

  // -- The living map: current vs future, live metrics, opportunities (issue #14)

  /** Marks of a touchpoint or stage compared with a baseline: "added", "removed", "moved"… */
  changeKinds: Record<ChangeKind, string>;
  /** How a value moved, read by which way is better: "improved", "worsened", "unchanged". */
  verdicts: Record<Verdict, string>;
  /** "higher is better", "lower is better". */
  directions: Record<MetricDirection, string>;
  /** A value against its target: "met", "close", "missed", "no target". */
  metricStatuses: Record<MetricStatusKind, string>;
  /** Said of a value older than `stale-after`. */
  stale: string;
  /** "as of 30 Nov, 09:00"; the time comes formatted. */
  asOf: (time: string) => string;
  /** A live metric's series, from its first point to its last: "trending up", "trending down", "steady". */
  trends: Record<'up' | 'down' | 'flat', string>;
  /** Announced when more than three live metrics change status at once: "5 metrics changed status". */
  metricStatusChanges: (n: number) => string;
  /** "Emotion −3 → 1". */
  emotionChange: (from: number, to: number) => string;
  /** "Customer effort 6.1 → 2.4, lower is better: improved"; values come formatted. */
  metricChange: (metric: string, from: string, to: string, direction: MetricDirection, verdict: Verdict) => string;
  /** Summary counts: "2 touchpoints added", "1 touchpoint moved". */
  changeCount: (kind: Exclude<ChangeKind, 'unchanged'>, n: number) => string;
  /** "3 pain points solved". */
  painPointsSolved: (n: number) => string;
  /** "1 new pain point": pain points the baseline did not have. */
  painPointsNew: (n: number) => string;
  /** "Title Phone line → CRM call"; the titles come isolated. */
  titleChange: (from: string, to: string) => string;
  /** "Chatbot: Open → Done" (an opportunity's status); the words come ready. */
  statusChange: (what: string, from: string, to: string) => string;
  /** Heading of the comparison summary: "Compared with Shopping: as is"; the title comes isolated. */
  comparedWith: (baseline: string) => string;
  /** The summary when no touchpoint changed. */
  noChanges: string;
  /** Key of the baseline's emotion lines drawn over the current curve. */
  baselineLineKey: string;
  /** Name of the baseline map's grid side by side: "Baseline: Shopping: as is". */
  baselineGrid: (title: string) => string;
  /** Name of the current map's grid side by side: "Current: Shopping: to be". */
  currentGrid: (title: string) => string;

  /**
   * Quadrant names of the impact × effort matrix. Soft hyphens (`\u00ad`) mark where a long word
   * may break with a hyphen in a small matrix (browsers without hyphenation dictionaries would
   * otherwise break it anywhere); they are left out of accessible names.
   */
  quadrants: Record<Quadrant, string>;
  /** Opportunity status names. */
  opportunityStatuses: Record<OpportunityStatus, string>;
  /** Name of the impact × effort matrix. */
  opportunityMatrix: string;
  /** "Impact × effort matrix of 5 opportunities": the matrix's description. */
  matrixDescription: (n: number) => string;
  /** How to move between the matrix's points. */
  matrixKeys: string;
  /** Axis labels. */
  impactAxis: string;
  effortAxis: string;
  /** Column of impact ÷ effort. */
  ratio: string;
  /** Label of the status filter. */
  statusFilter: string;
  /** Label of the matrix / table switch, and its two choices. */
  view: string;
  matrixView: string;
  tableView: string;
  /** Caption of the ranked table. */
  opportunityTable: string;
  rank: string;
  opportunity: string;
  /** Column of the pain points an opportunity answers. */
  painPointsAnswered: string;
  /** An opportunity without impact or effort. */
  notRated: string;
  /** "2 opportunities without impact and effort are only in the table". */
  unratedCount: (n: number) => string;
  /** No opportunity passes the status filter. */
  noOpportunities: string;
}

/** Locale-bound helpers a catalogue uses to build its strings. */
export interface Formatters<C extends Intl.LDMLPluralRule> {
  /** A number in the locale's digits and separators, negatives with U+2212. */
  n(value: number): string;
  /** The form for `count` by the locale's plural rules; each form gets the formatted count. */
  plural(count: number, forms: Record<C, (count: string) => string>): string;
}

/**
 * A locale file: builds the catalogue from locale-bound formatters. `C` lists exactly the plural
 * categories the language uses, so a missing form (Polish `few`, Arabic `two`…) does not compile.
 */
export type MessageFactory<C extends Intl.LDMLPluralRule> = (f: Formatters<C>) => Messages;
