/**
 * Bidi isolation of the journey's text in the curve (issue #15, item 5): an unterminated U+202E
 * or right-to-left text in a point label, a series name or the chart's label must not reorder
 * the built-in words and numbers next to it, in the names, the data table or the tooltip.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../../src/emotion-curve.js';
import type { EmotionCurve, EmotionSeries } from '../../../src/emotion-curve.js';
import { messagesFor } from '../../../src/i18n/index.js';
import type { EmotionScale } from '../../../src/model/types.js';
import {
  RLO,
  accessibleNames,
  bidiSamples,
  expectLeftToRight,
  expectNumbersLeftToRight,
  textIn,
  wrapped,
} from '../../helpers/bidi.js';

/** Lets the ResizeObserver report and Lit re-render. */
async function settle(el: EmotionCurve): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await nextFrame();
  await el.updateComplete;
}

async function curve(
  input: { series?: EmotionSeries[]; points?: EmotionSeries['points'] },
  { locale = 'en', label, scale }: { locale?: string; label?: string; scale?: EmotionScale } = {},
): Promise<EmotionCurve> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px">
    <emotion-curve locale=${locale} label=${label ?? ''} .series=${input.series} .points=${input.points} .scale=${scale}></emotion-curve>
  </div>`);
  const el = wrapper.querySelector('emotion-curve')!;
  await settle(el);
  return el;
}

/** Focuses the first point and returns the tooltip's text once it is shown. */
async function tooltipText(el: EmotionCurve): Promise<Text> {
  el.focus();
  await settle(el);
  const tip = el.shadowRoot!.querySelector<HTMLElement>('[part~="tooltip"]')!;
  expect(tip.matches(':popover-open'), 'tooltip shown').to.equal(true);
  return textIn(tip);
}

const head = (el: EmotionCurve, selector: string): string[] =>
  [...el.shadowRoot!.querySelectorAll(selector)].map((node) => node.textContent ?? '');

describe('<emotion-curve> bidi isolation', () => {
  for (const [what, text] of bidiSamples('Chat', 'צ׳אט', 'دردشة')) {
    it(`isolates ${what} in point, series and chart names`, async () => {
      const el = await curve({ series: [{ id: 'a', name: text, points: [{ label: text, value: -3 }] }] }, { label: text });
      const point = `${wrapped(text)}, ${wrapped(text)}: −3 of −3 to 3, frustrated`;
      expect(await accessibleNames('image')).to.include(point);
      // The snapshot leaves the chart's group out, so its name is read where it is set.
      expect(el.shadowRoot!.querySelector('svg')!.getAttribute('aria-label')).to.equal(wrapped(text));
    });

    it(`isolates ${what} in a single line's names and in the data table`, async () => {
      const el = await curve({ points: [{ label: text, value: 2 }] }, { label: text });
      expect(await accessibleNames('image')).to.include(`${wrapped(text)}: 2 of −3 to 3, pleased`);
      expect(head(el, 'caption')).to.deep.equal([wrapped(text)]);
      expect(head(el, 'tbody th')).to.deep.equal([wrapped(text)]);
      const series = await curve({ series: [{ id: 'a', name: text, points: [{ label: 'x', value: 2 }] }] });
      expect(head(series, 'thead th')).to.deep.equal(['Touchpoint', wrapped(text)]);
    });

    it(`keeps the tooltip's built-in words after ${what} in order on screen`, async () => {
      const el = await curve({ points: [{ label: text, value: -2 }] });
      const tip = await tooltipText(el);
      expectLeftToRight(tip, tip.data.indexOf('−2'), tip.data.length);
      expect(tip.data).to.equal(`${wrapped(text)}: −2 of −3 to 3, unhappy`);
    });
  }

  it('isolates Latin text in right-to-left names and lays the tooltip out right to left', async () => {
    const el = await curve({ series: [{ id: 'a', name: 'Maria', points: [{ label: 'Chat', value: 1 }] }] }, { locale: 'ar' });
    const ar = messagesFor('ar');
    const tip = await tooltipText(el);
    const title = ar.emotionDescription(wrapped('Chat'), wrapped('Maria'));
    expect(tip.data.startsWith(ar.curvePoint(title, ''))).to.equal(true);
    expect(await accessibleNames('image')).to.include(tip.data);
    expect(getComputedStyle(tip.parentElement!).direction).to.equal('rtl');
  });

  it('keeps multi-digit numbers after an override in order in the Arabic tooltip', async () => {
    const el = await curve({ points: [{ label: `${RLO}ok`, value: 10 }] }, { locale: 'ar-EG', scale: { min: -10, max: 10 } });
    expectNumbersLeftToRight(await tooltipText(el));
  });

  it('leaves left-to-right text in a left-to-right curve unwrapped', async () => {
    const el = await curve({ series: [{ id: 'a', name: 'Maria', points: [{ label: 'Chat', value: 1 }] }] }, { label: 'Week' });
    expect(await accessibleNames('image')).to.include('Chat, Maria: 1 of −3 to 3, pleased');
    expect(head(el, 'caption')).to.deep.equal(['Week']);
  });
});
