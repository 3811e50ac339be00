// Collaboration: 20 clients make 50 edits each against one `journeykit serve` room; how long
// until every client holds the same journey, and how many bytes of Yjs update each edit costs.
// `npm run bench` (bench/run.mjs) puts its section in docs/benchmarks.md; alone it prints that
// section. Run: npx tsc -p tsconfig.build.json && node bench/collab.mjs
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { HocuspocusProvider } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { applyOpsToDoc, docToJson, journeyToDoc } from '../dist/collab/index.js';
import { createCollabServer } from '../dist/collab/server/index.js';

const CLIENTS = 20;
const EDITS = 50;

const journey = {
  version: 1,
  title: 'Benchmark journey',
  stages: [{ id: 's1', name: 'Stage 1' }, { id: 's2', name: 'Stage 2' }],
  touchpoints: Array.from({ length: CLIENTS }, (_, i) => ({ id: `t${i}`, stage: i % 2 ? 's2' : 's1', title: `Touchpoint ${i}`, emotion: 0, actions: [] })),
};

const until = async (condition) => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
};

/** Runs the 20 × 50 edits against a fresh server; resolves to the times (ms) and sizes (bytes). */
export async function measureCollab() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'journeykit-bench-'));
  const server = await createCollabServer({ dataDir, port: 0, maxMessagesPerWindow: 100_000 });
  await server.listen();

  const clients = Array.from({ length: CLIENTS }, () => {
    const doc = new Y.Doc();
    const provider = new HocuspocusProvider({ url: server.webSocketUrl, name: 'bench', document: doc, WebSocketPolyfill: WebSocket });
    return { doc, provider, updateBytes: 0 };
  });
  await until(() => clients.every((c) => c.provider.isSynced));
  journeyToDoc(journey, clients[0].doc);
  await until(() => clients.every((c) => c.doc.getMap('journey').size > 0));
  for (const c of clients) c.doc.on('update', (update, origin) => origin === 'edit' && (c.updateBytes += update.byteLength));

  const start = performance.now();
  // Each client edits its own touchpoint and the shared title: field-level merges and same-field conflicts.
  for (let round = 0; round < EDITS; round++) {
    for (const [i, c] of clients.entries()) {
      const ops = round % 5 === 4
        ? [{ op: 'replace', path: '/title', value: `Title by ${i} in round ${round}` }]
        : round % 2
          ? [{ op: 'replace', path: `/touchpoints/${i}/emotion`, value: (round % 7) - 3 }]
          : [{ op: 'add', path: `/touchpoints/${i}/actions/-`, value: `Action ${round}` }];
      const result = applyOpsToDoc(c.doc, ops, 'edit');
      if (!result.applied) throw new Error(JSON.stringify(result.problems));
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  const sent = performance.now();
  const same = () => {
    const first = JSON.stringify(docToJson(clients[0].doc));
    return clients.every((c) => JSON.stringify(docToJson(c.doc)) === first);
  };
  await until(() => clients.every((c) => Y.encodeStateVector(c.doc).toString() === Y.encodeStateVector(clients[0].doc).toString()) && same());
  const converged = performance.now();

  for (const c of clients) c.provider.destroy();
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
  return {
    sentMs: sent - start,
    convergedMs: converged - start,
    bytesPerEdit: clients.reduce((n, c) => n + c.updateBytes, 0) / (CLIENTS * EDITS),
    stateBytes: Y.encodeStateAsUpdate(clients[0].doc).byteLength,
  };
}

/** The "Collaboration" section of docs/benchmarks.md. */
export function collabSection(result) {
  const collab = readFileSync(new URL('../dist/journeykit.collab.js', import.meta.url));
  return `## Collaboration

${CLIENTS} Hocuspocus clients in one Node process, on one \`journeykit serve\` room on loopback
(\`bench/collab.mjs\`), make ${EDITS} edits each through \`applyOpsToDoc\`: each their own touchpoint
(an action added, the emotion changed) and, every fifth round, the shared title (same-field
conflicts). "Converged": every client holds the same Yjs state and the same journey. Bytes are
the Yjs updates the edits produced, as sent. Measured ${new Date().toISOString().slice(0, 10)} on
${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}, load average ${loadavg()[0].toFixed(1)} when done.

| clients × edits | edits sent in | converged after | Yjs update bytes per edit | document state after |
|---|---|---|---|---|
| ${CLIENTS} × ${EDITS} | ${result.sentMs.toFixed(0)} ms | ${result.convergedMs.toFixed(0)} ms | ${result.bytesPerEdit.toFixed(1)} B | ${(result.stateBytes / 1024).toFixed(1)} KiB |

\`dist/journeykit.collab.js\` (what \`<journey-map collab>\` loads on demand beside the bundle: yjs,
y-protocols, the Hocuspocus provider and the binding, minified): ${(collab.length / 1024).toFixed(1)} KiB,
${(gzipSync(collab).length / 1024).toFixed(1)} KiB gzip. Pages without \`collab\` never load it.

`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(collabSection(await measureCollab()));
