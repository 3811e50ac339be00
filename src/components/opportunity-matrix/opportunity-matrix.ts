import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import { line } from 'd3-shape';
import { OpportunitySelectEvent } from '../../events/index.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import type { Journey, OpportunityStatus, Problem } from '../../model/core.js';
import {
  listOpportunities,
  rankOpportunities,
  type OpportunityEntry,
  type OpportunityRanking,
} from '../../model/opportunities.js';
import { OPPORTUNITY_STATUSES } from '../../model/types.js';
import { hostStyles } from '../../theme/host.js';
import { visuallyHidden } from '../../theme/helpers.js';
import { isTheme, themeStyles, type Theme } from '../../theme/tokens.js';
import { JourneySourceController } from '../journey-map/controllers/journey-source.js';
import type { LoadResult } from '../journey-map/load.js';
import { markerPath, type MarkerShape } from '../emotion-curve/emotion-curve-markers.js';
import { warnOnce } from '../shared/warn-once.js';
import { ARROW_KEYS, nearestInDirection } from './matrix-keys.js';
import { layoutPoints, SCALE_MAX, SCALE_MIN, SPLIT, unitOf, type MatrixPoint } from './matrix-layout.js';
import { styles } from './opportunity-matrix.styles.js';

export type { OpportunitySelectDetail } from '../../events/index.js';

/** What the element shows: the matrix or the ranked table. */
export type OpportunityMatrixView = 'matrix' | 'table';

const VIEWS: readonly OpportunityMatrixView[] = ['matrix', 'table'];

/** Each status has a shape of its own, so status never rests on colour (WCAG 1.4.1). */
const STATUS_SHAPES: Record<OpportunityStatus, MarkerShape> = {
  open: 'circle',
  planned: 'diamond',
  'in-progress': 'triangle',
  done: 'square',
  dismissed: 'cross',
};

/** The drawing's coordinate space; the SVG scales to the element's width. */
const SIZE = 100;

/** d3-shape draws the quadrant dividers and the axes, in the drawing's coordinates. */
const path = line<[number, number]>();

/** Total problems a load reported (a summary problem stands for `omitted` more). */
const problemTotal = (problems: readonly Problem[]) => problems.reduce((n, p) => n + 1 + (p.omitted ?? 0), 0);

/**
 * An impact × effort matrix of a journey's opportunities, with a ranked table as its
 * alternative. Each opportunity with impact and effort is a point in its quadrant (quick wins,
 * major projects, fill-ins, thankless tasks), shaped by its status; points that share a value
 * are spread so each stays reachable. One Tab stop: the arrow keys move to the nearest point in
 * that direction, Home and End to the best and the last ranked, Enter or Space chooses one
 * (`opportunity-select`, for a host to open it in `<journey-map>`). The table ranks every
 * opportunity, rated or not, by impact ÷ effort, impact or effort, with the pain points each
 * answers (`addresses`). A status filter shows only the statuses chosen.
 *
 * A fifth element rather than a view of `<journey-map>`: it can be embedded on its own (a
 * roadmap page, a dashboard next to the map), and the map does not carry its code.
 *
 * Every string is rendered as text; user text in accessible names is bidi-isolated. In
 * right-to-left languages the effort axis runs right to left.
 *
 * The matrix shrinks with its container down to a 320 px phone or 400 % zoom; points keep their
 * target size and stay apart. The table scrolls sideways inside a region of its own.
 *
 * @summary Impact × effort matrix and ranked table of a journey's opportunities.
 *
 * @fires {OpportunitySelectEvent} opportunity-select - An opportunity was chosen (Enter, Space or click on a point or a
 *   table row's button). `detail: { opportunity, touchpoint, stage }`; bubbles and is composed.
 * @fires {JourneyLoadEvent} journey-load - A journey was read and is shown. `detail: { journey }`.
 * @fires {JourneyErrorEvent} journey-error - A journey source failed (fetch, JSON or validation); what was shown
 *   stays. `detail: { problems }`.
 *
 * @csspart controls - The status filter and the view switch.
 * @csspart filter - The status filter (a fieldset of checkboxes).
 * @csspart matrix - The matrix: the drawing with its points and labels.
 * @csspart quadrant - A quadrant's name.
 * @csspart point - An opportunity's point (a button).
 * @csspart focused - The line under the matrix naming the point in focus.
 * @csspart table - The ranked table.
 * @csspart notice - A notice: no opportunity matches, some are not rated, or the journey could not be shown.
 *
 * @cssprop [--jk-matrix-size=24rem] - Largest width and height of the matrix; it shrinks to fit a narrower container.
 * @cssprop [--jk-matrix-point-size=1.5rem] - Size of a point's target (its shape is drawn inside); points that share a cell stay this far apart.
 * @cssprop [--jk-matrix-quick-win-background=var(--jk-color-positive-surface)] - Fill of the quick-wins quadrant.
 * @cssprop [--jk-matrix-thankless-background=var(--jk-color-negative-surface)] - Fill of the thankless-tasks quadrant.
 */
export class OpportunityMatrix extends LitElement {
  static override styles = [themeStyles, hostStyles, visuallyHidden, styles];

  /**
   * The journey: a model object or its JSON text (property only). Wins over `src` and an inline
   * `<script type="application/json">` child. Validated with `parseJourney`; an invalid value is
   * reported (`journey-error`), never shown.
   */
  @property({ attribute: false }) journey?: Journey | string | null;

  /** URL of a journey JSON file. A newer `src` aborts the older request; an empty one is no source. */
  @property() src?: string | null;

  /**
   * Comma list of the statuses to show, e.g. `open,planned`; absent or empty shows every status.
   * The filter control sets it. Unknown names are ignored with a warning.
   */
  @property({ reflect: true }) status?: string | null;

  /** `matrix` (default) or `table`: the ranked table alternative. The view switch sets it. */
  @property({ reflect: true }) view: OpportunityMatrixView = 'matrix';

  /** Language of built-in labels and number formats (BCP 47); default the journey's `locale`, then `lang`. */
  @property() locale?: string;

  /**
   * `light` (default), `dark` or `auto` (follows the OS).
   * @default 'light'
   */
  @property({ reflect: true }) theme?: Theme;

  @state() private _journey: Journey | null = null;
  @state() private _problems: Problem[] = [];
  /** Key of the point holding the roving tab stop. */
  @state() private _focusKey: string | undefined;
  @state() private _sort: OpportunityRanking = 'ratio';

  private readonly _l10n = new LocaleController(this, { contentLocale: () => this._journey?.locale });
  readonly #warn = warnOnce('opportunity-matrix');
  readonly #source = new JourneySourceController(this, (result) => this.#apply(result));

  /** Every opportunity of the journey; recomputed when the journey changes. */
  #entries: OpportunityEntry[] = [];
  /** The entries the status filter lets through, ranked by `_sort`. */
  #shown: OpportunityEntry[] = [];
  /** The points of the shown entries with impact and effort, in ranked order. */
  #points: MatrixPoint[] = [];

  #apply(result: LoadResult | null): void {
    if (result === null) {
      this._journey = null;
      this._problems = [];
    } else if (result.ok) {
      this._journey = result.journey;
      this._problems = [];
    } else {
      this._problems = result.problems;
    }
  }

  /** The statuses the filter lets through. */
  #statuses(): Set<OpportunityStatus> {
    const names = (this.status ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
    const known = names.filter((s): s is OpportunityStatus => (OPPORTUNITY_STATUSES as readonly string[]).includes(s));
    for (const name of names) if (!known.includes(name as OpportunityStatus)) this.#warn('status', name, `"${name}" is not one of ${OPPORTUNITY_STATUSES.join(', ')}`);
    return new Set(known.length > 0 ? known : OPPORTUNITY_STATUSES);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('journey') || changed.has('src')) this.#source.resolve();
    if (changed.has('theme') && this.theme != null && !isTheme(this.theme)) this.#warn('theme', String(this.theme), 'expected light, dark or auto');
    if (changed.has('view') && !VIEWS.includes(this.view)) this.#warn('view', String(this.view), 'expected matrix or table');
    const changedState = changed as Map<PropertyKey, unknown>;
    if (changedState.has('_journey')) this.#entries = this._journey ? listOpportunities(this._journey) : [];
    const statuses = this.#statuses();
    this.#shown = rankOpportunities(this.#entries.filter((e) => statuses.has(e.status)), this._sort);
    this.#points = layoutPoints(this.#shown);
    if (!this.#points.some((p) => p.entry.key === this._focusKey)) this._focusKey = this.#points[0]?.entry.key;
  }

  override render(): TemplateResult {
    // The content takes the direction of its language, as the drawing does: quadrant names at the
    // inline start sit over the quadrant of least effort also on a left-to-right page.
    return html`<div class="root" dir=${this._l10n.dir} lang=${this._l10n.tag}>${this.#renderContent()}</div>`;
  }

  #renderContent(): TemplateResult {
    const msg = this._l10n.msg;
    if (this._problems.length > 0 && !this._journey) {
      return html`<p part="notice" class="notice" role="alert">${msg.invalid(problemTotal(this._problems))}</p>`;
    }
    if (!this._journey) return html`${this.#source.loading ? html`<p class="notice" role="status">${msg.loading}</p>` : nothing}`;
    const table = this.view === 'table';
    return html`
      <div part="controls" class="controls">${this.#renderFilter()} ${this.#renderViewSwitch()}</div>
      ${this.#shown.length === 0
        ? html`<p part="notice" class="notice" role="status">${msg.noOpportunities}</p>`
        : table
          ? this.#renderTable()
          : this.#renderMatrix()}
    `;
  }

  #renderFilter(): TemplateResult {
    const msg = this._l10n.msg;
    const chosen = this.#statuses();
    return html`
      <fieldset part="filter" class="filter">
        <legend>${msg.statusFilter}</legend>
        ${OPPORTUNITY_STATUSES.map(
          (status) => html`
            <label class="status-choice">
              <input type="checkbox" .checked=${chosen.has(status)} @change=${(e: Event) => this.#toggleStatus(status, (e.target as HTMLInputElement).checked)} />
              ${this.#shape(status)} ${msg.opportunityStatuses[status]}
            </label>
          `,
        )}
      </fieldset>
    `;
  }

  #toggleStatus(status: OpportunityStatus, on: boolean): void {
    const chosen = this.#statuses();
    if (on) chosen.add(status);
    else chosen.delete(status);
    // Every status (or none, which would show nothing and is no filter) means no filter.
    this.status = chosen.size === OPPORTUNITY_STATUSES.length || chosen.size === 0 ? null : OPPORTUNITY_STATUSES.filter((s) => chosen.has(s)).join(',');
  }

  #renderViewSwitch(): TemplateResult {
    const msg = this._l10n.msg;
    const choice = (view: OpportunityMatrixView, label: string) => html`
      <label class="view-choice">
        <input type="radio" name="view" .checked=${this.view === view} @change=${() => (this.view = view)} />
        ${label}
      </label>
    `;
    return html`
      <fieldset class="views">
        <legend>${msg.view}</legend>
        ${choice('matrix', msg.matrixView)} ${choice('table', msg.tableView)}
      </fieldset>
    `;
  }

  /** A status's shape, drawn by d3-shape's symbols (the emotion curve's markers). */
  #shape(status: OpportunityStatus): TemplateResult {
    return html`<svg class="shape" data-status=${status} viewBox="-5.5 -5.5 11 11" aria-hidden="true"><path d=${markerPath(STATUS_SHAPES[status])}></path></svg>`;
  }

  /** The accessible name of a point or a table row: title, quadrant, impact, effort, status, touchpoint. */
  #nameOf(entry: OpportunityEntry): string {
    const l10n = this._l10n;
    const { msg } = l10n;
    const p = msg.punctuation;
    const parts = [
      entry.quadrant ? msg.quadrants[entry.quadrant].replaceAll('\u00ad', '') : msg.notRated,
      entry.impact === undefined ? undefined : msg.impact(entry.impact),
      entry.effort === undefined ? undefined : msg.effort(entry.effort),
      msg.opportunityStatuses[entry.status],
      p.labelled(msg.touchpoint, l10n.isolate(entry.touchpoint.title)),
    ].filter((x): x is string => x !== undefined);
    return p.labelled(l10n.isolate(entry.text), parts.join(p.separator));
  }

  #renderMatrix(): TemplateResult {
    const l10n = this._l10n;
    const { msg } = l10n;
    const rtl = l10n.dir === 'rtl';
    const rated = this.#points.length;
    const unrated = this.#shown.length - rated;
    const focused = this.#points.find((p) => p.entry.key === this._focusKey);
    // Screen x of a unit effort: the effort axis runs with the writing direction.
    const sx = (x: number) => (rtl ? 1 - x : x) * SIZE;
    const sy = (y: number) => (1 - y) * SIZE;
    const quadrantLabel = (quadrant: keyof typeof msg.quadrants, horizontal: 'start' | 'end', vertical: 'top' | 'bottom') =>
      html`<span part="quadrant" class="quadrant ${horizontal} ${vertical}" data-quadrant=${quadrant} aria-hidden="true">${msg.quadrants[quadrant]}</span>`;
    const ticks = Array.from({ length: SCALE_MAX - SCALE_MIN + 1 }, (_, i) => SCALE_MIN + i);
    return html`
      <div class="matrix-wrap">
        <div class="axis-label impact" aria-hidden="true">${msg.impactAxis}</div>
        <div class="ticks impact" aria-hidden="true">
          ${ticks.map((t) => html`<span style=${styleMap({ top: `${sy(unitOf(t))}%` })}>${l10n.formatNumber(t)}</span>`)}
        </div>
        <div
          part="matrix"
          class="matrix"
          role="group"
          aria-label=${msg.opportunityMatrix}
          aria-describedby="matrix-description"
          @keydown=${this.#onKeydown}
        >
          <svg class="drawing" viewBox="0 0 ${SIZE} ${SIZE}" preserveAspectRatio="none" aria-hidden="true">
            ${svg`
              <rect class="q quick-win" x=${Math.min(sx(0), sx(SPLIT))} y="0" width=${SPLIT * SIZE} height=${(1 - SPLIT) * SIZE}></rect>
              <rect class="q major-project" x=${Math.min(sx(SPLIT), sx(1))} y="0" width=${(1 - SPLIT) * SIZE} height=${(1 - SPLIT) * SIZE}></rect>
              <rect class="q fill-in" x=${Math.min(sx(0), sx(SPLIT))} y=${(1 - SPLIT) * SIZE} width=${SPLIT * SIZE} height=${SPLIT * SIZE}></rect>
              <rect class="q thankless" x=${Math.min(sx(SPLIT), sx(1))} y=${(1 - SPLIT) * SIZE} width=${(1 - SPLIT) * SIZE} height=${SPLIT * SIZE}></rect>
              <path class="split" d=${path([[sx(SPLIT), 0], [sx(SPLIT), SIZE]]) ?? ''}></path>
              <path class="split" d=${path([[0, sy(SPLIT)], [SIZE, sy(SPLIT)]]) ?? ''}></path>
              <path class="frame" d=${path([[0, 0], [0, SIZE], [SIZE, SIZE], [SIZE, 0], [0, 0]]) ?? ''}></path>
            `}
          </svg>
          ${quadrantLabel('quick-win', 'start', 'top')} ${quadrantLabel('major-project', 'end', 'top')}
          ${quadrantLabel('fill-in', 'start', 'bottom')} ${quadrantLabel('thankless', 'end', 'bottom')}
          ${repeat(
            this.#points,
            (p) => p.entry.key,
            (p) => html`
              <button
                part="point"
                class="point"
                type="button"
                data-key=${p.entry.key}
                data-status=${p.entry.status}
                tabindex=${p.entry.key === this._focusKey ? 0 : -1}
                aria-label=${this.#nameOf(p.entry)}
                style=${styleMap(this.#placement(p, rtl))}
                @focus=${() => (this._focusKey = p.entry.key)}
                @click=${() => this.#select(p.entry)}
              >
                ${this.#shape(p.entry.status)}
              </button>
            `,
          )}
        </div>
        <div class="ticks effort" aria-hidden="true">
          ${ticks.map((t) => html`<span style=${styleMap({ left: `${sx(unitOf(t))}%` })}>${l10n.formatNumber(t)}</span>`)}
        </div>
        <div class="axis-label effort" aria-hidden="true">${msg.effortAxis}</div>
      </div>
      <p id="matrix-description" class="visually-hidden">${msg.matrixDescription(rated)}${msg.punctuation.end} ${msg.matrixKeys}</p>
      <p part="focused" class="focused" aria-hidden="true">${focused ? this.#nameOf(focused.entry) : nothing}</p>
      ${unrated > 0 ? html`<p part="notice" class="notice">${msg.unratedCount(unrated)}</p>` : nothing}
    `;
  }

  /**
   * A point's place as custom properties for the stylesheet, which turns them into `left` and
   * `top`: the cell's centre and the point's offset in steps (mirrored in right-to-left), so a
   * step can be measured against the matrix's drawn size and a point's target size.
   */
  #placement(p: MatrixPoint, rtl: boolean): Record<string, string> {
    const { column, row, halfColumns, halfRows, step } = p.spread;
    return {
      '--_cx': `${(rtl ? 1 - p.cellX : p.cellX) * SIZE}%`,
      '--_cy': `${(1 - p.cellY) * SIZE}%`,
      '--_dx': String(rtl ? -column : column),
      '--_dy': String(-row),
      '--_half-x': String(halfColumns),
      '--_half-y': String(halfRows),
      '--_cell-step': `${step * SIZE}%`,
    };
  }

  #onKeydown(event: KeyboardEvent): void {
    const points = this.#points;
    const from = points.findIndex((p) => p.entry.key === this._focusKey);
    if (from < 0) return;
    let to: number;
    const direction = ARROW_KEYS[event.key];
    if (direction) {
      // Keys move between the points as drawn: right-to-left mirrors them, and a small matrix
      // spreads points that share a cell by their target size rather than by the cell's.
      const drawn = new Map([...this.renderRoot.querySelectorAll<HTMLElement>('.point')].map((b) => [b.dataset.key, b.getBoundingClientRect()]));
      // Every point of #points is rendered: willUpdate sets them and render draws them in one task.
      const centres = points.map((p) => {
        const box = drawn.get(p.entry.key)!;
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      });
      to = nearestInDirection(centres, from, direction);
    } else if (event.key === 'Home') to = 0;
    else if (event.key === 'End') to = points.length - 1;
    else return;
    event.preventDefault();
    this._focusKey = points[to].entry.key;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`.point[tabindex="0"]`)?.focus());
  }

  /**
   * Shows the whole of a control that takes focus in the table's scroller: the browser's own
   * scroll on focus stops once part of it shows (in Chromium, 32 px), leaving a wide button cut.
   */
  #revealFocused(event: FocusEvent): void {
    (event.target as HTMLElement).scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  #select(entry: OpportunityEntry): void {
    this.dispatchEvent(new OpportunitySelectEvent({ opportunity: entry.opportunity, touchpoint: entry.touchpoint, stage: entry.stage }));
  }

  #renderTable(): TemplateResult {
    const l10n = this._l10n;
    const { msg } = l10n;
    const sortable = (by: OpportunityRanking, label: string) => html`
      <th scope="col" aria-sort=${this._sort === by ? 'descending' : 'none'}>
        <button type="button" class="sort" @click=${() => (this._sort = by)}>${label}</button>
      </th>
    `;
    const ratio = (e: OpportunityEntry) =>
      e.impact === undefined || e.effort === undefined ? msg.notRated : l10n.formatNumber(e.impact / e.effort, { maximumFractionDigits: 2 });
    // Eight columns are wider than a phone: the table scrolls sideways in a region of its own (a
    // data table may, WCAG 1.4.10). Its buttons take focus, and the arrow keys scroll it from them.
    return html`
      <div class="table-scroll" role="region" aria-labelledby="table-caption" @focusin=${this.#revealFocused}>
        <table part="table" class="table">
          <caption id="table-caption">${msg.opportunityTable}</caption>
          <thead>
            <tr>
              <th scope="col">${msg.rank}</th>
              <th scope="col">${msg.opportunity}</th>
              ${sortable('ratio', msg.ratio)} ${sortable('impact', msg.impactAxis)} ${sortable('effort', msg.effortAxis)}
              <th scope="col">${msg.statusFilter}</th>
              <th scope="col">${msg.touchpoint}</th>
              <th scope="col">${msg.painPointsAnswered}</th>
            </tr>
          </thead>
          <tbody>
            ${repeat(
              this.#shown,
              (e) => e.key,
              (e, i) => html`
                <tr data-key=${e.key}>
                  <td>${l10n.formatNumber(i + 1)}</td>
                  <th scope="row">
                    <button type="button" class="open" @click=${() => this.#select(e)}>${e.text}</button>
                  </th>
                  <td>${ratio(e)}</td>
                  <td>${e.impact === undefined ? msg.notRated : l10n.formatNumber(e.impact)}</td>
                  <td>${e.effort === undefined ? msg.notRated : l10n.formatNumber(e.effort)}</td>
                  <td>${this.#shape(e.status)} ${msg.opportunityStatuses[e.status]}</td>
                  <td>${msg.punctuation.detail(e.touchpoint.title, e.stage.name)}</td>
                  <td>
                    ${e.painPoints.length === 0
                      ? msg.none
                      : html`<ul class="pains">${e.painPoints.map((p) => html`<li>${typeof p === 'string' ? p : p.text}</li>`)}</ul>`}
                  </td>
                </tr>
              `,
            )}
          </tbody>
        </table>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'opportunity-matrix': OpportunityMatrix;
  }
}
