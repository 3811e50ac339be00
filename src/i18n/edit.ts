import { ar } from './edit-locales/ar.js';
import { de } from './edit-locales/de.js';
import { en } from './edit-locales/en.js';
import { fi } from './edit-locales/fi.js';
import { nb } from './edit-locales/nb.js';
import { pl } from './edit-locales/pl.js';
import { zhHant } from './edit-locales/zh-Hant.js';
import type { EditMessageFactory, EditMessages } from './edit-messages.js';
import { formatNumber } from './format.js';
import type { SupportedLocale } from './locale.js';

const FACTORIES: Record<SupportedLocale, EditMessageFactory<Intl.LDMLPluralRule>> = { en, nb, fi, pl, 'zh-Hant': zhHant, de, ar };

const catalogues = new Map<string, EditMessages>();

/** The editing strings of a supported locale, numbers formatted for `tag` (default: the locale). */
export function editMessagesFor(locale: SupportedLocale, tag: string = locale): EditMessages {
  const key = `${locale}|${tag}`;
  let messages = catalogues.get(key);
  if (!messages) {
    const rules = new Intl.PluralRules(locale);
    messages = FACTORIES[locale]({
      n: (value) => formatNumber(tag, value),
      plural: (count, forms) => (forms[rules.select(count)] ?? forms.other)(formatNumber(tag, count)),
    });
    catalogues.set(key, messages);
  }
  return messages;
}

export type { EditMessages } from './edit-messages.js';
