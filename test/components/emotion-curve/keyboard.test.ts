/** <emotion-curve>: keyboard navigation on the element (the rules themselves: next-point.test.ts). */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EmotionCurve, PointFocusDetail } from '../../../src/emotion-curve.js';
import '../../../src/emotion-curve.js';
import { settle, $$, focusedRef, DATA, SERIES } from './helpers.js';

describe('<emotion-curve>', () => {
  describe('keyboard', () => {
    async function withButtons(dir: 'ltr' | 'rtl' = 'ltr'): Promise<{ el: EmotionCurve; before: HTMLButtonElement; after: HTMLButtonElement }> {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div dir=${dir} style="width: 600px">
          <button id="before">before</button>
          <emotion-curve .series=${SERIES}></emotion-curve>
          <button id="after">after</button>
        </div>
      `);
      const el = wrapper.querySelector('emotion-curve')!;
      await settle(el);
      return {
        el,
        before: wrapper.querySelector<HTMLButtonElement>('#before')!,
        after: wrapper.querySelector<HTMLButtonElement>('#after')!,
      };
    }

    it('is one tab stop', async () => {
      const { el, before, after } = await withButtons();
      expect($$(el, '[tabindex="0"]')).to.have.length(1);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(el);
      expect(focusedRef(el)).to.equal('0:0');
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(after);
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(document.activeElement).to.equal(el);
    });

    it('moves with arrows, Home and End, keeping one tab stop', async () => {
      const { el } = await withButtons();
      el.focus();
      expect(focusedRef(el)).to.equal('0:0');
      await sendKeys({ press: 'ArrowRight' });
      expect(focusedRef(el)).to.equal('0:1');
      await sendKeys({ press: 'End' });
      expect(focusedRef(el)).to.equal('0:2');
      await sendKeys({ press: 'ArrowRight' }); // stays at the end
      expect(focusedRef(el)).to.equal('0:2');
      await sendKeys({ press: 'ArrowLeft' });
      expect(focusedRef(el)).to.equal('0:1');
      await sendKeys({ press: 'Home' });
      expect(focusedRef(el)).to.equal('0:0');
      await el.updateComplete;
      expect($$(el, '[tabindex="0"]')).to.have.length(1);
      expect(el.shadowRoot!.activeElement!.getAttribute('tabindex')).to.equal('0');
    });

    it('moves between series with Up and Down, to the same point or else the nearest one', async () => {
      const { el } = await withButtons();
      el.focus();
      await sendKeys({ press: 'ArrowRight' }); // Chat, Maria
      await sendKeys({ press: 'ArrowDown' }); // Ahmed's Chat is not measured: his nearest point, the earlier on a tie
      expect(focusedRef(el)).to.equal('1:0');
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedRef(el)).to.equal('2:0');
      await sendKeys({ press: 'ArrowRight' }); // Chat, Lee
      await sendKeys({ press: 'ArrowUp' }); // Ahmed again: nearest to Chat
      expect(focusedRef(el)).to.equal('1:0');
      await sendKeys({ press: 'ArrowUp' });
      expect(focusedRef(el)).to.equal('0:0');
      await sendKeys({ press: 'ArrowUp' }); // no series above
      expect(focusedRef(el)).to.equal('0:0');
      await sendKeys({ press: 'End' });
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedRef(el)).to.equal('1:2');
    });

    it('skips unmeasured points along a line', async () => {
      const { el } = await withButtons();
      el.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedRef(el)).to.equal('1:0');
      await sendKeys({ press: 'ArrowRight' }); // Ahmed's Chat is not measured
      expect(focusedRef(el)).to.equal('1:2');
    });

    it('remembers the last point when focus leaves and comes back', async () => {
      const { el, before } = await withButtons();
      el.focus();
      await sendKeys({ press: 'End' });
      before.focus();
      await el.updateComplete;
      await sendKeys({ press: 'Tab' });
      expect(focusedRef(el)).to.equal('0:2');
    });

    it('mirrors arrows in RTL', async () => {
      const { el } = await withButtons('rtl');
      el.focus();
      await sendKeys({ press: 'ArrowLeft' });
      expect(focusedRef(el)).to.equal('0:1');
      await sendKeys({ press: 'ArrowRight' });
      expect(focusedRef(el)).to.equal('0:0');
    });

    it('fires point-focus on keyboard moves, not on property changes', async () => {
      const { el } = await withButtons();
      el.focus();
      const next = oneEvent(el, 'point-focus');
      await sendKeys({ press: 'ArrowRight' });
      const event = (await next) as CustomEvent<PointFocusDetail>;
      expect(event.detail.index).to.equal(1);
      expect(event.detail.seriesId).to.equal('maria');
      expect(event.detail.point).to.equal(SERIES[0]!.points[1]);
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);

      let fired = 0;
      el.addEventListener('point-focus', () => fired++);
      el.series = SERIES.map((s) => ({ ...s, points: s.points.map((p) => ({ ...p })) }));
      el.scale = { min: -4, max: 4 };
      await settle(el);
      expect(fired).to.equal(0);
    });

    it('fires point-focus with a null seriesId for a single line', async () => {
      const el = await fixture<EmotionCurve>(html`<emotion-curve data=${DATA}></emotion-curve>`);
      await settle(el);
      const next = oneEvent(el, 'point-focus');
      el.focus();
      const event = (await next) as CustomEvent<PointFocusDetail>;
      expect(event.detail).to.deep.include({ index: 0, seriesId: null });
      expect(event.detail.point).to.deep.include({ label: 'Ad', value: 1 });
    });
  });
});
