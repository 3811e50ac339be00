import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { fn } from 'storybook/test';
import type { JourneyMap } from '../src/journey-map.js';
import type { OpportunitySelectEvent } from '../src/opportunity-matrix.js';
import { text } from './support/args.js';
import { arabicPage, darkPage } from './support/decorators.js';
import { sampleUrl } from './support/journeys.js';
import '../src/opportunity-matrix.js';
import '../src/journey-map.js';

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
    status=${ifDefined(text(status))}
    view=${ifDefined(view)}
    locale=${ifDefined(text(locale))}
    theme=${ifDefined(theme)}
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

/**
 * The matrix beside a `<journey-map>` of the same journey (the sample `winter-jacket.en.json`,
 * three of its seven opportunities rated). Choosing a point (Enter, Space or a click) or a table
 * row's button moves focus to the opportunity's touchpoint in the map, where Enter opens its
 * details. The page does that in a few lines, shown in "Show code":
 * `map.focusTouchpoint(event.detail.touchpoint.id)` on `opportunity-select`.
 */
export const BesideTheMap: Story = {
  name: 'Beside the map',
  parameters: { layout: 'fullscreen' },
  render: ({ status, view, locale, theme, onOpportunitySelect }) => {
    const open = (event: Event) => {
      onOpportunitySelect?.(event);
      const { touchpoint } = (event as OpportunitySelectEvent).detail;
      const matrix = event.currentTarget as HTMLElement;
      matrix.parentElement?.querySelector<JourneyMap>('journey-map')?.focusTouchpoint(touchpoint.id);
    };
    return html`
      <div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 30rem), 1fr)); align-items: start; gap: 1.5rem; padding: 1rem">
        <opportunity-matrix
          src=${sampleUrl.winterJacket}
          status=${ifDefined(text(status))}
          view=${ifDefined(view)}
          locale=${ifDefined(text(locale))}
          theme=${ifDefined(theme)}
          @opportunity-select=${open}
        ></opportunity-matrix>
        <journey-map
          src=${sampleUrl.winterJacket}
          lanes="touchpoints,pain-points,opportunities"
          locale=${ifDefined(text(locale))}
          theme=${ifDefined(theme)}
        ></journey-map>
        <template data-page-code>
          <script type="module">
            // Choosing an opportunity in the matrix focuses its touchpoint in the map (false if a
            // persona filter hides it); Enter there opens the touchpoint's details.
            const map = document.querySelector('journey-map');
            document.querySelector('opportunity-matrix').addEventListener('opportunity-select', (event) => {
              map.focusTouchpoint(event.detail.touchpoint.id);
            });
          </script>
        </template>
      </div>
    `;
  },
};
