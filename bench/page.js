// In-page measurements, called by bench/run.mjs through puppeteer.
import mermaid from '/node_modules/mermaid/dist/mermaid.esm.min.mjs';

// Mermaid refuses diagrams over 50 000 characters by default; the 1000-touchpoint one is larger.
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', maxTextSize: 10_000_000, journey: { useMaxWidth: false } });
const stage = document.getElementById('stage');
let renderCount = 0;

/** Every Lit element under `root`, through shadow roots. */
function litElements(root, found = []) {
  for (const element of root.querySelectorAll('*')) {
    if ('updateComplete' in element) found.push(element);
    if (element.shadowRoot) litElements(element.shadowRoot, found);
  }
  return found;
}

/** Resolves when every nested element has rendered (elements may create more elements). */
async function settled(root) {
  for (let previous = -1; ; ) {
    const elements = litElements(root);
    await Promise.all(elements.map((element) => element.updateComplete));
    if (elements.length === previous && !elements.some((element) => element.isUpdatePending)) return elements.length;
    previous = elements.length;
  }
}

function heap() {
  globalThis.gc?.();
  return performance.memory?.usedJSHeapSize ?? 0;
}

/**
 * Empties the stage and lets the page settle (a rendered frame), so neither renderer's time
 * includes restyling the page after the other one's output is removed.
 */
window.clearStage = async () => {
  stage.replaceChildren();
  await new Promise(requestAnimationFrame);
  await new Promise(requestAnimationFrame);
  return heap();
};

window.renderJourneykit = async (journey) => {
  stage.replaceChildren();
  const start = performance.now();
  const map = document.createElement('journey-map');
  map.journey = journey;
  stage.append(map);
  const elements = await settled(stage);
  void stage.getBoundingClientRect().height; // until layout is done
  const ms = performance.now() - start;
  return { ms, elements, heap: heap() };
};

window.renderMermaid = async (text) => {
  stage.replaceChildren();
  const start = performance.now();
  const { svg } = await mermaid.render(`mermaid-${++renderCount}`, text);
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  stage.append(document.importNode(doc.documentElement, true));
  void stage.getBoundingClientRect().height;
  const ms = performance.now() - start;
  return { ms, heap: heap() };
};

const TAGS = ['journey-map', 'touchpoint-card', 'persona-badge', 'emotion-curve'];

/** Every element below `root` that has a shadow root, through shadow roots, outer first. */
function* shadowHosts(root) {
  for (const element of root.querySelectorAll('*')) {
    if (!element.shadowRoot) continue;
    yield element;
    yield* shadowHosts(element.shadowRoot);
  }
}
let staticCopy = null;

/**
 * Takes the map now on the stage (every shadow root included) as inert DOM: the same elements,
 * attributes and text, with each element's tag renamed so nothing upgrades and no script runs.
 */
window.captureStaticCopy = () => {
  const roots = [...shadowHosts(stage)].map((host) => host.shadowRoot);
  const html = stage
    .getHTML({ shadowRoots: roots })
    .replace(new RegExp(`<(/?)(${TAGS.join('|')})\\b`, 'g'), '<$1static-$2')
    .replaceAll('<template shadowrootmode="open"', '<template shadowrootmode="open" shadowrootclonable');
  const parsed = Document.parseHTMLUnsafe(`<body>${html}</body>`);
  staticCopy = document.createDocumentFragment();
  staticCopy.append(...parsed.body.childNodes);
};

/**
 * The floor for journeykit's output: inserting the captured copy (a deep clone, as Lit clones its
 * templates), giving each shadow root the elements' constructed style sheets, style and layout.
 * No parsing, no script: what the browser alone needs to show that DOM.
 */
window.renderStaticCopy = async () => {
  stage.replaceChildren();
  const sheets = new Map(TAGS.map((tag) => [`STATIC-${tag.toUpperCase()}`, customElements.get(tag).elementStyles.map((s) => s.styleSheet ?? s)]));
  const start = performance.now();
  stage.append(document.importNode(staticCopy, true));
  for (const host of shadowHosts(stage)) host.shadowRoot.adoptedStyleSheets = sheets.get(host.tagName) ?? [];
  void stage.getBoundingClientRect().height;
  const ms = performance.now() - start;
  return { ms, heap: heap() };
};

/** Times `moves` arrow-key moves in the rendered map: handler, focus change, style and layout. */
window.arrowMoves = async (moves, firstId) => {
  const map = stage.querySelector('journey-map');
  map.focusTouchpoint(firstId);
  const times = [];
  for (let i = 0; i < moves; i++) {
    const cell = map.shadowRoot.activeElement;
    const key = i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft';
    const start = performance.now();
    cell.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
    void stage.getBoundingClientRect().height;
    times.push(performance.now() - start);
    await new Promise(requestAnimationFrame);
  }
  return times;
};
