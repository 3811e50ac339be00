import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { LitElement, css } from 'lit';
import {
  composite,
  contrastRatio,
  inkFor,
  parseCssColor,
  relativeLuminance,
  resolveCssColor,
  type Rgba,
} from '../../src/theme/contrast.js';
import {
  PERSONA_PALETTE_SIZE,
  TOKENS,
  personaColorIndex,
  personaColorVar,
  themeStyles,
  type TokenName,
} from '../../src/theme/tokens.js';

const COLOR_TOKENS = (Object.keys(TOKENS) as TokenName[]).filter((name) => name.startsWith('color-'));
const PERSONAS = Array.from({ length: PERSONA_PALETTE_SIZE }, (_, i) => `color-persona-${i + 1}` as TokenName);

/** Renders one span per colour token, coloured with the private token, inside themeStyles. */
class ThemeProbe extends LitElement {
  static override styles = [
    themeStyles,
    css`
      :host {
        display: block;
      }
    `,
  ];

  override render() {
    return COLOR_TOKENS.map(
      (name) => html`<span data-token=${name} style=${`color: var(--_jk-${name})`}></span>`,
    );
  }
}
customElements.define('jk-theme-probe', ThemeProbe);

type Palette = Record<string, Rgba>;

function read(probe: ThemeProbe): Palette {
  const palette: Palette = {};
  for (const span of probe.shadowRoot!.querySelectorAll<HTMLElement>('[data-token]')) {
    const rgba = parseCssColor(getComputedStyle(span).color);
    if (!rgba) throw new Error(`unreadable colour for ${span.dataset.token}`);
    palette[span.dataset.token!] = rgba;
  }
  return palette;
}

async function probe(theme?: string, style = ''): Promise<ThemeProbe> {
  // The probe is the fixture root: a plain wrapper would make fixture() wait for an animation
  // frame, which never comes in a background tab when test files run in parallel.
  return fixture<ThemeProbe>(
    theme === undefined
      ? html`<jk-theme-probe style=${style}></jk-theme-probe>`
      : html`<jk-theme-probe theme=${theme} style=${style}></jk-theme-probe>`,
  );
}

function expectContrast(palette: Palette, fg: string, bg: string, min: number, label: string) {
  const ratio = contrastRatio(palette[`color-${fg}`]!, palette[`color-${bg}`]!);
  expect(ratio, `${label}: ${fg} on ${bg} is ${ratio.toFixed(2)}:1, needs ${min}:1`).to.be.at.least(min);
}

/** Every contrast promise the theme makes. */
function checkAll(palette: Palette, label: string) {
  for (const bg of ['surface', 'surface-raised', 'surface-sunken']) {
    expectContrast(palette, 'text', bg, 4.5, label);
    expectContrast(palette, 'text-muted', bg, 4.5, label);
  }
  for (const fg of ['accent', 'border-strong', 'focus-ring', ...PERSONAS.map((p) => p.slice(6))]) {
    expectContrast(palette, fg, 'surface', 3, label);
    expectContrast(palette, fg, 'surface-raised', 3, label);
  }
  for (const fg of ['positive', 'neutral', 'negative']) {
    expectContrast(palette, fg, 'surface', 4.5, label);
    expectContrast(palette, fg, 'surface-raised', 4.5, label);
  }
  expectContrast(palette, 'positive', 'positive-surface', 4.5, label);
  expectContrast(palette, 'negative', 'negative-surface', 4.5, label);
  expectContrast(palette, 'on-accent', 'accent', 4.5, label);
}

/** CIELAB (D65) of an sRGB colour, for perceptual distances. */
function lab({ r, g, b }: Rgba): [number, number, number] {
  const lin = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  const [R, G, B] = [lin(r), lin(g), lin(b)];
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * R + 0.3576 * G + 0.1805 * B) / 0.95047);
  const y = f(0.2126 * R + 0.7152 * G + 0.0722 * B);
  const z = f((0.0193 * R + 0.1192 * G + 0.9505 * B) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

const isDark = (palette: Palette) => relativeLuminance(palette['color-surface']!) < 0.1;

describe('theme tokens', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  it('meets WCAG AA in the default (light) theme', async () => {
    const palette = read(await probe());
    expect(isDark(palette)).to.equal(false);
    checkAll(palette, 'default');
  });

  it('meets WCAG AA with theme="light"', async () => {
    checkAll(read(await probe('light')), 'light');
  });

  it('meets WCAG AA with theme="dark"', async () => {
    const palette = read(await probe('dark'));
    expect(isDark(palette)).to.equal(true);
    checkAll(palette, 'dark');
  });

  it('theme="auto" follows prefers-color-scheme and meets AA both ways', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const light = read(await probe('auto'));
    expect(isDark(light)).to.equal(false);
    checkAll(light, 'auto, light scheme');

    await emulateMedia({ colorScheme: 'dark' });
    const dark = read(await probe('auto'));
    expect(isDark(dark)).to.equal(true);
    checkAll(dark, 'auto, dark scheme');
    expect(dark).to.deep.equal(read(await probe('dark')));
  });

  it('a page dark scheme does not darken theme="light" or the default', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    expect(isDark(read(await probe()))).to.equal(false);
    expect(isDark(read(await probe('light')))).to.equal(false);
  });

  it('the eight persona colours are distinct from each other in both themes', async () => {
    for (const theme of ['light', 'dark']) {
      const palette = read(await probe(theme));
      const colours = PERSONAS.map((name) => lab(palette[name]!));
      for (let i = 0; i < colours.length; i++) {
        for (let j = i + 1; j < colours.length; j++) {
          // CIE76 ΔE: 2.3 is just noticeable; 20 keeps categories apart at a glance.
          const distance = Math.hypot(...colours[i]!.map((v, k) => v - colours[j]![k]!));
          expect(distance, `${theme}: persona ${i + 1} vs ${j + 1}`).to.be.greaterThan(20);
        }
      }
    }
  });

  it('public --jk-* tokens set on an ancestor override the defaults', async () => {
    const element = await probe('dark', '--jk-color-accent: rgb(1, 2, 3)');
    expect(read(element)['color-accent']).to.deep.equal({ r: 1, g: 2, b: 3, a: 1 });
  });

  it('maps every colour to a system colour under forced-colors: active', () => {
    // The test runner cannot emulate forced colours in Chromium, so read the rule itself.
    const rule = [...themeStyles.styleSheet!.cssRules].find(
      (r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText.includes('forced-colors'),
    );
    const style = (rule!.cssRules[0] as CSSStyleRule).style;
    const system = /^(Canvas|CanvasText|GrayText|Highlight|HighlightText|ButtonText|ButtonFace|LinkText)$/;
    for (const name of COLOR_TOKENS) {
      expect(style.getPropertyValue(`--_jk-${name}`).trim(), name).to.match(system);
    }
    expect(style.getPropertyValue('--_jk-color-text').trim()).to.equal('CanvasText');
    expect(style.getPropertyValue('--_jk-color-surface').trim()).to.equal('Canvas');
    expect(style.getPropertyValue('--_jk-color-focus-ring').trim()).to.equal('Highlight');
  });

  it('sets the motion duration to 0s under prefers-reduced-motion', async () => {
    expect(getComputedStyle(await probe()).getPropertyValue('--_jk-motion-duration').trim()).to.equal(
      '150ms',
    );
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(await probe()).getPropertyValue('--_jk-motion-duration').trim()).to.equal(
      '0s',
    );
  });
});

describe('personaColorVar', () => {
  it('is stable and stays inside the palette', () => {
    expect(personaColorVar('maria')).to.equal(personaColorVar('maria'));
    expect(personaColorVar('maria')).to.match(/^var\(--_jk-color-persona-[1-8]\)$/);
    const used = new Set<number>();
    for (let i = 0; i < 200; i++) {
      const index = personaColorIndex(`persona-${i}`);
      expect(index).to.be.within(1, PERSONA_PALETTE_SIZE);
      used.add(index);
    }
    expect(used.size).to.equal(PERSONA_PALETTE_SIZE);
  });
});

describe('contrast.ts', () => {
  it('parses the colour syntaxes browsers serialise to', () => {
    expect(parseCssColor('rgb(255, 0, 10)')).to.deep.equal({ r: 255, g: 0, b: 10, a: 1 });
    expect(parseCssColor('rgba(1, 2, 3, 0.5)')).to.deep.equal({ r: 1, g: 2, b: 3, a: 0.5 });
    expect(parseCssColor('rgb(1 2 3 / 50%)')).to.deep.equal({ r: 1, g: 2, b: 3, a: 0.5 });
    expect(parseCssColor('#fff')).to.deep.equal({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseCssColor('#11223380')).to.deep.equal({ r: 17, g: 34, b: 51, a: 128 / 255 });
    expect(parseCssColor('transparent')?.a).to.equal(0);
    expect(parseCssColor('color(srgb 1 0 0.5)')).to.deep.equal({ r: 255, g: 0, b: 127.5, a: 1 });
    const hsl = parseCssColor('hsl(120, 100%, 25%)')!;
    expect([hsl.r, Math.round(hsl.g), hsl.b]).to.deep.equal([0, 128, 0]);
  });

  it('refuses what it cannot read instead of guessing', () => {
    for (const bad of ['', 'rebeccapurple', '#12', '#ggg', 'rgb(1, 2)', 'oklch(0.5 0.1 20)', 'url(x)']) {
      expect(parseCssColor(bad), bad).to.equal(null);
    }
  });

  it('resolves any CSS colour through the browser', () => {
    expect(resolveCssColor('rebeccapurple')).to.deep.equal({ r: 102, g: 51, b: 153, a: 1 });
    const oklch = resolveCssColor('oklch(62.8% 0.2577 29.23)')!;
    expect(oklch.r).to.be.greaterThan(240);
    expect(resolveCssColor('not a colour')).to.equal(null);
    expect(resolveCssColor('rgb(17 34 51)')).to.deep.equal({ r: 17, g: 34, b: 51, a: 1 });
    // Each colour is read alone: a translucent one is not painted over the one before.
    for (let i = 0; i < 2; i++) expect(resolveCssColor('rgb(255 0 0 / 50%)')!.a).to.be.closeTo(0.5, 0.01);
    expect(resolveCssColor('transparent')!.a).to.equal(0);
  });

  it('computes WCAG luminance and contrast', () => {
    const black = { r: 0, g: 0, b: 0, a: 1 };
    const white = { r: 255, g: 255, b: 255, a: 1 };
    expect(relativeLuminance(black)).to.equal(0);
    expect(relativeLuminance(white)).to.equal(1);
    expect(contrastRatio(black, white)).to.equal(21);
    expect(contrastRatio(white, black)).to.equal(21);
    // #767676 on white is the classic 4.54:1.
    expect(contrastRatio(parseCssColor('#767676')!, white)).to.be.closeTo(4.54, 0.01);
  });

  it('composites translucent colours', () => {
    const white = { r: 255, g: 255, b: 255, a: 1 };
    expect(composite({ r: 0, g: 0, b: 0, a: 0.5 }, white)).to.deep.equal({ r: 127.5, g: 127.5, b: 127.5, a: 1 });
  });

  it('inkFor always gives at least 4.5:1 with the default inks', () => {
    const black = { r: 0, g: 0, b: 0, a: 1 };
    const white = { r: 255, g: 255, b: 255, a: 1 };
    const check = (bg: Rgba) => {
      const ink = inkFor(bg) === 'dark' ? black : white;
      expect(contrastRatio(bg, ink), JSON.stringify(bg)).to.be.at.least(4.5);
    };
    for (let v = 0; v <= 255; v++) check({ r: v, g: v, b: v, a: 1 });
    for (let r = 0; r <= 255; r += 17) {
      for (let g = 0; g <= 255; g += 17) {
        for (let b = 0; b <= 255; b += 17) check({ r, g, b, a: 1 });
      }
    }
    expect(inkFor(parseCssColor('#777777')!)).to.equal('dark');
    expect(inkFor(parseCssColor('#1d5fc4')!)).to.equal('light');
  });

  it('inkFor uses the inks it is given', () => {
    const grey = parseCssColor('#808080')!;
    expect(inkFor(grey, { dark: parseCssColor('#7a7a7a')!, light: parseCssColor('#ffffff')! })).to.equal('light');
  });
});
