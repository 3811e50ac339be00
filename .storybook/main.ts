// Storybook for journeykit: web components with Vite, autodocs from custom-elements.json, and the
// accessibility panel. Everything stays offline: no telemetry, no "what's new" fetches, and
// `storybook dev` runs with `--no-version-updates` (see the npm scripts).
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // The sample journeys the docs link, published beside the stories so that a story's code can
  // say `src="journeys/winter-jacket.en.json"` and mean a file that exists.
  staticDirs: [{ from: '../docs/examples/journeys', to: '/journeys' }],
  framework: {
    name: '@storybook/web-components-vite',
    options: {
      builder: {
        // The project's vite.config.ts builds the CMS bundle (library mode) and redirects `/` to
        // the demo; Storybook needs neither, so it gets a config of its own.
        viteConfigPath: '.storybook/vite.config.ts',
      },
    },
  },
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  docs: {
    defaultName: 'Docs',
  },
  viteFinal: (config) => ({
    ...config,
    // Storybook's own preview chunk (React, the docs blocks, axe) is over a megabyte; that is
    // expected for a documentation site, so warn only above it.
    build: { ...config.build, chunkSizeWarningLimit: 1500 },
  }),
};

export default config;
