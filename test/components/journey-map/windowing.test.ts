/**
 * A wide map builds only what is in (or near) its scroll viewport: the touchpoints lane has a
 * named cell for every column, the cards and the other lanes' cells come with the columns in
 * view, more as the map scrolls or as focus jumps.
 */
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import { ColumnWindow } from '../../../src/components/journey-map/column-window.js';
import { active, cellAt, generatedJourney, mapFixture, nameOf, press, settle, type JourneyMap } from './helpers.js';

const COUNT = 300;

/** Columns whose touchpoint cell holds a card. */
function cardColumns(el: JourneyMap): number[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('.cell[data-id]')]
    .filter((cell) => cell.querySelector('touchpoint-card'))
    .map((cell) => Number(cell.dataset['col']));
}

describe('journey-map windowing', function () {
  this.timeout(60000);

  it('names every touchpoint cell but builds cards and other lanes only for the columns in view', async () => {
    const el = await mapFixture(generatedJourney(COUNT), 800);
    const root = el.shadowRoot!;
    const grid = root.querySelector('[role="grid"]')!;
    const lanes = root.querySelectorAll('[role="rowheader"]').length;
    expect(grid.getAttribute('aria-colcount')).to.equal(String(COUNT + 1));
    expect(grid.getAttribute('aria-rowcount')).to.equal(String(lanes + 1));

    // Every touchpoint has its cell, named from the model even without a card.
    const cells = [...root.querySelectorAll<HTMLElement>('.cell[data-id]')];
    expect(cells).to.have.length(COUNT);
    cells.forEach((cell, i) => {
      expect(cell.getAttribute('role')).to.equal('gridcell');
      expect(nameOf(cell), `tp-${i}`).to.contain(`Touchpoint ${i + 1}`).and.to.contain('Touchpoints:');
    });
    expect(nameOf(cells[0]!)).to.equal(`Stage 1, Touchpoints: ${cells[0]!.querySelector('touchpoint-card')!.accessibleSummary}`);

    // Cards only for the few columns in and near the 800px view.
    const built = cardColumns(el);
    expect(built.length).to.be.within(3, 10);
    expect(Math.max(...built)).to.be.lessThan(10);
    // The other lanes have cells for those columns only, each with its column index.
    const others = [...root.querySelectorAll<HTMLElement>('.cell:not(.lane-touchpoints *)')];
    const rows = root.querySelectorAll('.row:not(.head)');
    for (const row of [...rows].slice(1)) {
      const rowCells = [...row.querySelectorAll<HTMLElement>('[role="gridcell"]')];
      expect(rowCells.map((c) => Number(c.dataset['col']))).to.deep.equal(built);
      for (const cell of rowCells) {
        expect(cell.getAttribute('aria-colindex')).to.equal(String(Number(cell.dataset['col']) + 2));
        expect(nameOf(cell)).to.match(/^Stage 1, Touchpoint \d+, /);
      }
    }
    expect(others.length).to.equal(built.length * (lanes - 1));
  });

  it('gives the light cells of columns not built their names in the accessibility tree', async () => {
    await mapFixture(generatedJourney(COUNT), 800);
    interface AxNode {
      role: string;
      name: string;
      children?: AxNode[];
    }
    const names: string[] = [];
    const walk = (node: AxNode): void => {
      if (node.role === 'gridcell' && node.name.includes(', Touchpoints: ')) names.push(node.name);
      node.children?.forEach(walk);
    };
    walk((await a11ySnapshot({})) as unknown as AxNode);
    expect(names).to.have.length(COUNT);
    // Far beyond the view, without a card: named from the model all the same.
    expect(names[COUNT - 1]).to.match(new RegExp(`^Stage 10, Touchpoints: .*Touchpoint ${COUNT}\\b`));
  });

  it('builds more columns as the map scrolls', async () => {
    const el = await mapFixture(generatedJourney(COUNT), 800);
    const scroller = el.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    const width = cellAt(el, 0, 0).getBoundingClientRect().width;
    scroller.scrollLeft = width * 150;
    await waitUntil(() => cardColumns(el).includes(151), 'the columns scrolled to are built');
    await settle(el);
    const built = cardColumns(el);
    // The ones built first stay; nothing far beyond the view is built.
    expect(built).to.include(0);
    expect(Math.max(...built)).to.be.lessThan(160);
    const actions = cellAt(el, 1, 151);
    expect(actions, 'the actions cell of a column in view').not.to.equal(null);
    expect(nameOf(actions)).to.equal('Stage 6, Touchpoint 152, Actions: Does step 152');
    // The connectors crossing the view are drawn.
    expect(el.shadowRoot!.querySelectorAll('[part~="connector"][data-from="tp-150"]')).to.have.length(1);
  });

  it('Ctrl+End focuses the last cell at once and builds its column; focusTouchpoint reaches any touchpoint', async () => {
    const el = await mapFixture(generatedJourney(COUNT), 800);
    const lastRow = el.shadowRoot!.querySelectorAll('[role="rowheader"]').length - 1;
    expect(el.focusTouchpoint('tp-0')).to.equal(true);
    await press('Control+End');
    const cell = active(el)!;
    expect([Number(cell.dataset['row']), Number(cell.dataset['col'])]).to.deep.equal([lastRow, COUNT - 1]);
    expect(cell.getAttribute('aria-colindex')).to.equal(String(COUNT + 1));
    expect(nameOf(cell)).to.contain(`Touchpoint ${COUNT}`);
    await press('ArrowUp');
    await nextFrame();
    await settle(el);
    expect(cardColumns(el)).to.include(COUNT - 1);

    expect(el.focusTouchpoint('tp-120')).to.equal(true);
    expect(active(el)!.dataset['id']).to.equal('tp-120');
    await settle(el);
    expect(cardColumns(el)).to.include(120);
    // Arrow keys go on from there into columns built as they come into view.
    await press('ArrowRight');
    expect(active(el)!.dataset['id']).to.equal('tp-121');
  });

  describe('a map too large to name every touchpoint in its first render', () => {
    const LARGE = 3000;

    /** The touchpoints lane's cells, in document order. */
    const touchpointCells = (el: JourneyMap): HTMLElement[] =>
      [...el.shadowRoot!.querySelector('.lane-touchpoints')!.children].filter((child): child is HTMLElement => child.classList.contains('cell'));

    /** A map right after its first render, before the rest of its light cells are made. */
    async function firstRender(): Promise<JourneyMap> {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:800px"></div>`);
      const el = document.createElement('journey-map');
      el.journey = generatedJourney(LARGE);
      wrapper.append(el);
      await el.updateComplete;
      return el;
    }

    const allNamed = (el: JourneyMap) => () => touchpointCells(el).length === LARGE;

    it('names every touchpoint cell, in column order, once rendering settles', async () => {
      const el = await firstRender();
      expect(touchpointCells(el).length, 'cells of the first render').to.be.within(1, LARGE - 1);
      await waitUntil(allNamed(el), 'every touchpoint gets its cell', { timeout: 30000 });
      const cells = touchpointCells(el);
      cells.forEach((cell, i) => {
        expect(cell.dataset['col'], `cell ${i}`).to.equal(String(i));
        expect(cell.getAttribute('role')).to.equal('gridcell');
        expect(nameOf(cell), `tp-${i}`).to.contain(`Touchpoint ${i + 1}`).and.to.contain('Touchpoints:');
        // In order, each cell's place in the row is its column: no cell needs an index of its own.
        expect(cell.hasAttribute('aria-colindex'), `tp-${i}`).to.equal(false);
      });
    });

    it('lands a jump to the last column while the cells are still being made, and keeps focus on it', async () => {
      const el = await firstRender();
      expect(el.focusTouchpoint('tp-0')).to.equal(true);
      expect(allNamed(el)(), 'still naming').to.equal(false);
      active(el)!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true, cancelable: true }));
      const last = active(el)!;
      expect(last.dataset['id']).to.equal(`tp-${LARGE - 1}`);
      expect(nameOf(last)).to.contain(`Touchpoint ${LARGE}`);
      // Cells before it are missing: it says its column itself and sits in it.
      expect(last.getAttribute('aria-colindex')).to.equal(String(LARGE + 1));
      const first = touchpointCells(el)[0]!;
      const width = first.getBoundingClientRect().width;
      expect(last.getBoundingClientRect().left - first.getBoundingClientRect().left).to.be.closeTo((LARGE - 1) * width, 1);

      await waitUntil(allNamed(el), 'every touchpoint gets its cell', { timeout: 30000 });
      await settle(el);
      // The same element, still focused, now in its place among the others.
      expect(active(el)).to.equal(last);
      expect(touchpointCells(el)[LARGE - 1]).to.equal(last);
      active(el)!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, composed: true, cancelable: true }));
      expect(active(el)!.dataset['id']).to.equal(`tp-${LARGE - 2}`);
    });
  });

  it('ColumnWindow: the touchpoint cells are the named columns and the built ones beyond, counted per block', () => {
    const columns = new ColumnWindow();
    columns.resize(10);
    expect(columns.nameUpTo(3)).to.equal(true);
    expect(columns.nameUpTo(2), 'naming never shrinks').to.equal(false);
    columns.build(7, 9);
    expect(columns.touchpointColumnsIn(0, 10)).to.deep.equal([0, 1, 2, 7, 8]);
    expect(columns.touchpointColumnsIn(2, 8)).to.deep.equal([2, 7]);
    expect([columns.builtIn(0, 8), columns.builtIn(8, 64), columns.namedIn(0, 64), columns.namedIn(4, 8)]).to.deep.equal([1, 1, 3, 0]);
    expect(columns.allNamed).to.equal(false);
    expect(columns.nameUpTo(64)).to.equal(true);
    expect([columns.named, columns.allNamed]).to.deep.equal([10, true]);
    // A smaller map keeps what it can.
    columns.resize(5);
    expect([columns.named, columns.builtIn(0, 5)]).to.deep.equal([5, 0]);
    expect(columns.touchpointColumnsIn(0, 64)).to.deep.equal([0, 1, 2, 3, 4]);
  });
});
