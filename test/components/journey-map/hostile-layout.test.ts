/**
 * Hostile text in layout: unbroken strings of any length stay inside the map, and a very long
 * title is clamped on screen while its full text stays in the accessible name and the details.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { Journey } from '../../../src/model/index.js';
import { nameOf, panel, settle, touchpointCell, type JourneyMap } from './helpers.js';

const unbroken = (n: number): string => 'Ab1é'.repeat(Math.ceil(n / 4)).slice(0, n);

function hostileJourney(n: number): Journey {
  const text = unbroken(n);
  return {
    version: 1,
    title: text,
    description: text,
    personas: [{ id: 'p', name: text, role: text }, { id: 'q', name: 'Q' }],
    metrics: [{ kind: 'nps', value: 10, label: text }],
    stages: [{ id: 's', name: text, description: text, goals: [text], metrics: [{ kind: 'csat', value: 4, label: text }] }],
    touchpoints: [
      {
        id: 't',
        stage: 's',
        title: text,
        description: text,
        channel: text,
        persona: 'p',
        emotion: 1,
        emotionLabel: text,
        actions: [text],
        painPoints: [{ text, severity: 'high' }],
        opportunities: [{ text, owner: text, impact: 3 }],
        metrics: [{ kind: 'ces', value: 2, label: text }],
        quotes: [text],
      },
    ],
  };
}

async function show(journey: Journey): Promise<JourneyMap> {
  const wrapper = await fixture<HTMLDivElement>(html`<div><journey-map .journey=${journey}></journey-map></div>`);
  const el = wrapper.querySelector('journey-map')!;
  await settle(el);
  return el;
}

describe('journey-map with unbroken text', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  for (const width of [1280, 320]) {
    it(`never widens the page at ${width} px, whatever field holds 300 unbroken characters`, async () => {
      await setViewport({ width, height: 800 });
      const el = await show(hostileJourney(300));
      expect(document.documentElement.scrollWidth, 'page width').to.be.at.most(width);
      expect(el.getBoundingClientRect().width, 'map width').to.be.at.most(width);
      touchpointCell(el, 't').click();
      await settle(el);
      expect(document.documentElement.scrollWidth, 'page width with the details open').to.be.at.most(width);
      const dialog = panel(el)!.getBoundingClientRect();
      expect(dialog.right).to.be.at.most(width + 1);
    });
  }

  it('clamps a 30,000-character title on the card; the name and the details keep all of it', async () => {
    await setViewport({ width: 1280, height: 800 });
    const journey = hostileJourney(30);
    const title = unbroken(30_000);
    journey.touchpoints[0]!.title = title;
    const el = await show(journey);
    const cell = touchpointCell(el, 't');
    const card = cell.querySelector('touchpoint-card')!;
    const heading = card.shadowRoot!.querySelector<HTMLElement>('[part~="title"]')!;
    const lineHeight = parseFloat(getComputedStyle(heading).lineHeight);
    expect(heading.getBoundingClientRect().height, 'four lines at most').to.be.at.most(lineHeight * 4 + 1);
    expect(nameOf(cell)).to.contain(title);
    cell.click();
    await settle(el);
    expect(panel(el)!.querySelector('[role="heading"]')!.textContent).to.equal(title);
  });
});
