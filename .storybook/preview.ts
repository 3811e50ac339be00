// Every story: the five elements defined, autodocs from custom-elements.json, the accessibility
// check on (a violation is an error, in the panel and in `npm run test:stories`), and a toolbar
// switch for the page language that elements without a `locale` follow.
import { html } from 'lit';
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import manifestJson from '../custom-elements.json' with { type: 'json' };
import { SUPPORTED_LOCALES, directionOf } from '../src/i18n/index.js';
import '../src/index.js';
import { storySource } from '../stories/support/source.js';
import { argTypesFor, declarationOf, withTagNames, type CustomElementsManifest } from './custom-elements.js';

const manifest = withTagNames(manifestJson as CustomElementsManifest);
setCustomElementsManifest(manifest);

/** The page language from the toolbar: elements without `locale` follow the nearest `lang`. */
const withLanguage: Decorator = (story, { globals }) => {
  const lang: unknown = globals['lang'];
  if (typeof lang !== 'string' || lang === '') return story();
  return html`<div lang=${lang} dir=${directionOf(lang)}>${story()}</div>`;
};

const preview: Preview = {
  decorators: [withLanguage],
  globalTypes: {
    lang: {
      description: 'Page language (lang) for elements without a locale attribute',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [{ value: '', title: 'Page default (en)' }, ...SUPPORTED_LOCALES.map((locale) => ({ value: locale, title: locale }))],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: '' },
  parameters: {
    layout: 'padded',
    a11y: { test: 'error' },
    controls: { expanded: true },
    docs: {
      toc: true,
      // "Show code": markup read from the rendered story, pasteable into a plain page (see source.ts).
      // A docs page renders its Source blocks once before any story's canvas exists: the code
      // Storybook made stands until the story has rendered and the snippet is made again.
      source: { transform: (code: string, context: { canvasElement?: Element }) => (context.canvasElement ? storySource(context.canvasElement) : code) },
      extractArgTypes: (component: unknown) => {
        const declaration = typeof component === 'string' ? declarationOf(manifest, component) : undefined;
        return declaration ? argTypesFor(declaration) : null;
      },
      extractComponentDescription: (component: unknown) => {
        const declaration = typeof component === 'string' ? declarationOf(manifest, component) : undefined;
        return declaration?.description ?? null;
      },
    },
    options: {
      storySort: {
        order: ['Introduction', 'Components', ['journey-map', 'emotion-curve', 'touchpoint-card', 'persona-badge', 'opportunity-matrix'], 'Theming'],
      },
    },
  },
};

export default preview;
