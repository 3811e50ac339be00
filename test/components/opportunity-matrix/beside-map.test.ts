/**
 * The matrix beside a `<journey-map>`, wired as docs/opportunities.md ("Beside the map") and the
 * Storybook story show: choosing an opportunity takes focus to its touchpoint in the map, where
 * Enter opens the touchpoint's details.
 */
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import '../../../src/journey-map.js';
import { active, collapse, panel, press, settle, touchpointCell, type JourneyMap } from '../journey-map/helpers.js';
import { JOURNEY, point, type OpportunityMatrix } from './helpers.js';

async function besideMap(): Promise<{ matrix: OpportunityMatrix; map: JourneyMap }> {
  const page = await fixture<HTMLElement>(html`
    <div>
      <opportunity-matrix .journey=${JOURNEY} locale="en"></opportunity-matrix>
      <journey-map .journey=${JOURNEY} locale="en"></journey-map>
    </div>
  `);
  const matrix = page.querySelector('opportunity-matrix')!;
  const map = page.querySelector('journey-map')!;
  await matrix.updateComplete;
  await settle(map);
  // The page's lines, as docs/opportunities.md gives them.
  matrix.addEventListener('opportunity-select', (event) => {
    map.focusTouchpoint(event.detail.touchpoint.id);
  });
  return { matrix, map };
}

describe('opportunity-matrix beside a journey-map', () => {
  it('takes Enter on a point to its touchpoint in the map, where Enter opens the details', async () => {
    const { matrix, map } = await besideMap();
    point(matrix, 'costs').focus();
    await press('Enter');
    await settle(map);
    expect(document.activeElement).to.equal(map);
    expect(active(map)).to.equal(touchpointCell(map, 'checkout'));
    await press('Enter');
    await settle(map);
    const details = panel(map);
    expect(details, 'the details panel is open').to.not.equal(null);
    expect(collapse(details!.querySelector('[role="heading"]')!.textContent!)).to.equal('Pays online');
  });

  it('does the same from the table: the opportunity’s button goes to its touchpoint', async () => {
    const { matrix, map } = await besideMap();
    matrix.view = 'table';
    await matrix.updateComplete;
    const open = [...matrix.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.open')].find((b) => b.textContent === 'Size guide')!;
    open.focus();
    await press('Enter');
    await settle(map);
    expect(document.activeElement).to.equal(map);
    expect(active(map)).to.equal(touchpointCell(map, 'chat'));
  });
});
