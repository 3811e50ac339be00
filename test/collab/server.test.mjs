// `journeykit serve` as users run it: a child process on a free loopback port, real Hocuspocus
// clients over WebSocket, the rooms folder on disk, and redis-server for scale-out.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import { applyOpsToDoc, docToJourney, docToJson, journeyToDoc } from '../../dist/collab/index.js';
import { isRoomName } from '../../dist/collab/server/index.js';
import { sampleJourney } from './journeys.mjs';
import { connect, findRedisServer, getJson, startRedis, startServe, waitFor } from './servers.mjs';

const folders = [];
const running = [];
function dataFolder() {
  const folder = mkdtempSync(path.join(tmpdir(), 'journeykit-rooms-'));
  folders.push(folder);
  return folder;
}
/** Starts a server stopped after the test file; fast store debounce is not configurable from the CLI, so tests wait for the JSON file. */
async function serve(args, env) {
  const server = await startServe(['--port', '0', ...args], env);
  running.push(server);
  return server;
}
const clients = [];
function client(url, room, options) {
  const c = connect(url, room, options);
  clients.push(c);
  return c;
}
after(async () => {
  for (const c of clients) c.destroy();
  for (const server of running) await server.stop('SIGKILL');
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function edit(doc, ops) {
  const result = applyOpsToDoc(doc, ops, 'test');
  assert.equal(result.applied, true, JSON.stringify(result.problems));
}
const titleOf = (doc) => docToJourney(doc).journey?.title;
const sameDocs = (a, b) => JSON.stringify(docToJson(a)) === JSON.stringify(docToJson(b));

/** Waits until the room's JSON view answers with a journey whose title is `title`. */
async function jsonTitleIs(server, room, title) {
  await waitFor(async () => (await getJson(`${server.httpUrl}/rooms/${room}.json`)).body?.title === title, `${room}.json titled ${title}`);
}

/** A client that seeds a room and sets its title; resolves once the server has it. */
async function seededRoom(server, room, title) {
  const c = client(server.url, room);
  await c.synced();
  journeyToDoc(sampleJourney(), c.doc);
  edit(c.doc, [{ op: 'replace', path: '/title', value: title }]);
  await jsonTitleIs(server, room, title);
  return c;
}

describe('room names', () => {
  test('identifiers only: letters, digits, -, _, ., 1 to 100 characters, not . or ..', () => {
    for (const good of ['a', 'team-1_map.v2', 'x'.repeat(100), '...']) assert.equal(isRoomName(good), true, good);
    for (const bad of ['', '.', '..', 'a/b', '../etc', 'a\\b', 'x'.repeat(101), 'é', 'a b', 'a%2Fb']) assert.equal(isRoomName(bad), false, bad);
  });

  test('the server refuses a connection to a room name that is not an identifier, and its JSON view', async () => {
    const server = await serve(['--data', dataFolder()]);
    for (const room of ['..', '../escape', 'x'.repeat(101)]) {
      const c = client(server.url, room);
      assert.equal(await c.failure, 'invalid-room-name');
    }
    assert.equal((await getJson(`${server.httpUrl}/rooms/..%2Fescape.json`)).status, 400);
    assert.equal((await getJson(`${server.httpUrl}/rooms/${'x'.repeat(101)}.json`)).status, 400);
  });
});

describe('token', () => {
  test('a wrong or missing token is refused; the right one syncs', async () => {
    const server = await serve(['--data', dataFolder()], { JOURNEYKIT_TOKEN: 's3cret' });
    assert.equal(await client(server.url, 'private', { token: 'wrong' }).failure, 'permission-denied');
    assert.equal(await client(server.url, 'private').failure, 'permission-denied');
    const allowed = client(server.url, 'private', { token: 's3cret' });
    await allowed.synced();
    journeyToDoc(sampleJourney(), allowed.doc);
    assert.equal((await getJson(`${server.httpUrl}/rooms/private.json`)).status, 401);
    await waitFor(async () => (await getJson(`${server.httpUrl}/rooms/private.json?token=s3cret`)).status === 200, 'the JSON view with the token');
    const withHeader = await getJson(`${server.httpUrl}/rooms/private.json`, { headers: { Authorization: 'Bearer s3cret' } });
    assert.equal(withHeader.body.title, sampleJourney().title);
  });
});

describe('JSON view', () => {
  test('serves the current journey with CORS headers; 404 for a room with none', async () => {
    const server = await serve(['--data', dataFolder()]);
    await seededRoom(server, 'shop', 'Live map');
    const view = await getJson(`${server.httpUrl}/rooms/shop.json`);
    assert.equal(view.headers.get('access-control-allow-origin'), '*');
    assert.match(view.headers.get('content-type'), /^application\/json/);
    assert.deepEqual(view.body, { ...sampleJourney(), title: 'Live map' });
    const preflight = await fetch(`${server.httpUrl}/rooms/shop.json`, { method: 'OPTIONS' });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
    assert.equal((await getJson(`${server.httpUrl}/rooms/nobody-here.json`)).status, 404);
  });

  test('a rogue client writing a journey that does not validate: clients converge, the view keeps the last valid journey, also after a restart', async () => {
    const folder = dataFolder();
    const server = await serve(['--data', folder]);
    const good = await seededRoom(server, 'rogue', 'Before the rogue');
    const rogue = client(server.url, 'rogue');
    await rogue.synced();
    rogue.doc.transact(() => rogue.doc.getMap('journey').set('version', 'seven'));
    await waitFor(() => good.doc.getMap('journey').get('version') === 'seven', 'the rogue change reaching the other client');
    assert.ok(sameDocs(good.doc, rogue.doc));
    assert.equal(docToJourney(good.doc).journey, null);
    // The server kept working: it still takes and stores the rogue's document, and the view holds.
    await waitFor(() => readdirSync(folder).includes('rogue.ydoc'), 'the room stored');
    assert.equal((await getJson(`${server.httpUrl}/rooms/rogue.json`)).body.title, 'Before the rogue');
    await server.stop('SIGTERM');
    const again = await serve(['--data', folder]);
    assert.equal((await getJson(`${again.httpUrl}/rooms/rogue.json`)).body.title, 'Before the rogue');
    const later = client(again.url, 'rogue');
    await later.synced();
    assert.equal(later.doc.getMap('journey').get('version'), 'seven');
    assert.equal((await getJson(`${again.httpUrl}/rooms/rogue.json`)).body.title, 'Before the rogue');
  });
});

describe('persistence', () => {
  test('rooms survive a restart (SIGTERM writes open rooms)', async () => {
    const folder = dataFolder();
    const server = await serve(['--data', folder]);
    await seededRoom(server, 'kept', 'Kept across restarts');
    await server.stop('SIGTERM');
    const again = await serve(['--data', folder]);
    const c = client(again.url, 'kept');
    await c.synced();
    assert.equal(titleOf(c.doc), 'Kept across restarts');
  });

  test('rooms survive a crash (SIGKILL) once written, and a leftover temporary file does no harm', async () => {
    const folder = dataFolder();
    const server = await serve(['--data', folder]);
    await seededRoom(server, 'crash', 'Kept across a crash');
    await waitFor(() => readdirSync(folder).includes('crash.journey.json'), 'the room written to disk');
    await server.stop('SIGKILL');
    // What a crash in the middle of a write leaves: a temporary file, never a half room file.
    writeFileSync(path.join(folder, 'crash.ydoc.999.abc.tmp'), 'half a write');
    const again = await serve(['--data', folder]);
    const c = client(again.url, 'crash');
    await c.synced();
    assert.equal(titleOf(c.doc), 'Kept across a crash');
  });
});

describe('reconnecting', () => {
  test('offline edits merge after reconnect', async () => {
    const server = await serve(['--data', dataFolder()]);
    const a = await seededRoom(server, 'offline', 'Shared');
    const b = client(server.url, 'offline');
    await b.synced();
    await waitFor(() => sameDocs(a.doc, b.doc), 'b has the seed');
    a.socket.disconnect();
    await waitFor(() => a.provider.configuration.websocketProvider.status === 'disconnected', 'a offline');
    edit(a.doc, [{ op: 'replace', path: '/touchpoints/0/title', value: 'Edited offline' }]);
    edit(b.doc, [{ op: 'replace', path: '/touchpoints/2/emotion', value: 3 }]);
    await a.socket.connect();
    await waitFor(() => sameDocs(a.doc, b.doc) && docToJourney(a.doc).journey?.touchpoints[2].emotion === 3, 'a and b converged');
    const journey = docToJourney(b.doc).journey;
    assert.equal(journey.touchpoints[0].title, 'Edited offline');
    assert.equal(journey.touchpoints[2].emotion, 3);
  });

  test('a server restart mid-session: clients reconnect and converge', async () => {
    const folder = dataFolder();
    const first = await serve(['--data', folder]);
    const a = await seededRoom(first, 'restart', 'Before restart');
    const b = client(first.url, 'restart');
    await b.synced();
    await first.stop('SIGTERM');
    // Both edit while the server is down, then it comes back on the same port.
    edit(a.doc, [{ op: 'replace', path: '/title', value: 'During restart' }]);
    edit(b.doc, [{ op: 'add', path: '/touchpoints/-', value: { id: 'new', stage: 'buy', title: 'Added while down' } }]);
    const second = await startServe(['--port', String(first.port), '--data', folder]);
    running.push(second);
    await waitFor(() => sameDocs(a.doc, b.doc) && docToJourney(a.doc).journey?.touchpoints.length === 4, 'clients converged after the restart', 2000);
    assert.equal(titleOf(b.doc), 'During restart');
    await jsonTitleIs(second, 'restart', 'During restart');
  });
});

describe('scale-out through Redis', () => {
  const redisServer = findRedisServer();
  let redis;
  before(async () => {
    if (redisServer) redis = await startRedis(redisServer);
  });
  after(async () => redis?.stop());

  test('two server processes share a room', { skip: redisServer ? false : 'redis-server not found: install it (apt-get install -y redis-server) to run the scale-out test' }, async () => {
    const folder = dataFolder();
    const args = ['--data', folder, '--redis', `127.0.0.1:${redis.port}`];
    const one = await serve(args);
    const two = await serve(args);
    const a = await seededRoom(one, 'shared', 'Across processes');
    const b = client(two.url, 'shared');
    await b.synced();
    await waitFor(() => titleOf(b.doc) === 'Across processes', 'the second process has the room');
    edit(a.doc, [{ op: 'replace', path: '/touchpoints/0/title', value: 'From process one' }]);
    edit(b.doc, [{ op: 'replace', path: '/touchpoints/1/title', value: 'From process two' }]);
    await waitFor(() => sameDocs(a.doc, b.doc) && docToJourney(a.doc).journey?.touchpoints[1].title === 'From process two', 'both edits on both sides');
    assert.equal(docToJourney(b.doc).journey.touchpoints[0].title, 'From process one');
    await jsonTitleIs(two, 'shared', 'Across processes');
  });
});

test('a document written by the server reads back whole (state file is one Yjs update)', async () => {
  const folder = dataFolder();
  const server = await serve(['--data', folder]);
  await seededRoom(server, 'file', 'On disk');
  await server.stop('SIGTERM');
  const doc = new Y.Doc();
  const { readFileSync } = await import('node:fs');
  Y.applyUpdate(doc, readFileSync(path.join(folder, 'file.ydoc')));
  assert.equal(titleOf(doc), 'On disk');
});
