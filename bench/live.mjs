// Live metrics (issue #14): a <journey-map> of 1000 touchpoints, each with a metric that has an
// id, gets 200 new live values at once (`metricValues`), 60 times in a row. Each update is timed
// from the assignment until the map has updated, style and layout are done, plus the main
// thread's work in the frame that follows through paint (as bench/editing.mjs times key presses).
// Three feeds: the 200 metrics of the first 200 touchpoints (the columns in view among them, so
// chips on screen change), 200 spread over the whole journey (one in five touchpoints; most of
// their columns are not built), and 200 journey metrics in the header (200 chips on the page,
// every one drawn again). Goal: one frame (16 ms).
//
// `npm run bench` runs it among the rest (bench/run.mjs). Alone, on the dist/ already built:
//   node bench/live.mjs    measures and rewrites the "Live metrics" section of docs/benchmarks.md
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateJourney } from './generate.mjs';

export const LIVE_SIZE = 1000;
export const LIVE_VALUES = 200;
export const LIVE_ROUNDS = Number(process.env.BENCH_LIVE_ROUNDS ?? 60);
const GOAL_MS = 16;

/**
 * The generated journey with an id on every touchpoint's metric (and a target, so statuses
 * change), and `count` journey metrics with ids.
 */
function liveJourney(size, count) {
  const journey = generateJourney(size);
  for (const tp of journey.touchpoints) tp.metrics = (tp.metrics ?? []).map((m) => ({ ...m, id: `${tp.id}-${m.kind}`, target: 3.8 }));
  journey.metrics = Array.from({ length: count }, (_, k) => ({ id: `journey-${k}`, kind: 'csat', label: `Score ${k + 1}`, value: 4, target: 3.8 }));
  return journey;
}

/**
 * In the page (bench/page.html): renders `journey` with the metrics lane, then assigns
 * `metricValues` `rounds` times, each with new values for `ids`. Resolves with ms per update and
 * how many chips on the page show a live value at the end.
 */
async function liveRound(journey, ids, rounds) {
  const stage = document.getElementById('stage');
  const frame = () => new Promise(requestAnimationFrame);
  /** The main thread's work in the next frame: its callbacks, style, layout and paint. */
  const nextFrameWork = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const start = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now() - start);
        channel.port2.postMessage(null);
      }),
    );
  stage.replaceChildren();
  const map = document.createElement('journey-map');
  map.journey = journey;
  map.lanes = 'touchpoints,emotions,metrics';
  stage.append(map);
  await map.updateComplete;
  for (let i = 0; i < 10; i++) await frame();
  const times = [];
  for (let round = 0; round < rounds; round++) {
    const values = {};
    for (const [k, id] of ids.entries()) values[id] = { value: 3 + ((round + k) % 10) / 5, series: [3.2, 3.9, 3 + ((round + k) % 10) / 5] };
    const work = nextFrameWork();
    const start = performance.now();
    map.metricValues = values;
    await map.updateComplete;
    void stage.getBoundingClientRect().height;
    const ms = performance.now() - start;
    times.push(ms + (await work));
    await frame();
  }
  const live = map.shadowRoot.querySelectorAll('.chip.live').length;
  return { times, live };
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

/** Runs both feeds in `page` (on bench/page.html); resolves with median, p95 and max of each. */
export async function measureLive(page, { size = LIVE_SIZE, count = LIVE_VALUES, rounds = LIVE_ROUNDS } = {}) {
  const journey = liveJourney(size, count);
  const idOf = (i) => `${journey.touchpoints[i].id}-${journey.touchpoints[i].metrics[0].kind}`;
  const feeds = {
    inView: Array.from({ length: count }, (_, i) => idOf(i)),
    spread: Array.from({ length: count }, (_, i) => idOf(Math.floor((i * size) / count))),
    header: journey.metrics.map((m) => m.id),
  };
  const result = { size, count, rounds, load: 0, cores: availableParallelism() };
  for (const [feed, ids] of Object.entries(feeds)) {
    const { times, live } = await page.evaluate(liveRound, journey, ids, rounds);
    result[feed] = { median: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times), live };
    console.log(`live metrics ${size}, ${feed}: median ${result[feed].median.toFixed(1)} ms, p95 ${result[feed].p95.toFixed(1)} ms, max ${result[feed].max.toFixed(1)} ms, ${live} live chips on the page`);
  }
  // Other work on the machine inflates the times: the report says how busy it was.
  result.load = loadavg()[0];
  return result;
}

/** The "Live metrics" section of docs/benchmarks.md. */
export function liveSection(result) {
  const ms = (value) => `${value.toFixed(1)} ms`;
  const verdict = (s) => (s.p95 <= GOAL_MS ? (s.max <= GOAL_MS ? 'yes' : 'p95 (not the slowest)') : s.median <= GOAL_MS ? 'median only' : 'no');
  const rows = [
    [`the first ${result.count} touchpoints (the columns in view among them)`, result.inView],
    [`${result.count} spread over the journey (one touchpoint in ${result.size / result.count})`, result.spread],
    [`${result.count} journey metrics in the header (every chip on the page)`, result.header],
  ].map(([what, s]) => `| ${what} | ${ms(s.median)} | ${ms(s.p95)} | ${ms(s.max)} | ${s.live} | ${verdict(s)} |`);
  return `## Live metrics

A map of ${result.size} touchpoints (lanes: touchpoints, emotions, metrics), each touchpoint with a
metric that has an \`id\` and a target, and ${result.count} journey metrics in its header, gets ${result.count} new live values at once (\`metricValues\`, each with a
three-point series), ${result.rounds} times in a row (\`bench/live.mjs\`). Each update is timed from the
assignment until the map has updated, with style and layout, plus the main thread's work in the
frame that follows through paint. Only the chips of the changed ids draw again (an async
directive per chip, and the touchpoint cards of those ids get their new values); metrics in
columns not built yet have no chip, and show their live value when built. "Live chips": chips on the page showing a live value after the run. Load average at
the end of the run: ${result.load.toFixed(1)} on ${result.cores} cores.

| ${result.count} values for | median | p95 | max | live chips | within one frame (16 ms) |
|---|---|---|---|---|---|
${rows.join('\n')}
`;
}

/** Puts `section` in place of the page's "Live metrics" section (or after "Editing" when it has none). */
export function withLiveSection(markdown, section) {
  const start = markdown.indexOf('\n## Live metrics\n');
  if (start >= 0) {
    const end = markdown.indexOf('\n## ', start + 1);
    return `${markdown.slice(0, start + 1)}${section}${end < 0 ? '' : markdown.slice(end)}`;
  }
  const editing = markdown.indexOf('\n## Editing\n');
  const after = editing < 0 ? -1 : markdown.indexOf('\n## ', editing + 1);
  return after < 0 ? `${markdown.trimEnd()}\n\n${section}` : `${markdown.slice(0, after + 1)}${section}\n${markdown.slice(after + 1)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { default: puppeteer } = await import('puppeteer-core');
  const { CHROMIUM_FLAGS, findChromium } = await import('../scripts/find-chromium.mjs');
  const { startServer } = await import('./server.mjs');
  const root = fileURLToPath(new URL('..', import.meta.url));
  const { origin, close } = await startServer(root, tmpdir());
  const browser = await puppeteer.launch({
    executablePath: findChromium(),
    args: [...CHROMIUM_FLAGS, '--window-size=1400,1000'],
    defaultViewport: { width: 1400, height: 1000 },
  });
  try {
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await page.goto(`${origin}/bench/page.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => customElements.get('journey-map'));
    const result = await measureLive(page);
    const file = join(root, 'docs/benchmarks.md');
    writeFileSync(file, withLiveSection(readFileSync(file, 'utf8'), liveSection(result)));
    console.log('wrote the Live metrics section of docs/benchmarks.md');
  } finally {
    await browser.close();
    close();
  }
}
