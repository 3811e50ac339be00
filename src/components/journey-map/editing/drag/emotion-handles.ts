/**
 * The emotion handles of `<journey-map editable>`: a grip over each measured touchpoint's point on
 * the curve, dragged up or down to change its emotion. The curve itself stays inert decoration;
 * the handles are the map's own layer over the emotions row, placed by the same numbers as the
 * curve (column centres, the curve's height and margins). Pointer-only (`aria-hidden`, never
 * focusable): Alt+Up/Down on an emotions cell is the keyboard way.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { ResolvedEmotionScale } from '../../../../model/core.js';
import { EMOTION_CURVE_MARGIN } from '../../../emotion-curve/emotion-curve.js';
import { curveHeight } from '../../templates/decoration.js';
import type { GridContext } from '../../templates/grid.js';

/** y of `value` in a curve `height` px tall: the scale's max at the top margin, its min at the bottom one (as the curve draws it). */
export function emotionY(value: number, scale: ResolvedEmotionScale, height: number): number {
  const bottom = height - EMOTION_CURVE_MARGIN.bottom;
  return bottom - ((value - scale.min) * (bottom - EMOTION_CURVE_MARGIN.top)) / (scale.max - scale.min);
}

/** The scale's integer nearest to `y` in a curve `height` px tall, within the scale. */
export function emotionAt(y: number, scale: ResolvedEmotionScale, height: number): number {
  const bottom = height - EMOTION_CURVE_MARGIN.bottom;
  const value = scale.min + ((bottom - y) * (scale.max - scale.min)) / (bottom - EMOTION_CURVE_MARGIN.top);
  return Math.min(scale.max, Math.max(scale.min, Math.round(value)));
}

/** The handles over the emotions row: one per built column whose touchpoint has an emotion. */
export function renderEmotionHandles(ctx: GridContext): TemplateResult | typeof nothing {
  const w = ctx.geometry.columnWidth;
  if (w <= 0) return nothing;
  const height = curveHeight(ctx.compact);
  const measured = ctx.columns.builtColumns.map((col) => ctx.layout.columns[col]!).filter((col) => typeof col.touchpoint?.emotion === 'number');
  if (measured.length === 0) return nothing;
  return html`<div class="emotion-handles" aria-hidden="true">
    ${repeat(
      measured,
      (col) => col.touchpoint!.id,
      (col) =>
        html`<div
          class="emotion-handle"
          data-id=${col.touchpoint!.id}
          style=${styleMap({
            insetInlineStart: `${col.index * w + w / 2}px`,
            insetBlockStart: `${emotionY(col.touchpoint!.emotion!, ctx.scale, height)}px`,
          })}
        ></div>`,
    )}
  </div>`;
}
