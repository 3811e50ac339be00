// Every story's "Show code" pastes into a plain page and renders the same thing. For each story of
// the static Storybook, headless Chromium opens the story, takes the snippet Storybook shows for
// it (the `snippet-rendered` message its docs page listens to), then opens a plain page holding only
// the one-file bundle and that snippet, and compares what the journeykit elements render: tag,
// attributes given, and all text in their shadow trees (nested elements included).
//
// The Loading story holds its file back for good; its plain page gets the same from this server
// (a network that never answers), since the snippet names the real, published file. A story with
// a play function (tag `play-fn`) opens disclosures after rendering; in its plain page the test
// presses the same buttons (every collapsed `aria-expanded` button of the elements). A story that
// renders no journeykit element (the token table) has no element code to check.
//
// Needs storybook-static (`npm run build-storybook`; built here when missing) and
// dist/journeykit.bundle.js (built here when missing or stale). Slow: one minute or two.
//   node --test test/docs/story-source.test.mjs            every story
//   STORIES=persona node --test test/docs/story-source.test.mjs   stories whose id contains "persona"
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE, ensureBundle, launchBrowser } from '../../scripts/check-bundle.mjs';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const staticDir = join(root, 'storybook-static');
const STALLED = '/journeys/registering-a-move.de.json';
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml' };

if (!existsSync(join(staticDir, 'index.json'))) {
  const built = spawnSync('npm', ['run', 'build-storybook', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  assert.equal(built.status, 0, 'npm run build-storybook failed');
}
const stories = Object.values(JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8')).entries).filter(
  (entry) => entry.type === 'story' && entry.id.includes(process.env.STORIES ?? ''),
);
const snippets = new Map(); // plain page path → snippet

const server = createServer((request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (pathname === STALLED && /\/plain-[^/]*--loading\.html$/.test(request.headers.referer ?? '')) return; // never answers
  if (pathname === '/plain-journeykit.bundle.js') {
    response.writeHead(200, { 'content-type': 'text/javascript' });
    return void createReadStream(join(root, BUNDLE)).pipe(response);
  }
  if (snippets.has(pathname)) {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    return void response.end(`<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>pasted</title><script type="module" src="/plain-journeykit.bundle.js"></script></head>
  <body>
${snippets.get(pathname)}
  </body>
</html>`);
  }
  const file = resolve(staticDir, `.${decodeURIComponent(pathname)}`);
  if (!file.startsWith(staticDir + sep) || !existsSync(file) || statSync(file).isDirectory()) return void response.writeHead(404).end();
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});

let browser;
let origin;

before(async () => {
  await ensureBundle({ log: () => {} });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  server.closeAllConnections();
  server.close();
});

/** In the page: what the journeykit elements render, once every element has finished updating. */
async function rendered(stalled) {
  const TAGS = ['journey-map', 'emotion-curve', 'persona-badge', 'touchpoint-card', 'opportunity-matrix'];
  const all = [];
  const collect = (node) => {
    for (const element of node.querySelectorAll('*')) {
      if (TAGS.includes(element.localName)) all.push(element);
      if (element.shadowRoot) collect(element.shadowRoot);
    }
  };
  // Until every element has finished updating and no map is still loading (but the one whose
  // file never comes, in the Loading story).
  for (let settled = false; !settled; ) {
    all.length = 0;
    collect(document);
    settled = (await Promise.all(all.map((element) => element.updateComplete))).every((done) => done !== false);
    const loading = all.some((element) => element.shadowRoot?.querySelector('[part="loading"]') && !element.src?.endsWith(stalled));
    if (loading) {
      settled = false;
      await new Promise((done) => setTimeout(done, 50));
    }
  }
  const text = (node) => {
    let out = '';
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) out += child.textContent;
      else if (child.nodeType === Node.ELEMENT_NODE && !['style', 'script', 'template'].includes(child.localName)) {
        if (child.shadowRoot) out += text(child.shadowRoot);
        out += text(child);
      }
    }
    return out;
  };
  const top = all.filter((element) => element.getRootNode() === document && !element.parentElement?.closest(TAGS.join(',')));
  // A large map names its far touchpoint cells in chunks over the frames after its first render:
  // wait until what the page says stops changing.
  const said = () => top.map((element) => text(element.shadowRoot).length).join();
  // Idle callbacks come when the page is idle: unchanged for half a second means done.
  for (let now = said(), quiet = 0; quiet < 5; ) {
    await new Promise((done) => setTimeout(done, 100));
    const next = said();
    quiet = next === now ? quiet + 1 : 0;
    now = next;
  }
  return top.map((element) => ({
    tag: element.localName,
    text: text(element.shadowRoot).replace(/\s+/g, ' ').trim(),
    font: getComputedStyle(element).fontFamily,
  }));
}

/** In the page: presses every collapsed disclosure button of the elements, as the play functions do. */
async function pressDisclosures() {
  const TAGS = ['journey-map', 'emotion-curve', 'persona-badge', 'touchpoint-card', 'opportunity-matrix'];
  for (const element of document.querySelectorAll(TAGS.join(','))) {
    await element.updateComplete;
    for (const button of element.shadowRoot.querySelectorAll('button[aria-expanded="false"]')) button.click();
    await element.updateComplete;
  }
}

describe('"Show code" of every story renders the story in a plain page', () => {
  for (const story of stories) {
    test(`${story.title} / ${story.name}`, async (t) => {
      const page = await browser.newPage();
      await page.evaluateOnNewDocument(() => {
        let channel;
        Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
          configurable: true,
          get: () => channel,
          set: (value) => {
            channel = value;
            value.on('storybook/docs/snippet-rendered', (event) => {
              window.__snippet = event.source;
            });
          },
        });
      });
      await page.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story&globals=a11y.manual:!true`);
      await page.waitForFunction(() => document.querySelector('#storybook-root')?.childElementCount > 0, { timeout: 60_000 });
      const expected = await page.evaluate(rendered, STALLED.slice(1));
      if (expected.length === 0) {
        await page.close();
        return void t.skip('renders no journeykit element');
      }
      await page.waitForFunction(() => typeof window.__snippet === 'string', { timeout: 60_000 });
      const snippet = await page.evaluate(() => window.__snippet);
      await page.close();

      assert.doesNotMatch(snippet, /max-width|min-height|\/assets\/|__journeykit|<div/, 'no wrapper, build URL or stub in the code');
      const path = `/plain-${story.id}.html`;
      snippets.set(path, snippet);
      const plain = await browser.newPage();
      const errors = [];
      plain.on('pageerror', (error) => errors.push(String(error)));
      await plain.goto(`${origin}${path}`);
      await plain.waitForFunction(() => customElements.get('journey-map'), { timeout: 20_000 });
      if (story.tags.includes('play-fn')) await plain.evaluate(pressDisclosures);
      const actual = await plain.evaluate(rendered, STALLED.slice(1));
      await plain.close();
      assert.deepEqual(errors, []);
      assert.ok(expected.length > 0, 'the story renders a journeykit element');
      assert.deepEqual(actual, expected, `the pasted code:\n${snippet.slice(0, 2000)}`);
    });
  }
});
