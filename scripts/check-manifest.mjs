// `npm run check:manifest`: fails when the committed custom-elements.json is not what
// `npm run analyze` makes from the current JSDoc. Regenerates into a temporary folder (the
// analyzer's --outdir) and compares; on a difference it names what changed and how to fix it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const COMMITTED = 'custom-elements.json';

process.exitCode = check();

function check() {
  const temp = mkdtempSync(join(tmpdir(), 'journeykit-cem-'));
  try {
    // The analyzer joins --outdir onto the working directory, so it must be relative.
    const result = spawnSync(
      process.execPath,
      [
        'node_modules/@custom-elements-manifest/analyzer/cem.js',
        'analyze',
        '--config',
        'custom-elements-manifest.config.mjs',
        '--outdir',
        relative(process.cwd(), temp),
        '--quiet',
      ],
      { encoding: 'utf8' },
    );
    if (result.status !== 0) {
      process.stderr.write(result.stdout + result.stderr);
      console.error('check:manifest: the analyzer failed');
      return 1;
    }
    const fresh = readFileSync(join(temp, 'custom-elements.json'), 'utf8');
    let committed;
    try {
      committed = readFileSync(COMMITTED, 'utf8');
    } catch {
      console.error(`check:manifest: ${COMMITTED} is missing. Run \`npm run analyze\` and commit it.`);
      return 1;
    }
    if (fresh === committed) {
      console.log(`check:manifest: ${COMMITTED} is up to date`);
      return 0;
    }
    console.error(`check:manifest: ${COMMITTED} is stale: the elements' JSDoc says something else now.`);
    for (const line of differences(JSON.parse(committed), JSON.parse(fresh)).slice(0, 20)) console.error(`  ${line}`);
    console.error('Run `npm run analyze` and commit custom-elements.json.');
    return 1;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/** Paths (like `modules[4].declarations[0].cssParts`) where two JSON values differ, shallowest first. */
function differences(a, b, path = '') {
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  const bothObjects = a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b);
  if (!bothObjects) return [`${path || '(root)'}: ${short(a)} → ${short(b)}`];
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.flatMap((key) => differences(a[key], b[key], Array.isArray(a) ? `${path}[${key}]` : path ? `${path}.${key}` : key));
}

function short(value) {
  const text = JSON.stringify(value) ?? 'nothing';
  return text.length > 70 ? `${text.slice(0, 69)}…` : text;
}
