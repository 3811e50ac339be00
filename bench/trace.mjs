// Reads a Chromium trace of one cold load (bench/cold.mjs) and says where the main thread's time
// went between navigation start and the painted map: by timeline category (from trace events)
// and, from the V8 sampling profile in the same trace, by first-use cost, source module and
// function (against the unminified build, whose `// src/…` lines mark each module).

/** Trace categories: the timeline, V8's compile and GC events and its sampling profiler. */
export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'disabled-by-default-v8.compile',
  'disabled-by-default-v8.gc',
  'blink',
  'blink.user_timing',
  'loading',
  'disabled-by-default-v8.cpu_profiler',
];

/** Timeline categories by event name; an unnamed event's time goes to its nearest named parent. */
const CATEGORY_OF = [
  [/^ParseHTML$/, 'HTML parsing'],
  [/^v8\.compile|^V8\.Compile|^v8\.produce|^V8\.Parse|^v8\.parse/i, 'script compile'],
  [/^v8\.evaluateModule$|^EvaluateScript$/, 'module and script evaluation'],
  [/^(FunctionCall|v8\.callFunction|v8\.callAsConstructor|RunMicrotasks|FireAnimationFrame|TimerFire|EventDispatch|v8\.run)$/, 'script after evaluation (rendering)'],
  [/^(UpdateLayoutTree|ParseAuthorStyleSheet|CSSParserImpl::parseStyleSheet|Document::updateStyle)$/, 'style'],
  [/^Layout$/, 'layout'],
  [/^(Paint|PrePaint|Layerize|PaintArtifactCompositor::Update|LocalFrameView::RunPaintLifecyclePhase|UpdateLayer|CompositeLayers|Commit)$/, 'paint'],
  [/^(MinorGC|MajorGC|V8\.GC|BlinkGC)/, 'garbage collection'],
];
export const CATEGORIES = [...new Set(CATEGORY_OF.map(([, name]) => name)), 'other (loading, tasks)'];

const categoryOf = (name) => CATEGORY_OF.find(([pattern]) => pattern.test(name))?.[1];

/** The main thread of the cold page and the trace time (µs) of its navigation start. */
function mainThread(events) {
  const start = events.find((e) => e.name === 'navigationStart' && /\/cold\//.test(e.args?.data?.documentLoaderURL ?? ''));
  if (!start) throw new Error('trace: no navigationStart of a cold page');
  return { pid: start.pid, tid: start.tid, from: start.ts };
}

/**
 * Busy time per timeline category (ms) on the main thread from navigation start to `painted` ms
 * later: each complete event's self time (its duration less its children's) counts for its own
 * category, or its nearest categorised parent's, or "other".
 */
export function timelineBreakdown(trace, painted) {
  const events = trace.traceEvents ?? trace;
  const { pid, tid, from } = mainThread(events);
  const to = from + painted * 1000;
  const slices = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur > 0 && e.ts < to && e.ts + e.dur > from)
    .map((e) => ({ name: e.name, start: Math.max(from, e.ts), end: Math.min(to, e.ts + e.dur) }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const totals = Object.fromEntries(CATEGORIES.map((c) => [c, 0]));
  const stack = [];
  const close = (slice) => {
    totals[slice.category] += (slice.end - slice.start - slice.children) / 1000;
  };
  for (const slice of slices) {
    while (stack.length > 0 && stack.at(-1).end <= slice.start) close(stack.pop());
    const parent = stack.at(-1);
    slice.children = 0;
    slice.category = categoryOf(slice.name) ?? parent?.category ?? 'other (loading, tasks)';
    if (parent) parent.children += Math.min(slice.end, parent.end) - slice.start;
    stack.push(slice);
  }
  while (stack.length > 0) close(stack.pop());
  totals.busy = Object.values(totals).reduce((a, b) => a + b, 0);
  totals.idle = painted - totals.busy;
  return totals;
}

/**
 * First-use costs, recognised by the source line a sample was executing (1-based `lines` of the
 * profile), or by the function a sample's stack passes through.
 */
const FIRST_USE = [
  { name: 'Intl object construction (`new Intl.…`)', line: /new Intl\.(\w+)/ },
  { name: 'constructable style sheets (`new CSSStyleSheet`, `replaceSync`)', line: /new CSSStyleSheet|replaceSync/, native: /^replaceSync$|^CSSStyleSheet$/ },
  { name: 'computed-style reads (`getComputedStyle`, `getPropertyValue`)', line: /getComputedStyle|getPropertyValue/, native: /^getComputedStyle$|^getPropertyValue$/ },
  // lit-html prepares each html`` template once: scans its strings, parses a <template>.
  { name: 'Lit template preparation (first use of each template)', frame: /constructor\(\{ strings: \w+, _\$litType\$/ },
];

/** The source module (`src/…` or a package file) of each line of the unminified bundle. */
export function moduleIndex(bundleText) {
  const lines = bundleText.split('\n');
  const modules = [];
  let current = '(bundle)';
  for (const line of lines) {
    const marker = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(line);
    if (marker) current = marker[1].replace(/^node_modules\//, '');
    modules.push(current);
  }
  return { lines, modules };
}

/**
 * Where the sampled main-thread time went (ms) from navigation start to `painted`: first-use
 * costs, self time by source module and by function, DOM calls, the browser's own work (style,
 * layout, paint, parsing: "(program)") and garbage collection.
 */
export function profileBreakdown(trace, painted, index) {
  const events = trace.traceEvents ?? trace;
  const { pid, from } = mainThread(events);
  const to = from + painted * 1000;
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid);
  if (!profile) throw new Error('trace: no CPU profile for the page');
  const nodes = new Map();
  const samples = [];
  let time = profile.args.data.startTime;
  for (const chunk of events.filter((e) => e.name === 'ProfileChunk' && e.pid === pid && e.id === profile.id)) {
    const data = chunk.args.data;
    for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    (data.cpuProfile?.samples ?? []).forEach((id, i) => {
      time += data.timeDeltas[i];
      samples.push({ id, time, line: data.lines?.[i] });
    });
  }
  const firstUse = Object.fromEntries(FIRST_USE.map((probe) => [probe.name, 0]));
  const modules = new Map();
  const functions = new Map();
  const other = new Map();
  const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
  const sourceLine = (line) => (line > 0 ? (index.lines[line - 1] ?? '') : '');
  samples.forEach((sample, i) => {
    const next = samples[i + 1];
    if (!next || sample.time < from || sample.time >= to) return;
    const ms = (next.time - sample.time) / 1000;
    const leaf = nodes.get(sample.id);
    const frame = leaf.callFrame;
    const stack = [];
    for (let node = leaf; node; node = nodes.get(node.parent)) stack.push(node.callFrame);
    const probe = FIRST_USE.find(
      (p) =>
        (p.line && frame.url && p.line.test(sourceLine(sample.line))) ||
        (p.native && !frame.url && p.native.test(frame.functionName)) ||
        (p.frame && stack.some((f) => f.url && p.frame.test(index.lines[f.lineNumber] ?? ''))),
    );
    if (probe) firstUse[probe.name] += ms;
    if (frame.functionName.startsWith('(')) {
      add(other, frame.functionName, ms);
      return;
    }
    // A DOM call (no URL) counts for the module of the script that made it.
    const caller = frame.url ? frame : stack.find((f) => f.url);
    const module = caller?.url?.includes('/trace-build/') ? index.modules[caller.lineNumber] : caller ? 'page script' : '(none)';
    add(modules, module, ms);
    add(functions, frame.url ? `${frame.functionName || '(anonymous)'} (${module})` : `${frame.functionName} (DOM, from ${module})`, ms);
  });
  return { firstUse, modules, functions, other };
}
