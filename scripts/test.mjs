// `npm test`: the model and CLI in Node (against the compiled package), then every element in
// headless Chromium. Finds (or installs) Chromium first so a fresh machine needs nothing else.
import { spawnSync } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';

function run(command, args) {
  console.log(`\n> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

try {
  process.env.CHROME_PATH = findChromium();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const extra = process.argv.slice(2);
run(npx, ['tsc', '-p', 'tsconfig.build.json']);
run(process.execPath, ['--test', 'test/']);
run(npx, ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...extra]);
