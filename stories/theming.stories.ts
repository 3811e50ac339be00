import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { TOKENS, type TokenName } from '../src/theme/index.js';
import { BRAND_TOKENS, brandTheme, darkPage } from './support/decorators.js';
import { sample } from './support/journeys.js';
import { renderEmotionCurve, renderJourneyMap, renderPersonaBadge, renderTouchpointCard } from './support/render.js';
import { emotionScaleOf, touchpointsFor } from '../src/model/index.js';
import type { Theme } from '../src/theme/index.js';

const journey = sample('branchesAndLoops');
const everyField = sample('everyField');

/** The four elements together, in one theme. */
function allElements(theme?: Theme) {
  const points = touchpointsFor(journey).map((tp) => ({ id: tp.id, label: tp.title, value: tp.emotion ?? null }));
  return html`<div style="display: grid; gap: 1.5rem">
    <div style="display: flex; gap: 1.5rem; flex-wrap: wrap; align-items: start">
      ${(everyField.personas ?? []).map((persona) => renderPersonaBadge({ persona, details: true, theme }))}
    </div>
    <div style="display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 1rem">
      ${touchpointsFor(everyField)
        .slice(0, 3)
        .map((touchpoint) => renderTouchpointCard({ touchpoint, scale: emotionScaleOf(everyField), theme }))}
    </div>
    ${renderEmotionCurve({ points, label: journey.title, theme })} ${renderJourneyMap({ journey, theme })}
  </div>`;
}

/**
 * Theming: every element reads `--jk-*` design tokens, set on any ancestor (custom properties
 * inherit through shadow roots), with light and dark defaults (`theme="dark"`, or `auto` to
 * follow the OS). A brand theme is a set of token values on a wrapper — nothing else.
 */
const meta = {
  title: 'Theming',
  tags: ['autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

/**
 * A brand theme made only of `--jk-*` tokens on a wrapper element:
 *
 * ```css
 * .brand-theme { --jk-color-accent: #7a1f5c; --jk-font-family: Georgia, serif; --jk-radius-m: 2px; … }
 * ```
 */
export const BrandTheme: Story = {
  name: 'Brand theme',
  render: () => allElements(),
  decorators: [brandTheme],
};

/** `theme="dark"` on each element, on a dark page. */
export const DarkTheme: Story = {
  name: 'Dark theme',
  render: () => allElements('dark'),
  decorators: [darkPage],
};

/** Every public token with its light and dark default, and the brand theme's value where it sets one. */
export const Tokens: Story = {
  name: 'Token reference',
  render: () => {
    const swatch = (value: string | undefined) =>
      value && /^(#|rgb|hsl)/.test(value)
        ? html`<span aria-hidden="true" style="display: inline-block; inline-size: 1em; block-size: 1em; border: 1px solid #767f8a; vertical-align: -0.15em; margin-inline-end: 0.4em; background: ${value}"></span>`
        : '';
    const brand: Readonly<Record<string, string>> = BRAND_TOKENS;
    const rows = (Object.entries(TOKENS) as [TokenName, { light: string; dark?: string }][]).map(
      ([name, token]) => html`<tr>
        <th scope="row"><code>--jk-${name}</code></th>
        <td>${swatch(token.light)}<code>${token.light}</code></td>
        <td>${token.dark ? html`${swatch(token.dark)}<code>${token.dark}</code>` : html`<span>same</span>`}</td>
        <td>${brand[`--jk-${name}`] ? html`${swatch(brand[`--jk-${name}`])}<code>${brand[`--jk-${name}`]}</code>` : ''}</td>
      </tr>`,
    );
    return html`<table style="border-collapse: collapse; font: 14px/1.5 system-ui, sans-serif; color: #1a1d21">
      <caption style="text-align: start; font-weight: 600; padding-block-end: 0.5rem">journeykit design tokens</caption>
      <thead>
        <tr style="text-align: start">
          <th scope="col" style="text-align: start; padding-inline-end: 1.5rem">Token</th>
          <th scope="col" style="text-align: start; padding-inline-end: 1.5rem">Light</th>
          <th scope="col" style="text-align: start; padding-inline-end: 1.5rem">Dark</th>
          <th scope="col" style="text-align: start">Brand theme</th>
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>`;
  },
};
