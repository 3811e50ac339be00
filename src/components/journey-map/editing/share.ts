/**
 * Structural sharing after an edit: the model's operations return a journey that shares nothing
 * with the one before (safe to hand out), so every touchpoint is a new object and every cell
 * would render again. Giving back the previous objects for the parts that did not change lets
 * the grid re-render only the cells an edit touched.
 */
import type { Journey } from '../../../model/core.js';
import { jsonEqual } from '../../../model/edit/patch.js';

function reuse<T extends { id: string }>(before: readonly T[] | undefined, after: readonly T[] | undefined): T[] | undefined {
  if (!before || !after) return after as T[] | undefined;
  const previous = new Map(before.map((item) => [item.id, item]));
  let changed = before.length !== after.length;
  const items = after.map((item, i) => {
    const old = previous.get(item.id);
    const kept = old && jsonEqual(old, item) ? old : item;
    changed ||= kept !== before[i];
    return kept;
  });
  return changed ? items : (before as T[]);
}

/** `after`, with its touchpoints, stages and personas that equal `before`'s being `before`'s objects. */
export function keepUnchanged(before: Journey | null, after: Journey): Journey {
  if (!before) return after;
  const journey: Journey = { ...after, touchpoints: reuse(before.touchpoints, after.touchpoints)!, stages: reuse(before.stages, after.stages)! };
  const personas = reuse(before.personas, after.personas);
  if (personas) journey.personas = personas;
  return journey;
}
