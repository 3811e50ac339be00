/**
 * The editing catalogue (`src/i18n/edit-locales/*`): every locale has every key, every string and
 * every function's sample output is real text, and the sentences are translated.
 */
import { expect } from '@open-wc/testing';
import { editMessagesFor } from '../../src/i18n/edit.js';
import type { EditMessages, FormListKey } from '../../src/i18n/edit-messages.js';
import { SUPPORTED_LOCALES } from '../../src/i18n/locale.js';

type FunctionKey = { [K in keyof EditMessages]: EditMessages[K] extends (...args: never[]) => string ? K : never }[keyof EditMessages];

/** Sample arguments for every parameterised string; the type makes a new function need samples. */
const SAMPLES: { [K in FunctionKey]: Parameters<EditMessages[K]>[] } = {
  moved: [['Asks in chat', 'Purchase', 2, 3]],
  alreadyFirst: [['Asks in chat']],
  alreadyLast: [['Asks in chat']],
  emotionChanged: [['Asks in chat', '−2 of −3 to 3, unhappy']],
  removed: [['Asks in chat']],
  remoteRefused: [['2 problems']],
  peerHere: [['Ana']],
  peerEditing: [['Ana']],
  peerStartedEditing: [['Ana', 'Checkout']],
  offline: [[0], [1], [2], [5], [11], [100]],
  refusedByServer: [['wrong token']],
  dropAt: [['Purchase', 2, 3]],
  draggedGone: [['Asks in chat']],
  emotionHint: [[-3, 3], [1, 5]],
  addItem: [['pain point']],
  itemName: [['Pain point', 2], ['pain point', 1000]],
  removeItem: [['pain point 2', 'Slow page']],
  moveItemUp: [['pain point 2', 'Slow page']],
  moveItemDown: [['pain point 2', 'Slow page']],
  itemAdded: [['pain point 3']],
  itemRemoved: [['pain point 2']],
  itemMoved: [['pain point 2', 1]],
  fieldChanged: [['Title']],
  required: [['Title']],
  notANumber: [['Sample size']],
  addTouchpointTo: [['Purchase']],
  added: [['New touchpoint', 'Purchase']],
  removePersona: [['Maria Lind']],
  moveTouchpointsTo: [['Purchase']],
};

const LISTS: FormListKey[] = ['actions', 'thoughts', 'painPoints', 'opportunities', 'backstage', 'quotes', 'metrics', 'goals', 'frustrations', 'needs', 'next'];

/** Every key path of a catalogue; functions end in "()". */
function shape(value: unknown, prefix = ''): string[] {
  if (typeof value === 'function') return [`${prefix}()`];
  if (typeof value === 'string') return [prefix];
  return Object.entries(value as Record<string, unknown>)
    .flatMap(([key, inner]) => shape(inner, prefix ? `${prefix}.${key}` : key))
    .sort();
}

/** Every string of a catalogue, with every function called on its samples. */
function allStrings(messages: EditMessages): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === 'string') out.push(value);
    else if (typeof value === 'function') {
      const samples = SAMPLES[key as FunctionKey] as unknown[][] | undefined;
      expect(samples, `samples for ${key}`).not.to.equal(undefined);
      for (const args of samples!) out.push((value as (...a: unknown[]) => string)(...args));
    } else out.push(...Object.values(value as Record<string, readonly string[]>).flat());
  }
  return out;
}

describe('editing catalogues', () => {
  const en = editMessagesFor('en');

  it('has exactly the same keys in every locale', () => {
    for (const locale of SUPPORTED_LOCALES) expect(shape(editMessagesFor(locale)), locale).to.deep.equal(shape(en));
  });

  it('names every list of the forms with a label and a noun', () => {
    for (const locale of SUPPORTED_LOCALES) {
      const items = editMessagesFor(locale).items;
      expect(Object.keys(items).sort(), locale).to.deep.equal([...LISTS].sort());
      for (const key of LISTS) expect(items[key], `${locale} ${key}`).to.have.length(2);
    }
  });

  it('never gives an empty string, a placeholder or "undefined", and says every sample', () => {
    for (const locale of SUPPORTED_LOCALES) {
      for (const text of allStrings(editMessagesFor(locale))) {
        expect(text.trim(), locale).not.to.equal('');
        expect(text, locale).not.to.match(/undefined|NaN|\{\w+\}|\[object/);
      }
    }
  });

  it('puts the item and its text into the names of list buttons', () => {
    for (const locale of SUPPORTED_LOCALES) {
      const words = editMessagesFor(locale);
      for (const make of [words.removeItem, words.moveItemUp, words.moveItemDown]) {
        const text = make('ITEM', 'TEXT');
        expect(text, locale).to.contain('ITEM');
        expect(text, locale).to.contain('TEXT');
      }
      expect(words.addTouchpointTo('STAGE'), locale).to.contain('STAGE');
      expect(words.added('TITLE', 'STAGE'), locale).to.contain('TITLE').and.to.contain('STAGE');
    }
  });

  it('translates: no locale reuses the English text of a sentence', () => {
    for (const locale of SUPPORTED_LOCALES.filter((l) => l !== 'en')) {
      const words = editMessagesFor(locale);
      for (const key of ['editTouchpoint', 'editStage', 'editPersonas', 'addStage', 'addPersona', 'newTouchpoint', 'removeStage', 'removeTouchpointsToo', 'everyoneWhenNone'] as const) {
        expect(words[key], `${locale} ${key}`).not.to.equal(en[key]);
      }
      expect(words.items.painPoints[0], locale).not.to.equal(en.items.painPoints[0]);
      expect(words.required('X'), locale).not.to.equal(en.required('X'));
    }
  });

  it('writes the English strings the forms need', () => {
    const item = en.itemName(en.items.painPoints[1], 2);
    expect(en.removeItem(item, 'Slow page')).to.equal('Remove pain point 2: Slow page');
    expect(en.itemName(en.items.painPoints[0], 2)).to.equal('Pain point 2');
    expect(en.addItem(en.items.opportunities[1])).to.equal('Add opportunity');
    expect(en.addTouchpointTo('Purchase')).to.equal('Add touchpoint to Purchase');
    expect(en.emotionHint(-3, 3)).to.equal('From −3 to 3; empty: not measured');
    expect(en.itemMoved('pain point 2', 1)).to.equal('Moved pain point 2 to place 1');
    expect(editMessagesFor('ar').itemName('نقطة ألم', 2)).to.equal(`نقطة ألم ${new Intl.NumberFormat('ar').format(2)}`);
  });
});
