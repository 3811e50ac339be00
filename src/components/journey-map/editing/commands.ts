/**
 * What the editing keys do in `<journey-map editable>`: each key press becomes one of the
 * model's edit operations, committed through the editing controller (so it can be cancelled,
 * undone and is reported), and said in words. Focus stays with the edited touchpoint: the grid
 * keeps its active cell on the same lane and touchpoint across the re-render.
 */
import type { EditMessages } from '../../../i18n/edit-messages.js';
import type { LocaleController } from '../../../i18n/index.js';
import { emotionScaleOf, type Journey } from '../../../model/core.js';
import { moveTouchpoint, removeTouchpoint, setEmotion } from '../../../model/edit/operations.js';
import type { EditingController } from '../controllers/editing.js';
import type { MapLayout } from '../layout.js';
import { editKeyOf } from '../keyboard.js';
import { moveTarget } from './keys.js';

/** What the commands need from the map. */
export interface CommandContext {
  journey(): Journey | null;
  layout(): MapLayout | null;
  i18n: LocaleController;
  words(): EditMessages;
  dir(): 'ltr' | 'rtl';
  editing: EditingController;
  announce(text: string): void;
  /** Opens a touchpoint's details (where its edit form is). */
  openForm(id: string): void;
  /** Shows a notice of a removal with an Undo button. */
  removedNotice(text: string): void;
  /** Opens a stage's form (Enter or F2 on its column header). */
  openStageForm?(id: string): void;
}

/** A grid cell as the keys see it. */
export interface KeyCell {
  row: number;
  col: number;
}

export class EditCommands {
  readonly #ctx: CommandContext;

  constructor(context: CommandContext) {
    this.#ctx = context;
  }

  /** Handles an editing key on a grid cell; `true` when it was one (the event is then consumed). */
  onKey(event: KeyboardEvent, cell: KeyCell): boolean {
    const ctx = this.#ctx;
    const key = editKeyOf(event, ctx.dir());
    const layout = ctx.layout();
    const journey = ctx.journey();
    if (!layout || !journey) return false;
    if (!key && event.key !== 'Enter') return false;
    if (key?.kind === 'undo') {
      ctx.editing.undo();
      return true;
    }
    if (key?.kind === 'redo') {
      ctx.editing.redo();
      return true;
    }
    const plain = !event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey;
    if (cell.row === -1 && cell.col >= 0 && ctx.openStageForm && (key?.kind === 'open-form' || (plain && event.key === 'Enter'))) {
      const stage = layout.stages[layout.columns[cell.col]!.stage]!.stage;
      ctx.openStageForm(stage.id);
      return true;
    }
    const tp = cell.row >= 0 && cell.col >= 0 ? layout.columns[cell.col]?.touchpoint : undefined;
    if (tp && plain && event.key === 'Enter' && layout.lanes[cell.row] === 'touchpoints') {
      // Editing, Enter opens the touchpoint's form as F2 does.
      ctx.openForm(tp.id);
      return true;
    }
    if (!tp) return false;
    if (!key) return false;
    const title = ctx.i18n.isolate(tp.title, ctx.dir());
    const words = ctx.words();
    switch (key.kind) {
      case 'open-form':
        ctx.openForm(tp.id);
        return true;
      case 'move': {
        const target = moveTarget(journey, tp.id, key.step);
        if (!target) {
          ctx.announce(key.step === 1 ? words.alreadyLast(title) : words.alreadyFirst(title));
          return true;
        }
        const stage = journey.stages.find((s) => s.id === target.stage)!;
        ctx.editing.commit(moveTouchpoint(journey, tp.id, { stage: target.stage, position: target.position }), {
          announce: words.moved(title, ctx.i18n.isolate(stage.name, ctx.dir()), target.position + 1, target.count),
        });
        return true;
      }
      case 'emotion': {
        if (layout.lanes[cell.row] !== 'emotions') return false;
        const scale = emotionScaleOf(journey);
        const value = Math.min(scale.max, Math.max(scale.min, Math.round(tp.emotion ?? (scale.min + scale.max) / 2) + key.step));
        if (value === tp.emotion) {
          ctx.announce(words.emotionChanged(title, ctx.i18n.describeEmotion(value, scale)));
          return true;
        }
        ctx.editing.commit(setEmotion(journey, tp.id, value), {
          mergeKey: `emotion:${tp.id}`,
          announce: words.emotionChanged(title, ctx.i18n.describeEmotion(value, scale)),
        });
        return true;
      }
      case 'remove': {
        if (ctx.editing.commit(removeTouchpoint(journey, tp.id))) ctx.removedNotice(words.removed(title));
        return true;
      }
    }
  }
}
