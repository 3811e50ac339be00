// In-page measurements, called by bench/run.mjs through puppeteer.
import mermaid from '/node_modules/mermaid/dist/mermaid.esm.min.mjs';

// Mermaid refuses diagrams over 50 000 characters by default; the 1000-touchpoint one is larger.
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', maxTextSize: 10_000_000, journey: { useMaxWidth: false } });
const stage = document.getElementById('stage');
let renderCount = 0;

/** journeykit's elements: the only ones with shadow roots and updates in these pages. */
const TAGS = ['journey-map', 'touchpoint-card', 'persona-badge', 'emotion-curve'];

/**
 * Every journeykit element under `root`, through shadow roots. Found by tag rather than by
 * walking every element in script: a 5000-touchpoint map has tens of thousands, and the walk
 * (twice or more per interaction) would be timed as the map's own cost.
 */
function litElements(root, found = []) {
  for (const element of root.querySelectorAll(TAGS.join(','))) {
    found.push(element);
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

/**
 * Resolves when the map on the stage has a touchpoint cell for every column: a large map names
 * them in chunks after its first render. Resolves with the ms from `start` to its first screenful
 * (settled, laid out) beside the ms to every cell.
 */
async function complete(start) {
  await settled(stage);
  void stage.getBoundingClientRect().height;
  const firstMs = performance.now() - start;
  const root = stage.querySelector('journey-map').shadowRoot;
  const columns = Number(root.querySelector('[role="grid"]')?.getAttribute('aria-colcount') ?? 1) - 1;
  const cells = () => [...(root.querySelector('.lane-touchpoints')?.children ?? [])].filter((child) => child.classList.contains('cell')).length;
  while (cells() < columns) await new Promise((resolve) => setTimeout(resolve, 4));
  await settled(stage);
  void stage.getBoundingClientRect().height;
  return { firstMs, ms: performance.now() - start };
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
  const { firstMs, ms } = await complete(start);
  return { ms, firstMs, heap: heap() };
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

const nextFrame = () => new Promise(requestAnimationFrame);

/**
 * Resolves with the main thread's work in the next frame: from its first requestAnimationFrame
 * callback (this one, asked for before anything else) until a task queued there runs, after the
 * frame's other callbacks, style, layout and paint.
 */
function nextFrameWork() {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const start = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now() - start);
      channel.port2.postMessage(null);
    }),
  );
}
// bench/editing.mjs and bench/live.mjs time their updates with it too.
window.nextFrameWork = nextFrameWork;

/**
 * Times one interaction as the user feels it: `act` (the input, the handler and every update it
 * causes, nested elements included) with style and layout, plus the work of the frame that
 * follows (anything the map defers a frame, such as building the columns a scroll brought into
 * view, and that frame's paint). Idle time waiting for the frame is not counted.
 */
async function timeInteraction(act) {
  const frame = nextFrameWork();
  const start = performance.now();
  await act();
  await settled(stage);
  void stage.getBoundingClientRect().height;
  const ms = performance.now() - start;
  return ms + (await frame);
}

const map = () => stage.querySelector('journey-map');
const press = (key) => () =>
  map().shadowRoot.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));

/** The details panel is placed (floating-ui resolves its position in microtasks). */
async function detailsPlaced() {
  for (let i = 0; i < 1000; i++) {
    const panel = map().shadowRoot.querySelector('.details');
    if (panel?.style.top) return;
    await null;
  }
  throw new Error('the details panel was not placed');
}

/**
 * One round of interactions on a freshly rendered map, focus starting on the first touchpoint:
 * `arrowMoves` arrow-key moves, Enter (details open and placed; Escape closes them untimed),
 * PageDown (next stage), End (the row's last column), Home (back to the first), and a persona
 * change from the legend (one persona, then all again). Resolves with ms per interaction.
 */
window.interactions = async (arrowMoves, firstId) => {
  map().focusTouchpoint(firstId);
  await nextFrame();
  const times = { arrow: [], details: [], pageDown: [], end: [], home: [], persona: [] };
  for (let i = 0; i < arrowMoves; i++) {
    times.arrow.push(await timeInteraction(press(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft')));
  }
  times.details.push(
    await timeInteraction(async () => {
      press('Enter')();
      await settled(stage);
      await detailsPlaced();
    }),
  );
  map().shadowRoot.querySelector('.details').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
  await settled(stage);
  await nextFrame();
  for (const [key, name] of [['PageDown', 'pageDown'], ['End', 'end'], ['Home', 'home']]) {
    times[name].push(await timeInteraction(press(key)));
    await nextFrame();
  }
  const legend = (persona) => () => map().shadowRoot.querySelector(`.legend button[data-persona="${persona}"]`).click();
  times.persona.push(await timeInteraction(legend('ola')));
  await nextFrame();
  times.persona.push(await timeInteraction(legend('')));
  return times;
};

/** Collects the page's long tasks (over 50 ms, as the browser reports them) until `stop`. */
function watchLongTasks() {
  const durations = [];
  const observer = new PerformanceObserver((list) => durations.push(...list.getEntries().map((e) => e.duration)));
  observer.observe({ type: 'longtask' });
  return async () => {
    // Let what was started finish (a frame's deferred work, the observer's delivery).
    for (let i = 0; i < 10; i++) await nextFrame();
    await new Promise((resolve) => setTimeout(resolve, 200));
    durations.push(...observer.takeRecords().map((e) => e.duration));
    observer.disconnect();
    return durations;
  };
}

/** Keeps a journey in the page, so a timed call does not include receiving it. */
window.holdJourney = (journey) => {
  window.heldJourney = journey;
};

/** Long tasks during the first render of the held journey and the frames that follow it. */
window.firstRenderLongTasks = async () => {
  stage.replaceChildren();
  await nextFrame();
  const stop = watchLongTasks();
  const map = document.createElement('journey-map');
  map.journey = window.heldJourney;
  stage.append(map);
  await complete(performance.now());
  return stop();
};

/** Long tasks while the rendered map's grid scrolls sideways `steps` times by `px`, a step a frame. */
window.scrollLongTasks = async (steps, px) => {
  const scroller = map().shadowRoot.querySelector('.scroller');
  await nextFrame();
  const stop = watchLongTasks();
  for (let i = 0; i < steps; i++) {
    scroller.scrollLeft += px;
    await nextFrame();
  }
  const durations = await stop();
  return { durations, scrolled: scroller.scrollLeft };
};
