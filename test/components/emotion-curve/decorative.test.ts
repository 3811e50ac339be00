/** <emotion-curve>: the decorative mode (a picture only). */
import { expect, fixture, html } from '@open-wc/testing';
import type { EmotionCurve, EmotionSeries } from '../../../src/emotion-curve.js';
import '../../../src/emotion-curve.js';
import { settle, $, $$ } from './helpers.js';

describe('<emotion-curve>', () => {
  describe('decorative', () => {
    const series: EmotionSeries[] = [
      { id: 'a', name: 'Ada', points: [{ label: 'One', value: 2, min: 1, max: 3 }, { label: 'Two', value: -1 }, { label: 'Three', value: 1 }] },
      { id: 'b', name: 'Bo', points: [{ label: 'One', value: -2 }, { label: 'Two', value: 0 }, { label: 'Three', value: 3 }] },
    ];

    it('draws the same lines, bands and markers as a picture: hidden, no tab stop, no tooltip, no table', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px">
        <emotion-curve .series=${series}></emotion-curve><emotion-curve decorative .series=${series}></emotion-curve>
      </div>`);
      const [full, picture] = [...wrapper.querySelectorAll('emotion-curve')] as EmotionCurve[];
      await settle(full!);
      await settle(picture!);
      expect(picture!.decorative).to.equal(true);
      const lines = (el: EmotionCurve) => $$(el, '[part~="line"]').map((line) => line.getAttribute('d'));
      expect(lines(picture!)).to.deep.equal(lines(full!));
      expect($(picture!, '[part~="band"]')!.getAttribute('d')).to.equal($(full!, '[part~="band"]')!.getAttribute('d'));
      expect($$(picture!, '.marker')).to.have.length(6);
      expect($(picture!, 'svg')!.getAttribute('aria-hidden')).to.equal('true');
      expect($(picture!, 'svg')!.hasAttribute('role')).to.equal(false);
      expect($$(picture!, '[tabindex], [part~="point"], [part~="tooltip"], [part~="table"]')).to.have.length(0);
      picture!.focus();
      expect(picture!.shadowRoot!.activeElement).to.equal(null);
      await expect(picture!).to.be.accessible();
    });

    it('puts the highlighted series on top and keeps the others dimmed', async () => {
      const el = await fixture<EmotionCurve>(html`<emotion-curve decorative highlight="a" .series=${series}></emotion-curve>`);
      await settle(el);
      const groups = $$(el, 'svg > .series, svg > .front');
      expect(groups.map((g) => `${g.getAttribute('class')}`)).to.deep.equal(['series dimmed', 'front highlighted']);
      expect(groups[1]!.getAttribute('data-series')).to.equal('0');
    });

    it('turns back into the interactive chart when the attribute goes', async () => {
      const el = await fixture<EmotionCurve>(html`<emotion-curve decorative .series=${series}></emotion-curve>`);
      await settle(el);
      el.decorative = false;
      await settle(el);
      expect($$(el, '[part~="point"]')).to.have.length(6);
      expect($$(el, '[tabindex="0"]')).to.have.length(1);
      expect($(el, '[part~="table"]')).to.not.equal(null);
    });
  });
});
