// The benchmark's HTTP server on 127.0.0.1: the repository's files, the cold-load pages
// (/cold/<kind>/<size>, bench/cold.mjs) and the unminified trace build (/trace-build/…).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { coldPage } from './cold.mjs';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };
const TRACE_PREFIX = '/trace-build/';

/** Starts the server; resolves with its origin and a `close` function. */
export async function startServer(root, traceBuildDir) {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://x');
    const path = normalize(decodeURIComponent(url.pathname));
    const cold = /^\/cold\/(\w+)\/(\d+)$/.exec(path);
    if (cold) {
      const bundle = url.searchParams.has('unminified') ? `${TRACE_PREFIX}journeykit.bundle.js` : undefined;
      response.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' });
      response.end(coldPage(cold[1], Number(cold[2]), bundle));
      return;
    }
    const file = path.startsWith(TRACE_PREFIX) ? join(traceBuildDir, path.slice(TRACE_PREFIX.length)) : join(root, path);
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
