import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { styleMap } from 'lit/directives/style-map.js';
import { PointFocusEvent } from '../../events/index.js';
import { float, openOverlay } from '../../floating/index.js';
import { LocaleController } from '../../i18n/index.js';
import type { EmotionScale } from '../../model/types.js';
import { personaColorVarAt, themeStyles, type Theme } from '../../theme/tokens.js';
import { visuallyHidden } from '../../theme/helpers.js';
import { hostStyles } from '../../theme/host.js';
import { warnOnce } from '../shared/warn-once.js';
import {
  cleanInput,
  resolveScale,
  type CleanInput,
  type CleanPoint,
  type CleanSeries,
  type EmotionCurveKind,
  type EmotionPoint,
  type EmotionSeries,
  type InputIssue,
} from './emotion-curve-data.js';
import { computeGeometry, MARGIN, type Geometry } from './emotion-curve-geometry.js';
import { nearestIn, nextPoint, sameRef, type PointRef } from './emotion-curve-keyboard.js';
import { markerPath, MARKER_SHAPES, type MarkerShape } from './emotion-curve-markers.js';
import { styles } from './emotion-curve.styles.js';

export type { EmotionPoint, EmotionSeries, EmotionCurveKind } from './emotion-curve-data.js';
export type { PointFocusDetail } from '../../events/index.js';

/**
 * Space the drawing keeps around the plot, in px: `start` is the y-axis gutter at the inline-start
 * edge, `end` follows the last point. A parent passing `positions` can use it to leave the gutter free.
 */
export const EMOTION_CURVE_MARGIN: Readonly<{ top: number; bottom: number; start: number; end: number }> = MARGIN;

/** Words per series and point, in the order of the clean series' `points`. */
interface Words {
  /** "−3 of −3 to 3, frustrated, Range −3 to −1", or "Not measured". */
  feelings: string[][];
  /** "Chat, Maria: −3 of −3 to 3, frustrated"; empty for unmeasured points. */
  names: string[][];
}

/** The tooltip's point and what showed it (hover gives way to focus when the pointer leaves). */
interface TipState extends PointRef {
  via: 'focus' | 'hover';
}

const CURVE_KINDS: readonly EmotionCurveKind[] = ['monotone', 'linear', 'step'];
const DEFAULT_HEIGHT = 160;
/** Width used until the ResizeObserver reports (it does before the first paint). */
const FALLBACK_WIDTH = 300;
/** `popover` puts the tooltip in the top layer, so a scrolling or clipping parent cannot cut it. */
const HAS_POPOVER = typeof HTMLElement !== 'undefined' && 'popover' in HTMLElement.prototype;

const MARKER_D: Record<MarkerShape, string> = Object.fromEntries(
  MARKER_SHAPES.map((shape) => [shape, markerPath(shape)]),
) as Record<MarkerShape, string>;

/** Recomputes only when an argument changes (by identity), like a one-slot cache. */
function memo<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: A | undefined;
  let value: R;
  return (...args: A): R => {
    if (!last || args.length !== last.length || args.some((a, k) => a !== last![k])) {
      last = args;
      value = fn(...args);
    }
    return value;
  };
}

/** The series' point in column `i`, if it has one. */
const pointIn = (series: CleanSeries | undefined, i: number): CleanPoint | undefined => {
  const k = series?.at.get(i);
  return k === undefined ? undefined : series!.points[k];
};

/** Words of a chart that has none to say (empty, or decorative). */
const NO_WORDS: Words = { feelings: [], names: [] };

/**
 * A line chart of how people feel along a journey: one line per persona on the journey's
 * emotion scale, with range bands, a neutral baseline and tinted positive/negative zones.
 * Keyboard and screen-reader friendly (one tab stop, arrow keys between points, every point
 * named in words, a hidden data table); mirrors in right-to-left languages.
 *
 * Columns: all series share one row of columns (x positions). A point sits in the column given
 * by its `index`, or by its array position when it has none, so a series can list only the
 * columns it was measured in (a persona who skips the touchpoints of others) and its line still
 * runs from each of its points to the next. A point whose value is not measured (`null`,
 * `undefined`, `NaN`) leaves a gap in its line.
 *
 * Highlight: set `highlight` to a series id to bring that line to the front, drawn thicker,
 * while the others step back: thinner and dashed, markers smaller. They keep their colour, so
 * they keep the 3:1 contrast of graphics (WCAG 1.4.11); `--jk-curve-dimmed-opacity` can fade
 * them further where that contrast is not needed.
 *
 * Keyboard: the chart is one tab stop. ←/→ move to the previous/next measured point of the
 * focused line, in column order (mirrored in RTL, where the first column is on the right),
 * Home/End jump to its first/last measured point, ↑/↓ move to the series above/below (the
 * previous/next one in `series` that has a measured point): to its point in the same column, or
 * else to its nearest one (the earlier on a tie). Escape hides the tooltip. Unmeasured points
 * are gaps in the line and are skipped.
 *
 * @summary Emotion curve of a customer journey, for one or several personas.
 *
 * @fires {PointFocusEvent} point-focus - Focus moved to a point: by keyboard (Tab, arrows, Home/End), by a pointer
 *   press, or by the element's `focus()`. Detail: `{ index, seriesId, point }`
 *   ({@link PointFocusDetail}). Bubbles, composed. Not fired when properties change.
 *
 * @csspart base - The wrapper around the drawing.
 * @csspart svg - The `<svg>` drawing (the chart's group, with its accessible name).
 * @csspart baseline - The neutral line (0, or the scale's midpoint when 0 is outside it).
 * @csspart zone-positive - The tinted area above the baseline.
 * @csspart zone-negative - The tinted area below the baseline.
 * @csspart line - Each series' line (the highlighted one drawn last).
 * @csspart band - Each series' range band (worst to best case), when any point has a range.
 * @csspart point - Each measured point (focusable, named). The highlighted series' markers are
 *   repeated on top of all others as decoration.
 * @csspart axis - The y-axis with its numbers and feeling words.
 * @csspart tooltip - The tooltip following focus and hover.
 * @csspart table - The visually hidden data table for screen readers.
 *
 * @cssprop [--jk-curve-stroke=var(--jk-color-accent)] - Colour of a single line (series use their `color` or the persona palette).
 * @cssprop [--jk-curve-stroke-width=2.5px] - Width of the lines; a highlighted line is 1.6 times as wide, the others 0.6 times.
 * @cssprop [--jk-curve-dimmed-opacity=1] - Opacity of the series that are not highlighted while one is. Below 1 they can fall under the 3:1 contrast graphics need (0.35 does on the default palette); they are already told apart by a thinner, dashed line and smaller markers.
 * @cssprop [--jk-curve-point-size=8px] - Diameter of the point markers.
 * @cssprop [--jk-curve-band-opacity=0.18] - Opacity of the range bands.
 * @cssprop [--jk-curve-height=160px] - Height of the drawing; overrides the `height` attribute when set.
 * @cssprop [--jk-curve-background=var(--jk-color-surface)] - Background of the drawing (`none` to let the parent show through).
 * @cssprop --jk-color-positive-surface - Tint of the positive zone (theme token).
 * @cssprop --jk-color-negative-surface - Tint of the negative zone (theme token).
 * @cssprop --jk-color-persona-1 - Line colour of the first series, up to `--jk-color-persona-8` (theme tokens).
 * @cssprop --jk-color-focus-ring - Focus ring colour (theme token).
 * @cssprop --jk-motion-duration - Duration of line and point transitions; 0s under reduced motion (theme token).
 */
export class EmotionCurve extends LitElement {
  static override styles = [themeStyles, hostStyles, visuallyHidden, styles];

  /** One line: the points in order. Ignored when `series` is set. */
  @property({ attribute: false }) points?: EmotionPoint[];

  /**
   * Several lines (personas), sharing one row of columns: each point sits at its `index` (default
   * its array position). Wins over `points` and `data`.
   */
  @property({ attribute: false }) series?: EmotionSeries[];

  /** The emotion scale; default −3…3. `labels` give words for integer values. */
  @property({ attribute: false }) scale?: EmotionScale;

  /**
   * x of each column in px from the element's inline-start edge, so a parent can line points up
   * with its columns. Needs a finite number for every column up to the largest point `index`
   * (else ignored with a warning); mirrored in right-to-left layouts. The drawing is then
   * `max(positions) + 16` px wide, and the y-axis occupies the first `EMOTION_CURVE_MARGIN.start`
   * px (a constant exported with the element). Without it, the columns (largest index + 1) are
   * spread evenly over the width.
   */
  @property({ attribute: false }) positions?: readonly number[];

  /** Overrides the scale's minimum. */
  @property({ type: Number }) min?: number;

  /** Overrides the scale's maximum. */
  @property({ type: Number }) max?: number;

  /** How the line bends: `monotone` (default), `linear` or `step`. */
  @property() curve: EmotionCurveKind = 'monotone';

  /** The points as JSON, for CMS authors: an array of points or `{ "series": [...] }`. */
  @property() data?: string;

  /** Accessible name of the chart; default the localised "Emotion curve". */
  @property() label?: string;

  /**
   * `light` (default), `dark`, or `auto` to follow the OS.
   * @default 'light'
   */
  @property({ reflect: true }) theme?: Theme;

  /** Language of the built-in words and number formats (BCP 47); default from `lang`. */
  @property({ reflect: true }) locale?: string;

  /** Height of the drawing in px (default 160). */
  @property({ type: Number }) height = DEFAULT_HEIGHT;

  /**
   * Id of the series to bring forward: drawn on top and thicker, the others thinner and dashed
   * (see `--jk-curve-dimmed-opacity`). Empty, absent, or an id no series has: all lines alike.
   * Ignored for a single line.
   */
  @property() highlight?: string | null;

  /**
   * Draws the chart as a picture only: no tab stop, no tooltip, no named points and no data
   * table, and the drawing is hidden from assistive technology. For a parent that already names
   * every value, as `<journey-map>` does in its emotions lane; it also makes the element cheaper.
   */
  @property({ type: Boolean, reflect: true }) decorative = false;

  /** Drawing size reported by the ResizeObserver (0 until it has). */
  @state() private _observedWidth = 0;
  @state() private _observedHeight = 0;
  /** The point holding the tab stop. */
  @state() private _active: PointRef | null = null;
  @state() private _tip: TipState | null = null;

  @query('.tooltip') private _tooltip?: HTMLElement;
  @query('.base') private _base?: HTMLElement;

  readonly #l10n = new LocaleController(this);
  readonly #warnOnce = warnOnce('emotion-curve');
  #resizeObserver?: ResizeObserver;
  #stopFloating?: () => void;
  #closeTipOverlay?: () => void;
  /** The point and the drawing the tooltip was last placed for. */
  #tipRef?: Element;
  #tipGeometry?: Geometry;

  // Derived state, recomputed in willUpdate only when an input changed.
  #scale: EmotionScale = { min: -3, max: 3 };
  #input: CleanInput = { series: [], single: true, count: 0, columns: [], issues: [] };
  #geometry?: Geometry;
  #words: Words = NO_WORDS;
  #rtl = false;
  #height = DEFAULT_HEIGHT;
  /** Series index of the highlighted series, or -1. */
  #highlighted = -1;

  readonly #resolveScale = memo(resolveScale);
  readonly #clean = memo(cleanInput);
  readonly #checkPositions = memo(
    (positions: readonly number[] | undefined, count: number): { positions: readonly number[] | null; issue?: InputIssue } => {
      if (positions === undefined || positions === null) return { positions: null };
      if (!Array.isArray(positions) || positions.length < count || positions.some((x) => typeof x !== 'number' || !Number.isFinite(x))) {
        return {
          positions: null,
          issue: {
            attribute: 'positions',
            value: String(positions),
            reason: `expected ${count} finite numbers; spreading points evenly`,
          },
        };
      }
      return { positions };
    },
  );
  // Primitive arguments, so the one-slot cache hits when nothing changed (a frame object would not).
  readonly #layout = memo(
    (
      input: CleanInput,
      scale: EmotionScale,
      width: number,
      height: number,
      positions: readonly number[] | null,
      rtl: boolean,
      curve: EmotionCurveKind,
    ): Geometry => computeGeometry(input, scale, { width, height, positions, rtl, curve }),
  );
  /**
   * Words for every point: `feelings` for table cells, `names` for points and the tooltip. Labels
   * and series names are isolated for a line in direction `dir` (the drawing's).
   */
  readonly #describe = memo((input: CleanInput, scale: EmotionScale, _tag: string, dir: 'ltr' | 'rtl'): Words => {
    const msg = this.#l10n.msg;
    const isolate = (text: string): string => this.#l10n.isolate(text, dir);
    // Values repeat a lot (integers on a short scale), and each description formats three numbers.
    const cache = new Map<string, string>();
    const feeling = (p: CleanPoint): string => {
      const key = `${p.value}|${p.min}|${p.max}`;
      let text = cache.get(key);
      if (text === undefined) {
        text = p.value === null ? msg.notMeasured : this.#l10n.describeEmotion(p.value, scale);
        if (p.min !== null && p.max !== null) text = msg.emotionDescription(text, msg.range(p.min, p.max));
        cache.set(key, text);
      }
      return text;
    };
    const feelings = input.series.map((s) => s.points.map(feeling));
    const names = input.series.map((s, si) =>
      s.points.map((p, k) => {
        if (p.value === null) return '';
        // The catalogue's clause joiner gives the locale's comma ("، " in Arabic).
        const title = input.single ? isolate(p.label) : msg.emotionDescription(isolate(p.label), isolate(s.name));
        return msg.curvePoint(title, feelings[si]![k]!);
      }),
    );
    return { feelings, names };
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // Sizes are read here only, never in render, so drawing never forces layout.
    this.#resizeObserver = new ResizeObserver((entries) => {
      for (const entry of entries) {
        const box = entry.contentRect;
        if (entry.target === this && box.width > 0) this._observedWidth = Math.round(box.width);
        if (entry.target === this._base && box.height > 0) this._observedHeight = Math.round(box.height);
      }
    });
    this.#resizeObserver.observe(this);
    if (this._base) this.#resizeObserver.observe(this._base);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = undefined;
    this.#hideTip();
  }

  /** Focuses the point holding the tab stop (or the element itself when there is none). */
  override focus(options?: FocusOptions): void {
    const el = this._active ? this.#pointEl(this._active) : null;
    if (el) el.focus(options);
    else super.focus(options);
  }

  protected override firstUpdated(): void {
    if (this._base) this.#resizeObserver?.observe(this._base);
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const { scale, issues: scaleIssues } = this.#resolveScale(
      this.scale,
      this.min,
      this.max,
      this.getAttribute('min'),
      this.getAttribute('max'),
    );
    scaleIssues.forEach((issue) => this.#warn(issue));
    this.#scale = scale;

    const input = this.#clean(this.series, this.points, this.data, scale);
    input.issues.forEach((issue) => this.#warn(issue));
    this.#input = input;

    const checked = this.#checkPositions(this.positions, input.count);
    if (checked.issue) this.#warn(checked.issue);

    // A removed attribute arrives as null: back to the default without a warning.
    let curve = this.curve ?? 'monotone';
    if (!CURVE_KINDS.includes(curve)) {
      this.#warn({ attribute: 'curve', value: String(curve), reason: `"${curve}" is not monotone, linear or step` });
      curve = 'monotone';
    }
    let height = this.height ?? DEFAULT_HEIGHT;
    if (typeof height !== 'number' || !Number.isFinite(height) || height <= 0) {
      this.#warn({
        attribute: 'height',
        value: this.getAttribute('height') ?? String(height),
        reason: `"${this.getAttribute('height') ?? height}" is not a positive number of pixels`,
      });
      height = DEFAULT_HEIGHT;
    }
    this.#height = height;

    this.#rtl = this.#isRtl();
    this.#geometry = this.#layout(
      input,
      scale,
      this._observedWidth || FALLBACK_WIDTH,
      this._observedHeight || height,
      checked.positions,
      this.#rtl,
      curve,
    );
    this.#highlighted = !input.single && this.highlight ? input.series.findIndex((s) => s.id === this.highlight) : -1;
    if (this.decorative) {
      this.#words = NO_WORDS;
      this._active = null;
      this._tip = null;
      return;
    }
    this.#words = this.#describe(input, scale, this.#l10n.tag, this.#dir);

    // Keep the tab stop on a point that exists; never moves focus, never fires.
    if (!this._active || !this.#measured(this._active)) this._active = this.#nearestPoint(this._active);
    if (this._tip && !this.#measured(this._tip)) this._tip = null;
  }

  protected override render(): TemplateResult {
    const g = this.#geometry!;
    const msg = this.#l10n.msg;
    const dir = this.#dir;
    const label = this.label ? this.#l10n.isolate(this.label, dir) : msg.emotionCurve;
    const height = this.#height;
    const tipText = this._tip ? this.#nameOf(this._tip) : '';
    const hi = this.#highlighted;
    const activeIn = (s: number): number => (this._active?.s === s ? this._active.i : -1);
    if (this.decorative) {
      return html`<div part="base" class="base" dir=${dir} style=${styleMap({ '--_h': `${height}px` })}>
        <svg part="svg" aria-hidden="true" width=${g.width} height=${g.height} viewBox="0 0 ${g.width} ${g.height}">
          ${guard([g, this.#scale, this.#l10n.tag], () => this.#renderBackdrop(g))}
          ${guard([g, this.#input, hi], () => this.#renderLines(g, hi))}
          ${this.#input.series.map((_, s) => (s === hi ? nothing : this.#renderMarkers(g, s, 'series')))}
          ${hi >= 0 ? this.#renderMarkers(g, hi, 'front') : nothing}
        </svg>
      </div>`;
    }
    return html`
      <!-- Listeners sit on the div: Blink makes an SVG element with focus listeners focusable,
           which would add a second tab stop. One delegated listener per event, none per point. -->
      <div
        part="base"
        class="base"
        dir=${dir}
        style=${styleMap({ '--_h': `${height}px` })}
        @keydown=${this.#onKeydown}
        @focusin=${this.#onFocusin}
        @focusout=${this.#onFocusout}
        @pointerover=${this.#onPointerover}
        @pointerleave=${this.#onPointerleave}
      >
        <svg part="svg" role="group" aria-label=${label} width=${g.width} height=${g.height} viewBox="0 0 ${g.width} ${g.height}">
          ${guard([g, this.#scale, this.#l10n.tag], () => this.#renderBackdrop(g))}
          ${guard([g, this.#input, hi], () => this.#renderLines(g, hi))}
          ${this.#input.series.map((_, s) =>
            // Moving focus re-renders only the series that gains or loses the tab stop.
            guard([g, this.#input, this.#words, activeIn(s), hi === s ? 1 : hi < 0 ? 0 : -1], () => this.#renderSeries(g, s)),
          )}
          ${hi >= 0 ? guard([g, this.#input, hi, activeIn(hi)], () => this.#renderMarkers(g, hi, 'front', this._active)) : nothing}
        </svg>
      </div>
      <!-- The tooltip says a point's name, isolated for the drawing's direction, so it is laid out in it. -->
      <div part="tooltip" class="tooltip" role="tooltip" aria-hidden="true" dir=${dir} popover=${HAS_POPOVER ? 'manual' : nothing} ?hidden=${!this._tip}>
        ${tipText}
      </div>
      ${guard([this.#input, this.#words, label, msg, dir], () => this.#renderTable(label, dir))}
    `;
  }

  protected override updated(): void {
    this.#syncTip();
  }

  // ---------------------------------------------------------------------------------------------
  // Drawing

  #renderBackdrop(g: Geometry) {
    const { plotLeft, plotRight, top, bottom, baselineY, axisX } = g;
    const w = plotRight - plotLeft;
    const fmt = (n: number): string => this.#l10n.formatNumber(n);
    const labels = this.#scale.labels;
    const topWord = labels?.[String(this.#scale.max)];
    const bottomWord = labels?.[String(this.#scale.min)];
    // Words sit just inside the plot at the inline-start edge; logical anchors keep them there in RTL.
    const wordX = this.#rtl ? axisX - 6 : axisX + 6;
    return svg`
      <g aria-hidden="true">
        <rect part="zone-positive" class="zone-positive" x=${plotLeft} y=${top} width=${w} height=${Math.max(0, baselineY - top)}></rect>
        <rect part="zone-negative" class="zone-negative" x=${plotLeft} y=${baselineY} width=${w} height=${Math.max(0, bottom - baselineY)}></rect>
        <line part="baseline" class="baseline" x1=${plotLeft} x2=${plotRight} y1=${baselineY} y2=${baselineY}></line>
        <g part="axis" class="axis">
          <line x1=${axisX} x2=${axisX} y1=${top} y2=${bottom}></line>
          ${g.ticks.map(
            (t) => svg`
              <line x1=${this.#rtl ? axisX : axisX - 4} x2=${this.#rtl ? axisX + 4 : axisX} y1=${t.y} y2=${t.y}></line>
              <text class="tick" x=${this.#rtl ? axisX + 7 : axisX - 7} y=${t.y} dy="0.32em" text-anchor="end">${fmt(t.value)}</text>
            `,
          )}
          ${topWord ? svg`<text class="word" x=${wordX} y=${top} dy="0.9em" text-anchor="start">${topWord}</text>` : nothing}
          ${bottomWord ? svg`<text class="word" x=${wordX} y=${bottom} dy="-0.35em" text-anchor="start">${bottomWord}</text>` : nothing}
        </g>
      </g>
    `;
  }

  /** Line colour of series `s`. */
  #colorOf(s: number): string {
    if (this.#input.single) return 'var(--jk-curve-stroke, var(--_jk-color-accent))';
    return this.#input.series[s]?.color ?? personaColorVarAt(s);
  }

  /** `highlighted`, `dimmed` (another series is highlighted) or `''`. */
  #emphasis(s: number, hi: number): string {
    return hi < 0 ? '' : s === hi ? 'highlighted' : 'dimmed';
  }

  /**
   * Bands, then lines, behind every point: each in series order, the highlighted series last so
   * it lies on top. Decoration (the points and the table carry the data), so free to reorder.
   */
  #renderLines(g: Geometry, hi: number) {
    const order = g.series.map((_, s) => s);
    if (hi >= 0) order.push(...order.splice(hi, 1));
    return svg`
      <g class="bands" aria-hidden="true">
        ${order.map((s) => {
          const band = g.series[s]!.band;
          return band === null
            ? nothing
            : svg`<path part="band" class="band ${this.#emphasis(s, hi)}" aria-hidden="true" data-series=${s} style=${styleMap({ '--_c': this.#colorOf(s) })} d=${band}></path>`;
        })}
      </g>
      <g class="lines" aria-hidden="true">
        ${order.map((s) => {
          const placed = g.series[s]!;
          return svg`<path part="line" class="line ${this.#emphasis(s, hi)}" aria-hidden="true" data-series=${s} style=${styleMap({ '--_c': this.#colorOf(s) })} d=${placed.line} stroke-dasharray=${placed.dash}></path>`;
        })}
      </g>
    `;
  }

  /** A series' points: focusable and named, in a fixed order (a focused point is never moved). */
  #renderSeries(g: Geometry, s: number) {
    const placed = g.series[s]!;
    const names = this.#words.names[s] ?? [];
    const at = this.#input.series[s]!.at;
    const active = this._active;
    const d = MARKER_D[placed.marker];
    return svg`
      <g class="series ${this.#emphasis(s, this.#highlighted)}" data-series=${s} data-marker=${placed.marker} style=${styleMap({ '--_c': this.#colorOf(s) })}>
        ${placed.points.map(
          (p) => svg`
            <g
              part="point"
              class="point"
              role="img"
              tabindex=${active !== null && active.s === s && active.i === p.i ? 0 : -1}
              aria-label=${names[at.get(p.i)!] ?? ''}
              data-s=${s}
              data-i=${p.i}
              transform="translate(${p.x},${p.y})"
            >
              <circle class="hit" r="9"></circle>
              <path class="marker" d=${d}></path>
            </g>
          `,
        )}
      </g>
    `;
  }

  /**
   * Copies of one series' markers, hidden and without names: every series of a decorative curve,
   * or the highlighted series once more above every other series' markers (`front`, marking the
   * active point; SVG paints in document order, and moving the focusable points themselves would
   * drop focus). The pointer passes through to the real points.
   */
  #renderMarkers(g: Geometry, s: number, kind: 'series' | 'front', active: PointRef | null = null) {
    const placed = g.series[s]!;
    const d = MARKER_D[placed.marker];
    return svg`
      <g class="${kind} ${this.#emphasis(s, this.#highlighted)}" aria-hidden="true" data-series=${s} data-marker=${placed.marker} style=${styleMap({ '--_c': this.#colorOf(s) })}>
        ${placed.points.map(
          (p) => svg`<g class="copy${active?.s === s && active.i === p.i ? ' active' : ''}" transform="translate(${p.x},${p.y})"><path class="marker" d=${d}></path></g>`,
        )}
      </g>
    `;
  }

  /**
   * One row per column that holds a point of any series; a cell is empty where its series has none.
   * Headers are isolated: a screen reader says them next to the built-in words of a cell.
   */
  #renderTable(label: string, dir: 'ltr' | 'rtl') {
    const msg = this.#l10n.msg;
    const isolate = (text: string): string => this.#l10n.isolate(text, dir);
    const { series, single, columns } = this.#input;
    const feelings = this.#words.feelings;
    return html`
      <!-- The wrapper clips: a table cannot shrink below its content, and would widen the page. -->
      <div class="visually-hidden">
      <table part="table">
        <caption>${label}</caption>
        <thead>
          <tr>
            <th scope="col">${msg.touchpoint}</th>
            ${series.map((s) => html`<th scope="col">${single ? msg.emotion : isolate(s.name)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${columns.map((i) => {
            const cells = series.map((s) => s.at.get(i));
            const first = cells.findIndex((k) => k !== undefined);
            return html`
              <tr>
                <th scope="row">${isolate(series[first]?.points[cells[first]!]?.label ?? '')}</th>
                ${cells.map((k, si) => html`<td>${k === undefined ? '' : (feelings[si]?.[k] ?? '')}</td>`)}
              </tr>
            `;
          })}
        </tbody>
      </table>
      </div>
    `;
  }

  // ---------------------------------------------------------------------------------------------
  // Focus, keyboard, pointer

  #measured(ref: PointRef): boolean {
    const p = pointIn(this.#input.series[ref.s], ref.i);
    return p !== undefined && p.value !== null;
  }

  /** The accessible name of a point (`''` when it has none). */
  #nameOf(ref: PointRef): string {
    const k = this.#input.series[ref.s]?.at.get(ref.i);
    return k === undefined ? '' : (this.#words.names[ref.s]?.[k] ?? '');
  }

  /** The measured point closest to `ref` (same series first), or the first one. */
  #nearestPoint(ref: PointRef | null): PointRef | null {
    const { series } = this.#input;
    const near = ref ? nearestIn(series[ref.s], ref.s, ref.i) : null;
    if (near) return near;
    for (let s = 0; s < series.length; s++) {
      const p = series[s]!.points.find((q) => q.value !== null);
      if (p) return { s, i: p.index };
    }
    return null;
  }

  #pointEl(ref: PointRef): SVGGElement | null {
    return this.renderRoot.querySelector<SVGGElement>(`.point[data-s="${ref.s}"][data-i="${ref.i}"]`);
  }

  #refOf(target: EventTarget | null): PointRef | null {
    const el = target instanceof Element ? target.closest('.point') : null;
    if (!el) return null;
    const s = Number(el.getAttribute('data-s'));
    const i = Number(el.getAttribute('data-i'));
    return Number.isInteger(s) && Number.isInteger(i) ? { s, i } : null;
  }

  #onKeydown = (event: KeyboardEvent): void => {
    const from = this.#refOf(event.target) ?? this._active;
    if (!from) return;
    const to = nextPoint(this.#input.series, from, event.key, this.#rtl);
    if (to === undefined) return;
    event.preventDefault(); // keep arrows and Home/End from scrolling the page
    if (!sameRef(to, from)) this.#pointEl(to)?.focus();
  };

  #onFocusin = (event: FocusEvent): void => {
    const ref = this.#refOf(event.target);
    if (!ref) return;
    this._active = ref;
    this._tip = { ...ref, via: 'focus' };
    const series = this.#input.series[ref.s];
    const point = pointIn(series, ref.i);
    if (!series || !point) return;
    this.dispatchEvent(new PointFocusEvent({ index: ref.i, seriesId: this.#input.single ? null : series.id, point: point.source }));
  };

  #onFocusout = (event: FocusEvent): void => {
    if (this.#refOf(event.relatedTarget)) return; // moving between points: focusin follows
    if (this._tip?.via === 'focus') this._tip = null;
  };

  #onPointerover = (event: PointerEvent): void => {
    const ref = this.#refOf(event.target);
    if (ref) {
      if (!sameRef(ref, this._tip)) this._tip = { ...ref, via: 'hover' };
    } else if (this._tip?.via === 'hover') {
      this._tip = this.#focusedTip();
    }
  };

  #onPointerleave = (): void => {
    if (this._tip?.via === 'hover') this._tip = this.#focusedTip();
  };

  /** When hover ends, the tooltip returns to the focused point, if any. */
  #focusedTip(): TipState | null {
    const ref = this.#refOf(this.shadowRoot?.activeElement ?? null);
    return ref ? { ...ref, via: 'focus' } : null;
  }

  // ---------------------------------------------------------------------------------------------
  // Tooltip

  #syncTip(): void {
    const tip = this._tooltip;
    const ref = this._tip ? this.#pointEl(this._tip) : null;
    if (!tip || !ref || !this.isConnected) {
      this.#hideTip();
      return;
    }
    if (HAS_POPOVER && !tip.matches(':popover-open')) tip.showPopover();
    // On the document's overlay stack while shown: Escape hides the tooltip before anything
    // opened under it (WCAG 1.4.13), without stopping the key on its way.
    this.#closeTipOverlay ??= openOverlay(this.ownerDocument, {
      inside: () => [this],
      onEscape: () => (this._tip = null),
      onOutsideClick: () => (this._tip = null),
    });
    // A new point, or the same point moved by a new drawing: place it again. Only while shown:
    // float() follows scrolls and resizes, so it is stopped on hide.
    if (ref !== this.#tipRef || this.#geometry !== this.#tipGeometry) {
      this.#stopFloating?.();
      this.#tipRef = ref;
      this.#tipGeometry = this.#geometry;
      this.#stopFloating = float(ref, tip, { placement: 'top', offset: 10 });
    }
  }

  #hideTip(): void {
    this.#stopFloating?.();
    this.#stopFloating = undefined;
    this.#closeTipOverlay?.();
    this.#closeTipOverlay = undefined;
    this.#tipRef = undefined;
    this.#tipGeometry = undefined;
    const tip = this._tooltip;
    if (HAS_POPOVER && tip?.matches(':popover-open')) tip.hidePopover();
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  /** The direction the element draws and words in. */
  get #dir(): 'ltr' | 'rtl' {
    return this.#rtl ? 'rtl' : 'ltr';
  }

  #isRtl(): boolean {
    const own = this.getAttribute('dir');
    if (own === 'rtl' || own === 'ltr') return own === 'rtl';
    if (this.matches(':dir(rtl)')) return true;
    return this.#l10n.dir === 'rtl';
  }

  #warn(issue: InputIssue): void {
    this.#warnOnce(issue.attribute, issue.value, issue.reason);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'emotion-curve': EmotionCurve;
  }
}
