/**
 * The card's words for screen readers and for `<journey-map>`: the one-sentence summary of
 * checked card data (`accessibleSummary`), and the channel, feeling and severity phrases the
 * card's template shows too. DOM-free; words come from a locale controller.
 */
import type { LocaleController } from '../../i18n/index.js';
import type { EmotionScale, Touchpoint } from '../../model/types.js';
import { normaliseCard, type CardView } from './card-data.js';

/**
 * Sentence-ending punctuation, after which the summary adds no full stop of its own; also when
 * the sentence ends with an isolated title that ends so (before the closing U+2069).
 */
const ENDS_SENTENCE = /[.!?…。！？]\u2069?$/u;

/**
 * What the summary needs of a locale controller (the card's own, or a map's for the same
 * locale). `isolate(text)` wraps the journey's text for the direction of the summary's line.
 */
export type SummaryLocale = Pick<LocaleController, 'msg' | 'locale' | 'emotionWord' | 'formatNumber' | 'isolate'>;

/** The channel's name: the built-in word for a known channel, else as written. */
export function channelName(view: CardView, l10n: SummaryLocale): string {
  // Unknown channels are allowed by the model and shown as written.
  return view.knownChannel ? l10n.msg.channels[view.knownChannel] : (view.channel ?? '');
}

/** The author's word (isolated: it sits before the built-in value) or the scale's word. */
export function emotionWord(view: CardView, l10n: SummaryLocale): string | undefined {
  if (view.emotionRejected) return undefined;
  if (view.emotionLabel) return l10n.isolate(view.emotionLabel);
  return view.emotion === undefined ? undefined : l10n.emotionWord(view.emotion, view.scale);
}

/** The worst severity and how many pain points have it, e.g. "High: 1"; `''` when none has a severity. */
export function severityText(view: CardView, l10n: SummaryLocale): string {
  const severity = view.highestSeverity;
  if (!severity) return '';
  return l10n.msg.punctuation.labelled(l10n.msg.severities[severity], l10n.formatNumber(view.highestSeverityCount));
}

/**
 * The card's one-sentence summary (see `accessibleSummary`) of checked card data, without a card:
 * `<journey-map>` names its touchpoint cells with it, also the cells whose card is not built yet.
 */
export function cardSummary(view: CardView, l10n: SummaryLocale): string {
  const msg = l10n.msg;
  const s = msg.punctuation;
  const parts: string[] = [];
  if (view.title) parts.push(l10n.isolate(view.title));
  if (view.channel) parts.push(view.knownChannel ? channelName(view, l10n) : l10n.isolate(view.channel));
  if (view.momentOfTruth) parts.push(msg.momentOfTruth);
  const word = emotionWord(view, l10n);
  if (word) parts.push(s.labelled(msg.emotion, word));
  if (view.painPoints > 0) {
    const count = msg.painPointCount(view.painPoints);
    parts.push(view.highestSeverity ? s.detail(count, severityText(view, l10n)) : count);
  }
  if (view.opportunities > 0) parts.push(msg.opportunityCount(view.opportunities));
  const sentence = parts.join(s.separator);
  return sentence === '' || ENDS_SENTENCE.test(sentence) ? sentence : sentence + s.end;
}

/** {@link cardSummary} of a model touchpoint, as a card given only `touchpoint` and `scale` would say it. */
export function touchpointSummary(touchpoint: Touchpoint, scale: EmotionScale | undefined, l10n: SummaryLocale): string {
  const { view } = normaliseCard({
    touchpoint,
    scale,
    heading: undefined,
    channel: undefined,
    emotion: undefined,
    emotionLabel: undefined,
    momentOfTruth: false,
    evidence: undefined,
  });
  return cardSummary(view, l10n);
}
