import type { Meta } from '@storybook/web-components-vite';
import { withStalledFetch, NEVER_ANSWERS_URL } from './support/fetch-stub.js';
import { badJsonText, generatedJourney, invalidModelText, missingUrl, sample, sampleUrl } from './support/journeys.js';
import { journeyMapPage, renderJourneyMap, type JourneyMapArgs, type JourneyMapStory } from './support/render.js';
import type { Journey } from '../src/model/index.js';

/**
 * What the map shows while it loads, when a source fails (the map reports problems and never
 * renders an invalid journey), when there is nothing to show, and at scale.
 */
export default { ...journeyMapPage, title: 'Components/journey-map/States', tags: ['autodocs'] } satisfies Meta<JourneyMapArgs>;

/** `src` while the file downloads: the loading indicator (here the request is held back for good). */
export const Loading: JourneyMapStory = {
  args: { src: NEVER_ANSWERS_URL },
  decorators: [withStalledFetch],
};

/** `src` pointing at a journey file: fetched, validated, shown (`journey-load` in the Actions panel). */
export const LoadedFromSrc: JourneyMapStory = {
  name: 'Loaded from src',
  args: { src: sampleUrl.winterJacket },
};

/**
 * Valid JSON, invalid model (a touchpoint in a stage that does not exist): the error notice with
 * the validator's problems, opened here. Nothing of the invalid journey is rendered.
 */
export const InvalidModel: JourneyMapStory = {
  name: 'Error: invalid model',
  args: { journey: invalidModelText },
  play: async ({ canvasElement }) => {
    const map = canvasElement.querySelector('journey-map');
    if (!map) return;
    await map.updateComplete;
    const toggle = map.shadowRoot?.querySelector<HTMLButtonElement>('[part="error"] button[aria-expanded="false"]');
    toggle?.click();
    await map.updateComplete;
  },
};

/** JSON text that is not JSON (YAML): one problem with the parser's message. */
export const BadJson: JourneyMapStory = {
  name: 'Error: bad JSON',
  args: { journey: badJsonText },
};

/** A `src` the server answers with 404. */
export const NotFound: JourneyMapStory = {
  name: 'Error: 404 src',
  args: { src: missingUrl },
};

/** A journey with stages but no touchpoints. */
export const Empty: JourneyMapStory = {
  name: 'Empty journey',
  args: { journey: sample('emptyTouchpoints') },
};

/**
 * 1000 touchpoints over ten stages, three personas, every lane filled, with branches and loops:
 * generated in the browser by `generateJourney(1000)` from bench/generate.mjs.
 */
export const ThousandTouchpoints: JourneyMapStory = {
  name: '1000 touchpoints',
  tags: ['!autodocs'],
  loaders: [async () => ({ generated: await generatedJourney(1000) })],
  render: (args, { loaded }) => renderJourneyMap({ ...args, journey: (loaded['generated'] as Journey | undefined) ?? null }),
  argTypes: {
    journey: { control: false },
    persona: { control: 'select', options: ['', 'maria', 'ola', 'aino'] },
  },
  parameters: { docs: { story: { height: '640px' } } },
  args: { '--jk-map-max-height': '600px' },
};
