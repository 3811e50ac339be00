/**
 * A map that is only shown never loads the editing code (its own test file, so its page has
 * loaded nothing else): the viewer pays nothing for editing.
 */
import { expect } from '@open-wc/testing';
import { fixtureJson, mapFixture, press } from './helpers.js';

const editingRequested = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /\/editing\/|edit-locales|model\/edit\//.test(name));

describe('journey-map without editable', () => {
  it('loads no editing module, and editing keys do nothing', async () => {
    const el = await mapFixture(await fixtureJson('map/two-personas.en.json'));
    el.focusTouchpoint('portal');
    await press('Alt+ArrowRight');
    await press('Delete');
    await press('Control+z');
    expect(editingRequested(), editingRequested().join(' ')).to.deep.equal([]);
    expect(el.canUndo).to.equal(false);
    expect(el.undo()).to.equal(false);
    const cells = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.lane-touchpoints [data-id]')].map((c) => c.dataset['id']);
    expect(cells).to.deep.equal(['reminder', 'portal', 'desk', 'borrow']);
    // Becoming editable loads it.
    el.editable = true;
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(editingRequested().length).to.be.greaterThan(0);
  });
});
