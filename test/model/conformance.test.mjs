// Fixture conformance: valid files parse with no errors; each invalid file gives errors at (at
// least) the pointers its expected.json lists; *.json.txt files are malformed JSON and give
// exactly one error at "" with a line and column. Runs the project's own fixtures always, and the
// shared ones (../shared/fixtures) when that folder exists.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseJourney } from '../../dist/model/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const sets = [
  { name: 'project fixtures', dir: path.join(repoRoot, 'test', 'fixtures') },
  { name: 'shared fixtures', dir: path.join(path.resolve(repoRoot, '..', 'shared'), 'fixtures') },
];

const read = (file) => readFileSync(file, 'utf8');

function checkSet({ name, dir }) {
  const present = existsSync(dir);
  const skip = present ? false : `${dir} is absent; only the project's own fixtures run`;
  describe(name, { skip }, () => {
    if (!present) return;
    const validDir = path.join(dir, 'valid');
    const invalidDir = path.join(dir, 'invalid');
    const validFiles = readdirSync(validDir).filter((f) => f.endsWith('.json')).sort();
    const expected = JSON.parse(read(path.join(invalidDir, 'expected.json')));
    const invalidFiles = readdirSync(invalidDir).filter((f) => f !== 'expected.json').sort();

    test('there are fixtures to check', () => {
      assert.ok(validFiles.length > 0);
      assert.ok(invalidFiles.length > 0);
    });

    for (const file of validFiles) {
      test(`valid/${file} parses with no errors`, () => {
        const text = read(path.join(validDir, file));
        const result = parseJourney(text);
        const errors = result.problems.filter((p) => p.severity === 'error');
        assert.deepEqual(errors, []);
        assert.notEqual(result.journey, null);
        // The journey is the data as written (unknown fields kept), BOM aside.
        assert.deepEqual(result.journey, JSON.parse(text.replace(/^\uFEFF/, '')));
        // Object input gives the same result as text input.
        assert.deepEqual(parseJourney(JSON.parse(text.replace(/^\uFEFF/, ''))), result);
      });
    }

    test('expected.json lists every invalid file, and every listed file exists', () => {
      const listed = Object.keys(expected).filter((k) => !k.startsWith('$'));
      assert.deepEqual(listed.sort(), invalidFiles);
    });

    for (const file of invalidFiles) {
      const pointers = expected[file] ?? [];
      const text = read(path.join(invalidDir, file));
      if (file.endsWith('.txt')) {
        test(`invalid/${file} is malformed JSON: one error at "" with line and column`, () => {
          const result = parseJourney(text);
          assert.equal(result.journey, null);
          assert.equal(result.problems.length, 1, JSON.stringify(result.problems));
          const [problem] = result.problems;
          assert.equal(problem.path, '');
          assert.equal(problem.severity, 'error');
          assert.match(problem.message, /malformed/i);
          assert.match(problem.message, /line \d+, column \d+/);
          assert.ok(Number.isInteger(problem.line) && problem.line >= 1);
          assert.ok(Number.isInteger(problem.column) && problem.column >= 1);
          assert.ok(problem.message.includes(`line ${problem.line}, column ${problem.column}`));
          assert.deepEqual(pointers, ['']);
        });
        continue;
      }
      test(`invalid/${file} gives errors at ${pointers.join(', ')}`, () => {
        assert.ok(pointers.length > 0, 'expected.json lists at least one pointer');
        const result = parseJourney(text);
        assert.equal(result.journey, null);
        const paths = result.problems.filter((p) => p.severity === 'error').map((p) => p.path);
        for (const pointer of pointers) {
          assert.ok(paths.includes(pointer), `no error at ${JSON.stringify(pointer)}; got ${JSON.stringify(result.problems, null, 1)}`);
        }
      });
    }
  });
}

for (const set of sets) checkSet(set);
