// The code in the docs is real: every snippet file in docs/examples/ appears verbatim as a code
// block of its page, and the React, Vue, plain HTML and CMS snippets run in headless Chromium.
//
// React and Vue: each example is bundled with esbuild together with the library as npm installs
// it (`journeykit` resolves through package.json's exports to dist/, as in an app), then checked
// to show a themed, persona-filtered <journey-map> with the journey's title, and to hand a real
// click's `touchpoint-select` to the framework's handler. Vue's single-file component is
// compiled with the `isCustomElement` of the documented vite.config.ts.
// The HTML snippets load dist/journeykit.bundle.js (built with Vite here when missing or stale);
// requests to the example hosts they name are answered by the test.
//
// Needs `tsc -p tsconfig.build.json` (npm test runs it first).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { ensureBundle, launchBrowser, serve, visit } from '../../scripts/check-bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const examples = path.join(root, 'docs', 'examples');
const read = (file) => readFileSync(file, 'utf8');

/** Each snippet file and the page that shows it. */
const SNIPPETS = {
  'react-app.tsx': 'getting-started.md',
  'vite.config.ts': 'getting-started.md',
  'JourneyView.vue': 'getting-started.md',
  'vue-main.ts': 'getting-started.md',
  'angular-component.ts': 'getting-started.md',
  'JourneyView.svelte': 'getting-started.md',
  'plain.html': 'getting-started.md',
  'cms-src.html': 'cms.md',
  'cms-inline-json.html': 'cms.md',
  'cms-mermaid.html': 'cms.md',
  'editing-react.tsx': 'editing.md',
  'editing-plain.html': 'editing.md',
  'editing-server.mjs': 'editing.md',
};
/** Files the snippets import or fetch, linked from the pages rather than shown. */
const SUPPORT = ['journey.ts', 'journeys'];
/** The sample journey the plain-HTML and CMS `src` snippets fetch (docs/examples/journeys/). */
const sampleJourney = read(path.join(examples, 'journeys', 'winter-jacket.en.json'));
const sample = JSON.parse(sampleJourney);

const TAGS = ['journey-map', 'emotion-curve', 'persona-badge', 'touchpoint-card'];
const PRODUCTION = { 'process.env.NODE_ENV': '"production"' };

/** The fenced code blocks of a Markdown text, without their fences. */
function codeBlocks(markdown) {
  return [...markdown.matchAll(/^```[\w-]*\n([\s\S]*?)^```[ \t]*$/gm)].map((m) => m[1].replace(/\n$/, ''));
}

/** Bundles an entry for the browser, in memory; returns the JS text. */
async function bundle(entry, options = {}) {
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: root,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    outfile: 'app.js',
    logLevel: 'silent',
    ...options,
  });
  return result.outputFiles.find((f) => f.path.endsWith('.js')).text;
}

/** Imports an ES module given as text. */
const importText = (text) => import(`data:text/javascript;base64,${Buffer.from(text).toString('base64')}`);

/** The `isCustomElement` the documented vite.config.ts gives @vitejs/plugin-vue (stubbed, with vite). */
async function documentedIsCustomElement() {
  const stubs = {
    name: 'stubs',
    setup(b) {
      b.onResolve({ filter: /^(vite|@vitejs\/plugin-vue)$/ }, (args) => ({ path: args.path, namespace: 'stub' }));
      b.onLoad({ filter: /.*/, namespace: 'stub' }, (args) => ({
        contents: args.path === 'vite' ? 'export const defineConfig = (config) => config;' : 'export default (options = {}) => ({ name: "vite:vue", options });',
        loader: 'js',
      }));
    },
  };
  const config = (await importText(await bundle(path.join(examples, 'vite.config.ts'), { platform: 'node', plugins: [stubs] }))).default;
  const vue = config.plugins.find((p) => p.name === 'vite:vue');
  return vue.options.template.compilerOptions.isCustomElement;
}

/** An esbuild plugin compiling `.vue` files with Vue's own SFC compiler; records what it made. */
function vueFiles(isCustomElement, compiled) {
  return {
    name: 'vue-sfc',
    setup(b) {
      b.onLoad({ filter: /\.vue$/ }, async ({ path: file }) => {
        const { parse, compileScript } = await import('vue/compiler-sfc');
        // As @vitejs/plugin-vue does: the template's compiler options apply when parsing too.
        const { descriptor, errors } = parse(read(file), { filename: file, templateParseOptions: { isCustomElement } });
        if (errors.length > 0) return { errors: errors.map((e) => ({ text: String(e.message ?? e) })) };
        const script = compileScript(descriptor, {
          id: path.basename(file),
          inlineTemplate: true,
          templateOptions: { compilerOptions: { isCustomElement } },
        });
        compiled.push(script.content);
        return { contents: script.content, loader: 'ts', resolveDir: path.dirname(file) };
      });
    },
  };
}

const page = (body) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><link rel="icon" href="data:,"><title>example</title></head>
  <body>${body}</body>
</html>`;

/** Everything worth asserting about the page's <journey-map> (runs in the page). */
const mapState = () => {
  const map = document.querySelector('journey-map');
  const shadow = map.shadowRoot;
  return {
    title: shadow.querySelector('.title')?.textContent?.trim() ?? null,
    theme: map.getAttribute('theme'),
    surface: getComputedStyle(map).getPropertyValue('--_jk-color-surface').trim(),
    journeyProperty: typeof map.journey,
    journeyAttribute: map.getAttribute('journey'),
    touchpoints: [...shadow.querySelectorAll('[role="grid"] [data-id]')].map((cell) => cell.dataset.id),
    // The legend is a radio group: the filtered persona's option is checked.
    mariaPressed: shadow.querySelector('[data-persona="maria"]')?.getAttribute('aria-checked') ?? null,
  };
};
const mapReady = () => document.querySelector('journey-map')?.shadowRoot?.querySelector('[role="grid"] [data-id]') != null;

/** Clicks a touchpoint's cell like a user and returns what `#selected` then says. */
async function clickTouchpoint(tab, id) {
  const cell = await tab.evaluateHandle((which) => document.querySelector('journey-map').shadowRoot.querySelector(`[data-id="${which}"]`), id);
  await cell.asElement().click();
  await tab.waitForFunction(() => !document.querySelector('#selected')?.textContent?.includes('nothing yet'), { timeout: 5000 }).catch(() => {});
  const opened = await tab.evaluate(() => document.querySelector('journey-map').shadowRoot.querySelector('[role="dialog"]') !== null);
  return { selected: await tab.evaluate(() => document.querySelector('#selected')?.textContent?.trim()), opened };
}

let journey;
let bundleCode;
let browser;
let server;

before(async () => {
  process.chdir(root);
  assert.ok(existsSync(path.join(root, 'dist', 'index.js')), 'dist/ is missing: run `tsc -p tsconfig.build.json` (npm test does)');
  journey = (await importText(await bundle(path.join(examples, 'journey.ts'), { platform: 'node' }))).journey;
  bundleCode = await ensureBundle({ log: () => {} });
  browser = await launchBrowser(); // one for every page of this file
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Serves `files` (and closes the previous server), returns the origin. */
async function host(files) {
  await server?.close();
  server = await serve(files);
  return server.origin;
}

describe('snippets in the docs are the files in docs/examples/', () => {
  test('every file is listed here, and every listed file exists', () => {
    assert.deepEqual(readdirSync(examples).sort(), [...Object.keys(SNIPPETS), ...SUPPORT].sort());
  });

  for (const [file, doc] of Object.entries(SNIPPETS)) {
    test(`docs/${doc} shows ${file} verbatim`, () => {
      const code = read(path.join(examples, file)).replace(/\n$/, '');
      const blocks = codeBlocks(read(path.join(root, 'docs', doc)));
      assert.ok(blocks.includes(code), `docs/${doc} has no code block equal to docs/examples/${file}; copy the file into the page again`);
    });
  }
});

describe('framework examples render and receive touchpoint-select', () => {
  const expectMap = (state, { property }) => {
    assert.equal(state.title, journey.title, 'the journey title is shown');
    assert.equal(state.theme, 'dark');
    assert.equal(state.surface, '#16191d', 'the dark theme is applied');
    assert.equal(state.mariaPressed, 'true', 'the legend shows the persona filter');
    assert.ok(state.touchpoints.includes('pay') && state.touchpoints.includes('ad'), `Maria's touchpoints are shown: ${state.touchpoints}`);
    assert.ok(!state.touchpoints.includes('store'), 'Omar’s touchpoint is filtered out');
    if (property) {
      assert.equal(state.journeyProperty, 'object', 'journey was set as a property');
      assert.equal(state.journeyAttribute, null, 'journey was not set as an attribute');
    }
  };

  test('React 19 (docs/examples/react-app.tsx)', async () => {
    const app = await bundle(path.join(examples, 'react-app.tsx'), { jsx: 'automatic', define: PRODUCTION });
    const origin = await host({
      '/': { type: 'text/html', body: page('<div id="root"></div><script type="module" src="/app.js"></script>') },
      '/app.js': { type: 'text/javascript', body: app },
    });
    const { page: tab, errors, warnings } = await visit(browser, `${origin}/`, { ready: mapReady });
    expectMap(await tab.evaluate(mapState), { property: true });
    const { selected, opened } = await clickTouchpoint(tab, 'pay');
    assert.ok(opened, 'the click opened the details panel');
    assert.equal(selected, 'Selected: Pays on the mobile checkout', 'the ontouchpoint-select handler ran');
    await tab.close();
    assert.deepEqual([...errors, ...warnings], []);
  });

  test('Vue 3 (docs/examples/JourneyView.vue, vue-main.ts, vite.config.ts)', async () => {
    const isCustomElement = await documentedIsCustomElement();
    for (const tag of TAGS) assert.equal(isCustomElement(tag), true, tag);
    for (const tag of ['div', 'router-view', 'journey']) assert.equal(isCustomElement(tag), false, tag);
    const compiled = [];
    const app = await bundle(path.join(examples, 'vue-main.ts'), {
      plugins: [vueFiles(isCustomElement, compiled)],
      define: { ...PRODUCTION, __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
    });
    assert.equal(compiled.length, 1);
    assert.doesNotMatch(compiled[0], /resolveComponent\(\s*"journey-map"/, 'Vue treats <journey-map> as a custom element, not a component');
    const origin = await host({
      '/': { type: 'text/html', body: page('<div id="app"></div><script type="module" src="/app.js"></script>') },
      '/app.js': { type: 'text/javascript', body: app },
    });
    const { page: tab, errors, warnings } = await visit(browser, `${origin}/`, { ready: mapReady });
    expectMap(await tab.evaluate(mapState), { property: true });
    const { selected, opened } = await clickTouchpoint(tab, 'pay');
    assert.ok(opened, 'the click opened the details panel');
    assert.equal(selected, 'Selected: Pays on the mobile checkout', 'the @touchpoint-select handler ran');
    await tab.close();
    assert.deepEqual([...errors, ...warnings], []);
  });

  test('plain HTML with the bundle (docs/examples/plain.html)', async () => {
    const origin = await host({
      '/plain.html': { type: 'text/html', body: read(path.join(examples, 'plain.html')) },
      '/assets/journeykit.bundle.js': { type: 'text/javascript', body: bundleCode },
      '/journeys/winter-jacket.en.json': { type: 'application/json', body: sampleJourney },
      '/favicon.ico': { type: 'image/x-icon', body: '' },
    });
    const { page: tab, errors, warnings } = await visit(browser, `${origin}/plain.html`, { ready: mapReady });
    const state = await tab.evaluate(mapState);
    assert.equal(state.title, sample.title);
    assert.equal(state.surface, '#16191d', 'the dark theme is applied');
    assert.equal(state.mariaPressed, 'true', 'the legend shows the persona filter');
    assert.ok(state.touchpoints.includes('web-checkout') && !state.touchpoints.includes('saved-size'), `Maria's touchpoints only: ${state.touchpoints}`);
    const { selected } = await clickTouchpoint(tab, 'web-checkout');
    assert.equal(selected, 'Selected: Pays in the web checkout', 'the addEventListener handler ran');
    await tab.close();
    assert.deepEqual([...errors, ...warnings], []);
  });
});

describe('CMS snippets render with the bundle (docs/cms.md)', () => {
  const cases = [
    // The map builds only the columns in view, so a five-stage journey shows some of its touchpoints.
    { file: 'cms-src.html', title: () => sample.title, touchpoints: null, among: () => sample.touchpoints.map((t) => t.id) },
    { file: 'cms-inline-json.html', title: () => 'Renewing a parking permit', touchpoints: () => ['form', 'letter'] },
    {
      file: 'cms-mermaid.html',
      title: () => 'Renewing a parking permit',
      touchpoints: null, // ids are slugged from the task names; two of them
    },
  ];
  for (const { file, title, touchpoints, among } of cases) {
    test(file, async () => {
      // As a CMS page would hold it: the snippet inside the article.
      const origin = await host({
        '/page.html': { type: 'text/html', body: page(`<main><h1>Our services</h1>\n${read(path.join(examples, file))}</main>`) },
      });
      const intercept = (url) => {
        if (url.endsWith('/journeykit.bundle.js') && url.startsWith('https://www.example.com/')) return { type: 'text/javascript', body: bundleCode };
        if (url === 'https://www.example.com/journeys/winter-jacket.en.json') return { type: 'application/json', body: sampleJourney };
        return null;
      };
      const { page: tab, errors, warnings } = await visit(browser, `${origin}/page.html`, { ready: mapReady, intercept });
      const state = await tab.evaluate(mapState);
      await tab.close();
      assert.equal(state.title, title());
      if (touchpoints) assert.deepEqual(state.touchpoints, touchpoints());
      else if (among) assert.ok(state.touchpoints.length > 0 && state.touchpoints.every((id) => among().includes(id)), `${state.touchpoints}`);
      else assert.equal(state.touchpoints.length, 2);
      assert.deepEqual([...errors, ...warnings], []);
    });
  }
});

describe('editing examples (docs/editing.md)', () => {
  /** Focuses a touchpoint's cell and presses `keys` together, as a person would. */
  async function press(tab, id, ...keys) {
    if (id) await tab.evaluate((which) => document.querySelector('journey-map').focusTouchpoint(which), id);
    for (const key of keys) await tab.keyboard.down(key);
    for (const key of keys.reverse()) await tab.keyboard.up(key);
  }
  const editable = () => document.querySelector('journey-map')?.shadowRoot?.getElementById('editing-hint') != null;
  const textOf = (tab, selector) => tab.evaluate((which) => document.querySelector(which).textContent.replace(/\s+/g, ' ').trim(), selector);

  test('React: the journey kept in state, journey-change echoed back, undo still works (editing-react.tsx)', async () => {
    const app = await bundle(path.join(examples, 'editing-react.tsx'), { jsx: 'automatic', define: PRODUCTION });
    const origin = await host({
      '/': { type: 'text/html', body: page('<div id="root"></div><script type="module" src="/app.js"></script>') },
      '/app.js': { type: 'text/javascript', body: app },
    });
    const { page: tab, errors, warnings } = await visit(browser, `${origin}/`, { ready: editable });
    await press(tab, 'ad', 'Alt', 'ArrowRight');
    await tab.waitForFunction(() => document.querySelector('#changes').textContent.startsWith('1 '), { timeout: 5000 });
    assert.equal(await textOf(tab, '#changes'), '1 changes, first touchpoint: Tries jackets on in the store');
    // The journey came back from React as the same object: the map kept its history.
    await press(tab, null, 'Control', 'z');
    await tab.waitForFunction(() => document.querySelector('#changes').textContent.startsWith('2 '), { timeout: 5000 });
    assert.equal(await textOf(tab, '#changes'), '2 changes, first touchpoint: Sees an Instagram ad');
    assert.equal(await tab.evaluate(() => document.querySelector('journey-map').canRedo), true);
    await tab.close();
    assert.deepEqual([...errors, ...warnings], []);
  });

  test('a server that applies posted patches (editing-server.mjs) and a plain page that saves to it (editing-plain.html)', async () => {
    const { handle, journeys } = await import(pathToFileURL(path.join(examples, 'editing-server.mjs')).href);
    journeys.set('winter-jacket', { journey: sample, version: 0 });
    const files = {
      '/editing.html': { type: 'text/html', body: read(path.join(examples, 'editing-plain.html')) },
      '/assets/journeykit.bundle.js': { type: 'text/javascript', body: bundleCode },
      '/favicon.ico': { type: 'image/x-icon', body: '' },
    };
    const api = createServer((request, response) => {
      const file = files[new URL(request.url ?? '/', 'http://x').pathname];
      if (file) return void response.writeHead(200, { 'content-type': file.type }).end(file.body);
      void handle(request, response);
    });
    await new Promise((done) => api.listen(0, '127.0.0.1', done));
    const origin = `http://127.0.0.1:${api.address().port}`;
    const post = (body) => fetch(`${origin}/api/journeys/winter-jacket/patches`, { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body) });
    try {
      const { page: tab, errors, warnings } = await visit(browser, `${origin}/editing.html`, { ready: editable });
      const [first, second] = sample.touchpoints;
      await press(tab, first.id, 'Alt', 'ArrowRight');
      await tab.waitForFunction(() => document.querySelector('#saved').textContent === 'All changes saved', { timeout: 5000 });
      const saved = journeys.get('winter-jacket');
      assert.equal(saved.version, 1);
      assert.deepEqual(saved.journey.touchpoints.slice(0, 2).map((t) => t.id), [second.id, first.id], 'the server applied the move');

      // Someone else saves first: the page's next change is refused (409) and it shows their version.
      assert.equal((await post({ version: 1, ops: [{ op: 'replace', path: '/title', value: 'Renamed elsewhere' }] })).status, 200);
      await press(tab, first.id, 'Alt', 'ArrowRight');
      await tab.waitForFunction(() => document.querySelector('#saved').textContent.startsWith('Someone else'), { timeout: 5000 });
      assert.equal(await tab.evaluate(() => document.querySelector('journey-map').toJSON().title), 'Renamed elsewhere');
      assert.equal(journeys.get('winter-jacket').version, 2, 'the stale change was not applied');
      // From there, changes save again.
      await press(tab, first.id, 'Alt', 'ArrowRight');
      await tab.waitForFunction(() => document.querySelector('#saved').textContent === 'All changes saved', { timeout: 5000 });
      assert.equal(journeys.get('winter-jacket').version, 3);
      assert.deepEqual(journeys.get('winter-jacket').journey, await tab.evaluate(() => document.querySelector('journey-map').toJSON()));
      await tab.close();
      // The browser reports the 409 the page handled; nothing else may go wrong.
      assert.deepEqual([...errors, ...warnings].filter((message) => !/\b409\b/.test(message)), []);

      // Invalid patches change nothing and say why.
      const invalid = await post({ version: 3, ops: [{ op: 'replace', path: '/touchpoints/0/emotion', value: 99 }] });
      assert.equal(invalid.status, 422);
      assert.equal((await invalid.json()).problems[0].path, '/touchpoints/0/emotion');
      assert.equal((await post({ version: 3, ops: [{ op: 'remove', path: '/touchpoints/0/__proto__' }] })).status, 422);
      assert.equal((await post('{ not json')).status, 400);
      assert.equal((await post('x'.repeat(1_000_001))).status, 413);
      assert.equal(journeys.get('winter-jacket').version, 3);
    } finally {
      await new Promise((done) => {
        api.close(done);
        api.closeAllConnections();
      });
    }
  });
});
