// Bundle parity: dist/journeykit.bundle.js (Vite, minified, what CMS authors paste) must render
// exactly what the npm build (tsc's dist/, bundled as a developer's bundler would) renders.
// test/packaging/parity.test.mjs renders each sample journey with both in one headless Chromium
// and compares the accessibility trees and every SVG drawn; this module holds the machinery.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { newestSource, serve, visit } from './check-bundle.mjs';

/** The viewports each journey renders at: the map stacks its stages below 600 px. */
export const VIEWPORTS = [
  { name: 'wide', width: 1280, height: 900 },
  { name: 'narrow', width: 420, height: 900 },
];

/** SVG elements that draw a shape and must have no element children. */
export const SHAPES = ['path', 'circle', 'rect', 'line', 'polyline', 'polygon', 'ellipse'];

/** Attributes that place or shape SVG content (numbers are rounded before comparing). */
const SVG_ATTRIBUTES = [
  'd', 'cx', 'cy', 'r', 'rx', 'ry', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'width', 'height', 'points',
  'viewBox', 'transform', 'class', 'data-icon', 'fill', 'stroke', 'stroke-dasharray', 'marker-end',
  'refX', 'refY', 'orient', 'overflow',
];

/** ARIA attributes whose values the accessibility tree comparison reads from the DOM. */
const ARIA_INDEXES = [
  'aria-colindex', 'aria-rowindex', 'aria-colcount', 'aria-rowcount', 'aria-colspan', 'aria-rowspan',
  'aria-level', 'aria-posinset', 'aria-setsize',
];

/** Accessibility properties compared besides role and name (states and structure). */
const AX_PROPERTIES = [
  'level', 'posinset', 'setsize', 'expanded', 'pressed', 'selected', 'checked', 'disabled', 'hidden',
  'hiddenRoot', 'modal', 'readonly', 'required', 'invalid', 'focusable', 'focused', 'multiselectable',
  'orientation', 'haspopup', 'valuemin', 'valuemax', 'valuetext', 'live', 'atomic', 'roledescription',
];

/**
 * The sample journeys, each `{ name, text, format }`: test/fixtures/valid and test/fixtures/parity
 * (JSON, plus the Mermaid example the interop tests read), demo/journeys, docs/examples and
 * docs/examples/journeys when they hold JSON, and ../shared/fixtures/valid when the team's
 * shared folder is beside the clone.
 */
export function sampleJourneys(root) {
  const folders = [
    'test/fixtures/valid',
    'test/fixtures/parity',
    'demo/journeys',
    'docs/examples',
    'docs/examples/journeys',
    path.join(path.resolve(root, '..', 'shared'), 'fixtures', 'valid'),
  ];
  const samples = [];
  for (const folder of folders) {
    const dir = path.resolve(root, folder);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).sort()) {
      if (!file.endsWith('.json')) continue;
      const name = path.relative(root, path.join(dir, file));
      samples.push({ name, text: readFileSync(path.join(dir, file), 'utf8'), format: 'json' });
    }
  }
  const mermaid = 'test/fixtures/interop/mermaid-docs.mmd';
  samples.push({ name: mermaid, text: readFileSync(path.resolve(root, mermaid), 'utf8'), format: 'mermaid' });
  return samples;
}

/** Compiles the npm entry points with tsc when dist/index.js is missing or older than src/. */
export function ensureNpmBuild({ log = console.log } = {}) {
  const entry = 'dist/index.js';
  if (existsSync(entry) && statSync(entry).mtimeMs >= newestSource()) return;
  log(`${entry} is missing or older than src/: compiling with tsc -p tsconfig.build.json`);
  const result = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`tsc failed:\n${result.stdout}${result.stderr}`);
}

/**
 * The npm build as an app would ship it: dist/index.js and its dependencies bundled by esbuild,
 * unminified, resolving `exports` with the browser's default conditions, as Vite or webpack would.
 * (An import map instead would have to list every subpath lit, d3 and floating-ui import.)
 */
export async function npmBuildScript() {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: ['dist/index.js'],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: false,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/**
 * Runs in the page (serialised into it): renders a journey, scrolls through every column, opens a
 * touchpoint's details, and describes the result. Self-contained: no closure over this module.
 */
function pageHelpers(svgAttributes, shapes) {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

  /** Every element in the document and in every shadow root, in tree order. */
  const everything = (root = document, out = []) => {
    for (const el of root.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) everything(el.shadowRoot, out);
    }
    return out;
  };

  /** Waits until no Lit element has an update pending for three frames in a row. */
  const settle = async () => {
    for (let quiet = 0, frames = 0; quiet < 3 && frames < 300; frames++) {
      await frame();
      const pending = everything().filter((el) => el.isUpdatePending === true);
      if (pending.length > 0) {
        await Promise.all(pending.map((el) => el.updateComplete));
        quiet = 0;
      } else {
        quiet++;
      }
    }
  };

  const map = () => document.querySelector('journey-map');

  /** Scrolls the grid a half view at a time to its far end (either direction); returns the steps. */
  const scrollThrough = async () => {
    const scroller = map().shadowRoot.querySelector('.scroller');
    if (!scroller) return 0;
    const sign = getComputedStyle(scroller).direction === 'rtl' ? -1 : 1;
    let steps = 0;
    for (;;) {
      const before = scroller.scrollLeft;
      scroller.scrollLeft = before + sign * Math.max(1, Math.floor(scroller.clientWidth / 2));
      await settle();
      if (scroller.scrollLeft === before) return steps;
      steps++;
    }
  };

  /** Each grid row's cells as effective column indexes (attribute, else one past the previous). */
  const gridReport = () => {
    const grid = map().shadowRoot.querySelector('[role="grid"]');
    if (!grid) return null;
    const rows = [...grid.querySelectorAll(':scope > [role="row"]')].slice(1).map((row) => {
      let index = 0;
      const indexes = [];
      for (const cell of row.querySelectorAll(':scope > [role="gridcell"], :scope > [role="rowheader"]')) {
        const attribute = cell.getAttribute('aria-colindex');
        index = attribute === null ? index + 1 : Number(attribute);
        if (cell.getAttribute('role') === 'gridcell') indexes.push(index);
      }
      return { lane: [...row.classList].find((c) => c.startsWith('lane-'))?.slice(5) ?? row.className, indexes };
    });
    const root = map().shadowRoot;
    return {
      columns: Number(grid.getAttribute('aria-colcount')) - 1,
      rows,
      touchpointCells: root.querySelectorAll('.cell[data-id]').length,
      cards: root.querySelectorAll('.cell[data-id] touchpoint-card').length,
    };
  };

  const round = (value) => value.replace(/-?\d*\.\d+(?:e-?\d+)?/g, (n) => String(Math.round(Number(n) * 10) / 10));

  /** An SVG element as `{ id, value, children }`: tag, geometry attributes, element children. */
  const describeSvg = (el) => {
    const value = {};
    for (const name of svgAttributes) {
      const attribute = el.getAttribute(name);
      if (attribute !== null) value[name] = round(attribute);
    }
    return { id: el.localName, value, children: [...el.children].map(describeSvg) };
  };

  /** Every outermost `<svg>`, in every shadow root, with where it is (host chain, icon name). */
  const svgs = () => {
    const found = [];
    const walk = (root, where) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) walk(el.shadowRoot, `${where} > ${el.localName}`);
        if (el.localName === 'svg' && !el.parentElement?.closest('svg')) {
          found.push({ id: `${where} > svg${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`, value: {}, children: [describeSvg(el)] });
        }
      }
    };
    walk(document, 'document');
    return { id: 'svgs', value: { count: found.length }, children: found };
  };

  /** Shape elements with element children: where, the shape, and what is inside it. */
  const nestedShapes = () =>
    everything()
      .filter((el) => el instanceof SVGElement && shapes.includes(el.localName) && el.children.length > 0)
      .map((el) => `<${el.localName}> in ${el.closest('svg')?.getAttribute('data-icon') ?? el.closest('svg')?.getAttribute('class') ?? 'an svg'} holds <${[...el.children].map((c) => c.localName).join('>, <')}>`);

  /** Every `svg.jk-icon`: its name and its direct shape children, by tag. */
  const icons = () =>
    everything()
      .filter((el) => el.localName === 'svg' && el.classList.contains('jk-icon'))
      .map((el) => ({ name: el.getAttribute('data-icon'), shapes: [...el.children].filter((c) => shapes.includes(c.localName)).length, children: el.children.length }));

  /** Renders one journey from an inline script, as a CMS page holds it; resolves to what happened. */
  const render = async (text, format) => {
    const stage = document.getElementById('stage');
    stage.replaceChildren();
    const element = document.createElement('journey-map');
    const script = document.createElement('script');
    script.type = format === 'mermaid' ? 'text/x-mermaid' : 'application/json';
    script.textContent = text;
    element.append(script);
    const outcome = new Promise((resolve) => {
      element.addEventListener('journey-load', () => resolve('loaded'), { once: true });
      element.addEventListener('journey-error', (event) => resolve(`journey-error: ${JSON.stringify(event.detail.problems)}`), { once: true });
      setTimeout(() => resolve('neither journey-load nor journey-error within 5 s'), 5000);
    });
    stage.append(element);
    const loaded = await outcome;
    await settle();
    return loaded;
  };

  /** Focuses the first touchpoint cell (Enter opens it next); false when there is none. */
  const focusFirstTouchpoint = () => {
    const cell = map().shadowRoot.querySelector('.cell[data-id]');
    cell?.focus();
    return cell !== null;
  };

  /**
   * Lays out every cell: the map skips cells out of view (content-visibility: auto), and Chromium
   * 156 then sometimes leaves one of them nameless and childless in the accessibility tree, in
   * either build, at random. Both builds get this same sheet before their snapshot.
   */
  const layOutAllCells = async () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('.cell { content-visibility: visible; }');
    const root = map().shadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    await settle();
  };

  const detailsOpen = () => map().shadowRoot.querySelector('[part="details"]') !== null;

  /** What the cards, the touchpoint cells' names and the emotions lane say. */
  const texts = () => {
    const root = map().shadowRoot;
    const text = (el) => (el.shadowRoot ?? el).textContent.replace(/\s+/g, ' ').trim();
    return {
      cards: [...root.querySelectorAll('.cell[data-id] touchpoint-card')].map((card) => ({ id: card.closest('[data-id]').dataset.id, text: text(card) })),
      cellNames: [...root.querySelectorAll('.cell[data-id] .cell-name')].map((span) => ({ id: span.closest('[data-id]').dataset.id, text: text(span) })),
      emotionWords: [...root.querySelectorAll('.row.lane-emotions .emotion-text')].map(text),
    };
  };

  return { settle, render, scrollThrough, gridReport, svgs, nestedShapes, icons, focusFirstTouchpoint, detailsOpen, layOutAllCells, texts };
}

const PAGE = (buildPath) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><link rel="icon" href="data:,"><title>journeykit parity</title>
  <style>body { margin: 0; font: 16px/1.4 sans-serif; }</style></head>
  <body>
    <main id="stage"></main>
    <script>window.jkParity = (${pageHelpers.toString()})(${JSON.stringify(SVG_ATTRIBUTES)}, ${JSON.stringify(SHAPES)});</script>
    <script type="module" src="${buildPath}"></script>
  </body>
</html>`;

/**
 * Serves each build (`{ name: code }`) on its own page and opens one tab per build in `browser`.
 * Resolves to `{ pages: { name: page }, errors: { name: string[] }, close }`; `errors` keeps
 * growing with what each page reports (see `visit`).
 */
export async function openBuilds(browser, builds) {
  const files = {};
  for (const [name, code] of Object.entries(builds)) {
    files[`/${name}/build.js`] = { type: 'text/javascript', body: code };
    files[`/${name}/`] = { type: 'text/html', body: PAGE(`/${name}/build.js`) };
  }
  const server = await serve(files);
  const pages = {};
  const errors = {};
  try {
    for (const name of Object.keys(builds)) {
      const visited = await visit(browser, `${server.origin}/${name}/`, { ready: () => customElements.get('journey-map') !== undefined });
      pages[name] = visited.page;
      errors[name] = visited.errors;
    }
  } catch (error) {
    await server.close();
    throw error;
  }
  return { pages, errors, close: server.close };
}

/**
 * Renders `sample` in `page` at `viewport`: loads it, scrolls through every column, focuses the
 * first touchpoint and presses Enter. Resolves to `{ loaded, steps, details, grid }`.
 */
export async function renderSample(page, sample, viewport) {
  await page.bringToFront(); // a background tab gets no animation frames, and the map waits for them
  await page.setViewport({ width: viewport.width, height: viewport.height });
  const loaded = await page.evaluate((text, format) => window.jkParity.render(text, format), sample.text, sample.format);
  const steps = await page.evaluate(() => window.jkParity.scrollThrough());
  const grid = await page.evaluate(() => window.jkParity.gridReport());
  let details = false;
  if (await page.evaluate(() => window.jkParity.focusFirstTouchpoint())) {
    await page.keyboard.press('Enter');
    await page.evaluate(() => window.jkParity.settle());
    details = await page.evaluate(() => window.jkParity.detailsOpen());
  }
  await page.evaluate(() => window.jkParity.layOutAllCells());
  return { loaded, steps, details, grid };
}

/**
 * The page's accessibility tree as `{ id, value, children }`: role; name, states and structure
 * properties; ARIA index attributes from the DOM node behind it. Inline text boxes (line layout)
 * are left out; ignored nodes stay, marked, as aria-hidden content is part of what renders.
 */
export async function accessibilityTree(page) {
  const session = await page.createCDPSession();
  try {
    const [{ nodes }, { root }] = await Promise.all([
      session.send('Accessibility.getFullAXTree'),
      session.send('DOM.getDocument', { depth: -1, pierce: true }),
    ]);
    const attributes = new Map();
    const index = (node) => {
      if (node.attributes) {
        const wanted = {};
        for (let i = 0; i < node.attributes.length; i += 2) {
          if (ARIA_INDEXES.includes(node.attributes[i])) wanted[node.attributes[i]] = node.attributes[i + 1];
        }
        attributes.set(node.backendNodeId, wanted);
      }
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? []), ...(node.contentDocument ? [node.contentDocument] : [])]) index(child);
    };
    index(root);
    const byId = new Map(nodes.map((node) => [node.nodeId, node]));
    const describe = (node) => {
      const value = { name: node.name?.value ?? '' };
      if (node.ignored) value.ignored = true;
      for (const property of node.properties ?? []) {
        if (AX_PROPERTIES.includes(property.name)) value[property.name] = property.value?.value;
      }
      Object.assign(value, attributes.get(node.backendDOMNodeId));
      const children = (node.childIds ?? [])
        .map((id) => byId.get(id))
        .filter((child) => child && child.role?.value !== 'InlineTextBox')
        .map(describe);
      return { id: node.role?.value ?? 'unknown', value, children };
    };
    return describe(nodes.find((node) => node.parentId === undefined) ?? nodes[0]);
  } finally {
    await session.detach();
  }
}

/** How many nodes a `{ children }` tree holds. */
export function countNodes(tree) {
  return 1 + tree.children.reduce((sum, child) => sum + countNodes(child), 0);
}

const label = (node, i) => `${node.id}[${i}]${node.value.name ? ` "${String(node.value.name).slice(0, 60)}"` : ''}`;
const own = (node) => JSON.stringify({ ...node.value, children: node.children.length });

/**
 * The first difference between two `{ id, value, children }` trees, as a sentence naming the
 * node (its path from the root) and both values; `null` when they match. A node's role, states
 * and indexes are compared before its children, its name after them: a name computed from
 * content then points at the text that differs, not at every ancestor named from it.
 */
export function firstDifference(a, b, names = ['a', 'b'], where = [label(a, 0)]) {
  const say = (at, x, y) => `${at.join(' > ')}\n  ${names[0]}: ${x ? `${x.id} ${own(x)}` : 'no such node'}\n  ${names[1]}: ${y ? `${y.id} ${own(y)}` : 'no such node'}`;
  const unnamed = ({ name: _name, ...rest }) => JSON.stringify(rest);
  if (a.id !== b.id || unnamed(a.value) !== unnamed(b.value)) return say(where, a, b);
  const length = Math.min(a.children.length, b.children.length);
  for (let i = 0; i < length; i++) {
    const difference = firstDifference(a.children[i], b.children[i], names, [...where, label(a.children[i], i)]);
    if (difference) return difference;
  }
  if (a.children.length !== b.children.length) {
    return say([...where, label(a.children[length] ?? b.children[length], length)], a.children[length], b.children[length]);
  }
  return a.value.name === b.value.name ? null : say(where, a, b);
}

/**
 * What src/icons/icons.ts draws, read from its source: `icons`, icon name → number of shape
 * elements its template holds (interpolated constants and helpers such as `dot()` counted
 * through), and `groups`, each object of templates (CHANNEL_PATHS…) as key → count.
 */
export function iconShapesFromSource(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const shapeTag = new RegExp(`<(${SHAPES.join('|')})\\b`, 'g');
  const named = new Map(); // const or helper name → count
  const objects = new Map(); // object name → { key: count }

  const countTemplate = (node) => {
    // A call of a helper that returns one template (`statusShape(…)`) draws what that template does.
    if (ts.isCallExpression(node) && named.has(node.expression.getText())) return named.get(node.expression.getText());
    if (!ts.isTaggedTemplateExpression(node) || node.tag.getText() !== 'svg') throw new Error(`not an svg\`\` template: ${node.getText()}`);
    const template = node.template;
    const strings = ts.isNoSubstitutionTemplateLiteral(template) ? [template.text] : [template.head.text, ...template.templateSpans.map((s) => s.literal.text)];
    let count = strings.reduce((sum, text) => sum + (text.match(shapeTag)?.length ?? 0), 0);
    for (const span of ts.isNoSubstitutionTemplateLiteral(template) ? [] : template.templateSpans) {
      const expression = span.expression;
      const name = ts.isCallExpression(expression) ? expression.expression.getText() : expression.getText();
      if (named.has(name)) count += named.get(name);
    }
    return count;
  };

  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const init = declaration.initializer;
      const name = declaration.name.getText();
      if (!init) continue;
      if (ts.isTaggedTemplateExpression(init)) named.set(name, countTemplate(init));
      else if (ts.isArrowFunction(init) && ts.isTaggedTemplateExpression(init.body)) named.set(name, countTemplate(init.body));
      else if (ts.isObjectLiteralExpression(init)) {
        const entries = {};
        for (const property of init.properties) {
          if (ts.isPropertyAssignment(property)) entries[property.name.getText().replace(/^['"]|['"]$/g, '')] = countTemplate(property.initializer);
        }
        objects.set(name, entries);
      }
    }
  }

  // icon(name, body) calls: a literal name with a template or constant, or a name built from the
  // key of an object of templates (`icon(\`emotion-${band}\`, EMOTION_PATHS[band])`).
  const icons = new Map();
  const visit = (node) => {
    if (ts.isCallExpression(node) && node.expression.getText() === 'icon' && node.arguments.length === 2) {
      const [nameArg, body] = node.arguments;
      if (ts.isElementAccessExpression(body) && objects.has(body.expression.getText())) {
        const prefix = ts.isTemplateExpression(nameArg) ? nameArg.head.text : '';
        for (const [key, count] of Object.entries(objects.get(body.expression.getText()))) icons.set(`${prefix}${key}`, count);
      } else if (ts.isStringLiteral(nameArg)) {
        icons.set(nameArg.text, ts.isIdentifier(body) ? named.get(body.text) : countTemplate(body));
      } else {
        throw new Error(`icons.ts: cannot read the icon drawn by ${node.getText()}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { icons, groups: Object.fromEntries(objects) };
}
