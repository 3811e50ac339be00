/**
 * What one lane shows for one touchpoint. Cells are named from their content (so the visible
 * words are always part of the name, WCAG 2.5.3): the element puts a visually hidden
 * "Stage, touchpoint, Lane:" in front, and the bodies here add hidden words where the visible
 * ones need them (counts, "Severity:"). The touchpoints lane is not here: its cell holds a
 * `<touchpoint-card>` and is named by the card's `accessibleSummary`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocaleController } from '../../i18n/index.js';
import type { LaneId, Metric, Opportunity, PainPoint, ResolvedEmotionScale, Touchpoint } from '../../model/core.js';
import type { LiveMetricStore } from './controllers/live-metrics.js';
import { liveMetric } from './templates/metric-chip.js';

/** A cell's body, or `null` when the touchpoint has nothing for the lane. */
export type CellBody = TemplateResult | null;

const hidden = (text: string): TemplateResult => html`<span class="visually-hidden">${text}</span>`;

/**
 * A list whose items a screen reader reads as one cell name: a hidden separator after each item
 * but the last, so "Password reset loop; Slow page" does not run together.
 */
function listItems<T>(list: readonly T[], sep: string, item: (value: T) => unknown): TemplateResult {
  return html`<ul>
    ${list.map((value, i) => html`<li>${item(value)}${i < list.length - 1 ? hidden(sep) : nothing}</li>`)}
  </ul>`;
}

function items(values: readonly string[] | undefined, i18n: LocaleController): CellBody {
  if (!values || values.length === 0) return null;
  return listItems(values, i18n.msg.punctuation.listSeparator, (v) => v);
}

function painPoints(list: readonly PainPoint[] | undefined, i18n: LocaleController): CellBody {
  if (!list || list.length === 0) return null;
  const msg = i18n.msg;
  const p = msg.punctuation;
  return html`${hidden(`${msg.painPointCount(list.length)}${p.colon}`)}
    ${listItems(list, p.listSeparator, (pain) =>
      typeof pain === 'string' || !pain.severity
        ? (typeof pain === 'string' ? pain : pain.text)
        : html`${pain.text}${hidden(p.separator)} <span class="tag sev sev-${pain.severity}">${hidden(`${msg.severity}${p.colon}`)}${msg.severities[pain.severity]}</span>`,
    )}`;
}

/** Impact, effort and owner of an opportunity, as short phrases. */
export function opportunityFacts(o: Opportunity, i18n: LocaleController): string[] {
  if (typeof o === 'string') return [];
  const msg = i18n.msg;
  const facts: string[] = [];
  if (o.impact !== undefined) facts.push(msg.impact(o.impact));
  if (o.effort !== undefined) facts.push(msg.effort(o.effort));
  if (o.owner) facts.push(msg.punctuation.labelled(msg.owner, o.owner));
  return facts;
}

/**
 * One opportunity: its text, then its facts. The lane's cell and the details panel both show it;
 * `spoken` adds a hidden separator between the two where the cell's list is read as its name.
 */
export function opportunityItem(o: Opportunity, i18n: LocaleController, spoken = false): TemplateResult {
  const p = i18n.msg.punctuation;
  const facts = opportunityFacts(o, i18n);
  return html`${typeof o === 'string' ? o : o.text}${facts.length
    ? html`${spoken ? hidden(p.separator) : nothing}<span class="facts">${facts.join(p.separator)}</span>`
    : nothing}`;
}

function opportunities(list: readonly Opportunity[] | undefined, i18n: LocaleController): CellBody {
  if (!list || list.length === 0) return null;
  const p = i18n.msg.punctuation;
  return html`${hidden(`${i18n.msg.opportunityCount(list.length)}${p.colon}`)}
    ${listItems(list, p.listSeparator, (o) => opportunityItem(o, i18n, true))}`;
}

/** The emotion of a touchpoint in words, with its range: what the curve draws, for everyone. */
export function emotionText(tp: Touchpoint, scale: ResolvedEmotionScale, i18n: LocaleController): string {
  const msg = i18n.msg;
  const parts: string[] = [];
  if (tp.emotion !== undefined) parts.push(i18n.describeEmotion(tp.emotion, scale, tp.emotionLabel));
  else parts.push(tp.emotionLabel ?? msg.notMeasured);
  if (tp.emotionRange) parts.push(msg.range(tp.emotionRange.min, tp.emotionRange.max));
  return parts.join(msg.punctuation.separator);
}

/** The body of a non-touchpoint lane's cell. */
export function laneBody(
  lane: Exclude<LaneId, 'touchpoints'>,
  tp: Touchpoint,
  scale: ResolvedEmotionScale,
  i18n: LocaleController,
  live: LiveMetricStore,
): CellBody {
  switch (lane) {
    case 'actions':
      return items(tp.actions, i18n);
    case 'thoughts':
      return items(tp.thoughts, i18n);
    case 'backstage':
      return items(tp.backstage, i18n);
    case 'emotions':
      return html`<span class="emotion-text">${emotionText(tp, scale, i18n)}</span>`;
    case 'pain-points':
      return painPoints(tp.painPoints, i18n);
    case 'opportunities':
      return opportunities(tp.opportunities, i18n);
    case 'metrics': {
      const metrics = tp.metrics ?? [];
      if (metrics.length === 0) return null;
      return metricChips(metrics, i18n, live);
    }
  }
}

/**
 * Metric chips, read as one list: "CSAT: 4.2, target 4.5, target missed; Conversion: 18%". Each
 * chip follows its live value in `live` by itself (`templates/metric-chip.ts`).
 */
export function metricChips(metrics: readonly Metric[], i18n: LocaleController, live: LiveMetricStore, label?: string): TemplateResult {
  return html`<ul class="chips" aria-label=${label ?? nothing}>
    ${metrics.map((m, i) => liveMetric(live, m, i18n, i === metrics.length - 1))}
  </ul>`;
}
