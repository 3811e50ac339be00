/** <emotion-curve>: the tooltip following focus and hover. */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/emotion-curve.js';
import { settle, $, pointAt, focusedLabel, tooltip, tooltipShown, SERIES, seriesCurve } from './helpers.js';

describe('<emotion-curve>', () => {
  describe('tooltip', () => {
    it('follows focus with the point name and hides on Escape and blur', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div style="width: 600px"><emotion-curve .series=${SERIES}></emotion-curve><button>after</button></div>
      `);
      const el = wrapper.querySelector('emotion-curve')!;
      await settle(el);
      expect(tooltipShown(el)).to.equal(false);
      el.focus();
      await settle(el);
      expect(tooltipShown(el)).to.equal(true);
      expect(tooltip(el).textContent!.trim()).to.equal(focusedLabel(el));
      expect(tooltip(el).getAttribute('role')).to.equal('tooltip');
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      expect(tooltip(el).textContent!.trim()).to.equal(focusedLabel(el));
      expect(focusedLabel(el)).to.contain('Chat, Maria');

      await sendKeys({ press: 'Escape' });
      await settle(el);
      expect(tooltipShown(el)).to.equal(false);

      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      expect(tooltipShown(el)).to.equal(true);

      wrapper.querySelector('button')!.focus();
      await settle(el);
      expect(tooltipShown(el)).to.equal(false);
    });

    it('is placed next to the focused point', async () => {
      const el = await seriesCurve();
      el.focus();
      await settle(el);
      await nextFrame();
      const tip = tooltip(el).getBoundingClientRect();
      const point = el.shadowRoot!.activeElement!.getBoundingClientRect();
      expect(tip.bottom).to.be.at.most(point.top + 1);
      expect(Math.abs(tip.left + tip.width / 2 - (point.left + point.width / 2))).to.be.lessThan(tip.width / 2 + 1);
    });

    it('shows on hover through one delegated listener and hides when the pointer leaves', async () => {
      const el = await seriesCurve();
      const point = pointAt(el, 2, 1)!;
      point.querySelector('.hit')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      await settle(el);
      expect(tooltipShown(el)).to.equal(true);
      expect(tooltip(el).textContent!.trim()).to.equal(point.getAttribute('aria-label'));
      $(el, '[part~="base"]')!.dispatchEvent(new PointerEvent('pointerleave'));
      await settle(el);
      expect(tooltipShown(el)).to.equal(false);
    });

    it('goes away cleanly when the element is removed while shown', async () => {
      const errors: unknown[] = [];
      const onError = (e: ErrorEvent): void => void errors.push(e.error);
      window.addEventListener('error', onError);
      const el = await seriesCurve();
      el.focus();
      await settle(el);
      const tip = tooltip(el);
      expect(tip.matches(':popover-open')).to.equal(true);
      el.parentElement!.remove();
      await nextFrame();
      // Scrolling and resizing would poke a leftover autoUpdate.
      window.dispatchEvent(new Event('resize'));
      window.dispatchEvent(new Event('scroll'));
      await nextFrame();
      await nextFrame();
      window.removeEventListener('error', onError);
      expect(tip.matches(':popover-open')).to.equal(false);
      expect(errors).to.deep.equal([]);
    });
  });
});
