/**
 * `<journey-map editable>` drag and drop with the real mouse (`sendMouse`, viewport coordinates):
 * cards to another place or stage (wide, right-to-left, stacked), the drop indicator and what the
 * live region says meanwhile, Escape, a click that stays a click, emotion handles snapping to the
 * scale, one undo step per drag, patches applied during a drag, axe and forced colours.
 */
import { expect } from '@open-wc/testing';
import { a11ySnapshot, resetMouse, sendMouse, setViewport } from '@web/test-runner-commands';
import type { JourneyChangeDetail } from '../../../src/components/journey-map/journey-map.js';
import { dropTarget, slotAt } from '../../../src/components/journey-map/editing/drag/drop-target.js';
import { emotionAt, emotionY } from '../../../src/components/journey-map/editing/drag/emotion-handles.js';
import { computeLayout } from '../../../src/components/journey-map/layout.js';
import { applyPatch as applyModelPatch } from '../../../src/model/edit/patch.js';
import type { Journey } from '../../../src/model/index.js';
import { withForcedColors } from '../../helpers/media.js';
import { active, axAll, editableMap, fixtureJson, liveText, panel, press, record, settle, touchpointCell, type AxNode, type JourneyMap } from './helpers.js';

type Point = [number, number];

/** Wide enough for every column of the fixture at the default column width. */
const WIDE = 1500;

const ids = (el: JourneyMap): string[] => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.lane-touchpoints [data-id]')].map((c) => c.dataset['id']!);
const round = (n: number): number => Math.round(n);

/** A point in a touchpoint's cell: `fx`, `fy` of the way across and down (0.5: its middle). */
function inCell(el: JourneyMap, id: string, fx = 0.5, fy = 0.5): Point {
  const box = touchpointCell(el, id).getBoundingClientRect();
  return [round(box.left + box.width * fx), round(box.top + box.height * fy)];
}

/** The middle of the touchpoints-lane cell of a column (an empty stage's column has no id). */
function inColumn(el: JourneyMap, col: number): Point {
  const box = el.shadowRoot!.querySelector(`.lane-touchpoints .cell[data-col="${col}"]`)!.getBoundingClientRect();
  return [round(box.left + box.width / 2), round(box.top + box.height / 2)];
}

/** Presses at `from` and moves to `to` in steps, without letting go. */
async function pressAndMove(from: Point, to: Point, steps = 6): Promise<void> {
  await sendMouse({ type: 'move', position: from });
  await sendMouse({ type: 'down' });
  for (let i = 1; i <= steps; i++) {
    await sendMouse({
      type: 'move',
      position: [round(from[0] + ((to[0] - from[0]) * i) / steps), round(from[1] + ((to[1] - from[1]) * i) / steps)],
    });
  }
}

async function dragFromTo(el: JourneyMap, from: Point, to: Point): Promise<void> {
  await pressAndMove(from, to);
  await sendMouse({ type: 'up' });
  await settle(el);
}

/** The patch and its inverse really take the journey there and back. */
function expectRoundTrip(before: Journey, detail: JourneyChangeDetail): void {
  expect(applyModelPatch(before, detail.ops).journey).to.deep.equal(detail.journey);
  expect(applyModelPatch(detail.journey, detail.inverse).journey).to.deep.equal(before);
}

describe('journey-map editable: drag and drop', () => {
  let journey: Journey;
  before(async () => {
    journey = await fixtureJson('map/two-personas.en.json');
    await setViewport({ width: 1600, height: 1200 });
  });
  afterEach(async () => {
    await resetMouse();
  });

  it('moves a card within its stage: one journey-change, its patch and inverse, the live region, focus, the accessibility tree, one undo step', async () => {
    const el = await editableMap(journey, { width: WIDE });
    const changes = record<CustomEvent<JourneyChangeDetail>>(el, 'journey-change');
    // Onto the end half of "desk": after it.
    await dragFromTo(el, inCell(el, 'portal'), inCell(el, 'desk', 0.8));
    expect(ids(el)).to.deep.equal(['reminder', 'desk', 'portal', 'borrow']);
    expect(changes).to.have.length(1);
    const detail = changes[0]!.detail;
    expect(detail.origin).to.equal('user');
    expect(detail.ops).to.deep.equal([{ op: 'move', from: '/touchpoints/1', path: '/touchpoints/2' }]);
    expectRoundTrip(journey, detail);
    expect(liveText(el)).to.equal('Moved “Renews on the portal” to Renew, 2 of 2');
    expect(active(el)?.dataset['id'], 'focus on the moved card').to.equal('portal');
    expect(panel(el), 'a drag is no click: no details').to.equal(null);
    const cells = axAll((await a11ySnapshot({})) as unknown as AxNode, (n) => n.role === 'gridcell' && n.name.startsWith('Renew, Touchpoints:'));
    expect(cells.map((c) => c.name.split(': ')[1]!.split(',')[0])).to.deep.equal(['Renews at the desk', 'Renews on the portal']);

    expect(el.undo()).to.equal(true);
    await settle(el);
    expect(ids(el)).to.deep.equal(['reminder', 'portal', 'desk', 'borrow']);
    expect(el.canUndo, 'the drag was one undo step').to.equal(false);
    expect(changes[1]!.detail.origin).to.equal('undo');
    expect(changes[1]!.detail.ops).to.deep.equal(detail.inverse);
    expect(el.redo()).to.equal(true);
    await settle(el);
    expect(ids(el)).to.deep.equal(['reminder', 'desk', 'portal', 'borrow']);
  });

  it('moves a card across stages, into an empty stage', async () => {
    const el = await editableMap(journey, { width: WIDE });
    const changes = record<CustomEvent<JourneyChangeDetail>>(el, 'journey-change');
    // Column 3 is the stage "Later", which has no touchpoints.
    await dragFromTo(el, inCell(el, 'reminder'), inColumn(el, 3));
    expect(changes).to.have.length(1);
    const detail = changes[0]!.detail;
    expect(detail.journey.touchpoints.find((t) => t.id === 'reminder')!.stage).to.equal('later');
    expect(detail.ops[0]).to.deep.equal({
      op: 'replace',
      path: '/touchpoints/0/stage',
      value: 'later',
    });
    expectRoundTrip(journey, detail);
    expect(liveText(el)).to.equal('Moved “Gets a reminder email” to Later, 1 of 1');
    expect(active(el)?.dataset['id']).to.equal('reminder');
  });

  it('shows a drop indicator and says where the card would land while dragging; Escape cancels without an event', async () => {
    const el = await editableMap(journey, { width: WIDE });
    const changes = record(el, 'journey-change', 'journey-beforechange');
    await pressAndMove(inCell(el, 'portal'), inCell(el, 'desk', 0.8));
    await el.updateComplete;
    const root = el.shadowRoot!;
    const bar = root.querySelector<HTMLElement>('.drop-bar');
    expect(bar, 'the drop indicator').to.not.equal(null);
    const barBox = bar!.getBoundingClientRect();
    const desk = touchpointCell(el, 'desk').getBoundingClientRect();
    expect(Math.abs(barBox.left + barBox.width / 2 - desk.right), 'the bar at the end edge of "desk"').to.be.lessThan(3);
    expect(barBox.height).to.be.closeTo(desk.height, 1);
    const stage = root.querySelector<HTMLElement>('.drop-stage')!.getBoundingClientRect();
    const renew = root.querySelector('.stage[data-col="1"]')!.getBoundingClientRect();
    expect([stage.left, stage.width]).to.deep.equal([renew.left, renew.width]);
    expect(touchpointCell(el, 'portal').hasAttribute('data-dragging')).to.equal(true);
    expect(liveText(el)).to.equal('Drop: Renew, 2 of 2');
    // Onto the start half of "borrow": the place said follows.
    const [x, y] = inCell(el, 'borrow', 0.2);
    await sendMouse({ type: 'move', position: [x, y] });
    await el.updateComplete;
    expect(liveText(el)).to.equal('Drop: Use, 1 of 2');

    await press('Escape');
    await el.updateComplete;
    expect(root.querySelector('.drop-bar'), 'no indicator after Escape').to.equal(null);
    expect(touchpointCell(el, 'portal').hasAttribute('data-dragging')).to.equal(false);
    expect(liveText(el)).to.equal('Drag cancelled');
    await sendMouse({ type: 'up' });
    await settle(el);
    expect(ids(el)).to.deep.equal(['reminder', 'portal', 'desk', 'borrow']);
    expect(changes, 'no event').to.have.length(0);
    expect(panel(el), 'the release after a cancelled drag is no click').to.equal(null);
    expect(el.canUndo).to.equal(false);
  });

  it('treats a tiny movement as a click (details open), and a drag back to where it started as nothing', async () => {
    const el = await editableMap(journey, { width: WIDE });
    const changes = record(el, 'journey-change');
    const [x, y] = inCell(el, 'desk');
    await dragFromTo(el, [x, y], [x + 2, y + 1]);
    expect(panel(el), 'a click opens the details').to.not.equal(null);
    expect(changes).to.have.length(0);
    await press('Escape');
    await settle(el);
    expect(panel(el)).to.equal(null);

    await pressAndMove([x, y], [x + 150, y]);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'up' });
    await settle(el);
    expect(changes, 'dropped where it was: nothing committed').to.have.length(0);
    expect(ids(el)).to.deep.equal(['reminder', 'portal', 'desk', 'borrow']);
  });

  it('mirrors the halves in a right-to-left map', async () => {
    const el = await editableMap(journey, { dir: 'rtl', width: WIDE });
    const changes = record<CustomEvent<JourneyChangeDetail>>(el, 'journey-change');
    const portal = touchpointCell(el, 'portal').getBoundingClientRect();
    const desk = touchpointCell(el, 'desk').getBoundingClientRect();
    expect(desk.left, 'later columns are to the left').to.be.lessThan(portal.left);
    // The left half of "desk" is its end in right-to-left reading: after it.
    await dragFromTo(el, inCell(el, 'portal'), inCell(el, 'desk', 0.2));
    expect(ids(el)).to.deep.equal(['reminder', 'desk', 'portal', 'borrow']);
    expect(changes).to.have.length(1);
    expect(changes[0]!.detail.ops).to.deep.equal([{ op: 'move', from: '/touchpoints/1', path: '/touchpoints/2' }]);
    // And the right half of "reminder" is its start: before it.
    await dragFromTo(el, inCell(el, 'borrow'), inCell(el, 'reminder', 0.8));
    expect(changes).to.have.length(2);
    expect(changes[1]!.detail.journey.touchpoints.map((t) => t.id)).to.deep.equal(['borrow', 'reminder', 'desk', 'portal']);
    expect(changes[1]!.detail.journey.touchpoints[0]!.stage).to.equal('notice');
  });

  it('orders by the vertical position in the stacked layout', async () => {
    const el = await editableMap(journey, { width: 500 });
    expect(el.hasAttribute('narrow')).to.equal(true);
    const changes = record<CustomEvent<JourneyChangeDetail>>(el, 'journey-change');
    // Two lanes, so the stacked map fits the viewport. Stacked, "desk" is under "portal": its lower half is after it.
    el.lanes = 'touchpoints,emotions';
    await settle(el);
    await pressAndMove(inCell(el, 'portal'), inCell(el, 'desk', 0.5, 0.8));
    await el.updateComplete;
    const bar = el.shadowRoot!.querySelector<HTMLElement>('.drop-bar.stacked');
    expect(bar, 'a horizontal bar').to.not.equal(null);
    expect(Math.abs(bar!.getBoundingClientRect().top + 2 - touchpointCell(el, 'desk').getBoundingClientRect().bottom)).to.be.lessThan(3);
    await sendMouse({ type: 'up' });
    await settle(el);
    expect(ids(el)).to.deep.equal(['reminder', 'desk', 'portal', 'borrow']);
    expect(changes).to.have.length(1);
    expect(liveText(el)).to.equal('Moved “Renews on the portal” to Renew, 2 of 2');
  });

  it('drags an emotion point up and down, snapping to the scale: one replace, one undo step', async () => {
    const el = await editableMap(journey, { width: WIDE });
    const changes = record<CustomEvent<JourneyChangeDetail>>(el, 'journey-change');
    const handles = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.emotion-handle')];
    expect(handles.map((h) => h.dataset['id'])).to.deep.equal(['reminder', 'portal', 'desk', 'borrow']);
    expect(handles.every((h) => h.getAttribute('tabindex') === null && h.closest('[aria-hidden="true"]'))).to.equal(true);
    const handle = handles[0]!;
    const box = handle.getBoundingClientRect();
    const from: Point = [round(box.left + box.width / 2), round(box.top + box.height / 2)];
    // The curve is 112px tall with 14px margins: a scale of -3..3 is 14px a step. Up 2 steps and a bit.
    const to: Point = [from[0], from[1] - 2 * 14 - 4];
    await pressAndMove(from, to);
    await el.updateComplete;
    const value = el.shadowRoot!.querySelector('.drag-value');
    expect(value?.textContent?.replace(/\s+/g, ' ').trim()).to.equal('+2 pleased');
    const moved = handle.getBoundingClientRect();
    expect(moved.top, 'the handle snaps to the value, not the pointer').to.be.closeTo(box.top - 2 * 14, 0.5);
    await sendMouse({ type: 'up' });
    await settle(el);
    expect(changes).to.have.length(1);
    const detail = changes[0]!.detail;
    expect(detail.ops).to.deep.equal([{ op: 'replace', path: '/touchpoints/0/emotion', value: 2 }]);
    expect(detail.origin).to.equal('user');
    expectRoundTrip(journey, detail);
    expect(liveText(el)).to.match(/^Gets a reminder email: emotion 2 of −3 to 3/);
    expect(el.shadowRoot!.querySelector('.drag-value')).to.equal(null);
    const after = el.shadowRoot!.querySelector<HTMLElement>('.emotion-handle[data-id="reminder"]')!.getBoundingClientRect();
    expect(after.top, 'redrawn at the new value').to.be.closeTo(box.top - 2 * 14, 0.5);

    // Far below the curve: clamped to the scale's minimum.
    const [x, y] = [round(after.left + after.width / 2), round(after.top + after.height / 2)];
    await dragFromTo(el, [x, y], [x, y + 400]);
    expect(changes).to.have.length(2);
    expect(changes[1]!.detail.ops).to.deep.equal([{ op: 'replace', path: '/touchpoints/0/emotion', value: -3 }]);
    expect(el.undo()).to.equal(true);
    expect(el.undo()).to.equal(true);
    await settle(el);
    expect(el.canUndo, 'one step per drag').to.equal(false);
    expect(el.toJSON()!.touchpoints[0]!.emotion).to.equal(0);
  });

  it('keeps a drag working when a patch from elsewhere changes the journey meanwhile', async () => {
    const el = await editableMap(journey, { width: WIDE });
    const changes = record<CustomEvent<JourneyChangeDetail>>(el, 'journey-change');
    await pressAndMove(inCell(el, 'portal'), inCell(el, 'portal', 1.2));
    // A collaborator moves "desk" to the front, into "Notice": "portal" shifts a column on.
    const remote = [
      { op: 'move', from: '/touchpoints/2', path: '/touchpoints/0' },
      { op: 'replace', path: '/touchpoints/0/stage', value: 'notice' },
    ];
    expect(await el.applyPatch(remote)).to.equal(true);
    await settle(el);
    expect(ids(el)).to.deep.equal(['desk', 'reminder', 'portal', 'borrow']);
    expect(touchpointCell(el, 'portal').hasAttribute('data-dragging'), 'the lifted card is still "portal"').to.equal(true);
    expect(touchpointCell(el, 'reminder').hasAttribute('data-dragging'), 'not the card now in its old column').to.equal(false);
    // Dropped before "borrow", in "Use".
    const [x, y] = inCell(el, 'borrow', 0.2);
    await sendMouse({ type: 'move', position: [x - 5, y] });
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'up' });
    await settle(el);
    expect(changes).to.have.length(2);
    expect(changes[0]!.detail.origin).to.equal('remote');
    const detail = changes[1]!.detail;
    expect(detail.origin).to.equal('user');
    expect(detail.journey.touchpoints.map((t) => [t.id, t.stage])).to.deep.equal([
      ['desk', 'notice'],
      ['reminder', 'notice'],
      ['portal', 'use'],
      ['borrow', 'use'],
    ]);
    expectRoundTrip(changes[0]!.detail.journey, detail);
    expect(liveText(el)).to.equal('Moved “Renews on the portal” to Use, 1 of 2');
    expect(el.undo()).to.equal(true);
    expect(el.canUndo, 'the remote patch is not in the history').to.equal(false);
  });

  it('cancels with a message when the dragged touchpoint is removed meanwhile', async () => {
    const el = await editableMap(journey, { width: WIDE });
    const changes = record<CustomEvent<JourneyChangeDetail>>(el, 'journey-change');
    await pressAndMove(inCell(el, 'desk'), inCell(el, 'reminder', 0.3));
    const removed = await el.applyPatch([
      { op: 'remove', path: '/touchpoints/2' },
      { op: 'replace', path: '/touchpoints/0/next', value: ['portal'] },
    ]);
    expect(removed).to.equal(true);
    await settle(el);
    await sendMouse({ type: 'move', position: inCell(el, 'reminder', 0.2) });
    await sendMouse({ type: 'up' });
    await settle(el);
    expect(changes.map((c) => c.detail.origin)).to.deep.equal(['remote']);
    expect(liveText(el)).to.equal('“Renews at the desk” was removed meanwhile: nothing changed');
    expect(el.shadowRoot!.querySelector('[data-dragging]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.drop-bar')).to.equal(null);
  });

  it('has no axe violations with the handles and during a drag', async () => {
    const el = await editableMap(journey, { width: WIDE });
    expect(el.shadowRoot!.querySelectorAll('.emotion-handle')).to.have.length(4);
    await expect(el).to.be.accessible();
    await pressAndMove(inCell(el, 'portal'), inCell(el, 'desk', 0.8));
    await el.updateComplete;
    await expect(el).to.be.accessible();
    await press('Escape');
    await sendMouse({ type: 'up' });
  });

  it('draws the indicator with borders and outlines that forced colours keep', async () => {
    const el = await editableMap(journey, { width: WIDE });
    await withForcedColors(async () => {
      await pressAndMove(inCell(el, 'portal'), inCell(el, 'desk', 0.8));
      await el.updateComplete;
      const bar = getComputedStyle(el.shadowRoot!.querySelector('.drop-bar')!);
      const surface = getComputedStyle(el.shadowRoot!.querySelector('.root')!).backgroundColor;
      expect(bar.borderInlineStartStyle).to.equal('solid');
      expect(bar.borderInlineStartWidth).to.equal('4px');
      expect(bar.borderInlineStartColor).to.not.equal(surface);
      const stage = getComputedStyle(el.shadowRoot!.querySelector('.drop-stage')!);
      expect(stage.outlineStyle).to.equal('dashed');
      expect(stage.outlineColor).to.not.equal(surface);
      await press('Escape');
      await sendMouse({ type: 'up' });
    });
  });
});

describe('drag and drop rules (pure)', () => {
  it('finds the slot under the pointer along the reading axis', () => {
    const boxes = [
      { col: 0, start: 0, end: 100 },
      { col: 1, start: 120, end: 220 },
    ];
    expect(slotAt([], 5)).to.equal(null);
    expect(slotAt(boxes, -50)).to.deep.equal({ col: 0, side: 'before' });
    expect(slotAt(boxes, 49)).to.deep.equal({ col: 0, side: 'before' });
    expect(slotAt(boxes, 51)).to.deep.equal({ col: 0, side: 'after' });
    expect(slotAt(boxes, 110), 'the gap after a cell').to.deep.equal({ col: 0, side: 'after' });
    expect(slotAt(boxes, 500)).to.deep.equal({ col: 1, side: 'after' });
  });

  it('counts touchpoints a persona filter hides, and knows a drop where it started', async () => {
    const journey = await fixtureJson('map/two-personas.en.json');
    // Olav's map: "portal" (Ines's) is hidden, so "desk" is the first card shown in Renew.
    const layout = computeLayout(journey, { persona: 'olav' });
    const desk = layout.columnOf.get('desk')!;
    expect(dropTarget(journey, layout, 'reminder', { col: desk, side: 'before' })).to.deep.equal({ stage: 'renew', position: 1, count: 3 });
    expect(dropTarget(journey, layout, 'desk', { col: desk, side: 'after' }), 'onto itself').to.equal(null);
    const all = computeLayout(journey);
    expect(dropTarget(journey, all, 'desk', { col: all.columnOf.get('portal')!, side: 'after' }), 'right after its neighbour: where it is').to.equal(null);
    expect(dropTarget(journey, all, 'gone', { col: 0, side: 'after' })).to.equal(null);
  });

  it('maps emotions to the curve and back, snapping and clamping', () => {
    const scale = { min: -3, max: 3, labels: {} };
    expect(emotionY(3, scale, 112)).to.equal(14);
    expect(emotionY(-3, scale, 112)).to.equal(98);
    for (let v = -3; v <= 3; v++) expect(emotionAt(emotionY(v, scale, 112) + 6, scale, 112)).to.equal(v);
    expect(emotionAt(-100, scale, 112)).to.equal(3);
    expect(emotionAt(500, scale, 112)).to.equal(-3);
  });
});
