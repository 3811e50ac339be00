// Browser tests: every test/**/*.test.ts runs in headless Chromium (see scripts/find-chromium.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin, sendKeysPlugin, setViewportPlugin, emulateMediaPlugin } from '@web/test-runner-commands/plugins';
import { CHROMIUM_FLAGS, findChromium } from './scripts/find-chromium.mjs';

const executablePath = findChromium();

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  rootDir: '.',
  concurrency: 2,
  // Lit's dev build warns once per page that it is in dev mode; that line is noise here.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    a11ySnapshotPlugin(),
    sendKeysPlugin(),
    setViewportPlugin(),
    emulateMediaPlugin(),
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath, args: CHROMIUM_FLAGS } })],
};
