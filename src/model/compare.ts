/**
 * `compareJourneys`: what changed between a baseline journey (as-is, or last quarter's) and the
 * current one — per stage and touchpoint, matched by id. Pure data out; the words are the
 * elements' (`docs/compare.md`).
 *
 * @module
 */
import { metricDirection } from './metric-status.js';
import type { Journey, Metric, MetricDirection, Opportunity, OpportunityStatus, PainPoint, Stage, Touchpoint } from './types.js';

/** How a value moved, read by which way is better. */
export type Verdict = 'improved' | 'worsened' | 'unchanged';

/** A metric matched across the two journeys (by `id`, else by `kind`), or present on one side only. */
export interface MetricChange {
  field: 'metric';
  /** The metric's `id`, or its `kind` when it has no id. */
  key: string;
  kind: string;
  /** The current metric's `label` (else the baseline's), for naming it. */
  label: string | undefined;
  /** Baseline value; absent when the metric is new. */
  from: number | undefined;
  /** Current value; absent when the metric was dropped. */
  to: number | undefined;
  direction: MetricDirection;
  /** `added` / `removed` when only one side has it. */
  verdict: Verdict | 'added' | 'removed';
}

/** A field change of a kept stage or touchpoint. */
export type FieldChange =
  | { field: 'title' | 'name'; from: string; to: string }
  | { field: 'emotion'; from: number | undefined; to: number | undefined; verdict: Verdict | 'added' | 'removed' }
  | MetricChange
  | { field: 'pain-points'; solved: PainPoint[]; new: PainPoint[] }
  | { field: 'opportunity-status'; key: string; text: string; from: OpportunityStatus; to: OpportunityStatus };

/** Where a touchpoint sits: its stage id and its index among that stage's touchpoints. */
export interface Position {
  stage: string;
  index: number;
}

/** One touchpoint's fate between the two journeys. */
export interface TouchpointComparison {
  id: string;
  /** `added`: only in current; `removed`: only in baseline; `kept`: in both. */
  kind: 'added' | 'removed' | 'kept';
  baseline: Touchpoint | undefined;
  current: Touchpoint | undefined;
  /** Baseline position (removed and kept touchpoints): a removed one is drawn as a ghost here. */
  from: Position | undefined;
  /** Current position (added and kept touchpoints). */
  to: Position | undefined;
  /** A kept touchpoint that changed stage, or changed order among the kept touchpoints of its stage. */
  moved: boolean;
  /** What changed in a kept touchpoint; empty when nothing did (or it was added or removed). */
  changes: FieldChange[];
}

/** One stage's fate between the two journeys. */
export interface StageComparison {
  id: string;
  kind: 'added' | 'removed' | 'kept';
  baseline: Stage | undefined;
  current: Stage | undefined;
  /** Baseline index among the stages. */
  from: number | undefined;
  /** Current index among the stages. */
  to: number | undefined;
  /** A kept stage whose order among the kept stages changed. */
  moved: boolean;
  /** Name and stage metric changes. */
  changes: FieldChange[];
}

/** Where a metric delta was measured. */
export type MetricOwner =
  | { kind: 'journey' }
  | { kind: 'stage'; stage: string }
  | { kind: 'touchpoint'; touchpoint: string; stage: string }
  /**
   * The touchpoints of a kept stage, when a kind's metrics there are on touchpoints that were
   * replaced (removed and added) rather than kept: the mean before against the mean after.
   */
  | { kind: 'stage-touchpoints'; stage: string };

/** A metric that has a value on both sides. */
export interface MetricDelta extends MetricChange {
  from: number;
  to: number;
  verdict: Verdict;
  owner: MetricOwner;
}

/** The counts above the map. */
export interface ComparisonSummary {
  added: number;
  removed: number;
  moved: number;
  /** Kept touchpoints with at least one field change. */
  changed: number;
  /** Baseline pain points that no touchpoint of the current journey still has (by text). */
  painPointsSolved: number;
  /** Current pain points the baseline journey did not have (by text). */
  painPointsNew: number;
  /** Every metric with a value on both sides, journey first, then by stage. */
  metricDeltas: MetricDelta[];
}

/** What `compareJourneys` returns. */
export interface JourneyComparison {
  /** Current stages in order, then removed ones at their baseline index. */
  stages: StageComparison[];
  /** Kept and added touchpoints in current order, then removed ones in baseline order. */
  touchpoints: TouchpointComparison[];
  /** Journey-level metric changes. */
  metrics: MetricChange[];
  summary: ComparisonSummary;
}

const painText = (p: PainPoint): string => (typeof p === 'string' ? p : p.text);

/** How `to` compares with `from` when `better` says which way is good. */
function verdictOf(from: number, to: number, direction: MetricDirection): Verdict {
  if (from === to) return 'unchanged';
  return (to > from) === (direction === 'higher-better') ? 'improved' : 'worsened';
}

/** Metrics matched by `id`, else by `kind` (the first of a kind without id matches the first). */
export function compareMetrics(baseline: readonly Metric[] = [], current: readonly Metric[] = []): MetricChange[] {
  const keyOf = (m: Metric) => m.id ?? m.kind;
  const before = new Map<string, Metric>();
  for (const m of baseline) if (!before.has(keyOf(m))) before.set(keyOf(m), m);
  const out: MetricChange[] = [];
  const seen = new Set<string>();
  for (const m of current) {
    const key = keyOf(m);
    if (seen.has(key)) continue;
    seen.add(key);
    const old = before.get(key);
    const direction = metricDirection(m);
    const base = { field: 'metric' as const, key, kind: m.kind, label: m.label ?? old?.label, direction };
    if (!old) out.push({ ...base, from: undefined, to: m.value, verdict: 'added' });
    else if (old.value !== m.value) out.push({ ...base, from: old.value, to: m.value, verdict: verdictOf(old.value, m.value, direction) });
  }
  for (const [key, old] of before) {
    if (!seen.has(key)) out.push({ field: 'metric', key, kind: old.kind, label: old.label, from: old.value, to: undefined, direction: metricDirection(old), verdict: 'removed' });
  }
  return out;
}

/** Multiset difference of texts: the items of `a` not matched one-for-one by an equal text in `b`. */
function unmatched(a: readonly PainPoint[], b: readonly PainPoint[]): PainPoint[] {
  const left = new Map<string, number>();
  for (const p of b) left.set(painText(p), (left.get(painText(p)) ?? 0) + 1);
  return a.filter((p) => {
    const n = left.get(painText(p)) ?? 0;
    if (n === 0) return true;
    left.set(painText(p), n - 1);
    return false;
  });
}

const statusOf = (o: Opportunity): OpportunityStatus => (typeof o === 'string' ? 'open' : (o.status ?? 'open'));
const opportunityText = (o: Opportunity): string => (typeof o === 'string' ? o : o.text);
const opportunityKey = (o: Opportunity): string => (typeof o === 'string' ? o : (o.id ?? o.text));

function touchpointChanges(old: Touchpoint, now: Touchpoint): FieldChange[] {
  const out: FieldChange[] = [];
  if (old.title !== now.title) out.push({ field: 'title', from: old.title, to: now.title });
  if (old.emotion !== now.emotion) {
    const verdict = old.emotion === undefined ? 'added' : now.emotion === undefined ? 'removed' : verdictOf(old.emotion, now.emotion, 'higher-better');
    out.push({ field: 'emotion', from: old.emotion, to: now.emotion, verdict });
  }
  out.push(...compareMetrics(old.metrics, now.metrics));
  const solved = unmatched(old.painPoints ?? [], now.painPoints ?? []);
  const added = unmatched(now.painPoints ?? [], old.painPoints ?? []);
  if (solved.length + added.length > 0) out.push({ field: 'pain-points', solved, new: added });
  const before = new Map((old.opportunities ?? []).map((o) => [opportunityKey(o), o] as const));
  for (const o of now.opportunities ?? []) {
    const was = before.get(opportunityKey(o));
    if (was !== undefined && statusOf(was) !== statusOf(o)) {
      out.push({ field: 'opportunity-status', key: opportunityKey(o), text: opportunityText(o), from: statusOf(was), to: statusOf(o) });
    }
  }
  return out;
}

/** Each touchpoint's stage and index among its stage's touchpoints, in array order. */
function positions(journey: Journey): Map<string, Position> {
  const counts = new Map<string, number>();
  const out = new Map<string, Position>();
  for (const tp of journey.touchpoints) {
    const index = counts.get(tp.stage) ?? 0;
    counts.set(tp.stage, index + 1);
    out.set(tp.id, { stage: tp.stage, index });
  }
  return out;
}

/** Ids of `list` (in order) whose rank among the ids both orders keep differs between them. */
function reordered(before: readonly string[], after: readonly string[]): Set<string> {
  const inAfter = new Set(after);
  const inBefore = new Set(before);
  const a = before.filter((id) => inAfter.has(id));
  const b = after.filter((id) => inBefore.has(id));
  return new Set(a.filter((id, i) => b[i] !== id));
}

/**
 * What changed from `baseline` to `current`. Stages and touchpoints are matched by `id`; a
 * touchpoint is `added`, `removed` (with its old stage and position, for a ghost), or `kept` and
 * then possibly `moved` (other stage, or other order among the kept touchpoints of its stage) and
 * changed (title, emotion, metrics by id or kind, pain points solved and new by text, opportunity
 * status by id or text). The summary counts them and lists every metric delta. Both journeys
 * should be valid (see `parseJourney`); neither is modified.
 */
export function compareJourneys(baseline: Journey, current: Journey): JourneyComparison {
  // -- stages
  const oldStages = new Map(baseline.stages.map((s, i) => [s.id, { stage: s, index: i }] as const));
  const newStageIds = new Set(current.stages.map((s) => s.id));
  const stageMoves = reordered(baseline.stages.map((s) => s.id), current.stages.map((s) => s.id));
  const stages: StageComparison[] = current.stages.map((stage, to) => {
    const old = oldStages.get(stage.id);
    if (!old) return { id: stage.id, kind: 'added', baseline: undefined, current: stage, from: undefined, to, moved: false, changes: [] };
    const changes: FieldChange[] = [];
    if (old.stage.name !== stage.name) changes.push({ field: 'name', from: old.stage.name, to: stage.name });
    changes.push(...compareMetrics(old.stage.metrics, stage.metrics));
    return { id: stage.id, kind: 'kept', baseline: old.stage, current: stage, from: old.index, to, moved: stageMoves.has(stage.id), changes };
  });
  baseline.stages.forEach((stage, from) => {
    if (!newStageIds.has(stage.id)) stages.push({ id: stage.id, kind: 'removed', baseline: stage, current: undefined, from, to: undefined, moved: false, changes: [] });
  });

  // -- touchpoints
  const oldPos = positions(baseline);
  const newPos = positions(current);
  const oldById = new Map(baseline.touchpoints.map((tp) => [tp.id, tp] as const));
  const newIds = new Set(current.touchpoints.map((tp) => tp.id));
  const orderMoves = new Set<string>();
  for (const stage of current.stages) {
    const ids = (j: Journey) => j.touchpoints.filter((tp) => tp.stage === stage.id).map((tp) => tp.id);
    for (const id of reordered(ids(baseline), ids(current))) orderMoves.add(id);
  }
  const touchpoints: TouchpointComparison[] = current.touchpoints.map((tp) => {
    const old = oldById.get(tp.id);
    const to = newPos.get(tp.id);
    if (!old) return { id: tp.id, kind: 'added', baseline: undefined, current: tp, from: undefined, to, moved: false, changes: [] };
    const from = oldPos.get(tp.id);
    const moved = old.stage !== tp.stage || orderMoves.has(tp.id);
    return { id: tp.id, kind: 'kept', baseline: old, current: tp, from, to, moved, changes: touchpointChanges(old, tp) };
  });
  for (const tp of baseline.touchpoints) {
    if (!newIds.has(tp.id)) touchpoints.push({ id: tp.id, kind: 'removed', baseline: tp, current: undefined, from: oldPos.get(tp.id), to: undefined, moved: false, changes: [] });
  }

  const metrics = compareMetrics(baseline.metrics, current.metrics);
  return { stages, touchpoints, metrics, summary: summarise(baseline, current, stages, touchpoints, metrics) };
}

function summarise(baseline: Journey, current: Journey, stages: StageComparison[], touchpoints: TouchpointComparison[], metrics: MetricChange[]): ComparisonSummary {
  const allPain = (j: Journey) => j.touchpoints.flatMap((tp) => tp.painPoints ?? []);
  const deltas: MetricDelta[] = [];
  const push = (changes: readonly FieldChange[], owner: MetricOwner) => {
    for (const c of changes) {
      if (c.field === 'metric' && c.from !== undefined && c.to !== undefined && c.verdict !== 'added' && c.verdict !== 'removed') {
        deltas.push({ ...c, from: c.from, to: c.to, verdict: c.verdict, owner });
      }
    }
  };
  push(metrics, { kind: 'journey' });
  for (const stage of stages) {
    push(stage.changes, { kind: 'stage', stage: stage.id });
    // A kept touchpoint counts in the stage it is in now, whether or not that stage is new.
    for (const t of touchpoints) if (t.kind === 'kept' && t.to?.stage === stage.id) push(t.changes, { kind: 'touchpoint', touchpoint: t.id, stage: stage.id });
    if (stage.kind === 'kept') deltas.push(...replacedMetrics(stage.id, touchpoints.filter((t) => (t.to ?? t.from)?.stage === stage.id)));
  }
  return {
    added: touchpoints.filter((t) => t.kind === 'added').length,
    removed: touchpoints.filter((t) => t.kind === 'removed').length,
    moved: touchpoints.filter((t) => t.moved).length,
    changed: touchpoints.filter((t) => t.changes.length > 0).length,
    painPointsSolved: unmatched(allPain(baseline), allPain(current)).length,
    painPointsNew: unmatched(allPain(current), allPain(baseline)).length,
    metricDeltas: deltas,
  };
}

/**
 * Kinds measured in a stage only on touchpoints that were replaced (removed on one side, added on
 * the other): the mean of the removed ones' values against the mean of the added ones'. A phone
 * line with customer effort 6.1 replaced by a CRM-backed call with 2.4 is a delta worth stating.
 */
function replacedMetrics(stage: string, here: readonly TouchpointComparison[]): MetricDelta[] {
  const values = (kind: 'added' | 'removed') => {
    const byKind = new Map<string, { metric: Metric; values: number[] }>();
    for (const t of here) {
      if (t.kind !== kind) continue;
      for (const m of (kind === 'added' ? t.current : t.baseline)?.metrics ?? []) {
        const entry = byKind.get(m.kind) ?? { metric: m, values: [] };
        entry.values.push(m.value);
        byKind.set(m.kind, entry);
      }
    }
    return byKind;
  };
  const before = values('removed');
  const after = values('added');
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const out: MetricDelta[] = [];
  for (const [kind, now] of after) {
    const old = before.get(kind);
    if (!old) continue;
    const direction = metricDirection(now.metric);
    const from = mean(old.values);
    const to = mean(now.values);
    out.push({ field: 'metric', key: kind, kind, label: now.metric.label ?? old.metric.label, from, to, direction, verdict: verdictOf(from, to, direction), owner: { kind: 'stage-touchpoints', stage } });
  }
  return out;
}
