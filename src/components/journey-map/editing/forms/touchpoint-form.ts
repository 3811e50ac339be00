/** The touchpoint form: every field of a touchpoint, in the details panel of an editable map. */
import { html, nothing, type TemplateResult } from 'lit';
import { DETAILS_TITLE_ID } from '../../details.js';
import { closeIcon } from '../../../../icons/index.js';
import { EVIDENCE_LEVELS, KNOWN_CHANNELS, KNOWN_METRIC_KINDS, SEVERITIES, type Evidence, type Metric, type Opportunity, type PainPoint, type Touchpoint } from '../../../../model/core.js';
import { moveTouchpoint, removeTouchpoint, updateListItem, updateTouchpoint, type ListOwner } from '../../../../model/edit/operations.js';
import { checkbox, listField, selectField, textField } from './controls.js';
import { itemText, metricWith, opportunityWith, optionalText, painPointWith, parseNumber, personaField, personasOf } from './fields.js';
import type { FieldEdit, FormApi } from './form-api.js';

export const CHANNELS_LIST_ID = 'jk-form-channels';
export const METRIC_KINDS_LIST_ID = 'jk-form-metric-kinds';

/** A number field's edit: empty removes, a word is refused by the form itself. */
export function numberEdit(f: FormApi, label: string, set: (value: number | undefined, journey: Parameters<FieldEdit>[1]) => ReturnType<FieldEdit>): FieldEdit {
  return (text, journey) => {
    const value = parseNumber(text);
    return value === null ? { text: f.words.notANumber(label) } : set(value, journey);
  };
}

/** A required text field's edit: empty is refused by the form itself. */
export function requiredEdit(f: FormApi, label: string, set: FieldEdit): FieldEdit {
  return (text, journey) => (text.trim() === '' ? { text: f.words.required(label) } : set(text, journey));
}

/** The fields of one metric of a list (touchpoint, stage). */
export function metricFields(f: FormApi, owner: ListOwner, key: string, index: number, m: Metric): TemplateResult {
  const { words } = f;
  const put = (changes: Partial<Metric>) => (journey: Parameters<FieldEdit>[1]) => updateListItem(journey, owner, 'metrics', index, metricWith(m, changes));
  const num = (field: 'value' | 'target', label: string) =>
    textField(f, {
      key: `${key}/${field}`,
      label,
      value: m[field] === undefined ? '' : String(m[field]),
      inputmode: 'decimal',
      ...f.text(`${key}/${field}`, label, numberEdit(f, label, (value, journey) => (field === 'value' && value === undefined ? { text: words.required(label) } : put({ [field]: value })(journey)))),
    });
  const opt = (field: 'unit' | 'label', label: string) =>
    textField(f, { key: `${key}/${field}`, label, value: m[field] ?? '', ...f.text(`${key}/${field}`, label, (text, journey) => put({ [field]: optionalText(text) })(journey)) });
  return html`${textField(f, {
      key: `${key}/kind`,
      label: words.metricKind,
      value: m.kind,
      suggestions: METRIC_KINDS_LIST_ID,
      ...f.text(`${key}/kind`, words.metricKind, requiredEdit(f, words.metricKind, (text, journey) => put({ kind: text })(journey))),
    })}
    ${num('value', words.metricValue)} ${num('target', words.metricTarget)} ${opt('unit', words.metricUnit)} ${opt('label', words.metricLabel)}`;
}

/** Suggestions for the channel and metric kind fields: the known ones, named. */
export function suggestions(f: FormApi): TemplateResult {
  return html`<datalist id=${CHANNELS_LIST_ID}>${KNOWN_CHANNELS.map((c) => html`<option value=${c}>${f.msg.channels[c]}</option>`)}</datalist>
    <datalist id=${METRIC_KINDS_LIST_ID}>${KNOWN_METRIC_KINDS.map((k) => html`<option value=${k}>${f.msg.metrics[k]}</option>`)}</datalist>`;
}

/** A list of plain strings (actions, thoughts, backstage, quotes; goals, frustrations, needs). */
export function stringList(f: FormApi, ownerKey: string, owner: ListOwner, list: 'actions' | 'thoughts' | 'backstage' | 'quotes' | 'goals' | 'frustrations' | 'needs', heading: string, items: readonly string[]): TemplateResult {
  const key = `${ownerKey}/${list}`;
  return listField(f, {
    key,
    list,
    heading,
    items,
    textOf: (item) => item,
    renderItem: (item, i, name) =>
      textField(f, {
        key: `${key}/${i}`,
        label: name,
        value: item,
        multiline: list === 'quotes',
        ...f.text(`${key}/${i}`, name, (text, journey) => updateListItem(journey, owner, list, i, text)),
      }),
    ...f.list(ownerKey, owner, list),
  });
}

export function renderTouchpointForm(f: FormApi, tp: Touchpoint, onClose: () => void): TemplateResult {
  const { words, msg, journey } = f;
  const k = `tp:${tp.id}`;
  const owner: ListOwner = { touchpoint: tp.id };
  const level = Math.min(6, f.headingLevel + 1);
  const update = (changes: Parameters<typeof updateTouchpoint>[2]) => (journey: Parameters<FieldEdit>[1]) => updateTouchpoint(journey, tp.id, changes);
  const optional = (field: 'description' | 'emotionLabel' | 'channel', label: string, extra: { multiline?: boolean; suggestions?: string } = {}) =>
    textField(f, { key: `${k}/${field}`, label, value: tp[field] ?? '', ...extra, ...f.text(`${k}/${field}`, label, (text, journey) => update({ [field]: optionalText(text) })(journey)) });
  const personas = journey.personas ?? [];
  const ticked = personasOf(tp);
  const emotionWord = tp.emotion !== undefined ? f.i18n.describeEmotion(tp.emotion, f.scale, tp.emotionLabel) : msg.notMeasured;
  const evidence = tp.evidence;
  const setEvidence = (changes: Partial<Evidence>) => (journey: Parameters<FieldEdit>[1]) => {
    const next = { ...evidence, ...changes } as Partial<Evidence>;
    const clean = Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined)) as unknown as Evidence;
    return update({ evidence: Object.keys(clean).length > 0 ? clean : undefined })(journey);
  };
  const others = journey.touchpoints.filter((t) => t.id !== tp.id);

  return html`<div class="edit-form" data-form=${k}>
    <div class="details-head">
      <div role="heading" aria-level=${level} id=${DETAILS_TITLE_ID} class="details-title" tabindex="-1">${words.editTouchpoint}</div>
      <button type="button" class="close" @click=${onClose}>${closeIcon()}<span>${msg.close}</span></button>
    </div>
    ${suggestions(f)}
    ${textField(f, { key: `${k}/title`, label: words.title, value: tp.title, ...f.text(`${k}/title`, words.title, requiredEdit(f, words.title, (text, journey) => update({ title: text })(journey))) })}
    ${optional('description', msg.description, { multiline: true })}
    ${selectField(f, {
      key: `${k}/stage`,
      label: msg.stage,
      value: tp.stage,
      options: journey.stages.map((s) => [s.id, s.name] as const),
      onChange: (stage) => f.choose(`${k}/stage`, msg.stage, (journey) => moveTouchpoint(journey, tp.id, { stage })),
    })}
    ${personas.length > 0
      ? html`<fieldset class="choices">
          <legend>${words.whoMeetsIt}</legend>
          ${personas.map((p) =>
            checkbox(f, {
              key: `${k}/persona/${p.id}`,
              label: p.name,
              checked: ticked.includes(p.id),
              onChange: (on) =>
                f.choose(`${k}/persona/${p.id}`, words.whoMeetsIt, (journey) => {
                  const now = on ? [...ticked, p.id] : ticked.filter((id) => id !== p.id);
                  const value = personaField(now, personas.map((q) => q.id));
                  return update({ persona: typeof tp.persona === 'string' && value?.length === 1 ? value[0] : value })(journey);
                }),
            }),
          )}
          <p class="field-hint">${words.everyoneWhenNone}</p>
        </fieldset>`
      : nothing}
    ${optional('channel', msg.channel, { suggestions: CHANNELS_LIST_ID })}
    ${textField(f, {
      key: `${k}/emotion`,
      label: msg.emotion,
      value: tp.emotion === undefined ? '' : String(tp.emotion),
      inputmode: 'decimal',
      hint: `${emotionWord}. ${words.emotionHint(f.scale.min, f.scale.max)}`,
      ...f.text(`${k}/emotion`, msg.emotion, numberEdit(f, msg.emotion, (emotion, journey) => update({ emotion })(journey))),
    })}
    ${optional('emotionLabel', words.emotionWord)}
    ${listField<PainPoint>(f, {
      key: `${k}/painPoints`,
      list: 'painPoints',
      heading: msg.lanes['pain-points'],
      items: tp.painPoints ?? [],
      textOf: itemText,
      renderItem: (item, i, name) => {
        const key = `${k}/painPoints/${i}`;
        const put = (changes: Parameters<typeof painPointWith>[1]) => (journey: Parameters<FieldEdit>[1]) => updateListItem(journey, owner, 'painPoints', i, painPointWith(item, changes));
        return html`<fieldset class="item"><legend>${name}</legend>
          ${textField(f, { key: `${key}/text`, label: words.text, value: itemText(item), ...f.text(`${key}/text`, words.text, (text, journey) => put({ text })(journey)) })}
          ${selectField(f, {
            key: `${key}/severity`,
            label: msg.severity,
            value: typeof item === 'string' ? '' : (item.severity ?? ''),
            options: [['', words.notSet], ...SEVERITIES.map((s) => [s, msg.severities[s]] as const)],
            onChange: (severity) => f.choose(`${key}/severity`, msg.severity, put({ severity })),
          })}
        </fieldset>`;
      },
      ...f.list(k, owner, 'painPoints'),
    })}
    ${listField<Opportunity>(f, {
      key: `${k}/opportunities`,
      list: 'opportunities',
      heading: msg.lanes.opportunities,
      items: tp.opportunities ?? [],
      textOf: itemText,
      renderItem: (item, i, name) => {
        const key = `${k}/opportunities/${i}`;
        const o = typeof item === 'string' ? { text: item } : item;
        const put = (changes: Parameters<typeof opportunityWith>[1]) => (journey: Parameters<FieldEdit>[1]) => updateListItem(journey, owner, 'opportunities', i, opportunityWith(item, changes));
        const score = (field: 'impact' | 'effort', label: string) =>
          textField(f, {
            key: `${key}/${field}`,
            label,
            value: o[field] === undefined ? '' : String(o[field]),
            inputmode: 'decimal',
            ...f.text(`${key}/${field}`, label, numberEdit(f, label, (value, journey) => put({ [field]: value })(journey))),
          });
        return html`<fieldset class="item"><legend>${name}</legend>
          ${textField(f, { key: `${key}/text`, label: words.text, value: o.text, ...f.text(`${key}/text`, words.text, (text, journey) => put({ text })(journey)) })}
          ${score('impact', words.impact)} ${score('effort', words.effort)}
          ${textField(f, { key: `${key}/owner`, label: msg.owner, value: o.owner ?? '', ...f.text(`${key}/owner`, msg.owner, (text, journey) => put({ owner: optionalText(text) })(journey)) })}
        </fieldset>`;
      },
      ...f.list(k, owner, 'opportunities'),
    })}
    ${stringList(f, k, owner, 'actions', msg.lanes.actions, tp.actions ?? [])}
    ${stringList(f, k, owner, 'thoughts', msg.lanes.thoughts, tp.thoughts ?? [])}
    ${stringList(f, k, owner, 'backstage', msg.lanes.backstage, tp.backstage ?? [])}
    ${checkbox(f, {
      key: `${k}/momentOfTruth`,
      label: msg.momentOfTruth,
      checked: tp.momentOfTruth === true,
      onChange: (on) => f.choose(`${k}/momentOfTruth`, msg.momentOfTruth, update({ momentOfTruth: on ? true : undefined })),
    })}
    <fieldset class="group">
      <legend>${msg.evidence}</legend>
      ${selectField(f, {
        key: `${k}/evidence/level`,
        label: words.evidenceLevel,
        value: evidence?.level ?? '',
        options: [['', words.notSet], ...EVIDENCE_LEVELS.map((l) => [l, msg.evidenceLevels[l]] as const)],
        onChange: (level) => f.choose(`${k}/evidence/level`, words.evidenceLevel, level === '' ? update({ evidence: undefined }) : setEvidence({ level: level as Evidence['level'] })),
      })}
      ${textField(f, {
        key: `${k}/evidence/sampleSize`,
        label: words.sampleSize,
        value: evidence?.sampleSize === undefined ? '' : String(evidence.sampleSize),
        inputmode: 'decimal',
        ...f.text(`${k}/evidence/sampleSize`, words.sampleSize, numberEdit(f, words.sampleSize, (sampleSize, journey) => setEvidence({ sampleSize })(journey))),
      })}
      ${textField(f, {
        key: `${k}/evidence/source`,
        label: msg.source,
        value: evidence?.source ?? '',
        ...f.text(`${k}/evidence/source`, msg.source, (text, journey) => setEvidence({ source: optionalText(text) })(journey)),
      })}
    </fieldset>
    ${listField<Metric>(f, {
      key: `${k}/metrics`,
      list: 'metrics',
      heading: msg.lanes.metrics,
      items: tp.metrics ?? [],
      textOf: itemText,
      renderItem: (item, i, name) => html`<fieldset class="item"><legend>${name}</legend>${metricFields(f, owner, `${k}/metrics/${i}`, i, item)}</fieldset>`,
      ...f.list(k, owner, 'metrics'),
    })}
    ${stringList(f, k, owner, 'quotes', msg.quotes, tp.quotes ?? [])}
    ${textField(f, { key: `${k}/url`, label: words.link, value: tp.url ?? '', inputmode: 'url', ...f.text(`${k}/url`, words.link, (text, journey) => update({ url: optionalText(text.trim()) })(journey)) })}
    ${listField<string>(f, {
      key: `${k}/next`,
      list: 'next',
      heading: msg.nextSteps,
      items: tp.next ?? [],
      textOf: (id) => journey.touchpoints.find((t) => t.id === id)?.title ?? id,
      renderItem: (id, i, name) =>
        selectField(f, {
          key: `${k}/next/${i}`,
          label: name,
          value: id,
          options: others.map((t) => [t.id, t.title] as const),
          onChange: (to) => f.choose(`${k}/next/${i}`, name, (journey) => update({ next: (tp.next ?? []).map((n, j) => (j === i ? to : n)) })(journey)),
        }),
      ...f.list(k, { next: tp.id }, 'next'),
    })}
    <div class="form-actions">
      <button type="button" class="danger" data-key=${`${k}/remove`} @click=${() => f.remove(`${k}/remove`, tp.title, (journey) => removeTouchpoint(journey, tp.id))}>${words.removeTouchpoint}</button>
    </div>
  </div>`;
}

