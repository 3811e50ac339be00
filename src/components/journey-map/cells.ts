/**
 * What one lane shows for one touchpoint. Cells are named from their content (so the visible
 * words are always part of the name, WCAG 2.5.3): the element puts a visually hidden
 * "Stage, touchpoint, Lane:" in front, and the bodies here add hidden words where the visible
 * ones need them (counts, "Severity:"). The touchpoints lane is not here: its cell holds a
 * `<touchpoint-card>` and is named by the card's `accessibleSummary`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocaleController } from '../../i18n/index.js';
import type { LaneId, Opportunity, PainPoint, ResolvedEmotionScale, Touchpoint } from '../../model/index.js';

/** A cell's body, or `null` when the touchpoint has nothing for the lane. */
export type CellBody = TemplateResult | null;

const hidden = (text: string): TemplateResult => html`<span class="visually-hidden">${text}</span>`;

function items(values: readonly string[] | undefined): CellBody {
  if (!values || values.length === 0) return null;
  return html`<ul>
    ${values.map((v) => html`<li>${v}</li>`)}
  </ul>`;
}

function painPoints(list: readonly PainPoint[] | undefined, i18n: LocaleController): CellBody {
  if (!list || list.length === 0) return null;
  const msg = i18n.msg;
  return html`${hidden(`${msg.painPointCount(list.length)}: `)}
    <ul>
      ${list.map((p) =>
        typeof p === 'string' || !p.severity
          ? html`<li>${typeof p === 'string' ? p : p.text}</li>`
          : html`<li class="sev sev-${p.severity}">
              ${p.text} <span class="tag">${hidden(`${msg.severity}: `)}${msg.severities[p.severity]}</span>
            </li>`,
      )}
    </ul>`;
}

/** Impact, effort and owner of an opportunity, as short phrases. */
export function opportunityFacts(o: Opportunity, i18n: LocaleController): string[] {
  if (typeof o === 'string') return [];
  const msg = i18n.msg;
  const facts: string[] = [];
  if (o.impact !== undefined) facts.push(msg.impact(o.impact));
  if (o.effort !== undefined) facts.push(msg.effort(o.effort));
  if (o.owner) facts.push(`${msg.owner}: ${o.owner}`);
  return facts;
}

function opportunities(list: readonly Opportunity[] | undefined, i18n: LocaleController): CellBody {
  if (!list || list.length === 0) return null;
  return html`${hidden(`${i18n.msg.opportunityCount(list.length)}: `)}
    <ul>
      ${list.map((o) => {
        const facts = opportunityFacts(o, i18n);
        return html`<li>
          ${typeof o === 'string' ? o : o.text}${facts.length ? html`<span class="facts">${facts.join(', ')}</span>` : nothing}
        </li>`;
      })}
    </ul>`;
}

/** The emotion of a touchpoint in words, with its range: what the curve draws, for everyone. */
export function emotionText(tp: Touchpoint, scale: ResolvedEmotionScale, i18n: LocaleController): string {
  const msg = i18n.msg;
  const parts: string[] = [];
  if (tp.emotion !== undefined) parts.push(i18n.describeEmotion(tp.emotion, scale, tp.emotionLabel));
  else parts.push(tp.emotionLabel ?? msg.notMeasured);
  if (tp.emotionRange) parts.push(msg.range(tp.emotionRange.min, tp.emotionRange.max));
  return parts.join(', ');
}

/** The body of a non-touchpoint lane's cell. */
export function laneBody(
  lane: Exclude<LaneId, 'touchpoints'>,
  tp: Touchpoint,
  scale: ResolvedEmotionScale,
  i18n: LocaleController,
): CellBody {
  switch (lane) {
    case 'actions':
      return items(tp.actions);
    case 'thoughts':
      return items(tp.thoughts);
    case 'backstage':
      return items(tp.backstage);
    case 'emotions':
      return html`<span class="emotion-text">${emotionText(tp, scale, i18n)}</span>`;
    case 'pain-points':
      return painPoints(tp.painPoints, i18n);
    case 'opportunities':
      return opportunities(tp.opportunities, i18n);
    case 'metrics': {
      const metrics = tp.metrics ?? [];
      if (metrics.length === 0) return null;
      return html`<ul class="chips">
        ${metrics.map((m) => html`<li class="chip">${i18n.formatMetric(m).text}</li>`)}
      </ul>`;
    }
  }
}
