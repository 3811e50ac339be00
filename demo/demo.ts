// The demo: every sample journey in the map, with theme, language and density switchers, the
// validator's verdict, and the three building blocks on their own.
import '../src/journey-map.js';
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
const map = byId<HTMLElement & { journey: unknown }>('map');
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
  const text = texts.get(path)!;
  map.journey = text;
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
