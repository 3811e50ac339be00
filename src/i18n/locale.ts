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

const RTL_SCRIPTS = new Set(['arab', 'hebr', 'thaa', 'syrc', 'nkoo', 'adlm', 'rohg', 'samr', 'mand']);
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

/**
 * Writing direction of a tag: by its script subtag when it has one (`az-Arab` is rtl,
 * `ku-Latn` ltr), else by its language.
 */
export function directionOf(tag?: string | null): 'ltr' | 'rtl' {
  const [language = '', second] = subtags(tag ?? '');
  if (second?.length === 4) return RTL_SCRIPTS.has(second) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
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
