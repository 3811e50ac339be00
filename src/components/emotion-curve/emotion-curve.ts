import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { styleMap } from 'lit/directives/style-map.js';
import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { LocaleController } from '../../i18n/index.js';
import type { EmotionScale } from '../../model/types.js';
import { PERSONA_PALETTE_SIZE, themeStyles, type Theme } from '../../theme/tokens.js';
import { visuallyHidden } from '../../theme/helpers.js';
import {
  cleanInput,
  resolveScale,
  type CleanInput,
  type CleanPoint,
  type EmotionCurveKind,
  type EmotionPoint,
  type EmotionSeries,
  type InputIssue,
} from './emotion-curve-data.js';
import { computeGeometry, MARGIN, type Geometry } from './emotion-curve-geometry.js';
import { markerPath, MARKER_SHAPES, type MarkerShape } from './emotion-curve-markers.js';
import { styles } from './emotion-curve.styles.js';

export type { EmotionPoint, EmotionSeries, EmotionCurveKind } from './emotion-curve-data.js';

/**
 * Space the drawing keeps around the plot, in px: `start` is the y-axis gutter at the inline-start
 * edge, `end` follows the last point. A parent passing `positions` can use it to leave the gutter free.
 */
export const EMOTION_CURVE_MARGIN: Readonly<{ top: number; bottom: number; start: number; end: number }> = MARGIN;

/** Detail of the `point-focus` event. */
export interface PointFocusDetail {
  /** Index of the point in the shared index space (e.g. the touchpoint column). */
  index: number;
  /** Id of the point's series, or `null` for a single line given through `points`/`data`. */
  seriesId: string | null;
  /** The point object as given. */
  point: EmotionPoint;
}

/** Words per series and point index. */
interface Words {
  /** "−3 of −3 to 3, frustrated, Range −3 to −1", or "Not measured". */
  feelings: string[][];
  /** "Chat, Maria: −3 of −3 to 3, frustrated"; empty for unmeasured points. */
  names: string[][];
}

/** A point by series and index. */
interface PointRef {
  s: number;
  i: number;
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

const sameRef = (a: PointRef | null, b: PointRef | null): boolean =>
  a === b || (a !== null && b !== null && a.s === b.s && a.i === b.i);

/**
 * A line chart of how people feel along a journey: one line per persona on the journey's
 * emotion scale, with range bands, a neutral baseline and tinted positive/negative zones.
 * Keyboard and screen-reader friendly (one tab stop, arrow keys between points, every point
 * named in words, a hidden data table); mirrors in right-to-left languages.
 *
 * Keyboard: the chart is one tab stop. ←/→ move along the focused line (mirrored in RTL, where
 * the first point is on the right), Home/End jump to its first/last measured point, ↑/↓ move to
 * the previous/next series at the same index (skipping series not measured there), Escape
 * hides the tooltip. Unmeasured points are gaps in the line and are skipped.
 *
 * @summary Emotion curve of a customer journey, for one or several personas.
 *
 * @fires point-focus - Focus moved to a point: by keyboard (Tab, arrows, Home/End), by a pointer
 *   press, or by the element's `focus()`. Detail: `{ index, seriesId, point }`
 *   ({@link PointFocusDetail}). Bubbles, composed. Not fired when properties change.
 *
 * @csspart base - The wrapper around the drawing.
 * @csspart svg - The `<svg>` drawing (the chart's group, with its accessible name).
 * @csspart baseline - The neutral line (0, or the scale's midpoint when 0 is outside it).
 * @csspart zone-positive - The tinted area above the baseline.
 * @csspart zone-negative - The tinted area below the baseline.
 * @csspart line - Each series' line.
 * @csspart band - Each series' range band (worst to best case), when any point has a range.
 * @csspart point - Each measured point (focusable, named).
 * @csspart axis - The y-axis with its numbers and feeling words.
 * @csspart tooltip - The tooltip following focus and hover.
 * @csspart table - The visually hidden data table for screen readers.
 *
 * @cssprop [--jk-curve-stroke=var(--jk-color-accent)] - Colour of a single line (series use their `color` or the persona palette).
 * @cssprop [--jk-curve-stroke-width=2.5px] - Width of the lines.
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
  static override styles = [themeStyles, visuallyHidden, styles];

  /** One line: the points in order. Ignored when `series` is set. */
  @property({ attribute: false }) points?: EmotionPoint[];

  /** Several lines (personas), sharing one index space. Wins over `points` and `data`. */
  @property({ attribute: false }) series?: EmotionSeries[];

  /** The emotion scale; default −3…3. `labels` give words for integer values. */
  @property({ attribute: false }) scale?: EmotionScale;

  /**
   * x of each point index in px from the element's inline-start edge, so a parent can line points
   * up with its columns. Needs a finite number for every index (else ignored with a warning);
   * mirrored in right-to-left layouts. The drawing is then `max(positions) + 16` px wide, and the
   * y-axis occupies the first {@link EMOTION_CURVE_MARGIN}`.start` px.
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

  /** Colour theme. */
  @property({ reflect: true }) theme?: Theme;

  /** Language of the built-in words and number formats (BCP 47); default from `lang`. */
  @property({ reflect: true }) locale?: string;

  /** Height of the drawing in px (default 160). */
  @property({ type: Number }) height = DEFAULT_HEIGHT;

  /** Drawing size reported by the ResizeObserver (0 until it has). */
  @state() private _observedWidth = 0;
  @state() private _observedHeight = 0;
  /** The point holding the tab stop. */
  @state() private _active: PointRef | null = null;
  @state() private _tip: TipState | null = null;

  @query('.tooltip') private _tooltipEl?: HTMLElement;
  @query('.base') private _baseEl?: HTMLElement;

  private readonly _i18n = new LocaleController(this);
  private readonly _warned = new Set<string>();
  private _resizeObserver?: ResizeObserver;
  private _stopAutoUpdate?: () => void;
  private _tipRef?: Element;

  // Derived state, recomputed in willUpdate only when an input changed.
  private _scale: EmotionScale = { min: -3, max: 3 };
  private _input: CleanInput = { series: [], single: true, count: 0, issues: [] };
  private _geometry?: Geometry;
  private _words: Words = { feelings: [], names: [] };
  private _rtl = false;
  private _height = DEFAULT_HEIGHT;

  private readonly _resolveScale = memo(resolveScale);
  private readonly _clean = memo(cleanInput);
  private readonly _checkPositions = memo(
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
  private readonly _layout = memo(
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
  /** Words for every point: `feelings` for table cells, `names` for points and the tooltip. */
  private readonly _describe = memo((input: CleanInput, scale: EmotionScale, _tag: string): Words => {
    const msg = this._i18n.msg;
    // Values repeat a lot (integers on a short scale), and each description formats three numbers.
    const cache = new Map<string, string>();
    const feeling = (p: CleanPoint): string => {
      const key = `${p.value}|${p.min}|${p.max}`;
      let text = cache.get(key);
      if (text === undefined) {
        text = p.value === null ? msg.notMeasured : this._i18n.describeEmotion(p.value, scale);
        if (p.min !== null && p.max !== null) text = msg.emotionDescription(text, msg.range(p.min, p.max));
        cache.set(key, text);
      }
      return text;
    };
    const feelings = input.series.map((s) => s.points.map(feeling));
    const names = input.series.map((s, si) =>
      s.points.map((p, i) => {
        if (p.value === null) return '';
        // The catalogue's clause joiner gives the locale's comma ("، " in Arabic).
        const title = input.single ? p.label : msg.emotionDescription(p.label, s.name);
        return msg.curvePoint(title, feelings[si]![i]!);
      }),
    );
    return { feelings, names };
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // Sizes are read here only, never in render, so drawing never forces layout.
    this._resizeObserver = new ResizeObserver((entries) => {
      for (const entry of entries) {
        const box = entry.contentRect;
        if (entry.target === this && box.width > 0) this._observedWidth = Math.round(box.width);
        if (entry.target === this._baseEl && box.height > 0) this._observedHeight = Math.round(box.height);
      }
    });
    this._resizeObserver.observe(this);
    if (this._baseEl) this._resizeObserver.observe(this._baseEl);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._resizeObserver?.disconnect();
    this._resizeObserver = undefined;
    this._hideTip();
  }

  /** Focuses the point holding the tab stop (or the element itself when there is none). */
  override focus(options?: FocusOptions): void {
    const el = this._active ? this._pointEl(this._active) : null;
    if (el) el.focus(options);
    else super.focus(options);
  }

  protected override firstUpdated(): void {
    if (this._baseEl) this._resizeObserver?.observe(this._baseEl);
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const { scale, issues: scaleIssues } = this._resolveScale(
      this.scale,
      this.min,
      this.max,
      this.getAttribute('min'),
      this.getAttribute('max'),
    );
    scaleIssues.forEach((issue) => this._warn(issue));
    this._scale = scale;

    const input = this._clean(this.series, this.points, this.data, scale);
    input.issues.forEach((issue) => this._warn(issue));
    this._input = input;

    const checked = this._checkPositions(this.positions, input.count);
    if (checked.issue) this._warn(checked.issue);

    // A removed attribute arrives as null: back to the default without a warning.
    let curve = this.curve ?? 'monotone';
    if (!CURVE_KINDS.includes(curve)) {
      this._warn({ attribute: 'curve', value: String(curve), reason: `"${curve}" is not monotone, linear or step` });
      curve = 'monotone';
    }
    let height = this.height ?? DEFAULT_HEIGHT;
    if (typeof height !== 'number' || !Number.isFinite(height) || height <= 0) {
      this._warn({
        attribute: 'height',
        value: this.getAttribute('height') ?? String(height),
        reason: `"${this.getAttribute('height') ?? height}" is not a positive number of pixels`,
      });
      height = DEFAULT_HEIGHT;
    }
    this._height = height;

    this._rtl = this._isRtl();
    this._geometry = this._layout(
      input,
      scale,
      this._observedWidth || FALLBACK_WIDTH,
      this._observedHeight || height,
      checked.positions,
      this._rtl,
      curve,
    );
    this._words = this._describe(input, scale, this._i18n.tag);

    // Keep the tab stop on a point that exists; never moves focus, never fires.
    if (!this._active || !this._measured(this._active)) this._active = this._nearestPoint(this._active);
    if (this._tip && !this._measured(this._tip)) this._tip = null;
  }

  protected override render(): TemplateResult {
    const g = this._geometry!;
    const msg = this._i18n.msg;
    const label = this.label || msg.emotionCurve;
    const height = this._height;
    const tipText = this._tip ? (this._words.names[this._tip.s]?.[this._tip.i] ?? '') : '';
    return html`
      <!-- Listeners sit on the div: Blink makes an SVG element with focus listeners focusable,
           which would add a second tab stop. One delegated listener per event, none per point. -->
      <div
        part="base"
        class="base"
        dir=${this._rtl ? 'rtl' : 'ltr'}
        style=${styleMap({ '--_h': `${height}px` })}
        @keydown=${this._onKeydown}
        @focusin=${this._onFocusin}
        @focusout=${this._onFocusout}
        @pointerover=${this._onPointerover}
        @pointerleave=${this._onPointerleave}
      >
        <svg part="svg" role="group" aria-label=${label} width=${g.width} height=${g.height} viewBox="0 0 ${g.width} ${g.height}">
          ${guard([g, this._scale, this._i18n.tag], () => this._renderBackdrop(g))}
          ${this._input.series.map((_, s) =>
            // Moving focus re-renders only the series that gains or loses the tab stop.
            guard([g, this._input, this._words, this._active?.s === s ? this._active.i : -1], () => this._renderSeries(g, s)),
          )}
        </svg>
      </div>
      <div part="tooltip" class="tooltip" role="tooltip" aria-hidden="true" popover=${HAS_POPOVER ? 'manual' : nothing} ?hidden=${!this._tip}>
        ${tipText}
      </div>
      ${guard([this._input, this._words, label, msg], () => this._renderTable(label))}
    `;
  }

  protected override updated(): void {
    this._syncTip();
  }

  // ---------------------------------------------------------------------------------------------
  // Drawing

  private _renderBackdrop(g: Geometry) {
    const { plotLeft, plotRight, top, bottom, baselineY, axisX } = g;
    const w = plotRight - plotLeft;
    const fmt = (n: number): string => this._i18n.formatNumber(n);
    const labels = this._scale.labels;
    const topWord = labels?.[String(this._scale.max)];
    const bottomWord = labels?.[String(this._scale.min)];
    // Words sit just inside the plot at the inline-start edge; logical anchors keep them there in RTL.
    const wordX = this._rtl ? axisX - 6 : axisX + 6;
    return svg`
      <g aria-hidden="true">
        <rect part="zone-positive" class="zone-positive" x=${plotLeft} y=${top} width=${w} height=${Math.max(0, baselineY - top)}></rect>
        <rect part="zone-negative" class="zone-negative" x=${plotLeft} y=${baselineY} width=${w} height=${Math.max(0, bottom - baselineY)}></rect>
        <line part="baseline" class="baseline" x1=${plotLeft} x2=${plotRight} y1=${baselineY} y2=${baselineY}></line>
        <g part="axis" class="axis">
          <line x1=${axisX} x2=${axisX} y1=${top} y2=${bottom}></line>
          ${g.ticks.map(
            (t) => svg`
              <line x1=${this._rtl ? axisX : axisX - 4} x2=${this._rtl ? axisX + 4 : axisX} y1=${t.y} y2=${t.y}></line>
              <text class="tick" x=${this._rtl ? axisX + 7 : axisX - 7} y=${t.y} dy="0.32em" text-anchor="end">${fmt(t.value)}</text>
            `,
          )}
          ${topWord ? svg`<text class="word" x=${wordX} y=${top} dy="0.9em" text-anchor="start">${topWord}</text>` : nothing}
          ${bottomWord ? svg`<text class="word" x=${wordX} y=${bottom} dy="-0.35em" text-anchor="start">${bottomWord}</text>` : nothing}
        </g>
      </g>
    `;
  }

  private _renderSeries(g: Geometry, s: number) {
    const series = this._input.series[s]!;
    const placed = g.series[s]!;
    const color = this._input.single
      ? 'var(--jk-curve-stroke, var(--_jk-color-accent))'
      : (series.color ?? `var(--_jk-color-persona-${(s % PERSONA_PALETTE_SIZE) + 1})`);
    const names = this._words.names[s] ?? [];
    const active = this._active;
    const d = MARKER_D[placed.marker];
    return svg`
      <g class="series" data-series=${s} data-marker=${placed.marker} style=${styleMap({ '--_c': color })}>
        ${placed.band !== null ? svg`<path part="band" class="band" aria-hidden="true" d=${placed.band}></path>` : nothing}
        <path part="line" class="line" aria-hidden="true" d=${placed.line} stroke-dasharray=${placed.dash}></path>
        ${placed.points.map(
          (p) => svg`
            <g
              part="point"
              class="point"
              role="img"
              tabindex=${active !== null && active.s === s && active.i === p.i ? 0 : -1}
              aria-label=${names[p.i] ?? ''}
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

  private _renderTable(label: string) {
    const msg = this._i18n.msg;
    const { series, single, count } = this._input;
    const rows = Array.from({ length: count }, (_, i) => i);
    return html`
      <!-- The wrapper clips: a table cannot shrink below its content, and would widen the page. -->
      <div class="visually-hidden">
      <table part="table">
        <caption>${label}</caption>
        <thead>
          <tr>
            <th scope="col">${msg.touchpoint}</th>
            ${series.map((s) => html`<th scope="col">${single ? msg.emotion : s.name}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (i) => html`
              <tr>
                <th scope="row">${series.find((s) => s.points[i])?.points[i]?.label ?? ''}</th>
                ${series.map((_, si) => html`<td>${this._words.feelings[si]?.[i] ?? ''}</td>`)}
              </tr>
            `,
          )}
        </tbody>
      </table>
      </div>
    `;
  }

  // ---------------------------------------------------------------------------------------------
  // Focus, keyboard, pointer

  private _measured(ref: PointRef): boolean {
    const p = this._input.series[ref.s]?.points[ref.i];
    return p !== undefined && p.value !== null;
  }

  /** The measured point closest to `ref` (same series first), or the first one. */
  private _nearestPoint(ref: PointRef | null): PointRef | null {
    const { series } = this._input;
    if (ref && series[ref.s]) {
      const points = series[ref.s]!.points;
      for (let d = 1; d < points.length; d++) {
        for (const i of [ref.i - d, ref.i + d]) if (points[i]?.value != null) return { s: ref.s, i };
      }
    }
    for (let s = 0; s < series.length; s++) {
      const i = series[s]!.points.findIndex((p) => p.value !== null);
      if (i >= 0) return { s, i };
    }
    return null;
  }

  private _pointEl(ref: PointRef): SVGGElement | null {
    return this.renderRoot.querySelector<SVGGElement>(`.point[data-s="${ref.s}"][data-i="${ref.i}"]`);
  }

  private _refOf(target: EventTarget | null): PointRef | null {
    const el = target instanceof Element ? target.closest('.point') : null;
    if (!el) return null;
    const s = Number(el.getAttribute('data-s'));
    const i = Number(el.getAttribute('data-i'));
    return Number.isInteger(s) && Number.isInteger(i) ? { s, i } : null;
  }

  private _onKeydown = (event: KeyboardEvent): void => {
    const from = this._refOf(event.target) ?? this._active;
    if (!from) return;
    if (event.key === 'Escape') {
      if (this._tip) {
        this._tip = null;
        event.stopPropagation(); // the Escape was for the tooltip, not for an enclosing dialog
      }
      return;
    }
    const points = this._input.series[from.s]?.points ?? [];
    const find = (start: number, step: number): PointRef | null => {
      for (let i = start; i >= 0 && i < points.length; i += step) if (points[i]!.value !== null) return { s: from.s, i };
      return null;
    };
    const across = (step: number): PointRef | null => {
      for (let s = from.s + step; s >= 0 && s < this._input.series.length; s += step) {
        if (this._measured({ s, i: from.i })) return { s, i: from.i };
      }
      return null;
    };
    // The first point is on the right in RTL, so the visual arrows swap meaning.
    const forward = this._rtl ? 'ArrowLeft' : 'ArrowRight';
    const back = this._rtl ? 'ArrowRight' : 'ArrowLeft';
    let to: PointRef | null;
    switch (event.key) {
      case forward:
        to = find(from.i + 1, 1);
        break;
      case back:
        to = find(from.i - 1, -1);
        break;
      case 'Home':
        to = find(0, 1);
        break;
      case 'End':
        to = find(points.length - 1, -1);
        break;
      case 'ArrowUp':
        to = across(-1);
        break;
      case 'ArrowDown':
        to = across(1);
        break;
      default:
        return;
    }
    event.preventDefault(); // keep arrows and Home/End from scrolling the page
    if (to && !sameRef(to, from)) this._pointEl(to)?.focus();
  };

  private _onFocusin = (event: FocusEvent): void => {
    const ref = this._refOf(event.target);
    if (!ref) return;
    this._active = ref;
    this._tip = { ...ref, via: 'focus' };
    const series = this._input.series[ref.s];
    const point = series?.points[ref.i];
    if (!series || !point) return;
    this.dispatchEvent(
      new CustomEvent<PointFocusDetail>('point-focus', {
        detail: { index: ref.i, seriesId: this._input.single ? null : series.id, point: point.source },
        bubbles: true,
        composed: true,
      }),
    );
  };

  private _onFocusout = (event: FocusEvent): void => {
    if (this._refOf(event.relatedTarget)) return; // moving between points: focusin follows
    if (this._tip?.via === 'focus') this._tip = null;
  };

  private _onPointerover = (event: PointerEvent): void => {
    const ref = this._refOf(event.target);
    if (ref) {
      if (!sameRef(ref, this._tip)) this._tip = { ...ref, via: 'hover' };
    } else if (this._tip?.via === 'hover') {
      this._tip = this._focusedTip();
    }
  };

  private _onPointerleave = (): void => {
    if (this._tip?.via === 'hover') this._tip = this._focusedTip();
  };

  /** When hover ends, the tooltip returns to the focused point, if any. */
  private _focusedTip(): TipState | null {
    const ref = this._refOf(this.shadowRoot?.activeElement ?? null);
    return ref ? { ...ref, via: 'focus' } : null;
  }

  // ---------------------------------------------------------------------------------------------
  // Tooltip

  private _syncTip(): void {
    const tip = this._tooltipEl;
    const ref = this._tip ? this._pointEl(this._tip) : null;
    if (!tip || !ref || !this.isConnected) {
      this._hideTip();
      return;
    }
    if (HAS_POPOVER && !tip.matches(':popover-open')) tip.showPopover();
    if (ref !== this._tipRef) {
      this._stopAutoUpdate?.();
      this._tipRef = ref;
      // Only while shown: autoUpdate listens to scroll and resize, so it is stopped on hide.
      this._stopAutoUpdate = autoUpdate(ref, tip, () => this._placeTip(ref, tip));
    } else {
      this._placeTip(ref, tip); // same point, but the drawing may have moved it
    }
  }

  private _placeTip(ref: Element, tip: HTMLElement): void {
    void computePosition(ref, tip, {
      strategy: 'fixed',
      placement: 'top',
      middleware: [offset(10), flip(), shift({ padding: 8 })],
    }).then(({ x, y }) => {
      if (this._tipRef !== ref) return; // hidden or moved on meanwhile
      tip.style.left = `${x}px`;
      tip.style.top = `${y}px`;
    });
  }

  private _hideTip(): void {
    this._stopAutoUpdate?.();
    this._stopAutoUpdate = undefined;
    this._tipRef = undefined;
    const tip = this._tooltipEl;
    if (HAS_POPOVER && tip?.matches(':popover-open')) tip.hidePopover();
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  private _isRtl(): boolean {
    const own = this.getAttribute('dir');
    if (own === 'rtl' || own === 'ltr') return own === 'rtl';
    if (this.matches(':dir(rtl)')) return true;
    return this._i18n.dir === 'rtl';
  }

  /** Warns once per element for each input and value, naming both. */
  private _warn(issue: InputIssue): void {
    const key = `${issue.attribute}\u0000${issue.value}`;
    if (this._warned.has(key)) return;
    this._warned.add(key);
    console.warn(`emotion-curve: ignoring ${issue.attribute}: ${issue.reason}`);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'emotion-curve': EmotionCurve;
  }
  interface HTMLElementEventMap {
    'point-focus': CustomEvent<PointFocusDetail>;
  }
}
