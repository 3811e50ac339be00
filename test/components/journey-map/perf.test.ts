/** A large map stays responsive: an arrow-key move at 1000 touchpoints × 8 lanes is one frame. */
import { expect } from '@open-wc/testing';
import type { Journey } from '../../../src/model/index.js';
import { active, mapFixture } from './helpers.js';

/** Like bench/generate.mjs: `count` touchpoints over ten stages, every lane filled, explicit paths. */
function bigJourney(count: number): Journey {
  const personas = ['maria', 'ola', 'aino'];
  return {
    version: 1,
    title: `Generated journey, ${count} touchpoints`,
    personas: personas.map((id) => ({ id, name: id })),
    stages: Array.from({ length: 10 }, (_, s) => ({ id: `stage-${s}`, name: `Stage ${s + 1}` })),
    touchpoints: Array.from({ length: count }, (_, i) => ({
      id: `tp-${i}`,
      stage: `stage-${Math.floor((i * 10) / count)}`,
      persona: personas[i % 3],
      title: `Touchpoint ${i + 1}`,
      channel: 'web',
      actions: [`Does step ${i + 1}`],
      thoughts: [`Thinks about step ${i + 1}`],
      emotion: (i % 7) - 3,
      painPoints: i % 3 === 0 ? [{ text: `Pain ${i + 1}`, severity: 'high' as const }] : [],
      opportunities: i % 4 === 0 ? [{ text: `Opportunity ${i + 1}`, impact: 4, effort: 2 }] : [],
      backstage: [`Backstage work ${i + 1}`],
      metrics: [{ kind: 'csat', value: 4 }],
      next: [...(i + 3 < count ? [`tp-${i + 3}`] : []), ...(i % 50 === 49 ? [`tp-${i - 30}`] : [])],
    })),
  };
}

describe('journey-map performance', function () {
  this.timeout(120000);

  it('moves between cells of a 1000-touchpoint map in under 16 ms (median)', async () => {
    const el = await mapFixture(bigJourney(1000));
    expect(el.shadowRoot!.querySelectorAll('[role="rowheader"]')).to.have.length(8);
    expect(el.focusTouchpoint('tp-500')).to.equal(true);
    const times: number[] = [];
    for (let i = 0; i < 40; i++) {
      const cell = active(el)!;
      const key = ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp'][i % 4]!;
      const start = performance.now();
      cell.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
      void el.getBoundingClientRect().height; // include style and layout, as the benchmark does
      times.push(performance.now() - start);
      await new Promise(requestAnimationFrame);
    }
    times.sort((a, b) => a - b);
    const median = times[times.length >> 1]!;
    expect(median).to.be.lessThan(16);
    expect(el.isUpdatePending).to.equal(false); // no re-render from moving
  });
});
