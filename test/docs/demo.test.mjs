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
    // (A worktree whose node_modules is a symlink lists it as an untracked file: it is linked below.)
    .filter((file) => file && file !== 'node_modules' && existsSync(path.join(root, file)));
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

  test('Edit: a keyboard edit is kept in localStorage, restored on reload with a Revert, undone, redone and downloaded', async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error?.message ?? error)));
    const ids = () => page.evaluate(() => document.querySelector('journey-map').toJSON()?.touchpoints.map((t) => t.id) ?? []);
    const disabled = () => page.evaluate(() => ({ undo: document.querySelector('#undo').disabled, redo: document.querySelector('#redo').disabled }));
    const mapShown = () =>
      page.waitForFunction(() => document.querySelector('journey-map')?.shadowRoot?.querySelector('[role="grid"] [data-id]'), { timeout: 30_000, polling: 100 });
    const original = RICHEST.touchpoints.map((t) => t.id);
    const moved = [original[1], original[0], ...original.slice(2)];

    await page.goto(new URL('/demo/?journey=winter-jacket.en', server.resolvedUrls.local[0]).href, { waitUntil: 'load' });
    await mapShown();
    await page.evaluate(() => localStorage.clear());
    assert.equal(await page.$eval('#restored-notice', (notice) => notice.hidden), true, 'no notice without saved edits');
    assert.deepEqual(await disabled(), { undo: true, redo: true });

    // The switch is a labelled switch; turning it on makes the map editable.
    assert.deepEqual(await page.$eval('#edit-switch', (input) => [input.getAttribute('role'), input.labels[0].textContent.trim()]), ['switch', 'Edit']);
    await page.click('#edit-switch');
    await page.waitForFunction(() => document.querySelector('journey-map').shadowRoot.getElementById('editing-hint'), { timeout: 10_000, polling: 50 });
    await page.evaluate((id) => document.querySelector('journey-map').focusTouchpoint(id), original[0]);
    await page.keyboard.down('Alt');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.up('Alt');
    await page.waitForFunction(() => localStorage.getItem('journeykit-demo:edits:winter-jacket.en') !== null, { timeout: 5000, polling: 50 });
    assert.deepEqual(await ids(), moved);
    assert.deepEqual(await disabled(), { undo: false, redo: true });

    // Undo takes it back (and the saved edits with it); Redo makes it again.
    await page.click('#undo');
    await page.waitForFunction(() => document.querySelector('#undo').disabled, { timeout: 5000, polling: 50 });
    assert.deepEqual(await ids(), original);
    assert.equal(await page.evaluate(() => localStorage.getItem('journeykit-demo:edits:winter-jacket.en')), null, 'back to the sample: nothing saved');
    assert.deepEqual(await disabled(), { undo: true, redo: false });
    await page.click('#redo');
    await page.waitForFunction(() => localStorage.getItem('journeykit-demo:edits:winter-jacket.en') !== null, { timeout: 5000, polling: 50 });
    assert.deepEqual(await ids(), moved);

    // Downloads: the files the browser saves when the buttons are pressed.
    const folder = mkdtempSync(path.join(workspace, 'downloads-'));
    const cdp = await page.createCDPSession();
    const saved = new Map(); // guid → file name
    const finished = [];
    cdp.on('Browser.downloadWillBegin', ({ guid, suggestedFilename }) => saved.set(guid, suggestedFilename));
    const downloaded = () =>
      new Promise((resolve) => {
        const onProgress = ({ guid, state }) => {
          if (state !== 'completed' && state !== 'canceled') return;
          cdp.off('Browser.downloadProgress', onProgress);
          finished.push(state);
          resolve(saved.get(guid));
        };
        cdp.on('Browser.downloadProgress', onProgress);
      });
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: folder, eventsEnabled: true });
    let done = downloaded();
    await page.click('#download-json');
    const jsonName = await done;
    done = downloaded();
    await page.click('#download-csv');
    const csvName = await done;
    assert.deepEqual(finished, ['completed', 'completed']);
    const json = readFileSync(path.join(folder, jsonName), 'utf8');
    const csv = readFileSync(path.join(folder, csvName), 'utf8');
    assert.equal(jsonName, 'winter-jacket.en.json');
    assert.deepEqual(JSON.parse(json).touchpoints.map((t) => t.id), moved);
    assert.equal(csvName, 'winter-jacket.en.csv');
    assert.match(csv.split('\n')[0], /^id,stage,/, 'a CSV header row');
    assert.ok(csv.indexOf(moved[0]) < csv.indexOf(moved[1]), 'the CSV has the edited order');

    // Reload: the edit is restored, and said so; Revert goes back to the sample.
    await page.reload({ waitUntil: 'load' });
    await mapShown();
    assert.deepEqual(await ids(), moved);
    assert.equal(await page.$eval('#restored-notice', (notice) => notice.hidden), false);
    assert.match(await page.$eval('#restored-notice', (notice) => notice.textContent.replace(/\s+/g, ' ').trim()), /^Restored your edits .* Revert$/);
    await page.click('#revert');
    await page.waitForFunction(() => document.querySelector('#restored-notice').hidden, { timeout: 5000, polling: 50 });
    await mapShown();
    assert.deepEqual(await ids(), original);
    assert.equal(await page.evaluate(() => localStorage.getItem('journeykit-demo:edits:winter-jacket.en')), null);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'edit-switch', 'focus is not lost with the Revert button');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
