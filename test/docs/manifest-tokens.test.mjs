// Every element's manifest entry (and so its Storybook page and editor data) lists the `--jk-*`
// theme tokens its styles read, with the defaults of src/theme/tokens.ts: added by the analyzer
// config from the token table, so the docs cannot drift from it.
//
// Needs `tsc -p tsconfig.build.json` (npm test runs it first) for the compiled token table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { TOKENS } = await import(pathToFileURL(path.join(root, 'dist', 'theme', 'tokens.js')).href);
const manifest = JSON.parse(readFileSync(path.join(root, 'custom-elements.json'), 'utf8'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);

test('each element lists every token its own styles read, with its light default', () => {
  assert.equal(elements.length, 5);
  for (const element of elements) {
    const folder = path.join(root, 'src', 'components', element.tagName);
    const styles = readdirSync(folder).filter((f) => f.endsWith('.styles.ts')).map((f) => readFileSync(path.join(folder, f), 'utf8')).join('\n');
    const read = new Set([...styles.matchAll(/--_jk-([a-z0-9-]*[a-z0-9])/g)].map((m) => m[1]).filter((name) => name in TOKENS));
    assert.ok(read.size > 5, `${element.tagName} reads tokens`);
    const listed = new Map(element.cssProperties.map((p) => [p.name, p]));
    for (const name of read) {
      assert.ok(listed.has(`--jk-${name}`), `${element.tagName} lists --jk-${name}`);
      assert.equal(listed.get(`--jk-${name}`).default, TOKENS[name].light, `${element.tagName} --jk-${name} default`);
    }
  }
});

test('<journey-map> lists the tokens of the elements it draws with', () => {
  const names = (tag) => new Set(elements.find((e) => e.tagName === tag).cssProperties.map((p) => p.name).filter((n) => n.slice(5) in TOKENS));
  const map = names('journey-map');
  for (const inner of ['emotion-curve', 'persona-badge', 'touchpoint-card']) {
    for (const name of names(inner)) assert.ok(map.has(name), `journey-map lists ${name} (from <${inner}>)`);
  }
});
