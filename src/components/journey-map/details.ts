/**
 * The details panel of `<journey-map>`: everything one touchpoint holds, as a non-modal dialog
 * (controllers/details-panel.ts opens, places and closes it).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocaleController } from '../../i18n/index.js';
import { closeIcon } from '../../icons/index.js';
import { isSafeUrl, personaIdsOf, type ResolvedEmotionScale } from '../../model/core.js';
import type { Journey, KnownChannel, Metric, Opportunity, PainPoint, Stage, Touchpoint } from '../../model/core.js';
import { opportunityItem } from './cells.js';
import type { LiveMetricStore } from './controllers/live-metrics.js';
import { liveMetric } from './templates/metric-chip.js';

/** Id of the panel's heading (unique inside the map's shadow root). */
export const DETAILS_TITLE_ID = 'jk-details-title';

/** A next step shown as a button. */
export interface NextStep {
  touchpoint: Touchpoint;
  /** It goes back to the same or an earlier column. */
  loop: boolean;
}

/** What the panel shows and how it talks back. */
export interface DetailsContext {
  journey: Journey;
  touchpoint: Touchpoint;
  stage: Stage;
  scale: ResolvedEmotionScale;
  i18n: LocaleController;
  next: NextStep[];
  headingLevel: number;
  /** The live metric values the touchpoint's metrics follow. */
  live: LiveMetricStore;
  onClose: () => void;
  onGoTo: (id: string) => void;
}

const textOf = (item: PainPoint | Opportunity): string => (typeof item === 'string' ? item : item.text);

function section(title: string, level: number, body: TemplateResult | typeof nothing): TemplateResult | typeof nothing {
  return body === nothing
    ? nothing
    : html`<section><div role="heading" aria-level=${level} class="label">${title}</div>${body}</section>`;
}

function list(items: readonly string[] | undefined): TemplateResult | typeof nothing {
  return items && items.length > 0 ? html`<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>` : nothing;
}

/** The panel's content. Every journey string goes in as text. */
export function renderDetails(ctx: DetailsContext): TemplateResult {
  const { touchpoint: tp, stage, scale, i18n, journey } = ctx;
  const msg = i18n.msg;
  const p = msg.punctuation;
  // Unknown channels are allowed and shown as written (hasOwn: a channel named "constructor" is text too).
  const channel = tp.channel && Object.hasOwn(msg.channels, tp.channel) ? msg.channels[tp.channel as KnownChannel] : tp.channel;
  const personas = (journey.personas ?? []).filter((p) => personaIdsOf(tp, journey).includes(p.id));
  const metric = (m: Metric): unknown => liveMetric(ctx.live, m, i18n, true);
  const level = Math.min(6, ctx.headingLevel + 1);
  const sub = Math.min(6, level + 1);
  const leads = ctx.next.filter((n) => !n.loop);
  const loops = ctx.next.filter((n) => n.loop);
  const steps = (items: NextStep[]): TemplateResult => html`<ul class="steps">
    ${items.map(
      (n) => html`<li><button type="button" class="step" @click=${() => ctx.onGoTo(n.touchpoint.id)}>
        ${msg.goTo(n.touchpoint.title)}
      </button></li>`,
    )}
  </ul>`;

  return html`
    <div class="details-head">
      <div role="heading" aria-level=${level} id=${DETAILS_TITLE_ID} class="details-title" tabindex="-1">${tp.title}</div>
      <button type="button" class="close" @click=${ctx.onClose}>${closeIcon()}<span>${msg.close}</span></button>
    </div>
    <p class="details-meta">
      <span>${p.labelled(msg.stage, stage.name)}</span>
      ${channel ? html`<span>${p.labelled(msg.channel, channel)}</span>` : nothing}
      ${tp.momentOfTruth ? html`<span class="mot-flag">${msg.momentOfTruth}</span>` : nothing}
    </p>
    ${personas.length > 0 && (journey.personas ?? []).length > 1
      ? html`<p class="details-meta">${p.labelled(msg.persona, personas.map((persona) => persona.name).join(p.separator))}</p>`
      : nothing}
    ${tp.description ? html`<p>${tp.description}</p>` : nothing}
    ${section(msg.lanes.actions, sub, list(tp.actions))}
    ${section(msg.lanes.thoughts, sub, list(tp.thoughts))}
    ${section(
      msg.emotion,
      sub,
      tp.emotion !== undefined || tp.emotionRange
        ? html`<p>
            ${tp.emotion !== undefined ? i18n.describeEmotion(tp.emotion, scale, tp.emotionLabel) : msg.notMeasured}
            ${tp.emotionRange ? html`<br />${msg.range(tp.emotionRange.min, tp.emotionRange.max)}` : nothing}
          </p>`
        : nothing,
    )}
    ${section(
      msg.lanes['pain-points'],
      sub,
      tp.painPoints?.length
        ? html`<ul>
            ${tp.painPoints.map(
              (pain) => html`<li>
                ${textOf(pain)}
                ${typeof pain !== 'string' && pain.severity
                  ? html`<span class="tag sev-${pain.severity}">${p.labelled(msg.severity, msg.severities[pain.severity])}</span>`
                  : nothing}
              </li>`,
            )}
          </ul>`
        : nothing,
    )}
    ${section(
      msg.lanes.opportunities,
      sub,
      tp.opportunities?.length
        ? html`<ul>
            ${tp.opportunities.map((o) => html`<li>${opportunityItem(o, i18n)}</li>`)}
          </ul>`
        : nothing,
    )}
    ${section(msg.lanes.backstage, sub, list(tp.backstage))}
    ${section(msg.lanes.metrics, sub, tp.metrics?.length ? html`<ul class="chips">${tp.metrics.map(metric)}</ul>` : nothing)}
    ${section(
      msg.quotes,
      sub,
      tp.quotes?.length ? html`${tp.quotes.map((q) => html`<blockquote>${q}</blockquote>`)}` : nothing,
    )}
    ${section(
      msg.evidence,
      sub,
      tp.evidence
        ? html`<p>
            ${msg.evidenceLevels[tp.evidence.level] ?? tp.evidence.level}
            ${tp.evidence.sampleSize !== undefined ? html` · ${msg.sampleSize(tp.evidence.sampleSize)}` : nothing}
            ${tp.evidence.source ? html`<br />${p.labelled(msg.source, tp.evidence.source)}` : nothing}
          </p>`
        : nothing,
    )}
    ${isSafeUrl(tp.url, 'link')
      ? html`<p><a href=${tp.url} target="_blank" rel="noopener noreferrer">${msg.openLink}</a></p>`
      : nothing}
    ${ctx.next.length > 0
      ? html`<section class="next">
          <div role="heading" aria-level=${sub} class="label">${msg.nextSteps}</div>
          ${leads.length ? html`<p class="sub">${msg.leadsTo}</p>${steps(leads)}` : nothing}
          ${loops.length ? html`<p class="sub">${msg.loopsBackTo}</p>${steps(loops)}` : nothing}
        </section>`
      : nothing}
  `;
}
