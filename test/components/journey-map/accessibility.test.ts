/**
 * What a person meets, found by hand and missed by axe: the accessibility tree's names, where
 * focus goes, and whether the focused thing is fully on screen (geometry, and pixels where
 * something is drawn over it), at 320 px, in RTL, and in forced colours.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, setViewport } from '@web/test-runner-commands';
import { withForcedColors } from '../../helpers/media.js';
import { capturePixels, rgbOf, shareOfColor } from '../../helpers/pixels.js';
import type { Journey } from '../../../src/model/index.js';
import { active, axAll, fixtureJson, panel, press, settle, touchpointCell, type AxNode, type JourneyMap } from './helpers.js';

async function axTree(): Promise<AxNode> {
  return (await a11ySnapshot({})) as unknown as AxNode;
}

/** The focused element, through shadow roots. */
function deepActive(): Element | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

const frames = async (n = 2): Promise<void> => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};

async function mapAt(journey: Journey, { width, dir, locale }: { width?: number; dir?: 'ltr' | 'rtl'; locale?: string } = {}): Promise<JourneyMap> {
  const shown = { ...journey, ...(dir && { dir }), ...(locale && { locale }) };
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style=${width ? `width:${width}px` : ''}><journey-map .journey=${shown}></journey-map></div>`,
  );
  const el = wrapper.querySelector('journey-map')!;
  await settle(el);
  return el;
}

/** Fails unless `rect` lies inside the viewport (1 px slack for rounding). */
function expectInViewport(rect: DOMRect, what: string): void {
  expect(rect.left, `${what}: left`).to.be.at.least(-1);
  expect(rect.top, `${what}: top`).to.be.at.least(-1);
  expect(rect.right, `${what}: right`).to.be.at.most(innerWidth + 1);
  expect(rect.bottom, `${what}: bottom`).to.be.at.most(innerHeight + 1);
}

/**
 * Fails unless the focused cell is wholly visible: inside the viewport, inside the grid's
 * scroller, and clear of the sticky lane headers (inline start) in the wide layout.
 */
function expectCellRevealed(el: JourneyMap, what: string): void {
  const cell = active(el)!;
  expect(cell, `${what}: a focused cell`).to.not.equal(null);
  const rect = cell.getBoundingClientRect();
  expectInViewport(rect, what);
  const scroller = el.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
  const view = scroller.getBoundingClientRect();
  const rtl = getComputedStyle(scroller).direction === 'rtl';
  const laneHeader = el.shadowRoot!.querySelector<HTMLElement>('.lane-header');
  const sticky = laneHeader && laneHeader.offsetWidth > 0 ? laneHeader.getBoundingClientRect().width : 0;
  const headers = cell.matches('.lane-header, .stage') ? 0 : sticky;
  const start = rtl ? view.right - scroller.clientLeft - headers : view.left + scroller.clientLeft + headers;
  const end = rtl ? view.left + scroller.clientLeft : view.left + scroller.clientLeft + scroller.clientWidth;
  if (rtl) {
    expect(rect.right, `${what}: clear of the lane headers`).to.be.at.most(start + 1);
    expect(rect.left, `${what}: inside the scroller`).to.be.at.least(end - 1);
  } else {
    expect(rect.left, `${what}: clear of the lane headers`).to.be.at.least(start - 1);
    expect(rect.right, `${what}: inside the scroller`).to.be.at.most(end + 1);
  }
}

describe('journey-map accessibility, as a person meets it', () => {
  let retail: Journey;
  before(async () => {
    retail = await fixtureJson('map/retail.en.json');
  });
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  describe('the details dialog stays fully on screen', () => {
    for (const width of [320, 480, 1280]) {
      for (const dir of ['ltr', 'rtl'] as const) {
        it(`at ${width} px, ${dir}: dialog, close button and focus inside the viewport`, async () => {
          await setViewport({ width, height: 720 });
          const el = await mapAt(retail, { dir });
          for (const id of ['ig-ad', 'support-call', 'refers-friend']) {
            el.focusTouchpoint(id);
            await press('Enter');
            await settle(el);
            await frames(3);
            const dialog = panel(el)!;
            expect(dialog, `${id}: dialog open`).to.not.equal(null);
            expectInViewport(dialog.getBoundingClientRect(), `${id}: dialog`);
            const close = dialog.querySelector<HTMLElement>('button.close')!;
            expectInViewport(close.getBoundingClientRect(), `${id}: close button`);
            const focused = deepActive()!;
            expect(dialog.contains(focused), `${id}: focus in the dialog`).to.equal(true);
            expectInViewport(focused.getBoundingClientRect(), `${id}: focused title`);
            await press('Escape');
            await settle(el);
          }
        });
      }
    }
  });

  it('names every built cell in the accessibility tree, also those scrolled out of view', async () => {
    await setViewport({ width: 1000, height: 720 });
    const el = await mapAt(retail);
    await frames(3);
    const cells = axAll(await axTree(), (n) => n.role === 'gridcell');
    expect(cells.length, 'built cells').to.be.greaterThan(retail.touchpoints.length);
    const blank = cells.filter((n) => !n.name?.trim());
    expect(blank.length, `blank cells: ${blank.length} of ${cells.length}`).to.equal(0);
    const touchpoints = cells.filter((n) => n.name.includes('Touchpoints'));
    expect(touchpoints.length).to.equal(el.shadowRoot!.querySelectorAll('.lane-touchpoints [role="gridcell"]').length);
  });

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`after every move the whole cell is visible and clear of the sticky headers (${dir})`, async () => {
      await setViewport({ width: 1000, height: 720 });
      const el = await mapAt(retail, { dir });
      el.focusTouchpoint('ig-ad');
      await frames();
      const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
      const backward = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
      for (let i = 1; i < retail.touchpoints.length; i++) {
        await press(forward);
        await frames();
        expectCellRevealed(el, `${forward} #${i}`);
      }
      for (let i = 1; i < retail.touchpoints.length; i++) {
        await press(backward);
        await frames();
        expectCellRevealed(el, `${backward} #${i}`);
      }
      for (const key of ['End', 'Home', 'PageDown', 'PageDown', 'Control+End', 'PageUp', 'Control+Home', 'ArrowDown', 'ArrowDown', 'End']) {
        await press(key);
        await frames();
        expectCellRevealed(el, key);
      }
    });
  }

  it('names touchpoint cells once: no title repeated from the hidden card', async () => {
    await setViewport({ width: 1280, height: 720 });
    await mapAt(retail);
    const cells = axAll(await axTree(), (n) => n.role === 'gridcell' && n.name.includes('Touchpoints:'));
    expect(cells.length).to.equal(retail.touchpoints.length);
    for (const tp of retail.touchpoints) {
      const cell = cells.find((n) => n.name.includes(`Touchpoints: ${tp.title}`))!;
      expect(cell, tp.id).to.not.equal(undefined);
      expect(cell.name.split(tp.title).length - 1, `${tp.id}: "${cell.name}"`).to.equal(1);
      expect(cell.name.endsWith('.'), `${tp.id} ends with its summary: "${cell.name}"`).to.equal(true);
    }
  });

  it("draws the focus ring over the emotion curve's bands, not under them", async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await mapAt(retail);
    const row = [...el.shadowRoot!.querySelectorAll('[role="row"]')].findIndex((r) => r.classList.contains('lane-emotions')) - 1;
    const bands = el.shadowRoot!.querySelector('emotion-curve')!.shadowRoot!.querySelectorAll('[part~="band"]');
    expect(bands.length, 'the fixture draws range bands').to.be.greaterThan(0);
    el.focusTouchpoint('chat');
    for (let i = 0; i < row; i++) await press('ArrowDown');
    await frames(3);
    const cell = active(el)!;
    expect(cell.closest('.lane-emotions'), 'focus on the emotions lane').to.not.equal(null);
    // The ring's colour: the theme token, resolved in the map's own styles.
    const probe = document.createElement('span');
    probe.style.color = 'var(--_jk-color-focus-ring)';
    el.shadowRoot!.append(probe);
    const ring = rgbOf(getComputedStyle(probe).color);
    probe.remove();
    const rect = cell.getBoundingClientRect();
    // The ring's inline-start edge, one pixel wide, down the part of the cell the curve covers.
    const curve = el.shadowRoot!.querySelector('emotion-curve')!.getBoundingClientRect();
    // outline-offset −4px: a ring of width w covers 4 − w to 4 px inside the cell's edge.
    const ringWidth = parseFloat(getComputedStyle(cell, '::after').outlineWidth) || parseFloat(getComputedStyle(cell).outlineWidth);
    const pixels = await capturePixels({ x: rect.left + 4 - Math.ceil(ringWidth / 2), y: Math.max(rect.top, curve.top) + 6, width: 1, height: Math.min(rect.bottom, curve.bottom) - Math.max(rect.top, curve.top) - 12 });
    expect(shareOfColor(pixels, ring), 'share of the ring painted in its colour').to.be.at.least(0.95);
  });

  it('reaches column and row headers from the grid and says their content', async () => {
    await setViewport({ width: 1280, height: 720 });
    const el = await mapAt(retail);
    el.focusTouchpoint('ig-ad');
    await press('ArrowUp');
    let focused = active(el)!;
    expect(focused.getAttribute('role')).to.equal('columnheader');
    let node = axAll(await axTree(), (n) => Boolean(n.focused))[0]!;
    expect(node.role).to.equal('columnheader');
    expect(node.name).to.contain('Awareness');
    expect(node.description).to.contain('The customer first learns about the brand.');
    expect(node.description).to.contain('Notice the brand');
    expect(node.description).to.contain('Ad click-through to site');
    await press('ArrowRight');
    focused = active(el)!;
    expect(focused.textContent).to.contain('Consideration');
    await press('ArrowDown');
    expect(active(el)!.dataset['id']).to.equal('product-page');
    await press('Home');
    await press('ArrowLeft');
    focused = active(el)!;
    expect(focused.getAttribute('role')).to.equal('rowheader');
    node = axAll(await axTree(), (n) => Boolean(n.focused))[0]!;
    expect(node.name).to.equal('Touchpoints');
    await press('ArrowDown');
    expect(active(el)!.textContent!.trim()).to.equal('Actions');
    await press('ArrowRight');
    expect(active(el)!.dataset['col']).to.equal('0');
    expect(active(el)!.closest('.lane-actions')).to.not.equal(null);
    // Still one tab stop: the header is the tab stop while focused.
    expect(el.shadowRoot!.querySelectorAll('[role="grid"] [tabindex="0"]').length).to.equal(1);
  });

  it('says that Enter opens a touchpoint’s details', async () => {
    await setViewport({ width: 1280, height: 720 });
    await mapAt(retail);
    const cells = axAll(await axTree(), (n) => n.role === 'gridcell' && n.name.includes('Touchpoints:'));
    expect(cells.length).to.be.greaterThan(0);
    for (const cell of cells) expect(cell.haspopup, cell.name).to.equal('dialog');
  });

  it('separates list items in names and says "none" for an empty cell', async () => {
    const journey = await fixtureJson('map/two-personas.en.json');
    await setViewport({ width: 1280, height: 720 });
    await mapAt(journey);
    const cells = axAll(await axTree(), (n) => n.role === 'gridcell');
    const pain = cells.find((n) => n.name.startsWith('Renew, Renews on the portal, Pain points'))!;
    expect(pain.name).to.match(/Password reset loop\W+Severity: High\W*; Slow page/);
    const empty = cells.find((n) => n.name.startsWith('Later, Emotions'))!;
    expect(empty.name).to.equal('Later, Emotions: none');
  });

  it('makes the persona legend one tab stop with arrow keys, and a way back to all personas', async () => {
    await setViewport({ width: 1280, height: 720 });
    const el = await mapAt(retail);
    const group = el.shadowRoot!.querySelector<HTMLElement>('[part~="legend"]')!;
    expect(group.getAttribute('role')).to.equal('radiogroup');
    const options = [...group.querySelectorAll<HTMLElement>('[role="radio"]')];
    expect(options.length).to.equal(3);
    expect(options.filter((o) => o.tabIndex === 0).length, 'one tab stop').to.equal(1);
    options[0]!.focus();
    await press('ArrowRight');
    expect(el.persona).to.equal('maria');
    await settle(el);
    expect(active(el)!.getAttribute('aria-checked')).to.equal('true');
    await press('ArrowRight');
    await settle(el);
    expect(el.persona).to.equal('ola');
    await press('Tab');
    expect(active(el)!.getAttribute('role'), 'Tab leaves the legend for the grid').to.equal('gridcell');
    await press('Shift+Tab');
    await press('Home');
    await settle(el);
    expect(el.persona ?? null, 'Home goes back to all personas').to.equal(null);
    const node = axAll(await axTree(), (n) => n.role === 'radio' && n.checked === true)[0]!;
    expect(node.name).to.equal('All personas');
  });

  it('takes punctuation of hidden prefixes from the locale (Arabic comma)', async () => {
    const journey = await fixtureJson('map/two-personas.en.json');
    await setViewport({ width: 1280, height: 720 });
    await mapAt(journey, { locale: 'ar' });
    const cells = axAll(await axTree(), (n) => n.role === 'gridcell');
    // The journey's own words are bidi-isolated in a right-to-left map: FSI … PDI around them.
    const named = cells.filter((n) => n.name.replace(/[\u2066-\u2069]/g, '').startsWith('Renew'));
    expect(named.length).to.be.greaterThan(2);
    for (const cell of named) expect(cell.name, cell.name).to.not.contain(', ');
    expect(named.some((n) => n.name.includes('،'))).to.equal(true);
  });

  it('draws the curve lines in one system colour under forced colours', async () => {
    await setViewport({ width: 1280, height: 720 });
    const el = await mapAt(retail);
    await withForcedColors(async () => {
      await frames(2);
      const curve = el.shadowRoot!.querySelector('emotion-curve')!;
      const lines = [...curve.shadowRoot!.querySelectorAll<SVGPathElement>('[part~="line"]')];
      expect(lines.length).to.equal(2);
      const strokes = new Set(lines.map((l) => getComputedStyle(l).stroke));
      expect(strokes.size, [...strokes].join(' ')).to.equal(1);
      const text = getComputedStyle(el.shadowRoot!.querySelector('.title')!).color;
      expect([...strokes][0]).to.equal(text);
    });
  });

  it('keeps a focused cell revealed at 320 px in the stacked layout', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await mapAt(retail);
    el.focusTouchpoint('ig-ad');
    for (let i = 0; i < 6; i++) {
      await press('ArrowRight');
      await frames();
      expectInViewport(active(el)!.getBoundingClientRect(), `move ${i}`);
    }
    const cell = touchpointCell(el, 'click-collect');
    expect(cell).to.not.equal(null);
  });
});
