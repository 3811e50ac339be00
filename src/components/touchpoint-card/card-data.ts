/**
 * Turns whatever a card was given (attributes, properties, a touchpoint that may not have been
 * validated) into plain, trusted data for the template, plus the list of things it ignored.
 * Language-free and DOM-free: words come later from the locale controller.
 */
import { DEFAULT_EMOTION_SCALE, isMetricValueInRange, metricInfo } from '../../model/helpers.js';
import {
  EVIDENCE_LEVELS,
  KNOWN_CHANNELS,
  SEVERITIES,
  type EmotionScale,
  type EvidenceLevel,
  type KnownChannel,
  type Metric,
  type Severity,
} from '../../model/types.js';

/** Everything the card renders, already checked. */
export interface CardView {
  /** The title; `''` when none was given. */
  title: string;
  /** The raw channel string, when one was given. */
  channel?: string;
  /** The channel, when it is one the library names and draws. */
  knownChannel?: KnownChannel;
  /** The emotion, when it is a number inside `scale`. */
  emotion?: number;
  /** The author's word for the feeling. */
  emotionLabel?: string;
  /** True when an emotion was given but ignored: then nothing about emotion is shown. */
  emotionRejected: boolean;
  /** The scale the emotion is read on. */
  scale: EmotionScale;
  /** Free text, shown in comfortable density only. */
  description?: string;
  painPoints: number;
  /** The worst severity among the pain points that have one. */
  highestSeverity?: Severity;
  /** How many pain points have `highestSeverity`. */
  highestSeverityCount: number;
  opportunities: number;
  metrics: Metric[];
  momentOfTruth: boolean;
  evidence?: { level: EvidenceLevel; sampleSize?: number; source?: string };
}

/** Something the card ignored: `name` is the attribute or property path, `reason` a clause. */
export interface CardProblem {
  name: string;
  value: unknown;
  reason: string;
}

/** The raw inputs, typed `unknown` because JavaScript callers can set anything. */
export interface CardInput {
  touchpoint: unknown;
  heading: unknown;
  channel: unknown;
  emotion: unknown;
  emotionLabel: unknown;
  momentOfTruth: unknown;
  evidence: unknown;
  scale: unknown;
}

const SEVERITY_RANK: Record<Severity, number> = { low: 1, medium: 2, high: 3 };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function includes<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

/** A short, safe rendering of any value for a console message. */
export function showValue(value: unknown): string {
  if (typeof value === 'string') {
    const text = value.length > 60 ? `${value.slice(0, 59)}…` : value;
    return JSON.stringify(text);
  }
  if (Array.isArray(value)) return '[array]';
  if (typeof value === 'function') return '[function]';
  if (typeof value === 'object' && value !== null) return '[object]';
  return String(value);
}

/** The scale to use: `value` when it is a usable scale, else the default (and a problem). */
function readScale(value: unknown, problems: CardProblem[]): EmotionScale {
  if (value === undefined || value === null) return DEFAULT_EMOTION_SCALE;
  if (!isRecord(value) || !isFiniteNumber(value.min) || !isFiniteNumber(value.max) || value.min >= value.max) {
    problems.push({ name: 'scale', value, reason: 'expected { min, max } with min < max; using -3 to 3' });
    return DEFAULT_EMOTION_SCALE;
  }
  const scale: EmotionScale = { min: value.min, max: value.max };
  if (isRecord(value.labels)) {
    // Only string labels survive, so a label can never be anything but text.
    const labels: Record<string, string> = {};
    for (const [key, label] of Object.entries(value.labels)) if (typeof label === 'string') labels[key] = label;
    scale.labels = labels;
  }
  return scale;
}

/** A string field: `undefined` when absent, the string when valid, else a problem. */
function readString(value: unknown, name: string, problems: CardProblem[]): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  problems.push({ name, value, reason: 'not a string' });
  return undefined;
}

/**
 * The emotion, when it is a number on the scale. The `emotion` attribute's converter hands over
 * the raw string when it is not a number, so the message can quote what the author wrote.
 */
function readEmotion(value: unknown, name: string, scale: EmotionScale, problems: CardProblem[]): number | 'rejected' | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isFiniteNumber(value)) {
    problems.push({ name, value, reason: 'not a number' });
    return 'rejected';
  }
  if (value < scale.min || value > scale.max) {
    problems.push({ name, value, reason: `outside the scale ${scale.min} to ${scale.max}` });
    return 'rejected';
  }
  return value;
}

function readEvidence(value: unknown, problems: CardProblem[]): CardView['evidence'] {
  if (value === undefined || value === null) return undefined;
  if (!isRecord(value)) {
    problems.push({ name: 'touchpoint.evidence', value, reason: 'not an object' });
    return undefined;
  }
  if (!includes(EVIDENCE_LEVELS, value.level)) {
    problems.push({ name: 'touchpoint.evidence.level', value: value.level, reason: `expected ${EVIDENCE_LEVELS.join(', ')}` });
    return undefined;
  }
  const evidence: NonNullable<CardView['evidence']> = { level: value.level };
  const size = value.sampleSize;
  if (Number.isInteger(size) && (size as number) >= 0) evidence.sampleSize = size as number;
  else if (size !== undefined) problems.push({ name: 'touchpoint.evidence.sampleSize', value: size, reason: 'not an integer of 0 or more' });
  const source = readString(value.source, 'touchpoint.evidence.source', problems);
  if (source) evidence.source = source;
  return evidence;
}

function readMetrics(value: unknown, problems: CardProblem[]): Metric[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    problems.push({ name: 'touchpoint.metrics', value, reason: 'not an array' });
    return [];
  }
  const metrics: Metric[] = [];
  value.forEach((entry: unknown, i) => {
    const name = `touchpoint.metrics[${i}]`;
    if (!isRecord(entry) || typeof entry.kind !== 'string' || !isFiniteNumber(entry.value)) {
      problems.push({ name, value: entry, reason: 'expected { kind: string, value: number }' });
      return;
    }
    if (!isMetricValueInRange(entry.kind, entry.value)) {
      const info = metricInfo(entry.kind);
      problems.push({ name: `${name}.value`, value: entry.value, reason: `outside the range of ${entry.kind} (${info.min} to ${info.max ?? '∞'})` });
      return;
    }
    // A fresh object with only checked fields, so nothing unexpected reaches the formatter.
    const metric: Metric = { kind: entry.kind, value: entry.value };
    if (isFiniteNumber(entry.target)) metric.target = entry.target;
    else if (entry.target !== undefined) problems.push({ name: `${name}.target`, value: entry.target, reason: 'not a number' });
    const unit = readString(entry.unit, `${name}.unit`, problems);
    if (unit !== undefined) metric.unit = unit;
    const label = readString(entry.label, `${name}.label`, problems);
    if (label !== undefined) metric.label = label;
    metrics.push(metric);
  });
  return metrics;
}

/** Counts pain points (or opportunities) and finds the worst severity. */
function countItems(
  value: unknown,
  name: string,
  problems: CardProblem[],
  severity?: { worst?: Severity; count: number },
): number {
  if (value === undefined || value === null) return 0;
  if (!Array.isArray(value)) {
    problems.push({ name, value, reason: 'not an array' });
    return 0;
  }
  let count = 0;
  value.forEach((entry: unknown, i) => {
    if (typeof entry === 'string') {
      count++;
      return;
    }
    if (!isRecord(entry) || typeof entry.text !== 'string') {
      problems.push({ name: `${name}[${i}]`, value: entry, reason: 'expected a string or { text: string }' });
      return;
    }
    count++;
    if (!severity || entry.severity === undefined) return;
    if (!includes(SEVERITIES, entry.severity)) {
      problems.push({ name: `${name}[${i}].severity`, value: entry.severity, reason: `expected ${SEVERITIES.join(', ')}` });
      return;
    }
    const rank = SEVERITY_RANK[entry.severity];
    const worst = severity.worst ? SEVERITY_RANK[severity.worst] : 0;
    if (rank > worst) {
      severity.worst = entry.severity;
      severity.count = 1;
    } else if (rank === worst) {
      severity.count++;
    }
  });
  return count;
}

/**
 * The card's data from its inputs. The touchpoint's fields win over the attributes where the
 * touchpoint has the field (and the field is valid); bad values are dropped and reported.
 */
export function normaliseCard(input: CardInput): { view: CardView; problems: CardProblem[] } {
  const problems: CardProblem[] = [];
  let tp: Record<string, unknown> = {};
  if (isRecord(input.touchpoint)) tp = input.touchpoint;
  else if (input.touchpoint !== undefined && input.touchpoint !== null) {
    problems.push({ name: 'touchpoint', value: input.touchpoint, reason: 'not an object' });
  }

  const scale = readScale(input.scale, problems);
  const pick = (field: string, attribute: string, fallback: unknown): [unknown, string] =>
    tp[field] !== undefined && tp[field] !== null ? [tp[field], `touchpoint.${field}`] : [fallback, attribute];

  const [rawTitle, titleName] = pick('title', 'heading', input.heading);
  let title = readString(rawTitle, titleName, problems);
  if (title === undefined && titleName !== 'heading') title = readString(input.heading, 'heading', problems);

  const [rawChannel, channelName] = pick('channel', 'channel', input.channel);
  let channel = readString(rawChannel, channelName, problems);
  if (channel === undefined && channelName !== 'channel') channel = readString(input.channel, 'channel', problems);
  channel = channel?.trim() || undefined;

  const [rawEmotion, emotionName] = pick('emotion', 'emotion', input.emotion);
  const emotion = readEmotion(rawEmotion, emotionName, scale, problems);

  const [rawLabel, labelName] = pick('emotionLabel', 'emotion-label', input.emotionLabel);
  const emotionLabel = readString(rawLabel, labelName, problems)?.trim() || undefined;

  let momentOfTruth = false;
  const [rawMoment, momentName] = pick('momentOfTruth', 'moment-of-truth', input.momentOfTruth);
  if (typeof rawMoment === 'boolean') momentOfTruth = rawMoment;
  else if (rawMoment !== undefined && rawMoment !== null) problems.push({ name: momentName, value: rawMoment, reason: 'not a boolean' });

  let evidence: CardView['evidence'];
  if (tp.evidence !== undefined && tp.evidence !== null) evidence = readEvidence(tp.evidence, problems);
  else if (input.evidence !== undefined && input.evidence !== null && input.evidence !== '') {
    if (includes(EVIDENCE_LEVELS, input.evidence)) evidence = { level: input.evidence };
    else problems.push({ name: 'evidence', value: input.evidence, reason: `expected ${EVIDENCE_LEVELS.join(', ')}` });
  }

  const severity: { worst?: Severity; count: number } = { count: 0 };
  const painPoints = countItems(tp.painPoints, 'touchpoint.painPoints', problems, severity);
  const opportunities = countItems(tp.opportunities, 'touchpoint.opportunities', problems);

  const view: CardView = {
    title: title ?? '',
    channel,
    knownChannel: includes(KNOWN_CHANNELS, channel) ? channel : undefined,
    emotion: typeof emotion === 'number' ? emotion : undefined,
    emotionLabel,
    emotionRejected: emotion === 'rejected',
    scale,
    description: readString(tp.description, 'touchpoint.description', problems)?.trim() || undefined,
    painPoints,
    highestSeverity: severity.worst,
    highestSeverityCount: severity.count,
    opportunities,
    metrics: readMetrics(tp.metrics, problems),
    momentOfTruth,
    evidence,
  };
  return { view, problems };
}
