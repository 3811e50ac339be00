/** The persona form: every persona's name, role, colour, goals, frustrations, needs and quote; add and remove personas. */
import { html, type TemplateResult } from 'lit';
import type { Persona } from '../../../../model/core.js';
import { removePersona, updatePersona, type ListOwner } from '../../../../model/edit/operations.js';
import { textField } from './controls.js';
import { optionalText } from './fields.js';
import type { FormApi } from './form-api.js';
import { removal } from './removal.js';
import { panelHead } from './stage-form.js';
import { requiredEdit, stringList } from './touchpoint-form.js';

export function renderPersonaForm(f: FormApi, onClose: () => void): TemplateResult {
  const { words } = f;
  const personas = f.journey.personas ?? [];
  return html`<div class="edit-form" data-form="personas">
    ${panelHead(f, words.editPersonas, onClose)} ${personas.map((p) => personaFields(f, p, personas))}
    <div class="form-actions">
      <button type="button" class="add" data-key="personas/add" @click=${() => f.addPersona()}><span aria-hidden="true">+</span> ${words.addPersona}</button>
    </div>
  </div>`;
}

function personaFields(f: FormApi, p: Persona, personas: readonly Persona[]): TemplateResult {
  const { words, msg } = f;
  const k = `persona:${p.id}`;
  const owner: ListOwner = { persona: p.id };
  const optional = (field: 'role' | 'quote' | 'color', label: string, extra: { hint?: string; multiline?: boolean } = {}) =>
    textField(f, { key: `${k}/${field}`, label, value: p[field] ?? '', ...extra, ...f.text(`${k}/${field}`, label, (text, j) => updatePersona(j, p.id, { [field]: optionalText(text) })) });
  return html`<fieldset class="group persona-group" data-persona=${p.id}>
    <legend>${p.name}</legend>
    ${textField(f, { key: `${k}/name`, label: words.name, value: p.name, ...f.text(`${k}/name`, words.name, requiredEdit(f, words.name, (text, j) => updatePersona(j, p.id, { name: text }))) })}
    ${optional('role', words.role)} ${optional('color', words.color, { hint: words.colorHint })} ${optional('quote', msg.quote, { multiline: true })}
    ${stringList(f, k, owner, 'goals', msg.goals, p.goals ?? [])} ${stringList(f, k, owner, 'frustrations', msg.frustrations, p.frustrations ?? [])}
    ${stringList(f, k, owner, 'needs', msg.needs, p.needs ?? [])}
    ${removal(f, {
      key: `${k}/remove`,
      name: p.name,
      label: words.removePersona(f.isolate(p.name)),
      others: personas.filter((o) => o.id !== p.id),
      remove: (j, options) => removePersona(j, p.id, options),
    })}
  </fieldset>`;
}
