/**
 * Where a touchpoint moved one step in reading order by `<journey-map editable>` lands, as a pure
 * function (which key asks for which edit is `editKeyOf` in ../keyboard.ts). No DOM.
 */
import type { Journey } from '../../../model/core.js';

/** Where a touchpoint goes: a stage and its position among that stage's touchpoints. */
export interface MoveTarget {
  stage: string;
  /** 0-based position among the stage's touchpoints after the move. */
  position: number;
  /** How many touchpoints the stage holds after the move. */
  count: number;
}

/**
 * Where a touchpoint lands moved one step later (`1`) or earlier (`-1`) in reading order: the
 * next position in its stage, or across the stage's edge into the first (last) position of the
 * next (previous) stage. `null` at the journey's ends or for an unknown touchpoint.
 */
export function moveTarget(journey: Journey, id: string, step: 1 | -1): MoveTarget | null {
  const tp = journey.touchpoints.find((t) => t.id === id);
  if (!tp) return null;
  const inStage = (stage: string): number => journey.touchpoints.filter((t) => t.stage === stage).length;
  const siblings = journey.touchpoints.filter((t) => t.stage === tp.stage);
  const position = siblings.indexOf(tp) + step;
  if (position >= 0 && position < siblings.length) return { stage: tp.stage, position, count: siblings.length };
  const stageIndex = journey.stages.findIndex((s) => s.id === tp.stage);
  const next = journey.stages[stageIndex + step];
  if (!next) return null;
  const count = inStage(next.id) + 1;
  return { stage: next.id, position: step === 1 ? 0 : count - 1, count };
}
