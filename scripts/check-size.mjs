// `npm run check:size`: the size of dist/journeykit.bundle.js (the one file CMS pages load), gzip.
// One number: a ceiling just above the honest build's size (plain minification, no tree-shaking
// assumptions, no template-literal rewriting) that fails the run, so the bundle cannot grow
// unnoticed. The old 60 KiB target was withdrawn: it was met only by build options that changed
// what the code did. With --why it also lists what the bundle is made of (an esbuild build of
// src/bundle.ts with a metafile: minified bytes per package or source folder, an approximation of
// Vite's output).
import { readFileSync, statSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';

export const BUNDLE = 'dist/journeykit.bundle.js';
/**
 * Lower it when the bundle shrinks by a change the parity suite (test/packaging/parity) proves
 * safe; raise it only with a reason in the commit.
 */
export const CEILING_GZIP = 138 * 1024;

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

let code;
try {
  code = readFileSync(BUNDLE);
} catch {
  console.error(`check:size: ${BUNDLE} is missing; run \`npm run build\` first`);
  process.exit(1);
}
const gzip = gzipSync(code).length;
const brotli = brotliCompressSync(code).length;
const line = `check:size: ${BUNDLE} is ${kib(statSync(BUNDLE).size)}, ${kib(gzip)} gzip, ${kib(brotli)} brotli`;
if (gzip > CEILING_GZIP) {
  console.error(`${line}: OVER THE CEILING of ${kib(CEILING_GZIP)} by ${kib(gzip - CEILING_GZIP)}`);
} else console.log(`${line}: under the ${kib(CEILING_GZIP)} ceiling`);

if (gzip > CEILING_GZIP || process.argv.includes('--why')) await explain();
process.exitCode = gzip > CEILING_GZIP ? 1 : 0;

async function explain() {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: ['src/bundle.ts'],
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    tsconfig: 'tsconfig.json',
    metafile: true,
    write: false,
    outfile: 'size.js',
    logLevel: 'silent',
  });
  const inputs = Object.values(result.metafile.outputs)[0].inputs;
  const groups = new Map();
  for (const [file, { bytesInOutput }] of Object.entries(inputs)) {
    const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
    const key = inPackage ? inPackage[1] : file.split('/').slice(0, file.startsWith('src/components/') ? 3 : 2).join('/');
    groups.set(key, (groups.get(key) ?? 0) + bytesInOutput);
  }
  const total = [...groups.values()].reduce((a, b) => a + b, 0);
  console.log('What the bundle is made of (esbuild-minified bytes, before gzip):');
  for (const [key, bytes] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, 16)) {
    console.log(`  ${kib(bytes).padStart(9)} ${((bytes / total) * 100).toFixed(0).padStart(3)} %  ${key}`);
  }
}
