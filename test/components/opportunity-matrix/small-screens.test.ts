/**
 * <opportunity-matrix> on a phone and at 400 % zoom (a 1280 × 1024 window zoomed to 320 × 256
 * CSS pixels): no sideways page scroll, and whatever has focus wholly on screen, left to right
 * and right to left; the matrix keeps its full size where there is room.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { Journey } from '../../../src/model/types.js';
import { matrix as matrixOf, points, press, type OpportunityMatrix } from './helpers.js';

/** Crowded corners: four points share the top corner of least effort, three the cell beside it, five the opposite corner. */
const CROWDED: Journey = {
  version: 1,
  title: 'Crowded',
  stages: [{ id: 's', name: 'Stage' }],
  touchpoints: [
    {
      id: 't',
      stage: 's',
      title: 'Touchpoint',
      opportunities: [
        ...Array.from({ length: 4 }, (_, i) => ({ id: `corner${i}`, text: `Corner ${i}`, impact: 5, effort: 1 })),
        ...Array.from({ length: 3 }, (_, i) => ({ id: `beside${i}`, text: `Beside ${i}`, impact: 5, effort: 2 })),
        ...Array.from({ length: 5 }, (_, i) => ({ id: `far${i}`, text: `Far ${i}`, impact: 1, effort: 5 })),
      ],
    },
  ],
};

type Dir = 'ltr' | 'rtl';

/** The matrix in English (`ltr`) or Arabic (`rtl`), with the page scrolled to its top. */
async function matrix(dir: Dir, view: 'matrix' | 'table' = 'matrix', journey?: Journey): Promise<OpportunityMatrix> {
  const el = await matrixOf(journey, { locale: dir === 'rtl' ? 'ar' : 'en', view });
  // A test before may have left the page scrolled; each starts at its top.
  window.scrollTo(0, 0);
  return el;
}

const focused = (el: OpportunityMatrix) => el.shadowRoot!.activeElement as HTMLElement | null;

/** Fails unless `rect` lies inside `frame`, give or take a pixel (scroll offsets are whole pixels, boxes not). */
function expectInside(rect: DOMRect, frame: { left: number; top: number; right: number; bottom: number }, what: string): void {
  expect(rect.left, `${what}: left`).to.be.at.least(frame.left - 1);
  expect(rect.top, `${what}: top`).to.be.at.least(frame.top - 1);
  expect(rect.right, `${what}: right`).to.be.at.most(frame.right + 1);
  expect(rect.bottom, `${what}: bottom`).to.be.at.most(frame.bottom + 1);
}

const viewport = () => ({ left: 0, top: 0, right: innerWidth, bottom: innerHeight });

/** Fails unless the element in focus is wholly in the viewport, and inside the table's scroller when it is in the table. */
function expectFocusOnScreen(el: OpportunityMatrix, what: string): void {
  const target = focused(el);
  expect(target, `${what}: focus in the element`).to.not.equal(null);
  const rect = target!.getBoundingClientRect();
  expectInside(rect, viewport(), `${what} (${target!.localName}.${target!.className})`);
  const scroller = target!.closest('.table-scroll');
  if (scroller && scroller !== target) expectInside(rect, scroller.getBoundingClientRect(), `${what}: inside the table's scroller`);
}

function expectNoSidewaysScroll(el: OpportunityMatrix): void {
  expect(el.scrollWidth, 'the element is no wider than the viewport').to.be.at.most(innerWidth);
  expect(document.documentElement.scrollWidth, 'the page does not scroll sideways').to.be.at.most(innerWidth);
}

/** Tabs from the page's start through the element; checks each stop, and returns what took focus. */
async function tabThrough(el: OpportunityMatrix, what: string): Promise<HTMLElement[]> {
  (document.activeElement as HTMLElement | null)?.blur();
  const stops: HTMLElement[] = [];
  for (let i = 0; i < 40; i++) {
    await press(el, 'Tab');
    if (document.activeElement !== el) break;
    expectFocusOnScreen(el, `${what}, Tab stop ${i + 1}`);
    stops.push(focused(el)!);
  }
  return stops;
}

describe('<opportunity-matrix> on small screens', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  for (const dir of ['ltr', 'rtl'] as const) {
    describe(`at 320 px, 400 % zoom (${dir})`, () => {
      beforeEach(async () => {
        await setViewport({ width: 320, height: 256 });
      });

      it('shrinks the matrix to fit, with no sideways scroll', async () => {
        const el = await matrix(dir);
        expectNoSidewaysScroll(el);
        const box = el.shadowRoot!.querySelector('[part="matrix"]')!.getBoundingClientRect();
        expect(box.width, 'smaller than its 24rem').to.be.below(24 * 16);
        expect(box.width, 'still a usable size').to.be.above(200);
        expect(box.height, 'square').to.be.closeTo(box.width, 1);
        for (const q of el.shadowRoot!.querySelectorAll<HTMLElement>('[part="quadrant"]')) {
          expectInside(q.getBoundingClientRect(), box, `quadrant name ${q.dataset.quadrant}`);
        }
      });

      it('keeps every point a 24 px target, wholly on screen as the keys move focus', async () => {
        const el = await matrix(dir);
        for (const b of points(el)) {
          expect(b.offsetWidth, `${b.dataset.key}: target width`).to.be.at.least(24);
          expect(b.offsetHeight, `${b.dataset.key}: target height`).to.be.at.least(24);
        }
        const stops = await tabThrough(el, 'matrix view');
        // Five status boxes, the view radios, then the matrix's one tab stop.
        expect(stops.map((s) => s.localName)).to.deep.equal(['input', 'input', 'input', 'input', 'input', 'input', 'button']);
        await press(el, 'Shift+Tab'); // back from the page's end to the matrix's tab stop
        expect(focused(el)!.part.contains('point')).to.equal(true);
        const reached = new Set<string>();
        const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
        for (const key of ['Home', forward, forward, forward, forward, 'End', 'ArrowUp', 'ArrowUp', 'ArrowDown', 'Home', 'ArrowDown']) {
          await press(el, key);
          expectFocusOnScreen(el, `after ${key}`);
          reached.add(focused(el)!.dataset.key!);
        }
        expect([...reached].sort()).to.deep.equal(['costs', 'faq', 'guide', 'human', 'rebuild']);
      });

      it('spreads points that share a cell a whole target apart, inside the frame', async () => {
        const el = await matrix(dir, 'matrix', CROWDED);
        expectNoSidewaysScroll(el);
        const frame = el.shadowRoot!.querySelector('[part="matrix"]')!.getBoundingClientRect();
        const boxes = points(el).map((b) => ({ key: b.dataset.key!, box: b.getBoundingClientRect() }));
        for (const { key, box } of boxes) expectInside(box, frame, `point ${key} inside the frame`);
        const cell = (key: string) => key.replace(/\d+$/, '');
        for (const a of boxes) {
          for (const b of boxes) {
            if (a.key >= b.key || cell(a.key) !== cell(b.key)) continue;
            const apart = Math.max(Math.abs(a.box.x - b.box.x), Math.abs(a.box.y - b.box.y));
            expect(apart, `${a.key} and ${b.key} do not overlap`).to.be.at.least(24 - 0.5);
          }
        }
        // Every point is still reached by the keys, and shown whole when it is.
        points(el)[0].focus();
        const reached = new Set<string>();
        // Home is the least effort, End the most: forward from one end, back from the other.
        const [forward, back] = dir === 'rtl' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowRight', 'ArrowLeft'];
        for (const key of ['Home', ...Array<string>(12).fill(forward), 'End', ...Array<string>(12).fill(back)]) {
          await press(el, key);
          expectFocusOnScreen(el, `crowded, after ${key}`);
          reached.add(focused(el)!.dataset.key!);
        }
        expect(reached.size).to.equal(12);
      });

      it('scrolls the table inside its own region, with each Tab stop on screen', async () => {
        const el = await matrix(dir, 'table');
        expectNoSidewaysScroll(el);
        const region = el.shadowRoot!.querySelector<HTMLElement>('.table-scroll')!;
        expect(region.scrollWidth, 'the table is wider than the screen: it scrolls').to.be.above(region.clientWidth);
        expect(region.getAttribute('role')).to.equal('region');
        expect(el.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!)!.textContent).to.equal(dir === 'rtl' ? 'الفرص مرتبة حسب نسبة الأثر إلى الجهد' : 'Opportunities ranked by impact over effort');
        const stops = await tabThrough(el, 'table view');
        // Three sort buttons and one button per opportunity, each scrolled into view in turn.
        expect(stops.filter((s) => region.contains(s))).to.have.length(3 + 6);
        // From a button in the table, the arrow keys scroll the region to the columns without one.
        const open = el.shadowRoot!.querySelector<HTMLElement>('button.open')!;
        open.focus();
        const start = region.scrollLeft;
        for (let i = 0; i < 20; i++) await press(el, dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight');
        // Keyboard scrolling is animated: measure once the region has come to rest.
        for (let last = NaN; region.scrollLeft !== last; ) {
          last = region.scrollLeft;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        expect(Math.abs(region.scrollLeft - start), 'scrolled towards the inline end').to.be.above(100);
        const painPoints = region.querySelector('tbody tr td:last-child')!.getBoundingClientRect();
        const { left, right } = region.getBoundingClientRect();
        expectInside(painPoints, { left, right, top: -Infinity, bottom: Infinity }, 'the last column, scrolled into view');
      });

      it('keeps the status filter on screen and working', async () => {
        const el = await matrix(dir);
        const boxes = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part="filter"] input')];
        const across = { ...viewport(), top: -Infinity, bottom: Infinity };
        expectInside(el.shadowRoot!.querySelector('[part="filter"]')!.getBoundingClientRect(), across, 'the filter, across');
        for (const box of boxes) expectInside(box.closest('label')!.getBoundingClientRect(), across, `status choice ${box.closest('label')!.textContent!.trim()}`);
        boxes[0].focus();
        await press(el, 'Space');
        expectFocusOnScreen(el, 'the first status box after Space');
        expect(el.getAttribute('status')).to.equal('planned,in-progress,done,dismissed');
        expect(points(el).map((b) => b.dataset.key)).to.not.include('guide');
        expectNoSidewaysScroll(el);
      });

      it('puts each quadrant’s name inside its quadrant, the least effort at the inline start', async () => {
        const el = await matrix(dir);
        const root = el.shadowRoot!;
        expect(getComputedStyle(root.querySelector('.root')!).direction).to.equal(dir);
        for (const quadrant of ['quick-win', 'major-project', 'fill-in', 'thankless']) {
          const area = root.querySelector(`.q.${quadrant}`)!.getBoundingClientRect();
          expectInside(root.querySelector(`[part="quadrant"][data-quadrant="${quadrant}"]`)!.getBoundingClientRect(), area, `the name of ${quadrant}`);
        }
        const frame = root.querySelector('[part="matrix"]')!.getBoundingClientRect();
        const quickWin = root.querySelector('.q.quick-win')!.getBoundingClientRect();
        expect(dir === 'rtl' ? quickWin.right : quickWin.left, 'quick wins at the inline start').to.be.closeTo(dir === 'rtl' ? frame.right : frame.left, 1);
      });
    });
  }

  it('breaks a long word of a quadrant name only where its catalogue allows, with a hyphen, at 320 px', async () => {
    await setViewport({ width: 320, height: 256 });
    let brokenAtHyphen = 0;
    for (const locale of ['fi', 'de', 'nb', 'pl']) {
      const el = await matrixOf(undefined, { locale });
      for (const label of el.shadowRoot!.querySelectorAll<HTMLElement>('[part="quadrant"]')) {
        const text = [...label.childNodes].find((n): n is Text => n instanceof Text && n.data.trim() !== '')!;
        const range = document.createRange();
        const lineOf = (i: number): number => {
          range.setStart(text, i);
          range.setEnd(text, i + 1);
          // A range just after a break also has an empty box at the end of the line before.
          const boxes = [...range.getClientRects()].filter((box) => box.width > 0);
          return Math.round(boxes[boxes.length - 1]!.top);
        };
        const letter = /\p{L}/u;
        // Soft hyphens have no box of their own unless a line ends at one: compare visible letters.
        for (let i = 1, previous = 0; i < text.data.length; i++) {
          if (text.data[i] === '\u00ad') continue;
          const inWord = letter.test(text.data[i]!) && letter.test(text.data[previous]!);
          if (inWord && lineOf(i) > lineOf(previous)) {
            // A new line starts inside a word: only right after a soft hyphen.
            const before = text.data.slice(0, i);
            expect(before.endsWith('\u00ad'), `${locale} "${text.data}" breaks after "${before}"`).to.equal(true);
            brokenAtHyphen++;
          }
          previous = i;
        }
      }
    }
    expect(brokenAtHyphen, 'some names do need a break at this size').to.be.above(0);
  });

  it('keeps its full 24rem where there is room, spreading shared cells by the cell', async () => {
    await setViewport({ width: 1280, height: 800 });
    for (const dir of ['ltr', 'rtl'] as const) {
      const el = await matrix(dir);
      const box = el.shadowRoot!.querySelector('[part="matrix"]')!.getBoundingClientRect();
      expect([box.width, box.height], dir).to.deep.equal([384, 384]);
      const [guide, costs] = ['guide', 'costs'].map((k) => el.shadowRoot!.querySelector(`[data-key="${k}"]`)!.getBoundingClientRect());
      // Two in a cell sit 40 % of the cell apart: 0.4 × 384 / 5.
      expect(Math.abs(guide.x - costs.x), dir).to.be.closeTo(30.72, 0.5);
    }
  });

  it('follows --jk-matrix-size, and shrinks it too when the room is narrower', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await matrix('ltr');
    el.style.setProperty('--jk-matrix-size', '30rem');
    expect(el.shadowRoot!.querySelector('[part="matrix"]')!.getBoundingClientRect().width).to.equal(480);
    el.style.inlineSize = '300px';
    expectInside(el.shadowRoot!.querySelector('[part="matrix"]')!.getBoundingClientRect(), el.getBoundingClientRect(), 'matrix inside a 300 px element');
  });
});
