import { expect } from '@open-wc/testing';
import { LitElement, html, render, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { LocaleController } from '../../src/i18n/locale-controller.js';
import { formatNumber } from '../../src/i18n/format.js';

/** A host that shows what its controller resolved. */
class LocaleProbe extends LitElement {
  @property({ reflect: true }) locale?: string;
  @property({ attribute: false }) content?: string;

  readonly l10n = new LocaleController(this, { contentLocale: () => this.content });
  renders = 0;

  override render() {
    this.renders++;
    return html`<span>${this.l10n.locale}|${this.l10n.tag}|${this.l10n.msg.close}</span>`;
  }
}
customElements.define('jk-locale-probe', LocaleProbe);

let container: HTMLElement;

/** Renders into a container on the page. (fixture() on a plain wrapper would wait for a frame.) */
async function mount(template: TemplateResult): Promise<LocaleProbe> {
  render(template, container);
  const probe = container.querySelector<LocaleProbe>('jk-locale-probe')!;
  await probe.updateComplete;
  return probe;
}

const shown = (probe: LocaleProbe) => probe.shadowRoot!.querySelector('span')!.textContent;

describe('LocaleController', () => {
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    container.remove();
    document.documentElement.removeAttribute('lang');
  });

  it('defaults to English', async () => {
    const probe = await mount(html`<jk-locale-probe></jk-locale-probe>`);
    expect(shown(probe)).to.equal('en|en|Close');
    expect(probe.l10n.dir).to.equal('ltr');
  });

  it('resolves own locale > own lang > content locale > ancestor lang > en', async () => {
    const probe = await mount(html`
      <div lang="de">
        <jk-locale-probe locale="fi" lang="pl" .content=${'nb-NO'}></jk-locale-probe>
      </div>
    `);
    expect(probe.l10n.locale).to.equal('fi');

    probe.locale = undefined;
    await probe.updateComplete;
    expect(probe.hasAttribute('locale')).to.equal(false);
    expect(probe.l10n.locale).to.equal('pl');

    probe.removeAttribute('lang');
    expect(probe.l10n.locale).to.equal('nb');
    expect(probe.l10n.tag).to.equal('nb-NO');

    probe.content = undefined;
    await probe.updateComplete;
    expect(probe.l10n.locale).to.equal('de');

    probe.parentElement!.removeAttribute('lang');
    await probe.updateComplete;
    expect(probe.l10n.locale).to.equal('en');
  });

  it('reads the locale attribute of a host', async () => {
    const probe = await mount(html`<jk-locale-probe locale="zh-TW"></jk-locale-probe>`);
    expect(shown(probe)).to.equal('zh-Hant|zh-TW|關閉');
  });

  it('finds an ancestor lang across shadow roots', async () => {
    const outer = document.createElement('div');
    outer.lang = 'ar-EG';
    const shadowHost = document.createElement('div');
    outer.append(shadowHost);
    container.append(outer);
    const root = shadowHost.attachShadow({ mode: 'open' });
    render(html`<section><jk-locale-probe></jk-locale-probe></section>`, root);
    const probe = root.querySelector<LocaleProbe>('jk-locale-probe')!;
    await probe.updateComplete;
    expect(probe.l10n.locale).to.equal('ar');
    expect(probe.l10n.tag).to.equal('ar-EG');
    expect(probe.l10n.dir).to.equal('rtl');
    expect(shown(probe)).to.equal('ar|ar-EG|إغلاق');
  });

  it('re-renders when an ancestor lang changes', async () => {
    const probe = await mount(html`<div lang="en"><jk-locale-probe></jk-locale-probe></div>`);
    expect(shown(probe)).to.equal('en|en|Close');
    probe.parentElement!.lang = 'nb';
    await new Promise((resolve) => setTimeout(resolve));
    await probe.updateComplete;
    expect(shown(probe)).to.equal('nb|nb|Lukk');

    document.documentElement.lang = 'fi';
    probe.parentElement!.removeAttribute('lang');
    await new Promise((resolve) => setTimeout(resolve));
    await probe.updateComplete;
    expect(shown(probe)).to.equal('fi|fi|Sulje');
  });

  it('re-renders when its own lang attribute changes', async () => {
    const probe = await mount(html`<jk-locale-probe></jk-locale-probe>`);
    probe.lang = 'de';
    await new Promise((resolve) => setTimeout(resolve));
    await probe.updateComplete;
    expect(shown(probe)).to.equal('de|de|Schließen');
  });

  it('does not re-render for lang changes that do not change its language', async () => {
    const probe = await mount(html`<jk-locale-probe locale="pl"></jk-locale-probe>`);
    const before = probe.renders;
    document.documentElement.lang = 'de';
    await new Promise((resolve) => setTimeout(resolve));
    await probe.updateComplete;
    expect(probe.renders).to.equal(before);
  });

  it('stops listening when disconnected, and listens again when reconnected', async () => {
    const probe = await mount(html`<div lang="en"><jk-locale-probe></jk-locale-probe></div>`);
    const wrapper = probe.parentElement!;
    wrapper.remove();
    wrapper.lang = 'pl';
    await new Promise((resolve) => setTimeout(resolve));
    container.append(wrapper);
    await probe.updateComplete;
    expect(probe.l10n.locale).to.equal('pl');
    wrapper.lang = 'fi';
    await new Promise((resolve) => setTimeout(resolve));
    await probe.updateComplete;
    expect(shown(probe)).to.equal('fi|fi|Sulje');
  });

  it('uses English numbers for a language without strings, so words and digits agree', async () => {
    const probe = await mount(html`<jk-locale-probe locale="sv-SE"></jk-locale-probe>`);
    expect(probe.l10n.locale).to.equal('en');
    expect(probe.l10n.tag).to.equal('en');
    expect(probe.l10n.formatNumber(1.5)).to.equal('1.5');
  });

  it('survives a malformed tag', async () => {
    const probe = await mount(html`<jk-locale-probe locale="nb_NO"></jk-locale-probe>`);
    expect(probe.l10n.tag).to.equal('nb-NO');
    const broken = await mount(html`<jk-locale-probe locale="de-!!"></jk-locale-probe>`);
    expect(broken.l10n.locale).to.equal('de');
    expect(broken.l10n.tag).to.equal('de');
  });
});

describe('LocaleController formats', () => {
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => container.remove());

  const probeFor = (locale: string) => mount(html`<jk-locale-probe locale=${locale}></jk-locale-probe>`);

  it('writes a decimal comma in Norwegian', async () => {
    const l10n = (await probeFor('nb-NO')).l10n;
    expect(l10n.formatNumber(1.5)).to.equal('1,5');
    expect(l10n.formatNumber(-2.25)).to.equal('\u22122,25');
  });

  it('writes percents the Polish way', async () => {
    const l10n = (await probeFor('pl')).l10n;
    const expected = new Intl.NumberFormat('pl', { style: 'percent' }).format(0.12);
    expect(l10n.formatPercent(0.12)).to.equal(expected);
    expect(l10n.formatPercent(0.12).replace(/\s/g, '')).to.equal('12%');
    expect(l10n.formatPercent(0.125)).to.equal(
      new Intl.NumberFormat('pl', { style: 'percent', maximumFractionDigits: 1 }).format(0.125),
    );
  });

  it('writes Arabic numbers as Intl does for ar', async () => {
    const l10n = (await probeFor('ar')).l10n;
    expect(l10n.formatNumber(1234.5)).to.equal(new Intl.NumberFormat('ar').format(1234.5));
    expect(l10n.formatPercent(0.5)).to.equal(
      new Intl.NumberFormat('ar', { style: 'percent', maximumFractionDigits: 1 }).format(0.5),
    );
  });

  it('signs NPS with + and U+2212', async () => {
    const l10n = (await probeFor('en')).l10n;
    expect(l10n.formatMetric({ kind: 'nps', value: 34 }).value).to.equal('+34');
    expect(l10n.formatMetric({ kind: 'nps', value: -12 }).value).to.equal('\u221212');
    expect(l10n.formatMetric({ kind: 'nps', value: 0 }).value).to.equal('0');
    const fi = (await probeFor('fi')).l10n;
    expect(fi.formatMetric({ kind: 'nps', value: -12 }).value).to.equal('\u221212');
  });

  it('formats every known metric kind', async () => {
    const l10n = (await probeFor('en')).l10n;
    expect(l10n.formatMetric({ kind: 'csat', value: 4.25, target: 4.5 })).to.deep.equal({
      name: 'CSAT',
      value: '4.3',
      target: '4.5',
      text: 'CSAT: 4.3, target 4.5',
    });
    expect(l10n.formatMetric({ kind: 'conversion', value: 0.12 }).value).to.equal('12%');
    expect(l10n.formatMetric({ kind: 'drop-off', value: 0.085 }).text).to.equal('Drop-off: 8.5%');
    expect(l10n.formatMetric({ kind: 'ces', value: 3 }).name).to.equal('Customer effort');
    expect(l10n.formatMetric({ kind: 'time-on-task', value: 540 }).value).to.equal('9 min');
    expect(l10n.formatMetric({ kind: 'time-on-task', value: 45 }).value).to.equal('45 sec');
    expect(l10n.formatMetric({ kind: 'time-on-task', value: 5400 }).value).to.equal('1.5 hr');
    expect(l10n.formatMetric({ kind: 'calls', value: 1200, unit: 'calls' }).value).to.equal('1,200\u00a0calls');
    expect(l10n.formatMetric({ kind: 'calls', value: 3, label: 'Calls per order' }).name).to.equal('Calls per order');
    expect(l10n.formatMetric({ kind: 'toString', value: 3 }).name).to.equal('toString');
  });

  it('writes time on task as a localised duration', async () => {
    const nb = (await probeFor('nb')).l10n;
    expect(nb.formatMetric({ kind: 'time-on-task', value: 540 }).value).to.equal(
      new Intl.NumberFormat('nb', { style: 'unit', unit: 'minute', unitDisplay: 'short' }).format(9),
    );
  });

  it('describes emotions with scale labels or built-in words', async () => {
    const l10n = (await probeFor('en')).l10n;
    expect(l10n.describeEmotion(-3, { min: -3, max: 3 })).to.equal('\u22123 of \u22123 to 3, frustrated');
    expect(l10n.describeEmotion(0, { min: -3, max: 3 })).to.equal('0 of \u22123 to 3, neutral');
    expect(l10n.describeEmotion(3, { min: -3, max: 3 }, 'relieved')).to.equal('3 of \u22123 to 3, relieved');
    const scale = { min: 1, max: 5, labels: { '1': 'Furious' } };
    expect(l10n.emotionWord(1, scale)).to.equal('Furious');
    expect(l10n.emotionWord(2, scale)).to.equal('unhappy');
    expect(l10n.emotionWord(5, scale)).to.equal('delighted');
    expect(l10n.emotionWord(-2)).to.equal('unhappy');
    expect(l10n.emotionWord(2)).to.equal('pleased');
    const ar = (await probeFor('ar')).l10n;
    const n = (v: number) => new Intl.NumberFormat('ar').format(v).replaceAll('-', '\u2212');
    expect(ar.describeEmotion(-3, { min: -3, max: 3 })).to.equal(
      `${n(-3)} على مقياس من ${n(-3)} إلى ${n(3)}، إحباط`,
    );
  });
});

describe('signed numbers in right-to-left text', () => {
  it('keep the minus sign before the digits when laid out in Arabic', () => {
    const line = document.createElement('p');
    line.dir = 'rtl';
    line.lang = 'ar';
    line.style.fontSize = '32px';
    line.textContent = `${formatNumber('ar', -3)} على مقياس من ${formatNumber('ar', -3)} إلى 3`;
    document.body.append(line);
    try {
      const text = line.firstChild as Text;
      const box = (index: number) => {
        const range = document.createRange();
        range.setStart(text, index);
        range.setEnd(text, index + 1);
        return range.getBoundingClientRect();
      };
      const minus = text.data.indexOf('\u2212');
      const digit = text.data.indexOf('3', minus);
      // Read left to right on screen, "−3": the sign's box lies left of the digit's. (Intl's
      // left-to-right mark before the sign does this; without it the sign lands after the digits.)
      expect(box(minus).left).to.be.lessThan(box(digit).left);
    } finally {
      line.remove();
    }
  });
});
