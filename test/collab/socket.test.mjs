// `ClosableSocket` (src/collab/socket.ts): a room connection destroyed just after its server went
// away stays closed; Hocuspocus's own socket reconnects for ever then (ueberdosis/hocuspocus#803),
// which kept this test file's process, and CI, waiting.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HocuspocusProvider } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { ClosableSocket } from '../../dist/collab/socket.js';
import { startServe, waitFor } from './servers.mjs';

const folder = mkdtempSync(path.join(tmpdir(), 'journeykit-socket-'));
after(() => rmSync(folder, { recursive: true, force: true }));

test('destroyed in the moment its server goes away, it opens no new connection', async () => {
  const server = await startServe(['--port', '0', '--data', folder]);
  let opened = 0;
  class CountingWebSocket extends WebSocket {
    constructor(...args) {
      super(...args);
      opened++;
    }
  }
  // Short delays, so the reconnect that follows a lost connection falls due within the wait below.
  const socket = new ClosableSocket({ url: server.url, WebSocketPolyfill: CountingWebSocket, delay: 20, minDelay: 20, maxDelay: 40 });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: 'closing', document: new Y.Doc() });
  provider.attach();
  try {
    await waitFor(() => provider.isSynced, 'synced');
    const lost = new Promise((resolve) => socket.on('disconnect', resolve));
    await server.stop('SIGTERM');
    await lost;
    // The socket has scheduled its reconnect; the map goes away before it falls due.
    provider.destroy();
    socket.destroy();
    const before = opened;
    await new Promise((resolve) => setTimeout(resolve, 400));
    assert.equal(opened, before, 'no connection opened after destroy()');
    assert.equal(socket.shouldConnect, false);
  } finally {
    provider.destroy();
    socket.destroy();
    await server.stop('SIGKILL');
  }
});

test('until destroyed, it reconnects as Hocuspocus does', async () => {
  const server = await startServe(['--port', '0', '--data', folder]);
  const socket = new ClosableSocket({ url: server.url, WebSocketPolyfill: WebSocket });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: 'reconnecting', document: new Y.Doc() });
  provider.attach();
  try {
    await waitFor(() => provider.isSynced, 'synced');
    socket.disconnect();
    await waitFor(() => socket.status === 'disconnected', 'disconnected');
    await socket.connect();
    await waitFor(() => socket.status === 'connected', 'connected again');
  } finally {
    provider.destroy();
    socket.destroy();
    await server.stop('SIGKILL');
  }
});
