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
}

/** One touchpoint column (or the single empty column of a stage without touchpoints). */
export interface MapColumn {
  index: number;
  /** Index into {@link MapLayout.stages}. */
  stage: number;
  touchpoint: Touchpoint | null;
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
  /** Number of touchpoints on the map. */
  touchpointCount: number;
}

/** Filters that change the layout. */
export interface LayoutOptions {
  /** Persona id; unknown ids show everyone. */
  persona?: string | null;
  /** Comma list overriding the journey's lanes. */
  lanes?: string | null;
}

/** The persona filter that applies: `persona` when the journey has that persona, else `null`. */
export function effectivePersona(journey: Pick<Journey, 'personas'>, persona: string | null | undefined): string | null {
  if (!persona) return null;
  return (journey.personas ?? []).some((p) => p.id === persona) ? persona : null;
}

/** Lays the journey out as lanes × columns. */
export function computeLayout(journey: Journey, options: LayoutOptions = {}): MapLayout {
  const persona = effectivePersona(journey, options.persona);
  const filter = persona === null ? {} : { persona };
  const lanes = lanesToShow(journey, options.lanes ?? undefined);
  const stages: StageSpan[] = [];
  const columns: MapColumn[] = [];
  const columnOf = new Map<string, number>();
  for (const group of touchpointsByStage(journey, filter)) {
    const stageIdx = stages.length;
    stages.push({ stage: group.stage, index: group.index, start: columns.length, span: Math.max(1, group.touchpoints.length) });
    if (group.touchpoints.length === 0) columns.push({ index: columns.length, stage: stageIdx, touchpoint: null });
    for (const tp of group.touchpoints) {
      columnOf.set(tp.id, columns.length);
      columns.push({ index: columns.length, stage: stageIdx, touchpoint: tp });
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
    touchpointCount: columnOf.size,
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

/**
 * The emotion curve's input: one line per persona (one for the whole journey when it has none)
 * through the columns of the touchpoints that persona meets. Each point carries its column as
 * `index`, so in one curve a persona's line runs on across columns that belong to someone else.
 * A persona without any measured feeling gets no line.
 */
export function emotionLinesFor(journey: Journey, layout: MapLayout, journeyName: string): EmotionLine[] {
  const line = (id: string, name: string, color: string | undefined, meets: (tp: Touchpoint) => boolean): EmotionLine | null => {
    const points: EmotionPoint[] = [];
    for (const col of layout.columns) {
      const tp = col.touchpoint;
      if (!tp || !meets(tp)) continue;
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
  const personas = coloredPersonas(journey);
  if (personas.length === 0) {
    const only = line('journey', journeyName, undefined, () => true);
    return only ? [only] : [];
  }
  return personas
    .map((persona) => line(persona.id, persona.name, persona.color, (tp) => personaIdsOf(tp, journey).includes(persona.id)))
    .filter((l): l is EmotionLine => l !== null);
}
