/**
 * The design tokens: one table, turned into `themeStyles`. Every public token `--jk-<name>` gets a
 * private `--_jk-<name>` on `:host` that element CSS reads, so a page themes an element by setting
 * `--jk-*` on any ancestor (custom properties inherit through shadow roots) while the element keeps
 * working defaults. This is the only file in `src/` that holds colour literals.
 */
import { css, unsafeCSS, type CSSResult } from 'lit';

/** The `theme` attribute of every element: light (the default), dark, or follow the OS. */
export type Theme = 'light' | 'dark' | 'auto';

/** The accepted values of the `theme` attribute. */
export const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

/** How many persona colours the palette holds (`--jk-color-persona-1` … `-8`). */
export const PERSONA_PALETTE_SIZE = 8;

/** One token: its default in the light theme, in the dark theme, and under `forced-colors`. */
export interface TokenDefault {
  light: string;
  /** Omitted when the token does not depend on the theme. */
  dark?: string;
  /** System colour (or value) used when the OS forces its own colours; omitted = untouched. */
  forced?: string;
  /** Value on paper (`@media print`): black ink on white, legible in black and white; omitted = untouched. */
  print?: string;
}

const FONT_STACK =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif';

/**
 * Every public token without its `--jk-` prefix. Contrast guarantees (checked by
 * test/theme/contrast.test.ts): text and text-muted ≥ 4.5:1 on the three surfaces; accent,
 * positive, neutral, negative (≥ 4.5:1 so they can colour text), border-strong, focus-ring and the
 * persona colours ≥ 3:1 on surface; on-accent ≥ 4.5:1 on accent. ink-dark and ink-light are pure
 * black and white because only that pair guarantees 4.5:1 on any fill (the worst fill gives 4.58:1).
 */
export const TOKENS = {
  'color-surface': { light: '#ffffff', dark: '#16191d', forced: 'Canvas', print: '#ffffff' },
  'color-surface-raised': { light: '#ffffff', dark: '#1f2328', forced: 'Canvas', print: '#ffffff' },
  'color-surface-sunken': { light: '#f2f4f7', dark: '#0f1113', forced: 'Canvas', print: '#ffffff' },
  'color-text': { light: '#1a1d21', dark: '#eef1f4', forced: 'CanvasText', print: '#000000' },
  'color-text-muted': { light: '#545d68', dark: '#a8b1bb', forced: 'CanvasText', print: '#000000' },
  'color-border': { light: '#d3d8de', dark: '#3a4048', forced: 'GrayText', print: '#767676' },
  'color-border-strong': { light: '#767f8a', dark: '#7d8794', forced: 'CanvasText', print: '#000000' },
  'color-accent': { light: '#1d5fc4', dark: '#7cb0ff', forced: 'Highlight', print: '#000000' },
  'color-on-accent': { light: '#ffffff', dark: '#0b1424', forced: 'HighlightText', print: '#ffffff' },
  'color-focus-ring': { light: '#1d5fc4', dark: '#93c0ff', forced: 'Highlight', print: '#000000' },
  'color-positive': { light: '#17753a', dark: '#5fcf7d', forced: 'CanvasText', print: '#000000' },
  'color-neutral': { light: '#59616b', dark: '#a8b1bb', forced: 'CanvasText', print: '#000000' },
  'color-negative': { light: '#b8262d', dark: '#ff8a80', forced: 'CanvasText', print: '#000000' },
  'color-positive-surface': { light: '#e5f4ea', dark: '#14301d', forced: 'Canvas', print: '#ffffff' },
  'color-negative-surface': { light: '#fdeceb', dark: '#3b1a19', forced: 'Canvas', print: '#ffffff' },
  'color-ink-dark': { light: '#000000', forced: 'CanvasText' },
  'color-ink-light': { light: '#ffffff', forced: 'CanvasText' },
  'color-persona-1': { light: '#2563c9', dark: '#74a8ff', forced: 'CanvasText', print: '#000000' },
  'color-persona-2': { light: '#b35200', dark: '#ff9f4a', forced: 'CanvasText', print: '#000000' },
  'color-persona-3': { light: '#2e7d32', dark: '#62c46a', forced: 'CanvasText', print: '#000000' },
  'color-persona-4': { light: '#7e45c7', dark: '#b895ff', forced: 'CanvasText', print: '#000000' },
  'color-persona-5': { light: '#c2327a', dark: '#ff7eb8', forced: 'CanvasText', print: '#000000' },
  'color-persona-6': { light: '#00787f', dark: '#3fcfd6', forced: 'CanvasText', print: '#000000' },
  'color-persona-7': { light: '#86642a', dark: '#e0d070', forced: 'CanvasText', print: '#000000' },
  'color-persona-8': { light: '#d0302a', dark: '#ff6b6b', forced: 'CanvasText', print: '#000000' },
  'font-family': { light: FONT_STACK },
  'font-size-xs': { light: '0.75rem' },
  'font-size-s': { light: '0.875rem' },
  'font-size-m': { light: '1rem' },
  'font-size-l': { light: '1.25rem' },
  'font-size-xl': { light: '1.5rem' },
  'font-weight-bold': { light: '600' },
  'line-height': { light: '1.45' },
  'space-1': { light: '0.25rem' },
  'space-2': { light: '0.5rem' },
  'space-3': { light: '0.75rem' },
  'space-4': { light: '1rem' },
  'space-5': { light: '1.5rem' },
  'space-6': { light: '2rem' },
  'radius-s': { light: '4px' },
  'radius-m': { light: '8px' },
  'radius-l': { light: '12px' },
  'shadow-raised': {
    light: '0 1px 2px rgb(16 24 40 / 0.12), 0 4px 12px rgb(16 24 40 / 0.1)',
    dark: '0 1px 2px rgb(0 0 0 / 0.5), 0 4px 16px rgb(0 0 0 / 0.45)',
    // Shadows vanish under forced colours; borders carry the shape there.
    forced: 'none',
  },
  // 3px keeps the ring visible at 200 % zoom-out and on busy fills.
  'focus-ring-width': { light: '3px' },
  'motion-duration': { light: '150ms' },
} as const satisfies Record<string, TokenDefault>;

/** A public token name without the `--jk-` prefix, e.g. `color-accent`. */
export type TokenName = keyof typeof TOKENS;

const entries = Object.entries(TOKENS) as [TokenName, TokenDefault][];

function declarations(pick: (token: TokenDefault) => string | undefined, wrap: boolean): string {
  return entries
    .map(([name, token]) => {
      const value = pick(token);
      if (value === undefined) return '';
      return wrap ? `--_jk-${name}: var(--jk-${name}, ${value});` : `--_jk-${name}: ${value};`;
    })
    .join('\n');
}

// Built from the constant table above, never from user input, so unsafeCSS is safe here.
const light = unsafeCSS(declarations((t) => t.light, true));
const dark = unsafeCSS(declarations((t) => t.dark, true));
const forced = unsafeCSS(declarations((t) => t.forced, false));
const print = unsafeCSS(declarations((t) => t.print, false));

/**
 * The theme of every element: `static styles = [themeStyles, styles]`. Light by default,
 * `theme="dark"`, or `theme="auto"` to follow `prefers-color-scheme`. Under `forced-colors: active`
 * the colours map to system colours (page `--jk-*` overrides are ignored there on purpose: the
 * user's colours win); in print, to black ink on white. Under `prefers-reduced-motion: reduce` the
 * motion duration is 0s.
 */
export const themeStyles: CSSResult = css`
  :host {
    ${light}
    color-scheme: light;
  }
  :host([theme='dark']) {
    ${dark}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
      color-scheme: dark;
    }
  }
  @media (forced-colors: active) {
    /* :host([theme]) matches the specificity of the theme rules above, and comes later. */
    :host,
    :host([theme]) {
      ${forced}
    }
  }
  @media print {
    /* Black ink on white whatever the theme; page --jk-* colour overrides do not reach paper. */
    :host,
    :host([theme]) {
      ${print}
      color-scheme: light;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_jk-motion-duration: 0s;
    }
  }
`;

/** Whether a string is a known `theme` value. */
export function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}

/**
 * A stable persona colour for an id: `var(--_jk-color-persona-N)`, N in 1…8. FNV-1a over the
 * UTF-16 code units, so the same id gets the same colour in every element and every session.
 */
export function personaColorVar(id: string): string {
  return `var(--_jk-color-persona-${personaColorIndex(id)})`;
}

/**
 * The persona colour of a position in a list: `var(--_jk-color-persona-N)` with N = index mod 8,
 * plus 1. For personas shown together (a map's legend and its curve lines): by position, up to
 * eight personas never share a colour, where two ids can hash to the same slot in
 * `personaColorVar`. Negative and fractional indexes are taken modulo 8 after truncation.
 */
export function personaColorVarAt(index: number): string {
  const i = Number.isFinite(index) ? Math.trunc(index) : 0;
  return `var(--_jk-color-persona-${(((i % PERSONA_PALETTE_SIZE) + PERSONA_PALETTE_SIZE) % PERSONA_PALETTE_SIZE) + 1})`;
}

/** The 1-based palette index `personaColorVar` picks for an id. */
export function personaColorIndex(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return ((hash >>> 0) % PERSONA_PALETTE_SIZE) + 1;
}
