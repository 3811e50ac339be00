// Editing at scale (issue #12): an editable <journey-map> of 1000 touchpoints, 100 consecutive
// keyboard moves (Alt+Right on the first touchpoint, which walks through its stage and into the
// next), then 100 undos (Ctrl+Z). Each is timed from the key event until the change is committed
// (`journey-change`, fired after the render that shows it), every nested element has updated,
// style and layout are done, plus the main thread's work in the frame that follows through
// paint, as bench/page.js times interactions. Goal: one frame (16 ms).
//
// `npm run bench` runs it among the rest (bench/run.mjs). Alone, on the dist/ already built:
//   node bench/editing.mjs    measures and rewrites the "Editing" section of docs/benchmarks.md
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { ms, percentile, runAlone, summary, verdict, withSection } from './frame-goal.mjs';
import { generateJourney } from './generate.mjs';

export const EDIT_SIZE = 1000;
export const EDIT_STEPS = 100;
export const EDIT_RUNS = Number(process.env.BENCH_EDIT_RUNS ?? 3);

/**
 * In the page (bench/page.html): renders `journey` in an editable map, then presses Alt+Right
 * `steps` times on its first touchpoint and Ctrl+Z as often. Resolves with ms per key press.
 */
async function editRound(journey, steps) {
  const stage = document.getElementById('stage');
  const frame = () => new Promise(requestAnimationFrame);
  const litElements = (root, found = []) => {
    for (const element of root.querySelectorAll('*')) {
      if ('updateComplete' in element) found.push(element);
      if (element.shadowRoot) litElements(element.shadowRoot, found);
    }
    return found;
  };
  const settled = async () => {
    for (let previous = -1; ; ) {
      const elements = litElements(stage);
      await Promise.all(elements.map((element) => element.updateComplete));
      if (elements.length === previous && !elements.some((element) => element.isUpdatePending)) return;
      previous = elements.length;
    }
  };
  /** The main thread's work in the next frame: its callbacks, style, layout and paint (bench/page.js). */
  const { nextFrameWork } = window;

  stage.replaceChildren();
  const map = document.createElement('journey-map');
  map.editable = true;
  map.journey = journey;
  stage.append(map);
  // The editing code loads on demand; the grid names the editing keys once it has.
  while (!map.shadowRoot?.getElementById('editing-hint')) await frame();
  await settled();
  map.focusTouchpoint(journey.touchpoints[0].id);
  await frame();

  const press = async (init) => {
    const work = nextFrameWork();
    const changed = new Promise((resolve, reject) => {
      map.addEventListener('journey-change', resolve, { once: true });
      setTimeout(() => reject(new Error(`no journey-change after ${JSON.stringify(init)}`)), 10_000);
    });
    const start = performance.now();
    map.shadowRoot.activeElement.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, composed: true, cancelable: true, ...init }));
    await changed;
    committed.push(performance.now() - start);
    await settled();
    void stage.getBoundingClientRect().height;
    const ms = performance.now() - start;
    return ms + (await work);
  };
  let committed = [];
  const times = { move: [], undo: [] };
  for (let i = 0; i < steps; i++) times.move.push(await press({ key: 'ArrowRight', altKey: true }));
  times.moveCommitted = committed;
  committed = [];
  await frame();
  for (let i = 0; i < steps; i++) times.undo.push(await press({ key: 'z', ctrlKey: true }));
  times.undoCommitted = committed;
  // Every move undone: the journey is the one given again (else something was not measured).
  if (JSON.stringify(map.toJSON().touchpoints.map((t) => t.id)) !== JSON.stringify(journey.touchpoints.map((t) => t.id))) {
    throw new Error('the undos did not bring the journey back');
  }
  return times;
}

/** Runs the rounds in `page` (on bench/page.html); resolves with median, p95 and max per kind of key press. */
export async function measureEditing(page, { size = EDIT_SIZE, steps = EDIT_STEPS, runs = EDIT_RUNS } = {}) {
  const journey = generateJourney(size);
  const all = { move: [], undo: [], moveCommitted: [], undoCommitted: [] };
  for (let run = 0; run < runs; run++) {
    const times = await page.evaluate(editRound, journey, steps);
    for (const [kind, values] of Object.entries(times)) all[kind].push(...values);
  }
  const result = {
    size,
    steps,
    runs,
    move: { ...summary(all.move), count: all.move.length, committed: percentile(all.moveCommitted, 50) },
    undo: { ...summary(all.undo), count: all.undo.length, committed: percentile(all.undoCommitted, 50) },
    // Other work on the machine inflates the times: the report says how busy it was.
    load: loadavg()[0],
    cores: availableParallelism(),
  };
  for (const kind of ['move', 'undo']) {
    const s = result[kind];
    console.log(`editing ${size}, ${kind}: median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, max ${s.max.toFixed(1)} ms`);
  }
  return result;
}

/** The "Editing" section of docs/benchmarks.md. */
export function editingSection(result) {
  const rows = [
    ['Alt+Right: move a touchpoint', result.move],
    ['Ctrl+Z: undo a move', result.undo],
  ].map(([what, s]) => `| ${what} | ${ms(s.median)} | ${ms(s.committed)} | ${ms(s.p95)} | ${ms(s.max)} | ${verdict(s)} |`);
  return `## Editing

An editable map of ${result.size} touchpoints, rendered afresh for each of ${result.runs} rounds (\`bench/editing.mjs\`):
${result.steps} consecutive Alt+Right presses on the first touchpoint (it walks through its stage and on into
the next), then ${result.steps} Ctrl+Z. Each is timed from the key event until the change is committed
(\`journey-change\`, fired after the render that shows it) and every nested element has updated,
with style and layout, plus the main thread's work in the frame that follows through paint, as
the interactions above. Every press changes the journey: it is validated, diffed into a patch,
recorded for undo and re-laid out. ${result.move.count} presses of each kind. "Until committed": the
median time from the key to \`journey-change\` alone (the edit, its validation and the render).
Load average at the end of the run: ${result.load.toFixed(1)} on ${result.cores} cores.

| key press | median | until committed (median) | p95 | max | within one frame (16 ms) |
|---|---|---|---|---|---|
${rows.join('\n')}
`;
}

/** Puts `section` in place of the page's "Editing" section (or before "Long tasks" when it has none). */
export const withEditingSection = (markdown, section) => withSection(markdown, 'Editing', section, { before: 'Long tasks' });

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await runAlone(measureEditing, (markdown, result) => withEditingSection(markdown, editingSection(result)));
  console.log('wrote the Editing section of docs/benchmarks.md');
}
