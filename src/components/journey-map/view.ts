/**
 * What the map derives from its journey, persona filter and lanes, once per change of those (never
 * on a focus move), and the details of the events that speak about a place on it. Pure.
 */
import type { CellFocusDetail, TouchpointSelectDetail } from '../../events/index.js';
import { emotionScaleOf, type Journey, type Persona, type ResolvedEmotionScale } from '../../model/core.js';
import { coloredPersonas, computeLayout, emotionLinesFor, type EmotionLine, type LayoutOptions, type MapLayout } from './layout.js';

export interface MapView {
  layout: MapLayout;
  scale: ResolvedEmotionScale;
  lines: EmotionLine[];
  /** The personas with their colours, in legend order. */
  personas: Persona[];
  /** The `persona` asked for when the journey has no such persona (all are shown instead). */
  unknownPersona: string | null;
}

/** `ghosts`: a baseline's removed touchpoints and stages, laid out in their old places (comparing). */
export function deriveView(journey: Journey, persona: string | null | undefined, lanes: string | null | undefined, ghosts?: LayoutOptions['ghosts']): MapView {
  const layout = computeLayout(journey, { persona, lanes, ghosts });
  return {
    layout,
    scale: emotionScaleOf(journey),
    lines: emotionLinesFor(journey, layout, journey.title),
    personas: coloredPersonas(journey),
    unknownPersona: persona && layout.persona === null ? persona : null,
  };
}

/** Where focus is, as `cell-focus` says it: row -1 is the stage header row, col -1 the lane headers. */
export function cellFocusDetail(layout: MapLayout, cell: { row: number; col: number }, editing: boolean): CellFocusDetail {
  const column = cell.col >= 0 ? layout.columns[cell.col] : undefined;
  return {
    touchpoint: column?.touchpoint?.id ?? null,
    stage: column ? layout.stages[column.stage]!.stage.id : null,
    lane: cell.row >= 0 ? (layout.lanes[cell.row] ?? null) : null,
    editing,
  };
}

/** The touchpoint `id` and its stage, as `touchpoint-select` says them; `undefined` when it is not on the map. */
export function touchpointSelectDetail(layout: MapLayout, id: string): TouchpointSelectDetail | undefined {
  const col = layout.columnOf.get(id);
  if (col === undefined) return undefined;
  const column = layout.columns[col]!;
  return { touchpoint: column.touchpoint!, stage: layout.stages[column.stage]!.stage };
}
