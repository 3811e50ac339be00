// The CLI on hostile files (fast-check): validate never throws, exits 0 or 1, prints a bounded
// number of lines with no character a terminal would act on, and --json says exactly what
// parseJourney says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { main } from '../../dist/cli/journeykit.js';
import { MAX_RETURNED_PROBLEMS, decodeJourneyBytes, parseJourney } from '../../dist/model/index.js';
import { emptyTouchpoints, latin1, utf16, withTouchpointsText } from '../fixtures/hostile/index.mjs';

/** What a terminal acts on: C0 but the line feed ending each line, DEL, C1, separators, bidi controls. */
const TERMINAL_CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

async function validate(args, content) {
  let stdout = '';
  let stderr = '';
  const code = await main(['validate', ...args, 'f.json'], {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    readFile: async () => content,
  });
  return { code, stdout, stderr };
}

const key = fc.string({ unit: fc.constantFrom('a', '/', '~', '"', '\\', '\u0000', '\u0007', '\u001b', '[', ']', ';', '\n', '\r', '\u0085', '\u009b', '\u202e', '\u2067', '\u2029', '\u00e9'), maxLength: 30 });
const journeyText = fc
  .tuple(fc.array(key, { maxLength: 5 }), fc.nat(2_000), fc.string({ maxLength: 20 }), fc.boolean())
  .map(([keys, empties, color, cut]) => {
    const fields = keys.map((k, i) => `${JSON.stringify(k)}:${i}`).join(',');
    const tps = [emptyTouchpoints(empties).match(/"touchpoints":\[(.*)\]\}$/)[1], `{"id":"t","stage":"s","title":"x"${fields ? `,${fields}` : ''}}`].filter(Boolean).join(',');
    const text = withTouchpointsText(tps).replace('"title":"T"', `"title":"T","personas":[{"id":"p","name":"P","color":${JSON.stringify(color)}}]${fields ? `,${fields}` : ''}`);
    return cut ? text.slice(0, -2) + keys.join('') : text;
  });
const content = fc.oneof(
  journeyText,
  journeyText.map((t) => new Uint8Array(Buffer.from(t))),
  journeyText.map((t) => utf16(t, { bom: t.length % 2 === 0 })),
  journeyText.map((t) => latin1(t + '\u00e9')),
  fc.uint8Array({ maxLength: 100 }),
);

test('validate on hostile files: no throw, exit 0/1, bounded and terminal-safe output, exact --json', async () => {
  await fc.assert(
    fc.asyncProperty(content, async (file) => {
      const human = await validate([], file);
      assert.ok(human.code === 0 || human.code === 1, `exit ${human.code}`);
      assert.doesNotMatch(human.stdout + human.stderr, TERMINAL_CONTROLS);
      const lines = human.stdout.split('\n').filter(Boolean);
      assert.ok(lines.length <= MAX_RETURNED_PROBLEMS, `${lines.length} lines`);
      for (const line of lines) assert.ok(line.startsWith('f.json'), line);

      const json = await validate(['--json'], file);
      assert.equal(json.code, human.code);
      const decoded = typeof file === 'string' ? { ok: true, text: file } : decodeJourneyBytes(file);
      const expected = decoded.ok ? parseJourney(decoded.text).problems : [decoded.problem];
      assert.deepEqual(JSON.parse(json.stdout), [{ file: 'f.json', problems: expected }]);
    }),
    { numRuns: 150 },
  );
});
