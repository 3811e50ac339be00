/** The map's header: title, subject and state, description, persona legend, journey metrics. */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocaleController } from '../../../i18n/index.js';
import type { Journey, Persona } from '../../../model/core.js';
import type { Theme } from '../../../theme/index.js';
import { metricChips } from '../cells.js';
import type { LiveMetricStore } from '../controllers/live-metrics.js';
import type { MapLayout } from '../layout.js';
import { renderLegend } from '../legend.js';

export interface HeaderContext {
  journey: Journey;
  layout: MapLayout;
  i18n: LocaleController;
  dir: 'ltr' | 'rtl';
  theme: Theme | undefined;
  /** 1–6; anything else is 2. */
  headingLevel: number;
  personas: readonly Persona[];
  onSelectPersona: (persona: string | null) => void;
  /** The live metric values the chips follow. */
  live: LiveMetricStore;
  /** While editing: the map's editing buttons (Edit personas, Add stage). */
  editTools?: TemplateResult | undefined;
}

function heading(level: number, title: string): TemplateResult {
  switch (Number.isInteger(level) ? Math.min(6, Math.max(1, level)) : 2) {
    case 1:
      return html`<h1 class="title">${title}</h1>`;
    case 3:
      return html`<h3 class="title">${title}</h3>`;
    case 4:
      return html`<h4 class="title">${title}</h4>`;
    case 5:
      return html`<h5 class="title">${title}</h5>`;
    case 6:
      return html`<h6 class="title">${title}</h6>`;
    default:
      return html`<h2 class="title">${title}</h2>`;
  }
}

export function renderHeader(ctx: HeaderContext): TemplateResult {
  const { journey, i18n } = ctx;
  const msg = i18n.msg;
  const metrics = journey.metrics ?? [];
  return html`<div part="header" class="header">
    ${heading(ctx.headingLevel, journey.title)}
    <p class="kind">
      <span>${msg.subjects[journey.subject ?? 'customer']}</span><span>${msg.states[journey.state ?? 'current']}</span>
    </p>
    ${journey.description ? html`<p class="description">${journey.description}</p>` : nothing}
    ${ctx.personas.length > 0
      ? renderLegend({
          personas: ctx.personas,
          selected: ctx.layout.persona,
          msg,
          locale: i18n.tag,
          theme: ctx.theme,
          dir: ctx.dir,
          onSelect: ctx.onSelectPersona,
        })
      : nothing}
    ${ctx.editTools ?? nothing}
    ${metrics.length > 0
      ? html`<div class="journey-metrics">
          <span class="metrics-label" aria-hidden="true">${msg.journeyMetrics}</span>
          ${metricChips(metrics, i18n, ctx.live, msg.journeyMetrics)}
        </div>`
      : nothing}
  </div>`;
}
