/**
 * Pure helpers over a valid {@link Journey}: what every element would otherwise re-derive
 * (scale defaults, lane choice, display order, paths, metric formats, URL safety).
 *
 * No DOM, no Node, no language: words for emotions, channels and metrics belong to i18n.
 * Unless stated, a helper expects a journey that `parseJourney` accepted; on other input it
 * does not throw but may skip what it cannot make sense of.
 *
 * @module
 */
import {
  KNOWN_METRIC_KINDS,
  LANE_IDS,
  type EmotionScale,
  type Journey,
  type KnownMetricKind,
  type LaneId,
  type Metric,
  type Stage,
  type Touchpoint,
} from './types.js';

// ---------------------------------------------------------------------------------------------
// Emotion scale

/** The scale used when a journey has no `emotionScale`: -3 (worst) to 3 (best). */
export const DEFAULT_EMOTION_SCALE: Readonly<{ min: number; max: number }> = Object.freeze({ min: -3, max: 3 });

/** An emotion scale with every part filled in. */
export interface ResolvedEmotionScale {
  /** Lowest value (worst feeling). */
  min: number;
  /** Highest value (best feeling). */
  max: number;
  /** Words for points on the scale keyed by the integer as a string; `{}` when none. */
  labels: Readonly<Record<string, string>>;
}

/** The journey's emotion scale with defaults filled in (`-3`…`3`, no labels). */
export function emotionScaleOf(journey: Pick<Journey, 'emotionScale'>): ResolvedEmotionScale {
  const scale = journey.emotionScale;
  return {
    min: scale?.min ?? DEFAULT_EMOTION_SCALE.min,
    max: scale?.max ?? DEFAULT_EMOTION_SCALE.max,
    labels: scale?.labels ?? {},
  };
}

/**
 * The scale's own word for an emotion value: the label of the nearest integer, when the scale
 * labels that integer; otherwise `undefined` (the caller then falls back to i18n's built-in
 * words — the model stays language-free).
 *
 * @example emotionLabelFor(1.8, { min: 1, max: 5, labels: { '2': 'Meh' } }) === 'Meh'
 */
export function emotionLabelFor(value: number, scale: EmotionScale | ResolvedEmotionScale): string | undefined {
  if (!Number.isFinite(value) || !scale.labels) return undefined;
  const key = String(Math.round(value) || 0); // `|| 0` turns -0 into "0"
  return Object.hasOwn(scale.labels, key) ? scale.labels[key] : undefined;
}

/**
 * Where `value` sits on the scale: 0 at `min`, 1 at `max`, clamped to 0…1 (for drawing the
 * emotion curve). A degenerate scale (min ≥ max) gives 0.5.
 */
export function emotionPosition(value: number, scale: Pick<EmotionScale, 'min' | 'max'>): number {
  const span = scale.max - scale.min;
  if (!(span > 0) || !Number.isFinite(value)) return 0.5;
  return Math.min(1, Math.max(0, (value - scale.min) / span));
}

/**
 * The value that separates negative from positive feelings on a scale: 0 when 0 lies strictly
 * inside the scale (so -3…3 and -2…5 are centred on 0), otherwise the scale's midpoint (so
 * 1…5 is centred on 3 and 0…10 on 5 — a scale starting at 0 is read as "0 = worst").
 */
export function emotionNeutralPoint(scale: Pick<EmotionScale, 'min' | 'max'>): number {
  return scale.min < 0 && scale.max > 0 ? 0 : (scale.min + scale.max) / 2;
}

/** Whether a feeling is bad, neither, or good. */
export type EmotionBand = 'negative' | 'neutral' | 'positive';

/**
 * Whether `value` is below, at, or above the scale's neutral point
 * (see {@link emotionNeutralPoint}). Used for colour and for non-colour cues (icons, patterns).
 */
export function emotionBand(value: number, scale: Pick<EmotionScale, 'min' | 'max'>): EmotionBand {
  const neutral = emotionNeutralPoint(scale);
  if (value < neutral) return 'negative';
  if (value > neutral) return 'positive';
  return 'neutral';
}

// ---------------------------------------------------------------------------------------------
// Lanes

function hasItems(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0;
}

/** Whether any touchpoint of the journey has content for `lane` (`touchpoints` always has). */
export function laneIsFilled(journey: Pick<Journey, 'touchpoints'>, lane: LaneId): boolean {
  const tps = journey.touchpoints ?? [];
  switch (lane) {
    case 'touchpoints':
      return true;
    case 'actions':
      return tps.some((t) => hasItems(t.actions));
    case 'thoughts':
      return tps.some((t) => hasItems(t.thoughts));
    case 'emotions':
      return tps.some((t) => t.emotion !== undefined || t.emotionRange !== undefined || t.emotionLabel !== undefined);
    case 'pain-points':
      return tps.some((t) => hasItems(t.painPoints));
    case 'opportunities':
      return tps.some((t) => hasItems(t.opportunities));
    case 'backstage':
      return tps.some((t) => hasItems(t.backstage));
    case 'metrics':
      return tps.some((t) => hasItems(t.metrics));
  }
}

/** Whether `name` is one of {@link LANE_IDS}. */
export function isLaneId(name: unknown): name is LaneId {
  return typeof name === 'string' && (LANE_IDS as readonly string[]).includes(name);
}

/**
 * Splits a lane list as written in an attribute (`"touchpoints, emotions,pain-points"`) into
 * known lane ids, in order, without duplicates; unknown names are dropped.
 */
export function parseLaneList(list: string | readonly string[]): LaneId[] {
  const names = typeof list === 'string' ? list.split(',') : list;
  const out: LaneId[] = [];
  for (const raw of names) {
    const name = typeof raw === 'string' ? raw.trim() : raw;
    if (isLaneId(name) && !out.includes(name)) out.push(name);
  }
  return out;
}

/**
 * The lanes (rows) to draw, in order.
 *
 * 1. `override` (an attribute's comma list or an array) when it names at least one known lane;
 *    unknown names are dropped, and an override naming none is ignored.
 * 2. otherwise the journey's `lanes`, when present;
 * 3. otherwise {@link LANE_IDS} in order, leaving out lanes no touchpoint fills.
 *
 * The `touchpoints` lane always shows: an explicit list that omits it gets it added at the front.
 */
export function lanesToShow(journey: Pick<Journey, 'touchpoints' | 'lanes'>, override?: string | readonly string[]): LaneId[] {
  let lanes = override === undefined ? [] : parseLaneList(override);
  if (lanes.length === 0 && journey.lanes) lanes = parseLaneList(journey.lanes);
  if (lanes.length === 0) return LANE_IDS.filter((lane) => laneIsFilled(journey, lane));
  return lanes.includes('touchpoints') ? lanes : ['touchpoints', ...lanes];
}

// ---------------------------------------------------------------------------------------------
// Lookups and order

/** Stage id → its index in `journey.stages` (display order). */
export function stageIndexById(journey: Pick<Journey, 'stages'>): Map<string, number> {
  const map = new Map<string, number>();
  (journey.stages ?? []).forEach((stage, i) => {
    if (!map.has(stage.id)) map.set(stage.id, i);
  });
  return map;
}

/** Touchpoint id → touchpoint. */
export function touchpointById(journey: Pick<Journey, 'touchpoints'>): Map<string, Touchpoint> {
  const map = new Map<string, Touchpoint>();
  for (const tp of journey.touchpoints ?? []) if (!map.has(tp.id)) map.set(tp.id, tp);
  return map;
}

/** The ids of the journey's personas, in order (`[]` when it has none). */
export function personaIds(journey: Pick<Journey, 'personas'>): string[] {
  return (journey.personas ?? []).map((p) => p.id);
}

/**
 * The ids of the personas a touchpoint belongs to: its `persona` (one id or several), or every
 * persona of the journey when it names none.
 */
export function personaIdsOf(touchpoint: Pick<Touchpoint, 'persona'>, journey: Pick<Journey, 'personas'>): string[] {
  const p = touchpoint.persona;
  if (p === undefined) return personaIds(journey);
  return typeof p === 'string' ? [p] : [...p];
}

/** Options shared by the ordering helpers. */
export interface PersonaFilter {
  /** Only touchpoints this persona meets (touchpoints without `persona` are met by all). Omit for all touchpoints. */
  persona?: string;
}

/**
 * The touchpoints in display order — by stage order, then by their order in `touchpoints` — and,
 * with `persona`, only those that persona meets. Touchpoints whose stage is unknown are left out.
 */
export function touchpointsFor(journey: Pick<Journey, 'stages' | 'touchpoints' | 'personas'>, options: PersonaFilter = {}): Touchpoint[] {
  return touchpointsByStage(journey, options).flatMap((group) => group.touchpoints);
}

/** One column of the map: a stage and its touchpoints in display order. */
export interface StageGroup {
  /** The stage. */
  stage: Stage;
  /** Index of the stage in `journey.stages`. */
  index: number;
  /** Its touchpoints (filtered by persona when asked), in array order. May be empty. */
  touchpoints: Touchpoint[];
}

/**
 * The touchpoints grouped by stage, as an array in stage order (every stage is present, even
 * an empty one, so columns line up). An array rather than a Map because order is the point.
 */
export function touchpointsByStage(journey: Pick<Journey, 'stages' | 'touchpoints' | 'personas'>, options: PersonaFilter = {}): StageGroup[] {
  const stages = journey.stages ?? [];
  const groups: StageGroup[] = stages.map((stage, index) => ({ stage, index, touchpoints: [] }));
  const index = stageIndexById(journey);
  for (const tp of journey.touchpoints ?? []) {
    const i = index.get(tp.stage);
    if (i === undefined) continue;
    if (options.persona !== undefined && !personaIdsOf(tp, journey).includes(options.persona)) continue;
    groups[i].touchpoints.push(tp);
  }
  return groups;
}

// ---------------------------------------------------------------------------------------------
// Paths

/** How an edge of a path runs across the columns. */
export type PathEdgeKind = 'forward' | 'loop' | 'same-stage';

/** One step of a path from one touchpoint to another. */
export interface PathEdge {
  /** Id of the touchpoint the step leaves. */
  from: string;
  /** Id of the touchpoint the step reaches. */
  to: string;
  /**
   * The personas who take this step, in the journey's persona order: for implicit paths the
   * personas whose path contains it; for explicit `next` edges the personas who meet both
   * touchpoints. Empty when the journey has no personas.
   */
  personas: string[];
  /**
   * `forward` when `to` sits in a later stage, `same-stage` in the same stage (including a
   * touchpoint pointing at itself), `loop` in an earlier stage.
   */
  kind: PathEdgeKind;
  /** Whether the edge comes from a `next` list (true) or from the default order (false). */
  explicit: boolean;
}

/** Whether any touchpoint of the journey has a `next` list (then paths are exactly those edges). */
export function hasExplicitPaths(journey: Pick<Journey, 'touchpoints'>): boolean {
  return (journey.touchpoints ?? []).some((tp) => tp.next !== undefined);
}

/**
 * The edges of the journey's paths, each once.
 *
 * - If any touchpoint has `next`, the edges are exactly the `next` edges (branches, loops),
 *   ordered by the source's display order, then by position in its `next` list. Edges to
 *   unknown touchpoints are skipped.
 * - Otherwise each persona's path joins its touchpoints in display order (see
 *   {@link touchpointsFor}); an edge several personas share appears once, listing them all.
 *   A journey without personas has one path through every touchpoint.
 *
 * With `persona`, only the edges that persona takes, and `personas` is `[persona]`.
 */
export function pathEdges(journey: Pick<Journey, 'stages' | 'touchpoints' | 'personas'>, options: PersonaFilter = {}): PathEdge[] {
  const order = touchpointsFor(journey);
  const position = new Map<string, number>();
  order.forEach((tp, i) => {
    if (!position.has(tp.id)) position.set(tp.id, i);
  });
  const stageIndex = stageIndexById(journey);
  const byId = touchpointById(journey);
  const kindOf = (from: Touchpoint, to: Touchpoint): PathEdgeKind => {
    const a = stageIndex.get(from.stage) ?? 0;
    const b = stageIndex.get(to.stage) ?? 0;
    return b > a ? 'forward' : b < a ? 'loop' : 'same-stage';
  };
  const wanted = options.persona;
  const all = personaIds(journey);
  const edges: PathEdge[] = [];

  if (hasExplicitPaths(journey)) {
    for (const from of order) {
      const seen = new Set<string>();
      for (const toId of from.next ?? []) {
        const to = byId.get(toId);
        if (!to || seen.has(toId)) continue;
        seen.add(toId);
        const toPersonas = personaIdsOf(to, journey);
        let personas = personaIdsOf(from, journey).filter((p) => toPersonas.includes(p));
        personas = all.filter((p) => personas.includes(p)); // journey order
        if (wanted !== undefined) {
          if (!personas.includes(wanted)) continue;
          personas = [wanted];
        }
        edges.push({ from: from.id, to: to.id, personas, kind: kindOf(from, to), explicit: true });
      }
    }
    return edges;
  }

  const travellers: (string | undefined)[] = wanted !== undefined ? [wanted] : all.length > 0 ? all : [undefined];
  const byKey = new Map<string, PathEdge>();
  for (const persona of travellers) {
    const path = persona === undefined ? order : order.filter((tp) => personaIdsOf(tp, journey).includes(persona));
    for (let i = 1; i < path.length; i++) {
      const from = path[i - 1];
      const to = path[i];
      const key = JSON.stringify([from.id, to.id]);
      let edge = byKey.get(key);
      if (!edge) {
        edge = { from: from.id, to: to.id, personas: [], kind: kindOf(from, to), explicit: false };
        byKey.set(key, edge);
        edges.push(edge);
      }
      if (persona !== undefined && !edge.personas.includes(persona)) edge.personas.push(persona);
    }
  }
  const at = (id: string): number => position.get(id) ?? Number.MAX_SAFE_INTEGER;
  return edges.sort((a, b) => at(a.from) - at(b.from) || at(a.to) - at(b.to));
}

// ---------------------------------------------------------------------------------------------
// Metrics

/** How a metric value is written. */
export type MetricFormat = 'percent' | 'signed' | 'decimal' | 'seconds' | 'plain';

/** What the library knows about a metric kind. */
export interface MetricInfo {
  /** Whether the kind is one of {@link KNOWN_METRIC_KINDS}. */
  known: boolean;
  /** The kind, as given. */
  kind: string;
  /** Lowest valid value, for known kinds with one. */
  min?: number;
  /** Highest valid value, for known kinds with one. */
  max?: number;
  /**
   * `percent`: a 0–1 ratio shown as 42 %; `signed`: NPS, shown with + or −; `decimal`: a score
   * such as CSAT 4.6; `seconds`: a duration; `plain`: an unknown kind, shown as is with its unit.
   */
  format: MetricFormat;
  /** Whether higher values are better (CES, drop-off and time on task: lower is better). Absent for unknown kinds. */
  better?: 'higher' | 'lower';
}

const METRIC_TABLE: Record<KnownMetricKind, Omit<MetricInfo, 'known' | 'kind'>> = {
  csat: { min: 1, max: 5, format: 'decimal', better: 'higher' },
  nps: { min: -100, max: 100, format: 'signed', better: 'higher' },
  ces: { min: 1, max: 7, format: 'decimal', better: 'lower' },
  conversion: { min: 0, max: 1, format: 'percent', better: 'higher' },
  retention: { min: 0, max: 1, format: 'percent', better: 'higher' },
  'drop-off': { min: 0, max: 1, format: 'percent', better: 'lower' },
  'time-on-task': { min: 0, format: 'seconds', better: 'lower' },
};

/** Whether `kind` is one of {@link KNOWN_METRIC_KINDS}. */
export function isKnownMetricKind(kind: unknown): kind is KnownMetricKind {
  return typeof kind === 'string' && (KNOWN_METRIC_KINDS as readonly string[]).includes(kind);
}

/** Range, format and direction of a metric (or of a metric kind given as a string). */
export function metricInfo(metric: Pick<Metric, 'kind'> | string): MetricInfo {
  const kind = typeof metric === 'string' ? metric : metric.kind;
  if (!isKnownMetricKind(kind)) return { known: false, kind, format: 'plain' };
  return { known: true, kind, ...METRIC_TABLE[kind] };
}

/** Whether `value` is a valid value for the metric kind (any finite number for unknown kinds). */
export function isMetricValueInRange(kind: string, value: number): boolean {
  if (!Number.isFinite(value)) return false;
  const info = metricInfo(kind);
  return (info.min === undefined || value >= info.min) && (info.max === undefined || value <= info.max);
}

// ---------------------------------------------------------------------------------------------
// URLs

/** Where a URL is used: an `<img>` source (`avatar`) or a link (`link`). */
export type UrlKind = 'avatar' | 'link';

/** C0 controls and DEL: browsers drop tabs and newlines inside URLs, which can hide a scheme. */
const CONTROL_CHARS = /[\u0000-\u001F\u007F]/;
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;

/**
 * Why a URL is not safe for `kind`, as a clause for a message, or `null` when it is safe.
 * The one URL rule of the library: {@link isSafeUrl} and `parseJourney` both use it, and the
 * JSON Schema's `pattern`s express the same rule.
 *
 * After trimming white space, a URL must contain no control characters and be absolute with
 * the scheme (any letter case) `https://` or `http://` — or, for an avatar, `data:image/`.
 * Relative URLs are refused: there is no base to resolve them against.
 */
export function explainUnsafeUrl(url: unknown, kind: UrlKind): string | null {
  const allowed = kind === 'avatar' ? 'https:, http: or data:image/' : 'https: or http:';
  if (typeof url !== 'string') return `it is not a string; expected an absolute ${allowed} URL`;
  const t = url.trim();
  if (t === '') return `it is empty; expected an absolute ${allowed} URL`;
  if (CONTROL_CHARS.test(t)) {
    return `it contains control characters (such as a tab or line break), which browsers silently drop; expected an absolute ${allowed} URL`;
  }
  const scheme = SCHEME.exec(t);
  if (!scheme) {
    return `it is a relative URL, and there is no base to resolve it against; expected an absolute ${allowed} URL`;
  }
  const name = scheme[1].toLowerCase();
  if (name === 'https' || name === 'http') {
    return t.slice(scheme[0].length).startsWith('//')
      ? null
      : `it lacks the // after "${scheme[1]}:"; expected an absolute ${allowed} URL such as https://example.org/`;
  }
  if (kind === 'avatar' && name === 'data') {
    return /^data:image\//i.test(t) ? null : `a data: URL for an avatar must be an image (data:image/…); expected ${allowed}`;
  }
  return `the scheme "${shortScheme(scheme[1])}:" is not allowed; expected ${allowed}`;
}

function shortScheme(s: string): string {
  return s.length > 20 ? s.slice(0, 19) + '…' : s;
}

/**
 * Whether `url` is safe to put in an `<img src>` (`avatar`) or an `<a href>` (`link`): the exact
 * check the validator applies (see {@link explainUnsafeUrl}). Elements call it again before
 * rendering, so a journey that skipped validation still cannot inject a `javascript:` URL.
 */
export function isSafeUrl(url: unknown, kind: UrlKind): url is string {
  return explainUnsafeUrl(url, kind) === null;
}
