/**
 * The editing keys of `<journey-map editable>` as pure functions: which edit a key press asks
 * for, and where a touchpoint moved one step in reading order lands. No DOM.
 */
import type { Journey } from '../../../model/core.js';

/** An edit a key asks for. */
export type EditKey =
  | { kind: 'move'; step: 1 | -1 }
  | { kind: 'emotion'; step: 1 | -1 }
  | { kind: 'open-form' }
  | { kind: 'remove' }
  | { kind: 'undo' }
  | { kind: 'redo' };

/** The parts of a key event that matter. */
export interface EditKeyEvent {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
}

/**
 * The edit a key press asks for, or `null`. Alt+Left/Right move a touchpoint (mirrored in
 * right-to-left maps: Alt+Left is "later" there), Alt+Up/Down change an emotion, F2 opens the
 * edit form (Enter too, decided by the caller, since Enter also opens details when not editing),
 * Delete removes, Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo (Cmd instead of Ctrl on macOS).
 */
export function editKeyOf(event: EditKeyEvent, dir: 'ltr' | 'rtl' = 'ltr'): EditKey | null {
  const command = Boolean(event.ctrlKey || event.metaKey);
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (command && !event.altKey) {
    if (key === 'z') return event.shiftKey ? { kind: 'redo' } : { kind: 'undo' };
    if (key === 'y' && !event.shiftKey) return { kind: 'redo' };
    return null;
  }
  if (event.altKey && !command && !event.shiftKey) {
    const later = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const earlier = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    if (key === later) return { kind: 'move', step: 1 };
    if (key === earlier) return { kind: 'move', step: -1 };
    if (key === 'ArrowUp') return { kind: 'emotion', step: 1 };
    if (key === 'ArrowDown') return { kind: 'emotion', step: -1 };
    return null;
  }
  if (event.altKey || command || event.shiftKey) return null;
  if (key === 'F2') return { kind: 'open-form' };
  if (key === 'Delete') return { kind: 'remove' };
  return null;
}

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
