import { nothing, type ReactiveController, type ReactiveControllerHost, html, type TemplateResult } from 'lit';
import type { EditMessages, FormListKey } from '../../../i18n/edit-messages.js';
import type { LocaleController } from '../../../i18n/index.js';
import type { Journey, ResolvedEmotionScale, Stage, Touchpoint } from '../../../model/core.js';
import { addListItem, addPersona, addStage, addTouchpoint, moveListItem, removeListItem, updateTouchpoint, type EditResult, type ListField, type ListOwner } from '../../../model/edit/operations.js';
import { float, openOverlay } from '../../../floating/index.js';
import type { FieldProblem } from '../editing/forms/controls.js';
import { addedId, newItem, problemsOf } from '../editing/forms/fields.js';
import type { FieldEdit, FormApi } from '../editing/forms/form-api.js';
import { renderPersonaForm } from '../editing/forms/persona-form.js';
import { EDIT_PANEL_TITLE_ID, renderStageForm } from '../editing/forms/stage-form.js';
import { renderTouchpointForm } from '../editing/forms/touchpoint-form.js';
import type { EditingController } from './editing.js';
import { SHEET_BELOW } from './details-panel.js';

/** What the edit forms need from the map. */
export interface EditFormOptions {
  journey(): Journey | null;
  i18n: LocaleController;
  words(): EditMessages;
  dir(): 'ltr' | 'rtl';
  scale(): ResolvedEmotionScale;
  headingLevel(): number;
  editing: EditingController;
  announce(text: string): void;
  /** Shows a notice of a removal with an Undo button. */
  removedNotice(text: string): void;
  /** The touchpoint whose details (its form, while editing) are open. */
  openTouchpointId(): string | null;
  openTouchpoint(id: string): void;
  closeTouchpoint(restoreFocus: boolean): void;
  /** Focus back to the grid's active cell, or to a stage's column header. */
  focusGrid(): void;
  focusStage(id: string): void;
  /** A stage's column header, where its form is placed. */
  stageHeader(id: string): HTMLElement | undefined;
}

type Panel = { kind: 'stage'; id: string } | { kind: 'personas' };

/** Key of the header's Edit personas button (focus returns there). */
const PERSONAS_BUTTON = 'tools/personas';

/**
 * The edit forms of `<journey-map editable>`: the touchpoint form in the details panel, and a
 * panel of its own (non-modal, like the details) for a stage's form or the personas. Every field
 * changes the journey through the model's operations and the editing controller's `commit`: a
 * refused value is not committed, its problem shows beside the field (`aria-invalid`,
 * `aria-describedby`) and the typed text stays in it. Focus stays on the edited control, or moves
 * to where the edit leaves it (a new item's first field, the next item after a removal).
 */
export class EditFormController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #o: EditFormOptions;
  /**
   * Text typed into a field, by field key, with the journey's value it stands for (learnt at the
   * next render): shown while that value holds, so "3." or a refused value stay as typed, and
   * dropped once the journey says otherwise (undo, a collaborator).
   */
  readonly #drafts = new Map<string, { text: string; model?: string }>();
  readonly #problems = new Map<string, FieldProblem[]>();
  /** Fields committed during the current typing burst (said once the field is left). */
  readonly #typed = new Set<string>();
  readonly #ids = new Map<string, string>();
  #panel: Panel | null = null;
  #focusKey: string | null = null;
  #select = false;
  #seenOpen: string | null = null;
  #placed = false;
  #stopFloating: (() => void) | null = null;
  #closeOverlay: (() => void) | null = null;

  constructor(host: ReactiveControllerHost & HTMLElement, options: EditFormOptions) {
    this.#host = host;
    this.#o = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.closePanel(false);
  }

  hostUpdated(): void {
    const open = this.#o.openTouchpointId();
    if (open !== this.#seenOpen) {
      this.#seenOpen = open;
      // A touchpoint's form opened (Enter, F2, a click, a new touchpoint): focus its first field.
      if (open !== null) this.#focusKey ??= `tp:${open}/title`;
    }
    if (this.#panel && !this.#placed) this.#place();
    if (this.#focusKey !== null) {
      const el = this.#host.shadowRoot?.querySelector<HTMLElement>(`[data-key="${CSS.escape(this.#focusKey)}"]`);
      if (el) {
        el.focus();
        el.scrollIntoView?.({ block: 'nearest' });
        if (this.#select && el instanceof HTMLInputElement) el.select();
        this.#focusKey = null;
        this.#select = false;
      }
    }
  }

  /** Opens a stage's form (Enter or F2 on its column header). */
  openStage(id: string): void {
    this.#openPanel({ kind: 'stage', id }, `stage:${id}/name`);
  }

  /** Opens the persona form (the header's Edit personas button). */
  openPersonas(): void {
    const first = this.#o.journey()?.personas?.[0];
    this.#openPanel({ kind: 'personas' }, first ? `persona:${first.id}/name` : 'personas/add');
  }

  closePanel(restoreFocus: boolean): void {
    const panel = this.#panel;
    this.#stopFloating?.();
    this.#stopFloating = null;
    this.#closeOverlay?.();
    this.#closeOverlay = null;
    if (!panel) return;
    this.#panel = null;
    this.#host.requestUpdate();
    if (!restoreFocus) return;
    if (panel.kind === 'stage') this.#o.focusStage(panel.id);
    else this.#focus(PERSONAS_BUTTON);
  }

  #openPanel(panel: Panel, focus: string): void {
    if (this.#o.openTouchpointId() !== null) this.#o.closeTouchpoint(false);
    this.#stopFloating?.();
    this.#stopFloating = null;
    this.#panel = panel;
    this.#placed = false;
    this.#focus(focus);
    this.#closeOverlay ??= openOverlay(this.#host.ownerDocument, {
      inside: () => [this.#panelElement()].filter((el): el is HTMLElement => el !== null),
      onEscape: () => this.closePanel(true),
      onOutsideClick: () => this.closePanel(false),
    });
  }

  #panelElement(): HTMLElement | null {
    return this.#host.shadowRoot?.querySelector<HTMLElement>('.edit-panel') ?? null;
  }

  #place(): void {
    const panel = this.#panelElement();
    const p = this.#panel;
    const reference = p?.kind === 'stage' ? this.#o.stageHeader(p.id) : this.#host.shadowRoot?.querySelector<HTMLElement>(`[data-key="${PERSONAS_BUTTON}"]`);
    if (!panel || !reference) return;
    this.#placed = true;
    this.#stopFloating = float(reference, panel, {
      placement: 'bottom-start',
      fallbackPlacements: ['top-start', 'bottom-end', 'top-end'],
      fitHeight: true,
      sheetBelow: SHEET_BELOW,
    });
  }

  #focus(key: string, select = false): void {
    this.#focusKey = key;
    this.#select = select;
    this.#host.requestUpdate();
  }

  /** Focus leaving the panel for another control closes it (a non-modal popover). */
  readonly #onFocusout = (event: FocusEvent): void => {
    const to = event.relatedTarget;
    if (to instanceof Node && !(event.currentTarget as HTMLElement).contains(to)) this.closePanel(false);
  };

  /** The stage or persona panel, when open. */
  renderPanel(): TemplateResult | typeof nothing {
    const p = this.#panel;
    const journey = this.#o.journey();
    if (!p || !journey) return nothing;
    const api = this.#api(journey);
    let body: TemplateResult;
    if (p.kind === 'stage') {
      const stage = journey.stages.find((s) => s.id === p.id);
      if (!stage) return nothing;
      body = renderStageForm(api, stage, () => this.closePanel(true));
    } else body = renderPersonaForm(api, () => this.closePanel(true));
    return html`<div part="edit-panel" class="details edit-panel" role="dialog" aria-labelledby=${EDIT_PANEL_TITLE_ID} @focusout=${this.#onFocusout}>${body}</div>`;
  }

  /** The touchpoint form, for the details panel. */
  renderTouchpointForm(touchpoint: Touchpoint, onClose: () => void): TemplateResult {
    return renderTouchpointForm(this.#api(this.#o.journey()!), touchpoint, onClose);
  }

  /** The header's editing buttons: Edit personas and Add stage. */
  renderTools(): TemplateResult {
    const words = this.#o.words();
    return html`<div class="edit-tools">
      <button type="button" class="add" data-key=${PERSONAS_BUTTON} aria-haspopup="dialog" @click=${() => this.openPersonas()}>${words.editPersonas}</button>
      <button type="button" class="add" data-key="tools/add-stage" @click=${this.#addStage}><span aria-hidden="true">+</span> ${words.addStage}</button>
    </div>`;
  }

  /** A stage header's Add touchpoint button (pointer; from the keyboard, the stage's form has it too). */
  renderStageTools(stage: Stage): TemplateResult {
    const words = this.#o.words();
    return html`<button type="button" class="add-touchpoint" tabindex="-1" @click=${() => this.addTouchpoint(stage.id)}>
      <span aria-hidden="true">+</span><span class="visually-hidden">${words.addTouchpointTo(this.#o.i18n.isolate(stage.name, this.#o.dir()))}</span>
    </button>`;
  }

  /** Adds a touchpoint at the end of a stage and opens its form, the title selected. */
  addTouchpoint(stageId: string): void {
    const journey = this.#o.journey();
    const stage = journey?.stages.find((s) => s.id === stageId);
    if (!journey || !stage) return;
    const words = this.#o.words();
    const result = addTouchpoint(journey, { stage: stageId, title: words.newTouchpoint });
    const id = addedId(result.ops);
    const isolate = (text: string): string => this.#o.i18n.isolate(text, this.#o.dir());
    if (!id || !this.#o.editing.commit(result, { announce: words.added(isolate(words.newTouchpoint), isolate(stage.name)) })) return;
    this.closePanel(false);
    void this.#host.updateComplete.then(() => {
      this.#o.openTouchpoint(id);
      this.#focus(`tp:${id}/title`, true);
    });
  }

  readonly #addStage = (): void => {
    const journey = this.#o.journey();
    if (!journey) return;
    const words = this.#o.words();
    const result = addStage(journey, { name: words.newStage });
    const id = addedId(result.ops);
    if (!id || !this.#o.editing.commit(result, { announce: words.itemAdded(this.#o.i18n.isolate(words.newStage, this.#o.dir())) })) return;
    void this.#host.updateComplete.then(() => {
      this.openStage(id);
      this.#focus(`stage:${id}/name`, true);
    });
  };

  // -------------------------------------------------------------------------------------------
  // Committing

  /** Runs an edit for a field: committed when it applies; else its problem beside the field, the text kept. */
  #run(key: string, text: string | null, edit: EditResult | FieldProblem, options: { merge?: boolean; showProblem: boolean; announce?: string }): boolean {
    const field = key.slice(key.indexOf('/') + 1);
    if (!('applied' in edit) || !edit.applied) {
      if (text !== null) this.#drafts.set(key, { text });
      const problems = 'applied' in edit ? problemsOf(edit.problems, field).map((message) => ({ text: message, lang: 'en' })) : [edit];
      // While typing, a problem already shown follows the text; a new one waits until the field is left.
      if (options.showProblem || this.#problems.has(key)) {
        const isNew = !this.#problems.has(key);
        this.#problems.set(key, problems);
        if (isNew && options.showProblem) this.#o.announce(problems.map((p) => p.text).join(' '));
      }
      this.#host.requestUpdate();
      return false;
    }
    const committed = edit.ops.length === 0 || this.#o.editing.commit(edit, { mergeKey: options.merge ? `form:${key}` : undefined, announce: options.announce });
    if (committed) this.#problems.delete(key);
    // Kept as typed (a host's refusal too); the journey's value takes over when it changes.
    if (text !== null) this.#drafts.set(key, { text });
    else this.#drafts.delete(key);
    this.#host.requestUpdate();
    return committed && edit.ops.length > 0;
  }

  #api(journey: Journey): FormApi {
    const o = this.#o;
    const i18n = o.i18n;
    const words = o.words();
    const dir = o.dir();
    const current = (): Journey => o.journey() ?? journey;
    const list = this.#listApi(current, words);
    return {
      journey,
      i18n,
      dir,
      words,
      msg: i18n.msg,
      scale: o.scale(),
      headingLevel: o.headingLevel(),
      isolate: (text) => i18n.isolate(text, dir),
      value: (key, model) => {
        const draft = this.#drafts.get(key);
        if (!draft) return model;
        draft.model ??= model;
        if (draft.model === model) return draft.text;
        this.#drafts.delete(key);
        this.#problems.delete(key);
        return model;
      },
      problems: (key) => this.#problems.get(key) ?? [],
      id: (key) => {
        let id = this.#ids.get(key);
        if (!id) this.#ids.set(key, (id = `jk-field-${this.#ids.size + 1}`));
        return id;
      },
      text: (key, label, edit: FieldEdit) => ({
        onInput: (text) => {
          if (this.#run(key, text, edit(text, current()), { merge: true, showProblem: false })) this.#typed.add(key);
        },
        onChange: (text) => {
          const ok = this.#run(key, text, edit(text, current()), { merge: true, showProblem: true });
          if (ok || (this.#typed.has(key) && !this.#problems.has(key))) o.announce(words.fieldChanged(label));
          this.#typed.delete(key);
        },
      }),
      choose: (key, label, edit) => {
        this.#run(key, null, edit(current()), { showProblem: true, announce: words.fieldChanged(label) });
      },
      list,
      remove: (key, name, edit) => {
        const result = edit(current());
        const panel = this.#panel;
        if (!this.#run(key, null, result, { showProblem: true })) return;
        o.removedNotice(words.removed(i18n.isolate(name, dir)));
        if (key.startsWith('tp:')) {
          o.closeTouchpoint(false);
          void this.#host.updateComplete.then(() => o.focusGrid());
        } else if (panel?.kind === 'stage') {
          this.closePanel(false);
          void this.#host.updateComplete.then(() => o.focusGrid());
        } else {
          const personas = current().personas ?? [];
          this.#focus(personas[0] ? `persona:${personas[0].id}/name` : 'personas/add');
        }
      },
      addTouchpoint: (stage) => this.addTouchpoint(stage),
      addPersona: () => {
        const result = addPersona(current(), { name: words.newPersona });
        const id = addedId(result.ops);
        if (id && this.#run('personas/add', null, result, { showProblem: true, announce: words.itemAdded(i18n.isolate(words.newPersona, dir)) })) this.#focus(`persona:${id}/name`, true);
      },
    };
  }

  /** Add, remove and move for the lists of forms; focus goes where the edit leaves it. */
  #listApi(current: () => Journey, words: EditMessages): FormApi['list'] {
    return (ownerKey, owner, name) => {
      const key = `${ownerKey}/${name}`;
      const noun = words.items[name][1];
      const itemName = (n: number): string => words.itemName(noun, n);
      const itemsNow = (): readonly unknown[] => {
        const j = current();
        if ('next' in owner) return j.touchpoints.find((t) => t.id === owner.next)?.next ?? [];
        const item = 'touchpoint' in owner ? j.touchpoints.find((t) => t.id === owner.touchpoint) : 'stage' in owner ? j.stages.find((s) => s.id === owner.stage) : 'persona' in owner ? j.personas?.find((p) => p.id === owner.persona) : j;
        const value = (item as Record<string, unknown> | undefined)?.[name];
        return Array.isArray(value) ? value : [];
      };
      /** The list changed shape: what was typed into its items belongs to other indexes now. */
      const forgetItems = (): void => {
        for (const map of [this.#drafts, this.#problems]) for (const k of [...map.keys()]) if (k.startsWith(`${key}/`)) map.delete(k);
      };
      const nextEdit = (change: (next: string[]) => string[]): EditResult => {
        const j = current();
        const from = (owner as { next: string }).next;
        const next = [...(j.touchpoints.find((t) => t.id === from)?.next ?? [])];
        return updateTouchpoint(j, from, { next: change(next) });
      };
      const modelOwner = owner as ListOwner;
      const field = name as ListField;
      const run = (result: EditResult, announce: string, focus: string): void => {
        if (this.#run(key, null, result, { showProblem: true, announce })) {
          forgetItems();
          this.#focus(focus);
        }
      };
      return {
        onAdd: () => {
          const n = itemsNow().length;
          let result: EditResult;
          if ('next' in owner) {
            const j = current();
            const taken = new Set(itemsNow() as string[]);
            const to = j.touchpoints.find((t) => t.id !== owner.next && !taken.has(t.id)) ?? j.touchpoints.find((t) => t.id !== owner.next);
            if (!to) return;
            result = nextEdit((next) => [...next, to.id]);
          } else result = addListItem(current(), modelOwner, field, newItem(name));
          const first = name === 'painPoints' || name === 'opportunities' ? `${key}/${n}/text` : name === 'metrics' ? `${key}/${n}/kind` : `${key}/${n}`;
          run(result, words.itemAdded(itemName(n + 1)), first);
        },
        onRemove: (index) => {
          const n = itemsNow().length;
          const result = 'next' in owner ? nextEdit((next) => next.filter((_, i) => i !== index)) : removeListItem(current(), modelOwner, field, index);
          // Focus: the item that takes its place, else the one before, else the Add button.
          const focus = n - 1 === 0 ? `${key}/add` : `${key}/${Math.min(index, n - 2)}/remove`;
          run(result, words.itemRemoved(itemName(index + 1)), focus);
        },
        onMove: (index, to) => {
          const result =
            'next' in owner
              ? nextEdit((next) => {
                  const [moved] = next.splice(index, 1);
                  next.splice(to, 0, moved!);
                  return next;
                })
              : moveListItem(current(), modelOwner, field, index, to);
          run(result, words.itemMoved(itemName(index + 1), to + 1), `${key}/${to}/${to < index ? 'up' : 'down'}`);
        },
      };
    };
  }
}

export type { FormListKey };
