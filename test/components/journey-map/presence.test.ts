/**
 * What a collaboration binding drives on `<journey-map>`: others' presence on cells (seen and
 * said), the connection state (shown and announced), `cell-focus` for sharing one's own place,
 * and a history provider that owns undo and redo.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import type { HistoryProvider, PresencePeer } from '../../../src/components/journey-map/journey-map.js';
import type { Journey } from '../../../src/model/index.js';
import { axAll, fixtureJson, liveText, press, record, settle, touchpointCell, type AxNode, type JourneyMap } from './helpers.js';

const firstAx = (root: AxNode, test: (n: AxNode) => boolean): AxNode | null => axAll(root, test)[0] ?? null;

async function map(journey: Journey, editable = true): Promise<JourneyMap> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1200px"><journey-map ?editable=${editable} .journey=${journey}></journey-map></div>`);
  const el = wrapper.querySelector('journey-map')!;
  await settle(el);
  return el;
}

async function until(el: JourneyMap, test: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !test(); i++) {
    await new Promise((r) => setTimeout(r, 20));
    await settle(el);
  }
  expect(test()).to.equal(true);
}


describe('journey-map shared with others', () => {
  let journey: Journey;
  before(async () => {
    journey = await fixtureJson('map/two-personas.en.json');
  });

  it("outlines another person's cell in their colour with their name, and says so on that cell", async () => {
    const el = await map(journey);
    const ana: PresencePeer = { id: '7', name: 'Ana', color: 'rgb(200, 0, 100)', touchpoint: 'portal' };
    el.presence = [ana];
    await until(el, () => el.shadowRoot!.querySelector('.peer') !== null);
    const box = el.shadowRoot!.querySelector<HTMLElement>('.peer[data-peer="7"]')!;
    expect(box.textContent!.trim()).to.equal('Ana');
    expect(getComputedStyle(box).outlineColor).to.equal('rgb(200, 0, 100)');
    const cell = touchpointCell(el, 'portal').getBoundingClientRect();
    const outline = box.getBoundingClientRect();
    expect(Math.abs(outline.left - cell.left)).to.be.lessThan(1);
    expect(Math.abs(outline.width - cell.width)).to.be.lessThan(1);
    const node = firstAx((await a11ySnapshot({})) as unknown as AxNode, (n) => n.role === 'gridcell' && n.name.startsWith('Renew, Touchpoints: Renews on the portal'));
    expect(node?.description).to.equal('Ana is here');
    // A colour that is not a CSS colour is not used.
    el.presence = [{ ...ana, color: 'url(javascript:alert(1))' }];
    await settle(el);
    expect(getComputedStyle(el.shadowRoot!.querySelector<HTMLElement>('.peer')!).outlineColor).to.not.contain('url');
    el.presence = [];
    await settle(el);
    expect(el.shadowRoot!.querySelector('.peer')).to.equal(null);
    expect(touchpointCell(el, 'portal').hasAttribute('aria-describedby')).to.equal(false);
  });

  it('announces politely when someone starts editing the touchpoint you are on', async () => {
    const el = await map(journey);
    el.focusTouchpoint('portal');
    el.presence = [{ id: '7', name: 'Ana', touchpoint: 'portal' }];
    await until(el, () => el.shadowRoot!.querySelector('.peer') !== null);
    el.presence = [{ id: '7', name: 'Ana', touchpoint: 'portal', editing: true }];
    await settle(el);
    expect(liveText(el)).to.equal('Ana started editing Renews on the portal');
    const node = firstAx((await a11ySnapshot({})) as unknown as AxNode, (n) => n.role === 'gridcell' && n.name.startsWith('Renew, Touchpoints: Renews on the portal'));
    expect(node?.description).to.equal('Ana is editing');
  });

  it('shows and announces the connection state', async () => {
    const el = await map(journey);
    el.connection = { state: 'connecting' };
    await until(el, () => el.shadowRoot!.querySelector('[part~="connection"]') !== null);
    const chip = (): string => el.shadowRoot!.querySelector('[part~="connection"]')!.textContent!.trim();
    expect(chip()).to.equal('Connecting…');
    el.connection = { state: 'live' };
    await settle(el);
    expect(chip()).to.equal('Live');
    expect(liveText(el)).to.equal('Live');
    el.connection = { state: 'offline', unsent: 3 };
    await settle(el);
    expect(chip()).to.equal('Offline, 3 changes not sent yet');
    el.connection = { state: 'refused', reason: 'wrong token' };
    await settle(el);
    expect(liveText(el)).to.equal('Refused by the server: wrong token');
    await expect(el).to.be.accessible();
  });

  it('fires cell-focus as focus moves, and when a touchpoint is opened and closed while editing', async () => {
    const el = await map(journey);
    await until(el, () => el.shadowRoot!.getElementById('editing-hint') !== null);
    el.focusTouchpoint('reminder');
    const seen = record<CustomEvent<{ touchpoint: string | null; lane: string | null; stage: string | null; editing: boolean }>>(el, 'cell-focus');
    await press('ArrowRight');
    await press('ArrowDown');
    expect(seen.map((e) => [e.detail.touchpoint, e.detail.lane, e.detail.stage, e.detail.editing])).to.deep.equal([
      ['portal', 'touchpoints', 'renew', false],
      ['portal', 'actions', 'renew', false],
    ]);
    await press('ArrowUp');
    setTimeout(() => void press('F2'));
    const opened = await oneEvent(el, 'cell-focus');
    expect(opened.detail).to.deep.include({ touchpoint: 'portal', editing: true });
    setTimeout(() => void press('Escape'));
    const closed = await oneEvent(el, 'cell-focus');
    expect(closed.detail).to.deep.include({ touchpoint: 'portal', editing: false });
  });

  it('lets a history provider own undo and redo, and records nothing itself meanwhile', async () => {
    const el = await map(journey);
    await until(el, () => el.shadowRoot!.getElementById('editing-hint') !== null);
    const calls: string[] = [];
    const provider: HistoryProvider = {
      undo: () => (calls.push('undo'), true),
      redo: () => (calls.push('redo'), false),
      canUndo: true,
      canRedo: false,
    };
    el.historyProvider = provider;
    el.focusTouchpoint('portal');
    await press('Alt+ArrowRight');
    await settle(el);
    expect(el.canUndo).to.equal(true);
    await press('Control+z');
    await press('Control+y');
    expect(calls).to.deep.equal(['undo', 'redo']);
    expect(liveText(el)).to.equal('Nothing to redo');
    el.historyProvider = null;
    expect(el.canUndo, 'the move was not recorded locally').to.equal(false);
  });
});
