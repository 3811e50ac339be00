// `npm run test:stories`: renders every story of the static Storybook in headless Chromium, runs
// axe on it, and fails (exit 1) on any violation, listing each story and violation.
//
//   node scripts/story-a11y.mjs            builds storybook-static first unless it is newer than
//                                          every source it is made from
//   node scripts/story-a11y.mjs --build    always builds first
//   node scripts/story-a11y.mjs --no-build uses storybook-static as it is
//   node scripts/story-a11y.mjs --grep persona   only stories whose id, title or name contains "persona"
//   node scripts/story-a11y.mjs --workers 1      one page at a time (default: two, or one on one core)
//
// Axe runs as Storybook's accessibility panel runs it (the page's body without Storybook's own
// wrappers, rule `region` off, plus each story's `parameters.a11y` config, options and context;
// `a11y.test: 'off'` or `a11y.disable` skips a story), after the story's play function and once
// every element has finished rendering. The panel's own run is switched off here
// (`globals=a11y.manual:!true`) so each story is checked once. Motion is reduced so colours are
// measured at rest, not mid-transition. Requests leaving 127.0.0.1 are refused: the run is offline.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, findChromium } from './find-chromium.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const staticDir = join(root, 'storybook-static');
const indexFile = join(staticDir, 'index.json');

const argv = process.argv.slice(2);
const option = (name) => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
};
const forceBuild = argv.includes('--build');
const noBuild = argv.includes('--no-build');
const grep = option('--grep');
const STORY_TIMEOUT = Number(option('--timeout') ?? 60_000);

// ---------------------------------------------------------------------------------------------
// storybook-static: reuse it when it is newer than everything it is built from.

/** Newest modification time (ms) of a file or of any file below a folder. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules') continue;
    latest = Math.max(latest, newest(join(path, entry)));
  }
  return latest;
}

const SOURCES = [
  '.storybook',
  'stories',
  'src',
  'test/fixtures/valid',
  'test/fixtures/invalid',
  'bench/generate.mjs',
  'custom-elements-manifest.config.mjs',
  'package.json',
  'package-lock.json',
].map((path) => join(root, path));

function isFresh() {
  if (!existsSync(indexFile) || !existsSync(join(staticDir, 'iframe.html'))) return false;
  const built = statSync(indexFile).mtimeMs;
  return SOURCES.every((path) => newest(path) <= built);
}

if (forceBuild || (!noBuild && !isFresh())) {
  console.log(forceBuild ? 'Building Storybook…' : 'storybook-static is missing or older than its sources: building it…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', 'build-storybook', '--silent'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
  if (result.status !== 0) {
    console.error('npm run build-storybook failed.');
    process.exit(result.status ?? 1);
  }
} else if (!existsSync(indexFile)) {
  console.error('storybook-static/index.json is missing: run `npm run build-storybook` (or drop --no-build).');
  process.exit(1);
} else {
  console.log('Using storybook-static as built (newer than its sources).');
}

const index = JSON.parse(readFileSync(indexFile, 'utf8'));
const stories = Object.values(index.entries)
  .filter((entry) => entry.type === 'story')
  .filter((entry) => !grep || `${entry.id} ${entry.title} ${entry.name}`.toLowerCase().includes(grep.toLowerCase()));
if (stories.length === 0) {
  console.error(grep ? `No story id, title or name contains "${grep}".` : 'storybook-static/index.json lists no stories.');
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// A static file server on 127.0.0.1 (any free port).

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

const server = createServer((request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
  let file = resolve(staticDir, `.${decodeURIComponent(pathname)}`);
  if (file !== staticDir && !file.startsWith(staticDir + sep)) file = '';
  if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!file || !existsSync(file)) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Not found');
    return;
  }
  // Hashed assets never change within a build: let the browser keep them (and their compiled code)
  // from one story to the next instead of parsing a megabyte of JavaScript per story.
  const cache = pathname.startsWith('/assets/') || pathname.startsWith('/sb-') ? 'max-age=3600, immutable' : 'no-cache';
  response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': cache });
  createReadStream(file).pipe(response);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

// ---------------------------------------------------------------------------------------------
// In the page (serialised into it by puppeteer: no closures over this file).

/**
 * Runs before Storybook: records the errors Storybook reports on its channel (a play function
 * that throws ends the render normally and is only reported there).
 */
function recordStoryErrors() {
  window.__storyA11yErrors = [];
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      const events = ['storyErrored', 'storyThrewException', 'playFunctionThrewException', 'unhandledErrorsWhilePlaying', 'storyMissing'];
      for (const name of events) {
        value?.on?.(name, (detail) => {
          const text =
            typeof detail === 'string'
              ? detail
              : Array.isArray(detail)
                ? detail.map((each) => each?.message ?? String(each)).join('; ')
                : (detail?.message ?? detail?.title ?? JSON.stringify(detail));
          window.__storyA11yErrors.push(`${name}: ${text}`);
        });
      }
    },
  });
}

/** Resolves when the story has rendered and played, or reports why it could not. */
function storyState(id) {
  if (document.body.classList.contains('sb-show-errordisplay')) {
    const message = document.querySelector('#error-message')?.textContent ?? '';
    const stack = document.querySelector('#error-stack')?.textContent ?? '';
    return { done: true, error: `${message}\n${stack}`.trim() || 'the story failed to render' };
  }
  if (window.__storyA11yErrors?.length) return { done: true, error: window.__storyA11yErrors.join('\n') };
  const render = window.__STORYBOOK_PREVIEW__?.storyRenders?.[0];
  if (!render) return { done: false };
  if (render.id !== id) return { done: true, error: `the page rendered story ${render.id}, not ${id}` };
  if (render.phase === 'errored') return { done: true, error: 'the story (or its play function) threw; see the page errors' };
  if (render.phase === 'aborted') return { done: true, error: 'the story render was aborted' };
  return { done: render.phase === 'finished' };
}

/** Waits until every custom element below the story root has finished updating and images have settled. */
async function settle() {
  const elements = () => {
    const found = [];
    const walk = (node) => {
      for (const el of node.querySelectorAll('*')) {
        if (el.localName.includes('-')) found.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document.body);
    return found;
  };
  const images = () => {
    const found = [];
    const walk = (node) => {
      for (const el of node.querySelectorAll('*')) {
        if (el instanceof HTMLImageElement) found.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document.body);
    return found;
  };
  const frame = () => new Promise((done) => requestAnimationFrame(() => done()));
  for (let round = 0; round < 20; round++) {
    await Promise.all(elements().map((el) => el.updateComplete).filter(Boolean));
    await Promise.all(
      images()
        .filter((img) => !img.complete)
        .map((img) => new Promise((done) => {
          img.addEventListener('load', done, { once: true });
          img.addEventListener('error', done, { once: true });
          setTimeout(done, 2000);
        })),
    );
    // ResizeObserver → requestAnimationFrame → measure → update: give that chain two frames.
    await frame();
    await frame();
    if (elements().every((el) => !el.isUpdatePending)) return round;
  }
  return -1;
}

/** Runs axe like Storybook's accessibility panel, with the story's own a11y parameters. */
async function runAxe() {
  const render = window.__STORYBOOK_PREVIEW__?.storyRenders?.[0];
  if (!render?.story) throw new Error('the story render has gone');
  const parameters = render.story.parameters?.a11y ?? {};
  if (parameters.disable === true || parameters.test === 'off') return { skipped: true };
  const { config = {}, options = {} } = parameters;
  const context = { include: document.body, exclude: ['.sb-wrapper', '#storybook-docs', '#storybook-highlights-root'] };
  if (parameters.context) {
    const given = parameters.context;
    const hasInclude = typeof given === 'object' && given.include !== undefined;
    const hasExclude = typeof given === 'object' && given.exclude !== undefined;
    if (hasInclude) context.include = given.include;
    else if (!hasExclude) context.include = given;
    if (hasExclude) context.exclude = context.exclude.concat(given.exclude);
  }
  window.axe.reset();
  window.axe.configure({ ...config, rules: [{ id: 'region', enabled: false }, ...(config.rules ?? [])] });
  const result = await window.axe.run(context, { ...options, resultTypes: ['violations'] });
  return {
    skipped: false,
    violations: result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      helpUrl: violation.helpUrl,
      nodes: violation.nodes.map((node) => ({
        target: node.target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : part)).join(' '),
        summary: node.failureSummary,
      })),
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// The run: one browser, one page per worker (two by default: the 1000-touchpoint story keeps one
// core busy with axe for a while), each page reused for story after story.

const started = Date.now();
const executablePath = findChromium();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const workers = Math.max(1, Math.min(stories.length, Number(option('--workers') ?? Math.min(2, availableParallelism()))));
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: [...CHROMIUM_FLAGS.filter((flag) => !flag.startsWith('--headless')), '--window-size=1280,900'],
  defaultViewport: { width: 1280, height: 900 },
});

const results = new Map();
const blocked = new Set();
let skipped = 0;

/** Opens a page set up for testing stories: axe and the error hook on every load, offline. */
async function openPage() {
  // A context (a window) per worker: a page sharing a window with another is a background tab,
  // which gets no animation frames, so its story would wait for the other worker to finish.
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.once('close', () => void context.close());
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await page.evaluateOnNewDocument(recordStoryErrors);
  await page.evaluateOnNewDocument(axeSource);
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) void request.continue();
    else {
      blocked.add(new URL(url).origin);
      void request.abort('internetdisconnected');
    }
  });
  return page;
}

/** Renders one story and runs axe on it; returns the problems found (empty: passed), or null if skipped. */
async function testStory(page, story, pageErrors) {
  const t0 = Date.now();
  const problems = [];
  let axeStart = 0;
  try {
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=a11y.manual:!true`, {
      waitUntil: 'domcontentloaded',
      timeout: STORY_TIMEOUT,
    });
    // storyState returns an object (always truthy): wait on its `done`.
    await page.waitForFunction(`(${storyState})(${JSON.stringify(story.id)}).done`, { timeout: STORY_TIMEOUT, polling: 50 });
    const state = await page.evaluate(storyState, story.id);
    if (state.error) problems.push(`render error: ${state.error}`);
    else {
      const rounds = await page.evaluate(settle);
      if (rounds < 0) problems.push('elements kept updating (no stable render after 20 rounds)');
      axeStart = Date.now();
      const result = await page.evaluate(runAxe);
      if (result.skipped) return { skipped: true, problems, time: `${Date.now() - t0} ms` };
      for (const violation of result.violations) {
        problems.push(
          `${violation.impact ?? 'violation'}: ${violation.id} — ${violation.help} (${violation.helpUrl})\n` +
            violation.nodes.map((node) => `      at ${node.target}\n        ${String(node.summary).replace(/\n/g, '\n        ')}`).join('\n'),
        );
      }
      const late = await page.evaluate(() => window.__storyA11yErrors ?? []);
      problems.push(...late.map((message) => `story error: ${message}`));
    }
  } catch (error) {
    problems.push(`could not test: ${error.message ?? error}`);
  }
  for (const message of pageErrors) problems.push(`page error: ${message}`);
  const end = Date.now();
  return { skipped: false, problems, time: axeStart ? `${axeStart - t0} ms render, ${end - axeStart} ms axe` : `${end - t0} ms` };
}

const docsPages = Object.values(index.entries)
  .filter((entry) => entry.type === 'docs')
  .filter((entry) => !grep || `${entry.id} ${entry.title}`.toLowerCase().includes(grep.toLowerCase()));
/** Docs page id → the errors it showed (empty: rendered). */
const docsResults = new Map();

try {
  const queue = [...stories];
  await Promise.all(
    Array.from({ length: workers }, async () => {
      const page = await openPage();
      let pageErrors = [];
      page.on('pageerror', (error) => pageErrors.push(error.message ?? String(error)));
      for (let story = queue.shift(); story; story = queue.shift()) {
        pageErrors = [];
        const result = await testStory(page, story, pageErrors);
        results.set(story.id, result);
        const label = `${story.title} › ${story.name}`;
        if (result.skipped) {
          skipped++;
          console.log(`- ${label} (skipped: parameters.a11y turns the test off)`);
        } else console.log(`${result.problems.length === 0 ? '✓' : '✗'} ${label} (${result.time})`);
      }
      await page.close();
    }),
  );
  // Docs pages: each renders without an error (a Source block's transform, a broken MDX block).
  const page = await openPage();
  let errors = [];
  page.on('pageerror', (error) => errors.push(error.message ?? String(error)));
  page.on('console', (message) => message.type() === 'error' && /^Error rendering|TypeError|ReferenceError/.test(message.text()) && errors.push(message.text()));
  for (const entry of docsPages) {
    errors = [];
    try {
      await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=docs`, { waitUntil: 'domcontentloaded', timeout: STORY_TIMEOUT });
      await page.waitForFunction(() => document.querySelector('#storybook-docs .sbdocs-content') || document.body.classList.contains('sb-show-errordisplay'), { timeout: STORY_TIMEOUT, polling: 100 });
      // The stories on the page render after the page itself: give them a moment to fail.
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1500)));
      if (await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'))) errors.push('the error display is shown');
    } catch (error) {
      errors.push(`could not open: ${error.message ?? error}`);
    }
    docsResults.set(entry.id, errors);
    console.log(`${errors.length === 0 ? '✓' : '✗'} ${entry.title} › docs page`);
  }
  await page.close();
  if (blocked.size > 0) console.log(`\nRefused requests to ${[...blocked].join(', ')} (the run is offline).`);
} finally {
  await browser.close();
  server.close();
}

// Failures in index order, whatever order the workers finished in.
const failures = stories.filter((story) => results.get(story.id)?.problems.length > 0);
const passed = stories.filter((story) => results.get(story.id)?.problems.length === 0 && !results.get(story.id)?.skipped).length;
if (failures.length > 0) {
  console.log('\nAccessibility failures:');
  for (const story of failures) {
    console.log(`\n✗ ${story.title} › ${story.name}  [${story.id}]`);
    for (const problem of results.get(story.id).problems) console.log(`    ${problem}`);
  }
}
const docsFailures = docsPages.filter((entry) => docsResults.get(entry.id)?.length > 0);
if (docsFailures.length > 0) {
  console.log('\nDocs pages that failed to render:');
  for (const entry of docsFailures) console.log(`\n✗ ${entry.title}  [${entry.id}]\n    ${docsResults.get(entry.id).join('\n    ')}`);
}
console.log(`\ndocs pages: ${docsPages.length - docsFailures.length} rendered, ${docsFailures.length} failed`);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`\n${stories.length} stories, ${workers} ${workers === 1 ? 'page' : 'pages'}, ${seconds} s`);
// The summary stands alone on the last line, the form CI reads as a test count.
console.log(`stories: ${passed} passed, ${failures.length} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failures.length > 0 || docsFailures.length > 0 ? 1 : 0);
