// The journeykit CLI: main() in-process for each behaviour, plus real runs of bin/journeykit.js.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main, formatProblem } from '../../dist/cli/journeykit.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixture = (kind, file) => path.join(repoRoot, 'test', 'fixtures', kind, file);
const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));

/** Runs main with captured output; `files` (optional) replaces the file system. */
async function run(argv, files) {
  let stdout = '';
  let stderr = '';
  const io = { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) };
  if (files) {
    io.readFile = async (name) => {
      if (!Object.hasOwn(files, name)) throw Object.assign(new Error(`ENOENT: no such file, open '${name}'`), { code: 'ENOENT' });
      return files[name];
    };
  }
  const code = await main(argv, io);
  return { code, stdout, stderr, lines: stdout.split('\n').filter(Boolean) };
}

const VALID = '{"version":1,"title":"T","stages":[{"id":"s","name":"S"}],"touchpoints":[{"id":"t","stage":"s","title":"x"}]}';

describe('validate', () => {
  test('a valid file: exit 0, no problem lines, a summary on stderr', async () => {
    const r = await run(['validate', fixture('valid', 'minimal.json')]);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /1 file valid/);
  });

  test('several valid files (BOM, RTL, every field): exit 0', async () => {
    const r = await run(['validate', ...['bom.fr.json', 'rtl.he.json', 'every-field.en.json'].map((f) => fixture('valid', f))]);
    assert.equal(r.code, 0, r.stdout);
    assert.equal(r.stdout, '');
  });

  test('errors print as file:/pointer: message and exit 1', async () => {
    const file = fixture('invalid', 'dangling-stage.json');
    const r = await run(['validate', file]);
    assert.equal(r.code, 1);
    assert.ok(r.lines.includes(`${file}:/touchpoints/1/stage: stage "checkout" is not one of the journey's stages (awareness, purchase)`), r.stdout);
    assert.match(r.stderr, /1 error/);
  });

  test('warnings are marked and alone give exit 0', async () => {
    const r = await run(['validate', 'j.json'], { 'j.json': VALID.replace('"version":1', '"version":1,"extra":true') });
    assert.equal(r.code, 0);
    assert.deepEqual(r.lines, ['j.json:/extra: warning: "extra" is not a field of a journey in version 1 of the journey model; it is kept but not used']);
    assert.match(r.stderr, /1 warning/);
  });

  test('JSON syntax errors print as file:line:col: message', async () => {
    const r = await run(['validate', 'bad.json'], { 'bad.json': '{\n  "version": 1,\n  "title": "x",,\n}' });
    assert.equal(r.code, 1);
    assert.equal(r.lines.length, 1);
    assert.match(r.lines[0], /^bad\.json:3:16: the JSON is malformed at line 3, column 16: /);
  });

  test('a root-level problem prints without a pointer', async () => {
    const r = await run(['validate', 'a.json'], { 'a.json': '[]' });
    assert.equal(r.code, 1);
    assert.deepEqual(r.lines, ['a.json: a journey must be a JSON object, not an empty array']);
  });

  test('a missing file is an error for that file; the others are still checked', async () => {
    const r = await run(['validate', 'nope.json', 'ok.json'], { 'ok.json': VALID });
    assert.equal(r.code, 1);
    assert.deepEqual(r.lines, ['nope.json: cannot read the file: no such file']);
    assert.match(r.stderr, /1 of 2 files invalid/);
  });

  test('a real missing file and a directory', async () => {
    const r = await run(['validate', path.join(repoRoot, 'no-such-file.json'), path.join(repoRoot, 'test')]);
    assert.equal(r.code, 1);
    assert.equal(r.lines.length, 2);
    assert.match(r.lines[0], /no-such-file\.json: cannot read the file: no such file$/);
    assert.match(r.lines[1], /test: cannot read the file: it is a directory/);
  });

  test('one bad file among good ones: exit 1', async () => {
    const r = await run(['validate', 'a.json', 'b.json'], { 'a.json': VALID, 'b.json': VALID.replace('"version":1', '"version":2') });
    assert.equal(r.code, 1);
    assert.deepEqual(r.lines, ['b.json:/version: version 2 is not supported; this library reads version 1']);
  });

  test('--json prints [{ file, problems }] on stdout only', async () => {
    const r = await run(['validate', '--json', 'a.json', 'b.json', 'c.json'], { 'a.json': VALID, 'b.json': '{', c: '' });
    assert.equal(r.code, 1);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(out.map((x) => x.file), ['a.json', 'b.json', 'c.json']);
    assert.deepEqual(out[0].problems, []);
    assert.equal(out[1].problems[0].path, '');
    assert.equal(out[1].problems[0].line, 1);
    assert.equal(out[1].problems[0].column, 2);
    assert.match(out[2].problems[0].message, /cannot read/);
    assert.equal(r.stderr, '');
  });

  test('--json after the files, and -- before a file named like an option', async () => {
    const r = await run(['validate', 'a.json', '--json', '--', '--odd.json'], { 'a.json': VALID, '--odd.json': VALID });
    assert.equal(r.code, 0);
    assert.deepEqual(JSON.parse(r.stdout).map((x) => x.file), ['a.json', '--odd.json']);
  });

  test('the shared fixtures, when present, validate as expected', async (t) => {
    const shared = path.resolve(repoRoot, '..', 'shared', 'fixtures');
    let files;
    try {
      files = ['valid/retail-omnichannel.en.json', 'invalid/truncated.json.txt'].map((f) => path.join(shared, f));
      readFileSync(files[0]);
    } catch {
      t.skip('../shared is absent');
      return;
    }
    const ok = await run(['validate', files[0]]);
    assert.equal(ok.code, 0);
    const bad = await run(['validate', files[1]]);
    assert.equal(bad.code, 1);
    assert.match(bad.lines[0], /truncated\.json\.txt:\d+:\d+: the JSON is malformed/);
  });
});

describe('usage', () => {
  test('--help and -h print usage on stdout, exit 0', async () => {
    for (const flag of ['--help', '-h', 'help']) {
      const r = await run([flag]);
      assert.equal(r.code, 0);
      assert.match(r.stdout, /^Usage: journeykit <command>/);
      assert.match(r.stdout, /journeykit validate \[--json\] <file…>/);
      assert.equal(r.stderr, '');
    }
  });

  test('validate --help prints the command usage', async () => {
    const r = await run(['validate', '--help']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /Usage: journeykit validate/);
  });

  test('no arguments: usage on stderr, exit 2', async () => {
    const r = await run([]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /Usage: journeykit/);
    assert.equal(r.stdout, '');
  });

  test('bad usage exits 2 and says why', async () => {
    for (const [argv, why] of [
      [['convert', 'x.json'], /unknown command: convert/],
      [['frobnicate'], /unknown command: frobnicate/],
      [['validate'], /needs at least one file/],
      [['validate', '--json'], /needs at least one file/],
      [['validate', '--strict', 'a.json'], /unknown option for validate: --strict/],
      [['__proto__'], /unknown command: __proto__/],
      [['toString'], /unknown command: toString/],
    ]) {
      const r = await run(argv, {});
      assert.equal(r.code, 2, argv.join(' '));
      assert.match(r.stderr, why);
      assert.match(r.stderr, /Usage:/);
    }
  });

  test('--version prints the package version', async () => {
    for (const flag of ['--version', '-v']) {
      const r = await run([flag]);
      assert.equal(r.code, 0);
      assert.equal(r.stdout, `${pkg.version}\n`);
    }
  });
});

test('formatProblem', () => {
  assert.equal(formatProblem('f', { path: '/a', message: 'm', severity: 'error' }), 'f:/a: m');
  assert.equal(formatProblem('f', { path: '/a', message: 'm', severity: 'warning' }), 'f:/a: warning: m');
  assert.equal(formatProblem('f', { path: '', message: 'm', severity: 'error', line: 2, column: 3 }), 'f:2:3: m');
  assert.equal(formatProblem('f', { path: '', message: 'm', severity: 'error' }), 'f: m');
});

describe('bin/journeykit.js in a real process', () => {
  const bin = path.join(repoRoot, 'bin', 'journeykit.js');
  const node = (...args) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: repoRoot });

  test('exit 0 for valid files', () => {
    const r = node('validate', fixture('valid', 'minimal.json'), fixture('valid', 'forward-compatible.en.json'));
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /warning: "theme" is not a field/);
  });

  test('exit 1 for an invalid file', () => {
    const r = node('validate', fixture('valid', 'minimal.json'), fixture('invalid', 'urls.json'));
    assert.equal(r.status, 1);
    assert.match(r.stdout, /urls\.json:\/personas\/0\/avatar: avatar "javascript:alert\(1\)" is not allowed/);
  });

  test('exit 2 for bad usage, 0 for --version', () => {
    assert.equal(node().status, 2);
    const v = node('--version');
    assert.equal(v.status, 0);
    assert.equal(v.stdout.trim(), pkg.version);
  });
});
