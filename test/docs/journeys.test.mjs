// The sample journeys in docs/examples/journeys (the demo opens on them, the docs link them,
// Storybook serves them) are valid, complete and in several languages.
//
// Needs `tsc -p tsconfig.build.json` (npm test runs it first).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const folder = path.join(root, 'docs', 'examples', 'journeys');
const { parseJourney } = await import(pathToFileURL(path.join(root, 'dist', 'model', 'index.js')).href);

const samples = readdirSync(folder)
  .filter((file) => file.endsWith('.json'))
  .map((file) => ({ file, ...parseJourney(readFileSync(path.join(folder, file), 'utf8')) }));

describe('sample journeys', () => {
  for (const { file, journey, problems } of samples) {
    test(`${file}: valid, with no warning, in the language its name says`, () => {
      assert.deepEqual(problems, []);
      assert.ok(journey);
      assert.equal(journey.locale, file.split('.').at(-2));
    });
  }

  test('English, a second European language and right-to-left Arabic', () => {
    const locales = samples.map((sample) => sample.journey.locale);
    assert.ok(locales.includes('en'));
    assert.ok(locales.some((locale) => ['de', 'fr', 'nb', 'fi', 'pl', 'sv', 'es', 'it', 'nl'].includes(locale)));
    const arabic = samples.find((sample) => sample.journey.locale === 'ar');
    assert.equal(arabic?.journey.dir, 'rtl');
  });

  test('winter-jacket.en.json, the one the demo opens on, has everything', () => {
    const { journey } = samples.find((sample) => sample.file === 'winter-jacket.en.json');
    const touchpoints = journey.touchpoints;
    assert.equal(journey.stages.length, 5);
    assert.ok(journey.personas.length >= 2 && journey.personas.length <= 3);
    assert.ok(touchpoints.length >= 12 && touchpoints.length <= 20, `${touchpoints.length} touchpoints`);
    for (const field of ['painPoints', 'opportunities', 'metrics', 'backstage', 'thoughts', 'actions']) {
      assert.ok(touchpoints.some((tp) => tp[field]?.length), field);
    }
    assert.ok(touchpoints.some((tp) => tp.momentOfTruth));
    const stageOf = new Map(touchpoints.map((tp) => [tp.id, journey.stages.findIndex((s) => s.id === tp.stage)]));
    assert.ok(
      touchpoints.some((tp) => (tp.next ?? []).some((id) => stageOf.get(id) < stageOf.get(tp.id))),
      'a path loops back to an earlier stage',
    );
  });
});
