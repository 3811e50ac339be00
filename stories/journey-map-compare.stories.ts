import type { Meta } from '@storybook/web-components-vite';
import { sampleUrl } from './support/journeys.js';
import { journeyMapPage, type JourneyMapArgs, type JourneyMapStory } from './support/render.js';

/**
 * Current vs future (`docs/compare.md`): the future state of a shopping journey
 * (zakupy-docelowy.pl.json) compared with its current state (zakupy-obecny.pl.json, the
 * `baseline-src`). Both files are published beside Storybook at `journeys/`, so "Show code"
 * pastes into a plain page as it is. Above the map a summary says what changed: two touchpoints
 * added, two removed, two changed, three pain points solved, customer effort 6.1 → 2.4.
 */
export default { ...journeyMapPage, title: 'Components/journey-map/Current vs future', tags: ['autodocs'] } satisfies Meta<JourneyMapArgs>;

/**
 * Overlay (the default): removed touchpoints as dashed ghost columns in their old place, every
 * touchpoint marked added, removed, moved or changed with its changes in words, and the
 * baseline's emotion line dotted over the current one.
 */
export const Overlay: JourneyMapStory = {
  args: { src: sampleUrl.zakupyDocelowy, 'baseline-src': sampleUrl.zakupyObecny },
};

/**
 * `compare="side-by-side"`: the baseline's map beside the current one (stacked below 80rem),
 * scrolling together; moving through one moves the other's position to the same touchpoint.
 */
export const SideBySide: JourneyMapStory = {
  name: 'Side by side',
  args: { src: sampleUrl.zakupyDocelowy, 'baseline-src': sampleUrl.zakupyObecny, compare: 'side-by-side' },
};

/** The overlay with English built-in words (the journeys' own text stays Polish), in the dark theme. */
export const OverlayEnglishDark: JourneyMapStory = {
  name: 'Overlay, English words, dark',
  args: { src: sampleUrl.zakupyDocelowy, 'baseline-src': sampleUrl.zakupyObecny, locale: 'en', theme: 'dark' },
};
