/** `<journey-map>` as a WAI-ARIA grid: one tab stop, arrows, Home/End, PageUp/PageDown, narrow layout. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { parseJourney, touchpointsFor, type Journey } from '../../../src/model/index.js';
import { active, cellAt, deepText, fixtureJson, fixtureText, listFolder, mapFixture, press, settle, type JourneyMap } from './helpers.js';

const pos = (el: JourneyMap): [number, number] => {
  const cell = active(el)!;
  return [Number(cell.dataset['row']), Number(cell.dataset['col'])];
};

/** Walks the touchpoints lane with the "next" arrow and returns the touchpoint ids met, in order. */
async function walk(el: JourneyMap, journey: Journey, key: 'ArrowRight' | 'ArrowLeft'): Promise<string[]> {
  const first = touchpointsFor(journey)[0]!;
  expect(el.focusTouchpoint(first.id)).to.equal(true);
  const seen = [first.id];
  const columns = el.shadowRoot!.querySelectorAll('.lane-touchpoints [role="gridcell"]').length;
  for (let i = 1; i < columns; i++) {
    await press(key);
    const id = active(el)!.dataset['id'];
    if (id) seen.push(id);
  }
  return seen;
}

describe('journey-map keyboard', () => {
  it('is one tab stop: Tab lands on the active cell and Tab again leaves the map', async () => {
    const journey = await fixtureJson('map/no-personas.en.json');
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <button id="before">before</button>
      <journey-map .journey=${journey}></journey-map>
      <button id="after">after</button>
    </div>`);
    const el = wrapper.querySelector('journey-map')!;
    await settle(el);
    const tabbable = el.shadowRoot!.querySelectorAll('[role="grid"] [tabindex="0"]');
    expect(tabbable).to.have.length(1);
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await press('Tab');
    expect(document.activeElement).to.equal(el);
    expect(pos(el)).to.deep.equal([0, 0]);
    await press('ArrowRight');
    await press('ArrowDown');
    expect(el.shadowRoot!.querySelectorAll('[role="grid"] [tabindex="0"]')).to.have.length(1);
    await press('Tab');
    expect(document.activeElement!.id).to.equal('after');
    await press('Shift+Tab');
    expect(document.activeElement).to.equal(el);
    expect(pos(el)).to.deep.equal([1, 1]); // the tab stop remembers the last cell
  });

  it('reaches every touchpoint with the arrow keys in several journeys, RTL included', async () => {
    const paths = ['map/two-personas.en.json', 'valid/branches-and-loops.en.json', 'valid/rtl.he.json', 'valid/implicit-paths.de.json'];
    const shared = await listFolder('/__shared/fixtures/valid/');
    for (const name of ['onboarding.ar.json', 'retail-omnichannel.en.json']) if (shared?.includes(name)) paths.push(`/__shared/fixtures/valid/${name}`);
    for (const path of paths) {
      const text = path.startsWith('/') ? await (await fetch(path)).text() : await fixtureText(path);
      const journey = parseJourney(text).journey!;
      const el = await mapFixture(journey);
      const rtl = el.shadowRoot!.querySelector('.root')!.getAttribute('dir') === 'rtl';
      const seen = await walk(el, journey, rtl ? 'ArrowLeft' : 'ArrowRight');
      expect(seen, path).to.deep.equal(touchpointsFor(journey).map((t) => t.id));
      if (rtl) {
        await press('ArrowRight'); // "previous" in RTL
        expect(active(el)!.dataset['id'], path).to.equal(seen[seen.length - 2]);
      }
    }
  });

  it('moves up and down lanes, Home/End, Ctrl+Home/End, PageUp/PageDown', async () => {
    // Columns: reminder | portal desk | (later) | borrow
    const el = await mapFixture(await fixtureJson('map/two-personas.en.json'));
    const lastRow = el.shadowRoot!.querySelectorAll('[role="rowheader"]').length - 1;
    el.focusTouchpoint('portal');
    expect(pos(el)).to.deep.equal([0, 1]);
    await press('ArrowDown');
    expect(pos(el)).to.deep.equal([1, 1]);
    await press('ArrowUp');
    expect(pos(el)).to.deep.equal([0, 1]);
    // Up from the first lane reaches the stage's column header (APG data grid), and no further.
    await press('ArrowUp');
    await press('ArrowUp');
    expect(active(el)!.getAttribute('role')).to.equal('columnheader');
    expect(active(el)!.textContent).to.contain('Renew');
    await press('ArrowDown');
    expect(pos(el)).to.deep.equal([0, 1]);
    await press('ArrowDown');
    await press('End');
    expect(pos(el)).to.deep.equal([1, 4]);
    await press('Home');
    expect(pos(el)).to.deep.equal([1, 0]);
    await press('PageDown');
    expect(pos(el)).to.deep.equal([1, 1]);
    await press('ArrowRight');
    await press('PageDown');
    expect(pos(el)).to.deep.equal([1, 3]);
    await press('PageDown');
    expect(pos(el)).to.deep.equal([1, 4]);
    await press('PageUp');
    expect(pos(el)).to.deep.equal([1, 3]);
    await press('PageUp');
    expect(pos(el)).to.deep.equal([1, 1]);
    await press('Control+End');
    expect(pos(el)).to.deep.equal([lastRow, 4]);
    await press('Control+Home');
    expect(pos(el)).to.deep.equal([0, 0]);
  });

  it('moves the roving tabindex without re-rendering the grid', async () => {
    const el = await mapFixture(await fixtureJson('map/two-personas.en.json'));
    el.focusTouchpoint('reminder');
    let updates = 0;
    const original = el.requestUpdate.bind(el);
    el.requestUpdate = (...args: Parameters<typeof original>) => {
      updates++;
      original(...args);
    };
    await press('ArrowRight');
    await press('ArrowDown');
    await press('End');
    expect(updates).to.equal(0);
    expect(el.shadowRoot!.querySelectorAll('[role="grid"] [tabindex="0"]')).to.have.length(1);
    expect(cellAt(el, 1, 4).tabIndex).to.equal(0);
  });

  it('focusTouchpoint focuses a touchpoint cell, or returns false when it is not on the map', async () => {
    const journey = await fixtureJson('map/two-personas.en.json');
    const el = await fixture<JourneyMap>(html`<journey-map persona="ines" .journey=${journey}></journey-map>`);
    await settle(el);
    expect(el.focusTouchpoint('portal')).to.equal(true);
    expect(active(el)!.dataset['id']).to.equal('portal');
    expect(active(el)!.tabIndex).to.equal(0);
    expect(el.focusTouchpoint('desk')).to.equal(false); // Olav's, filtered out
    expect(el.focusTouchpoint('nope')).to.equal(false);
    expect(active(el)!.dataset['id']).to.equal('portal');
  });

  it('keeps the tab stop on the same touchpoint when the filter changes', async () => {
    const el = await mapFixture(await fixtureJson('map/two-personas.en.json'));
    el.focusTouchpoint('borrow');
    el.persona = 'ines';
    await settle(el);
    expect(el.shadowRoot!.querySelector('[role="grid"] [tabindex="0"]')!.getAttribute('data-id')).to.equal('borrow');
    expect(active(el)!.dataset['id']).to.equal('borrow');
  });

  it('stacks stages in a narrow container; every title shows and arrows still reach every touchpoint', async () => {
    const text = await fixtureText('map/two-personas.en.json');
    const journey = parseJourney(text).journey!;
    const el = await mapFixture(text, 400);
    await waitUntil(() => el.hasAttribute('narrow'), 'narrow after the resize observer');
    await settle(el);
    const shown = deepText(el.shadowRoot!);
    for (const tp of journey.touchpoints) expect(shown).to.contain(tp.title);
    for (const stage of journey.stages) expect(shown).to.contain(stage.name);
    // Stage after stage: the second stage's heading is below the first stage's cards.
    const headers = el.shadowRoot!.querySelectorAll('[role="columnheader"]');
    const firstCard = el.shadowRoot!.querySelector('[data-id="reminder"]')!;
    expect(headers[1]!.getBoundingClientRect().top).to.be.greaterThan(firstCard.getBoundingClientRect().bottom);
    expect(el.shadowRoot!.querySelector('[role="grid"]')!.getBoundingClientRect().width).to.be.at.most(400);
    expect(await walk(el, journey, 'ArrowRight')).to.deep.equal(touchpointsFor(journey).map((t) => t.id));

    (el.parentElement as HTMLElement).style.width = '900px';
    await waitUntil(() => !el.hasAttribute('narrow'), 'wide again');
  });
});
