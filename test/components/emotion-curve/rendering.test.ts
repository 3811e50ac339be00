/** <emotion-curve>: drawing: lines, markers, bands, zones, axis, curves, sizes, direction and forced colours. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { EmotionCurve } from '../../../src/emotion-curve.js';
import { withForcedColors } from '../../helpers/media.js';
import '../../../src/emotion-curve.js';
import { settle, $, $$, xy, pointAt, DATA, SERIES, seriesCurve } from './helpers.js';

describe('<emotion-curve>', () => {
  describe('rendering', () => {
    it('renders a line and points from the data attribute', async () => {
      const el = await fixture<EmotionCurve>(html`<emotion-curve data=${DATA}></emotion-curve>`);
      await settle(el);
      expect($$(el, '[part~="line"]')).to.have.length(1);
      expect($$(el, '[part~="point"]')).to.have.length(4);
      expect($(el, '[part~="line"]')!.getAttribute('d')).to.match(/^M/);
    });

    it('accepts { "series": [...] } in the data attribute', async () => {
      const el = await fixture<EmotionCurve>(html`
        <emotion-curve data=${JSON.stringify({ series: SERIES })}></emotion-curve>
      `);
      await settle(el);
      expect($$(el, '[part~="line"]')).to.have.length(3);
    });

    it('renders from the points property', async () => {
      const el = await fixture<EmotionCurve>(html`
        <emotion-curve .points=${[{ label: 'A', value: 1 }, { label: 'B', value: -1 }]}></emotion-curve>
      `);
      await settle(el);
      expect($$(el, '[part~="line"]')).to.have.length(1);
      expect($$(el, '[part~="point"]')).to.have.length(2);
    });

    it('draws one path per series with distinct dash arrays and marker shapes', async () => {
      const el = await seriesCurve();
      const lines = $$(el, '[part~="line"]');
      expect(lines).to.have.length(3);
      const dashes = new Set(lines.map((l) => l.getAttribute('stroke-dasharray')));
      expect(dashes.size).to.equal(3);
      const shapes = new Set($$(el, '.series').map((g) => g.getAttribute('data-marker')));
      expect(shapes.size).to.equal(3);
      const markerPaths = new Set([0, 1, 2].map((s) => pointAt(el, s, 0)!.querySelector('.marker')!.getAttribute('d')));
      expect(markerPaths.size).to.equal(3);
    });

    it('keeps series apart in forced colours, where every line gets the same system colour', async () => {
      await withForcedColors(async () => {
        const el = await seriesCurve();
        const lines = $$<SVGPathElement>(el, '[part~="line"]');
        const strokes = new Set(lines.map((l) => getComputedStyle(l).stroke));
        expect(strokes.size, 'one system colour').to.equal(1);
        expect([...strokes][0]).to.not.match(/^(none|transparent|rgba\(0, 0, 0, 0\))$/);
        expect(new Set(lines.map((l) => getComputedStyle(l).strokeDasharray)).size, 'dash patterns').to.equal(3);
        const markers = [0, 1, 2].map((s) => pointAt(el, s, 0)!.querySelector('.marker')!);
        expect(new Set(markers.map((m) => m.getAttribute('d'))).size, 'marker shapes').to.equal(3);
        for (const marker of markers) expect(getComputedStyle(marker).fill).to.not.equal('none');
      });
    });

    it('lets series win over points', async () => {
      const el = await seriesCurve({ points: [{ label: 'X', value: 1 }] });
      expect($$(el, '[part~="line"]')).to.have.length(3);
    });

    it('draws a range band for each series with ranges', async () => {
      const el = await seriesCurve();
      expect($$(el, '[part~="band"]')).to.have.length(1);
      const single = await fixture<EmotionCurve>(html`<emotion-curve data=${DATA}></emotion-curve>`);
      await settle(single);
      const band = $(single, '[part~="band"]')!;
      expect(band.getAttribute('d')).to.match(/^M/);
    });

    it('leaves a gap for unmeasured points', async () => {
      const el = await fixture<EmotionCurve>(html`
        <emotion-curve
          .points=${[
            { label: 'A', value: 1 },
            { label: 'B', value: 2 },
            { label: 'C', value: null },
            { label: 'D', value: Number.NaN },
            { label: 'E', value: -1 },
            { label: 'F', value: 0 },
          ]}
        ></emotion-curve>
      `);
      await settle(el);
      const d = $(el, '[part~="line"]')!.getAttribute('d')!;
      expect(d.match(/M/g)).to.have.length(2);
      expect($$(el, '[part~="point"]')).to.have.length(4);
      expect(pointAt(el, 0, 2)).to.equal(null);
    });

    it('draws the baseline at 0 when 0 is inside the scale', async () => {
      const el = await fixture<EmotionCurve>(html`
        <emotion-curve .points=${[{ label: 'A', value: 0 }, { label: 'B', value: 3 }]}></emotion-curve>
      `);
      await settle(el);
      const y = Number($(el, '[part~="baseline"]')!.getAttribute('y1'));
      expect(y).to.be.closeTo(xy(pointAt(el, 0, 0)!).y, 0.01);
      const ticks = $$(el, '[part~="axis"] text').map((t) => t.textContent!.trim());
      expect(ticks).to.deep.equal(['3', '0', '\u22123']);
    });

    it('draws the baseline at the midpoint when 0 is outside the scale (1…5)', async () => {
      const el = await fixture<EmotionCurve>(html`
        <emotion-curve .scale=${{ min: 1, max: 5 }} .points=${[{ label: 'A', value: 3 }, { label: 'B', value: 5 }]}></emotion-curve>
      `);
      await settle(el);
      const y = Number($(el, '[part~="baseline"]')!.getAttribute('y1'));
      expect(y).to.be.closeTo(xy(pointAt(el, 0, 0)!).y, 0.01);
      const ticks = $$(el, '[part~="axis"] text').map((t) => t.textContent!.trim());
      expect(ticks).to.deep.equal(['5', '1']);
      // The positive zone ends where the negative one starts: at the baseline.
      const pos = $(el, '[part~="zone-positive"]')!;
      expect(Number(pos.getAttribute('y')) + Number(pos.getAttribute('height'))).to.be.closeTo(y, 0.01);
    });

    it('honours min and max attributes over the scale', async () => {
      const el = await fixture<EmotionCurve>(html`
        <emotion-curve min="-5" max="5" .points=${[{ label: 'A', value: 5 }]}></emotion-curve>
      `);
      await settle(el);
      const ticks = $$(el, '[part~="axis"] text').map((t) => t.textContent!.trim());
      expect(ticks).to.deep.equal(['5', '0', '\u22125']);
    });

    it('shows the scale words at the axis extremes', async () => {
      const el = await fixture<EmotionCurve>(html`
        <emotion-curve
          .scale=${{ min: -3, max: 3, labels: { '-3': 'Furious', '3': 'Thrilled' } }}
          .points=${[{ label: 'A', value: 1 }]}
        ></emotion-curve>
      `);
      await settle(el);
      const words = $$(el, '[part~="axis"] .word').map((t) => t.textContent);
      expect(words).to.deep.equal(['Thrilled', 'Furious']);
    });

    it('draws with the chosen curve', async () => {
      const points = [
        { label: 'A', value: 1 },
        { label: 'B', value: -2 },
        { label: 'C', value: 2 },
      ];
      const el = await fixture<EmotionCurve>(html`<emotion-curve .points=${points}></emotion-curve>`);
      await settle(el);
      const monotone = $(el, '[part~="line"]')!.getAttribute('d')!;
      expect(monotone).to.contain('C');
      el.curve = 'linear';
      await settle(el);
      const linear = $(el, '[part~="line"]')!.getAttribute('d')!;
      expect(linear).not.to.contain('C');
      el.curve = 'step';
      await settle(el);
      const step = $(el, '[part~="line"]')!.getAttribute('d')!;
      expect(step).not.to.equal(linear);
      expect(step.match(/L/g)!.length).to.be.greaterThan(linear.match(/L/g)!.length);
    });

    it('uses the given positions for x and sizes the drawing to them', async () => {
      const positions = [100, 250, 420];
      const el = await seriesCurve({ positions });
      positions.forEach((x, i) => expect(xy(pointAt(el, 0, i)!).x).to.equal(x));
      expect(Number($(el, 'svg')!.getAttribute('width'))).to.equal(420 + 16);
    });

    it('mirrors the x axis in RTL, positions included', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div dir="rtl" style="width: 600px"><emotion-curve .series=${SERIES}></emotion-curve></div>
      `);
      const el = wrapper.querySelector('emotion-curve')!;
      await settle(el);
      expect(xy(pointAt(el, 0, 0)!).x).to.be.greaterThan(xy(pointAt(el, 0, 2)!).x);
      el.positions = [100, 250, 420];
      await settle(el);
      const width = Number($(el, 'svg')!.getAttribute('width'));
      expect(xy(pointAt(el, 0, 0)!).x).to.equal(width - 100);
      expect(xy(pointAt(el, 0, 2)!).x).to.equal(width - 420);
    });

    it('mirrors for a right-to-left locale', async () => {
      const el = await fixture<EmotionCurve>(html`<emotion-curve locale="ar" data=${DATA}></emotion-curve>`);
      await settle(el);
      expect(xy(pointAt(el, 0, 0)!).x).to.be.greaterThan(xy(pointAt(el, 0, 3)!).x);
    });

    it('follows its container width (ResizeObserver)', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div style="width: 600px"><emotion-curve data=${DATA}></emotion-curve></div>
      `);
      const el = wrapper.querySelector('emotion-curve')!;
      await settle(el);
      expect(Number($(el, 'svg')!.getAttribute('width'))).to.equal(600);
      const lastX = xy(pointAt(el, 0, 3)!).x;
      wrapper.style.width = '400px';
      await waitUntil(() => $(el, 'svg')!.getAttribute('width') === '400', 'drawing did not follow the container');
      expect(xy(pointAt(el, 0, 3)!).x).to.be.lessThan(lastX);
    });

    it('takes its height from the height attribute', async () => {
      const el = await fixture<EmotionCurve>(html`<emotion-curve height="240" data=${DATA}></emotion-curve>`);
      await settle(el);
      expect($(el, 'svg')!.getAttribute('height')).to.equal('240');
    });

    it('colours series from the persona palette or their color', async () => {
      const el = await seriesCurve({
        series: [{ ...SERIES[0]!, color: 'rebeccapurple' }, SERIES[1]!],
      });
      const groups = $$<SVGGElement>(el, '.series');
      expect(groups[0]!.style.getPropertyValue('--_c')).to.equal('rebeccapurple');
      expect(groups[1]!.style.getPropertyValue('--_c')).to.contain('--_jk-color-persona-2');
    });
  });
});
