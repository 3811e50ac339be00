// `npm run bench`: first render, arrow-key move and JS heap of <journey-map> beside Mermaid's
// `journey` diagram of the same journeys, in one headless Chromium page, medians of several runs.
// Writes the results with date and machine to docs/benchmarks.md.
import { createServer } from 'node:http';
import { readFile, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { cpus, totalmem, platform, release } from 'node:os';
import { gzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, findChromium } from '../scripts/find-chromium.mjs';
import { generateJourney, toMermaidJourney } from './generate.mjs';

const SIZES = [50, 200, 1000];
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const MOVES = 40;
const root = new URL('..', import.meta.url).pathname;
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
  try {
    const body = await readFile(join(root, path));
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
}).listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const mib = (bytes) => (bytes / 1024 / 1024).toFixed(1);

const browser = await puppeteer.launch({
  executablePath: findChromium(),
  args: [...CHROMIUM_FLAGS, '--js-flags=--expose-gc', '--enable-precise-memory-info', '--window-size=1400,1000'],
  defaultViewport: { width: 1400, height: 1000 },
});
const rows = [];
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  page.on('console', (message) => message.type() === 'error' && console.error('console error:', message.text()));
  await page.goto(`${origin}/bench/page.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => customElements.get('journey-map') && window.renderMermaid);

  for (const size of SIZES) {
    const journey = generateJourney(size);
    const mermaidText = toMermaidJourney(journey);
    // The static copy of journeykit's output, the floor any renderer of that DOM pays.
    await page.evaluate((j) => window.renderJourneykit(j), journey);
    await page.evaluate(() => window.captureStaticCopy());
    const floor = [];
    const ours = [];
    const theirs = [];
    const oursHeap = [];
    const theirsHeap = [];
    for (let run = 0; run < RUNS; run++) {
      // Alternate who goes first so neither always gets a warm or a cold start.
      const order = run % 2 ? ['mermaid', 'static', 'journeykit'] : ['journeykit', 'static', 'mermaid'];
      for (const who of order) {
        const base = await page.evaluate(() => window.clearStage());
        if (who === 'journeykit') {
          const result = await page.evaluate((j) => window.renderJourneykit(j), journey);
          ours.push(result.ms);
          oursHeap.push(result.heap - base);
        } else if (who === 'static') {
          floor.push((await page.evaluate(() => window.renderStaticCopy())).ms);
        } else {
          const result = await page.evaluate((t) => window.renderMermaid(t), mermaidText);
          theirs.push(result.ms);
          theirsHeap.push(result.heap - base);
        }
      }
    }
    await page.evaluate((j) => window.renderJourneykit(j), journey);
    const moves = await page.evaluate((n, id) => window.arrowMoves(n, id), MOVES, journey.touchpoints[0].id);
    const row = {
      size,
      journeykit: median(ours),
      mermaid: median(theirs),
      ratio: median(theirs) / median(ours),
      floor: median(floor),
      floorRatio: median(theirs) / median(floor),
      arrow: median(moves),
      arrowMax: Math.max(...moves),
      heap: median(oursHeap),
      mermaidHeap: median(theirsHeap),
    };
    rows.push(row);
    console.log(
      `${size} touchpoints: journeykit ${row.journeykit.toFixed(1)} ms, mermaid ${row.mermaid.toFixed(1)} ms ` +
        `(${row.ratio.toFixed(1)}× faster); static copy ${row.floor.toFixed(1)} ms (${row.floorRatio.toFixed(1)}×); arrow move ${row.arrow.toFixed(2)} ms (max ${row.arrowMax.toFixed(2)}); ` +
        `heap ${mib(row.heap)} MiB vs ${mib(row.mermaidHeap)} MiB`,
    );
  }
} finally {
  await browser.close();
  server.close();
}

const bundle = readFileSync(join(root, 'dist/journeykit.bundle.js'));
const gzipKiB = gzipSync(bundle).length / 1024;
const version = JSON.parse(readFileSync(join(root, 'node_modules/mermaid/package.json'), 'utf8')).version;
const chromium = spawnSync(findChromium(), ['--version'], { encoding: 'utf8' }).stdout.trim();
const date = new Date().toISOString().slice(0, 10);
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${platform()} ${release()}, Node ${process.version}, ${chromium}`;
const pass = (ok) => (ok ? 'yes' : '**no**');

const markdown = `# Benchmarks

\`npm run bench\` builds the package, then renders generated journeys (ten stages, three personas,
every lane filled, explicit paths with branches and loops; see \`bench/generate.mjs\`) in one
headless Chromium page, beside Mermaid ${version}'s \`journey\` diagram of the same journeys, in
the same page and run. Each number is the median of ${RUNS} runs (the arrow-key move: of ${MOVES}
moves). Before each render the stage is emptied and the page left to settle for a frame, so
neither renderer pays for restyling after the other. First render runs from creating the
element until every nested element (cards, badges, the emotion curve) has rendered and layout
is done; Mermaid's from \`mermaid.render\` until its SVG is in the page and laid out. The
arrow-key move is the keydown handler, the focus change, style and layout. Heap is the JS heap
after a forced garbage collection, less the empty page's.

Measured ${date} on ${machine}.

| touchpoints | journeykit first render | Mermaid first render | journeykit faster by | target ≥ 10× | same DOM, no script (floor) | Mermaid ÷ floor | arrow-key move (max) | within 16 ms | JS heap journeykit | JS heap Mermaid |
|---:|---:|---:|---:|:---:|---:|---:|---:|:---:|---:|---:|
${rows
  .map(
    (r) =>
      `| ${r.size} | ${r.journeykit.toFixed(1)} ms | ${r.mermaid.toFixed(1)} ms | ${r.ratio.toFixed(1)}× | ${pass(r.ratio >= 10)} | ${r.floor.toFixed(1)} ms | ${r.floorRatio.toFixed(1)}× | ${r.arrow.toFixed(2)} ms (${r.arrowMax.toFixed(2)} ms) | ${pass(r.arrowMax < 16)} | ${mib(r.heap)} MiB | ${mib(r.mermaidHeap)} MiB |`,
  )
  .join('\n')}

\`dist/journeykit.bundle.js\` (all four elements, \`parseJourney\` and the Mermaid reader, minified): ${(bundle.length / 1024).toFixed(1)} KiB,
**${gzipKiB.toFixed(1)} KiB gzip** (budget 60 KiB: ${pass(gzipKiB <= 60)}).

Mermaid draws a static SVG with one row of tasks per section and no lanes, cards, keyboard
model or details; journeykit draws every lane, a card per touchpoint, the emotion curve with
range bands and the path connectors. The comparison is of the time to show a journey, not of
equal output. journeykit builds the columns inside the map's scroll viewport (every touchpoint
keeps a named grid cell for the keyboard and screen readers), and draws the curve and the
connectors over those columns; the rest follow as the user scrolls. So its first render grows
slowly with the journey's size, and at 50 touchpoints it is mostly a fixed cost.

The floor column shows how much of that cost is the browser's and how much is ours. After each
size's first render the page takes the map's output as it stands (every shadow root, element,
attribute and text, with the element tags renamed so nothing upgrades) and times inserting a
deep clone of it, adopting the elements' style sheets, style and layout: the same DOM with no
script at all, which no renderer of this output can beat (\`bench/page.js\`,
\`renderStaticCopy\`). journeykit's time less the floor is its own script: parsing and
validating the journey, layout maths, Lit's bookkeeping, and the nested elements' updates.
${rows.map((r) => `At ${r.size} touchpoints the 10× target allows ${(r.mermaid / 10).toFixed(1)} ms; the floor takes ${r.floor.toFixed(1)} ms of it, ${r.mermaid / 10 > r.floor ? `leaving ${(r.mermaid / 10 - r.floor).toFixed(1)} ms for all of journeykit's script (it used ${(r.journeykit - r.floor).toFixed(1)} ms)` : 'leaving no time for any script at all'}.`).join('\n')}
`;
await writeFile(join(root, 'docs/benchmarks.md'), markdown);
console.log('wrote docs/benchmarks.md');
