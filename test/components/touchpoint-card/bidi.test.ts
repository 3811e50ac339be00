/**
 * Bidi isolation of the journey's text in the card (issue #15, item 5): an unterminated U+202E or
 * right-to-left text in a title, a channel, an emotion label, a metric label or an evidence
 * source must not reorder the built-in words and numbers next to it, on screen or in names.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/touchpoint-card.js';
import type { TouchpointCard } from '../../../src/touchpoint-card.js';
import { messagesFor } from '../../../src/i18n/index.js';
import type { EmotionScale, Touchpoint } from '../../../src/model/types.js';
import {
  RLO,
  accessibleNames,
  bidiSamples,
  expectLeftToRight,
  expectNumbersLeftToRight,
  textIn,
  wrapped,
} from '../../helpers/bidi.js';

const touchpoint = (over: Partial<Touchpoint>): Touchpoint => ({ id: 't', stage: 's', title: 'Title', ...over });

async function card(tp: Touchpoint, locale = 'en', scale?: EmotionScale): Promise<TouchpointCard> {
  return fixture<TouchpointCard>(html`<touchpoint-card locale=${locale} .touchpoint=${tp} .scale=${scale}></touchpoint-card>`);
}

const textAt = (el: TouchpointCard, selector: string): Text => textIn(el.shadowRoot!.querySelector(selector)!);

/** The emotion's value ("−2 of −3 to 3"): built-in text right after the word. */
const valueText = (el: TouchpointCard): Text => textAt(el, '[part~="emotion"] .text > span:not(.word)');

describe('<touchpoint-card> bidi isolation', () => {
  for (const [what, text] of bidiSamples('Kiosk', 'קיוסק', 'كشك')) {
    it(`isolates ${what} in the summary: title, channel and emotion label`, async () => {
      const el = await card(touchpoint({ title: text, channel: text, emotion: -2, emotionLabel: text }));
      expect(el.accessibleSummary).to.equal(`${wrapped(text)}, ${wrapped(text)}, Emotion: ${wrapped(text)}.`);
    });

    it(`isolates ${what} in the accessibility tree: emotion word, metric label, evidence source`, async () => {
      await card(
        touchpoint({
          emotion: -2,
          emotionLabel: text,
          metrics: [{ kind: 'nps', value: 30, label: text }],
          evidence: { level: 'validated', source: text },
        }),
      );
      const names = await accessibleNames();
      // The word and the label each make one text node; the value and "Source:" stay as built.
      expect(names.filter((name) => name === wrapped(text))).to.have.length(2);
      expect(names).to.include(`Source: ${wrapped(text)}`).and.to.include('−2 of −3 to 3').and.to.include('+30');
    });

    it(`keeps the built-in value after ${what} in an emotion label in order on screen`, async () => {
      const el = await card(touchpoint({ emotion: -2, emotionLabel: text, metrics: [{ kind: 'nps', value: 30, label: text }] }));
      expectLeftToRight(valueText(el));
      expectLeftToRight(textAt(el, '[part~="metric"] .value'));
    });
  }

  it('keeps multi-digit numbers after an override in order in Arabic', async () => {
    const el = await card(touchpoint({ emotion: 10, emotionLabel: `${RLO}ok` }), 'ar-EG', { min: -10, max: 10 });
    expectNumbersLeftToRight(valueText(el));
  });

  it('isolates Latin text in a right-to-left summary and source', async () => {
    const el = await card(
      touchpoint({ title: 'Chat', channel: 'Kiosk', emotion: 1, emotionLabel: 'Happy', evidence: { level: 'anecdotal', source: 'Interviews' } }),
      'ar',
    );
    const ar = messagesFor('ar');
    const s = ar.punctuation;
    const sentence = [wrapped('Chat'), wrapped('Kiosk'), s.labelled(ar.emotion, wrapped('Happy'))].join(s.separator);
    expect(el.accessibleSummary).to.equal(sentence + s.end);
    expect(textAt(el, '[part~="evidence"] .muted').data).to.equal(s.labelled(ar.source, wrapped('Interviews')));
  });

  it('adds no full stop after an isolated title that ends a sentence', async () => {
    const el = await card(touchpoint({ title: 'נגמר.' }));
    expect(el.accessibleSummary).to.equal(wrapped('נגמר.'));
  });

  it('leaves left-to-right text in a left-to-right card unwrapped', async () => {
    const el = await card(touchpoint({ title: 'Chat', channel: 'Kiosk', emotion: 1, emotionLabel: 'Happy' }));
    expect(el.accessibleSummary).to.equal('Chat, Kiosk, Emotion: Happy.');
  });
});
