// End to end, as a CMS author sets it up: `journeykit serve` on loopback (a temp data folder, a
// token) and Chromium pages that load dist/journeykit.bundle.js and carry
// `<journey-map editable collab room collab-token user-name>` with an inline journey; the bundle
// loads dist/journeykit.collab.js from beside it. Edits on several pages converge to identical,
// valid journeys; presence and the connection chip show; offline edits arrive after a restart.
//
// Builds both files with Vite when they are missing or older than src/ (scripts/check-bundle.mjs).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseJourney } from 'journeykit/model';
import { ensureBundle, ensureCollabBundle, launchBrowser, serve } from '../../scripts/check-bundle.mjs';
import { findRedisServer, freePort, startRedis, startServe, waitFor } from './servers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const TOKEN = 'e2e-token';

const JOURNEY = {
  version: 1,
  title: 'Winter jacket',
  stages: [
    { id: 'discover', name: 'Discover' },
    { id: 'buy', name: 'Buy' },
  ],
  touchpoints: [
    { id: 'ad', stage: 'discover', title: 'Sees an ad', channel: 'ad', emotion: 0 },
    { id: 'search', stage: 'discover', title: 'Searches', channel: 'search', emotion: 1 },
    { id: 'pay', stage: 'buy', title: 'Pays online', channel: 'web', emotion: -1 },
  ],
};

/** URL path → file, served to the pages; pages are added as tests open them. */
const files = {};
let server;
let port;
let dataDir;
let web;
let browser;

before(async () => {
  process.chdir(root);
  files['/journeykit.bundle.js'] = { type: 'text/javascript', body: await ensureBundle({ log: () => {} }) };
  files['/journeykit.collab.js'] = { type: 'text/javascript', body: await ensureCollabBundle({ log: () => {} }) };
  dataDir = mkdtempSync(path.join(tmpdir(), 'journeykit-e2e-'));
  port = await freePort();
  server = await startServe(['--port', String(port), '--data', dataDir], { JOURNEYKIT_TOKEN: TOKEN });
  web = await serve(files);
  browser = await launchBrowser();
});

after(async () => {
  // Each on its own, so one failing to stop does not leave the others running.
  await Promise.allSettled([browser?.close(), web?.close(), server?.stop()]);
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** An HTML attribute value (the test's own constants, quoted anyway). */
const attr = (value) => String(value).replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/** Opens a page with a shared map of `room` as `user`; resolves when the element is defined. */
async function openMap(room, user, { token = TOKEN, journey = JOURNEY, collab = `ws://127.0.0.1:${port}` } = {}) {
  const file = `/${room}/${encodeURIComponent(user)}.html`;
  files[file] = {
    type: 'text/html',
    body: `<!doctype html><html lang="en"><meta charset="utf-8"><title>${user}</title>
<script type="module" src="/journeykit.bundle.js"></script>
<journey-map editable collab="${attr(collab)}" room="${attr(room)}" collab-token="${attr(token)}" user-name="${attr(user)}">
<script type="application/json">${JSON.stringify(journey)}</script>
</journey-map>`,
  };
  const page = await browser.newPage();
  await page.goto(web.origin + file);
  await page.waitForFunction(() => customElements.get('journey-map') !== undefined);
  return page;
}

const connectionOf = (page) => page.evaluate(() => document.querySelector('journey-map').connection);
const journeyOf = (page) => page.evaluate(() => document.querySelector('journey-map').toJSON());
/** What the chip says and how it is drawn, and what the live region last announced. */
const chipOf = (page) =>
  page.evaluate(() => {
    const shadow = document.querySelector('journey-map').shadowRoot;
    const chip = shadow.querySelector('[part="connection"]');
    return { text: chip?.textContent ?? null, state: chip?.classList[1] ?? null, announced: shadow.querySelector('[role="status"]')?.textContent ?? '' };
  });
const patch = (page, ops) => page.evaluate((o) => document.querySelector('journey-map').applyPatch(o, { origin: 'user' }), ops);

async function waitState(page, state) {
  await waitFor(async () => (await connectionOf(page))?.state === state, `the map to be ${state}`);
}

/** JSON with object keys sorted: two maps may hold the same fields in a different order. */
const canonical = (value) =>
  JSON.stringify(value, (_key, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v));

/** Waits until every page shows the same journey and `check(journey)` holds; returns it, validated. */
async function converged(pages, check, what) {
  let shown = [];
  try {
    await waitFor(async () => {
      shown = await Promise.all(pages.map(journeyOf));
      return shown.every((j) => canonical(j) === canonical(shown[0])) && check(shown[0]);
    }, what);
  } catch (error) {
    throw new Error(`${error.message}; the pages show:\n${shown.map(canonical).join('\n')}`, { cause: error });
  }
  const { journey, problems } = parseJourney(JSON.stringify(shown[0]));
  assert.ok(journey, `a valid journey: ${JSON.stringify(problems)}`);
  return shown[0];
}

const touchpoint = (journey, id) => journey.touchpoints.find((t) => t.id === id);

describe('<journey-map collab> in Chromium against journeykit serve', { timeout: 120_000 }, () => {
  test('the first page seeds the room and goes live; the second shows the room, not its own journey', async () => {
    const a = await openMap('seed', 'Ana');
    await waitState(a, 'live');
    assert.deepEqual(await chipOf(a), { text: 'Live', state: 'live', announced: 'Live' });
    const b = await openMap('seed', 'Ben', { journey: { ...JOURNEY, title: 'Something else' } });
    await waitState(b, 'live');
    assert.equal((await converged([a, b], () => true, 'both maps to show one journey')).title, 'Winter jacket');
    await Promise.all([a.close(), b.close()]);
  });

  test('three pages: different fields, the same field and moves of one touchpoint converge', async () => {
    const pages = [await openMap('edits', 'Ana'), await openMap('edits', 'Ben'), await openMap('edits', 'Cy')];
    for (const page of pages) await waitState(page, 'live');
    const [a, b, c] = pages;
    await converged(pages, (j) => j.title === 'Winter jacket', 'all three to show the seeded journey');

    // Different fields of one touchpoint, at once: both edits stay.
    await Promise.all([
      patch(a, [{ op: 'replace', path: '/touchpoints/0/title', value: 'Sees a poster' }]),
      patch(b, [{ op: 'replace', path: '/touchpoints/0/channel', value: 'store' }]),
    ]);
    let shown = await converged(pages, (j) => touchpoint(j, 'ad').title === 'Sees a poster' && touchpoint(j, 'ad').channel === 'store', 'both fields on every page');

    // The same field, at once: every page ends with the same one of the two.
    await Promise.all([
      patch(a, [{ op: 'replace', path: '/touchpoints/1/title', value: 'Searches (Ana)' }]),
      patch(c, [{ op: 'replace', path: '/touchpoints/1/title', value: 'Searches (Cy)' }]),
    ]);
    shown = await converged(pages, (j) => /\((Ana|Cy)\)$/.test(touchpoint(j, 'search').title), 'one title on every page');
    assert.match(touchpoint(shown, 'search').title, /^Searches \((Ana|Cy)\)$/);

    // A move with the keyboard on one page while another edits the moved touchpoint: both stay.
    await a.evaluate(() => document.querySelector('journey-map').focusTouchpoint('ad'));
    await a.keyboard.down('Alt');
    await a.keyboard.press('ArrowRight');
    await a.keyboard.up('Alt');
    // Wherever B's map has it by now (the move may or may not have arrived).
    await b.evaluate(() => {
      const map = document.querySelector('journey-map');
      const index = map.toJSON().touchpoints.findIndex((t) => t.id === 'ad');
      return map.applyPatch([{ op: 'add', path: `/touchpoints/${index}/description`, value: 'Bus stop' }], { origin: 'user' });
    });
    shown = await converged(
      pages,
      (j) => j.touchpoints[1]?.id === 'ad' && touchpoint(j, 'ad').description === 'Bus stop',
      'the move and the edit on every page',
    );
    assert.deepEqual(
      shown.touchpoints.map((t) => t.id),
      ['search', 'ad', 'pay'],
    );
    await Promise.all(pages.map((page) => page.close()));
  });

  test('Delete on one page is gone everywhere; its Ctrl+Z brings it back everywhere and undoes nothing of the other page', async () => {
    const a = await openMap('undo', 'Ana');
    const b = await openMap('undo', 'Ben');
    await waitState(a, 'live');
    await waitState(b, 'live');
    await a.evaluate(() => document.querySelector('journey-map').focusTouchpoint('pay'));
    await Promise.all([a.keyboard.press('Delete'), patch(b, [{ op: 'replace', path: '/touchpoints/0/title', value: 'Sees a poster' }])]);
    await converged([a, b], (j) => !touchpoint(j, 'pay') && touchpoint(j, 'ad').title === 'Sees a poster', 'the deletion and the edit on both pages');
    await a.keyboard.down('Control');
    await a.keyboard.press('z');
    await a.keyboard.up('Control');
    await converged([a, b], (j) => touchpoint(j, 'pay')?.title === 'Pays online' && touchpoint(j, 'ad').title === 'Sees a poster', 'the deletion undone, the edit kept, on both pages');
    await Promise.all([a.close(), b.close()]);
  });

  test("presence: page B shows page A's person on the cell A focuses, and describes it", async () => {
    const a = await openMap('presence', 'Ana');
    const b = await openMap('presence', 'Ben');
    await waitState(a, 'live');
    await waitState(b, 'live');
    await a.evaluate(() => document.querySelector('journey-map').focusTouchpoint('pay'));
    const seen = () =>
      b.evaluate(() => {
        const shadow = document.querySelector('journey-map').shadowRoot;
        const described = shadow.querySelector('[aria-describedby^="peer-"]');
        const description = described && shadow.getElementById(described.getAttribute('aria-describedby').split(' ')[0]);
        return {
          names: [...shadow.querySelectorAll('.peer-name')].map((n) => n.textContent),
          cell: described?.textContent ?? null,
          description: description?.textContent ?? null,
        };
      });
    await waitFor(async () => (await seen()).names.includes('Ana') && (await seen()).cell?.includes('Pays online'), "Ana's outline on B's map");
    assert.match((await seen()).description, /Ana\u2069? is here$/);
    await Promise.all([a.close(), b.close()]);
  });

  test('changing room leaves one room and joins the other; taking the map off the page leaves', async () => {
    const a = await openMap('first-room', 'Ana');
    await waitState(a, 'live');
    const b = await openMap('second-room', 'Ben', { journey: { ...JOURNEY, title: 'Second room' } });
    await waitState(b, 'live');
    await a.evaluate(() => document.querySelector('journey-map').setAttribute('room', 'second-room'));
    await waitState(a, 'live');
    await converged([a, b], (j) => j.title === 'Second room', "A showing the second room's journey");
    const peersOfB = () => b.evaluate(() => document.querySelector('journey-map').presence.map((p) => p.name));
    await waitFor(async () => (await peersOfB()).includes('Ana'), 'Ana among the people B sees');
    const connectionAfterRemoval = await a.evaluate(() => {
      const map = document.querySelector('journey-map');
      map.remove();
      return map.connection;
    });
    assert.equal(connectionAfterRemoval, null);
    await waitFor(async () => !(await peersOfB()).includes('Ana'), 'Ana gone from what B sees');
    await Promise.all([a.close(), b.close()]);
  });

  test('no server yet: connecting, said on the chip', async () => {
    const page = await openMap('nobody', 'Ana', { collab: `ws://127.0.0.1:${await freePort()}` });
    await waitState(page, 'connecting');
    await waitFor(async () => (await chipOf(page)).text === 'Connecting…', 'the chip');
    assert.deepEqual(await chipOf(page), { text: 'Connecting…', state: 'connecting', announced: 'Connecting…' });
    await page.close();
  });

  test('a wrong token is refused, with the reason on the chip', async () => {
    const page = await openMap('private', 'Eve', { token: 'wrong' });
    await waitState(page, 'refused');
    const chip = await chipOf(page);
    assert.equal(chip.state, 'refused');
    assert.match(chip.text, /Refused by the server: permission-denied/);
    await page.close();
  });

  test('server stopped: offline with the unsent count; restarted: live again, the edit arrives, and the room was kept', async () => {
    const a = await openMap('restart', 'Ana');
    const b = await openMap('restart', 'Ben');
    await waitState(a, 'live');
    await waitState(b, 'live');
    await patch(a, [{ op: 'replace', path: '/title', value: 'Winter jacket, kept' }]);
    await converged([a, b], (j) => j.title === 'Winter jacket, kept', 'the online edit on both pages');

    await server.stop();
    await waitState(a, 'offline');
    await patch(a, [{ op: 'replace', path: '/touchpoints/2/title', value: 'Pays in store' }]);
    await waitFor(async () => (await connectionOf(a)).unsent === 1, 'one unsent change');
    // The chip counts; the live region said "Offline" when the state changed, not at every change.
    assert.deepEqual(await chipOf(a), { text: 'Offline, 1 change not sent yet', state: 'offline', announced: 'Offline' });
    assert.equal(touchpoint(await journeyOf(b), 'pay').title, 'Pays online');

    server = await startServe(['--port', String(port), '--data', dataDir], { JOURNEYKIT_TOKEN: TOKEN });
    await waitState(a, 'live');
    assert.equal((await connectionOf(a)).unsent, 0);
    await converged([a, b], (j) => touchpoint(j, 'pay').title === 'Pays in store', 'the offline edit on the other page');

    // Everything survives a restart: the server's JSON view after stopping and starting again.
    await Promise.all([a.close(), b.close()]);
    await server.stop();
    server = await startServe(['--port', String(port), '--data', dataDir], { JOURNEYKIT_TOKEN: TOKEN });
    const response = await fetch(`${server.httpUrl}/rooms/restart.json`, { headers: { authorization: `Bearer ${TOKEN}` } });
    assert.equal(response.status, 200);
    const stored = await response.json();
    assert.equal(stored.title, 'Winter jacket, kept');
    assert.equal(touchpoint(stored, 'pay').title, 'Pays in store');
  });

  const redisServer = findRedisServer();
  test('scale-out: pages on two server processes sharing Redis edit one room', { skip: redisServer ? false : 'redis-server not found (apt-get install -y redis-server)' }, async () => {
    const stops = [];
    try {
      const redis = await startRedis(redisServer);
      stops.push(() => redis.stop());
      const folder = mkdtempSync(path.join(tmpdir(), 'journeykit-e2e-redis-'));
      stops.push(async () => rmSync(folder, { recursive: true, force: true }));
      const args = ['--port', '0', '--data', folder, '--redis', `127.0.0.1:${redis.port}`];
      const [one, two] = await Promise.all([startServe(args), startServe(args)]);
      stops.push(() => one.stop(), () => two.stop());
      const a = await openMap('scaled', 'Ana', { collab: one.url });
      await waitState(a, 'live');
      const b = await openMap('scaled', 'Ben', { collab: two.url });
      await waitState(b, 'live');
      await converged([a, b], (j) => j.title === 'Winter jacket', 'the seeded journey through Redis');
      await patch(b, [{ op: 'replace', path: '/touchpoints/0/emotion', value: 3 }]);
      await converged([a, b], (j) => touchpoint(j, 'ad').emotion === 3, 'the edit through Redis');
      await Promise.all([a.close(), b.close()]);
    } finally {
      // The servers before Redis, each on its own.
      for (const stop of stops.reverse()) await stop().catch(() => {});
    }
  });
});
