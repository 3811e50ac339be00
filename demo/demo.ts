// The demo: every sample journey in the map, with theme, language and density switchers, the
// validator's verdict, and the three building blocks on their own. With Edit on, the map is
// editable; edits are kept in localStorage per journey, and the journey can be downloaded.
import '../src/journey-map.js';
import type { JourneyMap } from '../src/components/journey-map/journey-map.js';
import { toCsv } from '../src/model/interop/index.js';
import { parseJourney, touchpointsFor, emotionScaleOf, type Journey } from '../src/model/index.js';

// Eager: the picker names each journey by its title, so every file is read up front (all small).
const glob = {
  samples: import.meta.glob<string>('../docs/examples/journeys/*.json', { query: '?raw', import: 'default', eager: true }),
  fixtures: import.meta.glob<string>('../test/fixtures/valid/*.json', { query: '?raw', import: 'default', eager: true }),
  invalid: import.meta.glob<string>('../test/fixtures/invalid/*.json', { query: '?raw', import: 'default', eager: true }),
  // The team's shared samples sit beside the clone in development; absent in a fresh clone.
  shared: import.meta.glob<string>('../../shared/fixtures/valid/*.json', { query: '?raw', import: 'default', eager: true }),
};

/**
 * The picker's sections, in order. The sample journeys (docs/examples/journeys, the ones the docs
 * link) come first; the project's test fixtures follow under labels that say what they are.
 */
const groups: [label: string, files: Record<string, string>][] = [
  ['Sample journeys', glob.samples],
  ['Team samples (../shared)', glob.shared],
  ['Test fixtures: edge cases', glob.fixtures],
  ['Test fixtures: invalid input (shows the errors)', glob.invalid],
];

/** The journey the demo opens on: the richest sample (five stages, three personas, a loop back). */
const DEFAULT_JOURNEY = 'winter-jacket.en';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const picker = byId<HTMLSelectElement>('journey-picker');
const map = byId<JourneyMap>('map');
const texts = new Map<string, string>();
const fileName = (path: string) => path.split('/').pop()!.replace(/\.json$/, '');

for (const [label, files] of groups) {
  const options = Object.entries(files).map(([path, text]) => {
    texts.set(path, text);
    const { journey } = parseJourney(text);
    const option = new Option(journey ? `${journey.title} (${journey.locale ?? fileName(path)})` : fileName(path), path);
    if (journey?.locale) option.lang = journey.locale;
    return option;
  });
  if (options.length === 0) continue;
  const group = document.createElement('optgroup');
  group.label = label;
  group.append(...options.sort((a, b) => a.text.localeCompare(b.text)));
  picker.append(group);
}

const requested = new URLSearchParams(location.search).get('journey') ?? DEFAULT_JOURNEY;
picker.value = [...texts.keys()].find((path) => fileName(path) === requested) ?? [...texts.keys()][0];

function show(path: string) {
  const saved = savedEdits(path);
  map.journey = saved ?? texts.get(path)!;
  restoredNotice.hidden = saved === null;
  report(saved ?? texts.get(path)!, path);
}

/** The validator's verdict on a journey's text, and the building blocks fed from it. */
function report(text: string, path: string) {
  const { journey, problems } = parseJourney(text);
  byId('problems-summary').textContent = problems.length
    ? `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${fileName(path)}.json`
    : 'No problems: the journey is valid.';
  byId('problems').replaceChildren(
    ...problems.map((problem) => {
      const item = document.createElement('li');
      item.className = problem.severity;
      item.textContent = `${problem.severity}: ${problem.path || '(document)'}: ${problem.message}`;
      return item;
    }),
  );
  if (journey) showBlocks(journey);
}

// Edits, kept per journey: the key names the sample's file, so each sample has its own.
const editsKey = (path: string) => `journeykit-demo:edits:${fileName(path)}`;
const restoredNotice = byId('restored-notice');

/** The edited journey saved for a sample, as JSON text; `null` when none (or no longer valid). */
function savedEdits(path: string): string | null {
  const text = storage(() => localStorage.getItem(editsKey(path)));
  if (!text) return null;
  const { journey, problems } = parseJourney(text);
  if (journey && !problems.some((problem) => problem.severity === 'error')) return text;
  storage(() => localStorage.removeItem(editsKey(path)));
  return null;
}

/** localStorage may be off (a privacy setting) or full: the demo then simply keeps nothing. */
function storage<T>(use: () => T): T | null {
  try {
    return use();
  } catch {
    return null;
  }
}

map.addEventListener('journey-change', (event) => {
  const text = JSON.stringify(event.detail.journey);
  const original = parseJourney(texts.get(picker.value)!).journey;
  updateTools();
  // An invalid sample leaves the journey before it on the map: its edits are not this sample's.
  if (!original) return;
  // Undone back to the sample as published: nothing to keep.
  if (text === JSON.stringify(original)) storage(() => localStorage.removeItem(editsKey(picker.value)));
  else storage(() => localStorage.setItem(editsKey(picker.value), text));
  report(text, picker.value);
});

byId('revert').addEventListener('click', () => {
  storage(() => localStorage.removeItem(editsKey(picker.value)));
  show(picker.value);
  applySwitches();
  // The notice and its button are gone: focus goes to the switch beside the map's content.
  editSwitch.focus();
});

const editSwitch = byId<HTMLInputElement>('edit-switch');
editSwitch.addEventListener('change', () => {
  map.editable = editSwitch.checked;
});

const undoButton = byId<HTMLButtonElement>('undo');
const redoButton = byId<HTMLButtonElement>('redo');
undoButton.addEventListener('click', () => map.undo());
redoButton.addEventListener('click', () => map.redo());

/** Undo and Redo follow the map's history; the downloads need a journey shown. */
function updateTools() {
  undoButton.disabled = !map.canUndo;
  redoButton.disabled = !map.canRedo;
  const shown = map.toJSON() !== null;
  byId<HTMLButtonElement>('download-json').disabled = !shown;
  byId<HTMLButtonElement>('download-csv').disabled = !shown;
}
for (const type of ['journey-load', 'journey-error'] as const) map.addEventListener(type, updateTools);

byId('download-json').addEventListener('click', () => {
  download(`${JSON.stringify(map, null, 2)}\n`, 'application/json', `${fileName(picker.value)}.json`);
});
byId('download-csv').addEventListener('click', () => {
  const journey = map.toJSON();
  if (journey) download(toCsv(journey), 'text/csv', `${fileName(picker.value)}.csv`);
});

/** Saves `text` as a file through the browser's download. */
function download(text: string, type: string, name: string) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // After the click has started the download.
  setTimeout(() => URL.revokeObjectURL(link.href));
}

/** The building blocks on their own, fed from the same journey. */
function showBlocks(journey: Journey) {
  const blocks = byId('blocks');
  const scale = emotionScaleOf(journey);
  const badges = (journey.personas ?? []).map((persona) => {
    const badge = document.createElement('persona-badge');
    badge.persona = persona;
    badge.details = true;
    return badge;
  });
  const cards = touchpointsFor(journey).slice(0, 4).map((touchpoint) => {
    const card = document.createElement('touchpoint-card');
    card.touchpoint = touchpoint;
    card.scale = scale;
    return card;
  });
  const curve = document.createElement('emotion-curve');
  curve.scale = scale;
  curve.points = touchpointsFor(journey).map((touchpoint) => ({
    id: touchpoint.id,
    label: touchpoint.title,
    value: touchpoint.emotion ?? Number.NaN,
    min: touchpoint.emotionRange?.min,
    max: touchpoint.emotionRange?.max,
  }));
  for (const element of [...badges, ...cards, curve]) {
    if (journey.locale) element.setAttribute('locale', journey.locale);
  }
  blocks.replaceChildren(...badges, ...cards, curve);
}

function applySwitches() {
  const theme = byId<HTMLSelectElement>('theme-picker').value;
  const locale = byId<HTMLSelectElement>('locale-picker').value;
  const density = byId<HTMLSelectElement>('density-picker').value;
  for (const element of [map, ...byId('blocks').children]) {
    element.setAttribute('theme', theme);
    if (locale) element.setAttribute('locale', locale);
    else if (element === map) element.removeAttribute('locale');
    if (element === map || element.localName === 'touchpoint-card') element.setAttribute('density', density);
  }
}

picker.addEventListener('change', () => {
  const url = new URL(location.href);
  url.searchParams.set('journey', fileName(picker.value));
  history.replaceState(null, '', url);
  show(picker.value);
  applySwitches();
});
for (const id of ['theme-picker', 'locale-picker', 'density-picker']) byId(id).addEventListener('change', applySwitches);

show(picker.value);
applySwitches();
