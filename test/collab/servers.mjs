// Starting and stopping `journeykit serve` and redis-server for the collaboration tests, and
// Hocuspocus clients in Node. Everything listens on 127.0.0.1 at free ports and is stopped by
// its own process id.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HocuspocusProvider } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { ClosableSocket } from '../../dist/collab/socket.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = path.join(repoRoot, 'bin', 'journeykit.js');

/**
 * Waits until `condition()` is true, checking every 25 ms, at most `tries` times; then fails
 * naming `what`. A bound on work, not a timed assertion: a slow machine only waits longer.
 */
export async function waitFor(condition, what, tries = 800) {
  for (let i = 0; i < tries; i++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`gave up waiting for ${what}`);
}

/** A free TCP port on 127.0.0.1 (for programs where port 0 means something else). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts `journeykit serve` with `args`; resolves once it prints where it listens. */
export function startServe(args, env = {}) {
  const child = spawn(process.execPath, [bin, 'serve', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const ready = new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const match = /on (ws:\/\/127\.0\.0\.1:(\d+))/.exec(stdout);
      if (match) resolve(match);
    });
    void exited.then(({ code }) => reject(new Error(`journeykit serve exited (${code}): ${stderr}`)));
  });
  return ready.then(([, url, port]) => ({
    url,
    port: Number(port),
    httpUrl: url.replace('ws://', 'http://'),
    stderr: () => stderr,
    /** Stops it with `signal` (SIGTERM: graceful; SIGKILL: a crash) and waits for the exit. */
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  }));
}

/**
 * A Hocuspocus client on `room` with its own Y.Doc, on the socket journeykit's connector uses
 * (one that stays closed once destroyed). `destroy()` closes both.
 */
export function connect(url, room, options = {}) {
  const doc = new Y.Doc();
  const socket = new ClosableSocket({ url, WebSocketPolyfill: WebSocket });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: room, document: doc, token: options.token ?? null });
  provider.attach();
  const failure = new Promise((resolve) => provider.on('authenticationFailed', ({ reason }) => resolve(reason)));
  return {
    doc,
    provider,
    socket,
    failure,
    synced: () => waitFor(() => provider.isSynced, `client on ${room} synced`),
    destroy() {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Where `redis-server` is, or `null`. */
export function findRedisServer() {
  const found = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : null;
}

/** Starts redis-server on a free loopback port, saving nothing to disk. */
export async function startRedis(redisServer) {
  const port = await freePort();
  const child = spawn(redisServer, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const ready = new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (/ready to accept connections/i.test(output)) resolve();
    });
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${output}`)));
  });
  await ready;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    port,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** GET a URL: status, headers and parsed JSON body. */
export async function getJson(url, init) {
  const response = await fetch(url, init);
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text === '' ? null : JSON.parse(text) };
}
