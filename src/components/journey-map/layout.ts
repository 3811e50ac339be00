/**
 * The map's layout as pure data: which lanes show, which stage owns which touchpoint columns,
 * which path edges connect which columns. Computed once per journey / persona / lanes change
 * (the element memoises it), never on a focus move.
 */
import {
  lanesToShow,
  pathEdges,
  personaIdsOf,
  touchpointsByStage,
  type Journey,
  type LaneId,
  type PathEdge,
  type Persona,
  type Stage,
  type Touchpoint,
} from '../../model/core.js';
import { personaColorVarAt } from '../../theme/index.js';
import type { EmotionPoint, EmotionSeries } from '../emotion-curve/emotion-curve.js';
import type { GridShape } from './keyboard.js';

/** A stage heading and the columns under it. */
export interface StageSpan {
  stage: Stage;
  /** Index in `journey.stages`. */
  index: number;
  /** First column. */
  start: number;
  /** Number of columns: its touchpoints, at least 1. */
  span: number;
  /** A stage only the baseline has, drawn in its old place while comparing (`index` is then its baseline index). */
  ghost?: true;
}

/** One touchpoint column (or the single empty column of a stage without touchpoints). */
export interface MapColumn {
  index: number;
  /** Index into {@link MapLayout.stages}. */
  stage: number;
  touchpoint: Touchpoint | null;
  /** The column of a touchpoint only the baseline has (removed), drawn in its old place while comparing. */
  ghost?: true;
}

/** A path edge placed on the grid. */
export interface PlacedEdge extends PathEdge {
  fromCol: number;
  toCol: number;
}

/** Everything the element draws, derived from the journey and its filters. */
export interface MapLayout {
  lanes: LaneId[];
  stages: StageSpan[];
  columns: MapColumn[];
  /** Touchpoint id → column. */
  columnOf: ReadonlyMap<string, number>;
  /** Edges whose ends are both on the map. */
  edges: PlacedEdge[];
  /** For keyboard navigation. */
  shape: GridShape;
  /** The persona filter in effect: `null` for everyone (also when the asked id is unknown). */
  persona: string | null;
  /** Number of touchpoints on the map (ghosts not counted). */
  touchpointCount: number;
}

/**
 * What a comparison adds to the layout: the baseline's removed touchpoints (and stages), each
 * drawn as a ghost column in its old place (`compareJourneys` gives their `from` positions).
 */
export interface Ghosts {
  /** Removed touchpoints: the touchpoint, its baseline stage id and its index among that stage's touchpoints. */
  touchpoints: readonly { touchpoint: Touchpoint; stage: string; index: number }[];
  /** Removed stages and their baseline index among the stages. */
  stages: readonly { stage: Stage; index: number }[];
}

/** Filters that change the layout. */
export interface LayoutOptions {
  /** Persona id; unknown ids show everyone. */
  persona?: string | null;
  /** Comma list overriding the journey's lanes. */
  lanes?: string | null;
  /** Removed touchpoints and stages of a baseline journey, laid out as ghost columns. */
  ghosts?: Ghosts | null;
}

/** The persona filter that applies: `persona` when the journey has that persona, else `null`. */
export function effectivePersona(journey: Pick<Journey, 'personas'>, persona: string | null | undefined): string | null {
  if (!persona) return null;
  return (journey.personas ?? []).some((p) => p.id === persona) ? persona : null;
}

/** A stage's touchpoints as the layout places them, ghosts among them. */
interface PlacedGroup {
  stage: Stage;
  index: number;
  ghost: boolean;
  touchpoints: { touchpoint: Touchpoint; ghost: boolean }[];
}

/**
 * The stages in order with their touchpoints, the ghosts inserted: a removed stage at its
 * baseline index (counted among the stages shown), a removed touchpoint at its baseline index
 * among its stage's touchpoints (counted among those shown, so it lands after the ones that were
 * before it). Ghosts follow the persona filter like any touchpoint.
 */
function placedGroups(journey: Journey, persona: string | null, ghosts: Ghosts | null | undefined): PlacedGroup[] {
  const filter = persona === null ? {} : { persona };
  const groups: PlacedGroup[] = touchpointsByStage(journey, filter).map((g) => ({
    stage: g.stage,
    index: g.index,
    ghost: false,
    touchpoints: g.touchpoints.map((touchpoint) => ({ touchpoint, ghost: false })),
  }));
  if (!ghosts) return groups;
  for (const { stage, index } of [...ghosts.stages].sort((a, b) => a.index - b.index)) {
    groups.splice(Math.min(index, groups.length), 0, { stage, index, ghost: true, touchpoints: [] });
  }
  const byStage = new Map(groups.map((g) => [g.stage.id, g] as const));
  for (const ghost of [...ghosts.touchpoints].sort((a, b) => a.index - b.index)) {
    const group = byStage.get(ghost.stage);
    if (!group) continue;
    if (persona !== null && !personaIdsOf(ghost.touchpoint, journey).includes(persona)) continue;
    group.touchpoints.splice(Math.min(ghost.index, group.touchpoints.length), 0, { touchpoint: ghost.touchpoint, ghost: true });
  }
  return groups;
}

/** Lays the journey out as lanes × columns, with the ghosts of a comparison when given. */
export function computeLayout(journey: Journey, options: LayoutOptions = {}): MapLayout {
  const persona = effectivePersona(journey, options.persona);
  const filter = persona === null ? {} : { persona };
  const lanes = lanesToShow(journey, options.lanes ?? undefined);
  const stages: StageSpan[] = [];
  const columns: MapColumn[] = [];
  const columnOf = new Map<string, number>();
  let touchpointCount = 0;
  for (const group of placedGroups(journey, persona, options.ghosts)) {
    const stageIdx = stages.length;
    stages.push({ stage: group.stage, index: group.index, start: columns.length, span: Math.max(1, group.touchpoints.length), ...(group.ghost ? { ghost: true as const } : {}) });
    if (group.touchpoints.length === 0) columns.push({ index: columns.length, stage: stageIdx, touchpoint: null });
    for (const { touchpoint: tp, ghost } of group.touchpoints) {
      columnOf.set(tp.id, columns.length);
      columns.push({ index: columns.length, stage: stageIdx, touchpoint: tp, ...(ghost ? { ghost: true as const } : {}) });
      if (!ghost) touchpointCount++;
    }
  }
  const edges: PlacedEdge[] = [];
  for (const edge of pathEdges(journey, filter)) {
    const fromCol = columnOf.get(edge.from);
    const toCol = columnOf.get(edge.to);
    if (fromCol !== undefined && toCol !== undefined) edges.push({ ...edge, fromCol, toCol });
  }
  return {
    lanes,
    stages,
    columns,
    columnOf,
    edges,
    shape: { rows: lanes.length, cols: columns.length, stageStarts: stages.map((s) => s.start) },
    persona,
    touchpointCount,
  };
}

/**
 * The journey's personas with a colour each: their own `color`, else the palette slot of their
 * position (`personaColorVarAt`). By position rather than by id hash, so two personas of one map
 * never share a colour (ids like "dev" and "admin" hash to the same slot). The legend badges and
 * the curve lines use it.
 */
export function coloredPersonas(journey: Pick<Journey, 'personas'>): Persona[] {
  return (journey.personas ?? []).map((p, i) => (p.color ? p : { ...p, color: personaColorVarAt(i) }));
}

/**
 * One line of the emotion curve: a series of `<emotion-curve>` whose points sit at the columns
 * of the persona's touchpoints (`index` = column).
 */
export interface EmotionLine extends EmotionSeries {
  /** CSS colour of the line; `undefined` for the theme's accent (a journey without personas). */
  color: string | undefined;
}

/** Draws one emotion line through the touchpoints `meets` accepts: `null` when none has a measured feeling. */
type DrawLine = (id: string, name: string, color: string | undefined, meets: (tp: Touchpoint) => boolean) => EmotionLine | null;

/** A line per persona of `journey` (one for the whole journey when it has none), each drawn by `line`; lines with no feeling left out. */
function linePerPersona(journey: Journey, journeyName: string, line: DrawLine): EmotionLine[] {
  const personas = coloredPersonas(journey);
  if (personas.length === 0) {
    const only = line('journey', journeyName, undefined, () => true);
    return only ? [only] : [];
  }
  return personas
    .map((persona) => line(persona.id, persona.name, persona.color, (tp) => personaIdsOf(tp, journey).includes(persona.id)))
    .filter((l): l is EmotionLine => l !== null);
}

/**
 * The emotion curve's input: one line per persona (one for the whole journey when it has none)
 * through the columns of the touchpoints that persona meets. Each point carries its column as
 * `index`, so in one curve a persona's line runs on across columns that belong to someone else.
 * A persona without any measured feeling gets no line.
 */
export function emotionLinesFor(journey: Journey, layout: MapLayout, journeyName: string): EmotionLine[] {
  const line: DrawLine = (id, name, color, meets) => {
    const points: EmotionPoint[] = [];
    for (const col of layout.columns) {
      const tp = col.touchpoint;
      if (!tp || col.ghost || !meets(tp)) continue;
      const p: EmotionPoint = { id: tp.id, index: col.index, label: tp.title, value: tp.emotion ?? null };
      if (tp.emotionRange) {
        p.min = tp.emotionRange.min;
        p.max = tp.emotionRange.max;
      }
      points.push(p);
    }
    if (!points.some((p) => typeof p.value === 'number')) return null;
    return { id, name, color, points };
  };
  return linePerPersona(journey, journeyName, line);
}

/**
 * The baseline's emotion lines over a comparison layout: one per persona of the baseline (one for
 * the whole journey when it has none), through the columns where the baseline's touchpoints are
 * drawn now (a kept touchpoint at its current column, a removed one at its ghost), in column
 * order. Ids are `baseline:<persona>`, so they never match the current lines' highlight.
 */
export function baselineLinesFor(baseline: Journey, layout: MapLayout, journeyName: string): EmotionLine[] {
  const line: DrawLine = (id, name, color, meets) => {
    const points: EmotionPoint[] = [];
    for (const tp of baseline.touchpoints) {
      const col = layout.columnOf.get(tp.id);
      if (col === undefined || !meets(tp)) continue;
      points.push({ id: tp.id, index: col, label: tp.title, value: tp.emotion ?? null });
    }
    points.sort((a, b) => a.index! - b.index!);
    if (!points.some((p) => typeof p.value === 'number')) return null;
    return { id: `baseline:${id}`, name, color, points };
  };
  return linePerPersona(baseline, journeyName, line);
}
