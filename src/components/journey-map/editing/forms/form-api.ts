/** What a form template gets from the edit-form controller: the kit of its controls and the edits they make. */
import type { LocaleController } from '../../../../i18n/index.js';
import type { FormListKey } from '../../../../i18n/edit-messages.js';
import type { Journey, ResolvedEmotionScale } from '../../../../model/core.js';
import type { EditResult, ListOwner } from '../../../../model/edit/operations.js';
import type { FieldProblem, FormKit } from './controls.js';

/** An edit made from typed text, or a problem the form finds itself (a required field left empty, a word where a number goes). */
export type FieldEdit = (text: string, journey: Journey) => EditResult | FieldProblem;

export interface FormApi extends FormKit {
  journey: Journey;
  i18n: LocaleController;
  dir: 'ltr' | 'rtl';
  scale: ResolvedEmotionScale;
  headingLevel: number;
  /**
   * A text field's handlers: each keystroke commits when the edit applies (a burst is one undo
   * step), else keeps the text; leaving the field (or Enter) shows the problem beside it, or says
   * the change.
   */
  text(key: string, label: string, edit: FieldEdit): { onInput(text: string): void; onChange(text: string): void };
  /** A select or check box: commits at once, says `announce`. */
  choose(key: string, label: string, edit: (journey: Journey) => EditResult): void;
  /** A list's add, remove and move, through the model's list operations (or `setNext` for next steps). */
  list(ownerKey: string, owner: ListOwner | { next: string }, list: FormListKey): { onAdd(): void; onRemove(index: number): void; onMove(index: number, to: number): void };
  /** Removes what the form edits (a touchpoint, a stage, a persona) with the edit given; `name` goes into the Undo notice. */
  remove(key: string, name: string, edit: (journey: Journey) => EditResult): void;
  addTouchpoint(stage: string): void;
  addPersona(): void;
}
