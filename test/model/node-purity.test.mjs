// journeykit/model runs in plain Node: no window, no document, no DOM types, and it never touches
// the __proto__ accessor (checked with --disable-proto=throw).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const modelDir = path.join(repoRoot, 'dist', 'model');

test('there is no DOM in this Node process', () => {
  assert.equal(typeof globalThis.window, 'undefined');
  assert.equal(typeof globalThis.document, 'undefined');
  assert.equal(typeof globalThis.HTMLElement, 'undefined');
});

test('dist/model/index.js imports and works without a DOM', async () => {
  const model = await import('../../dist/model/index.js');
  assert.equal(typeof model.parseJourney, 'function');
  const { journey, problems } = model.parseJourney('{"version":1,"title":"T","stages":[{"id":"s","name":"S"}],"touchpoints":[]}');
  assert.equal(journey.title, 'T');
  assert.equal(problems.length, 1);
  assert.deepEqual(model.lanesToShow(journey), ['touchpoints']);
});

test('the compiled model imports nothing but itself', () => {
  const files = readdirSync(modelDir, { recursive: true }).filter((f) => f.endsWith('.js'));
  assert.ok(files.some((f) => f.includes(path.sep)), 'the subfolders (edit, interop) are checked too');
  for (const file of files) {
    const code = readFileSync(path.join(modelDir, file), 'utf8');
    const imports = [...code.matchAll(/\bfrom\s+['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? m[2]);
    for (const spec of imports) {
      // The CSV reader's parser: a DOM-free runtime dependency.
      if (spec === 'd3-dsv' && file.startsWith(`interop${path.sep}`)) continue;
      // Relative, and still inside dist/model once resolved.
      assert.match(spec, /^\.\.?\/[\w./-]+\.js$/, `${file} imports ${spec}`);
      const target = path.resolve(modelDir, path.dirname(file), spec);
      assert.ok(target.startsWith(modelDir + path.sep), `${file} imports ${spec}, outside the model`);
    }
    // Code (comments stripped) must not name browser or Node globals.
    const body = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    assert.doesNotMatch(body, /\b(window|document|navigator|HTMLElement|customElements|process|require|Buffer)\b/, file);
  }
});

test('in a fresh Node with __proto__ disabled, every fixture parses the same', () => {
  const script = `
    import { parseJourney } from ${JSON.stringify(path.join(modelDir, 'index.js'))};
    import { readdirSync, readFileSync } from 'node:fs';
    const dir = ${JSON.stringify(path.join(repoRoot, 'test', 'fixtures', 'valid'))};
    const out = {};
    for (const f of readdirSync(dir)) out[f] = parseJourney(readFileSync(dir + '/' + f, 'utf8')).problems.filter((p) => p.severity === 'error').length;
    if (typeof window !== 'undefined' || typeof document !== 'undefined') throw new Error('DOM present');
    console.log(JSON.stringify(out));
  `;
  const child = spawnSync(process.execPath, ['--disable-proto=throw', '--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(child.status, 0, child.stderr);
  const counts = JSON.parse(child.stdout);
  assert.ok(Object.keys(counts).length > 0);
  for (const [file, n] of Object.entries(counts)) assert.equal(n, 0, file);
});
