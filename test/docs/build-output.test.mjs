// `npm run build` prints no warnings: a newcomer's first build must be clean, and a warning that
// is always there hides the one that matters (the template-literal minifier printed seven
// "Invalid character(s)" warnings on every build). The bundle step runs as build.mjs runs it
// (`vite build --logLevel warn`), written to a temporary folder so dist/ is left alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

test('vite build of the bundle prints nothing at --logLevel warn', () => {
  const outDir = mkdtempSync(path.join(tmpdir(), 'journeykit-build-'));
  try {
    const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', outDir], { cwd: root, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(`${result.stdout}${result.stderr}`.trim(), '', 'the build printed warnings');
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
});
