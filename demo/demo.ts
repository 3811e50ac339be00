// The demo: every sample journey in the map, with theme, language and density switchers, the
// validator's verdict, and the three building blocks on their own.
import '../src/journey-map.js';
import { parseJourney, touchpointsFor, emotionScaleOf, type Journey } from '../src/model/index.js';

const projectSamples = import.meta.glob<string>('../test/fixtures/valid/*.json', { query: '?raw', import: 'default' });
const projectInvalid = import.meta.glob<string>('../test/fixtures/invalid/*.json', { query: '?raw', import: 'default' });
// The team's shared samples (six languages) sit beside the clone in development; absent elsewhere.
const sharedSamples = import.meta.glob<string>('../../shared/fixtures/valid/*.json', { query: '?raw', import: 'default' });

type Loader = () => Promise<string>;
const groups: [string, Record<string, Loader>][] = [
  ['Sample journeys', projectSamples],
  ['Shared samples', sharedSamples],
  ['Invalid journeys (errors)', projectInvalid],
];

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const picker = byId<HTMLSelectElement>('journey-picker');
const map = byId<HTMLElement & { journey: unknown }>('map');
const loaders = new Map<string, Loader>();

for (const [label, files] of groups) {
  const names = Object.keys(files).sort();
  if (names.length === 0) continue;
  const group = document.createElement('optgroup');
  group.label = label;
  for (const path of names) {
    loaders.set(path, files[path]);
    group.append(new Option(path.split('/').pop()!.replace(/\.json$/, ''), path));
  }
  picker.append(group);
}

const DEFAULT_SAMPLE = /retail|omnichannel|jacket/;
const initial = new URLSearchParams(location.search).get('journey');
picker.value =
  [...loaders.keys()].find((path) => initial && path.endsWith(`/${initial}.json`)) ??
  [...loaders.keys()].find((path) => DEFAULT_SAMPLE.test(path)) ??
  [...loaders.keys()][0];

async function show(path: string) {
  const text = await loaders.get(path)!();
  map.journey = text;
  const { journey, problems } = parseJourney(text);
  byId('problems-summary').textContent = problems.length
    ? `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${path.split('/').pop()}`
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
  url.searchParams.set('journey', picker.value.split('/').pop()!.replace(/\.json$/, ''));
  history.replaceState(null, '', url);
  void show(picker.value).then(applySwitches);
});
for (const id of ['theme-picker', 'locale-picker', 'density-picker']) byId(id).addEventListener('change', applySwitches);

void show(picker.value).then(applySwitches);
