// `npm run build`: the npm entry points (ESM + .d.ts) with tsc, the one-file bundle and the
// collaboration module beside it with Vite, then
// the editor and JSX integrations generated from custom-elements.json (scripts/build-integrations.mjs).
import { spawnSync } from 'node:child_process';
import { rmSync, statSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { buildIntegrations } from './build-integrations.mjs';

function run(command, args) {
  console.log(`> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

rmSync('dist', { recursive: true, force: true });
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('npx', ['vite', 'build', '--logLevel', 'warn']);
// The collaboration module the bundle loads on demand, a second self-contained file beside it.
run('npx', ['vite', 'build', '--config', 'vite.collab.config.ts', '--logLevel', 'warn']);

for (const file of ['dist/journeykit.bundle.js', 'dist/journeykit.collab.js']) {
  const gzip = gzipSync(readFileSync(file)).length;
  console.log(`${file}: ${(statSync(file).size / 1024).toFixed(1)} KiB, ${(gzip / 1024).toFixed(1)} KiB gzip`);
}

console.log('> editor and JSX integrations from custom-elements.json');
for (const path of await buildIntegrations()) console.log(`  ${path}`);
