import type { Meta } from '@storybook/web-components-vite';
import { sample, sampleText } from './support/journeys.js';
import { journeyMapPage, type JourneyMapArgs, type JourneyMapStory } from './support/render.js';

/**
 * The sample journeys the docs link (docs/examples/journeys: download them, or point `src` at
 * them), then the project's test fixtures (test/fixtures/valid), each exercising one part of the
 * model: paths with branches and loops, implied paths, a custom scale with words, right-to-left
 * content, fields from a future version, markup that must stay text. The fixtures are stories
 * of their own in the sidebar, not on this page.
 */
export default { ...journeyMapPage, title: 'Components/journey-map/Sample journeys', tags: ['autodocs'] } satisfies Meta<JourneyMapArgs>;

/** winter-jacket.en.json: five stages, three personas, pain points, opportunities, metrics, an exchange that loops back to checkout. */
export const WinterJacket: JourneyMapStory = {
  name: 'Buying a winter jacket (en)',
  args: { journey: sample('winterJacket') },
};

/** registering-a-move.de.json: a citizen journey in German, with the author's words for the −2…2 scale. */
export const RegisteringAMove: JourneyMapStory = {
  name: 'Wohnsitz anmelden (de)',
  args: { journey: sample('registeringAMove') },
};

/** bank-account.ar.json: Arabic, right to left. */
export const BankAccount: JourneyMapStory = {
  name: 'فتح حساب مصرفي (ar)',
  args: { journey: sample('bankAccount') },
};

/** every-field.en.json: every field of the model at least once (en-GB, scale −2…2, three personas). */
export const EveryField: JourneyMapStory = {
  tags: ['!autodocs'],
  name: 'Every field (en-GB)',
  args: { journey: sample('everyField') },
};

/** branches-and-loops.en.json: explicit `next` paths with a branch and a loop back. */
export const BranchesAndLoops: JourneyMapStory = {
  tags: ['!autodocs'],
  name: 'Branches and loops (en)',
  args: { journey: sample('branchesAndLoops') },
};

/** implicit-paths.de.json: no `next` anywhere, so each persona's touchpoints connect in order; German labels. */
export const ImplicitPaths: JourneyMapStory = {
  tags: ['!autodocs'],
  name: 'Implicit paths (de)',
  args: { journey: sample('implicitPathsDe') },
};

/** scale-labels.sv.json: an emotion scale with the author's own words, in Swedish (labels fall back to English). */
export const ScaleLabels: JourneyMapStory = {
  tags: ['!autodocs'],
  name: 'Scale with words (sv)',
  args: { journey: sample('scaleLabelsSv') },
};

/** rtl.he.json: Hebrew content, `dir: "rtl"`: the map runs right to left. */
export const RightToLeftHebrew: JourneyMapStory = {
  tags: ['!autodocs'],
  name: 'Right to left (he)',
  args: { journey: sample('rtlHe') },
};

/** bom.fr.json, given as JSON text that starts with a byte-order mark (as some editors save it). */
export const ByteOrderMark: JourneyMapStory = {
  tags: ['!autodocs'],
  name: 'JSON text with BOM (fr)',
  args: { journey: sampleText.bomFr },
};

/** minimal.json: the smallest valid journey. */
export const Minimal: JourneyMapStory = {
  tags: ['!autodocs'],
  args: { journey: sample('minimal') },
};

/** forward-compatible.en.json: fields a later version may add are ignored, the rest renders. */
export const ForwardCompatible: JourneyMapStory = {
  tags: ['!autodocs'],
  name: 'Forward compatible',
  args: { journey: sample('forwardCompatible') },
};

/** markup-is-text.en.json: titles full of HTML are shown as text, never parsed. */
export const MarkupIsText: JourneyMapStory = {
  tags: ['!autodocs'],
  name: 'Markup is text',
  args: { journey: sample('markupIsText') },
};

/** empty-touchpoints.en.json: stages but no touchpoints yet (an employee journey draft). */
export const EmptyTouchpoints: JourneyMapStory = {
  tags: ['!autodocs'],
  name: 'No touchpoints yet',
  args: { journey: sample('emptyTouchpoints') },
};
