// `npm run check:size`: holds dist/journeykit.bundle.js (the one file CMS pages load) to its
// budget of 60 KiB gzip and prints its size. Over budget, or with --why, it also lists what the
// bundle is made of (an esbuild build of src/bundle.ts with a metafile: minified bytes per
// package or source folder, an approximation of Vite's output) so the fix can start somewhere.
import { readFileSync, statSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';

export const BUNDLE = 'dist/journeykit.bundle.js';
export const LIMIT_GZIP = 60 * 1024;

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
const over = gzip > LIMIT_GZIP;
const line = `check:size: ${BUNDLE} is ${kib(statSync(BUNDLE).size)}, ${kib(gzip)} gzip (budget ${kib(LIMIT_GZIP)}), ${kib(brotli)} brotli`;
if (over) console.error(`${line}: ${kib(gzip - LIMIT_GZIP)} OVER BUDGET`);
else console.log(`${line}: ok`);

if (over || process.argv.includes('--why')) await explain();
process.exitCode = over ? 1 : 0;

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
