/** The details panel of `<journey-map>`: opening, content, closing, focus, and clean-up. */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { TouchpointSelectDetail } from '../../../src/components/journey-map/journey-map.js';
import { active, fixtureJson, mapFixture, panel, press, record, settle, touchpointCell, type JourneyMap } from './helpers.js';

const frames = (n = 2) => new Promise<void>((resolve) => {
  const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
  step(n);
});

async function openWithClick(el: JourneyMap, id: string): Promise<HTMLElement> {
  touchpointCell(el, id).click();
  await settle(el);
  await frames();
  return panel(el)!;
}

describe('journey-map details', () => {
  it('opens on click as a dialog named by the title, focused, with touchpoint-select', async () => {
    const el = await mapFixture(await fixtureJson('map/two-personas.en.json'));
    setTimeout(() => touchpointCell(el, 'portal').click());
    const event = await oneEvent(el, 'touchpoint-select');
    const detail = event.detail as TouchpointSelectDetail;
    expect(detail.touchpoint.id).to.equal('portal');
    expect(detail.stage.id).to.equal('renew');
    await settle(el);
    await frames();
    const dialog = panel(el)!;
    expect(dialog.getAttribute('role')).to.equal('dialog');
    const heading = el.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!)!;
    expect(heading.textContent!.trim()).to.equal('Renews on the portal');
    expect(active(el)).to.equal(heading);
    expect(getComputedStyle(dialog).position).to.equal('fixed');
    // Placed inside the viewport.
    const box = dialog.getBoundingClientRect();
    expect(box.left).to.be.at.least(0);
    expect(box.top).to.be.at.least(0);
    expect(box.right).to.be.at.most(window.innerWidth);
  });

  it('shows everything the touchpoint holds, text only, with a safe link', async () => {
    const el = await mapFixture(await fixtureJson('map/two-personas.en.json'));
    const dialog = await openWithClick(el, 'portal');
    const text = dialog.textContent!.replace(/\s+/g, ' ');
    for (const expected of [
      'Stage: Renew',
      'Channel: Website',
      'Moment of truth',
      'Logs in',
      'Pays the fee',
      'Why do I need a password again?',
      '−2 of −3 to 3, annoyed',
      'Range −3 to 0',
      'Password reset loop',
      'Severity: High',
      'Slow page',
      'Sign in with the student ID',
      'Impact 4 of 5',
      'Effort 2 of 5',
      'Owner: Web team',
      'Identity check against the register',
      'CSAT: 2.9, target 4',
      'I gave up twice.',
      'Validated',
      'Sample size 40',
      'Source: Survey',
      'Next steps',
      'Leads to',
      'Go to Borrows a book',
      'Loops back to',
      'Go to Gets a reminder email',
    ]) {
      expect(text).to.contain(expected);
    }
    const link = dialog.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://example.org/portal');
    expect(link.getAttribute('target')).to.equal('_blank');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
  });

  it('shows an unknown channel as written, even one named like an object property', async () => {
    const journey = await fixtureJson('map/no-personas.en.json');
    journey.touchpoints[0]!.channel = 'constructor';
    const el = await mapFixture(journey);
    const dialog = await openWithClick(el, 'letter');
    expect(dialog.textContent!.replace(/\s+/g, ' ')).to.contain('Channel: constructor');
  });

  it('opens with Enter and with Space, and Escape closes it returning focus to the cell', async () => {
    const el = await mapFixture(await fixtureJson('map/two-personas.en.json'));
    for (const key of ['Enter', ' ']) {
      el.focusTouchpoint('desk');
      const selected = record<CustomEvent<TouchpointSelectDetail>>(el, 'touchpoint-select');
      await press(key === ' ' ? 'Space' : key);
      await settle(el);
      await frames();
      expect(panel(el), key).to.not.equal(null);
      expect(selected.map((e) => e.detail.touchpoint.id)).to.deep.equal(['desk']);
      expect(panel(el)!.contains(active(el))).to.equal(true);
      await press('Escape');
      await settle(el);
      expect(panel(el), key).to.equal(null);
      expect(active(el)).to.equal(touchpointCell(el, 'desk'));
    }
  });

  it('a click outside closes it and focus returns to the cell', async () => {
    const el = await mapFixture(await fixtureJson('map/two-personas.en.json'));
    await openWithClick(el, 'reminder');
    document.body.click();
    await settle(el);
    expect(panel(el)).to.equal(null);
    expect(active(el)).to.equal(touchpointCell(el, 'reminder'));
  });

  it('the close button closes it and focus returns to the cell', async () => {
    const el = await mapFixture(await fixtureJson('map/two-personas.en.json'));
    const dialog = await openWithClick(el, 'portal');
    dialog.querySelector<HTMLButtonElement>('.close')!.click();
    await settle(el);
    expect(panel(el)).to.equal(null);
    expect(active(el)).to.equal(touchpointCell(el, 'portal'));
  });

  it('Tab moves through the panel; leaving it closes the panel', async () => {
    const el = await mapFixture(await fixtureJson('map/two-personas.en.json'));
    el.focusTouchpoint('portal');
    await press('Enter');
    await settle(el);
    await frames();
    await press('Tab');
    expect(active(el)!.classList.contains('close')).to.equal(true);
    await press('Tab');
    expect(active(el)!.localName).to.equal('a');
    await press('Shift+Tab');
    await press('Shift+Tab'); // from the close button back to the grid's tab stop: the panel closes
    await settle(el);
    expect(panel(el)).to.equal(null);
    expect(active(el)).to.equal(touchpointCell(el, 'portal'));
  });

  it('a next-step button closes the panel and moves focus to that touchpoint', async () => {
    const el = await mapFixture(await fixtureJson('map/two-personas.en.json'));
    const dialog = await openWithClick(el, 'portal');
    const step = [...dialog.querySelectorAll<HTMLButtonElement>('button.step')].find((b) => b.textContent!.includes('Borrows a book'))!;
    step.click();
    await settle(el);
    expect(panel(el)).to.equal(null);
    expect(active(el)).to.equal(touchpointCell(el, 'borrow'));
    expect(touchpointCell(el, 'borrow').tabIndex).to.equal(0);
  });

  it('works inside a clipping, scrolling container (fixed positioning escapes overflow: hidden)', async () => {
    const journey = await fixtureJson('map/two-personas.en.json');
    const box = await fixture<HTMLDivElement>(
      html`<div style="height: 300px; overflow: hidden; transform: none"><div style="height: 250px; overflow: auto">
        <journey-map .journey=${journey}></journey-map>
      </div></div>`,
    );
    const el = box.querySelector('journey-map')!;
    await settle(el);
    const dialog = await openWithClick(el, 'borrow');
    const rect = dialog.getBoundingClientRect();
    expect(rect.height).to.be.greaterThan(100);
    expect(document.elementFromPoint(rect.left + 10, rect.top + 10)).to.equal(el); // visible, on top
  });

  it('leaves no listener or floating updater behind on disconnect, and works after reconnect', async () => {
    const el = await mapFixture(await fixtureJson('map/two-personas.en.json'));
    const added: [EventTarget, string][] = [];
    const removed: [EventTarget, string][] = [];
    const targets: EventTarget[] = [window, document];
    const originals = targets.map((t) => [t.addEventListener, t.removeEventListener] as const);
    targets.forEach((t) => {
      const [add, remove] = originals[targets.indexOf(t)]!;
      t.addEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
        added.push([t, type]);
        return (add as (...a: unknown[]) => void).call(this, type, ...rest);
      } as typeof t.addEventListener;
      t.removeEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
        removed.push([t, type]);
        return (remove as (...a: unknown[]) => void).call(this, type, ...rest);
      } as typeof t.removeEventListener;
    });
    const uncaught: unknown[] = [];
    const onError = (e: ErrorEvent) => uncaught.push(e.message);
    try {
      const dialog = await openWithClick(el, 'portal');
      expect(dialog).to.not.equal(null);
      const parent = el.parentElement!;
      el.remove();
      await frames();
      window.dispatchEvent(new Event('resize'));
      window.dispatchEvent(new Event('scroll'));
      await frames();
      // Every window/document listener added while open was removed again.
      const count = (list: [EventTarget, string][], t: EventTarget, type: string) => list.filter(([x, y]) => x === t && y === type).length;
      for (const [t, type] of added) expect(count(removed, t, type), `${type} on ${t === window ? 'window' : 'document'}`).to.be.at.least(count(added, t, type));
      window.addEventListener('error', onError);
      parent.append(el);
      await settle(el);
      expect(panel(el)).to.equal(null);
      const again = await openWithClick(el, 'desk');
      expect(again.textContent).to.contain('Renews at the desk');
      await press('Escape');
      await settle(el);
      await press('ArrowRight');
      expect(active(el)!.dataset['id']).to.equal(undefined); // the empty "Later" column
      await press('ArrowRight');
      expect(active(el)!.dataset['id']).to.equal('borrow');
    } finally {
      targets.forEach((t, i) => {
        [t.addEventListener, t.removeEventListener] = originals[i]!;
      });
      window.removeEventListener('error', onError);
    }
    expect(uncaught).to.deep.equal([]);
  });
});
