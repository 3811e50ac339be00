/**
 * The details panel's frame: a non-modal dialog holding either a touchpoint's details (viewing)
 * or its form (editing). controllers/details-panel.ts opens, places and closes it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocaleController } from '../../../i18n/index.js';
import type { Journey, ResolvedEmotionScale, Touchpoint } from '../../../model/core.js';
import { DETAILS_TITLE_ID, renderDetails, type DetailsContext, type NextStep } from '../details.js';
import type { MapLayout } from '../layout.js';

export interface DetailsPanelContext {
  journey: Journey;
  layout: MapLayout;
  /** The open touchpoint. */
  id: string;
  scale: ResolvedEmotionScale;
  i18n: LocaleController;
  headingLevel: number;
  live: DetailsContext['live'];
  /** While editing: the touchpoint's form instead of its details. */
  form?: ((touchpoint: Touchpoint, onClose: () => void) => TemplateResult) | undefined;
  onFocusout: (event: FocusEvent) => void;
  onClose: () => void;
  onGoTo: (id: string) => void;
}

export function renderDetailsPanel(ctx: DetailsPanelContext): TemplateResult | typeof nothing {
  const { layout } = ctx;
  const col = layout.columnOf.get(ctx.id);
  if (col === undefined) return nothing;
  const column = layout.columns[col]!;
  const touchpoint = column.touchpoint!;
  const next: NextStep[] = layout.edges
    .filter((e) => e.from === touchpoint.id)
    .map((e) => ({ touchpoint: layout.columns[e.toCol]!.touchpoint!, loop: e.toCol <= e.fromCol }));
  return html`<div part="details" class="details" role="dialog" aria-labelledby=${DETAILS_TITLE_ID} @focusout=${ctx.onFocusout}>
    ${ctx.form
      ? ctx.form(touchpoint, ctx.onClose)
      : renderDetails({
          journey: ctx.journey,
          touchpoint,
          stage: layout.stages[column.stage]!.stage,
          scale: ctx.scale,
          i18n: ctx.i18n,
          next,
          headingLevel: ctx.headingLevel,
          live: ctx.live,
          onClose: ctx.onClose,
          onGoTo: ctx.onGoTo,
        })}
  </div>`;
}
