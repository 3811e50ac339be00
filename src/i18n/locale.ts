import { ar } from './locales/ar.js';
import { de } from './locales/de.js';
import { en } from './locales/en.js';
import { fi } from './locales/fi.js';
import { nb } from './locales/nb.js';
import { pl } from './locales/pl.js';
import { zhHant } from './locales/zh-Hant.js';
import { formatNumber } from './format.js';
import type { Formatters, MessageFactory, Messages } from './messages.js';

/** The locales with built-in strings. */
export const SUPPORTED_LOCALES = ['en', 'nb', 'fi', 'pl', 'zh-Hant', 'de', 'ar'] as const;

/** A locale with built-in strings. */
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

const FACTORIES: Record<SupportedLocale, MessageFactory<Intl.LDMLPluralRule>> = {
  en,
  nb,
  fi,
  pl,
  'zh-Hant': zhHant,
  de,
  ar,
};

function subtags(tag: string): string[] {
  return tag.trim().toLowerCase().replaceAll('_', '-').split('-');
}

/**
 * The supported locale for any BCP 47 tag, by language: `nb-NO`, `no` and `nn` → `nb`; every
 * `zh` tag → `zh-Hant`; `ar-EG` → `ar`; anything unknown, empty or missing → `en`.
 */
export function matchLocale(tag?: string | null): SupportedLocale {
  const [language] = subtags(tag ?? '');
  switch (language) {
    case 'nb':
    case 'no':
    case 'nn':
      return 'nb';
    case 'zh':
      return 'zh-Hant';
    case 'en':
    case 'fi':
    case 'pl':
    case 'de':
    case 'ar':
      return language;
    default:
      return 'en';
  }
}

// Right-to-left scripts, and languages usually written in one when the tag names no script. The
// engine's `Intl.Locale` text info adds what these lists miss, but cannot replace them: V8's says
// `ltr` for Dhivehi and for `ku-Arab`.
const RTL_SCRIPTS = new Set(['arab', 'hebr', 'thaa', 'syrc', 'nkoo', 'adlm', 'rohg', 'samr', 'mand']);
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

/** `Intl.Locale`'s text info: a method in newer engines, a getter in older V8. */
interface TextInfoLocale {
  getTextInfo?: () => { direction?: string };
  textInfo?: { direction?: string };
}

function intlSaysRtl(tag: string): boolean {
  try {
    const locale = new Intl.Locale(tag) as Intl.Locale & TextInfoLocale;
    return (locale.getTextInfo?.() ?? locale.textInfo)?.direction === 'rtl';
  } catch {
    return false; // not a well-formed tag; the lists still read its subtags
  }
}

/**
 * Writing direction of any BCP 47 tag, whether or not journeykit has strings for its language:
 * by its script subtag when it has one (`az-Arab` is rtl, `ar-Latn` ltr), else by its language;
 * either way also rtl where the engine's `Intl.Locale` text info says so (it knows the likely
 * script of languages these lists do not name).
 */
export function directionOf(tag?: string | null): 'ltr' | 'rtl' {
  const parts = subtags(tag ?? '');
  const [language = '', second] = parts;
  const listed = second?.length === 4 ? RTL_SCRIPTS.has(second) : RTL_LANGUAGES.has(language);
  return listed || intlSaysRtl(parts.join('-')) ? 'rtl' : 'ltr';
}

// Catalogues are immutable, so every element showing the same locale shares one.
const catalogues = new Map<string, Messages>();

/**
 * The built-in strings of a locale. Numbers inside them are formatted for `tag` (default: the
 * locale itself), so `messagesFor('nb', 'nb-NO')` writes Norwegian digits and separators.
 */
export function messagesFor(locale: SupportedLocale, tag: string = locale): Messages {
  const key = `${locale}|${tag}`;
  let messages = catalogues.get(key);
  if (!messages) {
    messages = buildMessages(locale, tag);
    catalogues.set(key, messages);
  }
  return messages;
}

function buildMessages(locale: SupportedLocale, tag: string): Messages {
  const rules = new Intl.PluralRules(locale);
  const formatters: Formatters<Intl.LDMLPluralRule> = {
    n: (value) => formatNumber(tag, value),
    plural(count, forms) {
      const form = forms[rules.select(count)] ?? forms.other;
      return form(formatNumber(tag, count));
    },
  };
  return FACTORIES[locale](formatters);
}
