import type { SupportedLocale } from '../../i18n/index.js';

/**
 * The few joining rules the card needs that the shared catalogue (`src/i18n`) does not hold:
 * how a label meets its value, how the parts of the one-sentence summary are separated, and how
 * a detail is put in brackets. Punctuation differs by script (full-width in Chinese, the Arabic
 * comma in Arabic), so these are per locale rather than hard-coded ", ".
 */
export interface CardStrings {
  /** "Evidence: Validated". */
  labelled(label: string, value: string): string;
  /** "1 pain point (High: 1)". */
  detail(main: string, extra: string): string;
  /** Between the parts of the summary sentence. */
  separator: string;
  /** Ends the summary sentence. */
  end: string;
}

const latin: CardStrings = {
  labelled: (label, value) => `${label}: ${value}`,
  detail: (main, extra) => `${main} (${extra})`,
  separator: ', ',
  end: '.',
};

const STRINGS: Record<SupportedLocale, CardStrings> = {
  en: latin,
  nb: latin,
  fi: latin,
  pl: latin,
  de: latin,
  'zh-Hant': {
    labelled: (label, value) => `${label}：${value}`,
    detail: (main, extra) => `${main}（${extra}）`,
    separator: '，',
    end: '。',
  },
  ar: {
    labelled: (label, value) => `${label}: ${value}`,
    detail: (main, extra) => `${main} (${extra})`,
    separator: '، ',
    end: '.',
  },
};

/** The joining rules of a supported locale. */
export function cardStrings(locale: SupportedLocale): CardStrings {
  return STRINGS[locale];
}
