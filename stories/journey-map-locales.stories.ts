import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { sample, withoutLanguage } from './support/journeys.js';
import { renderJourneyMap, type JourneyMapArgs } from './support/render.js';

/**
 * The built-in labels, number and date formats in each supported locale, set with `locale`. The
 * journey is the "every field" sample without its own `locale` and `dir`, so the attribute alone
 * decides (content stays English; in Arabic the map runs right to left).
 */
const meta = {
  title: 'Components/journey-map/Locales',
  component: 'journey-map',
  tags: ['autodocs'],
  render: renderJourneyMap,
  args: { journey: withoutLanguage(sample('everyField')) },
} satisfies Meta<JourneyMapArgs>;

export default meta;
type Story = StoryObj<JourneyMapArgs>;

export const English: Story = { name: 'English (en)', args: { locale: 'en' } };
export const Norwegian: Story = { name: 'Norsk bokmål (nb)', args: { locale: 'nb' } };
export const Finnish: Story = { name: 'Suomi (fi)', args: { locale: 'fi' } };
export const Polish: Story = { name: 'Polski (pl)', args: { locale: 'pl' } };
export const ChineseTraditional: Story = { name: '繁體中文 (zh-Hant)', args: { locale: 'zh-Hant' } };
export const German: Story = { name: 'Deutsch (de)', args: { locale: 'de' } };
export const Arabic: Story = { name: 'العربية (ar)', args: { locale: 'ar' } };
