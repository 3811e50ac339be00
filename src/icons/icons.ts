/**
 * The in-house icon set: 24×24, 1.75 px round strokes in `currentColor`, no text, nothing fetched.
 * Lit templates only, so nothing is ever parsed from a string. Every icon is decorative
 * (`aria-hidden`); the element next to it carries the words.
 */
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import {
  KNOWN_CHANNELS,
  type EvidenceLevel,
  type KnownChannel,
} from '../model/types.js';
import type { EmotionBand } from '../i18n/emotion.js';

function icon(name: string, body: SVGTemplateResult): TemplateResult {
  return html`<svg
    class="jk-icon"
    data-icon=${name}
    viewBox="0 0 24 24"
    width="24"
    height="24"
    aria-hidden="true"
    focusable="false"
    fill="none"
    stroke="currentColor"
    stroke-width="1.75"
    stroke-linecap="round"
    stroke-linejoin="round"
  >${body}</svg>`;
}

/** A filled dot, for eyes and the like: a round-capped stroke would be too small. */
const dot = (cx: number, cy: number, r = 1.1) =>
  svg`<circle cx=${cx} cy=${cy} r=${r} fill="currentColor" stroke="none" />`;

const CHANNEL_PATHS: Record<KnownChannel, SVGTemplateResult> = {
  // Globe.
  web: svg`<circle cx="12" cy="12" r="9" /><path d="M3 12h18" /><path d="M12 3c2.4 2.5 3.6 5.5 3.6 9s-1.2 6.5-3.6 9c-2.4-2.5-3.6-5.5-3.6-9S9.6 5.5 12 3z" />`,
  // Phone body with a home bar.
  'mobile-app': svg`<rect x="6.5" y="2.5" width="11" height="19" rx="2.5" /><path d="M10.5 18.5h3" />`,
  // Envelope.
  email: svg`<rect x="3" y="5" width="18" height="14" rx="2" /><path d="M3.5 6.5 12 13l8.5-6.5" />`,
  // Handset.
  phone: svg`<path d="M6.5 3.5h3l1.5 4-2 1.5a11 11 0 0 0 6 6l1.5-2 4 1.5v3a2 2 0 0 1-2 2A16.5 16.5 0 0 1 4.5 5.5a2 2 0 0 1 2-2z" />`,
  // Speech bubble with lines.
  chat: svg`<path d="M4 6a2 2 0 0 1 2-2h12a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2h-8l-4.5 4v-4H6a2 2 0 0 1-2-2z" /><path d="M8 8.5h8M8 11.5h5" />`,
  // Three connected nodes.
  social: svg`<circle cx="6" cy="12" r="2.5" /><circle cx="18" cy="6" r="2.5" /><circle cx="18" cy="18" r="2.5" /><path d="m8.2 10.9 7.6-3.8M8.2 13.1l7.6 3.8" />`,
  // Shop front with awning and door.
  store: svg`<path d="M3.5 9 5 4h14l1.5 5" /><path d="M3.5 9a2.83 2.83 0 0 0 5.67 0 2.83 2.83 0 0 0 5.66 0 2.83 2.83 0 0 0 5.67 0" /><path d="M5 11.5V20h14v-8.5" /><path d="M10 20v-4.5h4V20" />`,
  // Megaphone.
  ad: svg`<path d="M4 10v4a1 1 0 0 0 1 1h2l7 4V5L7 9H5a1 1 0 0 0-1 1z" /><path d="M17.5 9a4 4 0 0 1 0 6" /><path d="m7 15 1.2 4.5" />`,
  // Magnifier.
  search: svg`<circle cx="10.5" cy="10.5" r="6.5" /><path d="m15.5 15.5 5 5" />`,
  // A person speaking.
  'word-of-mouth': svg`<circle cx="9" cy="8" r="3.5" /><path d="M3 20a6 6 0 0 1 12 0" /><path d="M17 6.5a4 4 0 0 1 0 5M19.5 4a7.5 7.5 0 0 1 0 10" />`,
  // Calendar with a marked day.
  event: svg`<rect x="3.5" y="5" width="17" height="15.5" rx="2" /><path d="M3.5 10h17M8 3v4M16 3v4" /><path d="M8 14h3v3H8z" />`,
  // Letterbox on a post, flag up.
  mail: svg`<path d="M7 6.5h10a4 4 0 0 1 4 4V16H3v-5.5a4 4 0 0 1 4-4z" /><path d="M7 6.5a4 4 0 0 1 4 4V16" /><path d="M15 10V3.5h3" /><path d="M12 16v5" />`,
  // Star.
  review: svg`<path d="m12 3.5 2.6 5.3 5.9.9-4.3 4.1 1 5.8L12 16.9l-5.2 2.7 1-5.8-4.3-4.1 5.9-.9z" />`,
  // Headset with microphone.
  support: svg`<path d="M4 14v-2a8 8 0 0 1 16 0v2" /><path d="M4 14a2 2 0 0 1 2-2h1v6H6a2 2 0 0 1-2-2zM20 14a2 2 0 0 0-2-2h-1v6h1a2 2 0 0 0 2-2z" /><path d="M18 18v.5a2.5 2.5 0 0 1-2.5 2.5H13" />`,
  // Play button in a screen.
  video: svg`<rect x="3" y="5" width="18" height="14" rx="2" /><path d="m10 9 5 3-5 3z" />`,
  // Two linked rings.
  partner: svg`<circle cx="9" cy="12" r="5" /><circle cx="15" cy="12" r="5" />`,
};

// Three dots in a circle: "some other channel".
const GENERIC_CHANNEL = svg`<circle cx="12" cy="12" r="9" />${dot(8, 12)}${dot(12, 12)}${dot(16, 12)}`;

/** Whether a string is one of the 16 channels with a built-in icon and name. */
export function isKnownChannel(channel: unknown): channel is KnownChannel {
  return typeof channel === 'string' && (KNOWN_CHANNELS as readonly string[]).includes(channel);
}

/** The icon of a channel; any unknown (or missing) channel gets the generic one. */
export function channelIcon(channel?: string): TemplateResult {
  return isKnownChannel(channel)
    ? icon(channel, CHANNEL_PATHS[channel])
    : icon('generic', GENERIC_CHANNEL);
}

const FACE = svg`<circle cx="12" cy="12" r="9" />`;
const DOT_EYES = svg`${dot(9, 9.5)}${dot(15, 9.5)}`;

// Faces differ by mouth and eyes, never only by colour.
const EMOTION_PATHS: Record<EmotionBand, SVGTemplateResult> = {
  // Angled brows over the eyes, deep frown.
  'very-negative': svg`${FACE}<path d="m7.5 8 3 1.3M16.5 8l-3 1.3" />${dot(9, 10.8)}${dot(15, 10.8)}<path d="M7.5 17.5a5 5 0 0 1 9 0" />`,
  // Slight frown.
  negative: svg`${FACE}${DOT_EYES}<path d="M8.5 16.5c2-1.4 5-1.4 7 0" />`,
  // Straight mouth.
  neutral: svg`${FACE}${DOT_EYES}<path d="M8.5 15.5h7" />`,
  // Smile.
  positive: svg`${FACE}${DOT_EYES}<path d="M8.5 14.5c2 1.6 5 1.6 7 0" />`,
  // Closed, smiling eyes and a wide open smile.
  'very-positive': svg`${FACE}<path d="M7.5 10a1.75 1.75 0 0 1 3 0M13.5 10a1.75 1.75 0 0 1 3 0" /><path d="M7.5 13.5h9a4.5 4.5 0 0 1-9 0z" />`,
};

/** A face for a band of the emotion scale. */
export function emotionGlyph(band: EmotionBand): TemplateResult {
  return icon(`emotion-${band}`, EMOTION_PATHS[band]);
}

/** A moment of truth: a diamond with a solid core. */
export function momentOfTruthIcon(): TemplateResult {
  return icon(
    'moment-of-truth',
    svg`<path d="M12 2.5 21.5 12 12 21.5 2.5 12z" /><path d="M12 8.5 15.5 12 12 15.5 8.5 12z" fill="currentColor" />`,
  );
}

const EVIDENCE_PATHS: Record<EvidenceLevel, SVGTemplateResult> = {
  // Dashed circle: nothing solid yet.
  assumption: svg`<circle cx="12" cy="12" r="8.5" stroke-dasharray="2.2 4.47" />`,
  // Half-filled circle: some observations.
  anecdotal: svg`<circle cx="12" cy="12" r="8.5" /><path d="M12 3.5a8.5 8.5 0 0 0 0 17z" fill="currentColor" />`,
  // Check in a circle: measured.
  validated: svg`<circle cx="12" cy="12" r="8.5" /><path d="m8 12.5 2.75 2.75L16 9.75" />`,
};

/** A glyph for how well research backs a touchpoint. */
export function evidenceGlyph(level: EvidenceLevel): TemplateResult {
  return icon(`evidence-${level}`, EVIDENCE_PATHS[level]);
}

/** A close (×) icon. */
export function closeIcon(): TemplateResult {
  return icon('close', svg`<path d="M6 6l12 12M18 6 6 18" />`);
}

/** A circle of radius 8.5 round the centre, as a path. */
const CIRCLE = 'M12 3.5a8.5 8.5 0 1 1 0 17a8.5 8.5 0 1 1 0-17z';

/**
 * A status shape: an outline and a mark. One template for every status, so the icon of a live
 * chip redraws in place (two path attributes) when its status changes, instead of being built
 * again.
 */
const statusShape = (outline: string, mark: string, filled = false): SVGTemplateResult =>
  svg`<path d=${outline} /><path d=${mark} fill=${filled ? 'currentColor' : 'none'} />`;

const METRIC_STATUS_PATHS: Record<'met' | 'close' | 'missed', SVGTemplateResult> = {
  // A check in a circle: reached.
  met: statusShape(CIRCLE, 'm8 12.5 2.75 2.75L16 9.75'),
  // A half-filled circle: nearly there.
  close: statusShape(CIRCLE, 'M12 3.5a8.5 8.5 0 0 1 0 17z', true),
  // A cross in a square: missed (a different outline from "met", not only a different mark).
  missed: statusShape('M6 4h12a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z', 'm9 9 6 6M15 9l-6 6'),
};

/** A shape for a metric's status against its target (`no-target` has none). */
export function metricStatusIcon(status: 'met' | 'close' | 'missed' | 'no-target'): TemplateResult {
  return status === 'no-target' ? html`` : icon(`metric-${status}`, METRIC_STATUS_PATHS[status]);
}

/** A clock: a value that is out of date. */
export function staleIcon(): TemplateResult {
  return icon('stale', svg`<circle cx="12" cy="12" r="8.5" /><path d="M12 7v5l3.5 2" />`);
}
