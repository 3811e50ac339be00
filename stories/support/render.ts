/**
 * One render function per element: the element with every arg applied (see args.ts), written as
 * the `lit` template a page would use, so "Show code" gives copyable markup.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { MapDensity, PrintLayout } from '../../src/journey-map.js';
import type { CardDensity } from '../../src/touchpoint-card.js';
import type { EmotionCurveKind, EmotionPoint, EmotionSeries } from '../../src/emotion-curve.js';
import type { PersonaBadgeSize } from '../../src/persona-badge.js';
import type { EmotionScale, EvidenceLevel, Journey, Persona, Touchpoint } from '../../src/model/index.js';
import type { Theme } from '../../src/theme/index.js';
import { cssText, partStyles, slotted, text, type CommonArgs, type Listener } from './args.js';

/** Args of `<journey-map>`. */
export type JourneyMapArgs = CommonArgs & {
  journey?: Journey | string | null;
  src?: string;
  'baseline-src'?: string;
  compare?: string;
  persona?: string;
  lanes?: string;
  theme?: Theme;
  density?: MapDensity;
  locale?: string;
  'heading-level'?: number;
  editable?: boolean;
  'print-layout'?: PrintLayout;
  /** Live metric values (property), or a directive that sets them (the ticking story's). */
  metricValues?: unknown;
  'metrics-src'?: string;
  refresh?: number;
  'stale-after'?: string;
  onJourneyLoad?: Listener;
  onJourneyError?: Listener;
  onTouchpointSelect?: Listener;
  onPersonaChange?: Listener;
  onJourneyChange?: Listener;
  onJourneyBeforechange?: Listener;
};

export function renderJourneyMap(args: JourneyMapArgs): TemplateResult {
  const inline = args['slot:default'];
  return html`${partStyles('journey-map', args)}<journey-map
      .journey=${args.journey ?? null}
      src=${ifDefined(text(args.src))}
      baseline-src=${ifDefined(text(args['baseline-src']))}
      compare=${ifDefined(text(args.compare))}
      persona=${ifDefined(text(args.persona))}
      lanes=${ifDefined(text(args.lanes))}
      theme=${ifDefined(args.theme)}
      density=${ifDefined(args.density)}
      locale=${ifDefined(text(args.locale))}
      heading-level=${ifDefined(args['heading-level'])}
      ?editable=${args.editable}
      print-layout=${ifDefined(args['print-layout'])}
      .metricValues=${args.metricValues}
      metrics-src=${ifDefined(text(args['metrics-src']))}
      refresh=${ifDefined(args.refresh)}
      stale-after=${ifDefined(text(args['stale-after']))}
      style=${ifDefined(cssText(args))}
      @journey-load=${args.onJourneyLoad}
      @journey-error=${args.onJourneyError}
      @touchpoint-select=${args.onTouchpointSelect}
      @persona-change=${args.onPersonaChange}
      @journey-change=${args.onJourneyChange}
      @journey-beforechange=${args.onJourneyBeforechange}
      >${text(inline) ? html`<script type="application/json">${inline}</script>` : ''}</journey-map
    >`;
}

/**
 * What a page of `<journey-map>` stories drawn by {@link renderJourneyMap} alone spreads into its
 * meta: `export default { ...journeyMapPage, title: '…', tags: ['autodocs'] } satisfies Meta<JourneyMapArgs>`.
 * Title and tags stay literal in each file: Storybook's indexer reads them from the file's text.
 */
export const journeyMapPage = { component: 'journey-map', render: renderJourneyMap } satisfies Meta<JourneyMapArgs>;

/** A story of `<journey-map>`. */
export type JourneyMapStory = StoryObj<JourneyMapArgs>;

/** Args of `<emotion-curve>`. */
export type EmotionCurveArgs = CommonArgs & {
  points?: EmotionPoint[];
  series?: EmotionSeries[];
  scale?: EmotionScale;
  positions?: readonly number[];
  min?: number;
  max?: number;
  curve?: EmotionCurveKind;
  data?: string;
  label?: string;
  theme?: Theme;
  locale?: string;
  height?: number;
  decorative?: boolean;
  onPointFocus?: Listener;
};

export function renderEmotionCurve(args: EmotionCurveArgs): TemplateResult {
  return html`${partStyles('emotion-curve', args)}<emotion-curve
      .points=${args.points}
      .series=${args.series}
      .scale=${args.scale}
      .positions=${args.positions}
      min=${ifDefined(args.min)}
      max=${ifDefined(args.max)}
      curve=${ifDefined(args.curve)}
      data=${ifDefined(text(args.data))}
      label=${ifDefined(text(args.label))}
      theme=${ifDefined(args.theme)}
      locale=${ifDefined(text(args.locale))}
      height=${ifDefined(args.height)}
      ?decorative=${args.decorative}
      style=${ifDefined(cssText(args))}
      @point-focus=${args.onPointFocus}
    ></emotion-curve>`;
}

/** Args of `<touchpoint-card>`. */
export type TouchpointCardArgs = CommonArgs & {
  heading?: string;
  channel?: string;
  emotion?: number;
  'emotion-label'?: string;
  'moment-of-truth'?: boolean;
  evidence?: EvidenceLevel;
  density?: CardDensity;
  theme?: Theme;
  locale?: string;
  touchpoint?: Touchpoint;
  scale?: EmotionScale;
};

export function renderTouchpointCard(args: TouchpointCardArgs): TemplateResult {
  return html`${partStyles('touchpoint-card', args)}<touchpoint-card
      heading=${ifDefined(text(args.heading))}
      channel=${ifDefined(text(args.channel))}
      emotion=${ifDefined(args.emotion)}
      emotion-label=${ifDefined(text(args['emotion-label']))}
      ?moment-of-truth=${args['moment-of-truth'] === true}
      evidence=${ifDefined(args.evidence)}
      density=${ifDefined(args.density)}
      theme=${ifDefined(args.theme)}
      locale=${ifDefined(text(args.locale))}
      .touchpoint=${args.touchpoint}
      .scale=${args.scale}
      style=${ifDefined(cssText(args))}
      >${slotted(args, 'badge')}${slotted(args, '')}${slotted(args, 'actions')}</touchpoint-card
    >`;
}

/** Args of `<persona-badge>`. */
export type PersonaBadgeArgs = CommonArgs & {
  name?: string;
  role?: string;
  'persona-role'?: string;
  avatar?: string;
  color?: string;
  size?: PersonaBadgeSize;
  theme?: Theme;
  locale?: string;
  details?: boolean;
  persona?: Persona;
  onPersonaDetailsToggle?: Listener;
};

export function renderPersonaBadge(args: PersonaBadgeArgs): TemplateResult {
  return html`${partStyles('persona-badge', args)}<persona-badge
      name=${ifDefined(text(args.name))}
      role=${ifDefined(text(args.role))}
      persona-role=${ifDefined(text(args['persona-role']))}
      avatar=${ifDefined(text(args.avatar))}
      color=${ifDefined(text(args.color))}
      size=${ifDefined(args.size)}
      theme=${ifDefined(args.theme)}
      locale=${ifDefined(text(args.locale))}
      ?details=${args.details === true}
      .persona=${args.persona}
      style=${ifDefined(cssText(args))}
      @persona-details-toggle=${args.onPersonaDetailsToggle}
    ></persona-badge>`;
}
