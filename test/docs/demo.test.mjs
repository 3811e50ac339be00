// What a newcomer meets: `npm start` in a fresh clone, where the team's ../shared folder is not
// beside the checkout. The repository's files (tracked and new, as git lists them) are copied to a
// temporary folder with node_modules linked in, the demo is served from there by Vite with the
// project's vite.config.ts, and headless Chromium opens the page `npm start` opens.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { launchBrowser } from '../../scripts/check-bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const RICHEST = JSON.parse(readFileSync(path.join(root, 'docs', 'examples', 'journeys', 'winter-jacket.en.json'), 'utf8'));

let workspace;
let server;
let browser;

before(async () => {
  workspace = mkdtempSync(path.join(tmpdir(), 'journeykit-clone-'));
  const clone = path.join(workspace, 'journeykit');
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter((file) => file && existsSync(path.join(root, file)));
  for (const file of files) {
    mkdirSync(path.dirname(path.join(clone, file)), { recursive: true });
    cpSync(path.join(root, file), path.join(clone, file));
  }
  symlinkSync(path.join(root, 'node_modules'), path.join(clone, 'node_modules'), 'dir');
  assert.ok(!existsSync(path.join(workspace, 'shared')), 'the clone must have no ../shared beside it');
  server = await createServer({
    root: clone,
    configFile: path.join(clone, 'vite.config.ts'),
    logLevel: 'error',
    server: { port: 0, host: '127.0.0.1', open: false },
  });
  await server.listen();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (workspace) rmSync(workspace, { recursive: true, force: true });
});

describe('npm start in a fresh clone', () => {
  test('opens the demo on the richest sample journey, and the picker names journeys by title', async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error?.message ?? error)));
    // The root URL, as the browser `npm start` opens lands there (redirected to /demo/).
    await page.goto(server.resolvedUrls.local[0], { waitUntil: 'load' });
    await page.waitForFunction(
      () => document.querySelector('journey-map')?.shadowRoot?.querySelector('h1, h2, h3, h4, h5, h6')?.textContent?.trim(),
      { timeout: 30_000, polling: 100 },
    );
    const seen = await page.evaluate(() => {
      const picker = document.querySelector('#journey-picker');
      return {
        heading: document.querySelector('journey-map').shadowRoot.querySelector('h1, h2, h3, h4, h5, h6').textContent.trim(),
        selected: picker.selectedOptions[0].textContent,
        groups: [...picker.querySelectorAll('optgroup')].map((group) => ({
          label: group.label,
          options: [...group.querySelectorAll('option')].map((option) => option.textContent),
        })),
      };
    });
    assert.deepEqual(errors, []);
    assert.equal(seen.heading, RICHEST.title);
    assert.equal(seen.selected, `${RICHEST.title} (en)`);
    const samples = seen.groups[0];
    assert.equal(samples.label, 'Sample journeys');
    assert.ok(samples.options.length >= 3, samples.options.join(', '));
    for (const option of samples.options) assert.doesNotMatch(option, /\.json|^[\w-]+\.[a-z]{2}$/, `named by title: ${option}`);
    assert.ok(!seen.groups.some((group) => group.label.includes('shared')), 'no team samples in a fresh clone');
    const invalid = seen.groups.find((group) => group.options.includes('dangling-stage'));
    assert.match(invalid?.label ?? '', /^Test fixtures: invalid/, 'invalid inputs sit in a section that says so');
    await page.close();
  });
});
