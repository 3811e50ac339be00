/**
 * What the map draws over its grid: the path connectors over the touchpoints lane and the
 * emotion curve over the emotions lane. Decoration (`aria-hidden`): the cells carry the content.
 * A large map draws only what crosses its built columns: the rest is off screen, and drawn when
 * its columns are built.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ColumnWindow } from '../column-window.js';
import { connectorsFor, type ConnectorGeometry } from '../connectors.js';
import type { EmotionLine, MapLayout } from '../layout.js';
import type { GridContext } from './grid.js';

export function renderConnectors(layout: MapLayout, geometry: ConnectorGeometry, columns: ColumnWindow): TemplateResult | typeof nothing {
  // Only the paths that cross a built column: a thousand would cost a long frame.
  const edges = columns.complete ? layout.edges : layout.edges.filter((e) => columns.anyBuilt(e.fromCol, e.toCol));
  const connectors = connectorsFor(edges, geometry);
  if (connectors.length === 0) return nothing;
  const width = layout.columns.length * geometry.columnWidth;
  const arrow = (c: (typeof connectors)[number]) =>
    svg`<path part="connector" class="connector ${c.shape}" data-from=${c.edge.from} data-to=${c.edge.to} d=${c.d} marker-end="url(#jk-arrow)"></path>`;
  return html`<svg class="connectors" aria-hidden="true" focusable="false" width=${width} height="100%">
    <defs>
      <marker id="jk-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto">
        <path class="arrowhead" d="M0,0L10,5L0,10z"></path>
      </marker>
    </defs>
    ${connectors.filter((c) => c.shape !== 'loop').map(arrow)}
    <svg y="100%" overflow="visible">${connectors.filter((c) => c.shape === 'loop').map(arrow)}</svg>
  </svg>`;
}

/**
 * A curve line cut to the built columns: the points whose segments reach a built column (so the
 * line runs on past the edge of what is built), all of them once everything is built.
 */
function builtLine(line: EmotionLine, columns: ColumnWindow): EmotionLine {
  const points = line.points;
  const kept = points.filter((p, i) => columns.anyBuilt(points[i - 1]?.index ?? p.index ?? 0, points[i + 1]?.index ?? p.index ?? 0));
  return kept.length === points.length ? line : { ...line, points: kept };
}

/** The curve's x per column, kept per layout and column width: a new array would redraw the curve on every column built. */
const positionsCache = new WeakMap<MapLayout, { width: number; positions: number[] }>();

function positionsOf(layout: MapLayout, width: number): number[] {
  const cached = positionsCache.get(layout);
  if (cached?.width === width) return cached.positions;
  const positions = layout.columns.map((c) => c.index * width + width / 2);
  positionsCache.set(layout, { width, positions });
  return positions;
}

/** Height of the curve over the emotions lane, px (`--_curve-h` in the styles): the emotion handles place their points by it too. */
export const curveHeight = (compact: boolean): number => (compact ? 88 : 112);

/**
 * The emotion curve over the emotions lane: one series per persona, each point at its
 * touchpoint's column, the filtered persona highlighted. A journey without personas draws a
 * single line in the accent colour. `inert`: its own points are neither announced twice nor a
 * second tab stop (the emotions cells say each feeling in words).
 */
export function renderCurve(ctx: GridContext): TemplateResult | typeof nothing {
  const { layout, columns } = ctx;
  if (ctx.lines.length === 0) return nothing;
  const lines = columns.complete ? ctx.lines : ctx.lines.map((line) => builtLine(line, columns));
  const w = ctx.geometry.columnWidth;
  const personas = ctx.personas.length > 0;
  return html`<emotion-curve
    part="curve"
    class="curve"
    decorative
    inert
    aria-hidden="true"
    dir=${ctx.dir}
    .series=${personas ? lines : undefined}
    .points=${personas ? undefined : lines[0]!.points}
    highlight=${ifDefined(layout.persona ?? undefined)}
    .scale=${ctx.scale}
    .positions=${positionsOf(layout, w)}
    locale=${ctx.i18n.tag}
    theme=${ifDefined(ctx.theme)}
    height=${curveHeight(ctx.compact)}
  ></emotion-curve>`;
}

/**
 * Comparing in overlay: the baseline's emotion lines over the current curve, one per persona,
 * dotted and thinner with smaller markers and without a background, zones or axis of their own
 * (the styles), so the current curve shows through and the two stay apart in black and white
 * too. Decoration like the curve: the cells say each change in words.
 */
export function renderBaselineCurve(ctx: GridContext): TemplateResult | typeof nothing {
  const baseline = ctx.compare?.baselineLines ?? [];
  if (baseline.length === 0) return nothing;
  const lines = ctx.columns.complete ? baseline : baseline.map((line) => builtLine(line, ctx.columns));
  return html`<emotion-curve
    part="baseline-curve"
    class="curve baseline-curve"
    decorative
    inert
    aria-hidden="true"
    dir=${ctx.dir}
    .series=${lines}
    .scale=${ctx.scale}
    .positions=${positionsOf(ctx.layout, ctx.geometry.columnWidth)}
    locale=${ctx.i18n.tag}
    theme=${ifDefined(ctx.theme)}
    height=${curveHeight(ctx.compact)}
  ></emotion-curve>`;
}
