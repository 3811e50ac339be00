/*
 * Built-in strings and formats. Why not @lit/localize: it needs either a build per locale
 * (transform mode) or loading a generated module per locale at run time (runtime mode), and a
 * page can show journeys in several languages at once. A typed in-memory catalogue per locale
 * switches at run time per element with no build step, and TypeScript checks that every locale
 * has every string.
 */
export {
  SUPPORTED_LOCALES,
  matchLocale,
  directionOf,
  messagesFor,
  type SupportedLocale,
} from './locale.js';
export type { Messages, Formatters, MessageFactory, Punctuation } from './messages.js';
export {
  LocaleController,
  type LocaleControllerOptions,
  type LocaleHost,
} from './locale-controller.js';
export {
  formatNumber,
  formatPercent,
  formatSigned,
  formatDuration,
  formatMetric,
  type FormattedMetric,
} from './format.js';
export { EMOTION_BANDS, DEFAULT_EMOTION_SCALE, emotionBand, type EmotionBand } from './emotion.js';
export { isolate, isIsolated } from './bidi.js';
