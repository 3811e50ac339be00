// dist/journeykit.bundle.js, the CMS authors' one file: self-contained, defines all four elements
// from a plain <script type="module"> page, and survives a second copy on the page.
//
// `npm test` compiles with tsc only; this test builds the bundle with Vite itself when it is
// missing or older than the sources (a few seconds, see ensureBundle), so it never checks a
// stale bundle.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TAGS, browserProblems, definedVersion, ensureBundle, ensureCollabBundle, selfContainedProblems } from '../../scripts/check-bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

let code;

before(async () => {
  process.chdir(root);
  code = await ensureBundle();
});

describe('journeykit.bundle.js', () => {
  test('imports nothing: no bare specifier, no chunk, no asset beside it', () => {
    assert.deepEqual(selfContainedProblems(code), []);
  });

  test('the collaboration loader is the one sibling file allowed; any other import.meta.url or import() still counts', () => {
    const loader = 'A.collabModule=new URL(`./journeykit.collab.js`,import.meta.url).href;load=()=>import(/* @vite-ignore */ A.collabModule)';
    assert.deepEqual(selfContainedProblems(loader), []);
    assert.match(selfContainedProblems(`${loader};x=new URL("./icon.svg",import.meta.url)`).join(), /import\.meta\.url/);
    assert.match(selfContainedProblems(`${loader};A.collabModule=new URL("./other.js",import.meta.url).href`).join(), /import\.meta\.url/);
    assert.match(selfContainedProblems(`${loader};f=(u)=>import(u)`).join(), /dynamic import/);
    assert.match(selfContainedProblems(`${loader};import("./chunk.js")`).join(), /imports "\.\/chunk\.js"/);
  });

  test('journeykit.collab.js, beside it, imports nothing either; yjs is in it, not in the bundle', async () => {
    const collab = await ensureCollabBundle();
    assert.deepEqual(selfContainedProblems(collab), []);
    // Yjs's own warning against a second copy: a string only Yjs's code holds.
    const yjsMark = 'Yjs was already imported';
    assert.ok(collab.includes(yjsMark), 'journeykit.collab.js holds yjs');
    assert.ok(!code.includes(yjsMark), 'the bundle must not hold yjs (the viewer pays nothing for collaboration)');
  });

  test('stamps the package version on its elements', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    assert.equal(definedVersion(), pkg.version, 'src/define.ts VERSION must follow package.json');
  });

  test(`defines ${TAGS.join(', ')} from a plain module script; a second copy is skipped, another version warns`, async (t) => {
    const { problems, seen } = await browserProblems(code);
    for (const line of seen) t.diagnostic(line);
    assert.deepEqual(problems, []);
  });
});
