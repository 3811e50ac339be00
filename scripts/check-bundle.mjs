// `npm run check:bundle`: dist/journeykit.bundle.js is what CMS authors paste into a page, so it
// must stand alone. Checks that it imports nothing (no bare `lit`, no relative chunk, no
// `import.meta.url` asset; only the documented loader of journeykit.collab.js beside it, which
// must stand alone too), that the version it stamps on its elements is package.json's, and, in
// headless Chromium from a plain `<script type="module">` page, that it defines all four elements,
// that a second copy of the same version is skipped silently and that a copy of another version
// warns once per element instead of throwing, and that it draws: a map from inline JSON with its
// cards, connectors and curve, and curves in each interpolation. test/packaging/bundle.test.mjs
// runs the same checks.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { CHROMIUM_FLAGS, findChromium } from './find-chromium.mjs';

export const BUNDLE = 'dist/journeykit.bundle.js';
/** The collaboration module `<journey-map collab>` loads from beside the bundle. */
export const COLLAB_BUNDLE = 'dist/journeykit.collab.js';
export const TAGS = ['journey-map', 'emotion-curve', 'persona-badge', 'touchpoint-card', 'opportunity-matrix'];

/** Newest modification time of the files the bundle is built from. */
export function newestSource() {
  let newest = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else newest = Math.max(newest, statSync(file).mtimeMs);
    }
  };
  walk('src');
  for (const file of ['package.json', 'vite.config.ts']) newest = Math.max(newest, statSync(file).mtimeMs);
  return newest;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * For tests (`npm test` runs tsc, not Vite): builds the bundle with Vite when it is missing or
 * older than anything in src/, and returns its code. A lock folder keeps two test files from
 * building at once. Run from the repository root.
 */
export function ensureBundle(options) {
  return ensureBuilt(BUNDLE, [], options);
}

/** dist/journeykit.collab.js, built by vite.collab.config.ts when missing or older than src/; resolves to its code. */
export function ensureCollabBundle(options) {
  return ensureBuilt(COLLAB_BUNDLE, ['--config', 'vite.collab.config.ts'], options);
}

async function ensureBuilt(file, viteArgs, { log = console.log } = {}) {
  const lock = join('node_modules', '.cache', 'journeykit-bundle.lock');
  mkdirSync(join('node_modules', '.cache'), { recursive: true });
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (waited > 120_000) rmdirSync(lock); // a crashed build left it behind
      await sleep(200);
    }
  }
  try {
    if (!existsSync(file) || statSync(file).mtimeMs < newestSource()) {
      log(`${file} is missing or older than src/: building it with Vite`);
      const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', ...viteArgs, '--logLevel', 'warn'], { encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}${result.stderr}`);
    }
    return readFileSync(file, 'utf8');
  } finally {
    rmdirSync(lock);
  }
}

/** Every module specifier the code imports (static, re-exports and literal dynamic imports). */
export function importsOf(code) {
  return ts.preProcessFile(code, true, true).importedFiles.map((f) => f.fileName);
}

/**
 * The one documented sibling-file loader, allowed in the bundle: `<journey-map collab>` loads the
 * collaboration module with `import(JourneyMap.collabModule)`, which the entry points set to
 * `new URL('./journeykit.collab.js', import.meta.url).href` (the bundle) or `./collab/connect.js`
 * (the npm entry, also inside the bundle and overwritten by it). Anything else still counts.
 */
const COLLAB_LOADER = [
  /\.collabModule\s*=\s*new URL\(\s*([`'"])\.\/(?:journeykit\.collab\.js|collab\/connect\.js)\1\s*,\s*import\.meta\.url\s*\)\.href/g,
  /\bimport\(\s*(?:\/\*[^*]*\*\/\s*)?[\w$]+\.collabModule\s*\)/g,
];

/** Problems that make the file depend on something beside it; empty when it stands alone. */
export function selfContainedProblems(code) {
  const problems = importsOf(code).map((specifier) => `imports "${specifier}"`);
  const rest = COLLAB_LOADER.reduce((text, allowed) => text.replace(allowed, ''), code);
  if (/\bimport\.meta\.url\b/.test(rest)) problems.push('uses import.meta.url (an asset next to the bundle?)');
  if (/\bimport\s*\(/.test(rest) && problems.length === 0) problems.push('has a dynamic import()');
  return problems;
}

/** The version src/define.ts stamps on the element classes. */
export function definedVersion() {
  const match = /export const VERSION = '([^']+)'/.exec(readFileSync('src/define.ts', 'utf8'));
  if (!match) throw new Error('src/define.ts no longer declares `export const VERSION = \'…\'`');
  return match[1];
}

/** The bundle with its version literal replaced, to play "another journeykit on the page". */
export function withVersion(code, from, to) {
  let count = 0;
  const replaced = code.replace(/(["'`])(\d+\.\d+\.\d+[^"'`]*)\1/g, (literal, quote, version) => {
    if (version !== from) return literal;
    count++;
    return `${quote}${to}${quote}`;
  });
  if (count === 0) throw new Error(`the bundle holds no "${from}" literal to replace`);
  return replaced;
}

/** Serves `files` (URL path → { type, body }) on 127.0.0.1; resolves to { origin, close }. */
export function serve(files) {
  const server = createServer((request, response) => {
    const file = files[new URL(request.url ?? '/', 'http://x').pathname];
    if (!file) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' }).end(file.body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      // A browser keeps connections alive; close() alone would wait for them.
      const close = () =>
        new Promise((done) => {
          server.close(done);
          server.closeAllConnections();
        });
      resolve({ origin: `http://127.0.0.1:${port}`, close });
    });
  });
}

/** Headless Chromium (puppeteer-core), found as the browser tests find it. Close it when done. */
export async function launchBrowser() {
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS, headless: true });
}

/** Runs `fn(browser)` with headless Chromium and closes it afterwards. */
export async function withBrowser(fn) {
  const browser = await launchBrowser();
  try {
    return await fn(browser);
  } finally {
    await browser.close();
  }
}

/**
 * Opens `url` and records what the page says: uncaught errors, console errors and warnings
 * (Lit's dev-mode notice aside), failed requests. `ready(...args)`, run in the page, must become
 * true within `timeout` ms (10 s); when it does not, the error says what the page reported meanwhile.
 * `intercept(url)` may answer requests itself (`{ body, type }`), e.g. for a CDN address a
 * documented snippet uses; cross-origin answers carry CORS headers.
 */
export async function visit(browser, url, { ready = () => true, args = [], intercept, timeout = 10_000 } = {}) {
  const page = await browser.newPage();
  const errors = [];
  const warnings = [];
  page.on('pageerror', (error) => errors.push(String(error?.message ?? error)));
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error') errors.push(text);
    else if (message.type() === 'warn' && !text.includes('Lit is in dev mode')) warnings.push(text);
  });
  page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  if (intercept) {
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const answer = intercept(request.url());
      if (!answer) return void request.continue();
      void request.respond({
        status: 200,
        contentType: answer.type,
        headers: { 'access-control-allow-origin': '*' },
        body: answer.body,
      });
    });
  }
  await page.goto(url, { waitUntil: 'load' });
  try {
    await page.waitForFunction(ready, { timeout, polling: 50 }, ...args);
  } catch (error) {
    await page.close();
    throw new Error(`${error.message}; the page reported: ${[...errors, ...warnings].join(' | ') || 'nothing'}`);
  }
  return { page, errors, warnings };
}

const page = (scripts) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><link rel="icon" href="data:,"><title>journeykit bundle</title></head>
  <body>
    <touchpoint-card heading="Asks about sizes in the web chat" channel="chat" emotion="-3"></touchpoint-card>
    ${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n    ')}
  </body>
</html>`;

/** Whether every tag is defined, and the card rendered its heading (page function). */
const defined = (tags) => {
  if (!tags.every((tag) => customElements.get(tag))) return false;
  const card = document.querySelector('touchpoint-card');
  return card?.shadowRoot?.textContent?.includes('Asks about sizes') ?? false;
};

/**
 * A map from inline JSON and two standalone curves, drawn by the minified bundle: the build's
 * tree-shaking and minification must keep what drawing needs (d3-shape's curve classes are set up
 * by property writes, which the build is told it may drop when unused).
 */
const RENDER_JOURNEY = {
  version: 1,
  title: 'Bundle check',
  personas: [{ id: 'a', name: 'Ada' }, { id: 'b', name: 'Bo' }],
  stages: [{ id: 's1', name: 'Find' }, { id: 's2', name: 'Buy' }],
  touchpoints: [
    { id: 't1', stage: 's1', title: 'Searches', emotion: 2, emotionRange: { min: 1, max: 3 }, next: ['t2'] },
    { id: 't2', stage: 's2', title: 'Pays', persona: 'a', emotion: -1, next: ['t3', 't1'] },
    { id: 't3', stage: 's2', title: 'Gets a receipt', persona: 'b', emotion: 1 },
  ],
};
const renderPage = () => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><link rel="icon" href="data:,"><title>journeykit bundle drawing</title></head>
  <body>
    <journey-map><script type="application/json">${JSON.stringify(RENDER_JOURNEY)}</script></journey-map>
    <emotion-curve id="monotone" label="Monotone"></emotion-curve>
    <emotion-curve id="step" label="Step" curve="step"></emotion-curve>
    <script type="module" src="/journeykit.bundle.js"></script>
    <script type="module">
      const points = [{ label: 'One', value: 2 }, { label: 'Two', value: -1 }, { label: 'Three', value: 1, min: 0, max: 2 }];
      for (const curve of document.querySelectorAll('emotion-curve')) curve.points = points;
    </script>
  </body>
</html>`;

/** What the drawing page shows once drawn, or null while it is still drawing (page function). */
const drawn = () => {
  const map = document.querySelector('journey-map');
  const root = map?.shadowRoot;
  const mapCurve = root?.querySelector('emotion-curve');
  const lines = (curve) => [...(curve?.shadowRoot?.querySelectorAll('path.line') ?? [])].map((p) => p.getAttribute('d') ?? '');
  const seen = {
    cards: [...(root?.querySelectorAll('touchpoint-card') ?? [])].map((c) => c.shadowRoot?.textContent ?? ''),
    connectors: root?.querySelectorAll('path.connector').length ?? 0,
    mapLines: lines(mapCurve),
    monotone: lines(document.getElementById('monotone')),
    step: lines(document.getElementById('step')),
    band: document.getElementById('monotone')?.shadowRoot?.querySelector('path.band')?.getAttribute('d') ?? '',
  };
  return seen.cards.length === 3 && seen.mapLines.length > 0 && seen.monotone.length > 0 && seen.step.length > 0 ? seen : null;
};

/** Failures of the drawing page, judged from what `drawn` returned. */
function drawingProblems(seen) {
  const problems = [];
  for (const title of ['Searches', 'Pays', 'Gets a receipt']) {
    if (!seen.cards.some((text) => text.includes(title))) problems.push(`no card shows "${title}"`);
  }
  if (seen.connectors !== 3) problems.push(`${seen.connectors} connectors drawn for 3 path edges`);
  if (!seen.monotone[0]?.includes('C')) problems.push(`the monotone curve is not drawn with cubic segments: "${seen.monotone[0]}"`);
  // Three points in steps: a level run, a riser and a run to each next point (5 segments).
  if ((seen.step[0]?.match(/L/g) ?? []).length !== 5) problems.push(`the step curve is not drawn in steps: "${seen.step[0]}"`);
  if (!seen.band.includes('Z')) problems.push(`the range band is not drawn: "${seen.band}"`);
  if (seen.mapLines.length !== 2 || seen.mapLines.some((d) => !d.startsWith('M'))) {
    problems.push(`the map's curve draws ${seen.mapLines.length} lines for 2 personas: ${seen.mapLines.join(' | ')}`);
  }
  return problems;
}

/**
 * The browser checks: one copy, two copies of one version, and a copy of another version.
 * Returns a list of failures (empty when all hold) and a log of what was seen.
 */
export async function browserProblems(code, version = definedVersion()) {
  const other = '99.0.0-check';
  const js = (body) => ({ type: 'text/javascript', body });
  const html = (scripts) => ({ type: 'text/html', body: page(scripts) });
  const { origin, close } = await serve({
    '/journeykit.bundle.js': js(code),
    '/copy/journeykit.bundle.js': js(code),
    '/other/journeykit.bundle.js': js(withVersion(code, version, other)),
    '/one.html': html(['/journeykit.bundle.js']),
    '/same.html': html(['/journeykit.bundle.js', '/copy/journeykit.bundle.js']),
    '/other.html': html(['/journeykit.bundle.js', '/other/journeykit.bundle.js']),
    '/drawing.html': { type: 'text/html', body: renderPage() },
  });
  const problems = [];
  const seen = [];
  try {
    await withBrowser(async (browser) => {
      for (const name of ['one', 'same', 'other']) {
        let result;
        try {
          result = await visit(browser, `${origin}/${name}.html`, { ready: defined, args: [TAGS] });
        } catch (error) {
          problems.push(`${name}.html: the elements were not all defined and rendered (${error.message})`);
          continue;
        }
        const { page: tab, errors, warnings } = result;
        const versions = await tab.evaluate((tags) => tags.map((tag) => customElements.get(tag)?.journeykitVersion), TAGS);
        await tab.close();
        seen.push(`${name}.html: versions ${versions.join(', ')}; ${errors.length} errors, ${warnings.length} warnings`);
        if (errors.length > 0) problems.push(`${name}.html: ${errors.join(' | ')}`);
        if (versions.some((v) => v !== version)) problems.push(`${name}.html: elements stamped ${versions.join(', ')}, expected ${version}`);
        if (name !== 'other' && warnings.length > 0) problems.push(`${name}.html warned: ${warnings.join(' | ')}`);
        if (name === 'other') {
          const expected = TAGS.map((tag) => `journeykit ${other}: <${tag}> is already defined by journeykit ${version}; keeping that definition.`);
          const missing = expected.filter((line) => !warnings.includes(line));
          if (missing.length > 0 || warnings.length !== TAGS.length) {
            problems.push(`other.html: expected one warning per element, got: ${warnings.join(' | ') || 'none'}`);
          }
        }
      }
      try {
        const { page: tab, errors, warnings } = await visit(browser, `${origin}/drawing.html`, { ready: drawn });
        const drawing = await tab.evaluate(drawn);
        await tab.close();
        const failures = [...drawingProblems(drawing), ...errors, ...warnings];
        for (const failure of failures) problems.push(`drawing.html: ${failure}`);
        seen.push(`drawing.html: a map with ${drawing.cards.length} cards, ${drawing.connectors} connectors and ${drawing.mapLines.length} curve lines; ${failures.length} problems`);
      } catch (error) {
        problems.push(`drawing.html: the map and curves were not drawn (${error.message})`);
      }
    });
  } finally {
    await close();
  }
  return { problems, seen };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  let code;
  try {
    code = readFileSync(BUNDLE, 'utf8');
  } catch {
    console.error(`check:bundle: ${BUNDLE} is missing; run \`npm run build\` first`);
    process.exit(1);
  }
  const problems = selfContainedProblems(code).map((p) => `${BUNDLE} ${p}`);
  if (existsSync(COLLAB_BUNDLE)) problems.push(...selfContainedProblems(readFileSync(COLLAB_BUNDLE, 'utf8')).map((p) => `${COLLAB_BUNDLE} ${p}`));
  else problems.push(`${COLLAB_BUNDLE} is missing; run \`npm run build\``);
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')).version;
  const version = definedVersion();
  if (pkg !== version) problems.push(`package.json says ${pkg} but src/define.ts stamps ${version} on the elements`);
  const browser = await browserProblems(code, version);
  for (const line of browser.seen) console.log(`check:bundle: ${line}`);
  problems.push(...browser.problems);
  if (problems.length > 0) {
    for (const p of problems) console.error(`check:bundle: ${p}`);
    process.exit(1);
  }
  console.log(`check:bundle: ${BUNDLE} imports nothing, defines ${TAGS.join(', ')}, and loads twice cleanly`);
}
