/** <emotion-curve>: work done per change (no timings). */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EmotionSeries } from '../../../src/emotion-curve.js';
import '../../../src/emotion-curve.js';
import { settle, $, $$, focusedRef, seriesCurve } from './helpers.js';

describe('<emotion-curve>', () => {
  describe('performance', () => {
    it('leaves the drawing alone when only focus moves', async () => {
      const el = await seriesCurve();
      el.focus();
      await settle(el);
      const mutations: MutationRecord[] = [];
      const observer = new MutationObserver((records) => mutations.push(...records));
      for (const selector of ['[part~="line"]', '[part~="band"]', '[part~="zone-positive"]', '.series[data-series="2"]']) {
        observer.observe($(el, selector)!, { attributes: true, subtree: true, childList: true });
      }
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      observer.disconnect();
      expect(focusedRef(el)).to.equal('0:1');
      expect(mutations.map((m) => `${(m.target as Element).getAttribute('class')} ${m.attributeName}`)).to.deep.equal([]);
    });

    it('draws 3 × 1000 points and moves focus along them', async () => {
      const series: EmotionSeries[] = ['a', 'b', 'c'].map((id, s) => ({
        id,
        name: id.toUpperCase(),
        points: Array.from({ length: 1000 }, (_, i) => ({
          label: `P${i}`,
          value: Math.round(Math.sin(i / 20 + s) * 30) / 10,
          ...(i % 7 === 0 ? { min: -3, max: 3 } : {}),
        })),
      }));
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1200px"></div>`);
      const el = document.createElement('emotion-curve');
      el.series = series;
      wrapper.append(el);
      await settle(el);
      expect($$(el, '[part~="point"]')).to.have.length(3000);
      el.focus();
      for (let k = 0; k < 10; k++) await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(focusedRef(el)).to.equal('0:10');
      expect($$(el, '[tabindex="0"]')).to.have.length(1);
    });
  });
});
