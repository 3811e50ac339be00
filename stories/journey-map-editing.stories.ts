import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { fn } from 'storybook/test';
import type { JourneyBeforeChangeEvent, JourneyChangeEvent } from '../src/events/index.js';
import { sample } from './support/journeys.js';
import { renderJourneyMap, type JourneyMapArgs } from './support/render.js';

/**
 * `<journey-map editable>`: focus a touchpoint and press Alt+Left/Right to move it, Alt+Up/Down
 * on the emotions lane to change its emotion, Delete to remove it, Ctrl+Z / Ctrl+Shift+Z to undo
 * and redo (see docs/keyboard.md). The Actions panel shows each `journey-beforechange` with the
 * patch about to be made (`ops`) and each `journey-change` with its `origin` and `ops`: what a
 * host keeps or sends to its server (docs/editing.md).
 */
const meta = {
  title: 'Components/journey-map/Editing',
  component: 'journey-map',
  tags: ['autodocs'],
  render: renderEditable(false),
  args: { journey: sample('winterJacket'), onJourneyChange: fn(), onJourneyBeforechange: fn() },
  argTypes: { editable: { control: false } },
} satisfies Meta<JourneyMapArgs>;

export default meta;
type Story = StoryObj<JourneyMapArgs>;

/** An action of the panel, called with what an event carries (the panel does not show an event's `detail`). */
type Log = (detail: unknown) => void;

/**
 * An editable map whose events go to the Actions panel with their detail; with `veto`, every
 * change is cancelled in `journey-beforechange`. The `data-page-code` template holds what "Show
 * code" gives a page to do the same (see support/source.ts).
 */
function renderEditable(veto: boolean): (args: JourneyMapArgs) => TemplateResult {
  return (args) => {
    const logChange = args.onJourneyChange as Log | undefined;
    const logBefore = args.onJourneyBeforechange as Log | undefined;
    const map = renderJourneyMap({
      ...args,
      editable: true,
      onJourneyChange: (event) => {
        const { origin, ops } = (event as JourneyChangeEvent).detail;
        logChange?.({ origin, ops });
      },
      onJourneyBeforechange: (event) => {
        logBefore?.({ ops: (event as JourneyBeforeChangeEvent).detail.ops });
        if (veto) event.preventDefault();
      },
    });
    return veto
      ? html`${map}
          <template data-page-code>
            <script type="module">
              document.querySelector('journey-map').addEventListener('journey-beforechange', (event) => {
                event.preventDefault(); // the journey is locked for review
              });
            </script>
          </template>`
      : html`${map}
          <template data-page-code>
            <script type="module">
              document.querySelector('journey-map').addEventListener('journey-change', (event) => {
                console.log(event.detail.origin, event.detail.ops);
              });
            </script>
          </template>`;
  };
}

/** Every edit is made, recorded for undo and reported (`journey-change`, origin `user`, `undo` or `redo`). */
export const Editable: Story = {};

/**
 * The host cancels every `journey-beforechange` (say, the journey is locked for review): the map
 * keeps the journey as it is and tells the user the change was refused. No `journey-change` follows.
 */
export const Vetoed: Story = {
  name: 'Changes refused by the host',
  render: renderEditable(true),
};

/** Right to left: Alt+Left moves a touchpoint forward (towards the end of the journey), as the arrows point. */
export const Arabic: Story = {
  name: 'Arabic, right to left (ar)',
  args: { journey: sample('bankAccount') },
};
