/**
 * Printing: paper does not scroll, so every touchpoint is on it, nothing is clipped, black on
 * white; `print-layout` picks stacked pages or one wide poster.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { Journey } from '../../../src/model/index.js';
import { fixtureJson, generatedJourney, settle, type JourneyMap } from './helpers.js';

async function printed(journey: Journey, layout?: 'poster'): Promise<JourneyMap> {
  const el = await fixture<JourneyMap>(html`<journey-map print-layout=${layout ?? 'pages'} .journey=${journey}></journey-map>`);
  await settle(el);
  await emulateMedia({ media: 'print' });
  await settle(el);
  return el;
}

const cards = (el: JourneyMap): string[] =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('.lane-touchpoints [data-id]')]
    .filter((cell) => cell.querySelector('touchpoint-card'))
    .map((cell) => cell.dataset['id']!);

describe('journey-map in print', () => {
  beforeEach(async () => {
    await setViewport({ width: 1280, height: 800 });
  });
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
  });

  it('prints every touchpoint of a large map as stacked pages, none clipped, black on white', async () => {
    const journey = generatedJourney(200, { everyLane: true });
    const el = await printed(journey);
    expect(el.hasAttribute('narrow'), 'stages stacked').to.equal(true);
    expect(cards(el)).to.have.length(200);
    const map = el.getBoundingClientRect();
    const scroller = el.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    expect(getComputedStyle(scroller).overflowX).to.equal('visible');
    for (const cell of el.shadowRoot!.querySelectorAll<HTMLElement>('[role="gridcell"]')) {
      const box = cell.getBoundingClientRect();
      if (box.width === 0) continue; // the empty corner cell is not shown when stacked
      expect(box.right, cell.textContent!.slice(0, 40)).to.be.at.most(map.right + 1);
      expect(box.left).to.be.at.least(map.left - 1);
    }
    expect(getComputedStyle(el.shadowRoot!.querySelector('.title')!).color).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.root')!).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('prints a poster: the wide grid whole, every column built, nothing scrolled away', async () => {
    const journey = await fixtureJson('map/retail.en.json');
    const el = await printed(journey, 'poster');
    expect(el.hasAttribute('narrow')).to.equal(false);
    expect(cards(el)).to.have.length(journey.touchpoints.length);
    const grid = el.shadowRoot!.querySelector<HTMLElement>('[role="grid"]')!.getBoundingClientRect();
    for (const card of el.shadowRoot!.querySelectorAll('touchpoint-card')) {
      const box = card.getBoundingClientRect();
      expect(box.right).to.be.at.most(grid.right + 1);
      expect(box.width).to.be.greaterThan(0);
    }
    const scroller = el.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    expect(scroller.scrollWidth, 'no part of the grid behind a scrollbar').to.be.at.most(scroller.clientWidth + 1);
  });

  it('prints in black and white in the dark theme too, and returns to the screen afterwards', async () => {
    const journey = await fixtureJson('map/two-personas.en.json');
    const el = await fixture<JourneyMap>(html`<div style="width: 1200px"><journey-map theme="dark" .journey=${journey}></journey-map></div>`).then(
      async (wrapper) => {
        const map = wrapper.querySelector('journey-map')!;
        await settle(map);
        return map;
      },
    );
    await emulateMedia({ media: 'print' });
    await settle(el);
    expect(getComputedStyle(el.shadowRoot!.querySelector('.title')!).color).to.equal('rgb(0, 0, 0)');
    const curve = el.shadowRoot!.querySelector('emotion-curve');
    for (const line of curve?.shadowRoot?.querySelectorAll('[part~="line"]') ?? []) {
      expect(getComputedStyle(line).stroke, 'curve lines in ink').to.equal('rgb(0, 0, 0)');
    }
    await emulateMedia({ media: 'screen' });
    await settle(el);
    expect(el.hasAttribute('narrow'), 'wide again on screen').to.equal(false);
    expect(getComputedStyle(el.shadowRoot!.querySelector('.title')!).color).to.not.equal('rgb(0, 0, 0)');
  });
});
