import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html, render, type TemplateResult } from 'lit';
import '../../../src/persona-badge.js';
import type { PersonaBadge } from '../../../src/components/persona-badge/persona-badge.js';
import { initialsOf } from '../../../src/components/persona-badge/initials.js';
import { messagesFor } from '../../../src/i18n/locale.js';
import type { Persona } from '../../../src/model/types.js';
import { composite, contrastRatio, parseCssColor, resolveCssColor } from '../../../src/theme/contrast.js';
import { captureWarnings } from '../../helpers/console.js';
import { withForcedColors } from '../../helpers/media.js';

const MARIA: Persona = {
  id: 'maria',
  name: 'Maria Lind',
  role: 'First-time buyer',
  goals: ['Find the right size', 'Pay without an account'],
  frustrations: ['Hidden delivery costs'],
  needs: ['Clear returns policy'],
  quote: 'I just want to know when it arrives.',
};

const GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==';

let container: HTMLElement;

/**
 * Renders into a container on the page and returns the first badge. (fixture() on a plain
 * wrapper would wait for an animation frame, which a background tab never gets.)
 */
async function mount(template: TemplateResult): Promise<PersonaBadge> {
  render(template, container);
  const badge = container.querySelector('persona-badge')!;
  await badge.updateComplete;
  return badge;
}

const part = (el: PersonaBadge, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);


/** Contrast of the initials against the fill actually painted behind them. */
function initialsContrast(el: PersonaBadge): number {
  const avatar = part(el, 'avatar')!;
  const ink = parseCssColor(getComputedStyle(part(el, 'initials')!).color)!;
  const fill = resolveCssColor(getComputedStyle(avatar).backgroundColor)!;
  const behind = resolveCssColor(getComputedStyle(part(el, 'base')!).backgroundColor)!;
  return contrastRatio(ink, fill.a < 1 ? composite(fill, behind) : fill);
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('<persona-badge>', () => {
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => container.remove());

  describe('rendering', () => {
    it('renders from attributes', async () => {
      const el = await fixture<PersonaBadge>(
        html`<persona-badge name="Maria Lind" role="First-time buyer"></persona-badge>`,
      );
      expect(part(el, 'name')!.textContent).to.equal('Maria Lind');
      expect(part(el, 'role')!.textContent).to.equal('First-time buyer');
      expect(part(el, 'initials')!.dataset.initials).to.equal('ML');
      expect(el.size).to.equal('m');
    });

    it('takes the role from persona-role too, which passes ARIA validators', async () => {
      const el = await fixture<PersonaBadge>(
        html`<persona-badge name="Maria Lind" persona-role="First-time buyer"></persona-badge>`,
      );
      expect(part(el, 'role')!.textContent).to.equal('First-time buyer');
      await expect(el).to.be.accessible();
    });

    it('renders from the persona property, which wins over attributes', async () => {
      const el = await fixture<PersonaBadge>(
        html`<persona-badge name="Attribute Name" color="red" .persona=${MARIA}></persona-badge>`,
      );
      expect(part(el, 'name')!.textContent).to.equal('Maria Lind');
      expect(part(el, 'role')!.textContent).to.equal('First-time buyer');
      expect(part(el, 'base')!.getAttribute('aria-label')).to.equal('Persona: Maria Lind, First-time buyer');
      // The persona has no colour, so the attribute still fills in.
      expect(getComputedStyle(part(el, 'avatar')!).backgroundColor).to.equal('rgb(255, 0, 0)');
      el.persona = { ...MARIA, color: 'rgb(0, 0, 255)' };
      await el.updateComplete;
      expect(getComputedStyle(part(el, 'avatar')!).backgroundColor).to.equal('rgb(0, 0, 255)');
    });

    it('picks a stable palette colour by persona id', async () => {
      const a = await fixture<PersonaBadge>(html`<persona-badge .persona=${MARIA}></persona-badge>`);
      const b = await fixture<PersonaBadge>(
        html`<persona-badge .persona=${{ ...MARIA, name: 'Renamed' }}></persona-badge>`,
      );
      const fillA = getComputedStyle(part(a, 'avatar')!).backgroundColor;
      expect(fillA).to.equal(getComputedStyle(part(b, 'avatar')!).backgroundColor);
      expect(parseCssColor(fillA)!.a).to.equal(1);
    });

    it('has three sizes', async () => {
      const sizes: Record<string, number> = {};
      for (const size of ['s', 'm', 'l']) {
        const el = await fixture<PersonaBadge>(html`<persona-badge name="Ann" size=${size}></persona-badge>`);
        sizes[size] = part(el, 'avatar')!.getBoundingClientRect().width;
      }
      expect(sizes.s).to.be.lessThan(sizes.m!);
      expect(sizes.m).to.be.lessThan(sizes.l!);
      const custom = await fixture<PersonaBadge>(
        html`<persona-badge name="Ann" style="--jk-persona-badge-size: 64px"></persona-badge>`,
      );
      expect(part(custom, 'avatar')!.getBoundingClientRect().width).to.equal(64);
    });
  });

  describe('initials', () => {
    it('takes the first and last word, upper-cased by grapheme', () => {
      expect(initialsOf('Maria Lind')).to.equal('ML');
      expect(initialsOf('maria  van der lind')).to.equal('ML');
      expect(initialsOf('Madonna')).to.equal('M');
      expect(initialsOf('émile zola')).to.equal('ÉZ');
      // "e" plus a combining acute accent is one grapheme.
      expect(initialsOf('e\u0301lodie Ørsted')).to.equal('E\u0301Ø');
      expect(initialsOf('Łukasz Żak')).to.equal('ŁŻ');
      expect(initialsOf('👩🏽‍💻 Dev')).to.equal('👩🏽‍💻D');
      expect(initialsOf('“Maria” (Lind)')).to.equal('ML');
      expect(initialsOf('   ')).to.equal('');
    });

    it('uses one character for Chinese, Japanese and Korean names', () => {
      expect(initialsOf('林小姐')).to.equal('林');
      expect(initialsOf('王 小明')).to.equal('王');
      expect(initialsOf('やまだ はなこ')).to.equal('や');
      expect(initialsOf('김민수')).to.equal('김');
    });

    it('keeps Arabic initials apart instead of joining them', () => {
      expect(initialsOf('مريم الحسن')).to.equal('م\u200cا');
    });

    it('upper-cases for the locale', () => {
      expect(initialsOf('iris ilgaz', 'tr')).to.equal('İİ');
    });

    it('renders CJK and accented initials in the badge', async () => {
      const el = await fixture<PersonaBadge>(html`<persona-badge name="林小姐"></persona-badge>`);
      expect(part(el, 'initials')!.dataset.initials).to.equal('林');
      el.name = 'ågot ødegård';
      await el.updateComplete;
      expect(part(el, 'initials')!.dataset.initials).to.equal('ÅØ');
    });
  });

  describe('avatar', () => {
    it('shows a photo for data:image, https: and http: URLs', async () => {
      const el = await fixture<PersonaBadge>(html`<persona-badge name="Ann Lee" avatar=${GIF}></persona-badge>`);
      const img = part(el, 'image') as HTMLImageElement;
      expect(img.src).to.equal(GIF);
      expect(img.alt).to.equal('');
      expect(part(el, 'initials')).to.equal(null);
      // The https: image cannot load here and falls back to initials once it errors, which may be
      // before updateComplete resolves; record every image the badge renders instead.
      const rendered: string[] = [];
      const observer = new MutationObserver((records) => {
        for (const record of records) {
          const nodes = record.type === 'attributes' ? [record.target] : [...record.addedNodes];
          for (const node of nodes)
            if (node instanceof HTMLImageElement) rendered.push(node.getAttribute('src') ?? '');
        }
      });
      observer.observe(el.shadowRoot!, { childList: true, subtree: true, attributes: true, attributeFilter: ['src'] });
      el.avatar = 'https://example.invalid/a.png';
      await el.updateComplete;
      observer.disconnect();
      expect(rendered).to.include('https://example.invalid/a.png');
    });

    it('shows initials for unsafe URLs, and warns once naming the value', async () => {
      let el!: PersonaBadge;
      const calls = await captureWarnings(async () => {
        el = await fixture<PersonaBadge>(
          html`<persona-badge name="Ann Lee" avatar="javascript:alert(1)"></persona-badge>`,
        );
        el.name = 'Ann Leigh';
        await el.updateComplete;
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(part(el, 'image')).to.equal(null);
      expect(part(el, 'initials')!.dataset.initials).to.equal('AL');
      expect(calls).to.deep.equal([
        'persona-badge: ignoring avatar "javascript:alert(1)": only https:, http: and data:image/ URLs are shown',
      ]);
      const more = await captureWarnings(async () => {
        for (const bad of ['data:text/html,<b>x</b>', '/relative.png', 'ftp://x/y.png', ' javascript:x']) {
          el.avatar = bad;
          await el.updateComplete;
          expect(part(el, 'image'), bad).to.equal(null);
        }
      });
      expect(more).to.have.length(4);
    });

    it('falls back to initials when a data: image is broken', async () => {
      const el = await fixture<PersonaBadge>(
        html`<persona-badge name="Ann Lee" avatar="data:image/png;base64,AAAA"></persona-badge>`,
      );
      await waitUntil(() => part(el, 'initials'), 'initials after the image failed');
      expect(part(el, 'image')).to.equal(null);
      expect(part(el, 'initials')!.dataset.initials).to.equal('AL');
      // A new URL is tried again.
      el.avatar = GIF;
      await el.updateComplete;
      expect(part(el, 'image')).not.to.equal(null);
    });

    it('falls back to initials when an http URL answers 404', async () => {
      const el = await fixture<PersonaBadge>(
        html`<persona-badge name="Ann Lee" avatar=${`${location.origin}/__missing-avatar.png`}></persona-badge>`,
      );
      await waitUntil(() => part(el, 'initials'), 'initials after a 404');
      expect(part(el, 'initials')!.dataset.initials).to.equal('AL');
    });
  });

  describe('accessibility', () => {
    it('is a labelled image without details, and not focusable', async () => {
      const el = await fixture<PersonaBadge>(html`<persona-badge .persona=${MARIA}></persona-badge>`);
      const base = part(el, 'base')!;
      expect(base.getAttribute('role')).to.equal('img');
      expect(base.getAttribute('aria-label')).to.equal('Persona: Maria Lind, First-time buyer');
      expect(el.shadowRoot!.querySelector('button, [tabindex]')).to.equal(null);
      const named = await fixture<PersonaBadge>(html`<persona-badge name="Ann"></persona-badge>`);
      expect(part(named, 'base')!.getAttribute('aria-label')).to.equal('Persona: Ann');
    });

    // Not initialsContrast(): under forced colours Chromium reports the avatar's fill as the initials'
    // own colour (contrast 1) although the screenshot shows no fill, so the initials are measured
    // against the badge's forced canvas.
    it('still draws the avatar circle and initials in forced colours, which drop the fill', async () => {
      await withForcedColors(async () => {
        const el = await mount(html`<persona-badge .persona=${MARIA}></persona-badge>`);
        const avatar = getComputedStyle(part(el, 'avatar')!);
        expect(avatar.borderTopStyle).to.equal('solid');
        expect(parseFloat(avatar.borderTopWidth)).to.be.greaterThan(0);
        const ring = resolveCssColor(avatar.borderTopColor)!;
        const ink = resolveCssColor(getComputedStyle(part(el, 'initials')!).color)!;
        const canvas = resolveCssColor(getComputedStyle(part(el, 'base')!).backgroundColor)!;
        expect(ring.a, 'the circle is painted').to.equal(1);
        expect(contrastRatio(ink, canvas.a < 1 ? composite(canvas, { r: 255, g: 255, b: 255, a: 1 }) : canvas)).to.be.at.least(4.5);
      });
    });

    for (const theme of ['light', 'dark', 'auto']) {
      it(`passes axe with theme="${theme}", with and without details`, async () => {
        const plain = await mount(html`<persona-badge .persona=${MARIA} theme=${theme}></persona-badge>`);
        await expect(plain).to.be.accessible();
        const withDetails = await mount(
          html`<persona-badge .persona=${MARIA} theme=${theme} details></persona-badge>`,
        );
        await expect(withDetails).to.be.accessible();
        part(withDetails, 'base')!.click();
        await withDetails.updateComplete;
        await expect(withDetails).to.be.accessible();
      });
    }

    it('passes axe right to left in Arabic', async () => {
      const el = await mount(html`
        <div dir="rtl" lang="ar">
          <persona-badge
            details
            .persona=${{ ...MARIA, name: 'مريم الحسن', role: 'مشترية لأول مرة' }}
          ></persona-badge>
        </div>
      `);
      expect(part(el, 'base')!.getAttribute('aria-label')).to.equal('الشخصية: \u2068مريم الحسن\u2069، \u2068مشترية لأول مرة\u2069');
      await expect(el).to.be.accessible();
      part(el, 'base')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      const popover = part(el, 'popover')!;
      await waitUntil(() => popover.style.left !== '', 'popover positioned');
      // Start-aligned under the badge: in RTL its right edge lines up with the badge's.
      const right = (node: Element) => node.getBoundingClientRect().right;
      expect(Math.abs(right(popover) - right(part(el, 'base')!))).to.be.lessThan(2);
    });

    it('localises the accessible name (nb and ar)', async () => {
      const nb = await fixture<PersonaBadge>(
        html`<persona-badge locale="nb-NO" name="Kari Nordmann" role="Førstegangskjøper"></persona-badge>`,
      );
      expect(part(nb, 'base')!.getAttribute('aria-label')).to.equal(
        messagesFor('nb').personaLabel('Kari Nordmann', 'Førstegangskjøper'),
      );
      const ar = await fixture<PersonaBadge>(html`<persona-badge locale="ar" name="Maria Lind"></persona-badge>`);
      expect(part(ar, 'base')!.getAttribute('aria-label')).to.equal('الشخصية: \u2068Maria Lind\u2069');
      ar.locale = 'nb';
      await ar.updateComplete;
      expect(part(ar, 'base')!.getAttribute('aria-label')).to.equal('Persona: Maria Lind');
    });

    it('follows an ancestor lang change', async () => {
      const el = await mount(html`<div lang="en"><persona-badge name="Ann"></persona-badge></div>`);
      el.parentElement!.lang = 'ar';
      await tick();
      await el.updateComplete;
      expect(part(el, 'base')!.getAttribute('aria-label')).to.equal('الشخصية: \u2068Ann\u2069');
    });
  });

  describe('details', () => {
    it('is a button that controls the popover, listing only what the persona has', async () => {
      const el = await fixture<PersonaBadge>(
        html`<persona-badge details .persona=${{ ...MARIA, needs: undefined }}></persona-badge>`,
      );
      const button = part(el, 'base')!;
      expect(button.tagName).to.equal('BUTTON');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      const popover = part(el, 'popover')!;
      expect(button.getAttribute('aria-controls')).to.equal(popover.id);
      const text = popover.textContent!;
      expect(text).to.include('Goals').and.include('Find the right size');
      expect(text).to.include('Frustrations').and.include('Hidden delivery costs');
      expect(text).to.include('Quote').and.include('I just want to know when it arrives.');
      expect(text).not.to.include('Needs');
    });

    it('stays a plain image when there are no details to show', async () => {
      const el = await fixture<PersonaBadge>(html`<persona-badge details name="Ann"></persona-badge>`);
      expect(part(el, 'base')!.getAttribute('role')).to.equal('img');
      expect(part(el, 'popover')).to.equal(null);
    });

    it('opens with Enter, closes with Escape and gives focus back; Space too', async () => {
      const el = await mount(html`<button id="before">before</button><persona-badge details .persona=${MARIA}></persona-badge>`);
      const toggles: boolean[] = [];
      el.addEventListener('persona-details-toggle', (event) => {
        expect(event.detail.persona).to.equal(MARIA);
        expect(event.bubbles && event.composed).to.equal(true);
        toggles.push(event.detail.open);
      });
      const button = part(el, 'base')!;
      const popover = part(el, 'popover')!;
      container.querySelector<HTMLButtonElement>('#before')!.focus();

      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(button);

      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(popover.matches(':popover-open')).to.equal(true);
      await waitUntil(() => popover.style.top !== '', 'popover positioned');
      expect(popover.getBoundingClientRect().top).to.be.at.least(button.getBoundingClientRect().bottom);

      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(popover.matches(':popover-open')).to.equal(false);
      expect(el.shadowRoot!.activeElement).to.equal(button);

      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(el.shadowRoot!.activeElement).to.equal(button);
      expect(toggles).to.deep.equal([true, false, true, false]);
    });

    it('returns focus to the button on Escape after a click inside the popover', async () => {
      const el = await fixture<PersonaBadge>(html`<persona-badge details .persona=${MARIA}></persona-badge>`);
      part(el, 'base')!.click();
      await el.updateComplete;
      part(el, 'popover')!.focus();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'base'));
    });

    it('closes on a click outside, and when focus moves elsewhere', async () => {
      const el = await mount(html`<button id="other">other</button><persona-badge details .persona=${MARIA}></persona-badge>`);
      const button = part(el, 'base')!;
      button.click();
      await el.updateComplete;
      part(el, 'popover')!.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded'), 'a click inside keeps it open').to.equal('true');
      container.querySelector<HTMLButtonElement>('#other')!.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');

      button.focus();
      button.click();
      await el.updateComplete;
      container.querySelector<HTMLButtonElement>('#other')!.focus();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
    });

    it('stops following the badge when closed or disconnected', async () => {
      const el = await mount(html`<persona-badge details .persona=${MARIA}></persona-badge>`);
      const following = () => (el as unknown as { _stopAutoUpdate?: unknown })._stopAutoUpdate !== undefined;
      part(el, 'base')!.click();
      await el.updateComplete;
      expect(following()).to.equal(true);
      part(el, 'base')!.click();
      await el.updateComplete;
      expect(following()).to.equal(false);
      part(el, 'base')!.click();
      await el.updateComplete;
      expect(following()).to.equal(true);
      el.remove();
      expect(following()).to.equal(false);
      expect(part(el, 'popover')!.matches(':popover-open')).to.equal(false);
    });
  });

  describe('text is text', () => {
    it('renders markup in every string literally', async () => {
      const evil = '<img src=x onerror=window.__pwned=1>';
      let el!: PersonaBadge;
      const calls = await captureWarnings(async () => {
        el = await fixture<PersonaBadge>(html`
        <persona-badge
          details
          .persona=${{
            id: evil,
            name: evil,
            role: evil,
            color: evil,
            avatar: evil,
            goals: [evil],
            frustrations: [evil],
            needs: [evil],
            quote: evil,
          }}
        ></persona-badge>
      `);
        part(el, 'base')!.click();
        await el.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 50));
      });
      expect(calls).to.have.length(2);
      expect(part(el, 'name')!.textContent).to.equal(evil);
      expect(part(el, 'role')!.textContent).to.equal(evil);
      expect(part(el, 'popover')!.textContent).to.include(evil);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
    });
  });

  describe('bad input', () => {
    it('warns once per bad value and renders what it can', async () => {
      let el!: PersonaBadge;
      const calls = await captureWarnings(async () => {
        el = await fixture<PersonaBadge>(
          html`<persona-badge name="Ann Lee" size="xl" theme="blue" color="notacolour"></persona-badge>`,
        );
        el.requestUpdate();
        await el.updateComplete;
        el.name = 'Ann Leigh';
        await el.updateComplete;
      });
      expect(calls).to.have.members([
        'persona-badge: ignoring size "xl": expected s, m or l',
        'persona-badge: ignoring theme "blue": expected light, dark or auto',
        'persona-badge: ignoring color "notacolour": it is not a CSS colour',
      ]);
      expect(calls).to.have.length(3);
      expect(part(el, 'initials')!.dataset.initials).to.equal('AL');
      expect(part(el, 'avatar')!.getBoundingClientRect().width).to.equal(32);
    });

    it('never throws on wrong types', async () => {
      const calls = await captureWarnings(async () => {
        const el = await fixture<PersonaBadge>(
          html`<persona-badge details .persona=${{ id: 7, name: 42, goals: 'not a list', quote: {} } as unknown as Persona}></persona-badge>`,
        );
        expect(part(el, 'initials')!.dataset.initials).to.equal('?');
        expect(part(el, 'base')!.getAttribute('aria-label')).to.equal('Persona');
        el.persona = 'maria' as unknown as Persona;
        await el.updateComplete;
        el.persona = undefined;
        el.name = '';
        await el.updateComplete;
      });
      expect(calls).to.deep.equal(['persona-badge: ignoring persona "maria": expected a persona object']);
    });

    it('truncates a long value in the warning', async () => {
      const long = `javascript:${'x'.repeat(200)}`;
      const calls = await captureWarnings(async () => {
        await fixture<PersonaBadge>(html`<persona-badge name="A" avatar=${long}></persona-badge>`);
      });
      expect(calls[0]).to.have.length.lessThan(140);
      expect(calls[0]).to.include('"javascript:xxx');
    });
  });

  describe('initials contrast', () => {
    const colours = [
      undefined,
      '#777777',
      '#808080',
      'rgb(118, 118, 118)',
      'rebeccapurple',
      'yellow',
      '#1d5fc4',
      'hsl(200 80% 40%)',
      'oklch(70% 0.15 90)',
      'color-mix(in srgb, red 50%, blue)',
      'rgb(255 0 0 / 0.4)',
      'transparent',
      'black',
      'white',
    ];
    for (const theme of ['light', 'dark']) {
      it(`is at least 4.5:1 on every fill (theme ${theme})`, async () => {
        for (const color of colours) {
          for (const id of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
            if (color !== undefined && id !== 'a') continue;
            const el = await fixture<PersonaBadge>(
              html`<persona-badge theme=${theme} .persona=${{ id, name: 'Maria Lind', color }}></persona-badge>`,
            );
            expect(initialsContrast(el), `${theme} ${color ?? `palette ${id}`}`).to.be.at.least(4.5);
          }
        }
      });
    }

    it('recomputes the ink when the colour or the theme changes', async () => {
      const el = await fixture<PersonaBadge>(html`<persona-badge name="Ann Lee" color="white"></persona-badge>`);
      expect(part(el, 'avatar')!.dataset.ink).to.equal('dark');
      el.color = '#101010';
      await el.updateComplete;
      expect(part(el, 'avatar')!.dataset.ink).to.equal('light');
      el.removeAttribute('color');
      el.persona = { id: 'x', name: 'Ann Lee' };
      await el.updateComplete;
      for (const theme of ['light', 'dark'] as const) {
        el.theme = theme;
        await el.updateComplete;
        expect(initialsContrast(el), theme).to.be.at.least(4.5);
      }
    });
  });
});
