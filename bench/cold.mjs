// Cold loads: a page as a CMS serves it, opened in a fresh browser context (empty HTTP cache, no
// compiled-code cache), timed from navigation start until the map is painted. Served by
// bench/run.mjs's server at /cold/<kind>/<size>; measured here through puppeteer.
import { generateJourney, toMermaidJourney } from './generate.mjs';

/** The kinds of page a cold load opens. */
export const COLD_KINDS = ['blank', 'journeykit', 'mermaid'];

/**
 * Runs in every cold page before anything else: `window.coldDone` resolves with the time (ms since
 * navigation start) of the first paint after `window.coldReady` is called, taken in a task queued
 * from that frame's requestAnimationFrame callback, which runs once the frame's style, layout and
 * paint are done.
 */
const HEAD = `<script>
window.coldDone = new Promise((resolve) => {
  window.coldReady = () => {
    const ready = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve({ ready, painted: performance.now() });
      channel.port2.postMessage(null);
    });
  };
});
</script>`;

/** Resolves once every Lit element under the stage has rendered (nested ones included). */
const SETTLED = `
function litElements(root, found = []) {
  for (const element of root.querySelectorAll('*')) {
    if ('updateComplete' in element) found.push(element);
    if (element.shadowRoot) litElements(element.shadowRoot, found);
  }
  return found;
}
async function settled(root) {
  for (let previous = -1; ; ) {
    const elements = litElements(root);
    await Promise.all(elements.map((element) => element.updateComplete));
    if (elements.length === previous && !elements.some((element) => element.isUpdatePending)) return;
    previous = elements.length;
  }
}`;

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
/** JSON that cannot end its `<script>` element early. */
const scriptJson = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

const page = (head, body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>cold load</title><link rel="icon" href="data:,">${HEAD}${head}</head>` +
  `<body style="margin: 0"><div id="stage" style="width: 1280px">${body}</div></body></html>`;

/**
 * The HTML of one cold page. journeykit: the bundle and the journey inline, as the README tells CMS
 * authors; `bundle` is the bundle's URL. Mermaid: its ESM bundle and `mermaid.run` on a
 * `<pre class="mermaid">`, as its documentation does. Blank: the same head, no content.
 */
export function coldPage(kind, size, bundle = '/dist/journeykit.bundle.js') {
  if (kind === 'blank') return page(`<script type="module">window.coldReady();</script>`, '');
  const journey = generateJourney(size);
  if (kind === 'journeykit') {
    return page(
      `<script type="module" src="${bundle}"></script>
<script type="module">${SETTLED}
const stage = document.getElementById('stage');
await customElements.whenDefined('journey-map');
await settled(stage);
if (!stage.querySelector('journey-map').shadowRoot.querySelector('[role="grid"]')) throw new Error('no map rendered');
window.coldReady();
</script>`,
      `<journey-map><script type="application/json">${scriptJson(journey)}</script></journey-map>`,
    );
  }
  return page(
    `<script type="module">
import mermaid from '/node_modules/mermaid/dist/mermaid.esm.min.mjs';
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', maxTextSize: 10_000_000, journey: { useMaxWidth: false } });
await mermaid.run({ querySelector: '.mermaid' });
if (!document.querySelector('.mermaid svg')) throw new Error('no diagram rendered');
window.coldReady();
</script>`,
    `<pre class="mermaid">${escapeHtml(toMermaidJourney(journey))}</pre>`,
  );
}

/**
 * Opens `url` in a new browser context and returns `{ ready, painted }` (ms since navigation
 * start). With `trace`, records a Chromium trace of the load and returns it as well.
 */
export async function coldLoad(browser, url, { trace = null } = {}) {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    if (trace) await tab.tracing.start({ categories: trace });
    await tab.goto(url, { waitUntil: 'load' });
    const result = await Promise.race([
      tab.evaluate(() => window.coldDone),
      new Promise((_, reject) => setTimeout(() => reject(new Error(`${url}: not painted after 60 s ${errors.join('; ')}`)), 60_000)),
    ]);
    if (errors.length > 0) throw new Error(`${url}: ${errors.join('; ')}`);
    if (trace) result.trace = JSON.parse(new TextDecoder().decode(await tab.tracing.stop()));
    return result;
  } finally {
    await context.close();
  }
}
