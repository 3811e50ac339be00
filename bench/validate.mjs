// Validation time per megabyte (issue #15): parseJourney on 0.3, 1 and 3 MB of the hostile shape
// (empty touchpoints, three errors each) and of a valid journey. Linear time shows as a flat
// ms/MB column. Run after `npx tsc -p tsconfig.build.json`: node bench/validate.mjs
import { parseJourney } from '../dist/model/index.js';
import { generateJourney } from './generate.mjs';
import { emptyTouchpoints } from '../test/fixtures/hostile/index.mjs';

const SIZES_MB = [0.3, 1, 3];
const RUNS = 5;

/** The smallest text of `make(n)` at least `mb` megabytes long (n doubled, then bisected). */
function textOfSize(make, mb) {
  const target = mb * 1024 * 1024;
  let lo = 1;
  let hi = 1;
  while (make(hi).length < target) [lo, hi] = [hi, hi * 2];
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (make(mid).length < target) lo = mid + 1;
    else hi = mid;
  }
  return make(hi);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const shapes = [
  ['hostile: empty touchpoints', (n) => emptyTouchpoints(n)],
  ['valid journey', (n) => JSON.stringify(generateJourney(n))],
];

console.log('shape                        size     median ms   ms/MB  problems  heap MB');
for (const [name, make] of shapes) {
  for (const mb of SIZES_MB) {
    const text = textOfSize(make, mb);
    let result = parseJourney(text); // warm-up: the first run also compiles
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      result = parseJourney(text);
      times.push(performance.now() - start);
    }
    const ms = median(times);
    const size = text.length / 1024 / 1024;
    const heap = process.memoryUsage().heapUsed / 1024 / 1024;
    console.log(`${name.padEnd(28)} ${size.toFixed(2).padStart(5)} MB ${ms.toFixed(0).padStart(9)} ${(ms / size).toFixed(0).padStart(7)} ${String(result.problems.length).padStart(9)} ${heap.toFixed(0).padStart(8)}`);
  }
}
