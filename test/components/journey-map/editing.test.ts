/**
 * `<journey-map editable>`: keyboard editing, undo and redo, events with their patches, patches
 * from elsewhere, and what a person hears and where focus is after each edit.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import type { JourneyChangeDetail } from '../../../src/components/journey-map/journey-map.js';
import { applyPatch as applyModelPatch } from '../../../src/model/edit/patch.js';
import type { Journey } from '../../../src/model/index.js';
import { active, axAll, editableMap, fixtureJson, listFolder, liveText, press, record, settle, touchpointCell, type AxNode, type JourneyMap } from './helpers.js';

const ids = (el: JourneyMap): string[] => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.lane-touchpoints [data-id]')].map((c) => c.dataset['id']!);
const stageOf = (journey: Journey, id: string): string | undefined => journey.touchpoints.find((t) => t.id === id)?.stage;

describe('journey-map editable', () => {
  let journey: Journey;
  before(async () => {
    journey = await fixtureJson('map/two-personas.en.json');
  });

  // First in this file: only here has the page not yet loaded the editing code.
  it('carries out edit keys pressed while the editing code is still loading, in order', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1200px"><journey-map editable .journey=${journey}></journey-map></div>`);
    const el = wrapper.querySelector('journey-map')!;
    expect(el.shadowRoot!.getElementById('editing-hint'), 'the editing code has not arrived yet').to.equal(null);
    el.focusTouchpoint('portal');
    const keys = [0, 1].map(() => new KeyboardEvent('keydown', { key: 'ArrowRight', altKey: true, bubbles: true, composed: true, cancelable: true }));
    for (const key of keys) active(el)!.dispatchEvent(key);
    expect(keys.map((k) => k.defaultPrevented), 'the keys are taken, not passed on').to.deep.equal([true, true]);
    const changed = oneEvent(el, 'journey-change');
    await changed;
    await settle(el);
    for (let i = 0; i < 50 && el.toJSON()!.touchpoints.find((t) => t.id === 'portal')!.stage !== 'later'; i++) await settle(el);
    expect(stageOf(el.toJSON()!, 'portal'), 'both moves done: across the stage edge').to.equal('later');
    expect(active(el)!.dataset['id']).to.equal('portal');
    expect(liveText(el)).to.equal('Moved “Renews on the portal” to Later, 1 of 1');
  });

  it('reflects editable and describes the editing keys on the grid', async () => {
    const el = await editableMap(journey);
    expect(el.hasAttribute('editable')).to.equal(true);
    const grid = el.shadowRoot!.querySelector('[role="grid"]')!;
    expect(grid.getAttribute('aria-describedby')).to.equal('editing-hint');
    expect(el.shadowRoot!.getElementById('editing-hint')!.textContent).to.contain('Alt');
    await expect(el).to.be.accessible();
  });

  it('moves a touchpoint with Alt+Right within its stage, then across into the next stage, focus staying on it', async () => {
    const el = await editableMap(journey);
    const changes = record<CustomEvent<JourneyChangeDetail>>(el, 'journey-change');
    el.focusTouchpoint('portal');
    await press('Alt+ArrowRight');
    await settle(el);
    expect(ids(el)).to.deep.equal(['reminder', 'desk', 'portal', 'borrow']);
    expect(active(el)!.dataset['id'], 'focus stays on the moved touchpoint').to.equal('portal');
    expect(liveText(el)).to.equal('Moved “Renews on the portal” to Renew, 2 of 2');
    expect(changes).to.have.length(1);
    const detail = changes[0]!.detail;
    expect(detail.origin).to.equal('user');
    expect(detail.ops).to.deep.equal([{ op: 'move', from: '/touchpoints/1', path: '/touchpoints/2' }]);
    expect(changes[0]!.bubbles && changes[0]!.composed).to.equal(true);
    // The patch and its inverse really take the journey there and back.
    const forward = applyModelPatch(journey, detail.ops);
    expect(forward.journey).to.deep.equal(detail.journey);
    expect(applyModelPatch(detail.journey, detail.inverse).journey).to.deep.equal(journey);

    // At the stage's edge: into the next stage (Later, which has no touchpoints), as its first.
    await press('Alt+ArrowRight');
    await settle(el);
    expect(stageOf(changes[1]!.detail.journey, 'portal')).to.equal('later');
    expect(liveText(el)).to.equal('Moved “Renews on the portal” to Later, 1 of 1');
    expect(active(el)!.dataset['id']).to.equal('portal');
    const names = axAll((await a11ySnapshot({})) as unknown as AxNode, (n) => n.role === 'gridcell' && n.name.startsWith('Later, Touchpoints: Renews on the portal'));
    expect(names, 'the accessibility tree says the new place').to.have.length(1);
  });

  it('mirrors the move keys in a right-to-left map', async () => {
    const el = await editableMap(journey, { dir: 'rtl' });
    el.focusTouchpoint('portal');
    await press('Alt+ArrowLeft');
    await settle(el);
    expect(ids(el)).to.deep.equal(['reminder', 'desk', 'portal', 'borrow']);
    await press('Alt+ArrowRight');
    await press('Alt+ArrowRight');
    await settle(el);
    expect(ids(el)[0], 'back past the start of Renew into Notice').to.equal('reminder');
    expect(ids(el)[1]).to.equal('portal');
  });

  it('says so at the very start or end instead of moving', async () => {
    const el = await editableMap(journey);
    el.focusTouchpoint('reminder');
    const changes = record(el, 'journey-change');
    await press('Alt+ArrowLeft');
    await settle(el);
    expect(changes).to.have.length(0);
    expect(liveText(el)).to.equal('“Gets a reminder email” is already first');
  });

  it('raises and lowers an emotion with Alt+Up/Down on the emotions lane; a burst is one undo step', async () => {
    const el = await editableMap(journey);
    el.focusTouchpoint('portal');
    const lane = [...el.shadowRoot!.querySelectorAll('[role="row"]:not(.head)')].findIndex((r) => r.classList.contains('lane-emotions'));
    for (let i = 0; i < lane; i++) await press('ArrowDown');
    const changes = record<CustomEvent<JourneyChangeDetail>>(el, 'journey-change');
    await press('Alt+ArrowUp');
    await press('Alt+ArrowUp');
    await settle(el);
    expect(changes.map((c) => c.detail.journey.touchpoints[1]!.emotion)).to.deep.equal([-1, 0]);
    expect(changes[0]!.detail.ops).to.deep.equal([{ op: 'replace', path: '/touchpoints/1/emotion', value: -1 }]);
    expect(liveText(el)).to.equal('Renews on the portal: emotion 0 of −3 to 3, neutral');
    expect(active(el)!.closest('.lane-emotions'), 'focus stays on the emotions cell').to.not.equal(null);
    expect(el.canUndo).to.equal(true);
    expect(el.undo()).to.equal(true);
    await settle(el);
    expect(changes[changes.length - 1]!.detail.journey.touchpoints[1]!.emotion, 'one step back to the start').to.equal(-2);
    expect(changes[changes.length - 1]!.detail.origin).to.equal('undo');
    expect(el.canUndo).to.equal(false);
    expect(el.canRedo).to.equal(true);
  });

  it('removes with Delete, shows an Undo notice, and Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y undo and redo', async () => {
    const el = await editableMap(journey);
    el.focusTouchpoint('desk');
    await press('Delete');
    await settle(el);
    expect(ids(el)).to.deep.equal(['reminder', 'portal', 'borrow']);
    const notice = el.shadowRoot!.querySelector('[part~="edit-notice"]')!;
    expect(notice.textContent).to.contain('Removed “Renews at the desk”');
    expect(liveText(el)).to.equal('');
    expect(active(el)!.getAttribute('role'), 'focus stays in the grid').to.equal('gridcell');
    await press('Control+z');
    await settle(el);
    expect(ids(el)).to.deep.equal(['reminder', 'portal', 'desk', 'borrow']);
    expect(liveText(el)).to.equal('Undone');
    await press('Control+Shift+Z');
    await settle(el);
    expect(ids(el)).to.deep.equal(['reminder', 'portal', 'borrow']);
    await press('Control+z');
    await press('Control+y');
    await settle(el);
    expect(ids(el)).to.deep.equal(['reminder', 'portal', 'borrow']);
    expect(el.canRedo).to.equal(false);
  });

  it('undoes from the notice’s button, focus going back to the grid', async () => {
    const el = await editableMap(journey);
    el.focusTouchpoint('desk');
    await press('Delete');
    await settle(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="edit-notice"] button')!.click();
    await settle(el);
    expect(ids(el)).to.include('desk');
    expect(el.shadowRoot!.querySelector('[part~="edit-notice"]')).to.equal(null);
    expect(active(el)!.getAttribute('role')).to.equal('gridcell');
  });

  it('keeps the journey when journey-beforechange is cancelled, and says so', async () => {
    const el = await editableMap(journey);
    el.addEventListener('journey-beforechange', (event) => {
      expect(event.detail.ops.length).to.be.greaterThan(0);
      event.preventDefault();
    });
    const changes = record(el, 'journey-change');
    el.focusTouchpoint('portal');
    await press('Alt+ArrowRight');
    await settle(el);
    expect(ids(el)).to.deep.equal(['reminder', 'portal', 'desk', 'borrow']);
    expect(changes).to.have.length(0);
    expect(el.canUndo).to.equal(false);
    expect(liveText(el)).to.equal('The change was not made');
  });

  it('applies a patch from elsewhere: reported with its origin, not undoable; an invalid one changes nothing', async () => {
    const el = await editableMap(journey);
    setTimeout(() => void el.applyPatch([{ op: 'replace', path: '/touchpoints/0/title', value: 'Reminder by text message' }]));
    const change = await oneEvent(el, 'journey-change');
    expect(change.detail.origin).to.equal('remote');
    expect(change.detail.inverse).to.deep.equal([{ op: 'replace', path: '/touchpoints/0/title', value: 'Gets a reminder email' }]);
    await settle(el);
    expect(touchpointCell(el, 'reminder').textContent).to.contain('Reminder by text message');
    expect(el.canUndo).to.equal(false);
    setTimeout(() => void el.applyPatch([{ op: 'replace', path: '/touchpoints/0/emotion', value: 1 }], { origin: 'server' }));
    expect((await oneEvent(el, 'journey-change')).detail.origin).to.equal('server');

    const errors = record<CustomEvent<{ problems: { path: string }[] }>>(el, 'journey-error');
    const refused = await el.applyPatch([{ op: 'replace', path: '/touchpoints/0/stage', value: 'nowhere' }]);
    expect(refused).to.equal(false);
    expect(errors).to.have.length(1);
    expect(errors[0]!.detail.problems.map((p) => p.path)).to.include('/touchpoints/0/stage');
    expect(await el.applyPatch('not a patch')).to.equal(false);
    expect(errors[1]!.detail.problems[0]!.path).to.equal('/ops');
  });

  it('keeps history across persona changes and when the host echoes journey-change back; setting a new journey resets it', async () => {
    const el = await editableMap(journey);
    // A host that keeps the journey in its own state, as React does.
    el.addEventListener('journey-change', (event) => {
      el.journey = event.detail.journey;
    });
    el.focusTouchpoint('portal');
    await press('Alt+ArrowRight');
    await settle(el);
    el.persona = 'olav';
    await settle(el);
    el.persona = null;
    await settle(el);
    expect(el.canUndo, 'after an echo and a persona change').to.equal(true);
    el.journey = structuredClone(journey);
    await settle(el);
    expect(el.canUndo, 'a journey set from code is a new document').to.equal(false);
  });

  it('keeps typed markup as text when a patch sets it', async () => {
    const el = await editableMap(journey);
    await el.applyPatch([{ op: 'replace', path: '/touchpoints/0/title', value: '<img src=x onerror="window.__pwned=1">' }]);
    await settle(el);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(touchpointCell(el, 'reminder').textContent).to.contain('<img src=x');
    expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
  });

  it('applies the shared patch cases as the model does (skipped without ../shared)', async function () {
    const listed = await listFolder('/__shared/fixtures/patches/');
    if (!listed) this.skip();
    const cases = (await (await fetch('/__shared/fixtures/patches/cases.json')).json()) as {
      cases: { name: string; ops: unknown; expect?: Record<string, unknown>; refuse?: unknown }[];
    };
    const base = (await (await fetch('/__shared/fixtures/valid/retail-omnichannel.en.json')).json()) as Journey;
    for (const c of cases.cases) {
      const el = await fixture<JourneyMap>(html`<journey-map .journey=${base}></journey-map>`);
      await settle(el);
      const model = applyModelPatch(base, c.ops);
      const applied = await el.applyPatch(c.ops);
      expect(applied, c.name).to.equal(model.applied);
    }
  });
});
