/**
 * `<persona-badge details>` shares the document's overlay stack (src/floating/dismiss.ts) with
 * the map's details: Escape closes the topmost overlay only, whoever holds focus.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/journey-map.js';
import type { PersonaBadge } from '../../../src/components/persona-badge/persona-badge.js';
import { openOverlayCount } from '../../../src/floating/index.js';
import type { Persona } from '../../../src/model/types.js';
import { fixtureJson, mapFixture, panel, settle, touchpointCell } from '../journey-map/helpers.js';

const MARIA: Persona = { id: 'maria', name: 'Maria Lind', role: 'First-time buyer', goals: ['Find the right size'] };

describe('<persona-badge> with other overlays', () => {
  it('inside a map’s open details: Escape closes the badge first, the details stay open until the next Escape', async () => {
    const map = await mapFixture(await fixtureJson('map/two-personas.en.json'));
    touchpointCell(map, 'portal').click();
    await settle(map);
    const details = panel(map)!;
    expect(details).to.not.equal(null);

    // A badge inside the details (what a page or a future version of the map may put there).
    const badge = document.createElement('persona-badge') as PersonaBadge;
    badge.details = true;
    badge.persona = MARIA;
    details.append(badge);
    await badge.updateComplete;
    const button = badge.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await badge.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(panel(map)).to.equal(details);
    expect(openOverlayCount(document)).to.equal(2);

    await sendKeys({ press: 'Escape' });
    await settle(map);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(badge.shadowRoot!.activeElement).to.equal(button);
    expect(panel(map)).to.equal(details);
    expect(openOverlayCount(document)).to.equal(1);

    await sendKeys({ press: 'Escape' });
    await settle(map);
    expect(panel(map)).to.equal(null);
    expect(openOverlayCount(document)).to.equal(0);
  });
});
