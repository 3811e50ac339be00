import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../../src/touchpoint-card.js';
import type { TouchpointCard } from '../../../src/touchpoint-card.js';
import { messagesFor } from '../../../src/i18n/index.js';
import type { Touchpoint } from '../../../src/model/types.js';
import { resolveCssColor } from '../../../src/theme/contrast.js';
import { captureWarnings } from '../../helpers/console.js';
import { withForcedColors } from '../../helpers/media.js';

// ---------------------------------------------------------------------------------------------
// Helpers

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

/** Collapses white space (including no-break spaces) so text compares as a reader sees it. */
const norm = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

const part = (el: TouchpointCard, name: string): HTMLElement | null =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: TouchpointCard, name: string): HTMLElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
const textOf = (el: TouchpointCard, name: string): string => norm(part(el, name)?.textContent);
const cardText = (el: TouchpointCard): string => norm(el.shadowRoot!.textContent);


/** Re-renders a few times, to prove warnings are not repeated per render. */
async function rerender(el: TouchpointCard, times = 3): Promise<void> {
  for (let i = 0; i < times; i++) {
    el.requestUpdate();
    await el.updateComplete;
  }
}

const productPage: Touchpoint = {
  id: 'product-page',
  stage: 'consideration',
  title: 'Reads the product page',
  channel: 'web',
  description: 'Looks for the size chart before adding to the basket.',
  emotion: -1,
  emotionLabel: 'unsure',
  evidence: { level: 'validated', sampleSize: 12, source: 'Usability test, May' },
  painPoints: [
    { text: 'Size chart hidden behind a tab', severity: 'high' },
    { text: 'Reviews load slowly', severity: 'low' },
  ],
  opportunities: [{ text: 'Show the fit finder next to the size picker', impact: 5, effort: 2 }],
  momentOfTruth: true,
  metrics: [
    { kind: 'drop-off', value: 0.38, target: 0.25 },
    { kind: 'nps', value: 34 },
    { kind: 'csat', value: 4.6 },
  ],
};

// Fresh copies, so no test can leak a mutation into another.
const tp = (over: Partial<Touchpoint> = {}): Touchpoint => ({ ...structuredClone(productPage), ...over });

// ---------------------------------------------------------------------------------------------

describe('<touchpoint-card>', () => {
  describe('rendering', () => {
    it('renders from attributes', async () => {
      const el = await fixture<TouchpointCard>(html`<touchpoint-card
        locale="en"
        heading="Calls the support line"
        channel="phone"
        emotion="-2"
        emotion-label="annoyed"
        evidence="anecdotal"
        moment-of-truth
      ></touchpoint-card>`);
      expect(textOf(el, 'title')).to.equal('Calls the support line');
      expect(textOf(el, 'channel')).to.equal('Phone');
      expect(textOf(el, 'emotion')).to.contain('annoyed');
      expect(textOf(el, 'emotion')).to.contain('\u22122 of \u22123 to 3');
      expect(textOf(el, 'moment-of-truth')).to.equal('Moment of truth');
      expect(textOf(el, 'evidence')).to.equal('Evidence: Anecdotal');
    });

    it('renders from the touchpoint property, which wins over attributes', async () => {
      const el = await fixture<TouchpointCard>(html`<touchpoint-card
        locale="en"
        heading="Attribute title"
        channel="phone"
        emotion="3"
        evidence="assumption"
        .touchpoint=${tp()}
      ></touchpoint-card>`);
      expect(textOf(el, 'title')).to.equal('Reads the product page');
      expect(textOf(el, 'channel')).to.equal('Website');
      expect(textOf(el, 'emotion')).to.contain('unsure');
      expect(textOf(el, 'evidence')).to.contain('Validated');
      expect(cardText(el)).not.to.contain('Attribute title');
      expect(cardText(el)).not.to.contain('Assumption');
    });

    it('falls back to attributes for fields the touchpoint lacks', async () => {
      const el = await fixture<TouchpointCard>(html`<touchpoint-card
        locale="en"
        channel="email"
        emotion="2"
        .touchpoint=${{ id: 'a', stage: 's', title: 'Only a title' }}
      ></touchpoint-card>`);
      expect(textOf(el, 'title')).to.equal('Only a title');
      expect(textOf(el, 'channel')).to.equal('Email');
      expect(textOf(el, 'emotion')).to.contain('pleased');
    });

    it('shows the channel icon hidden from assistive technology, with the name as text', async () => {
      const el = await fixture<TouchpointCard>(html`<touchpoint-card locale="en" heading="T" channel="chat"></touchpoint-card>`);
      const icon = part(el, 'channel-icon')!.querySelector('svg')!;
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
      expect(textOf(el, 'channel')).to.equal('Chat');
    });

    it('shows an unknown channel as written, with the generic icon and no warning', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<TouchpointCard>(html`<touchpoint-card heading="T" channel="carrier pigeon"></touchpoint-card>`);
        expect(textOf(el, 'channel')).to.equal('carrier pigeon');
        expect(part(el, 'channel-icon')!.querySelector('svg')).not.to.equal(null);
      });
      expect(warnings).to.deep.equal([]);
    });

    it('shows the emotion as glyph, word and value, never colour alone', async () => {
      const el = await fixture<TouchpointCard>(html`<touchpoint-card locale="en" heading="T" emotion="-3"></touchpoint-card>`);
      const emotion = part(el, 'emotion')!;
      expect(emotion.querySelector('svg[aria-hidden="true"]')).not.to.equal(null);
      expect(norm(emotion.textContent)).to.equal(`frustrated \u22123 of \u22123 to 3`);
    });

    it('takes the feeling word from the scale labels when the touchpoint has none', async () => {
      const el = await fixture<TouchpointCard>(html`<touchpoint-card
        locale="en"
        heading="T"
        emotion="2"
        .scale=${{ min: 1, max: 5, labels: { '2': 'Meh' } }}
      ></touchpoint-card>`);
      expect(textOf(el, 'emotion')).to.equal('Meh 2 of 1 to 5');
    });

    it('shows pain point and opportunity counts with the highest severity as a marker and text', async () => {
      const el = await fixture<TouchpointCard>(html`<touchpoint-card
        locale="en"
        .touchpoint=${tp({
          painPoints: [
            { text: 'a', severity: 'high' },
            'b',
            { text: 'c', severity: 'medium' },
            { text: 'd', severity: 'high' },
          ],
          opportunities: ['x', 'y'],
        })}
      ></touchpoint-card>`);
      const counts = textOf(el, 'counts');
      expect(counts).to.contain('4 pain points');
      expect(counts).to.contain('High: 2');
      expect(counts).to.contain('2 opportunities');
      expect(part(el, 'counts')!.querySelector('[aria-hidden="true"]')).not.to.equal(null); // the marker
    });

    it('formats metric chips for English: percent, signed NPS, target', async () => {
      const el = await fixture<TouchpointCard>(html`<touchpoint-card locale="en" .touchpoint=${tp()}></touchpoint-card>`);
      const chips = parts(el, 'metric').map((chip) => norm(chip.textContent));
      expect(chips).to.have.length(3);
      const percent = (n: number) => new Intl.NumberFormat('en', { style: 'percent' }).format(n);
      expect(chips[0]).to.equal(norm(`Drop-off ${percent(0.38)} target ${percent(0.25)}`));
      expect(chips[0]).to.contain('38%');
      expect(chips[1]).to.equal('NPS +34');
      expect(chips[2]).to.equal('CSAT 4.6');
    });

    it('formats metric chips for Norwegian with a decimal comma', async () => {
      const el = await fixture<TouchpointCard>(html`<touchpoint-card locale="nb" .touchpoint=${tp()}></touchpoint-card>`);
      const chips = parts(el, 'metric').map((chip) => norm(chip.textContent));
      expect(chips[2]).to.equal('CSAT 4,6');
      expect(chips[0]).to.contain(norm(new Intl.NumberFormat('nb', { style: 'percent' }).format(0.38)));
    });

    it('formats metric chips for Polish and Arabic as Intl does', async () => {
      for (const tag of ['pl', 'ar']) {
        const el = await fixture<TouchpointCard>(html`<touchpoint-card locale=${tag} .touchpoint=${tp()}></touchpoint-card>`);
        const chips = parts(el, 'metric').map((chip) => norm(chip.textContent));
        const msg = messagesFor(tag === 'pl' ? 'pl' : 'ar');
        const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 }).format(0.38);
        const nps = new Intl.NumberFormat(tag, { signDisplay: 'exceptZero', maximumFractionDigits: 0 }).format(34);
        const csat = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }).format(4.6);
        expect(chips[0], tag).to.contain(norm(`${msg.metrics['drop-off']} ${percent}`));
        expect(chips[1], tag).to.equal(norm(`${msg.metrics.nps} ${nps}`));
        expect(chips[2], tag).to.equal(norm(`${msg.metrics.csat} ${csat}`));
      }
    });

    it('shows the moment of truth with an icon, text and an emphasised border', async () => {
      const plain = await fixture<TouchpointCard>(html`<touchpoint-card locale="en" heading="Plain"></touchpoint-card>`);
      const moment = await fixture<TouchpointCard>(html`<touchpoint-card locale="en" heading="Key" moment-of-truth></touchpoint-card>`);
      expect(part(plain, 'moment-of-truth')).to.equal(null);
      expect(textOf(moment, 'moment-of-truth')).to.equal('Moment of truth');
      expect(part(moment, 'moment-of-truth')!.querySelector('svg[aria-hidden="true"]')).not.to.equal(null);
      const width = (el: TouchpointCard) => parseFloat(getComputedStyle(part(el, 'base')!).borderInlineStartWidth);
      expect(width(moment)).to.be.greaterThan(width(plain));
    });

    /** A plain card and a moment of truth side by side, in a box with `boxStyle`. */
    async function plainAndMoment(boxStyle = ''): Promise<TouchpointCard[]> {
      const box = await fixture<HTMLDivElement>(html`<div style=${boxStyle}>
        <touchpoint-card heading="Plain"></touchpoint-card>
        <touchpoint-card heading="Key" moment-of-truth></touchpoint-card>
      </div>`);
      const cards = [...box.querySelectorAll('touchpoint-card')];
      await cards[1]!.updateComplete;
      return cards;
    }

    const borderOf = (el: TouchpointCard) => getComputedStyle(part(el, 'base')!);

    /** Colour aside, the border tells the moment of truth apart: wider, and wider still at its start. */
    function expectEmphasisInWidths(plain: TouchpointCard, moment: TouchpointCard): void {
      expect(parseFloat(borderOf(plain).borderTopWidth)).to.be.greaterThan(0);
      expect(parseFloat(borderOf(moment).borderTopWidth)).to.be.greaterThan(parseFloat(borderOf(plain).borderTopWidth));
      expect(parseFloat(borderOf(moment).borderInlineStartWidth)).to.be.greaterThan(parseFloat(borderOf(moment).borderTopWidth));
      expect(textOf(moment, 'moment-of-truth')).to.equal('Moment of truth');
    }

    // Forced colours replace every colour with a few system colours, which may be the user's own
    // and need not differ between a card and a moment of truth: the border widths must tell them apart.
    it('keeps borders and the moment-of-truth emphasis in forced colours', async () => {
      await withForcedColors(async () => {
        const [plain, moment] = await plainAndMoment();
        for (const el of [plain!, moment!]) {
          expect(resolveCssColor(borderOf(el).borderTopColor)!.a, 'a painted border').to.be.greaterThan(0.5);
        }
        expect(borderOf(plain!).borderTopStyle).to.equal('solid');
        expect(borderOf(moment!).borderTopStyle, 'a shape, not only a colour').to.equal('double');
        expectEmphasisInWidths(plain!, moment!);
      });
    });

    // A forced palette may give borders and accents one and the same colour; so may a brand theme.
    it('keeps borders and the moment-of-truth emphasis when all colours are the same', async () => {
      const same = 'CanvasText';
      const [plain, moment] = await plainAndMoment(
        `--jk-color-border: ${same}; --jk-color-accent: ${same}; --jk-color-text: ${same}; --jk-color-surface-raised: Canvas`,
      );
      expect(borderOf(moment!).borderTopColor).to.equal(borderOf(plain!).borderTopColor);
      expect(borderOf(plain!).borderTopStyle).to.equal('solid');
      expectEmphasisInWidths(plain!, moment!);
    });

    it('shows the evidence level with glyph, word and sample size', async () => {
      const el = await fixture<TouchpointCard>(html`<touchpoint-card locale="en" .touchpoint=${tp()}></touchpoint-card>`);
      const evidence = part(el, 'evidence')!;
      expect(evidence.querySelector('svg[aria-hidden="true"]')).not.to.equal(null);
      expect(norm(evidence.textContent)).to.contain('Evidence: Validated (Sample size 12)');
      expect(norm(evidence.textContent)).to.contain('Source: Usability test, May');
    });

    it('compact density hides the description and shortens metric chips', async () => {
      const roomy = await fixture<TouchpointCard>(html`<touchpoint-card locale="en" .touchpoint=${tp()}></touchpoint-card>`);
      const compact = await fixture<TouchpointCard>(
        html`<touchpoint-card locale="en" density="compact" .touchpoint=${tp()}></touchpoint-card>`,
      );
      expect(cardText(roomy)).to.contain('Looks for the size chart');
      expect(cardText(compact)).not.to.contain('Looks for the size chart');
      const chipWidth = (el: TouchpointCard) => parts(el, 'metric')[0].getBoundingClientRect().width;
      expect(chipWidth(compact)).to.be.lessThan(chipWidth(roomy));
      expect(parseFloat(getComputedStyle(part(compact, 'base')!).paddingTop)).to.be.lessThan(
        parseFloat(getComputedStyle(part(roomy, 'base')!).paddingTop),
      );
      // The essentials stay.
      expect(textOf(compact, 'title')).to.equal('Reads the product page');
      expect(textOf(compact, 'emotion')).to.contain('unsure');
    });

    it('wraps a long Chinese title and a long unbroken word without overflowing', async () => {
      const title =
        '顧客在結帳頁面反覆輸入信用卡資料卻一直失敗，只好打電話給客服中心詢問原因，等待了二十分鐘才接通。';
      const box = await fixture<HTMLDivElement>(html`<div style="inline-size: 180px">
        <touchpoint-card locale="zh-Hant" heading=${title} channel="phone"></touchpoint-card>
        <touchpoint-card locale="en" heading=${'Supercalifragilistic'.repeat(4)}></touchpoint-card>
      </div>`);
      for (const el of box.querySelectorAll('touchpoint-card')) {
        await el.updateComplete;
        const titlePart = part(el, 'title')!;
        expect(titlePart.scrollWidth, norm(titlePart.textContent)).to.be.at.most(titlePart.clientWidth);
        expect(el.getBoundingClientRect().width).to.be.at.most(180);
        expect(titlePart.getBoundingClientRect().height).to.be.greaterThan(40); // it wrapped
      }
      const zh = box.querySelector('touchpoint-card')!;
      expect(textOf(zh, 'title')).to.equal(title);
      expect(textOf(zh, 'channel')).to.equal(messagesFor('zh-Hant').channels.phone);
    });
  });

  describe('accessibility', () => {
    it('is an article named by its title, not focusable', async () => {
      const el = await fixture<TouchpointCard>(html`<touchpoint-card locale="en" .touchpoint=${tp()}></touchpoint-card>`);
      // Chrome's pruned accessibility snapshot drops article nodes, so resolve the name as a browser does.
      const article = el.shadowRoot!.querySelector('article')!;
      const names = (article.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
      const name = norm(names.map((id) => el.shadowRoot!.getElementById(id)?.textContent ?? '').join(' '));
      expect(name).to.equal('Reads the product page');
      expect(el.tabIndex).to.equal(-1);
      expect(el.shadowRoot!.querySelector('[tabindex], a, button, input')).to.equal(null);
    });

    it('passes axe in the light theme', async () => {
      const el = await fixture<TouchpointCard>(html`<touchpoint-card locale="en" .touchpoint=${tp()}></touchpoint-card>`);
      await expect(el).to.be.accessible();
    });

    it('passes axe in the dark theme', async () => {
      const el = await fixture<TouchpointCard>(
        html`<touchpoint-card locale="en" theme="dark" .touchpoint=${tp()}></touchpoint-card>`,
      );
      expect(el.getAttribute('theme')).to.equal('dark');
      await expect(el).to.be.accessible();
    });

    it('passes axe right to left in Arabic and mirrors the layout', async () => {
      const box = await fixture<HTMLDivElement>(html`<div lang="ar" dir="rtl">
        <touchpoint-card moment-of-truth .touchpoint=${tp({ title: 'يقرأ صفحة المنتج' })}></touchpoint-card>
      </div>`);
      const el = box.querySelector('touchpoint-card')!;
      await el.updateComplete;
      expect(textOf(el, 'channel')).to.equal(messagesFor('ar').channels.web);
      const base = getComputedStyle(part(el, 'base')!);
      expect(base.direction).to.equal('rtl');
      // The moment-of-truth bar sits at the inline start, which is the right in RTL.
      expect(parseFloat(base.borderRightWidth)).to.be.greaterThan(parseFloat(base.borderLeftWidth));
      await expect(box).to.be.accessible();
    });
  });

  describe('accessibleSummary', () => {
    it('is one localised sentence with title, channel, moment of truth, feeling and counts', async () => {
      const el = await fixture<TouchpointCard>(html`<touchpoint-card locale="en" .touchpoint=${tp()}></touchpoint-card>`);
      expect(el.accessibleSummary).to.equal(
        'Reads the product page, Website, Moment of truth, Emotion: unsure, 2 pain points (High: 1), 1 opportunity.',
      );
    });

    it('uses the built-in feeling word and follows the locale', async () => {
      const el = await fixture<TouchpointCard>(html`<touchpoint-card
        locale="nb"
        heading="Ringer kundeservice"
        channel="phone"
        emotion="3"
      ></touchpoint-card>`);
      const nb = messagesFor('nb');
      expect(el.accessibleSummary).to.equal(`Ringer kundeservice, ${nb.channels.phone}, ${nb.emotion}: ${nb.emotions['very-positive']}.`);
    });

    it('uses Chinese punctuation in Chinese', async () => {
      const el = await fixture<TouchpointCard>(html`<touchpoint-card locale="zh-TW" heading="打電話" channel="phone"></touchpoint-card>`);
      expect(el.accessibleSummary).to.equal(`打電話，${messagesFor('zh-Hant').channels.phone}。`);
    });

    it('is available before the first render', () => {
      const el = document.createElement('touchpoint-card');
      el.locale = 'en';
      el.heading = 'Detached';
      expect(el.accessibleSummary).to.equal('Detached.');
    });
  });

  describe('text is text', () => {
    it('shows markup in every string as text and runs no script', async () => {
      window.__pwned = undefined;
      const evil = '<img src=x onerror="window.__pwned=1">';
      const el = await fixture<TouchpointCard>(html`<touchpoint-card
        locale="en"
        emotion-label="<script>window.__pwned=1</script>"
        .touchpoint=${{
          id: 't',
          stage: 's',
          title: evil,
          channel: '<svg onload="window.__pwned=1">',
          description: '<iframe src="javascript:window.__pwned=1"></iframe>',
          emotion: 1,
          evidence: { level: 'anecdotal', source: '"><script>window.__pwned=1</script>' },
          metrics: [{ kind: '<b onmouseover="window.__pwned=1">k</b>', value: 1, unit: '<i>u</i>', label: '<u>label</u>' }],
        } as Touchpoint}
      ></touchpoint-card>`);
      await aTimeout(50);
      expect(window.__pwned).to.equal(undefined);
      expect(textOf(el, 'title')).to.equal(evil);
      expect(textOf(el, 'channel')).to.equal('<svg onload="window.__pwned=1">');
      expect(textOf(el, 'emotion')).to.contain('<script>window.__pwned=1</script>');
      expect(textOf(el, 'metric')).to.contain('<u>label</u>');
      expect(textOf(el, 'metric')).to.contain('<i>u</i>');
      expect(cardText(el)).to.contain('<iframe src="javascript:window.__pwned=1"></iframe>');
      const root = el.shadowRoot!;
      expect(root.querySelector('img, script, iframe, b, i, u')).to.equal(null);
      expect(el.accessibleSummary).to.contain(evil);
    });
  });

  describe('bad input', () => {
    it('ignores an emotion that is not a number, warning once', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<TouchpointCard>(html`<touchpoint-card locale="en" heading="T" emotion="abc"></touchpoint-card>`);
        await rerender(el);
        el.setAttribute('emotion', 'abc');
        await rerender(el);
        expect(part(el, 'emotion')).to.equal(null);
        expect(textOf(el, 'title')).to.equal('T');
      });
      expect(warnings).to.deep.equal(['touchpoint-card: ignoring emotion "abc": not a number']);
    });

    it('ignores an emotion outside the scale, showing no glyph, word or value', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<TouchpointCard>(html`<touchpoint-card
          locale="en"
          .touchpoint=${tp({ emotion: 7, emotionLabel: 'ecstatic' })}
        ></touchpoint-card>`);
        await rerender(el);
        expect(part(el, 'emotion')).to.equal(null);
        expect(cardText(el)).not.to.contain('ecstatic');
        expect(el.accessibleSummary).not.to.contain('ecstatic');
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('touchpoint.emotion 7').and.contain('outside the scale');
    });

    it('warns once for a channel property that is not a string', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<TouchpointCard>(html`<touchpoint-card
          heading="T"
          .channel=${42 as unknown as string}
        ></touchpoint-card>`);
        await rerender(el);
        expect(part(el, 'channel')).to.equal(null);
        expect(textOf(el, 'title')).to.equal('T');
      });
      expect(warnings).to.deep.equal(['touchpoint-card: ignoring channel 42: not a string']);
    });

    it('warns once for a bad evidence value', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<TouchpointCard>(html`<touchpoint-card heading="T" evidence="proven"></touchpoint-card>`);
        await rerender(el);
        expect(part(el, 'evidence')).to.equal(null);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^touchpoint-card: ignoring evidence "proven": /);
    });

    it('warns once for a touchpoint that is not an object and renders the attributes', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<TouchpointCard>(html`<touchpoint-card
          locale="en"
          heading="From the attribute"
          .touchpoint=${'not a touchpoint' as unknown as Touchpoint}
        ></touchpoint-card>`);
        await rerender(el);
        expect(textOf(el, 'title')).to.equal('From the attribute');
      });
      expect(warnings).to.deep.equal(['touchpoint-card: ignoring touchpoint "not a touchpoint": not an object']);
    });

    it('warns again only for a new bad value', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<TouchpointCard>(html`<touchpoint-card heading="T" emotion="abc"></touchpoint-card>`);
        el.setAttribute('emotion', 'xyz');
        await rerender(el);
        el.setAttribute('emotion', 'abc');
        await rerender(el);
      });
      expect(warnings).to.deep.equal([
        'touchpoint-card: ignoring emotion "abc": not a number',
        'touchpoint-card: ignoring emotion "xyz": not a number',
      ]);
    });

    it('survives broken touchpoint fields without throwing', async () => {
      const broken = {
        id: 't',
        stage: 's',
        title: 'Still shown',
        painPoints: 'many',
        opportunities: [null, 'ok'],
        metrics: [{ kind: 'nps', value: 'high' }, { kind: 'csat', value: 9 }, { kind: 'nps', value: 10 }],
        evidence: { level: 'validated', sampleSize: -3 },
        momentOfTruth: 'yes',
      } as unknown as Touchpoint;
      const warnings = await captureWarnings(async () => {
        const el = await fixture<TouchpointCard>(html`<touchpoint-card locale="en" .touchpoint=${broken}></touchpoint-card>`);
        await rerender(el);
        expect(textOf(el, 'title')).to.equal('Still shown');
        expect(textOf(el, 'counts')).to.equal('1 opportunity');
        expect(parts(el, 'metric').map((m) => norm(m.textContent))).to.deep.equal(['NPS +10']);
        expect(textOf(el, 'evidence')).to.equal('Evidence: Validated');
        expect(part(el, 'moment-of-truth')).to.equal(null);
      });
      expect(warnings.length).to.equal(6);
      for (const w of warnings) expect(w).to.match(/^touchpoint-card: ignoring touchpoint\./);
    });
  });

  describe('locale', () => {
    it('re-renders in a new language when `locale` changes at run time', async () => {
      const el = await fixture<TouchpointCard>(html`<touchpoint-card locale="en" .touchpoint=${tp()}></touchpoint-card>`);
      expect(textOf(el, 'channel')).to.equal('Website');
      el.locale = 'nb';
      await el.updateComplete;
      const nb = messagesFor('nb');
      expect(textOf(el, 'channel')).to.equal(nb.channels.web);
      expect(textOf(el, 'moment-of-truth')).to.equal(nb.momentOfTruth);
      expect(textOf(el, 'counts')).to.contain(nb.painPointCount(2));
      expect(parts(el, 'metric')[2].textContent).to.contain('4,6');
      expect(part(el, 'base')!.getAttribute('lang')).to.equal('nb');
    });

    it('follows the lang of an ancestor when it has no locale', async () => {
      const box = await fixture<HTMLDivElement>(html`<div lang="de"><touchpoint-card heading="T" channel="store"></touchpoint-card></div>`);
      const el = box.querySelector('touchpoint-card')!;
      await el.updateComplete;
      expect(textOf(el, 'channel')).to.equal(messagesFor('de').channels.store);
    });
  });

  describe('slots', () => {
    it('renders the badge, default and actions slots', async () => {
      const el = await fixture<TouchpointCard>(html`<touchpoint-card locale="en" heading="T">
        <span slot="badge">Maria</span>
        <p>Extra body text</p>
        <button slot="actions">Open details</button>
      </touchpoint-card>`);
      await el.updateComplete;
      const visible = (node: Element) => node.getBoundingClientRect().height > 0;
      expect(visible(el.querySelector('[slot="badge"]')!)).to.equal(true);
      expect(visible(el.querySelector('p')!)).to.equal(true);
      expect(visible(el.querySelector('button')!)).to.equal(true);
      // The badge sits in the header, the actions in the footer, below the body.
      expect(el.querySelector('[slot="badge"]')!.assignedSlot!.closest('[part~="header"]')).not.to.equal(null);
      expect(el.querySelector('button')!.assignedSlot!.closest('[part~="footer"]')).not.to.equal(null);
      expect(el.querySelector('button')!.getBoundingClientRect().top).to.be.at.least(
        el.querySelector('p')!.getBoundingClientRect().bottom,
      );
    });

    it('hides the empty footer', async () => {
      const el = await fixture<TouchpointCard>(html`<touchpoint-card heading="T"></touchpoint-card>`);
      expect(part(el, 'footer')!.getBoundingClientRect().height).to.equal(0);
    });
  });
});
