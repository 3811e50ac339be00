/** <emotion-curve>: accessibility checks (axe, tab stops, names). */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/emotion-curve.js';
import { settle, $, $$, pointAt, tooltip, SERIES, seriesCurve } from './helpers.js';

describe('<emotion-curve>', () => {
  describe('accessibility', () => {
    it('passes axe in the light theme', async () => {
      const el = await seriesCurve();
      await expect(el).to.be.accessible();
    });

    it('passes axe in the dark theme', async () => {
      const el = await seriesCurve({ theme: 'dark' });
      await expect(el).to.be.accessible();
    });

    it('passes axe in RTL with a focused point and its tooltip', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div dir="rtl" lang="ar"><emotion-curve .series=${SERIES}></emotion-curve></div>
      `);
      const el = wrapper.querySelector('emotion-curve')!;
      await settle(el);
      el.focus();
      await settle(el);
      await expect(el).to.be.accessible();
    });

    it('draws a focus ring on the focused point', async () => {
      const el = await seriesCurve();
      el.focus();
      await settle(el);
      const hit = el.shadowRoot!.activeElement!.querySelector('.hit')!;
      const style = getComputedStyle(hit);
      expect(style.stroke).not.to.equal('none');
      expect(parseFloat(style.strokeWidth)).to.be.at.least(2);
    });

    it('does not animate under prefers-reduced-motion', async () => {
      const el = await seriesCurve();
      const line = $(el, '[part~="line"]')!;
      const point = pointAt(el, 0, 0)!;
      expect(getComputedStyle(line).transitionDuration).not.to.equal('0s');
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        expect(getComputedStyle(line).transitionDuration).to.equal('0s');
        expect(getComputedStyle(point).transitionDuration).to.equal('0s');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('hides decoration from assistive technology', async () => {
      const el = await seriesCurve();
      for (const part of ['line', 'band']) {
        for (const node of $$(el, `[part~="${part}"]`)) expect(node.getAttribute('aria-hidden')).to.equal('true');
      }
      expect($(el, '[part~="axis"]')!.closest('[aria-hidden="true"]')).not.to.equal(null);
      expect(tooltip(el).getAttribute('aria-hidden')).to.equal('true');
    });
  });
});
