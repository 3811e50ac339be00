/** <emotion-curve>: the words: accessible names of points and the hidden data table. */
import { expect, fixture, html } from '@open-wc/testing';
import type { EmotionCurve } from '../../../src/emotion-curve.js';
import '../../../src/emotion-curve.js';
import { settle, $, $$, pointAt, DATA, seriesCurve } from './helpers.js';

describe('<emotion-curve>', () => {
  describe('words', () => {
    it('names each point with its label, series and feeling in words', async () => {
      const el = await seriesCurve();
      expect(pointAt(el, 0, 1)!.getAttribute('aria-label')).to.equal(
        'Chat, Maria: \u22123 of \u22123 to 3, frustrated, Range \u22123 to \u22121',
      );
      expect(pointAt(el, 2, 2)!.getAttribute('aria-label')).to.equal('Pay, Lee: 3 of \u22123 to 3, delighted');
      expect(pointAt(el, 0, 1)!.getAttribute('role')).to.equal('img');
    });

    it('omits the series name for a single line and uses the scale labels', async () => {
      const el = await fixture<EmotionCurve>(html`
        <emotion-curve
          .scale=${{ min: -3, max: 3, labels: { '-3': 'furious' } }}
          .points=${[{ label: 'Chat', value: -3 }, { label: 'Pay', value: 0 }]}
        ></emotion-curve>
      `);
      await settle(el);
      expect(pointAt(el, 0, 0)!.getAttribute('aria-label')).to.equal('Chat: \u22123 of \u22123 to 3, furious');
      expect(pointAt(el, 0, 1)!.getAttribute('aria-label')).to.equal('Pay: 0 of \u22123 to 3, neutral');
    });

    it('gives the chart its accessible name', async () => {
      const el = await fixture<EmotionCurve>(html`<emotion-curve data=${DATA}></emotion-curve>`);
      await settle(el);
      expect($(el, 'svg')!.getAttribute('aria-label')).to.equal('Emotion curve');
      expect($(el, 'svg')!.getAttribute('role')).to.equal('group');
      el.label = 'Maria’s week';
      await settle(el);
      expect($(el, 'svg')!.getAttribute('aria-label')).to.equal('Maria’s week');
    });

    it('formats names in Norwegian', async () => {
      const el = await fixture<EmotionCurve>(html`
        <emotion-curve locale="nb" .points=${[{ label: 'Chat', value: -3 }, { label: 'Kasse', value: 1.5 }]}></emotion-curve>
      `);
      await settle(el);
      expect(pointAt(el, 0, 0)!.getAttribute('aria-label')).to.equal('Chat: \u22123 på en skala fra \u22123 til 3, frustrert');
      expect(pointAt(el, 0, 1)!.getAttribute('aria-label')).to.contain('1,5');
      expect($(el, 'svg')!.getAttribute('aria-label')).to.equal('Følelseskurve');
    });

    it('formats names and axis numbers in Arabic', async () => {
      const el = await fixture<EmotionCurve>(html`
        <emotion-curve locale="ar-EG" .points=${[{ label: 'دردشة', value: -3 }]}></emotion-curve>
      `);
      await settle(el);
      const name = pointAt(el, 0, 0)!.getAttribute('aria-label')!;
      expect(name).to.contain('٣');
      expect(name).to.contain('على مقياس');
      expect($$(el, '[part~="axis"] text').map((t) => t.textContent).join(' ')).to.contain('٣');
    });

    it('keeps markup in labels and names as text', async () => {
      const evil = '<img src=x onerror="window.__curveHacked=1">';
      const el = await fixture<EmotionCurve>(html`
        <emotion-curve
          .series=${[{ id: 'x', name: `<b>${evil}</b>`, points: [{ label: evil, value: 1 }] }]}
          label=${evil}
        ></emotion-curve>
      `);
      await settle(el);
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
      expect(pointAt(el, 0, 0)!.getAttribute('aria-label')).to.contain(evil);
      expect($(el, 'caption')!.textContent).to.equal(evil);
      expect($(el, 'thead th:nth-child(2)')!.textContent).to.equal(`<b>${evil}</b>`);
      expect((window as unknown as { __curveHacked?: number }).__curveHacked).to.equal(undefined);
    });
  });

  describe('data table', () => {
    it('carries the same data for screen readers', async () => {
      const el = await seriesCurve();
      const table = $<HTMLTableElement>(el, 'table[part~="table"]')!;
      expect(table.caption!.textContent).to.equal('Emotion curve');
      const head = [...table.tHead!.rows[0]!.cells].map((c) => c.textContent!.trim());
      expect(head).to.deep.equal(['Touchpoint', 'Maria', 'Ahmed', 'Lee']);
      const rows = [...table.tBodies[0]!.rows].map((r) => [...r.cells].map((c) => c.textContent!.trim()));
      expect(rows).to.have.length(3);
      expect(rows[1]).to.deep.equal([
        'Chat',
        '\u22123 of \u22123 to 3, frustrated, Range \u22123 to \u22121',
        'Not measured',
        '\u22122 of \u22123 to 3, unhappy',
      ]);
      expect(table.rows[1]!.cells[0]!.tagName).to.equal('TH');
      // Visually hidden, not display:none, so screen readers still reach it.
      expect(getComputedStyle(table).display).not.to.equal('none');
      expect(table.parentElement!.getBoundingClientRect().width).to.be.at.most(1);
    });

    it('heads a single line with "Emotion"', async () => {
      const el = await fixture<EmotionCurve>(html`<emotion-curve data=${DATA}></emotion-curve>`);
      await settle(el);
      const head = [...$<HTMLTableElement>(el, 'table')!.tHead!.rows[0]!.cells].map((c) => c.textContent!.trim());
      expect(head).to.deep.equal(['Touchpoint', 'Emotion']);
    });
  });
});
