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
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { ms, runAlone, summary, verdict, withSection } from './frame-goal.mjs';
import { generateJourney } from './generate.mjs';

export const LIVE_SIZE = 1000;
export const LIVE_VALUES = 200;
export const LIVE_ROUNDS = Number(process.env.BENCH_LIVE_ROUNDS ?? 60);

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
  /** The main thread's work in the next frame: its callbacks, style, layout and paint (bench/page.js). */
  const { nextFrameWork } = window;
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
    result[feed] = { ...summary(times), live };
    console.log(`live metrics ${size}, ${feed}: median ${result[feed].median.toFixed(1)} ms, p95 ${result[feed].p95.toFixed(1)} ms, max ${result[feed].max.toFixed(1)} ms, ${live} live chips on the page`);
  }
  // Other work on the machine inflates the times: the report says how busy it was.
  result.load = loadavg()[0];
  return result;
}

/** The "Live metrics" section of docs/benchmarks.md. */
export function liveSection(result) {
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
export const withLiveSection = (markdown, section) => withSection(markdown, 'Live metrics', section, { after: 'Editing' });

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await runAlone(measureLive, (markdown, result) => withLiveSection(markdown, liveSection(result)));
  console.log('wrote the Live metrics section of docs/benchmarks.md');
}
