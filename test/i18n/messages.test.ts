import { expect } from '@open-wc/testing';
import {
  EVIDENCE_LEVELS,
  KNOWN_CHANNELS,
  KNOWN_METRIC_KINDS,
  LANE_IDS,
  METRIC_DIRECTIONS,
  OPPORTUNITY_STATUSES,
  SEVERITIES,
} from '../../src/model/types.js';
import { QUADRANTS } from '../../src/model/opportunities.js';
import { EMOTION_BANDS } from '../../src/i18n/emotion.js';
import {
  SUPPORTED_LOCALES,
  directionOf,
  matchLocale,
  messagesFor,
} from '../../src/i18n/locale.js';
import type { Messages } from '../../src/i18n/messages.js';

type Shape = Record<string, unknown>;

/** Every key path of a catalogue, with "fn" for functions and nested records flattened. */
function shape(value: unknown, prefix = ''): string[] {
  if (typeof value === 'function') return [`${prefix}()`];
  if (typeof value === 'string') return [prefix];
  return Object.entries(value as Shape)
    .flatMap(([key, inner]) => shape(inner, prefix ? `${prefix}.${key}` : key))
    .sort();
}

type FunctionKey = { [K in keyof Messages]: Messages[K] extends (...args: never[]) => string ? K : never }[keyof Messages];

/** Sample arguments for every parameterised string; the type makes a new function need samples. */
const SAMPLES: { [K in FunctionKey]: Parameters<Messages[K]>[] } = {
  sampleSize: [[0], [1], [12]],
  impact: [[1], [5]],
  effort: [[3]],
  target: [['80%']],
  metricText: [['CSAT', '4.2'], ['CSAT', '4.2', '4.5']],
  personaLabel: [['Maria Lind'], ['Maria Lind', 'First-time buyer']],
  painPointCount: [[0], [1], [2], [3], [5], [11], [22], [100], [1.5]],
  opportunityCount: [[0], [1], [2], [3], [5], [11], [22], [100], [1.5]],
  touchpointCount: [[0], [1], [2], [3], [5], [11], [22], [100], [1.5]],
  problemCount: [[0], [1], [2], [3], [5], [11], [22], [100], [1.5]],
  emotionValue: [[-3, -3, 3], [1.5, 1, 5]],
  emotionDescription: [['-3 of -3 to 3', 'frustrated']],
  range: [[-2, 1]],
  curveSeries: [['Maria']],
  curvePoint: [['Checkout', '-2 of -3 to 3, unhappy']],
  showOnly: [['Maria']],
  showingPersona: [['Maria']],
  unknownPersona: [['nobody']],
  invalid: [[1], [3]],
  goTo: [['Checkout']],
  stageOf: [[2, 5, 'Purchase']],
  asOf: [['30 Nov, 09:00']],
  metricStatusChanges: [[0], [1], [2], [3], [5], [11], [22], [100]],
  emotionChange: [[-3, 1], [0, 0]],
  metricChange: [['Customer effort', '6.1', '2.4', 'lower-better', 'improved'], ['CSAT', '4.5', '4.1', 'higher-better', 'worsened'], ['NPS', '12', '12', 'higher-better', 'unchanged']],
  changeCount: [['added', 0], ['removed', 1], ['moved', 2], ['changed', 5], ['added', 22]],
  painPointsSolved: [[0], [1], [2], [3], [5], [11], [22], [100], [1.5]],
  painPointsNew: [[0], [1], [2], [3], [5], [11], [22], [100], [1.5]],
  titleChange: [['Phone line', 'CRM call']],
  statusChange: [['Chatbot', 'Open', 'Done']],
  comparedWith: [['Shopping: as is']],
  baselineGrid: [['Shopping: as is']],
  currentGrid: [['Shopping: to be']],
  matrixDescription: [[0], [1], [2], [5], [11]],
  unratedCount: [[1], [2], [5]],
};

/** Every string of a catalogue, with every function called on its samples. */
function allStrings(messages: Messages): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === 'string') out.push(value);
    else if (key === 'punctuation') {
      const p = value as Messages['punctuation'];
      out.push(p.labelled('Evidence', 'Validated'), p.detail('1 pain point', 'High: 1'), p.colon, p.separator, p.listSeparator, p.end);
    } else if (typeof value === 'function') {
      const samples = SAMPLES[key as FunctionKey] as unknown[][] | undefined;
      expect(samples, `samples for ${key}`).not.to.equal(undefined);
      for (const args of samples!) out.push((value as (...a: unknown[]) => string)(...args));
    } else out.push(...Object.values(value as Record<string, string>));
  }
  return out;
}

describe('message catalogues', () => {
  const en = messagesFor('en');

  it('has exactly the same keys in every locale', () => {
    for (const locale of SUPPORTED_LOCALES) {
      expect(shape(messagesFor(locale)), locale).to.deep.equal(shape(en));
    }
  });

  it('names every lane, channel, metric, band, evidence level and severity of the model', () => {
    for (const locale of SUPPORTED_LOCALES) {
      const msg = messagesFor(locale);
      expect(Object.keys(msg.lanes).sort(), locale).to.deep.equal([...LANE_IDS].sort());
      expect(Object.keys(msg.channels).sort(), locale).to.deep.equal([...KNOWN_CHANNELS, 'other'].sort());
      expect(Object.keys(msg.metrics).sort(), locale).to.deep.equal([...KNOWN_METRIC_KINDS].sort());
      expect(Object.keys(msg.emotions).sort(), locale).to.deep.equal([...EMOTION_BANDS].sort());
      expect(Object.keys(msg.evidenceLevels).sort(), locale).to.deep.equal([...EVIDENCE_LEVELS].sort());
      expect(Object.keys(msg.severities).sort(), locale).to.deep.equal([...SEVERITIES].sort());
    }
  });

  it('never gives an empty string, a placeholder or "undefined"', () => {
    for (const locale of SUPPORTED_LOCALES) {
      for (const text of allStrings(messagesFor(locale))) {
        expect(text.trim(), locale).not.to.equal('');
        expect(text, locale).not.to.match(/undefined|NaN|\{\w+\}/);
      }
    }
  });

  it('joins words with the punctuation of the script', () => {
    expect(messagesFor('en').punctuation.separator).to.equal(', ');
    expect(messagesFor('ar').punctuation.separator).to.equal('، ');
    expect(messagesFor('ar').punctuation.listSeparator).to.equal('؛ ');
    expect(messagesFor('zh-Hant').punctuation.labelled('證據', '已驗證')).to.equal('證據：已驗證');
    for (const locale of SUPPORTED_LOCALES) expect(messagesFor(locale).none.trim(), locale).to.not.equal('');
  });

  it('translates: no locale reuses the English text of a sentence', () => {
    for (const locale of SUPPORTED_LOCALES.filter((l) => l !== 'en')) {
      const msg = messagesFor(locale);
      expect(msg.empty, locale).not.to.equal(en.empty);
      expect(msg.loading, locale).not.to.equal(en.loading);
      expect(msg.showingAllPersonas, locale).not.to.equal(en.showingAllPersonas);
    }
  });

  it('writes the English strings the map needs', () => {
    expect(en.personaLabel('Maria Lind', 'First-time buyer')).to.equal('Persona: Maria Lind, First-time buyer');
    expect(en.personaLabel('Maria Lind')).to.equal('Persona: Maria Lind');
    expect(en.showOnly('Maria')).to.equal('Show only Maria');
    expect(en.showingPersona('Maria')).to.equal("Showing Maria's journey");
    expect(en.invalid(3)).to.equal('The journey could not be shown: 3 problems');
    expect(en.invalid(1)).to.equal('The journey could not be shown: 1 problem');
    expect(en.stageOf(2, 5, 'Purchase')).to.equal('Stage 2 of 5: Purchase');
    expect(en.emotionValue(-3, -3, 3)).to.equal('\u22123 of \u22123 to 3');
    expect(en.range(-2, 1)).to.equal('Range \u22122 to 1');
    expect(en.impact(4)).to.equal('Impact 4 of 5');
    expect(en.sampleSize(12)).to.equal('Sample size 12');
    expect(en.target('80%')).to.equal('target 80%');
    expect(en.painPointCount(1)).to.equal('1 pain point');
    expect(en.opportunityCount(2)).to.equal('2 opportunities');
    expect(en.touchpointCount(1000)).to.equal('1,000 touchpoints');
    expect(en.channels['word-of-mouth']).to.equal('Word of mouth');
    expect(en.metrics.ces).to.equal('Customer effort');
  });

  it('writes the living map\'s strings: changes, metric status, opportunities', () => {
    expect(en.emotionChange(-3, 1)).to.equal('Emotion \u22123 → 1');
    expect(en.metricChange('Customer effort', '6.1', '2.4', 'lower-better', 'improved')).to.equal('Customer effort 6.1 → 2.4, lower is better: improved');
    expect(en.changeCount('added', 2)).to.equal('2 touchpoints added');
    expect(en.changeCount('moved', 1)).to.equal('1 touchpoint moved');
    expect(en.painPointsSolved(3)).to.equal('3 pain points solved');
    expect(en.asOf('09:00')).to.equal('as of 09:00');
    expect(en.metricStatuses.close).to.equal('close to target');
    expect(en.quadrants['quick-win']).to.equal('Quick wins');
    expect(en.opportunityStatuses['in-progress']).to.equal('In progress');
    expect(en.matrixDescription(1)).to.equal('Impact × effort matrix of 1 opportunity');
    for (const locale of SUPPORTED_LOCALES) {
      const msg = messagesFor(locale);
      const keys = (o: object) => Object.keys(o).sort();
      expect(keys(msg.opportunityStatuses), locale).to.deep.equal([...OPPORTUNITY_STATUSES].sort());
      expect(keys(msg.directions), locale).to.deep.equal([...METRIC_DIRECTIONS].sort());
      expect(keys(msg.quadrants), locale).to.deep.equal([...QUADRANTS].sort());
      if (locale !== 'en') expect(msg.metricChange('A', '1', '2', 'lower-better', 'worsened'), locale).not.to.equal(en.metricChange('A', '1', '2', 'lower-better', 'worsened'));
    }
  });

  it('reads a change right to left in Arabic: the arrow points from the old value to the new', () => {
    expect(messagesFor('ar').emotionChange(-3, 1)).to.contain('←');
    expect(messagesFor('ar').emotionChange(-3, 1)).not.to.contain('→');
  });
});

describe('plurals', () => {
  it('Polish says solved pain points in the accusative, by plural form', () => {
    const pl = messagesFor('pl');
    expect(pl.painPointsSolved(1)).to.equal('rozwiązano 1 bolączkę');
    expect(pl.painPointsSolved(3)).to.equal('rozwiązano 3 bolączki');
    expect(pl.painPointsSolved(5)).to.equal('rozwiązano 5 bolączek');
    expect(pl.changeCount('added', 22)).to.equal('dodano 22 punkty styku');
    expect(pl.changeCount('removed', 5)).to.equal('usunięto 5 punktów styku');
  });

  it('Arabic has zero, one, two, few and many forms for solved pain points', () => {
    const ar = messagesFor('ar');
    const forms = [0, 1, 2, 3, 11, 100].map((n) => ar.painPointsSolved(n));
    expect(new Set(forms).size).to.equal(6);
    expect(ar.painPointsSolved(2)).to.equal('حُلَّت نقطتا ألم');
  });

  it('Polish has one, few and many forms', () => {
    const pl = messagesFor('pl');
    expect(pl.problemCount(1)).to.equal('1 problem');
    expect(pl.problemCount(2)).to.equal('2 problemy');
    expect(pl.problemCount(4)).to.equal('4 problemy');
    expect(pl.problemCount(5)).to.equal('5 problemów');
    expect(pl.problemCount(12)).to.equal('12 problemów');
    expect(pl.problemCount(22)).to.equal('22 problemy');
    expect(pl.problemCount(25)).to.equal('25 problemów');
    expect(pl.touchpointCount(3)).to.equal('3 punkty styku');
    expect(pl.opportunityCount(5)).to.equal('5 szans');
    expect(pl.painPointCount(1)).to.equal('1 bolączka');
  });

  it('Arabic has zero, one, two, few, many and other forms', () => {
    const ar = messagesFor('ar');
    const n = (value: number) => new Intl.NumberFormat('ar').format(value);
    expect(ar.problemCount(0)).to.equal('لا توجد مشكلات');
    expect(ar.problemCount(1)).to.equal('مشكلة واحدة');
    expect(ar.problemCount(2)).to.equal('مشكلتان');
    expect(ar.problemCount(3)).to.equal(`${n(3)} مشكلات`);
    expect(ar.problemCount(11)).to.equal(`${n(11)} مشكلة`);
    expect(ar.problemCount(100)).to.equal(`${n(100)} مشكلة`);
    const six = new Set([0, 1, 2, 3, 11, 100].map((count) => ar.touchpointCount(count)));
    expect(six.size).to.equal(6);
  });

  it('Finnish uses the partitive after numbers other than one', () => {
    const fi = messagesFor('fi');
    expect(fi.painPointCount(1)).to.equal('1 kipupiste');
    expect(fi.painPointCount(3)).to.equal('3 kipupistettä');
  });

  it('Chinese has a single form with a measure word', () => {
    expect(messagesFor('zh-Hant').problemCount(1)).to.equal('1 個問題');
    expect(messagesFor('zh-Hant').problemCount(3)).to.equal('3 個問題');
  });
});

describe('matchLocale and directionOf', () => {
  it('matches by language', () => {
    const cases: [string | null | undefined, string][] = [
      ['nb-NO', 'nb'],
      ['no', 'nb'],
      ['nn-NO', 'nb'],
      ['zh-TW', 'zh-Hant'],
      ['zh-Hant-HK', 'zh-Hant'],
      ['zh', 'zh-Hant'],
      ['ar-EG', 'ar'],
      ['AR', 'ar'],
      ['de_AT', 'de'],
      ['fi-FI', 'fi'],
      ['pl', 'pl'],
      ['en-GB', 'en'],
      ['xx', 'en'],
      ['sv-SE', 'en'],
      ['', 'en'],
      [null, 'en'],
      [undefined, 'en'],
    ];
    for (const [tag, expected] of cases) expect(matchLocale(tag), String(tag)).to.equal(expected);
  });

  it('knows right-to-left languages and scripts', () => {
    expect(directionOf('ar')).to.equal('rtl');
    expect(directionOf('ar-EG')).to.equal('rtl');
    expect(directionOf('he')).to.equal('rtl');
    expect(directionOf('az-Arab')).to.equal('rtl');
    expect(directionOf('ar-Latn')).to.equal('ltr');
    expect(directionOf('nb-NO')).to.equal('ltr');
    expect(directionOf(null)).to.equal('ltr');
  });

  it('lays out right to left for every such language, not only those with built-in strings', () => {
    for (const tag of ['he', 'he-IL', 'iw', 'fa', 'fa-IR', 'ur', 'ur-PK', 'yi', 'ps', 'sd', 'ckb', 'dv', 'ug']) {
      expect(directionOf(tag), tag).to.equal('rtl');
    }
    for (const tag of ['pa-Arab', 'pa-Arab-PK', 'ku-Arab', 'ms-Arab', 'uz-Arab-AF', 'jrb-Hebr', 'en-Thaa']) {
      expect(directionOf(tag), tag).to.equal('rtl');
    }
    for (const tag of ['pa', 'pa-Guru', 'ku-Latn', 'sd-Deva', 'az-Latn', 'sv', 'ja', 'zh-Hant', 'not a tag', '']) {
      expect(directionOf(tag), tag).to.equal('ltr');
    }
  });
});
