/**
 * Bidi isolation of the persona's text in the badge (issue #15, item 5): an unterminated U+202E
 * or right-to-left text in a name, role, goal, frustration, need or quote must not reorder the
 * built-in words next to it, in the names of the badge and its details or on screen.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/persona-badge.js';
import type { PersonaBadge } from '../../../src/components/persona-badge/persona-badge.js';
import { messagesFor } from '../../../src/i18n/locale.js';
import type { Persona } from '../../../src/model/types.js';
import { accessibleNames, bidiSamples, expectLeftToRight, textIn, wrapped } from '../../helpers/bidi.js';

const persona = (text: string): Persona => ({
  id: 'p',
  name: text,
  role: text,
  goals: [text],
  frustrations: [text],
  needs: [text],
  quote: text,
});

async function openBadge(template: ReturnType<typeof html>): Promise<PersonaBadge> {
  const wrapper = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const el = wrapper.querySelector('persona-badge')!;
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!.click();
  await el.updateComplete;
  const popover = el.shadowRoot!.querySelector<HTMLElement>('[part~="popover"]')!;
  await waitUntil(() => popover.style.left !== '', 'popover positioned');
  return el;
}

describe('<persona-badge> bidi isolation', () => {
  for (const [what, text] of bidiSamples('Maria', 'נועה', 'مريم')) {
    it(`isolates ${what} in the names of the badge and of its details`, async () => {
      await openBadge(html`<persona-badge locale="en" details .persona=${persona(text)}></persona-badge>`);
      const name = `Persona: ${wrapped(text)}, ${wrapped(text)}`;
      expect(await accessibleNames('button')).to.include(name);
      expect(await accessibleNames('group')).to.include(name);
    });

    it(`isolates ${what} in the name of a badge without details`, async () => {
      const el = await fixture<PersonaBadge>(html`<persona-badge locale="en" name=${text}></persona-badge>`);
      expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('aria-label')).to.equal(`Persona: ${wrapped(text)}`);
    });

    it(`keeps the built-in headings of the details in order next to ${what}`, async () => {
      const el = await openBadge(html`<persona-badge locale="en" details .persona=${persona(text)}></persona-badge>`);
      const headings = [...el.shadowRoot!.querySelectorAll('.popover .heading')].map(textIn);
      expect(headings.map((t) => t.data)).to.deep.equal(['Goals', 'Frustrations', 'Needs', 'Quote']);
      headings.forEach((heading) => expectLeftToRight(heading));
    });
  }

  it('isolates Latin text in a right-to-left name', async () => {
    const el = await fixture<PersonaBadge>(html`<persona-badge locale="ar" name="Maria Lind" persona-role="Buyer"></persona-badge>`);
    const name = messagesFor('ar').personaLabel(wrapped('Maria Lind'), wrapped('Buyer'));
    expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('aria-label')).to.equal(name);
  });

  it('leaves left-to-right text in a left-to-right name unwrapped', async () => {
    const el = await fixture<PersonaBadge>(html`<persona-badge locale="en" name="Maria Lind" persona-role="Buyer"></persona-badge>`);
    expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('aria-label')).to.equal('Persona: Maria Lind, Buyer');
  });
});
