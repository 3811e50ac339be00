import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocaleController, emotionBand } from '../../i18n/index.js';
import { channelIcon, emotionGlyph, evidenceGlyph, momentOfTruthIcon } from '../../icons/index.js';
import type { EmotionScale, EvidenceLevel, Touchpoint } from '../../model/types.js';
import { hostStyles, isTheme, themeStyles, visuallyHidden, type Theme } from '../../theme/index.js';
import { warnOnce } from '../shared/warn-once.js';
import { normaliseCard, showValue, type CardProblem, type CardView } from './card-data.js';
import { cardSummary, channelName, emotionWord, severityText } from './card-summary.js';
import { styles } from './touchpoint-card.styles.js';

/** How much a card shows: everything, or the essentials with tighter spacing. */
export type CardDensity = 'comfortable' | 'compact';

const DENSITIES: readonly CardDensity[] = ['comfortable', 'compact'];

export { cardSummary, touchpointSummary, type SummaryLocale } from './card-summary.js';

/**
 * Reads the `emotion` attribute. A number becomes a number; anything else is passed on as the
 * raw string so the warning can quote what the author wrote. An empty attribute means "not set"
 * (CMS templates often write `emotion=""` for an empty field).
 */
const emotionConverter = {
  fromAttribute(value: string | null): number | string | undefined {
    if (value === null || value.trim() === '') return undefined;
    const n = Number(value);
    return Number.isFinite(n) ? n : value;
  },
};

/**
 * One touchpoint of a customer journey as a compact card: channel, title, feeling, pain points
 * and opportunities, metrics, moment of truth and evidence. Works alone (from attributes or the
 * `touchpoint` property) and inside `<journey-map>`, which places one in every touchpoint cell.
 *
 * The card is not focusable and fires no events; it is an `<article>` named by its title, and
 * `accessibleSummary` gives one localised sentence for whoever manages focus around it.
 * Every string is rendered as text. Bad input is skipped with one `console.warn` per attribute
 * and value; the card never throws.
 *
 * @summary A touchpoint of a journey as a card. Not interactive; fires no events.
 *
 * @slot - Extra content after the card's body.
 * @slot actions - Buttons or links at the bottom of the card.
 * @slot badge - Shown next to the title, e.g. persona badges.
 *
 * @csspart base - The card's box (an `<article>`).
 * @csspart header - The channel, title and badge.
 * @csspart channel - The channel icon and name.
 * @csspart channel-icon - The channel icon.
 * @csspart title - The title.
 * @csspart emotion - The feeling: glyph, word and value.
 * @csspart counts - Pain point and opportunity counts.
 * @csspart metrics - The list of metric chips.
 * @csspart metric - One metric chip.
 * @csspart moment-of-truth - The moment-of-truth marker.
 * @csspart evidence - The evidence level and sample size.
 * @csspart footer - Holds the `actions` slot; hidden while that slot is empty.
 *
 * @cssprop --jk-card-background - Card background. Default `--jk-color-surface-raised`.
 * @cssprop --jk-card-color - Text colour. Default `--jk-color-text`.
 * @cssprop --jk-card-border-color - Border colour. Default `--jk-color-border`.
 * @cssprop --jk-card-border-width - Border width. Default `1px`; a moment of truth doubles it (six times at the inline start).
 * @cssprop --jk-card-radius - Corner radius. Default `--jk-radius-m`.
 * @cssprop --jk-card-padding - Inner padding. Default `--jk-space-3` (`--jk-space-2` when compact).
 * @cssprop --jk-card-gap - Space between the card's sections. Default `--jk-space-2` (`--jk-space-1` when compact).
 * @cssprop --jk-card-shadow - Box shadow. Default `none`.
 * @cssprop --jk-card-title-size - Title font size. Default `--jk-font-size-m` (`--jk-font-size-s` when compact).
 * @cssprop --jk-card-title-lines - Lines a title shows before it is clamped with an ellipsis (the full title stays the card's accessible name). Default `4`.
 * @cssprop --jk-card-moment-color - Border and marker colour of a moment of truth. Default `--jk-color-accent`.
 * @cssprop --jk-card-chip-background - Metric chip background. Default `--jk-color-surface-sunken`.
 * @cssprop --jk-card-severity-high-color - Colour of the high-severity marker. Default `--jk-color-negative`.
 */
export class TouchpointCard extends LitElement {
  static override styles = [themeStyles, hostStyles, visuallyHidden, styles];

  /** The title (attribute `heading`). A `touchpoint`'s `title` wins. */
  @property() heading?: string;

  /**
   * The channel (attribute `channel`): one of the 16 known channels, or any other string, which is
   * shown as written with a generic icon. A `touchpoint`'s `channel` wins.
   */
  @property() channel?: string;

  /**
   * The feeling, a number on `scale` (attribute `emotion`). A value that is not a number or lies
   * outside the scale is ignored with a warning. A `touchpoint`'s `emotion` wins.
   */
  @property({ converter: emotionConverter }) emotion?: number;

  /** The author's word for the feeling (attribute `emotion-label`); else a built-in word. A `touchpoint`'s `emotionLabel` wins. */
  @property({ attribute: 'emotion-label' }) emotionLabel?: string;

  /** Marks a moment that decides loyalty (boolean attribute `moment-of-truth`). A `touchpoint`'s `momentOfTruth` wins. */
  @property({ type: Boolean, attribute: 'moment-of-truth' }) momentOfTruth = false;

  /** How well research backs it (attribute `evidence`): `assumption`, `anecdotal` or `validated`. A `touchpoint`'s `evidence` wins. */
  @property() evidence?: EvidenceLevel;

  /** `comfortable` (default) or `compact`, which hides secondary content (attribute `density`, reflected). */
  @property({ reflect: true }) density: CardDensity = 'comfortable';

  /**
   * `light` (default), `dark` or `auto` to follow the OS (attribute `theme`, reflected).
   * @default 'light'
   */
  @property({ reflect: true }) theme?: Theme;

  /**
   * Language of built-in words and number formats (attribute `locale`), e.g. `nb-NO`. Without it:
   * the card's `lang`, then the nearest ancestor's `lang`, then English.
   */
  @property() locale?: string;

  /**
   * A touchpoint of the journey model (property only). Its fields win over the attributes.
   * Treated as immutable: assign a new object to re-render.
   */
  @property({ attribute: false }) touchpoint?: Touchpoint;

  /** The emotion scale (property only). Default −3 to 3. Its `labels` supply the feeling words. */
  @property({ attribute: false }) scale?: EmotionScale;

  @state() private _hasActions = false;

  /**
   * The host's own `aria-hidden`. A hidden card names nothing: Chromium adds the name of a hidden
   * labelled article to its container's name (the map's cell said the title twice).
   */
  @property({ attribute: 'aria-hidden' }) private _hiddenFromAt: string | null = null;

  readonly #l10n = new LocaleController(this);
  readonly #warnOnce = warnOnce('touchpoint-card');
  #cache?: { inputs: unknown[]; view: CardView };

  /**
   * One localised sentence describing the card — title, channel, moment of truth, feeling in
   * words, pain point and opportunity counts — for use as an accessible name, e.g.
   * "Checkout, Website, Moment of truth, Emotion: unhappy, 2 pain points (High: 1)."
   */
  get accessibleSummary(): string {
    return cardSummary(this.#view(), this.#l10n);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('density') && this.density != null && !DENSITIES.includes(this.density)) {
      this.#warn({ name: 'density', value: this.density, reason: `expected ${DENSITIES.join(', ')}` });
    }
    if (changed.has('theme') && this.theme != null && !isTheme(this.theme)) {
      this.#warn({ name: 'theme', value: this.theme, reason: 'expected light, dark, auto' });
    }
  }

  protected override render(): TemplateResult {
    const view = this.#view();
    const l10n = this.#l10n;
    const compact = this.density === 'compact';
    return html`<article
      part="base"
      class=${view.momentOfTruth ? 'base moment' : 'base'}
      lang=${l10n.tag}
      dir=${this.locale ? l10n.dir : nothing}
      aria-labelledby=${view.title && this._hiddenFromAt !== 'true' ? 'title' : nothing}
    >
      <div part="header" class="header">
        ${view.channel
          ? html`<span part="channel" class="channel"
              ><span part="channel-icon" class="channel-icon">${channelIcon(view.knownChannel)}</span
              ><span>${channelName(view, l10n)}</span></span
            >`
          : nothing}
        <div part="title" class="title" id="title">${view.title}</div>
        <span class="badge"><slot name="badge"></slot></span>
      </div>
      ${view.momentOfTruth
        ? html`<p part="moment-of-truth" class="row moment-of-truth">
            ${momentOfTruthIcon()}<span class="text">${l10n.msg.momentOfTruth}</span>
          </p>`
        : nothing}
      ${this.#renderEmotion(view, compact)}
      ${view.description && !compact ? html`<p class="description">${view.description}</p>` : nothing}
      ${this.#renderCounts(view)} ${this.#renderMetrics(view, compact)} ${this.#renderEvidence(view, compact)}
      <slot></slot>
      <div part="footer" class=${this._hasActions ? 'footer filled' : 'footer'}>
        <slot name="actions" @slotchange=${this.#onActionsChange}></slot>
      </div>
    </article>`;
  }

  #renderEmotion(view: CardView, compact: boolean): TemplateResult | typeof nothing {
    if (view.emotionRejected) return nothing;
    if (view.emotion === undefined) {
      // A word without a value (not measured, but described) is still worth showing.
      return view.emotionLabel
        ? html`<p part="emotion" class="row emotion"><span class="text word">${view.emotionLabel}</span></p>`
        : nothing;
    }
    const { emotion, scale } = view;
    const band = emotionBand(emotion, scale);
    const msg = this.#l10n.msg;
    return html`<p part="emotion" class="row emotion ${band}">
      ${emotionGlyph(band)}<span class="text"
        ><span class="word">${emotionWord(view, this.#l10n)}</span>
        <span class=${compact ? 'visually-hidden' : 'muted'}>${msg.emotionValue(emotion, scale.min, scale.max)}</span></span
      >
    </p>`;
  }

  #renderCounts(view: CardView): TemplateResult | typeof nothing {
    if (view.painPoints === 0 && view.opportunities === 0) return nothing;
    const msg = this.#l10n.msg;
    const s = msg.punctuation;
    return html`<div part="counts" class="counts">
      ${view.painPoints > 0
        ? html`<p class="count">
            <span>${msg.painPointCount(view.painPoints)}</span>${view.highestSeverity
              ? html`<span class="visually-hidden">${s.separator}</span
                  ><span class="severity ${view.highestSeverity}"
                    ><span class="marker" aria-hidden="true"></span>${severityText(view, this.#l10n)}</span
                  >`
              : nothing}
          </p>`
        : nothing}
      ${view.opportunities > 0 ? html`<p class="count">${msg.opportunityCount(view.opportunities)}</p>` : nothing}
    </div>`;
  }

  #renderMetrics(view: CardView, compact: boolean): TemplateResult | typeof nothing {
    if (view.metrics.length === 0) return nothing;
    const l10n = this.#l10n;
    return html`<ul part="metrics" class="metrics" aria-label=${l10n.msg.lanes.metrics}>
      ${view.metrics.map((metric) => {
        const f = l10n.formatMetric(metric);
        return html`<li part="metric" class="metric">
          <span class="name">${f.name}</span> <span class="value">${f.value}</span>
          ${f.target === undefined
            ? nothing
            : html`<span class=${compact ? 'visually-hidden' : 'muted'}>${l10n.msg.target(f.target)}</span>`}
        </li>`;
      })}
    </ul>`;
  }

  #renderEvidence(view: CardView, compact: boolean): TemplateResult | typeof nothing {
    const evidence = view.evidence;
    if (!evidence) return nothing;
    const msg = this.#l10n.msg;
    const s = msg.punctuation;
    const level = msg.evidenceLevels[evidence.level];
    const text = s.labelled(
      msg.evidence,
      evidence.sampleSize === undefined ? level : s.detail(level, msg.sampleSize(evidence.sampleSize)),
    );
    return html`<p part="evidence" class="row evidence">
      ${evidenceGlyph(evidence.level)}<span class="text"
        >${text}${evidence.source && !compact
          ? html` <span class="muted">${s.labelled(msg.source, this.#l10n.isolate(evidence.source))}</span>`
          : nothing}</span
      >
    </p>`;
  }

  /** The checked data, recomputed only when an input changed (render and the getter share it). */
  #view(): CardView {
    const inputs = [
      this.touchpoint,
      this.heading,
      this.channel,
      this.emotion,
      this.emotionLabel,
      this.momentOfTruth,
      this.evidence,
      this.scale,
    ];
    const cached = this.#cache;
    if (cached && inputs.every((value, i) => Object.is(value, cached.inputs[i]))) return cached.view;
    const { view, problems } = normaliseCard({
      touchpoint: this.touchpoint,
      heading: this.heading,
      channel: this.channel,
      emotion: this.emotion,
      emotionLabel: this.emotionLabel,
      momentOfTruth: this.momentOfTruth,
      evidence: this.evidence,
      scale: this.scale,
    });
    for (const problem of problems) this.#warn(problem);
    this.#cache = { inputs, view };
    return view;
  }

  #warn({ name, value, reason }: CardProblem): void {
    const shown = showValue(value);
    this.#warnOnce(`${name} ${shown}`, shown, reason);
  }

  #onActionsChange(event: Event): void {
    this._hasActions = (event.target as HTMLSlotElement).assignedElements().length > 0;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'touchpoint-card': TouchpointCard;
  }
}
