import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { EmotionScale, Metric } from '../model/types.js';
import { DEFAULT_EMOTION_SCALE, emotionBand } from './emotion.js';
import { formatMetric, formatNumber, formatPercent, type FormattedMetric } from './format.js';
import { isolate } from './bidi.js';
import { directionOf, matchLocale, messagesFor, type SupportedLocale } from './locale.js';
import type { Messages } from './messages.js';

/** An element that uses a LocaleController: it may declare a `locale` property. */
export type LocaleHost = ReactiveControllerHost & HTMLElement & { locale?: string | null };

/** Options of a LocaleController. */
export interface LocaleControllerOptions {
  /** The content's own locale (the journey's `locale`), used after the host's own settings. */
  contentLocale?: () => string | undefined;
}

/**
 * One MutationObserver for every controller on the page: it watches `lang` anywhere in the
 * document and lets each connected controller re-check its locale. Created with the first
 * connected controller, disconnected with the last. The only module-level state of i18n.
 */
const registry: { controllers: Set<LocaleController>; observer: MutationObserver | null } = {
  controllers: new Set(),
  observer: null,
};

function register(controller: LocaleController): void {
  registry.controllers.add(controller);
  if (registry.observer) return;
  registry.observer = new MutationObserver(() => {
    for (const each of registry.controllers) each.langChanged();
  });
  registry.observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
}

function unregister(controller: LocaleController): void {
  registry.controllers.delete(controller);
  if (registry.controllers.size > 0) return;
  registry.observer?.disconnect();
  registry.observer = null;
}

/** The `lang` of the nearest ancestor that has one, crossing shadow roots to their hosts. */
function ancestorLang(element: Element): string | undefined {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
      node = node.parentNode;
    } else if (node instanceof ShadowRoot) {
      node = node.host;
    } else {
      node = node.parentNode;
    }
  }
  return undefined;
}

interface Resolved {
  source: string;
  locale: SupportedLocale;
  tag: string;
  dir: 'ltr' | 'rtl';
  msg: Messages;
}

/**
 * The BCP 47 tag `Intl` should use. A language without built-in strings falls back to English
 * for numbers too, so digits and words never mix two languages.
 */
function intlTag(source: string, locale: SupportedLocale): string {
  if (locale === 'en' && !/^en(?:$|[-_])/i.test(source.trim())) return 'en';
  try {
    return Intl.getCanonicalLocales(source.trim().replaceAll('_', '-'))[0] ?? locale;
  } catch {
    return locale;
  }
}

/**
 * Picks an element's language and formats for it. Order: the host's `locale` property (or
 * attribute), the host's `lang` attribute, `contentLocale()`, the nearest ancestor `lang`
 * (crossing shadow roots), then `en`. Re-renders the host when an ancestor's `lang` changes;
 * changes to the host's own `locale` re-render through Lit as the host's reactive property.
 * Resolution is read at each access and memoised on its inputs, so it is never stale.
 */
export class LocaleController implements ReactiveController {
  readonly #host: LocaleHost;
  readonly #contentLocale: (() => string | undefined) | undefined;
  /**
   * The ancestor `lang`, cached until the current microtask ends: one render reads it many times,
   * and a later read sees changes the observer cannot (a `lang` inside some shadow root).
   */
  #ancestor: string | undefined | null = null;
  #resolved: Resolved | undefined;

  constructor(host: LocaleHost, options: LocaleControllerOptions = {}) {
    this.#host = host;
    this.#contentLocale = options.contentLocale;
    host.addController(this);
  }

  hostConnected(): void {
    register(this);
  }

  hostDisconnected(): void {
    unregister(this);
  }

  /** Called by the shared observer: re-renders the host if its language changed. */
  langChanged(): void {
    const before = this.#resolved?.source;
    this.#ancestor = null;
    if (this.#resolve().source !== before) this.#host.requestUpdate();
  }

  #source(): string {
    const host = this.#host;
    const own = host.locale ?? host.getAttribute('locale');
    if (own) return own;
    const lang = host.getAttribute('lang');
    if (lang) return lang;
    const content = this.#contentLocale?.();
    if (content) return content;
    if (this.#ancestor === null) {
      this.#ancestor = ancestorLang(host);
      queueMicrotask(() => (this.#ancestor = null));
    }
    return this.#ancestor ?? 'en';
  }

  #resolve(): Resolved {
    const source = this.#source();
    if (this.#resolved?.source === source) return this.#resolved;
    const locale = matchLocale(source);
    const tag = intlTag(source, locale);
    // Direction from the tag as written: `he` shows English strings (no Hebrew catalogue) but
    // still lays out right to left.
    this.#resolved = { source, locale, tag, dir: directionOf(source), msg: messagesFor(locale, tag) };
    return this.#resolved;
  }

  /** The BCP 47 tag for `Intl` and for `lang` attributes, e.g. `nb-NO`. */
  get tag(): string {
    return this.#resolve().tag;
  }

  /** The locale whose built-in strings are used. */
  get locale(): SupportedLocale {
    return this.#resolve().locale;
  }

  /** The built-in strings. */
  get msg(): Messages {
    return this.#resolve().msg;
  }

  /** Writing direction of the language. */
  get dir(): 'ltr' | 'rtl' {
    return this.#resolve().dir;
  }

  /**
   * A user string (a journey's text) bidi-isolated for a line in this locale's direction, or in
   * `dir` when the element's own direction differs (a journey's `dir`).
   */
  isolate(text: string, dir: 'ltr' | 'rtl' = this.dir): string {
    return isolate(text, dir);
  }

  /** A number in the locale; negatives with U+2212. */
  formatNumber(n: number, options?: Intl.NumberFormatOptions): string {
    return formatNumber(this.tag, n, options);
  }

  /** A ratio as a percent, up to one decimal: 0.12 → "12%" (en), "12 %" (nb). */
  formatPercent(ratio: number, options?: Intl.NumberFormatOptions): string {
    return formatPercent(this.tag, ratio, options);
  }

  /** A metric's name, value, target and a sentence of both, formatted by its kind. */
  formatMetric(metric: Metric): FormattedMetric {
    return formatMetric(this.tag, this.msg, metric, this.dir);
  }

  /** The journey's label for this value if it has one, else the built-in word of its band. */
  emotionWord(value: number, scale: EmotionScale = DEFAULT_EMOTION_SCALE): string {
    const label = scale.labels?.[String(value)];
    return label === undefined ? this.msg.emotions[emotionBand(value, scale)] : this.isolate(label);
  }

  /** e.g. "−3 of −3 to 3, frustrated"; `label` (a touchpoint's `emotionLabel`) wins over the word. */
  describeEmotion(value: number, scale: EmotionScale = DEFAULT_EMOTION_SCALE, label?: string): string {
    const msg = this.msg;
    return msg.emotionDescription(
      msg.emotionValue(value, scale.min, scale.max),
      label === undefined ? this.emotionWord(value, scale) : this.isolate(label),
    );
  }
}
