import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { sample, sampleText } from './support/journeys.js';
import { renderJourneyMap, type JourneyMapArgs } from './support/render.js';

/**
 * Every sample journey of the project (test/fixtures/valid), as the model object the page passes
 * to the `journey` property. Each one exercises a part of the model: paths with branches and
 * loops, implied paths, a custom scale with words, right-to-left content, fields from a future
 * version, markup that must stay text.
 */
const meta = {
  title: 'Components/journey-map/Sample journeys',
  component: 'journey-map',
  tags: ['autodocs'],
  render: renderJourneyMap,
} satisfies Meta<JourneyMapArgs>;

export default meta;
type Story = StoryObj<JourneyMapArgs>;

/** every-field.en.json: every field of the model at least once (en-GB, scale −2…2, three personas). */
export const EveryField: Story = {
  name: 'Every field (en-GB)',
  args: { journey: sample('everyField') },
};

/** branches-and-loops.en.json: explicit `next` paths with a branch and a loop back. */
export const BranchesAndLoops: Story = {
  name: 'Branches and loops (en)',
  args: { journey: sample('branchesAndLoops') },
};

/** implicit-paths.de.json: no `next` anywhere, so each persona's touchpoints connect in order; German labels. */
export const ImplicitPaths: Story = {
  name: 'Implicit paths (de)',
  args: { journey: sample('implicitPathsDe') },
};

/** scale-labels.sv.json: an emotion scale with the author's own words, in Swedish (labels fall back to English). */
export const ScaleLabels: Story = {
  name: 'Scale with words (sv)',
  args: { journey: sample('scaleLabelsSv') },
};

/** rtl.he.json: Hebrew content, `dir: "rtl"`: the map runs right to left. */
export const RightToLeftHebrew: Story = {
  name: 'Right to left (he)',
  args: { journey: sample('rtlHe') },
};

/** bom.fr.json, given as JSON text that starts with a byte-order mark (as some editors save it). */
export const ByteOrderMark: Story = {
  name: 'JSON text with BOM (fr)',
  args: { journey: sampleText.bomFr },
};

/** minimal.json: the smallest valid journey. */
export const Minimal: Story = {
  args: { journey: sample('minimal') },
};

/** forward-compatible.en.json: fields a later version may add are ignored, the rest renders. */
export const ForwardCompatible: Story = {
  name: 'Forward compatible',
  args: { journey: sample('forwardCompatible') },
};

/** markup-is-text.en.json: titles full of HTML are shown as text, never parsed. */
export const MarkupIsText: Story = {
  name: 'Markup is text',
  args: { journey: sample('markupIsText') },
};

/** empty-touchpoints.en.json: stages but no touchpoints yet (an employee journey draft). */
export const EmptyTouchpoints: Story = {
  name: 'No touchpoints yet',
  args: { journey: sample('emptyTouchpoints') },
};
