/** Wrappers the stories share: a page surface per theme, right-to-left, and the brand theme. */
import { html, type TemplateResult } from 'lit';

/**
 * A decorator that only wraps the story: it fits every story's args type (Storybook's `Decorator`
 * defaults to loose args, which a story with typed args does not accept).
 */
export type Wrapper = (story: () => unknown) => TemplateResult;

/**
 * A dark page under elements with `theme="dark"`, so the story looks like a dark app (the
 * elements paint their own surfaces either way). Colours match the dark theme's sunken surface.
 */
export const darkPage: Wrapper = (story) =>
  html`<div style="background: #0f1113; color: #eef1f4; color-scheme: dark; padding: 1rem; border-radius: 8px">${story()}</div>`;

/** A right-to-left Arabic page: elements without `locale` follow its `lang`. */
export const arabicPage: Wrapper = (story) => html`<div lang="ar" dir="rtl">${story()}</div>`;

/**
 * A brand theme made only of `--jk-*` tokens, set on a wrapper: custom properties inherit into
 * every element's shadow root, so one rule themes the whole design system. Contrast checked:
 * text ≥ 14:1, muted text ≥ 6.4:1, accent ≥ 7.9:1 on every surface; white on the accent 9.6:1.
 */
export const BRAND_TOKENS: Readonly<Record<`--jk-${string}`, string>> = {
  '--jk-color-surface': '#fbf8f3',
  '--jk-color-surface-raised': '#ffffff',
  '--jk-color-surface-sunken': '#f1ebe1',
  '--jk-color-text': '#231a12',
  '--jk-color-text-muted': '#5e4f42',
  '--jk-color-border': '#d9cfc2',
  '--jk-color-border-strong': '#7a6a5b',
  '--jk-color-accent': '#7a1f5c',
  '--jk-color-on-accent': '#ffffff',
  '--jk-color-focus-ring': '#7a1f5c',
  '--jk-color-positive': '#1f6b3a',
  '--jk-color-neutral': '#5e5a55',
  '--jk-color-negative': '#a3262b',
  '--jk-color-positive-surface': '#e4f1e7',
  '--jk-color-negative-surface': '#f9e4e2',
  '--jk-color-persona-1': '#7a1f5c',
  '--jk-color-persona-2': '#0f6b6b',
  '--jk-color-persona-3': '#a04a00',
  '--jk-color-persona-4': '#3d4fa8',
  '--jk-font-family': 'Georgia, "Iowan Old Style", "Palatino Linotype", serif',
  '--jk-radius-s': '0',
  '--jk-radius-m': '2px',
  '--jk-radius-l': '4px',
  '--jk-shadow-raised': '0 2px 0 #d9cfc2',
  '--jk-motion-duration': '200ms',
};

/** The brand tokens as one `style` attribute value. */
export const brandStyle = Object.entries(BRAND_TOKENS)
  .map(([name, value]) => `${name}: ${value};`)
  .join(' ');

/** Wraps the story in the brand theme (the page background uses the brand's surface too). */
export const brandTheme: Wrapper = (story) =>
  html`<div class="brand-theme" style="${brandStyle} background: #fbf8f3; padding: 1rem">${story()}</div>`;
