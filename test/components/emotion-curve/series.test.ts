/** <emotion-curve>: several series: sparse columns and highlight. */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { EmotionCurve, PointFocusDetail } from '../../../src/emotion-curve.js';
import { AA_GRAPHICS, composite, contrastRatio, resolveCssColor } from '../../../src/theme/contrast.js';
import { captureWarnings } from '../../helpers/console.js';
import '../../../src/emotion-curve.js';
import { settle, $, $$, xy, pointAt, focusedRef, tooltipShown, DATA, SPARSE, sparseCurve, lineOf, runs, xRange } from './helpers.js';

describe('<emotion-curve>', () => {
  describe('columns (sparse series)', () => {
    it('places each point in the column of its index', async () => {
      const el = await sparseCurve();
      // Six columns spread evenly over 660px, less the 44px axis gutter and 16px end margin.
      const step = (660 - 44 - 16) / 6;
      for (const [s, i] of [[0, 0], [0, 2], [0, 4], [1, 1], [1, 3], [2, 5]] as const) {
        expect(xy(pointAt(el, s, i)!).x, `${s}:${i}`).to.be.closeTo(44 + step * (i + 0.5), 0.01);
      }
      expect(pointAt(el, 0, 1)).to.equal(null);
      expect(pointAt(el, 2, 4)).to.equal(null); // not measured
    });

    it('connects a series across the columns of other series', async () => {
      const el = await sparseCurve();
      const maria = lineOf(el, 0).getAttribute('d')!;
      expect(runs(maria), maria).to.equal(1);
      expect(runs(lineOf(el, 1).getAttribute('d')!)).to.equal(1);
      // The line really passes the columns in between: it spans first to last point.
      const [from, to] = xRange(maria);
      expect(from).to.be.closeTo(xy(pointAt(el, 0, 0)!).x, 0.01);
      expect(to).to.be.closeTo(xy(pointAt(el, 0, 4)!).x, 0.01);
      // The same without the monotone curve: straight segments from point to point.
      el.curve = 'linear';
      await settle(el);
      const [a, b, c] = [0, 2, 4].map((i) => xy(pointAt(el, 0, i)!));
      const r = (n: number): number => Math.round(n * 100) / 100;
      expect(lineOf(el, 0).getAttribute('d')).to.equal(`M${r(a!.x)},${r(a!.y)}L${r(b!.x)},${r(b!.y)}L${r(c!.x)},${r(c!.y)}`);
    });

    it('still breaks a line at a point that is not measured', async () => {
      const el = await sparseCurve();
      // Lee: Ad (0) … Pay (4, not measured) … App (5): two separate runs.
      expect(runs(lineOf(el, 2).getAttribute('d')!)).to.equal(2);
      el.series = [{ id: 'x', name: 'X', points: [{ index: 0, label: 'A', value: 1 }, { index: 3, label: 'B', value: Number.NaN }, { index: 6, label: 'C', value: 2 }, { index: 8, label: 'D', value: -1 }] }];
      await settle(el);
      expect(runs(lineOf(el, 0).getAttribute('d')!)).to.equal(2);
      expect($$(el, '[part~="point"]')).to.have.length(3);
    });

    it('draws a range band through the series\' own points only', async () => {
      const el = await sparseCurve({
        series: [{ id: 'a', name: 'A', points: [{ index: 1, label: 'X', value: 0, min: -1, max: 1 }, { index: 4, label: 'Y', value: 1, min: 0, max: 2 }] }, SPARSE[1]!],
      });
      const band = $(el, '[part~="band"]')!.getAttribute('d')!;
      expect(runs(band)).to.equal(1);
      const [from, to] = xRange(band);
      expect(from).to.be.closeTo(xy(pointAt(el, 0, 1)!).x, 0.01);
      expect(to).to.be.closeTo(xy(pointAt(el, 0, 4)!).x, 0.01);
    });

    it('spreads evenly over the largest index + 1 columns, and lines up with positions', async () => {
      const el = await sparseCurve({ series: [{ id: 'a', name: 'A', points: [{ index: 3, label: 'X', value: 1 }] }] });
      const step = (660 - 44 - 16) / 4;
      expect(xy(pointAt(el, 0, 3)!).x).to.be.closeTo(44 + step * 3.5, 0.01);

      el.series = SPARSE;
      el.positions = [60, 160, 260, 360, 460, 560];
      await settle(el);
      for (const [s, i] of [[0, 0], [0, 4], [1, 1], [1, 3], [2, 5]] as const) expect(xy(pointAt(el, s, i)!).x).to.equal(el.positions[i]);
      expect(Number($(el, 'svg')!.getAttribute('width'))).to.equal(560 + 16);
    });

    it('mirrors sparse series in RTL and keeps them connected', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" style="width: 660px"><emotion-curve .series=${SPARSE}></emotion-curve></div>`);
      const el = wrapper.querySelector('emotion-curve')!;
      await settle(el);
      expect(xy(pointAt(el, 0, 0)!).x).to.be.greaterThan(xy(pointAt(el, 1, 1)!).x);
      expect(xy(pointAt(el, 1, 1)!).x).to.be.greaterThan(xy(pointAt(el, 0, 2)!).x);
      expect(runs(lineOf(el, 0).getAttribute('d')!)).to.equal(1);
    });

    it('sorts points into column order and warns about bad or repeated indexes', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await sparseCurve({
          series: [
            {
              id: 'a',
              name: 'A',
              points: [
                { index: 4, label: 'E', value: 2 },
                { index: 0, label: 'A', value: 1 },
                { index: 1.5, label: 'half', value: 0 },
                { index: -1, label: 'minus', value: 0 },
                { index: 0, label: 'again', value: -2 },
                { index: 2, label: 'C', value: -1 },
              ],
            },
          ],
        });
        expect($$(el, '[part~="point"]').map((p) => p.getAttribute('data-i'))).to.deep.equal(['0', '2', '4']);
        expect(pointAt(el, 0, 0)!.getAttribute('aria-label')).to.match(/^A, A: 1 of/);
        expect(runs(lineOf(el, 0).getAttribute('d')!)).to.equal(1);
        const xs = [0, 2, 4].map((i) => xy(pointAt(el, 0, i)!).x);
        expect(xs).to.deep.equal([...xs].sort((a, b) => a - b));
        el.height = 200; // same input again: no second warning
        await settle(el);
      });
      expect(warnings).to.have.length(3);
      expect(warnings[0]).to.contain('series[0].points[2].index').and.to.contain('1.5');
      expect(warnings[1]).to.contain('series[0].points[3].index');
      expect(warnings[2]).to.contain('series[0].points[4].index').and.to.contain('column 0 already has a point');
    });

    it('mixes points with and without an index (array position by default)', async () => {
      const el = await sparseCurve({
        series: [
          { id: 'a', name: 'A', points: [{ label: 'A', value: 1 }, { label: 'B', value: 2 }, { label: 'C', value: 3 }] },
          { id: 'b', name: 'B', points: [{ label: 'B', value: -1, index: 1 }] },
        ],
      });
      expect(xy(pointAt(el, 1, 1)!).x).to.equal(xy(pointAt(el, 0, 1)!).x);
    });

    it('warns about positions that do not cover the largest index, and spreads evenly', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await sparseCurve({ positions: [10, 20, 30] });
        const step = (660 - 44 - 16) / 6;
        expect(xy(pointAt(el, 2, 5)!).x).to.be.closeTo(44 + step * 5.5, 0.01);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('positions').and.to.contain('expected 6 finite numbers');
    });

    it('tabulates one row per column, leaving a cell empty where a series has no point', async () => {
      const el = await sparseCurve();
      const table = $<HTMLTableElement>(el, 'table')!;
      const head = [...table.tHead!.rows[0]!.cells].map((c) => c.textContent!.trim());
      expect(head).to.deep.equal(['Touchpoint', 'Maria', 'Ola', 'Lee']);
      const rows = [...table.tBodies[0]!.rows].map((r) => [...r.cells].map((c) => c.textContent!.trim()));
      expect(rows.map((r) => r[0])).to.deep.equal(['Ad', 'Call', 'Chat', 'Store', 'Pay', 'App']);
      expect(rows[1]).to.deep.equal(['Call', '', '0 of \u22123 to 3, neutral', '']);
      expect(rows[2]).to.deep.equal([
        'Chat',
        '\u22123 of \u22123 to 3, frustrated, Range \u22123 to \u22121',
        '\u22121 of \u22123 to 3, unhappy',
        '',
      ]);
      expect(rows[4]).to.deep.equal(['Pay', '2 of \u22123 to 3, pleased', '', 'Not measured']);
      // Columns no series uses get no row.
      el.series = [{ id: 'a', name: 'A', points: [{ index: 0, label: 'First', value: 1 }, { index: 3, label: 'Last', value: 2 }] }];
      await settle(el);
      expect([...table.tBodies[0]!.rows].map((r) => r.cells[0]!.textContent!.trim())).to.deep.equal(['First', 'Last']);
    });

    it('names sparse points and reports their column in point-focus', async () => {
      const el = await sparseCurve();
      expect(pointAt(el, 1, 3)!.getAttribute('aria-label')).to.equal('Store, Ola: \u22122 of \u22123 to 3, unhappy');
      el.focus();
      const next = oneEvent(el, 'point-focus');
      await sendKeys({ press: 'ArrowRight' });
      const event = (await next) as CustomEvent<PointFocusDetail>;
      expect(event.detail.index).to.equal(2);
      expect(event.detail.seriesId).to.equal('maria');
      expect(event.detail.point).to.equal(SPARSE[0]!.points[1]);
    });

    it('moves by keyboard along and across sparse series', async () => {
      const el = await sparseCurve();
      el.focus();
      expect(focusedRef(el)).to.equal('0:0');
      await sendKeys({ press: 'ArrowRight' }); // skips Ola's column 1
      expect(focusedRef(el)).to.equal('0:2');
      await sendKeys({ press: 'ArrowDown' }); // Ola has column 2
      expect(focusedRef(el)).to.equal('1:2');
      await sendKeys({ press: 'ArrowDown' }); // Lee has 0 and 5: 0 is nearer
      expect(focusedRef(el)).to.equal('2:0');
      await sendKeys({ press: 'ArrowRight' }); // skips Lee's unmeasured Pay
      expect(focusedRef(el)).to.equal('2:5');
      await sendKeys({ press: 'ArrowDown' }); // no series below
      expect(focusedRef(el)).to.equal('2:5');
      await sendKeys({ press: 'ArrowUp' }); // Ola's nearest to 5 is 3
      expect(focusedRef(el)).to.equal('1:3');
      await sendKeys({ press: 'ArrowUp' }); // Maria's 2 and 4 tie: the earlier
      expect(focusedRef(el)).to.equal('0:2');
      await sendKeys({ press: 'End' });
      expect(focusedRef(el)).to.equal('0:4');
      await sendKeys({ press: 'ArrowLeft' });
      expect(focusedRef(el)).to.equal('0:2');
      await sendKeys({ press: 'Home' });
      expect(focusedRef(el)).to.equal('0:0');
      await el.updateComplete;
      expect($$(el, '[tabindex="0"]')).to.have.length(1);
    });

    it('skips a series with nothing measured when moving across', async () => {
      const el = await sparseCurve({
        series: [SPARSE[0]!, { id: 'none', name: 'None', points: [{ index: 1, label: 'X', value: null }] }, SPARSE[1]!],
      });
      el.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedRef(el)).to.equal('2:1');
    });

    it('keeps the tab stop on the nearest point of its series when the data changes', async () => {
      const el = await sparseCurve();
      el.focus();
      await sendKeys({ press: 'End' }); // Maria, column 4
      el.series = [{ ...SPARSE[0]!, points: SPARSE[0]!.points.filter((p) => p.index !== 4) }, ...SPARSE.slice(1)];
      await settle(el);
      expect($$(el, '[tabindex="0"]').map((p) => `${p.getAttribute('data-s')}:${p.getAttribute('data-i')}`)).to.deep.equal(['0:2']);
    });
  });

  describe('highlight', () => {
    const strokeWidth = (el: EmotionCurve, s: number): number => parseFloat(getComputedStyle(lineOf(el, s)).strokeWidth);

    it('draws the highlighted series on top and thicker, the others thinner and dashed', async () => {
      const el = await sparseCurve({ highlight: 'ola' });
      const lines = $$(el, '[part~="line"]');
      expect(lines.map((l) => l.getAttribute('data-series'))).to.deep.equal(['0', '2', '1']);
      expect(lineOf(el, 1).classList.contains('highlighted')).to.equal(true);
      expect(lineOf(el, 0).classList.contains('dimmed')).to.equal(true);
      expect(strokeWidth(el, 1)).to.be.closeTo(4, 0.01);
      expect(strokeWidth(el, 0)).to.be.closeTo(1.5, 0.01);
      expect(getComputedStyle(lineOf(el, 0)).strokeDasharray).to.equal('4px, 3px');
      expect(getComputedStyle(lineOf(el, 2)).strokeDasharray).to.equal('4px, 3px');
      expect(getComputedStyle(lineOf(el, 1)).strokeDasharray).to.equal('8px, 4px'); // its own pattern
      // Dimmed markers are smaller; the highlighted ones are repeated above every other marker.
      const marker = (s: number, i: number): number => pointAt(el, s, i)!.querySelector('.marker')!.getBoundingClientRect().width;
      expect(marker(0, 0)).to.be.lessThan(marker(1, 1));
      const front = $(el, '.front')!;
      expect(front.parentElement!.lastElementChild).to.equal(front);
      expect(front.getAttribute('aria-hidden')).to.equal('true');
      expect(front.querySelectorAll('.marker')).to.have.length(3);
      expect($$(el, '[part~="point"]')).to.have.length(8); // the copies are not points
      // The same column, the same value: the highlighted marker is what shows.
      const chat = pointAt(el, 1, 2)!.getBoundingClientRect();
      const hit = el.shadowRoot!.elementFromPoint(chat.left + chat.width / 2, chat.top + chat.height / 2);
      expect(hit?.closest('.point')).to.equal(pointAt(el, 1, 2), 'the pointer reaches the real point through the copy');
    });

    it('accepts the highlight attribute and goes back to equal lines without it', async () => {
      const el = await fixture<EmotionCurve>(html`<emotion-curve highlight="lee" .series=${SPARSE}></emotion-curve>`);
      await settle(el);
      expect(el.highlight).to.equal('lee');
      expect(lineOf(el, 2).classList.contains('highlighted')).to.equal(true);
      const normal = parseFloat(getComputedStyle(lineOf(el, 2)).strokeWidth);
      el.removeAttribute('highlight');
      await settle(el);
      expect($$(el, '.highlighted, .dimmed')).to.have.length(0);
      expect($(el, '.front')).to.equal(null);
      expect(strokeWidth(el, 2)).to.be.lessThan(normal);
      expect($$(el, '[part~="line"]').map((l) => l.getAttribute('data-series'))).to.deep.equal(['0', '1', '2']);
    });

    it('highlights nothing for an unknown id or a single line', async () => {
      const el = await sparseCurve({ highlight: 'nobody' });
      expect($$(el, '.highlighted, .dimmed')).to.have.length(0);
      const single = await fixture<EmotionCurve>(html`<emotion-curve highlight="" data=${DATA}></emotion-curve>`);
      await settle(single);
      expect($$(single, '.highlighted, .dimmed')).to.have.length(0);
    });

    it('keeps focus, tab stop and drawing of other series when the highlight changes', async () => {
      const el = await sparseCurve();
      el.focus();
      await sendKeys({ press: 'ArrowDown' }); // Ola, column 1
      const focused = el.shadowRoot!.activeElement;
      let fired = 0;
      el.addEventListener('point-focus', () => fired++);
      el.highlight = 'ola';
      await settle(el);
      expect(el.shadowRoot!.activeElement).to.equal(focused);
      expect(fired).to.equal(0);
      expect(tooltipShown(el)).to.equal(true);
      // The copy over the focused point grows with it.
      const copy = $(el, '.front .copy.active .marker')!;
      expect(copy.getBoundingClientRect().width).to.be.closeTo(focused!.querySelector('.marker')!.getBoundingClientRect().width, 0.5);
      el.highlight = 'maria';
      await settle(el);
      expect(el.shadowRoot!.activeElement).to.equal(focused);
      expect(fired).to.equal(0);
    });

    it('keeps every dimmed line at 3:1 against the background, where a 0.35 opacity would not', async () => {
      for (const theme of ['light', 'dark'] as const) {
        const el = await sparseCurve({ highlight: 'maria', theme });
        const style = getComputedStyle(el);
        const backgrounds = ['--_jk-color-surface', '--_jk-color-positive-surface', '--_jk-color-negative-surface'].map(
          (name) => resolveCssColor(style.getPropertyValue(name))!,
        );
        const contrastOf = (s: number): number => {
          const line = lineOf(el, s);
          const stroke = resolveCssColor(getComputedStyle(line).stroke)!;
          // Opacity of the path and of everything around it inside the drawing.
          let alpha = stroke.a;
          for (let node: Element | null = line; node && node.localName !== 'svg'; node = node.parentElement) alpha *= Number(getComputedStyle(node).opacity);
          return Math.min(...backgrounds.map((bg) => contrastRatio(composite({ ...stroke, a: alpha }, bg), bg)));
        };
        for (const s of [1, 2]) {
          expect(lineOf(el, s).classList.contains('dimmed')).to.equal(true);
          expect(contrastOf(s), `${theme}, series ${s}`).to.be.at.least(AA_GRAPHICS);
        }
        // Why the default is not a fade: the same lines at 0.35 fall below 3:1.
        el.style.setProperty('--jk-curve-dimmed-opacity', '0.35');
        expect(Number(getComputedStyle(lineOf(el, 1)).opacity)).to.be.closeTo(0.35, 0.001);
        expect(Math.min(contrastOf(1), contrastOf(2)), theme).to.be.below(AA_GRAPHICS);
      }
    });

    it('passes axe with a highlighted series, light and dark, with a dimmed point focused', async () => {
      const el = await sparseCurve({ highlight: 'ola' });
      await expect(el).to.be.accessible();
      el.theme = 'dark';
      el.focus();
      await settle(el);
      await expect(el).to.be.accessible();
    });

    it('does not animate the copies under prefers-reduced-motion', async () => {
      const el = await sparseCurve({ highlight: 'ola' });
      const copy = $(el, '.front .copy')!;
      expect(getComputedStyle(copy).transitionDuration).not.to.equal('0s');
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        expect(getComputedStyle(copy).transitionDuration).to.equal('0s');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });
  });
});
