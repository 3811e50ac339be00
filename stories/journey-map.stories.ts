import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { arabicPage, brandTheme, darkPage } from './support/decorators.js';
import { arabicJourney, sample, sampleText } from './support/journeys.js';
import { renderJourneyMap, type JourneyMapArgs } from './support/render.js';

/**
 * `<journey-map>` renders one journey: stages as columns, lanes as rows, paths between touchpoints,
 * an emotion curve per persona and a details panel per touchpoint. These stories use the
 * project's "every field" sample (three personas, all eight lanes); the sample journeys, the
 * loading/error/empty states and every locale have pages of their own. Variants marked "story
 * only" are left off this page to keep it short: find them in the sidebar.
 */
const meta = {
  title: 'Components/journey-map',
  component: 'journey-map',
  tags: ['autodocs'],
  render: renderJourneyMap,
  args: { journey: sample('everyField') },
  argTypes: {
    // No empty option: the select's own "Choose option…" clears it (all personas).
    persona: { control: 'select', options: ['reader', 'student', 'parent'] },
    lanes: {
      control: 'text',
      description:
        'Comma list of lanes to show, in order: touchpoints, actions, thoughts, emotions, pain-points, opportunities, backstage, metrics.',
    },
  },
} satisfies Meta<JourneyMapArgs>;

export default meta;
type Story = StoryObj<JourneyMapArgs>;

/** Every lane of the "every field" sample, light theme, comfortable density. */
export const Default: Story = {};

/** `persona="student"`: only that persona's touchpoints (and those for everyone); the legend shows the filter. */
export const PersonaFilter: Story = {
  name: 'Persona filter',
  args: { persona: 'student' },
};

/** `lanes="touchpoints,emotions,pain-points"`: the essentials for a workshop wall. */
export const LanesEssentials: Story = {
  name: 'Lanes: essentials',
  args: { lanes: 'touchpoints,emotions,pain-points' },
};

/** `lanes="touchpoints,actions,thoughts,emotions"`: what research found (doing, thinking, feeling). */
export const LanesResearch: Story = {
  tags: ['!autodocs'],
  name: 'Lanes: doing, thinking, feeling',
  args: { lanes: 'touchpoints,actions,thoughts,emotions' },
};

/** `lanes="touchpoints,backstage,opportunities,metrics"`: a service-blueprint view for operations. */
export const LanesBlueprint: Story = {
  tags: ['!autodocs'],
  name: 'Lanes: service blueprint',
  args: { lanes: 'touchpoints,backstage,opportunities,metrics' },
};

/** `lanes="emotions,touchpoints"`: the order is the attribute's, not the default one. */
export const LanesReordered: Story = {
  tags: ['!autodocs'],
  name: 'Lanes: reordered',
  args: { lanes: 'emotions,touchpoints' },
};

/** `density="compact"`: narrower columns and tighter cards. */
export const Compact: Story = {
  tags: ['!autodocs'],
  args: { density: 'compact' },
};

/** `theme="dark"` on a dark page. */
export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { theme: 'dark' },
  decorators: [darkPage],
};

/** An Arabic journey (`dir: "rtl"`): stages run right to left, arrows keys are mirrored, labels are Arabic. */
export const RightToLeft: Story = {
  name: 'Right to left (ar)',
  args: { journey: arabicJourney },
  decorators: [arabicPage],
  argTypes: { persona: { control: 'select', options: ['sara'] } },
};

/** A brand theme made only of `--jk-*` tokens, set on a wrapper (see Theming / Brand theme). */
export const BrandTheme: Story = {
  tags: ['!autodocs'],
  name: 'Brand theme',
  decorators: [brandTheme],
};

/** The element's own custom properties: wider columns, and a fixed height that scrolls with the stage row kept in view. */
export const CustomProperties: Story = {
  tags: ['!autodocs'],
  name: 'Sized with custom properties',
  args: {
    '--jk-map-column-width': '20rem',
    '--jk-map-lane-header-width': '10rem',
    '--jk-map-max-height': '28rem',
  },
};

/** No `journey` property: the journey comes from an inline `<script type="application/json">` child (the default slot), as a CMS would write it. */
export const InlineJson: Story = {
  name: 'Inline JSON',
  args: { journey: null, 'slot:default': sampleText.branchesAndLoops },
  argTypes: { persona: { control: 'select', options: ['dev', 'admin'] } },
};

/** `heading-level="1"` for a page where the map is the main content. */
export const HeadingLevel: Story = {
  tags: ['!autodocs'],
  name: 'Heading level 1',
  args: { 'heading-level': 1, journey: sample('branchesAndLoops') },
  argTypes: { persona: { control: 'select', options: ['dev', 'admin'] } },
};
