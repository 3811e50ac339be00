/** The stage form: name, description, goals and metrics of a stage; add a touchpoint to it; remove it. */
import { html, type TemplateResult } from 'lit';
import { closeIcon } from '../../../../icons/index.js';
import type { Metric, Stage } from '../../../../model/core.js';
import { removeStage, updateStage, type ListOwner } from '../../../../model/edit/operations.js';
import { listField, textField } from './controls.js';
import { itemText, optionalText } from './fields.js';
import type { FormApi } from './form-api.js';
import { removal } from './removal.js';
import { metricFields, requiredEdit, stringList, suggestions } from './touchpoint-form.js';

/** Id of the edit panel's heading (it names the dialog). */
export const EDIT_PANEL_TITLE_ID = 'jk-edit-panel-title';

export function renderStageForm(f: FormApi, stage: Stage, onClose: () => void): TemplateResult {
  const { words, msg, journey } = f;
  const k = `stage:${stage.id}`;
  const owner: ListOwner = { stage: stage.id };
  return html`<div class="edit-form" data-form=${k}>
    ${panelHead(f, words.editStage, onClose)} ${suggestions(f)}
    ${textField(f, { key: `${k}/name`, label: words.name, value: stage.name, ...f.text(`${k}/name`, words.name, requiredEdit(f, words.name, (text, j) => updateStage(j, stage.id, { name: text }))) })}
    ${textField(f, {
      key: `${k}/description`,
      label: msg.description,
      value: stage.description ?? '',
      multiline: true,
      ...f.text(`${k}/description`, msg.description, (text, j) => updateStage(j, stage.id, { description: optionalText(text) })),
    })}
    ${stringList(f, k, owner, 'goals', msg.goals, stage.goals ?? [])}
    ${listField<Metric>(f, {
      key: `${k}/metrics`,
      list: 'metrics',
      heading: msg.stageMetrics,
      items: stage.metrics ?? [],
      textOf: itemText,
      renderItem: (item, i, name) => html`<fieldset class="item"><legend>${name}</legend>${metricFields(f, owner, `${k}/metrics/${i}`, i, item)}</fieldset>`,
      ...f.list(k, owner, 'metrics'),
    })}
    <div class="form-actions">
      <button type="button" class="add" data-key=${`${k}/add-touchpoint`} @click=${() => f.addTouchpoint(stage.id)}>
        <span aria-hidden="true">+</span> ${words.addTouchpointTo(f.isolate(stage.name))}
      </button>
    </div>
    ${removal(f, {
      key: `${k}/remove`,
      name: stage.name,
      label: words.removeStage,
      others: journey.stages.filter((s) => s.id !== stage.id),
      remove: (j, options) => removeStage(j, stage.id, options),
    })}
  </div>`;
}

/** The heading (it names the panel's dialog and takes focus first) and the Close button. */
export function panelHead(f: FormApi, title: string, onClose: () => void): TemplateResult {
  return html`<div class="details-head">
    <div role="heading" aria-level=${Math.min(6, f.headingLevel + 1)} id=${EDIT_PANEL_TITLE_ID} class="details-title" tabindex="-1">${title}</div>
    <button type="button" class="close" @click=${onClose}>${closeIcon()}<span>${f.msg.close}</span></button>
  </div>`;
}
