// `npm run check:package`: is the package fit to publish? Runs after `npm run build`:
//   check:manifest  custom-elements.json matches the elements' JSDoc
//   publint         package.json fields and files, strictly (warnings fail too)
//   attw            every entry point's types resolve for ESM consumers (node16 and bundlers)
//   check:size      dist/journeykit.bundle.js under its gzip ceiling (and against the 60 KiB target)
//   check:bundle    the bundle stands alone, defines the four elements, loads twice cleanly
// Every step runs even when an earlier one fails; the summary lists them all.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);
const STEPS = [
  ['check:manifest', process.execPath, ['scripts/check-manifest.mjs']],
  ['publint', bin('publint'), ['--strict']],
  ['attw', bin('attw'), ['--pack', '.', '--profile', 'esm-only']],
  ['check:size', process.execPath, ['scripts/check-size.mjs']],
  ['check:bundle', process.execPath, ['scripts/check-bundle.mjs']],
];

const results = [];
for (const [name, command, args] of STEPS) {
  console.log(`\n> ${name}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  results.push([name, status === 0]);
}
console.log('\ncheck:package');
for (const [name, ok] of results) console.log(`  ${ok ? 'ok  ' : 'FAIL'}  ${name}`);
process.exitCode = results.every(([, ok]) => ok) ? 0 : 1;
