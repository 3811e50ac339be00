/**
 * Right to left from any locale: direction comes from the language of the journey or of the
 * `locale` attribute, also for languages journeykit has no strings for (they fall back to English
 * words, never to left-to-right layout).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { fixtureJson, settle, type JourneyMap } from './helpers.js';
import type { Journey } from '../../../src/model/index.js';

/** The touchpoint cells' left edges in column order. */
function touchpointLefts(el: JourneyMap): number[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="touchpoint"]')]
    .sort((a, b) => Number(a.getAttribute('aria-colindex')) - Number(b.getAttribute('aria-colindex')))
    .map((cell) => cell.getBoundingClientRect().left);
}

async function mapWith(journey: Journey, locale?: string): Promise<JourneyMap> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: 1200px"><journey-map locale=${locale ?? ''} .journey=${journey}></journey-map></div>`,
  );
  const el = wrapper.querySelector('journey-map')!;
  if (!locale) el.removeAttribute('locale');
  await settle(el);
  return el;
}

describe('journey-map direction from any locale', () => {
  let journey: Journey;
  before(async () => {
    journey = await fixtureJson('map/two-personas.en.json');
    delete (journey as { locale?: string }).locale;
    delete (journey as { dir?: string }).dir;
  });

  for (const locale of ['he', 'fa-IR', 'ur', 'pa-Arab']) {
    it(`lays out right to left for a journey in ${locale}, with English built-in strings`, async () => {
      const el = await mapWith({ ...journey, locale });
      const root = el.shadowRoot!.querySelector('.root')!;
      expect(root.getAttribute('dir')).to.equal('rtl');
      expect(root.getAttribute('lang')).to.equal(locale);
      const lefts = touchpointLefts(el);
      expect(lefts.length).to.be.greaterThan(1);
      for (let i = 1; i < lefts.length; i++) expect(lefts[i], `column ${i + 1} left of column ${i}`).to.be.lessThan(lefts[i - 1]);
      // No Hebrew, Persian or Urdu catalogue: the lane headers say their English names.
      expect(el.shadowRoot!.querySelector('[role="rowheader"]')!.textContent).to.contain('Touchpoints');
    });
  }

  it('takes the direction from the locale attribute too', async () => {
    const el = await mapWith(journey, 'fa');
    expect(el.shadowRoot!.querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
    const lefts = touchpointLefts(el);
    expect(lefts[1]).to.be.lessThan(lefts[0]);
  });

  it("keeps a journey's explicit dir over its locale", async () => {
    const el = await mapWith({ ...journey, locale: 'he', dir: 'ltr' });
    expect(el.shadowRoot!.querySelector('.root')!.getAttribute('dir')).to.equal('ltr');
    const lefts = touchpointLefts(el);
    expect(lefts[1]).to.be.greaterThan(lefts[0]);
  });

  it('stays left to right for a Latin-script tag of a right-to-left language', async () => {
    const el = await mapWith({ ...journey, locale: 'ar-Latn' });
    expect(el.shadowRoot!.querySelector('.root')!.getAttribute('dir')).to.equal('ltr');
  });
});
