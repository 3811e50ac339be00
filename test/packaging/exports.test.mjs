// package.json as consumers and bundlers read it: `sideEffects` names exactly the modules that
// define elements (a bundler drops an unlisted module imported for its side effect, and with it
// the element), the entry points resolve, and `journeykit/model` runs without a DOM.
//
// Needs `tsc -p tsconfig.build.json` (npm test runs it first). publint and attw check the packed
// package further (`npm run check:package`).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const src = (file) => readFileSync(path.join(root, 'src', file), 'utf8');

/** Top-level src/*.ts modules that define an element, directly or through a side-effect import. */
function definingModules() {
  const modules = readdirSync(path.join(root, 'src')).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
  const defines = new Set(modules.filter((f) => /\bdefineElement\(|customElements\.define\(/.test(src(f)) && f !== 'define.ts'));
  for (let grew = true; grew; ) {
    grew = false;
    for (const f of modules) {
      if (defines.has(f)) continue;
      const imports = [...src(f).matchAll(/^(?:import|export \*(?: as \w+)? from) '\.\/([\w-]+)\.js';/gm)].map((m) => `${m[1]}.ts`);
      if (imports.some((i) => defines.has(i))) {
        defines.add(f);
        grew = true;
      }
    }
  }
  return [...defines].sort();
}

describe('package.json', () => {
  test('sideEffects names exactly the modules that define elements (source and compiled) and the bundle', () => {
    const expected = [
      ...definingModules().flatMap((f) => [`./src/${f}`, `./dist/${f.replace(/\.ts$/, '.js')}`]),
      './dist/journeykit.bundle.js',
    ].sort();
    assert.deepEqual([...pkg.sideEffects].sort(), expected);
  });

  test('no module below src/components defines an element itself (they would need listing)', () => {
    const offenders = [];
    const walk = (dir) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (/\bdefineElement\(|customElements\.define\(/.test(readFileSync(file, 'utf8'))) offenders.push(path.relative(root, file));
      }
    };
    walk(path.join(root, 'src', 'components'));
    assert.deepEqual(offenders, []);
  });

  test('the compiled entry points exist; types and main agree with exports["."]', () => {
    for (const [entry, target] of Object.entries(pkg.exports)) {
      const files = typeof target === 'string' ? [target] : Object.values(target);
      for (const file of files) {
        const builtByVite = file.includes('journeykit.bundle') || file.includes('journeykit.collab') || file.includes('/types/') || file.includes('vscode.');
        if (!builtByVite) assert.ok(existsSync(path.join(root, file)), `${entry} → ${file} is missing`);
        assert.ok(pkg.files.some((f) => file.replace(/^\.\//, '').startsWith(f)) || file === './package.json', `${file} is not in "files"`);
      }
    }
    assert.equal(pkg.types, pkg.exports['.'].types);
    assert.equal(pkg.main, pkg.exports['.'].default);
    assert.equal(pkg.type, 'module');
    assert.ok(existsSync(path.join(root, pkg.customElements)) && pkg.files.includes(pkg.customElements));
    for (const tag of ['journey-map', 'emotion-curve', 'persona-badge', 'touchpoint-card', 'opportunity-matrix']) assert.ok(pkg.exports[`./${tag}.js`], tag);
  });

  test('journeykit/model loads in Node, without a DOM', async () => {
    assert.equal(typeof globalThis.HTMLElement, 'undefined');
    const model = await import('journeykit/model');
    const { journey, problems } = model.parseJourney('{"version":1,"title":"T","stages":[{"id":"s","name":"S"}],"touchpoints":[]}');
    assert.equal(journey?.title, 'T');
    assert.deepEqual(problems.filter((p) => p.severity === 'error'), []);
  });

  test('journeykit/model/interop converts Mermaid and CSV in Node, without a DOM', async () => {
    const { fromMermaid, toCsv } = await import('journeykit/model/interop');
    const { journey } = fromMermaid('journey\n  title Day\n  section Work\n    Make tea: 5: Me');
    assert.equal(journey?.title, 'Day');
    assert.match(toCsv(journey), /Make tea/);
  });
});
