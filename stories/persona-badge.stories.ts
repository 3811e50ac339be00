import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { BROKEN_IMAGE_URL, PORTRAIT_URL } from './support/avatars.js';
import { arabicPage, brandTheme, darkPage } from './support/decorators.js';
import { sample } from './support/journeys.js';
import { renderPersonaBadge, type PersonaBadgeArgs } from './support/render.js';
import type { Persona } from '../src/model/index.js';

const personas: Persona[] = sample('everyField').personas ?? [];
const rosa = personas[0];

/** Clicks the badge's button so the details popover is open when the story has rendered. */
async function openDetails(canvasElement: HTMLElement): Promise<void> {
  for (const badge of canvasElement.querySelectorAll('persona-badge')) {
    await badge.updateComplete;
    badge.shadowRoot?.querySelector<HTMLButtonElement>('button[part="base"]')?.click();
    await badge.updateComplete;
  }
}

/**
 * `<persona-badge>` shows who travels a journey: avatar (photo, or initials on the persona's
 * colour), name and role. With `details` it is a button that opens goals, frustrations, needs
 * and quote. Use `persona-role` in markup (the `role` attribute is also ARIA's).
 */
const meta = {
  title: 'Components/persona-badge',
  component: 'persona-badge',
  tags: ['autodocs'],
  render: renderPersonaBadge,
  args: { name: 'Maria Lind', 'persona-role': 'First-time buyer' },
} satisfies Meta<PersonaBadgeArgs>;

export default meta;
type Story = StoryObj<PersonaBadgeArgs>;

/** Name and role from attributes; initials on a palette colour picked from the name. */
export const Default: Story = {};

export const SizeSmall: Story = { name: 'Size s (no role)', args: { size: 's' } };
export const SizeMedium: Story = { name: 'Size m', args: { size: 'm' } };
export const SizeLarge: Story = { name: 'Size l', args: { size: 'l' } };

/** The three sizes side by side. */
export const Sizes: Story = {
  render: (args) =>
    html`<div style="display: flex; gap: 1.5rem; align-items: center; flex-wrap: wrap">
      ${renderPersonaBadge({ ...args, size: 's' })} ${renderPersonaBadge({ ...args, size: 'm' })}
      ${renderPersonaBadge({ ...args, size: 'l' })}
    </div>`,
};

/** A persona from the model with `details`: a button (closed here; press it). */
export const Details: Story = {
  name: 'Details (button)',
  args: { persona: rosa, details: true, name: undefined, 'persona-role': undefined },
};

/** The details popover open: goals, frustrations, needs and quote. */
export const DetailsOpen: Story = {
  name: 'Details (popover open)',
  args: { persona: rosa, details: true, name: undefined, 'persona-role': undefined },
  parameters: { docs: { story: { height: '360px' } } },
  decorators: [(story) => html`<div style="min-height: 320px">${story()}</div>`],
  play: async ({ canvasElement }) => openDetails(canvasElement),
};

/** A photo (here a `data:image/svg+xml` drawing, so it works offline). */
export const AvatarPhoto: Story = {
  name: 'Avatar: photo',
  args: { avatar: PORTRAIT_URL, size: 'l' },
};

/** A photo that fails to load falls back to the initials. */
export const AvatarFallback: Story = {
  name: 'Avatar: broken photo → initials',
  args: { avatar: BROKEN_IMAGE_URL, size: 'l' },
};

/** An unsafe URL (`javascript:`) is ignored with one console warning: initials again. */
export const AvatarUnsafeUrl: Story = {
  name: 'Avatar: unsafe URL ignored',
  args: { avatar: 'javascript:alert(1)', size: 'l' },
};

/** `color` sets the avatar fill; the initials pick black or white ink for contrast. */
export const CustomColors: Story = {
  name: 'Avatar colours',
  render: (args) =>
    html`<div style="display: flex; gap: 1.5rem; flex-wrap: wrap">
      ${['#ffd84d', '#1b3a5c', 'rebeccapurple', 'hsl(160 60% 70%)'].map((color) =>
        renderPersonaBadge({ ...args, color, size: 'l' }),
      )}
    </div>`,
};

/** Every persona of the "every field" sample, as the legend of a map shows them. */
export const FromJourney: Story = {
  name: 'Personas of a journey',
  render: (args) =>
    html`<div style="display: flex; gap: 1.5rem; flex-wrap: wrap">
      ${personas.map((persona) => renderPersonaBadge({ ...args, persona, details: true }))}
    </div>`,
  args: { name: undefined, 'persona-role': undefined },
};

/** `theme="dark"` with the details open, on a dark page. */
export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { persona: rosa, details: true, theme: 'dark', name: undefined, 'persona-role': undefined },
  decorators: [darkPage, (story) => html`<div style="min-height: 320px">${story()}</div>`],
  play: async ({ canvasElement }) => openDetails(canvasElement),
};

/** In an Arabic page: details in Arabic, popover placed on the left. */
export const Arabic: Story = {
  name: 'Right to left (ar)',
  args: { name: 'سارة أحمد', 'persona-role': 'طالبة جامعية', details: true },
  decorators: [arabicPage],
};

/** The brand theme's tokens (font, palette, surfaces). */
export const BrandTheme: Story = {
  name: 'Brand theme',
  args: { persona: rosa, details: true, name: undefined, 'persona-role': undefined },
  decorators: [brandTheme, (story) => html`<div style="min-height: 320px">${story()}</div>`],
  play: async ({ canvasElement }) => openDetails(canvasElement),
};
