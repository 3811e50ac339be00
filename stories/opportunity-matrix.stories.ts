import { html, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { fn } from 'storybook/test';
import { arabicPage, darkPage } from './support/decorators.js';
import '../src/opportunity-matrix.js';

interface MatrixArgs {
  status?: string;
  view?: 'matrix' | 'table';
  locale?: string;
  theme?: 'light' | 'dark' | 'auto';
  /** Called with each `opportunity-select` event (the Actions panel). */
  onOpportunitySelect?: (event: Event) => void;
}

/**
 * The journey is written inline, as a `<script type="application/json">` child, so "Show code"
 * gives markup that works pasted into a plain page with the bundle loaded.
 */
const render = ({ status, view, locale, theme, onOpportunitySelect }: MatrixArgs): TemplateResult => html`
  <opportunity-matrix
    status=${status ?? ''}
    view=${view ?? 'matrix'}
    locale=${locale ?? ''}
    theme=${theme ?? 'light'}
    @opportunity-select=${onOpportunitySelect}
  >
    <script type="application/json">
      {
        "version": 1,
        "title": "Buying a winter jacket",
        "stages": [
          { "id": "choose", "name": "Choose" },
          { "id": "pay", "name": "Pay" },
          { "id": "wear", "name": "Wear" }
        ],
        "touchpoints": [
          {
            "id": "chat", "stage": "choose", "title": "Asks about sizes in the web chat",
            "painPoints": ["Slow answers", { "text": "The bot does not understand", "severity": "high" }],
            "opportunities": [
              { "id": "human", "text": "Hand over to a person after one miss", "impact": 5, "effort": 4, "status": "planned", "addresses": [1] },
              { "id": "guide", "text": "Size guide with body measurements", "impact": 4, "effort": 1, "addresses": [0, 1] },
              { "id": "faq", "text": "FAQ page on fit", "impact": 2, "effort": 1, "status": "done" }
            ]
          },
          {
            "id": "checkout", "stage": "pay", "title": "Pays online",
            "painPoints": ["Delivery costs appear at the end"],
            "opportunities": [
              { "id": "costs", "text": "Show delivery costs up front", "impact": 4, "effort": 1, "status": "in-progress", "addresses": [0] },
              { "id": "rebuild", "text": "Rebuild the checkout", "impact": 2, "effort": 5, "status": "dismissed" },
              { "id": "wallets", "text": "Pay with wallets", "impact": 3, "effort": 3, "owner": "Payments team" }
            ]
          },
          {
            "id": "return", "stage": "wear", "title": "Returns a jacket that does not fit",
            "painPoints": ["Has to print a label"],
            "opportunities": [
              { "id": "qr", "text": "QR code instead of a printed label", "impact": 3, "effort": 2, "addresses": [0] },
              "Ask why it did not fit"
            ]
          }
        ]
      }
    </script>
  </opportunity-matrix>
`;

/**
 * `<opportunity-matrix>` places a journey's opportunities by impact and effort: quick wins, major
 * projects, fill-ins and thankless tasks. Each point is a button (one Tab stop; arrow keys, Home,
 * End; Enter fires `opportunity-select`), shaped by its status. The table view ranks every
 * opportunity by impact ÷ effort with the pain points it answers. See docs/opportunities.md.
 */
const meta = {
  title: 'Components/opportunity-matrix',
  component: 'opportunity-matrix',
  tags: ['autodocs'],
  render,
  args: { onOpportunitySelect: fn() },
  argTypes: {
    view: { control: 'inline-radio', options: ['matrix', 'table'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    status: { control: 'text' },
    locale: { control: 'text' },
  },
} satisfies Meta<MatrixArgs>;

export default meta;
type Story = StoryObj<MatrixArgs>;

/** The matrix: one opportunity without impact and effort is counted below it and listed in the table. */
export const Matrix: Story = {};

/** The ranked table: impact ÷ effort, impact or effort (press a column heading), with the pain points answered. */
export const Table: Story = { args: { view: 'table' } };

/** Only open and planned opportunities: the filter's checkboxes follow the `status` attribute. */
export const FilteredByStatus: Story = { name: 'Filtered by status', args: { status: 'open,planned' } };

/** The dark theme. */
export const Dark: Story = { args: { theme: 'dark' }, decorators: [darkPage] };

/** Arabic, right to left: the effort axis runs from right to left, and the arrow keys with it. */
export const Arabic: Story = { name: 'Arabic (right to left)', args: { locale: 'ar' }, decorators: [arabicPage] };
