import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { EVIDENCE_LEVELS, KNOWN_CHANNELS, emotionScaleOf, type Touchpoint } from '../src/model/index.js';
import { arabicPage, brandTheme, darkPage } from './support/decorators.js';
import { arabicJourney, sample } from './support/journeys.js';
import { renderPersonaBadge, renderTouchpointCard, type TouchpointCardArgs } from './support/render.js';

const everyField = sample('everyField');
const scale = emotionScaleOf(everyField);
const touchpoint = (id: string): Touchpoint => {
  const found = everyField.touchpoints.find((each) => each.id === id);
  if (!found) throw new Error(`every-field has no touchpoint ${id}`);
  return found;
};

const grid = 'display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: 1rem';

/**
 * `<touchpoint-card>` is one moment of contact as a card: channel, title, feeling, pain points and
 * opportunities, metrics, moment of truth and evidence. It works alone (attributes or the
 * `touchpoint` property) and in every touchpoint cell of `<journey-map>`.
 */
const meta = {
  title: 'Components/touchpoint-card',
  component: 'touchpoint-card',
  tags: ['autodocs'],
  render: renderTouchpointCard,
  args: { heading: 'Orders online, picks up in store', channel: 'web', emotion: 1 },
  argTypes: {
    channel: { control: 'select', options: [...KNOWN_CHANNELS, 'fax'] },
  },
  decorators: [(story) => html`<div style="max-width: 22rem">${story()}</div>`],
} satisfies Meta<TouchpointCardArgs>;

export default meta;
type Story = StoryObj<TouchpointCardArgs>;

/** From attributes: `heading`, `channel`, `emotion`. */
export const Default: Story = {};

/** The 16 known channels, each with its icon and name, and an unknown one drawn generically. */
export const EveryChannel: Story = {
  name: 'Every channel',
  decorators: [(story) => html`<div style="width: min(100%, 64rem)">${story()}</div>`],
  render: (args) =>
    html`<div style=${grid}>
      ${[...KNOWN_CHANNELS, 'fax'].map((channel) =>
        renderTouchpointCard({ ...args, channel, heading: `Contact by ${channel}`, density: 'compact' }),
      )}
    </div>`,
};

/** `moment-of-truth`: a moment that decides loyalty gets a heavier border and a marker. */
export const MomentOfTruth: Story = {
  name: 'Moment of truth',
  args: { 'moment-of-truth': true, heading: 'Collects the jacket at the counter', channel: 'store', emotion: 3 },
};

/** `evidence="assumption"`: a guess, not yet researched. */
export const EvidenceAssumption: Story = { name: 'Evidence: assumption', args: { evidence: 'assumption' } };
/** `evidence="anecdotal"`: a few interviews or observations. */
export const EvidenceAnecdotal: Story = { name: 'Evidence: anecdotal', args: { evidence: 'anecdotal' } };
/** `evidence="validated"`: measured data. */
export const EvidenceValidated: Story = { name: 'Evidence: validated', args: { evidence: 'validated' } };

/** The three evidence levels side by side, with sample sizes and sources from the `touchpoint` property. */
export const EvidenceLevels: Story = {
  name: 'Evidence levels',
  decorators: [(story) => html`<div style="width: min(100%, 52rem)">${story()}</div>`],
  render: (args) =>
    html`<div style=${grid}>
      ${EVIDENCE_LEVELS.map((level, i) =>
        renderTouchpointCard({
          ...args,
          touchpoint: {
            id: level,
            stage: 's',
            title: `Backed by ${level} evidence`,
            channel: 'chat',
            emotion: i - 1,
            evidence: { level, sampleSize: [0, 6, 412][i], source: ['Team workshop', 'Six interviews', 'Chat transcripts, October'][i] },
          },
        }),
      )}
    </div>`,
};

/** `density="compact"`: the essentials with tighter spacing (what a compact map shows). */
export const Compact: Story = {
  args: { density: 'compact', touchpoint: touchpoint('reminder'), scale },
};

/** A full touchpoint of the model (`touchpoint` and `scale` properties): pain points, opportunities, metrics, evidence, the scale's own words. */
export const FromModel: Story = {
  name: 'From the model',
  args: { touchpoint: touchpoint('reminder'), scale },
};

/** A moment of truth from the model with an assumption behind it. */
export const FromModelMomentOfTruth: Story = {
  name: 'From the model: moment of truth',
  args: { touchpoint: touchpoint('desk'), scale },
};

/** The `badge` slot (persona badges next to the title), the default slot, and the `actions` slot. */
export const Slots: Story = {
  args: { touchpoint: touchpoint('web-form'), scale },
  render: (args) =>
    html`<touchpoint-card .touchpoint=${args.touchpoint} .scale=${args.scale}>
      <span slot="badge">${renderPersonaBadge({ persona: (everyField.personas ?? [])[1], size: 's' })}</span>
      <p style="margin: 0">Students renew in September, all at once.</p>
      <button slot="actions" type="button">Open in research board</button>
    </touchpoint-card>`,
};

/** `theme="dark"` on a dark page. */
export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { theme: 'dark', touchpoint: touchpoint('reminder'), scale },
  decorators: [darkPage],
};

/** Arabic labels and right-to-left layout (from an Arabic journey, on an Arabic page). */
export const Arabic: Story = {
  name: 'Right to left (ar)',
  args: { touchpoint: arabicJourney.touchpoints[1] },
  decorators: [arabicPage],
};

/** The brand theme's tokens. */
export const BrandTheme: Story = {
  name: 'Brand theme',
  args: { touchpoint: touchpoint('desk'), scale },
  decorators: [brandTheme],
};
