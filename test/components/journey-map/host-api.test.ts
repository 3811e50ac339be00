/**
 * What a host page reads back from `<journey-map>`: `toJSON()` (and so `JSON.stringify(map)`)
 * gives the journey shown, edits included, as a copy; echoing `journey-change` back into the
 * `journey` property keeps the map's undo history.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { JourneyChangeDetail } from '../../../src/components/journey-map/journey-map.js';
import type { Journey } from '../../../src/model/index.js';
import { fixtureJson, fixtureText, mapFixture, press, record, settle, type JourneyMap } from './helpers.js';

/** Waits until the on-demand editing code has loaded (the grid then describes the editing keys). */
async function editingLoaded(el: JourneyMap): Promise<void> {
  for (let i = 0; i < 50 && !el.shadowRoot!.getElementById('editing-hint'); i++) {
    await new Promise((r) => setTimeout(r, 20));
    await settle(el);
  }
  expect(el.shadowRoot!.getElementById('editing-hint'), 'editing loaded').to.not.equal(null);
}

describe('journey-map toJSON', () => {
  let journey: Journey;
  before(async () => {
    journey = await fixtureJson('map/two-personas.en.json');
  });

  it('is null when no journey is shown', async () => {
    const el = await fixture<JourneyMap>(html`<journey-map></journey-map>`);
    await settle(el);
    expect(el.toJSON()).to.equal(null);
    expect(JSON.stringify(el)).to.equal('null');
  });

  it('gives the journey shown as a plain copy, so JSON.stringify(map) is its JSON', async () => {
    const el = await mapFixture(journey);
    const copy = el.toJSON()!;
    expect(copy).to.deep.equal(journey);
    expect(copy, 'a copy, not the object shown').to.not.equal(journey);
    expect(JSON.parse(JSON.stringify(el))).to.deep.equal(journey);
    // Changing the copy changes nothing on the map.
    copy.title = 'Changed by the host';
    copy.touchpoints.length = 0;
    expect(el.toJSON()).to.deep.equal(journey);
  });

  it('gives the parsed journey when the map was given JSON text', async () => {
    const text = await fixtureText('map/two-personas.en.json');
    const el = await mapFixture(text);
    expect(el.toJSON()).to.deep.equal(JSON.parse(text));
  });

  it('includes the edits made on the map', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1200px"><journey-map editable .journey=${journey}></journey-map></div>`);
    const el = wrapper.querySelector('journey-map')!;
    await editingLoaded(el);
    const changes = record<CustomEvent<JourneyChangeDetail>>(el, 'journey-change');
    el.focusTouchpoint('portal');
    await press('Alt+ArrowRight');
    await settle(el);
    expect(changes).to.have.length(1);
    expect(el.toJSON()).to.deep.equal(changes[0]!.detail.journey);
    expect(el.toJSON()!.touchpoints.map((t) => t.id)).to.deep.equal(['reminder', 'desk', 'portal', 'borrow']);
  });
});

describe('journey-map in a host that keeps the journey in its own state', () => {
  it('keeps its undo history when the journey of journey-change comes back as the journey property', async () => {
    const journey = await fixtureJson('map/two-personas.en.json');
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1200px"><journey-map editable .journey=${journey}></journey-map></div>`);
    const el = wrapper.querySelector('journey-map')!;
    await editingLoaded(el);
    // As a React or Vue host does: state set from the event, the property set from state.
    el.addEventListener('journey-change', (event) => {
      el.journey = event.detail.journey;
    });
    el.focusTouchpoint('portal');
    await press('Alt+ArrowRight');
    await settle(el);
    expect(el.canUndo).to.equal(true);
    expect(el.undo()).to.equal(true);
    await settle(el);
    expect(el.toJSON()).to.deep.equal(journey);
    expect(el.canRedo).to.equal(true);
  });
});
