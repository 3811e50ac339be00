/**
 * The controls of the edit forms as Lit templates: a labelled field with its hint and its
 * problem beside it, a select, a check box, and a list with add, remove and move buttons. They
 * read typed text and problems from a {@link FormKit} and report back through callbacks; text is
 * always text (bindings only).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { EditMessages, FormListKey } from '../../../../i18n/edit-messages.js';
import type { Messages } from '../../../../i18n/messages.js';

/** A problem shown beside a field. */
export interface FieldProblem {
  text: string;
  /** The model's validator writes English: said so, so a screen reader reads it as English. */
  lang?: string;
}

/** What the controls need from the form. */
export interface FormKit {
  words: EditMessages;
  msg: Messages;
  /** A user string isolated for a line in the form's direction. */
  isolate(text: string): string;
  /** The text a field shows: what was typed and refused, or else the journey's value. */
  value(key: string, model: string): string;
  problems(key: string): readonly FieldProblem[];
  /** A stable element id for a field key (keys hold user ids, which may not make good ids). */
  id(key: string): string;
}

/** How a text field reports. */
export interface TextFieldOptions {
  key: string;
  label: string;
  value: string;
  hint?: string;
  multiline?: boolean;
  /** `decimal` for numbers, `url` for links. */
  inputmode?: 'decimal' | 'url';
  /** Id of a datalist of suggestions. */
  suggestions?: string;
  /** Each keystroke (a burst is one undo step). */
  onInput(text: string): void;
  /** The value was committed by leaving the field or pressing Enter. */
  onChange(text: string): void;
}

/** The ids a field's description points to: its hint and its problem. */
function describedBy(kit: FormKit, key: string, hint: boolean): string | typeof nothing {
  const id = kit.id(key);
  const ids = [hint ? `${id}-hint` : '', kit.problems(key).length > 0 ? `${id}-problem` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : nothing;
}

/** A field's problem, with a visible word and mark in front (not colour alone). */
export function problemText(kit: FormKit, key: string): TemplateResult | typeof nothing {
  const problems = kit.problems(key);
  if (problems.length === 0) return nothing;
  const p = kit.msg.punctuation;
  return html`<p class="field-problem" id=${`${kit.id(key)}-problem`}>
    <span class="field-problem-mark" aria-hidden="true">!</span>
    <span>${kit.words.problem}${p.colon}${problems.map((problem, i) => html`${i > 0 ? p.listSeparator : ''}<span lang=${problem.lang ?? nothing}>${problem.text}</span>`)}</span>
  </p>`;
}

export function textField(kit: FormKit, o: TextFieldOptions): TemplateResult {
  const id = kit.id(o.key);
  const invalid = kit.problems(o.key).length > 0 ? 'true' : nothing;
  const value = kit.value(o.key, o.value);
  const input = (event: Event): void => o.onInput((event.target as HTMLInputElement).value);
  const change = (event: Event): void => o.onChange((event.target as HTMLInputElement).value);
  return html`<div class="field">
    <label for=${id}>${o.label}</label>
    ${o.multiline
      ? html`<textarea id=${id} data-key=${o.key} rows="3" .value=${live(value)} aria-invalid=${invalid} aria-describedby=${describedBy(kit, o.key, Boolean(o.hint))} @input=${input} @change=${change}></textarea>`
      : html`<input
          id=${id}
          data-key=${o.key}
          type="text"
          inputmode=${o.inputmode ?? nothing}
          list=${o.suggestions ?? nothing}
          dir=${o.inputmode ? 'ltr' : 'auto'}
          .value=${live(value)}
          aria-invalid=${invalid}
          aria-describedby=${describedBy(kit, o.key, Boolean(o.hint))}
          @input=${input}
          @change=${change}
        />`}
    ${o.hint ? html`<p class="field-hint" id=${`${id}-hint`}>${o.hint}</p>` : nothing} ${problemText(kit, o.key)}
  </div>`;
}

/** A select; `options` are `[value, label]`, the empty value meaning "not set". */
export function selectField(kit: FormKit, o: { key: string; label: string; value: string; options: readonly (readonly [string, string])[]; onChange(value: string): void }): TemplateResult {
  const id = kit.id(o.key);
  return html`<div class="field">
    <label for=${id}>${o.label}</label>
    <select
      id=${id}
      data-key=${o.key}
      aria-invalid=${kit.problems(o.key).length > 0 ? 'true' : nothing}
      aria-describedby=${describedBy(kit, o.key, false)}
      @change=${(event: Event) => o.onChange((event.target as HTMLSelectElement).value)}
    >
      ${o.options.map(([value, label]) => html`<option value=${value} ?selected=${value === o.value}>${label}</option>`)}
    </select>
    ${problemText(kit, o.key)}
  </div>`;
}

export function checkbox(kit: FormKit, o: { key: string; label: string; checked: boolean; onChange(checked: boolean): void }): TemplateResult {
  const id = kit.id(o.key);
  return html`<div class="field check">
    <input
      id=${id}
      data-key=${o.key}
      type="checkbox"
      .checked=${live(o.checked)}
      aria-invalid=${kit.problems(o.key).length > 0 ? 'true' : nothing}
      aria-describedby=${describedBy(kit, o.key, false)}
      @change=${(event: Event) => o.onChange((event.target as HTMLInputElement).checked)}
    />
    <label for=${id}>${o.label}</label>
    ${problemText(kit, o.key)}
  </div>`;
}

/** How a list reports. */
export interface ListOptions<T> {
  key: string;
  list: FormListKey;
  heading: string;
  items: readonly T[];
  /** An item's text, for the names of its buttons. */
  textOf(item: T): string;
  /** An item's fields; `name` is its label ("Pain point 2"). */
  renderItem(item: T, index: number, name: string): TemplateResult;
  onAdd(): void;
  onRemove(index: number): void;
  onMove(index: number, to: number): void;
}

/** A buttons' state that keeps it focusable: a button focus is on must not vanish under it. */
const unless = (blocked: boolean, run: () => void) => (): void => {
  if (!blocked) run();
};

/**
 * A list field: each item with its fields and Move up, Move down and Remove buttons named with
 * the item ("Remove pain point 2: Slow page"); an Add button after. Keys of the buttons:
 * `${key}/${i}/up|down|remove`, `${key}/add`.
 */
export function listField<T>(kit: FormKit, o: ListOptions<T>): TemplateResult {
  const { words } = kit;
  const [label, noun] = words.items[o.list];
  const last = o.items.length - 1;
  return html`<fieldset class="list" data-key=${o.key}>
    <legend>${o.heading}</legend>
    ${o.items.length > 0
      ? html`<ol class="list-items">
          ${o.items.map((item, i) => {
            const item_ = words.itemName(noun, i + 1);
            const text = kit.isolate(o.textOf(item));
            return html`<li class="list-item">
              <div class="list-item-fields">${o.renderItem(item, i, words.itemName(label, i + 1))}</div>
              <div class="list-tools">
                <button type="button" class="tool" data-key=${`${o.key}/${i}/up`} aria-disabled=${i === 0 ? 'true' : nothing} aria-label=${words.moveItemUp(item_, text)} @click=${unless(i === 0, () => o.onMove(i, i - 1))}>
                  <span aria-hidden="true">↑</span>
                </button>
                <button type="button" class="tool" data-key=${`${o.key}/${i}/down`} aria-disabled=${i === last ? 'true' : nothing} aria-label=${words.moveItemDown(item_, text)} @click=${unless(i === last, () => o.onMove(i, i + 1))}>
                  <span aria-hidden="true">↓</span>
                </button>
                <button type="button" class="tool" data-key=${`${o.key}/${i}/remove`} aria-label=${words.removeItem(item_, text)} @click=${() => o.onRemove(i)}>
                  <span aria-hidden="true">×</span>
                </button>
              </div>
            </li>`;
          })}
        </ol>`
      : nothing}
    <button type="button" class="add" data-key=${`${o.key}/add`} @click=${o.onAdd}><span aria-hidden="true">+</span> ${words.addItem(noun)}</button>
    ${problemText(kit, o.key)}
  </fieldset>`;
}
