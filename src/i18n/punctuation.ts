import type { Punctuation } from './messages.js';

/**
 * The punctuation that joins words into names and sentences, by script: locale files pick one
 * (or write their own), so no element hard-codes ", " or ": ".
 */
export const LATIN_PUNCTUATION: Punctuation = {
  labelled: (label, value) => `${label}: ${value}`,
  detail: (main, extra) => `${main} (${extra})`,
  colon: ': ',
  separator: ', ',
  listSeparator: '; ',
  end: '.',
};

/** Arabic: the Arabic comma and semicolon, Latin colon and brackets (mirrored by the bidi algorithm). */
export const ARABIC_PUNCTUATION: Punctuation = {
  labelled: (label, value) => `${label}: ${value}`,
  detail: (main, extra) => `${main} (${extra})`,
  colon: ': ',
  separator: '، ',
  listSeparator: '؛ ',
  end: '.',
};

/** Chinese: full-width marks, no spaces. */
export const CHINESE_PUNCTUATION: Punctuation = {
  labelled: (label, value) => `${label}：${value}`,
  detail: (main, extra) => `${main}（${extra}）`,
  colon: '：',
  separator: '，',
  listSeparator: '；',
  end: '。',
};
