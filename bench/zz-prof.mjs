import puppeteer from 'puppeteer-core';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_FLAGS, findChromium } from '../scripts/find-chromium.mjs';
import { startServer } from './server.mjs';
import { generateJourney } from './generate.mjs';
const root = fileURLToPath(new URL('..', import.meta.url));
const { origin, close } = await startServer(root, tmpdir());
const browser = await puppeteer.launch({ executablePath: findChromium(), args: [...CHROMIUM_FLAGS, '--window-size=1400,1000'], defaultViewport: { width: 1400, height: 1000 } });
const page = await browser.newPage();
await page.goto(`${origin}/bench/page.html`, { waitUntil: 'load' });
await page.waitForFunction(() => customElements.get('journey-map'));
const journey = generateJourney(1000);
for (const tp of journey.touchpoints) tp.metrics = (tp.metrics ?? []).map((m) => ({ ...m, id: `${tp.id}-${m.kind}`, target: 3.8 }));
journey.metrics = Array.from({ length: 200 }, (_, k) => ({ id: `journey-${k}`, kind: 'csat', label: `Score ${k + 1}`, value: 4, target: 3.8 }));
const ids = journey.metrics.map((m) => m.id);
await page.evaluate(async (journey, css) => {
  const stage = document.getElementById('stage'); stage.replaceChildren();
  const map = document.createElement('journey-map'); map.journey = journey; map.lanes = 'touchpoints,emotions,metrics'; stage.append(map);
  await map.updateComplete; for (let i = 0; i < 10; i++) await new Promise(requestAnimationFrame);
  window.__map = map;
  if (css) { const sheet = new CSSStyleSheet(); sheet.replaceSync(css); map.shadowRoot.adoptedStyleSheets = [...map.shadowRoot.adoptedStyleSheets, sheet]; await new Promise(requestAnimationFrame); }
}, journey, process.env.CSS ?? '');
const run = (rounds) => page.evaluate(async (ids, rounds) => {
  const map = window.__map; const times = [];
  for (let round = 0; round < rounds; round++) {
    const values = {};
    for (const [k, id] of ids.entries()) values[id] = { value: 3 + ((round + k) % 10) / 5, series: [3.2, 3.9, 3 + ((round + k) % 10) / 5] };
    const t0 = performance.now(); map.metricValues = values; await map.updateComplete; const t1 = performance.now();
    void document.body.getBoundingClientRect().height; const t2 = performance.now();
    await new Promise(requestAnimationFrame); await new Promise((r) => setTimeout(r));
    const t3 = performance.now();
    times.push([t1 - t0, t2 - t1, t3 - t2]);
  }
  const med = (a) => a.slice().sort((x, y) => x - y)[Math.floor(a.length / 2)];
  return { update: med(times.map((t) => t[0])), layout: med(times.map((t) => t[1])), frame: med(times.map((t) => t[2])) };
}, ids, rounds);
await run(10);
console.log('split medians', await run(40));
if (process.env.NOTRACE) { await browser.close(); close(); process.exit(0); }
await page.tracing.start({ path: '/tmp/prof/trace.json', categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'disabled-by-default-v8.cpu_profiler'] });
await run(20);
await page.tracing.stop();
await browser.close(); close();
