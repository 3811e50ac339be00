/**
 * The map's grid (WAI-ARIA grid): the stage header row, a row per lane, the connectors over the
 * touchpoints lane and the emotion curve over the emotions lane. Functions of a small context;
 * the element decides when they run (a `guard` on the context's inputs).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { LocaleController } from '../../../i18n/index.js';
import type { Journey, LaneId, Persona, ResolvedEmotionScale, Stage } from '../../../model/core.js';
import type { Theme } from '../../../theme/index.js';
import { touchpointSummary } from '../../touchpoint-card/card-summary.js';
import { laneBody, metricChips } from '../cells.js';
import type { ColumnWindow } from '../column-window.js';
import type { LiveMetricStore } from '../controllers/live-metrics.js';
import type { ConnectorGeometry } from '../connectors.js';
import type { EmotionLine, MapColumn, MapLayout, StageSpan } from '../layout.js';
import type { CompareGrid } from './compare.js';
import { renderBaselineCurve, renderConnectors, renderCurve } from './decoration.js';
import { liveTouchpoint } from './metric-chip.js';

/** What the grid shows and how it talks back. */
export interface GridContext {
  journey: Journey;
  layout: MapLayout;
  i18n: LocaleController;
  dir: 'ltr' | 'rtl';
  narrow: boolean;
  compact: boolean;
  theme: Theme | undefined;
  scale: ResolvedEmotionScale;
  lines: readonly EmotionLine[];
  personas: readonly Persona[];
  geometry: ConnectorGeometry;
  columns: ColumnWindow;
  /** The live metric values the chips follow (a chip draws itself again on a change: no guard needs it). */
  live: LiveMetricStore;
  onScroll: EventListenerObject;
  onKeydown: (event: KeyboardEvent) => void;
  onClick: (event: MouseEvent) => void;
  onFocusin: (event: FocusEvent) => void;
  /** While editing: the editing keys, said as the grid's description. */
  editingHint?: string | undefined;
  /** While editing: a stage header's editing buttons (Add touchpoint). */
  stageTools?: ((stage: Stage) => TemplateResult) | undefined;
  /** While editing: the emotion handles over the curve (from the editing module, so the viewer never loads them). */
  emotionHandles?: ((ctx: GridContext) => TemplateResult | typeof nothing) | undefined;
  /** The grid's name when not the journey's title (side by side: "Current: …"). */
  label?: string | null | undefined;
  /** While comparing with a baseline: each touchpoint's mark and changes, the baseline's emotion lines. */
  compare?: CompareGrid | undefined;
}

/** Whether a text already ends a sentence, so no separator needs to follow it. */
const endsSentence = (text: string): boolean => /[.!?。！？]\s*$/.test(text);

const hidden = (text: string): TemplateResult => html`<span class="visually-hidden">${text}</span>`;

export function renderGrid(ctx: GridContext): TemplateResult {
  const { journey, layout, i18n, narrow, geometry } = ctx;
  const msg = i18n.msg;
  return html`${ctx.editingHint ? html`<span id="editing-hint" class="visually-hidden">${ctx.editingHint}</span>` : nothing}<div class="scroller" @scroll=${ctx.onScroll}>
    <div
      role="grid"
      class="grid"
      aria-label=${ctx.label || i18n.isolate(journey.title, ctx.dir)}
      aria-colcount=${layout.columns.length + 1}
      aria-rowcount=${layout.lanes.length + 1}
      aria-describedby=${ctx.editingHint ? 'editing-hint' : nothing}
      style=${styleMap({ '--_cols': String(layout.columns.length) })}
      @keydown=${ctx.onKeydown}
      @click=${ctx.onClick}
      @focusin=${ctx.onFocusin}
    >
      <div role="row" class="row head">
        <div role="gridcell" class="corner" aria-colindex="1"></div>
        ${layout.stages.map((s, k) => stageHeader(ctx, s, k))}
      </div>
      ${layout.lanes.map(
        (lane, row) => html`<div role="row" class="row lane-${lane}" data-lane-row=${row}>
          <div role="rowheader" part="lane-header" class="lane-header" aria-colindex="1" data-row=${row} data-col="-1" tabindex="-1">${msg.lanes[lane]}</div>
          ${lane === 'touchpoints'
            ? touchpointCells(ctx, row)
            : repeat(
                ctx.columns.builtColumns,
                (col) => col,
                // A built cell stays as it is while more columns are built, and while edits change other touchpoints.
                (col) => guard([narrow, i18n.tag, ctx.dir, ctx.theme, scaleKey(ctx.scale), layout.lanes.length, ...cellKey(layout, col)], () => laneCell(ctx, lane, row, layout.columns[col]!)),
              )}
          ${lane === 'touchpoints' && !narrow ? renderConnectors(layout, geometry, ctx.columns) : nothing}
          ${lane === 'emotions' && !narrow && geometry.columnWidth > 0 ? html`${renderCurve(ctx)}${renderBaselineCurve(ctx)}` : nothing}
          ${lane === 'emotions' && !narrow && ctx.emotionHandles ? ctx.emotionHandles(ctx) : nothing}
        </div>`,
      )}
    </div>
  </div>`;
}

/** What a cell shows of its column: its touchpoint (object identity), place and stage. */
function cellKey(layout: MapLayout, col: number): unknown[] {
  const column = layout.columns[col]!;
  const stage = layout.stages[column.stage]!;
  return [column.touchpoint, col, column.stage, stage.stage.name, stage.start];
}

/** The emotion scale by value (a new layout makes a new scale object with the same values). */
function scaleKey(scale: ResolvedEmotionScale): string {
  return `${scale.min}|${scale.max}|${JSON.stringify(scale.labels)}`;
}

/**
 * Touchpoint cells go in blocks of this many columns, each behind a guard: a render after a
 * column is built checks a guard per block, not one per cell of thousands.
 */
const BLOCK = 64;

/** The touchpoints lane's cells: every named column's and every built column's, in column order. */
function touchpointCells(ctx: GridContext, row: number): DirectiveResult[] {
  const { layout, columns, i18n } = ctx;
  const inputs = [layout, ctx.narrow, i18n.tag, ctx.dir, ctx.compact, ctx.theme];
  // A cell's own inputs: an edit re-renders only the cells whose touchpoint or place changed
  // (editing keeps unchanged touchpoints the same objects), not every cell of a new layout.
  const shared = [ctx.narrow, i18n.tag, ctx.dir, ctx.compact, ctx.theme, scaleKey(ctx.scale), layout.lanes.length, ctx.compare?.key];
  return Array.from({ length: Math.ceil(columns.count / BLOCK) }, (_, block) => {
    const from = block * BLOCK;
    const to = from + BLOCK;
    // A block changes when a column in it is built or named.
    return guard([...inputs, columns.builtIn(from, to), columns.namedIn(from, to)], () =>
      repeat(
        columns.touchpointColumnsIn(from, to),
        (col) => col,
        (col) => {
          // Within the block, only a newly built cell or one the named run has reached changes.
          const loose = col >= columns.named;
          return guard([...shared, ...cellKey(layout, col), columns.isBuilt(col), loose], () => touchpointCell(ctx, row, layout.columns[col]!, loose));
        },
      ),
    );
  });
}

/**
 * A stage's column header: focusable (APG data grid), named "Stage 2 of 5: Purchase" and
 * described by its description, goals and metrics, so moving onto it says all it holds while
 * moving between data cells announces only the short name as column context.
 */
function stageHeader(ctx: GridContext, s: StageSpan, k: number): TemplateResult {
  const { i18n, layout } = ctx;
  const msg = i18n.msg;
  const p = msg.punctuation;
  const { description, goals, metrics } = s.stage;
  const about = Boolean(description || goals?.length || metrics?.length);
  // Comparing: a stage only one side has says so after its name.
  const change = ctx.compare?.stageNote(s, `stage-change-${k}`) ?? nothing;
  return html`<div
    role="columnheader"
    part="stage-header"
    class="stage"
    aria-colspan=${s.span}
    aria-colindex=${s.start + 2}
    aria-labelledby=${change === nothing ? `stage-${k}` : `stage-${k} stage-change-${k}`}
    aria-describedby=${about ? `stage-about-${k}` : nothing}
    data-row="-1"
    data-col=${s.start}
    tabindex="-1"
    style=${styleMap({ gridColumn: `span ${s.span}`, '--o': String(s.start * layout.lanes.length + k) })}
  >
    <div class="stage-inner">
      <span class="visually-hidden" id="stage-${k}">${msg.stageOf(k + 1, layout.stages.length, i18n.isolate(s.stage.name, ctx.dir))}</span>
      <span class="stage-name" aria-hidden="true">${s.stage.name}</span>${change}${ctx.stageTools?.(s.stage) ?? nothing}
      ${about
        ? html`<div class="stage-about" id="stage-about-${k}">
            ${description
              ? html`<span class="stage-description">${description}${goals?.length || metrics?.length ? hidden(endsSentence(description) ? ' ' : p.separator) : nothing}</span>`
              : nothing}
            ${goals?.length
              ? html`<span class="label">${msg.goals}${hidden(p.colon)}</span>
                  <ul>
                    ${goals.map((g, i) => html`<li>${g}${hidden(i < goals.length - 1 ? p.listSeparator : metrics?.length ? p.separator : '')}</li>`)}
                  </ul>`
              : nothing}
            ${metrics?.length ? html`${hidden(`${msg.stageMetrics}${p.colon}`)}${metricChips(metrics, i18n, ctx.live)}` : nothing}
          </div>`
        : nothing}
    </div>
  </div>`;
}

/** Narrow order and wide placement of a cell. */
function place(layout: MapLayout, row: number, col: MapColumn): ReturnType<typeof styleMap> {
  // Narrow layout order: the stage header, then each column's lanes in turn.
  return styleMap({ '--o': String(col.index * layout.lanes.length + row + col.stage + 1), gridColumn: String(col.index + 2) });
}

/** The class list of a cell: the first of its stage, a moment of truth. */
function cellClasses(layout: MapLayout, col: MapColumn): string {
  const first = col.index === layout.stages[col.stage]!.start;
  return `cell${first ? ' first' : ''}${col.touchpoint?.momentOfTruth ? ' mot' : ''}${col.ghost ? ' ghost' : ''}`;
}

/**
 * A touchpoints lane cell: there for every column (once a large map's first render has named
 * them all, in chunks), named from the model (the summary the card gives), so the keyboard and
 * screen readers reach every touchpoint; its card only once built. Light: no inline style in the
 * wide layout, where the row has the named columns in order; a `loose` cell (built beyond them)
 * says its column itself.
 */
function touchpointCell(ctx: GridContext, row: number, col: MapColumn, loose: boolean): TemplateResult {
  const { layout, i18n } = ctx;
  const msg = i18n.msg;
  const p = msg.punctuation;
  const tp = col.touchpoint;
  const where = `${i18n.isolate(layout.stages[col.stage]!.stage.name, ctx.dir)}${p.separator}${msg.lanes.touchpoints}${p.colon}`;
  const built = ctx.columns.isBuilt(col.index);
  const order = ctx.narrow || loose ? place(layout, row, col) : nothing;
  const classes = `${cellClasses(layout, col)}${built ? '' : ' light'}`;
  const colindex = loose ? col.index + 2 : nothing;
  if (!tp) {
    return html`<div role="gridcell" part="cell" class=${classes} data-row=${row} data-col=${col.index} aria-colindex=${colindex} tabindex="-1" style=${order}>
      <span class="visually-hidden">${where}${msg.touchpointCount(0)}</span>${built ? html`<span class="none" aria-hidden="true">—</span>` : nothing}
    </div>`;
  }
  // The card is decoration here: the hidden summary names the cell, for cells whose card is not
  // built too. Enter opens the details dialog: haspopup says so.
  return html`<div role="gridcell" part="cell touchpoint" class=${classes} data-row=${row} data-col=${col.index} data-id=${tp.id}
    aria-colindex=${colindex} tabindex="-1" style=${order} aria-haspopup="dialog">
    <span class="visually-hidden cell-name">${where}${touchpointSummary(tp, ctx.scale, i18n)}</span>${ctx.compare?.note(col) ?? nothing}${built
      ? html`<touchpoint-card
          aria-hidden="true"
          .touchpoint=${liveTouchpoint(ctx.live, tp)}
          .scale=${ctx.scale}
          density=${ctx.compact ? 'compact' : 'comfortable'}
          locale=${i18n.tag}
          theme=${ifDefined(ctx.theme)}
        ></touchpoint-card>`
      : nothing}
  </div>`;
}

/** A cell of another lane (built columns only), named from its content. */
function laneCell(ctx: GridContext, lane: LaneId, row: number, col: MapColumn): TemplateResult {
  const { layout, i18n } = ctx;
  const msg = i18n.msg;
  const p = msg.punctuation;
  const tp = col.touchpoint;
  const laneName = msg.lanes[lane];
  // Cells are named from their content: a hidden "where" in front of the visible words.
  const body = tp && lane !== 'touchpoints' ? laneBody(lane, tp, ctx.scale, i18n, ctx.live) : null;
  const stage = i18n.isolate(layout.stages[col.stage]!.stage.name, ctx.dir);
  const where = (tp ? [stage, i18n.isolate(tp.title, ctx.dir), laneName] : [stage, laneName]).join(p.separator) + p.colon;
  return html`<div role="gridcell" part="cell" class=${cellClasses(layout, col)} data-row=${row} data-col=${col.index} aria-colindex=${col.index + 2}
    tabindex="-1" style=${place(layout, row, col)}>
    <span class="visually-hidden">${where}</span>
    <span class="cell-lane" aria-hidden="true">${laneName}</span>
    ${body ?? html`<span class="visually-hidden">${msg.none}</span><span class="none" aria-hidden="true">—</span>`}
  </div>`;
}
