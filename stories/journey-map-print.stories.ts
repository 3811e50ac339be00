import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { darkPage } from './support/decorators.js';
import { sampleUrl } from './support/journeys.js';
import { renderJourneyMap, type JourneyMapArgs } from './support/render.js';

/**
 * A story page cannot show print on its own: the map lays out for paper when the page is printed
 * (the browser's `beforeprint`, or the `print` media query turning on), never on the screen. So
 * each story has a Print button (`window.print()`): the browser's print preview shows the map as
 * it prints. In Chromium, DevTools → Rendering → "Emulate CSS media type: print" switches the
 * `print` media query, which the map follows too: the canvas then shows the printed layout.
 *
 * The page's own Print button and hint are left off the paper by a `@media print` rule, part of
 * "Show code".
 */
const meta = {
  title: 'Components/journey-map/Print',
  component: 'journey-map',
  tags: ['autodocs'],
  args: { src: sampleUrl.winterJacket },
  argTypes: { 'print-layout': { control: 'inline-radio', options: ['pages', 'poster'] } },
  render: (args) => html`
    <style>@media print { .screen-only { display: none; } }</style>
    <p class="screen-only" style="font-family: system-ui, sans-serif">
      <button type="button" @click=${() => window.print()}>Print…</button>
      Shows the browser's print preview: this map as printed (<code>print-layout="${args['print-layout'] ?? 'pages'}"</code>).
    </p>
    <template data-page-code>
      <button type="button" class="screen-only" id="print">Print…</button>
      <script type="module">
        document.getElementById('print').addEventListener('click', () => window.print());
      </script>
    </template>
    ${renderJourneyMap(args)}
  `,
} satisfies Meta<JourneyMapArgs>;

export default meta;
type Story = StoryObj<JourneyMapArgs>;

/**
 * `print-layout="pages"` (the default): the stages one under the other, each touchpoint with its
 * lanes, over as many pages as needed; no card is split across two pages, empty lanes are left
 * out, every column is printed, black on white in any theme.
 */
export const Pages: Story = { args: { 'print-layout': 'pages' } };

/**
 * `print-layout="poster"`: the wide grid whole on one sheet, scaled down (never up) to the sheet's
 * width. Print it on large paper for a workshop wall, or scale it in the print dialog.
 */
export const Poster: Story = { args: { 'print-layout': 'poster' } };

/** The dark theme on screen; on paper the map is black on white all the same. */
export const DarkOnScreen: Story = {
  name: 'Dark on screen, black on white on paper',
  args: { 'print-layout': 'pages', theme: 'dark' },
  decorators: [darkPage],
};
