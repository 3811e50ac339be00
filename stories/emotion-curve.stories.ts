import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { EmotionPoint, EmotionSeries } from '../src/emotion-curve.js';
import { emotionScaleOf, personaIdsOf, touchpointsFor, type Journey } from '../src/model/index.js';
import { arabicPage, brandTheme, darkPage } from './support/decorators.js';
import { arabicJourney, sample } from './support/journeys.js';
import { renderEmotionCurve, type EmotionCurveArgs } from './support/render.js';

/** One line over a shopping journey on the default scale −3…3. */
const shopping: EmotionPoint[] = [
  { id: 'ad', label: 'Sees an ad', value: 1 },
  { id: 'compare', label: 'Compares prices', value: 0 },
  { id: 'checkout', label: 'Checkout', value: -1 },
  { id: 'delay', label: 'Delivery delayed', value: -3 },
  { id: 'chat', label: 'Chat with support', value: 1 },
  { id: 'unbox', label: 'Unboxing', value: 3 },
  { id: 'review', label: 'Writes a review', value: 2 },
];

/** The same moments with one not measured ("Returns", after "Delivery delayed"): a gap in the line. */
const withGap: EmotionPoint[] = [...shopping.slice(0, 4), { id: 'returns', label: 'Returns', value: null }, ...shopping.slice(4)];

/** The same moments with worst and best case across the people measured. */
const withRanges: EmotionPoint[] = shopping.map((point) =>
  typeof point.value === 'number'
    ? { ...point, min: Math.max(-3, point.value - 1), max: Math.min(3, point.value + (point.value < 0 ? 2 : 1)) }
    : point,
);

/** Three personas on one index space. */
const personas: EmotionSeries[] = [
  { id: 'maria', name: 'Maria, first-time buyer', points: shopping },
  {
    id: 'ola',
    name: 'Ola, loyal customer',
    points: shopping.map((point, i) => ({ ...point, value: typeof point.value === 'number' ? Math.min(3, Math.max(-3, point.value + (i % 3) - 1)) : 0 })),
  },
  {
    id: 'aino',
    name: 'Aino, busy teacher',
    points: shopping.map((point, i) => ({ ...point, value: i === 2 ? null : Math.round(Math.sin(i) * 2) })),
  },
];

/** One series per persona of a journey: their feelings at the touchpoints they meet, gaps elsewhere. */
function seriesOf(journey: Journey): EmotionSeries[] {
  const touchpoints = touchpointsFor(journey);
  return (journey.personas ?? []).map((persona) => ({
    id: persona.id,
    name: persona.name,
    color: persona.color,
    points: touchpoints.map((tp) => ({
      id: tp.id,
      label: tp.title,
      value: personaIdsOf(tp, journey).includes(persona.id) ? (tp.emotion ?? null) : null,
      min: tp.emotionRange?.min,
      max: tp.emotionRange?.max,
    })),
  }));
}

/**
 * `<emotion-curve>` draws how people feel along a journey: one line per persona on the journey's
 * scale, range bands, a neutral baseline and tinted positive/negative zones. One tab stop, arrow
 * keys between points, every point named in words, a hidden data table for screen readers.
 */
const meta = {
  title: 'Components/emotion-curve',
  component: 'emotion-curve',
  tags: ['autodocs'],
  render: renderEmotionCurve,
  args: { points: shopping, label: 'How Maria felt while buying a jacket' },
} satisfies Meta<EmotionCurveArgs>;

export default meta;
type Story = StoryObj<EmotionCurveArgs>;

/**
 * One line (`points`), default monotone curve. The moments are named in words on focus and hover
 * (the tooltip) and in the data table for screen readers, not under the axis.
 */
export const OneLine: Story = { name: 'One line' };

/** A point whose value is `null` (not measured) leaves a gap: the line stops and starts again. */
export const Gap: Story = { name: 'Gap (not measured)', args: { points: withGap } };

/** Several personas (`series`), colours from the persona palette, each with its own marker shape. */
export const Series: Story = {
  args: { points: undefined, series: personas, label: 'Feelings of three personas' },
};

/** `min`/`max` per point: range bands from worst to best case. */
export const RangeBands: Story = {
  name: 'Range bands',
  args: { points: withRanges },
};

/** `curve="step"`: the feeling holds until the next moment. */
export const StepCurve: Story = { name: 'Step curve', args: { curve: 'step' } };

/** `curve="linear"`: straight segments. */
export const LinearCurve: Story = { name: 'Linear curve', args: { curve: 'linear' } };

/** `curve="monotone"` (the default): smooth, never overshooting a point. */
export const MonotoneCurve: Story = { name: 'Monotone curve', args: { curve: 'monotone' } };

/**
 * `decorative`: the picture only, for a page that already gives the values in words (as
 * `<journey-map>` does in its cells). No tab stop, tooltip or data table; hidden from screen readers.
 */
export const Decorative: Story = {
  args: { points: undefined, series: personas, decorative: true, label: undefined },
};

/** A 1…5 scale with words (`scale` property): 0 is outside, so the baseline is the midpoint, 3. */
export const ScaleOneToFive: Story = {
  name: 'Scale 1…5',
  args: {
    scale: { min: 1, max: 5, labels: { '1': 'Very unhappy', '3': 'Neutral', '5': 'Very happy' } },
    points: [
      { label: 'Books online', value: 4 },
      { label: 'Waits for confirmation', value: 2 },
      { label: 'Reminder SMS', value: 3 },
      { label: 'Waiting room', value: 1 },
      { label: 'Appointment', value: 5 },
    ],
    label: 'Dentist visit on a 1 to 5 scale',
  },
};

/** The points as JSON in the `data` attribute, as a CMS author would write them. */
export const DataAttribute: Story = {
  name: 'data attribute (JSON)',
  args: {
    points: undefined,
    data: JSON.stringify([
      { label: 'Search', value: 0 },
      { label: 'Product page', value: 2 },
      { label: 'Out of stock', value: -2 },
      { label: 'Back in stock e-mail', value: 1 },
    ]),
    label: 'Out of stock and back again',
  },
};

/** The "every field" sample's personas on its −2…2 scale with the author's words. */
export const FromJourney: Story = {
  name: 'From a journey',
  args: {
    points: undefined,
    series: seriesOf(sample('everyField')),
    scale: emotionScaleOf(sample('everyField')),
    label: sample('everyField').title,
    locale: 'en-GB',
  },
};

/** `theme="dark"` with several series, on a dark page. */
export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { theme: 'dark', points: undefined, series: personas, label: 'Feelings of three personas' },
  decorators: [darkPage],
};

/** Right to left: the first point is on the right and ←/→ are mirrored; Arabic words and digits. */
export const Arabic: Story = {
  name: 'Right to left (ar)',
  args: { points: undefined, series: seriesOf(arabicJourney), label: arabicJourney.title },
  decorators: [arabicPage],
};

/** The brand theme's tokens, with the curve's own custom properties: thicker lines, bigger points. */
export const BrandTheme: Story = {
  name: 'Brand theme',
  args: {
    points: undefined,
    series: personas,
    '--jk-curve-stroke-width': '3.5px',
    '--jk-curve-point-size': '11px',
    '--jk-curve-height': '200px',
  },
  decorators: [brandTheme],
};
