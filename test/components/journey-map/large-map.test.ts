/**
 * A 1000-touchpoint map with every lane: arrow keys move focus without re-rendering the map.
 * (How fast is measured by `npm run bench`, not asserted here.)
 */
import { expect } from '@open-wc/testing';
import { active, generatedJourney, mapFixture } from './helpers.js';

describe('journey-map with 1000 touchpoints', function () {
  this.timeout(120000);

  it('moves between cells with the arrow keys without re-rendering the map', async () => {
    const el = await mapFixture(generatedJourney(1000, { everyLane: true }));
    expect(el.shadowRoot!.querySelectorAll('[role="rowheader"]')).to.have.length(8);
    expect(el.focusTouchpoint('tp-500')).to.equal(true);
    const start = active(el)!;
    const visited = new Set<Element>([start]);
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
      active(el)!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
      visited.add(active(el)!);
      expect(el.isUpdatePending, key).to.equal(false); // focus moved imperatively, no re-render
    }
    // Right, down, left, up: four different cells, back where it started.
    expect(visited.size).to.equal(4);
    expect(active(el)).to.equal(start);
  });
});
