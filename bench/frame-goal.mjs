// What the benches timed against one frame (bench/editing.mjs, bench/live.mjs) share: their
// statistics, the verdict of their tables, their section of docs/benchmarks.md, and running one
// of them alone. (The code that runs inside the page cannot be shared: page.evaluate sends a
// function's source, without its imports.)
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One frame at 60 Hz: the goal of every update timed here. */
export const GOAL_MS = 16;

/** The `p`th percentile of `values` (nearest rank). */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Median, p95 and max of `values` (ms). */
export function summary(values) {
  return { median: percentile(values, 50), p95: percentile(values, 95), max: Math.max(...values) };
}

/** A time for a table. */
export const ms = (value) => `${value.toFixed(1)} ms`;

/** The "within one frame" column: how much of a summary meets the goal. */
export function verdict(s) {
  if (s.p95 <= GOAL_MS) return s.max <= GOAL_MS ? 'yes' : 'p95 (not the slowest)';
  return s.median <= GOAL_MS ? 'median only' : 'no';
}

/**
 * Puts `section` in place of the `## heading` section of `markdown`. When there is none, it goes
 * before the `## before` heading, or after the `## after` section, or else at the end.
 */
export function withSection(markdown, heading, section, { before, after } = {}) {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start >= 0) {
    const end = markdown.indexOf('\n## ', start + 1);
    return `${markdown.slice(0, start + 1)}${section}${end < 0 ? '' : markdown.slice(end)}`;
  }
  let at = -1;
  if (before !== undefined) at = markdown.indexOf(`\n## ${before}\n`);
  else if (after !== undefined) {
    const previous = markdown.indexOf(`\n## ${after}\n`);
    at = previous < 0 ? -1 : markdown.indexOf('\n## ', previous + 1);
  }
  return at < 0 ? `${markdown.trimEnd()}\n\n${section}` : `${markdown.slice(0, at + 1)}${section}\n${markdown.slice(at + 1)}`;
}

/**
 * One bench alone, on the dist/ already built: serves the project, opens bench/page.html in
 * Chromium, resolves `measure(page)` and rewrites docs/benchmarks.md with
 * `update(markdown, result)`.
 */
export async function runAlone(measure, update) {
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
    const result = await measure(page);
    const file = join(root, 'docs/benchmarks.md');
    writeFileSync(file, update(readFileSync(file, 'utf8'), result));
  } finally {
    await browser.close();
    close();
  }
}
