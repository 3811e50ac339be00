/**
 * WCAG 2.x contrast maths, and reading colours back from CSS (what `getComputedStyle` returns).
 * Used at run time to pick readable ink on user-chosen fills, and by the theme tests.
 */

/** An sRGB colour: channels 0–255, alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** The WCAG minimum for normal text. */
export const AA_TEXT = 4.5;
/** The WCAG minimum for large text and graphics. */
export const AA_GRAPHICS = 3;

const BLACK: Rgba = { r: 0, g: 0, b: 0, a: 1 };
const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };

const clamp = (value: number, max: number) => Math.min(max, Math.max(0, value));

/** A channel written as `12`, `12.5` or `40%` (of 255), or `none`. */
function channel(token: string): number | null {
  if (token === 'none') return 0;
  const number = Number.parseFloat(token);
  if (!Number.isFinite(number)) return null;
  return clamp(token.endsWith('%') ? (number / 100) * 255 : number, 255);
}

function alpha(token: string | undefined): number | null {
  if (token === undefined) return 1;
  if (token === 'none') return 0;
  const number = Number.parseFloat(token);
  if (!Number.isFinite(number)) return null;
  return clamp(token.endsWith('%') ? number / 100 : number, 1);
}

function fromHex(hex: string): Rgba | null {
  if (!/^[0-9a-f]+$/i.test(hex)) return null;
  const digits =
    hex.length === 3 || hex.length === 4 ? [...hex].map((d) => d + d).join('') : hex;
  if (digits.length !== 6 && digits.length !== 8) return null;
  const at = (i: number) => Number.parseInt(digits.slice(i, i + 2), 16);
  return { r: at(0), g: at(2), b: at(4), a: digits.length === 8 ? at(6) / 255 : 1 };
}

function fromHsl(h: number, s: number, l: number, a: number): Rgba {
  // CSS Color 4 hsl-to-rgb.
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return (l - s * Math.min(l, 1 - l) * Math.max(-1, Math.min(k - 3, 9 - k, 1))) * 255;
  };
  return { r: f(0), g: f(8), b: f(4), a };
}

/**
 * Parses the colour syntaxes browsers serialise computed colours to, and the common authored ones:
 * `#rgb[a]`, `#rrggbb[aa]`, `rgb()`/`rgba()` (comma or space syntax), `hsl()`/`hsla()`,
 * `color(srgb r g b / a)`, `transparent`, `black`, `white`. Anything else (named colours, `oklch()`,
 * `color-mix()`…) gives `null`; in a browser, `resolveCssColor` reads every colour.
 */
export function parseCssColor(css: string): Rgba | null {
  const text = css.trim().toLowerCase();
  if (text === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  if (text === 'black') return { ...BLACK };
  if (text === 'white') return { ...WHITE };
  if (text.startsWith('#')) return fromHex(text.slice(1));
  const match = /^(rgba?|hsla?|color)\(\s*([^)]*)\)$/.exec(text);
  if (!match) return null;
  const [, fn, body = ''] = match;
  const [main = '', slashAlpha] = body.split('/').map((part) => part.trim());
  const parts = main.split(/[\s,]+/).filter(Boolean);
  if (fn === 'color') {
    // color(srgb r g b [/ a]) with channels 0–1 or percentages.
    if (parts[0] !== 'srgb' || parts.length !== 4) return null;
    const [r, g, b] = parts.slice(1).map((p) => channel(p.endsWith('%') ? p : `${Number.parseFloat(p) * 100}%`));
    const a = alpha(slashAlpha);
    if (r == null || g == null || b == null || a === null) return null;
    return { r, g, b, a };
  }
  // Legacy comma syntax puts alpha fourth instead of after a slash.
  const alphaToken = slashAlpha ?? parts[3];
  if (parts.length < 3 || parts.length > 4 || (parts.length === 4 && slashAlpha !== undefined)) {
    return null;
  }
  const a = alpha(alphaToken);
  if (a === null) return null;
  if (fn === 'rgb' || fn === 'rgba') {
    const [r, g, b] = parts.slice(0, 3).map(channel);
    if (r == null || g == null || b == null) return null;
    return { r, g, b, a };
  }
  const h = Number.parseFloat(parts[0]!);
  const s = Number.parseFloat(parts[1]!) / 100;
  const l = Number.parseFloat(parts[2]!) / 100;
  if (![h, s, l].every(Number.isFinite)) return null;
  return fromHsl(((h % 360) + 360) % 360, clamp(s, 1), clamp(l, 1), a);
}

let pixel: CanvasRenderingContext2D | null | undefined;

/**
 * Any CSS colour as sRGB (8 bits a channel), read back from a one-pixel canvas: the browser's
 * own parser knows every syntax (named colours, `oklch()`, `color-mix()`, what
 * `getComputedStyle` returns). `null` when the string is not a colour or there is no DOM.
 * `parseCssColor` reads the common syntaxes without a DOM.
 */
export function resolveCssColor(css: string): Rgba | null {
  if (typeof document === 'undefined' || !CSS.supports('color', css)) return null;
  pixel ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!pixel) return null;
  pixel.clearRect(0, 0, 1, 1);
  pixel.fillStyle = css;
  pixel.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0, a = 0] = pixel.getImageData(0, 0, 1, 1).data;
  return { r, g, b, a: a / 255 };
}

/** `top` painted over an opaque `bottom` (source-over), so a translucent fill can be measured. */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const mix = (t: number, b: number) => t * top.a + b * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

/** WCAG relative luminance, 0 (black) to 1 (white). Alpha is ignored; `composite` first. */
export function relativeLuminance(rgb: Pick<Rgba, 'r' | 'g' | 'b'>): number {
  const linear = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(rgb.r) + 0.7152 * linear(rgb.g) + 0.0722 * linear(rgb.b);
}

/** WCAG contrast ratio between two opaque colours, 1 to 21, in either order. */
export function contrastRatio(
  a: Pick<Rgba, 'r' | 'g' | 'b'>,
  b: Pick<Rgba, 'r' | 'g' | 'b'>,
): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * Which ink reads better on a fill: `dark` (`--jk-color-ink-dark`, black by default) or `light`
 * (`--jk-color-ink-light`, white). With the default black and white inks the winner is always at
 * least 4.58:1. Pass the actual inks when a page overrides them; a translucent background should
 * be composited onto what is behind it first.
 */
export function inkFor(
  background: Rgba,
  inks: { dark: Rgba; light: Rgba } = { dark: BLACK, light: WHITE },
): 'dark' | 'light' {
  return contrastRatio(background, inks.dark) >= contrastRatio(background, inks.light)
    ? 'dark'
    : 'light';
}
