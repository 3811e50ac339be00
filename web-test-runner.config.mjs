// Browser tests: every test/**/*.test.ts runs in headless Chromium (see scripts/find-chromium.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin, sendKeysPlugin, setViewportPlugin, emulateMediaPlugin } from '@web/test-runner-commands/plugins';
import { CHROMIUM_FLAGS, findChromium } from './scripts/find-chromium.mjs';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';

// Fixture folders for browser tests: /__fixtures/ is the project's own test/fixtures, /__shared/
// the team's shared fixtures beside the clone (in CI too). A folder answers with the JSON list of
// its file names so tests can enumerate them; /__shared/ answers 404 when ../shared is absent, as it
// is for someone who clones the project, and the shared conformance suite then skips itself.
function serveFolder(prefix, dir) {
  return (context, next) => {
    if (!context.path.startsWith(prefix)) return next();
    const file = resolve(dir, decodeURIComponent(context.path.slice(prefix.length)));
    const inside = file === dir || file.startsWith(dir + sep);
    if (inside && existsSync(file) && statSync(file).isDirectory()) {
      context.type = 'application/json';
      context.body = JSON.stringify(readdirSync(file).sort());
    } else if (inside && existsSync(file)) {
      context.type = file.endsWith('.json') ? 'application/json' : 'text/plain';
      context.body = readFileSync(file);
    } else {
      context.status = 404;
    }
    return undefined;
  };
}

/**
 * `executeServerCommand('emulate-forced-colors', { forcedColors: 'active' | 'none' })`: the
 * runner's own emulateMedia drops `forcedColors` with the Chrome launcher (it passes on only the
 * colour scheme and reduced motion), so forced-colours tests would never run.
 */
function forcedColorsPlugin() {
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const value = payload?.forcedColors;
      if (value !== 'active' && value !== 'none') throw new Error('emulate-forced-colors: forcedColors must be "active" or "none"');
      const page = session.browser.getPage(session.id);
      // Puppeteer's emulateMediaFeatures refuses this feature name; the protocol takes it. Emulation
      // lasts as long as the protocol session that set it, so each page keeps its session.
      let cdp = cdpSessions.get(page);
      if (!cdp) cdpSessions.set(page, (cdp = await page.createCDPSession()));
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
      return true;
    },
  };
}
const cdpSessions = new WeakMap();

/**
 * `executeServerCommand('capture-pixels', { x, y, width, height })`: a PNG of that part of the
 * viewport as base64 (test/helpers/pixels.ts decodes it), so a test can check what is painted,
 * e.g. that a focus ring is not covered by something drawn over it.
 */
function capturePixelsPlugin() {
  return {
    name: 'capture-pixels',
    async executeCommand({ command, payload, session }) {
      if (command !== 'capture-pixels') return undefined;
      const { x, y, width, height } = payload ?? {};
      if (![x, y, width, height].every(Number.isFinite) || width <= 0 || height <= 0) {
        throw new Error('capture-pixels: x, y, width and height must be finite, the size positive');
      }
      const page = session.browser.getPage(session.id);
      return page.screenshot({ encoding: 'base64', clip: { x, y, width, height }, captureBeyondViewport: false });
    },
  };
}

const executablePath = findChromium();

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  rootDir: '.',
  middleware: [serveFolder('/__fixtures/', resolve('test/fixtures')), serveFolder('/__shared/', resolve('..', 'shared'))],
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
    forcedColorsPlugin(),
    capturePixelsPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, args: CHROMIUM_FLAGS },
      // Each test file gets its own browser context (a window of its own), so a file running in
      // parallel is never a background tab that stops rendering frames and resize callbacks.
      async createPage({ browser }) {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        // The browser may be closing already when the runner closes the page: nothing left to dispose.
        page.once('close', () => void context.close().catch(() => {}));
        return page;
      },
    }),
  ],
};
