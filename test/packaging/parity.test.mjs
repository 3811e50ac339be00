// Bundle parity: dist/journeykit.bundle.js, the one file CMS authors paste, must render exactly
// what the npm build renders. The browser tests run src/, so only this suite sees the bundle's
// build options at work (an unsafe tree-shaking option once duplicated grid cells and lost
// scores and scale labels; a template minifier once nested icon shapes so only the first drew).
//
// In one headless Chromium, every sample journey (test/fixtures/valid, test/fixtures/parity, the
// Mermaid example, demo/journeys, docs/examples and docs/examples/journeys when they hold JSON,
// ../shared/fixtures/valid when present, and a generated journey with every icon) renders once
// with the bundle and once with the npm build (dist/index.js bundled unminified by esbuild, as an
// app's bundler would), at 1280 px and at 420 px (stacked), after scrolling the grid through every
// column and opening a touchpoint's details. Their accessibility trees (role, name, states, ARIA
// indexes) and every SVG (tags and geometry) must match; a difference names the first node that
// differs and both values. Targeted tests then check, on both builds, what went wrong before.
//
// The bundle is rebuilt with Vite when older than src/ (ensureBundle), the npm build with tsc.
// JOURNEYKIT_BUNDLE=/path/to/journeykit.bundle.js checks another bundle instead (e.g. an old one,
// to see this suite fail): `JOURNEYKIT_BUNDLE=/tmp/old.js node --test test/packaging/parity.test.mjs`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBundle, launchBrowser } from '../../scripts/check-bundle.mjs';
import {
  VIEWPORTS,
  accessibilityTree,
  countNodes,
  ensureNpmBuild,
  firstDifference,
  iconShapesFromSource,
  npmBuildScript,
  openBuilds,
  renderSample,
  sampleJourneys,
} from '../../scripts/parity.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BUILDS = ['bundle', 'npm'];
const otherBundle = process.env.JOURNEYKIT_BUNDLE ? path.resolve(process.env.JOURNEYKIT_BUNDLE) : null;

const { icons: ICON_SHAPES, groups: ICON_GROUPS } = iconShapesFromSource(path.join(root, 'src/icons/icons.ts'));

/**
 * A journey that draws every icon icons.ts defines: each channel (and an unknown one), every
 * emotion, every evidence level, a moment of truth, every metric status, and (with `stale-after`
 * set) an out-of-date value.
 */
/** Metrics whose chips draw each status shape (met, close, missed) and, with `stale-after`, the out-of-date clock. */
const METRICS_WITH_ICONS = [
  { kind: 'conversion', value: 0.6, target: 0.5 },
  { kind: 'conversion', value: 0.47, target: 0.5 },
  { kind: 'conversion', value: 0.2, target: 0.5 },
  { kind: 'csat', value: 4, asOf: '2020-01-01T00:00:00Z' },
];

function everyIconJourney() {
  const channels = [...Object.keys(ICON_GROUPS.CHANNEL_PATHS), 'carrier-pigeon'];
  const levels = Object.keys(ICON_GROUPS.EVIDENCE_PATHS);
  return {
    version: 1,
    title: 'Every icon',
    locale: 'en',
    stages: [{ id: 'a', name: 'First' }, { id: 'b', name: 'Second' }],
    touchpoints: channels.map((channel, i) => ({
      id: `t${i}`,
      stage: i < channels.length / 2 ? 'a' : 'b',
      title: `Touchpoint ${i + 1}`,
      channel,
      emotion: (i % 7) - 3,
      evidence: { level: levels[i % levels.length] },
      momentOfTruth: i === 0,
      ...(i < METRICS_WITH_ICONS.length && { metrics: [METRICS_WITH_ICONS[i]] }),
    })),
  };
}
const EVERY_ICON = { name: 'generated: every icon', text: JSON.stringify(everyIconJourney()), format: 'json' };

let browser;
let opened;

/** Page errors of a build since `from`, leaving out the avatars every-field.en.json links to (offline here). */
const errorsOf = (build, from = 0) =>
  opened.errors[build].slice(from).filter((e) => !e.startsWith('Failed to load resource') && !/^request failed: https?:\/\/example\.org\//.test(e));

/**
 * Renders a sample with every build at a viewport and runs `collect(page)` on each while its tab
 * is in front (focus states depend on it); resolves to { build: { render, page, collected } }.
 */
async function renderAll(sample, viewport, collect = async () => undefined) {
  const result = {};
  for (const build of BUILDS) {
    const page = opened.pages[build];
    const render = await renderSample(page, sample, viewport);
    assert.equal(render.loaded, 'loaded', `${build}: ${sample.name} did not load`);
    result[build] = { render, page, collected: await collect(page) };
  }
  return result;
}

before(async () => {
  process.chdir(root);
  const bundle = otherBundle ? readFileSync(otherBundle, 'utf8') : await ensureBundle();
  ensureNpmBuild();
  browser = await launchBrowser();
  opened = await openBuilds(browser, { bundle, npm: await npmBuildScript() });
});

after(async () => {
  await opened?.close();
  await browser?.close();
});

describe(`bundle parity: ${otherBundle ?? 'dist/journeykit.bundle.js'} against the npm build`, () => {
  test('every sample journey renders the same accessibility tree and SVG with both builds', async (t) => {
    for (const sample of [...sampleJourneys(root), EVERY_ICON]) {
      for (const viewport of VIEWPORTS) {
        await t.test(`${sample.name} at ${viewport.width} px`, async (st) => {
          const errorCounts = BUILDS.map((build) => opened.errors[build].length);
          const rendered = await renderAll(sample, viewport, async (page) => ({
            tree: await accessibilityTree(page),
            svgs: await page.evaluate(() => window.jkParity.svgs()),
            nested: await page.evaluate(() => window.jkParity.nestedShapes()),
          }));
          const seen = Object.fromEntries(BUILDS.map((build) => [build, rendered[build].collected]));
          const { render } = rendered.npm;
          st.diagnostic(
            `${render.grid?.columns ?? 0} columns, ${render.steps} scroll steps, details ${render.details ? 'open' : 'none'}, ` +
              `${countNodes(seen.npm.tree)} accessibility nodes, ${seen.npm.svgs.children.length} svgs`,
          );
          for (const [i, build] of BUILDS.entries()) assert.deepEqual(errorsOf(build, errorCounts[i]), [], `${build}: the page reported errors`);
          const tree = firstDifference(seen.bundle.tree, seen.npm.tree, BUILDS);
          if (tree) assert.fail(`the accessibility trees differ at\n${tree}`);
          const svgs = firstDifference(seen.bundle.svgs, seen.npm.svgs, BUILDS);
          if (svgs) assert.fail(`the SVGs differ at\n${svgs}`);
          for (const build of BUILDS) assert.deepEqual(seen[build].nested, [], `${build}: SVG shapes hold elements`);
        });
      }
    }
  });

  test('after scrolling to the end, every row has one cell per column with strictly increasing aria-colindex', async (t) => {
    // The journeys with the most columns: the generated one is wider than 1280 px, so windowing builds columns as it scrolls.
    const samples = [...sampleJourneys(root), EVERY_ICON]
      .filter((s) => s.format === 'json')
      .map((s) => ({ ...s, columns: JSON.parse(s.text.replace(/^\uFEFF/, '')).touchpoints?.length ?? 0 }))
      .sort((a, b) => b.columns - a.columns)
      .slice(0, 2);
    for (const sample of samples) {
      for (const viewport of VIEWPORTS) {
        const rendered = await renderAll(sample, viewport);
        for (const build of BUILDS) {
          const { grid, steps } = rendered[build].render;
          t.diagnostic(`${build}: ${sample.name} at ${viewport.width} px: ${grid.columns} columns after ${steps} scroll steps`);
          assert.equal(grid.cards, grid.touchpointCells, `${build}: ${sample.name} at ${viewport.width} px: not every touchpoint column was built`);
          for (const row of grid.rows) {
            const where = `${build}: ${sample.name} at ${viewport.width} px, ${row.lane} row`;
            assert.equal(row.indexes.length, grid.columns, `${where}: ${row.indexes.length} cells for ${grid.columns} columns (aria-colindex ${row.indexes.join(',')})`);
            const disorder = row.indexes.findIndex((index, i) => i > 0 && index <= row.indexes[i - 1]);
            assert.equal(disorder, -1, `${where}: aria-colindex not strictly increasing: ${row.indexes.join(',')}`);
          }
        }
      }
    }
  });

  test('inline Mermaid journeys keep their scores: an emotions lane says each feeling', async (t) => {
    const { fromMermaid } = await import('../../dist/model/interop/index.js');
    const file = 'test/fixtures/interop/mermaid-docs.mmd';
    const text = readFileSync(path.join(root, file), 'utf8');
    const scored = fromMermaid(text).journey.touchpoints.filter((tp) => tp.emotion !== undefined).length;
    assert.ok(scored > 0, `${file} should score its tasks`);
    const rendered = await renderAll({ name: file, text, format: 'mermaid' }, VIEWPORTS[0]);
    for (const build of BUILDS) {
      const { emotionWords } = await rendered[build].page.evaluate(() => window.jkParity.texts());
      t.diagnostic(`${build}: ${emotionWords.join(' | ')}`);
      assert.equal(emotionWords.length, scored, `${build}: ${emotionWords.length} feelings in the emotions lane for ${scored} scored tasks`);
      assert.ok(emotionWords.every((word) => word.length > 0), `${build}: an empty feeling in the emotions lane`);
    }
  });

  test("emotionScale.labels name the feeling on the cards, in the cells' names and in the emotions lane", async (t) => {
    const file = 'test/fixtures/parity/scale-labels.en.json';
    const text = readFileSync(path.join(root, file), 'utf8');
    const journey = JSON.parse(text);
    const labelOf = new Map(journey.touchpoints.map((tp) => [tp.id, journey.emotionScale.labels[String(tp.emotion)]]));
    const rendered = await renderAll({ name: file, text, format: 'json' }, VIEWPORTS[0]);
    for (const build of BUILDS) {
      const { cards, cellNames, emotionWords } = await rendered[build].page.evaluate(() => window.jkParity.texts());
      t.diagnostic(`${build}: emotions lane ${emotionWords.join(' | ')}`);
      assert.equal(cards.length, labelOf.size, `${build}: ${cards.length} cards for ${labelOf.size} touchpoints`);
      for (const { id, text: said } of cards) assert.match(said, new RegExp(`\\b${labelOf.get(id)}\\b`), `${build}: the card of ${id}`);
      for (const { id, text: said } of cellNames) assert.match(said, new RegExp(`\\b${labelOf.get(id)}\\b`), `${build}: the cell name of ${id}`);
      assert.deepEqual(
        emotionWords.map((word) => [...labelOf.values()].find((label) => word.includes(label)) ?? word),
        [...labelOf.values()],
        `${build}: the emotions lane`,
      );
    }
  });

  test('live metric values (metricValues) render the same chips, sparklines and names with both builds', async (t) => {
    const journey = {
      version: 1,
      title: 'Live values',
      locale: 'en',
      metrics: [{ id: 'nps', kind: 'nps', value: 20, target: 40 }],
      stages: [{ id: 'a', name: 'First', metrics: [{ id: 'reach', kind: 'conversion', value: 0.3, target: 0.25 }] }],
      lanes: ['touchpoints', 'metrics'],
      touchpoints: [
        { id: 't1', stage: 'a', title: 'Pays', metrics: [{ id: 'conv', kind: 'conversion', value: 0.42, target: 0.5 }] },
        { id: 't2', stage: 'a', title: 'Gets a receipt', metrics: [{ id: 'csat', kind: 'csat', value: 4.5, target: 4 }] },
      ],
    };
    const values = {
      conv: { value: 0.48, series: [0.4, 0.44, 0.48] },
      csat: { value: 3.1, asOf: '2026-11-30T09:00:00Z', series: [4.5, 3.9, 3.1] },
      nps: { value: 44 },
    };
    const rendered = await renderAll({ name: 'live values', text: JSON.stringify(journey), format: 'json' }, VIEWPORTS[0], async (page) => {
      await page.evaluate(async (values) => {
        const map = document.querySelector('journey-map');
        map.setAttribute('stale-after', 'PT15M');
        map.metricValues = values;
        await window.jkParity.settle();
      }, values);
      return {
        tree: await accessibilityTree(page),
        svgs: await page.evaluate(() => window.jkParity.svgs()),
        chips: await page.evaluate(() => [...document.querySelector('journey-map').shadowRoot.querySelectorAll('.chip.metric')].map((chip) => chip.textContent.replace(/\s+/g, ' ').trim())),
      };
    });
    const seen = Object.fromEntries(BUILDS.map((build) => [build, rendered[build].collected]));
    t.diagnostic(seen.npm.chips.join(' | '));
    assert.ok(seen.npm.chips.some((chip) => chip.includes('48%') && chip.includes('close to target') && chip.includes('trending up')), 'the live value is shown');
    assert.ok(seen.npm.chips.some((chip) => chip.includes('out of date')), 'the old value is marked');
    assert.deepEqual(seen.bundle.chips, seen.npm.chips);
    const tree = firstDifference(seen.bundle.tree, seen.npm.tree, BUILDS);
    if (tree) assert.fail(`the accessibility trees differ at\n${tree}`);
    const svgs = firstDifference(seen.bundle.svgs, seen.npm.svgs, BUILDS);
    if (svgs) assert.fail(`the SVGs differ at\n${svgs}`);
  });

  test('every icon in src/icons/icons.ts draws all the shapes its template holds, side by side', async (t) => {
    // Old values are marked out of date (a clock) only with stale-after.
    const rendered = await renderAll(EVERY_ICON, VIEWPORTS[0], (page) =>
      page.evaluate(async () => {
        document.querySelector('journey-map').setAttribute('stale-after', 'PT1M');
        await window.jkParity.settle();
      }),
    );
    for (const build of BUILDS) {
      const drawn = await rendered[build].page.evaluate(() => window.jkParity.icons());
      const names = new Set(drawn.map((icon) => icon.name));
      t.diagnostic(`${build}: ${drawn.length} icons drawn, ${names.size} of ${ICON_SHAPES.size} kinds`);
      assert.deepEqual([...ICON_SHAPES.keys()].filter((name) => !names.has(name)), [], `${build}: icons never drawn`);
      const wrong = drawn
        .filter((icon) => icon.shapes !== ICON_SHAPES.get(icon.name) || icon.children !== icon.shapes)
        .map((icon) => `${icon.name}: ${icon.shapes} shapes side by side (${icon.children} children), the template has ${ICON_SHAPES.get(icon.name)}`);
      assert.deepEqual([...new Set(wrong)], [], `${build}: icons drawn wrong`);
    }
  });
});
