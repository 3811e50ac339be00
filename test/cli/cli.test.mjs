// The journeykit CLI: main() in-process for each behaviour, plus real runs of bin/journeykit.js.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main, formatProblem } from '../../dist/cli/journeykit.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixture = (kind, file) => path.join(repoRoot, 'test', 'fixtures', kind, file);
const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));

/** Runs main with captured output; `files` (optional) replaces the file system (writes land in it too). */
async function run(argv, files) {
  let stdout = '';
  let stderr = '';
  const io = { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) };
  if (files) {
    io.readFile = async (name) => {
      if (!Object.hasOwn(files, name)) throw Object.assign(new Error(`ENOENT: no such file, open '${name}'`), { code: 'ENOENT' });
      return files[name];
    };
    io.writeFile = async (name, text) => {
      files[name] = text;
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
    assert.match(r.lines[0], /^bad\.json:3:16: the JSON is malformed at line 3, column 16 of the journey: two commas in a row/);
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

describe('hostile input', () => {
  const withRoot = (extra) => VALID.replace('"version":1', `"version":1,${extra}`);
  /** Every character a terminal would act on, in what validate prints for people. */
  const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

  test('control characters in keys are printed as visible escapes, never raw', async () => {
    const key = '\u001b]0;PWNED\u0007\u001b[2J\u202e\u0085';
    const r = await run(['validate', 'j.json'], { 'j.json': withRoot(`${JSON.stringify(key)}:1`) });
    assert.equal(r.code, 0);
    assert.equal(r.lines.length, 1);
    assert.doesNotMatch(r.stdout, CONTROLS);
    assert.ok(r.lines[0].startsWith('j.json:/\\u001b]0;PWNED\\u0007\\u001b[2J\\u202e\\u0085: warning: '), r.lines[0]);
  });

  test('a key with a line break cannot forge an output line', async () => {
    const r = await run(['validate', 'j.json'], { 'j.json': withRoot('"x\\nfake.json:~1ok: all good":1') });
    assert.equal(r.lines.length, 1, r.stdout);
    assert.ok(r.lines[0].startsWith('j.json:/x\\u000afake.json:~01ok: all good: warning:'), r.lines[0]);
  });

  test('file names are escaped too, in problems and in usage errors', async () => {
    const name = 'a\u001b[31m.json';
    const r = await run(['validate', name], {});
    assert.equal(r.lines[0], 'a\\u001b[31m.json: cannot read the file: no such file');
    const u = await run(['validate', '--bad\u001b[2J'], {});
    assert.doesNotMatch(u.stderr, CONTROLS);
  });

  test('absurdly long pointers and messages are cut, saying how much', async () => {
    const r = await run(['validate', 'j.json'], { 'j.json': withRoot(`"${'k'.repeat(100_000)}":1`) });
    assert.equal(r.lines.length, 1);
    assert.ok(r.lines[0].length < 2_000, `${r.lines[0].length} characters`);
    assert.match(r.lines[0], /^j\.json:\/k+… \(99801 more characters\): warning: /);
  });

  test('--json output stays exact JSON, control characters and all', async () => {
    const key = '\u001b]0;x\u0007\n';
    const r = await run(['validate', '--json', 'j.json'], { 'j.json': withRoot(`${JSON.stringify(key)}:1`) });
    assert.equal(JSON.parse(r.stdout)[0].problems[0].path, `/${key}`);
  });

  test('400,000 empty touchpoints: a bounded report, a true count', async () => {
    const text = VALID.replace(/"touchpoints":\[.*\]/, `"touchpoints":[${Array(400_000).fill('{}').join(',')}]`);
    const r = await run(['validate', 'j.json'], { 'j.json': text });
    assert.equal(r.code, 1);
    assert.ok(r.lines.length <= 120, `${r.lines.length} lines`);
    assert.match(r.stdout, /more errors like this one are not listed/);
    assert.match(r.stdout, /checking stopped after 10,000 errors/);
    assert.match(r.stderr, /^journeykit: 10,001 errors/);
  });

  test('UTF-16 files (with and without a byte-order mark) and invalid UTF-8 are named', async () => {
    const utf16le = (t) => new Uint8Array(Buffer.from(t, 'utf16le'));
    const utf16be = (t) => new Uint8Array(Buffer.from(t, 'utf16le').swap16());
    const files = {
      'bom-le.json': new Uint8Array([0xff, 0xfe, ...utf16le(VALID)]),
      'bom-be.json': new Uint8Array([0xfe, 0xff, ...utf16be(VALID)]),
      'le.json': utf16le(VALID),
      'be.json': utf16be(VALID),
      'latin1.json': new Uint8Array(Buffer.from(VALID.replace('"T"', '"\n\tcaf\u00e9"'), 'latin1')),
      'utf8-bom.json': new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(VALID)]),
    };
    const r = await run(['validate', ...Object.keys(files)], files);
    assert.deepEqual(r.lines.map((l) => l.replace(/;.*/, '')), [
      'bom-le.json:1:1: the file is encoded as UTF-16 (little-endian, with a byte-order mark), not UTF-8',
      'bom-be.json:1:1: the file is encoded as UTF-16 (big-endian, with a byte-order mark), not UTF-8',
      'le.json:1:1: the file is encoded as UTF-16 (little-endian), not UTF-8',
      'be.json:1:1: the file is encoded as UTF-16 (big-endian), not UTF-8',
      'latin1.json:2:5: the file is not valid UTF-8: byte 0xE9 at line 2, column 5 is not part of any UTF-8 character (the file may be in Latin-1 or Windows-1252)',
    ]);
  });

  test('convert refuses a UTF-16 input the same way', async () => {
    const files = { 'in.json': new Uint8Array([0xff, 0xfe, ...Buffer.from(VALID, 'utf16le')]) };
    const r = await run(['convert', 'in.json', 'out.csv'], files);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^in\.json:1:1: the file is encoded as UTF-16/m);
    assert.equal(files['out.csv'], undefined);
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
      [['convert', 'x.json'], /convert needs an input and an output file/],
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
  assert.equal(formatProblem('f\u009b', { path: '/\u2066', message: 'a\u007fb\u2029', severity: 'error' }), 'f\\u009b:/\\u2066: a\\u007fb\\u2029');
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

// ---------------------------------------------------------------------------------------------
// convert

const MMD = 'journey\n  title My working day\n  section Go to work\n    Make tea: 5: Me\n    Do work: 1: Me, Cat\n';

describe('convert', () => {
  test('JSON to CSV and back: formats from the extensions, output written, a note on what CSV drops', async () => {
    const files = { 'j.json': readFileSync(fixture('valid', 'every-field.en.json'), 'utf8') };
    const toCsv = await run(['convert', 'j.json', 'j.csv'], files);
    assert.equal(toCsv.code, 0, toCsv.stderr);
    assert.equal(toCsv.stdout, '');
    assert.match(files['j.csv'], /^id,stage,stage_name,title,/);
    assert.match(toCsv.stderr, /note: CSV does not keep journey \$schema, id, title, description, locale/);
    assert.match(toCsv.stderr, /converted j\.json \(json\) to j\.csv \(csv\)/);

    const back = await run(['convert', '--title', 'Renewing a library card', '--scale', '-2..2', '--locale', 'en-GB', 'j.csv', 'k.json'], files);
    assert.equal(back.code, 0, back.stderr);
    const journey = JSON.parse(files['k.json']);
    assert.equal(journey.title, 'Renewing a library card');
    assert.equal(journey.locale, 'en-GB');
    assert.deepEqual(journey.emotionScale, { min: -2, max: 2 });
    assert.equal(journey.touchpoints.length, 4);
    // pretty-printed with a trailing newline
    assert.equal(files['k.json'], JSON.stringify(journey, null, 2) + '\n');
  });

  test('a CSV title defaults to the file name', async () => {
    const files = { 'data/Onboarding plan.csv': 'stage,title\ns,t\n' };
    const r = await run(['convert', 'data/Onboarding plan.csv', 'o.json'], files);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(JSON.parse(files['o.json']).title, 'Onboarding plan');
  });

  test('Mermaid in, JSON on stdout with --to; .mermaid and .mmd both read as Mermaid', async () => {
    for (const name of ['d.mmd', 'd.mermaid']) {
      const r = await run(['convert', name, '-', '--to', 'json'], { [name]: MMD });
      assert.equal(r.code, 0, r.stderr);
      const journey = JSON.parse(r.stdout);
      assert.equal(journey.title, 'My working day');
      assert.deepEqual(journey.personas.map((p) => p.name), ['Me', 'Cat']);
      assert.ok(r.stdout.endsWith('}\n'));
      assert.equal(r.stderr, '');
    }
  });

  test('JSON to Mermaid on stdout: the diagram only, the note on stderr', async () => {
    const r = await run(['convert', '--to=mermaid', 'j.json', '-'], { 'j.json': VALID });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, 'journey\n    title T\n    section S\n      x: 3\n');
    assert.equal(r.stderr, '');
  });

  test('--from overrides the extension', async () => {
    const files = { 'diagram.txt': MMD };
    const r = await run(['convert', '--from', 'mermaid', 'diagram.txt', 'out.csv'], files);
    assert.equal(r.code, 0, r.stderr);
    assert.match(files['out.csv'], /\nmake-tea,go-to-work,Go to work,Make tea,me,/);
  });

  test('invalid input: problems on stderr like validate, exit 1, nothing written', async () => {
    const files = { 'bad.mmd': 'journey\ntitle T\nsection S\n  Make tea: lots: Me\n', 'bad.csv': 'stage,title,emotion\ns,a,abc\n', 'bad.json': VALID.replace('"version":1', '"version":2') };
    const mmd = await run(['convert', 'bad.mmd', 'out.json'], files);
    assert.equal(mmd.code, 1);
    assert.equal(mmd.stdout, '');
    assert.match(mmd.stderr, /^bad\.mmd:4:13: line 4, column 13: score "lots" is not a number/m);
    assert.match(mmd.stderr, /journeykit: bad\.mmd has 1 error; nothing written/);
    const csv = await run(['convert', 'bad.csv', '-', '--to', 'json'], files);
    assert.equal(csv.code, 1);
    assert.equal(csv.stdout, '');
    assert.match(csv.stderr, /^bad\.csv:2:3: row 2, column "emotion": "abc" is not a number$/m);
    const json = await run(['convert', 'bad.json', 'out.csv'], files);
    assert.equal(json.code, 1);
    assert.match(json.stderr, /^bad\.json:\/version: version 2 is not supported/m);
    assert.deepEqual(Object.keys(files).sort(), ['bad.csv', 'bad.json', 'bad.mmd']);
  });

  test('warnings are printed and the output still written', async () => {
    const files = { 'w.mmd': 'journey\nsection S\n  T: 9\n' };
    const r = await run(['convert', 'w.mmd', 'w.json'], files);
    assert.equal(r.code, 0);
    assert.match(r.stderr, /^w\.mmd:\/title: warning: the diagram has no title/m);
    assert.match(r.stderr, /^w\.mmd:3:6: warning: line 3, column 6: score 9 is outside Mermaid's 1 to 5; it is read as 5$/m);
    assert.ok(files['w.json']);
  });

  test('refuses to overwrite the input file', async () => {
    const files = { 'same.json': VALID };
    for (const out of ['same.json', './same.json']) {
      const r = await run(['convert', 'same.json', out, '--to', 'json'], files);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /will not overwrite the input file same\.json/);
    }
    assert.equal(files['same.json'], VALID);
  });

  test('bad usage: exit 2 and why', async () => {
    for (const [argv, why] of [
      [['convert'], /convert needs an input and an output file \(got 0 files\)/],
      [['convert', 'a.json', 'b.csv', 'c.csv'], /got 3 files/],
      [['convert', 'a.txt', 'b.json'], /cannot tell the format of a\.txt from its extension; add --from json, csv or mermaid/],
      [['convert', 'a.json', 'b.yaml'], /cannot tell the format of b\.yaml/],
      [['convert', 'a.json', '-'], /writing to standard output needs --to json, csv or mermaid/],
      [['convert', '-', 'b.json', '--from', 'json'], /not standard input/],
      [['convert', '--from', 'xml', 'a.json', 'b.json'], /--from must be json, csv or mermaid, not "xml"/],
      [['convert', '--scale', 'big', 'a.csv', 'b.json'], /--scale must look like -3\.\.3 or 1\.\.5/],
      [['convert', '--title', 'T', 'a.json', 'b.csv'], /--title, --locale and --scale are for CSV input only/],
      [['convert', 'a.json', 'b.csv', '--to'], /--to needs a value/],
      [['convert', '--force', 'a.json', 'b.csv'], /unknown option for convert: --force/],
    ]) {
      const r = await run(argv, {});
      assert.equal(r.code, 2, argv.join(' '));
      assert.match(r.stderr, why, argv.join(' '));
      assert.match(r.stderr, /Usage:/);
    }
  });

  test('a missing input file: exit 1', async () => {
    const r = await run(['convert', 'nope.json', 'out.csv'], {});
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^nope\.json: cannot read the file: no such file$/m);
  });

  test('-- before a file named like an option', async () => {
    const files = { '-odd.json': VALID };
    const r = await run(['convert', '--to', 'csv', '--', '-odd.json', '-'], files);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^id,stage,/);
  });

  test('usage and convert --help describe convert', async () => {
    const usage = await run(['--help']);
    assert.match(usage.stdout, /journeykit convert \[--from F\] \[--to F\] \[--title T\] \[--locale L\] \[--scale MIN\.\.MAX\] <in> <out>/);
    const help = await run(['convert', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: journeykit convert/);
    assert.match(help.stdout, /--scale <min>\.\.<max> +CSV input: the emotion scale/);
    assert.match(help.stdout, /"-" as <out> writes to standard output/);
  });
});

describe('bin/journeykit.js convert in a real process', () => {
  const bin = path.join(repoRoot, 'bin', 'journeykit.js');

  test('JSON → Mermaid → JSON and JSON → CSV → JSON through a temp dir', (t) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'journeykit-convert-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    const node = (...args) => spawnSync(process.execPath, [bin, 'convert', ...args], { encoding: 'utf8', cwd: dir });
    const source = fixture('valid', 'implicit-paths.de.json');
    const original = JSON.parse(readFileSync(source, 'utf8'));

    let r = node(source, 'map.mmd');
    assert.equal(r.status, 0, r.stderr);
    r = node('map.mmd', 'from-mermaid.json');
    assert.equal(r.status, 0, r.stderr);
    const fromMermaid = JSON.parse(readFileSync(path.join(dir, 'from-mermaid.json'), 'utf8'));
    assert.equal(fromMermaid.title, original.title);
    assert.deepEqual(fromMermaid.stages.map((s) => s.name), original.stages.map((s) => s.name));

    r = node(source, 'map.csv');
    assert.equal(r.status, 0, r.stderr);
    r = node('map.csv', 'from-csv.json', '--title', original.title);
    assert.equal(r.status, 0, r.stderr);
    const fromCsv = JSON.parse(readFileSync(path.join(dir, 'from-csv.json'), 'utf8'));
    assert.deepEqual(fromCsv.touchpoints.map((tp) => tp.id).sort(), original.touchpoints.map((tp) => tp.id).sort());
    assert.deepEqual(fromCsv.stages, original.stages.map(({ id, name }) => ({ id, name })));

    // stdout, and the input is never overwritten
    r = node('map.csv', '-', '--to', 'mermaid');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^journey\n/);
    const before = readFileSync(path.join(dir, 'map.csv'), 'utf8');
    r = node('map.csv', 'map.csv');
    assert.equal(r.status, 2);
    assert.equal(readFileSync(path.join(dir, 'map.csv'), 'utf8'), before);

    // errors: exit 1, nothing written
    writeFileSync(path.join(dir, 'bad.mmd'), 'journey\nsection S\n  T: x\n');
    r = node('bad.mmd', 'bad.json');
    assert.equal(r.status, 1);
    assert.match(r.stderr, /bad\.mmd:3:6: line 3, column 6: score "x" is not a number/);
    assert.throws(() => readFileSync(path.join(dir, 'bad.json')), /ENOENT/);
  });
});
