/** <emotion-curve>: bad input: what is ignored, with one warning each. */
import { expect, fixture, html } from '@open-wc/testing';
import type { EmotionCurve } from '../../../src/emotion-curve.js';
import { captureWarnings } from '../../helpers/console.js';
import '../../../src/emotion-curve.js';
import { settle, $, $$, DATA } from './helpers.js';

describe('<emotion-curve>', () => {
  describe('bad input', () => {
    it('warns once about malformed JSON and renders nothing', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<EmotionCurve>(html`<emotion-curve data="[{ nope"></emotion-curve>`);
        await settle(el);
        expect($$(el, '[part~="point"]')).to.have.length(0);
        el.height = 200; // re-render with the same bad data
        await settle(el);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^emotion-curve: ignoring data: not valid JSON \(/);
    });

    it('treats non-numbers and out-of-scale values as not measured, warning once each', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<EmotionCurve>(html`
          <emotion-curve
            data=${JSON.stringify([
              { label: 'A', value: 1 },
              { label: 'B', value: 'high' },
              { label: 'C', value: 9 },
              { label: 'D', value: -1 },
            ])}
          ></emotion-curve>
        `);
        await settle(el);
        expect($$(el, '[part~="point"]')).to.have.length(2);
        expect($(el, '[part~="line"]')!.getAttribute('d')!.match(/M/g)).to.have.length(2);
        el.curve = 'linear';
        await settle(el);
      });
      expect(warnings).to.have.length(2);
      expect(warnings[0]).to.contain('data[1].value').and.to.contain('high');
      expect(warnings[1]).to.contain('data[2].value').and.to.contain('9');
    });

    it('ignores min/max attributes that are not numbers or inverted', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<EmotionCurve>(html`<emotion-curve min="abc" data=${DATA}></emotion-curve>`);
        await settle(el);
        expect($$(el, '[part~="axis"] text').map((t) => t.textContent)).to.deep.equal(['3', '0', '\u22123']);
        el.setAttribute('min', '4');
        el.setAttribute('max', '2');
        await settle(el);
        expect($$(el, '[part~="axis"] text').map((t) => t.textContent)).to.deep.equal(['3', '0', '\u22123']);
        expect($$(el, '[part~="point"]')).to.have.length(4);
      });
      expect(warnings).to.have.length(2);
      expect(warnings[0]).to.equal('emotion-curve: ignoring min: "abc" is not a number');
      expect(warnings[1]).to.contain('min/max').and.to.contain('4').and.to.contain('2');
    });

    it('goes back to defaults without warning when attributes are removed', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<EmotionCurve>(html`
          <emotion-curve min="-5" max="5" height="200" curve="linear" data=${DATA}></emotion-curve>
        `);
        await settle(el);
        for (const name of ['min', 'max', 'height', 'curve', 'data']) el.removeAttribute(name);
        await settle(el);
        expect($(el, 'svg')!.getAttribute('height')).to.equal('160');
        expect($$(el, '[part~="point"]')).to.have.length(0);
      });
      expect(warnings).to.deep.equal([]);
    });

    it('survives garbage everywhere without throwing', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<EmotionCurve>(html`<emotion-curve curve="wobbly" height="tall"></emotion-curve>`);
        const bad = el as unknown as Record<string, unknown>;
        bad['series'] = [null, 42, { id: 'x', name: 7, points: [null, 'a', { label: {}, value: 1, min: 3, max: -3 }] }];
        bad['scale'] = { min: 'a', max: 2 };
        bad['positions'] = [1, 'b'];
        await settle(el);
        expect($$(el, '[part~="point"]')).to.have.length(1);
        bad['series'] = 'not an array';
        bad['data'] = '{"series": 3}';
        await settle(el);
        expect($$(el, '[part~="point"]')).to.have.length(0);
      });
      expect(warnings.length).to.be.greaterThan(5);
      for (const w of warnings) expect(w).to.match(/^emotion-curve: ignoring /);
      expect(new Set(warnings).size).to.equal(warnings.length);
    });
  });
});
