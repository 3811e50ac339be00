// Shared by the editing tests (edit, edit-property, patch): fixture journeys, deep-frozen so an
// operation that wrote to its input would throw. Holds no tests.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseJourney } from '../../dist/model/index.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export function deepFreeze(value) {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/** A valid journey file, parsed and deep-frozen. */
export const readJourney = (file) => deepFreeze(parseJourney(readFileSync(file, 'utf8')).journey);

/** The retail sample (a copy of the shared retail-omnichannel journey). */
export const retail = readJourney(path.join(repoRoot, 'test', 'fixtures', 'map', 'retail.en.json'));

export const errorPaths = (result) => result.problems.filter((p) => p.severity === 'error').map((p) => p.path);
