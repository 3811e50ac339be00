// Mermaid user journeys: fromMermaid reads Mermaid's `journey` grammar (a Mermaid user's diagram
// becomes a valid journey with no edits), toMermaid writes it back, and the two round-trip stage
// names, touchpoint titles, persona names and (rescaled) scores for every valid fixture. Where
// Mermaid is installed, Mermaid's own parser reads toMermaid's output to the same diagram.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { emotionScaleOf, parseJourney, personaIdsOf, touchpointsFor } from '../../dist/model/index.js';
import { fromMermaid, toMermaid, MERMAID_DEFAULT_SCORE, UNTITLED_JOURNEY } from '../../dist/model/interop/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const interopDir = path.join(repoRoot, 'test', 'fixtures', 'interop');
const read = (file) => readFileSync(file, 'utf8');

/** Every valid journey fixture: the project's, the interop ones, and ../shared's when present. */
function validFixtures() {
  const dirs = [path.join(repoRoot, 'test', 'fixtures', 'valid'), interopDir, path.resolve(repoRoot, '..', 'shared', 'fixtures', 'valid')];
  const out = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
      const { journey, problems } = parseJourney(read(path.join(dir, file)));
      assert.ok(journey, `${file}: ${JSON.stringify(problems)}`);
      out.push({ name: `${path.basename(dir)}/${file}`, journey });
    }
  }
  return out;
}

const errorsOf = (result) => result.problems.filter((p) => p.severity === 'error');
const warningsOf = (result) => result.problems.filter((p) => p.severity === 'warning');

/** Reads `text` and asserts it gives a journey without errors. */
function readOk(text) {
  const result = fromMermaid(text);
  assert.deepEqual(errorsOf(result), [], text);
  assert.ok(result.journey);
  return result;
}

// Mermaid's own documentation example, as a Mermaid user would paste it (the browser test of the
// map's inline Mermaid reads the same file).
const MERMAID_DOCS_EXAMPLE = read(path.join(interopDir, 'mermaid-docs.mmd'));

describe('fromMermaid reads what Mermaid users write', () => {
  test("Mermaid's documentation example becomes a valid journey with no edits", () => {
    const result = fromMermaid(MERMAID_DOCS_EXAMPLE);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.journey, {
      version: 1,
      title: 'My working day',
      emotionScale: { min: 1, max: 5 },
      personas: [
        { id: 'me', name: 'Me' },
        { id: 'cat', name: 'Cat' },
      ],
      stages: [
        { id: 'go-to-work', name: 'Go to work' },
        { id: 'go-home', name: 'Go home' },
      ],
      touchpoints: [
        { id: 'make-tea', stage: 'go-to-work', title: 'Make tea', persona: 'me', emotion: 5 },
        { id: 'go-upstairs', stage: 'go-to-work', title: 'Go upstairs', persona: 'me', emotion: 3 },
        { id: 'do-work', stage: 'go-to-work', title: 'Do work', persona: ['me', 'cat'], emotion: 1 },
        { id: 'go-downstairs', stage: 'go-home', title: 'Go downstairs', persona: 'me', emotion: 5 },
        { id: 'sit-down', stage: 'go-home', title: 'Sit down', persona: 'me', emotion: 5 },
      ],
    });
    // And the model's own validator agrees.
    assert.deepEqual(parseJourney(result.journey).problems, []);
  });

  test('the interop fixture files read without problems', () => {
    for (const file of ['mermaid-docs.mmd', 'mermaid-accessible.mmd']) {
      const result = fromMermaid(read(path.join(interopDir, file)));
      assert.deepEqual(result.problems, [], file);
    }
  });

  test('accTitle and accDescr (one line and block), comments and blank lines', () => {
    const { journey } = readOk(read(path.join(interopDir, 'mermaid-accessible.mmd')));
    assert.equal(journey.title, 'Checking in for a flight');
    assert.equal(journey.description, 'How a traveller checks in,\nfrom the reminder email to the boarding pass.\n  Indented lines keep their indent.');
    assert.deepEqual(journey.stages.map((s) => s.name), ['Before the airport', 'At the airport']);
    assert.deepEqual(journey.touchpoints.map((t) => t.title), ['Gets a reminder', 'Checks in online', 'Drops the bag', 'Boards']);
    assert.deepEqual(journey.personas.map((p) => p.name), ['Traveller', 'Agent']);
  });

  test('accDescr on one line; accTitle is the title when there is no title', () => {
    const { journey, problems } = readOk('journey\naccTitle: Accessible title\naccDescr: One line: with a colon # and hash\nsection S\nT: 3\n');
    assert.equal(journey.title, 'Accessible title');
    assert.equal(journey.description, 'One line: with a colon # and hash');
    assert.deepEqual(problems, []);
    // title wins over accTitle
    assert.equal(readOk('journey\naccTitle: A\ntitle B\nsection S\nT: 3\n').journey.title, 'B');
  });

  test('a one-line accDescr { … } block, followed by a statement on the same line', () => {
    const { journey } = readOk('journey\naccDescr { Short } section S\nT: 4\n');
    assert.equal(journey.description, 'Short');
    assert.deepEqual(journey.stages.map((s) => s.name), ['S']);
  });

  test('whole-line and trailing %% comments, directives and front matter are skipped', () => {
    const text = [
      '---',
      'title: "From front matter"',
      'config:',
      '  theme: forest',
      '---',
      '%%{init: {"theme": "dark"}}%%',
      '%% leading comment',
      'journey %% trailing on the header',
      '  %% indented comment',
      '  section Go %% trailing on a section',
      '    Make tea: 5: Me %% trailing on a task',
      '%%{',
      '  init: {}',
      '}%%',
      '    Drink tea: 4',
    ].join('\n');
    const { journey } = readOk(text);
    assert.equal(journey.title, 'From front matter');
    assert.deepEqual(journey.stages.map((s) => s.name), ['Go']);
    assert.deepEqual(journey.touchpoints.map((t) => [t.title, t.emotion, t.persona]), [
      ['Make tea', 5, 'me'],
      ['Drink tea', 4, undefined],
    ]);
  });

  test('keywords in any case, free indentation, CRLF line ends and a BOM', () => {
    const { journey } = readOk('\uFEFFJOURNEY\r\nTitle   Shouting\r\n\t\tSECTION   Loud section   \r\nTask:5:Me,Cat\r\n');
    assert.equal(journey.title, 'Shouting');
    assert.equal(journey.stages[0].name, 'Loud section');
    assert.deepEqual(journey.touchpoints[0], { id: 'task', stage: 'loud-section', title: 'Task', persona: ['me', 'cat'], emotion: 5 });
  });

  test('a task without actors has no persona field; actors are deduplicated in order of first appearance', () => {
    const { journey } = readOk('journey\ntitle T\nsection S\nAlone: 3\nBoth: 2: Cat, Me, Cat\nAgain: 4: Me\n');
    assert.equal(Object.hasOwn(journey.touchpoints[0], 'persona'), false);
    assert.deepEqual(journey.personas, [
      { id: 'cat', name: 'Cat' },
      { id: 'me', name: 'Me' },
    ]);
    assert.deepEqual(journey.touchpoints[1].persona, ['cat', 'me']);
    assert.equal(journey.touchpoints[2].persona, 'me');
  });

  test('tasks before any section go into a first stage with an empty name', () => {
    const { journey, problems } = readOk('journey\ntitle T\nEarly: 2: Me\nsection Later\nLate: 4: Me\n');
    assert.deepEqual(problems, []);
    assert.deepEqual(journey.stages, [
      { id: 'stage-1', name: '' },
      { id: 'later', name: 'Later' },
    ]);
    assert.equal(journey.touchpoints[0].stage, 'stage-1');
  });

  test('ids: slugged, unique, and valid for names without Latin letters', () => {
    const text = 'journey\ntitle T\nsection Go home\nA: 3: 小明\nsection Go home\nB: 3: محمد\nsection 去上班\nC: 3: 小明, Zoë\nsection الوصول\nD: 3\nsection Café Öffnen\nE: 3\n';
    const { journey } = readOk(text);
    assert.deepEqual(journey.stages.map((s) => s.id), ['go-home', 'go-home-2', 'stage-3', 'stage-4', 'cafe-offnen']);
    assert.deepEqual(journey.personas, [
      { id: 'persona-1', name: '小明' },
      { id: 'persona-2', name: 'محمد' },
      { id: 'zoe', name: 'Zoë' },
    ]);
    assert.deepEqual(journey.touchpoints.map((t) => t.id), ['a', 'b', 'c', 'd', 'e']);
    const ids = new Set(journey.stages.map((s) => s.id));
    assert.equal(ids.size, journey.stages.length);
  });

  test("entity codes and <br> are read as Mermaid shows them", () => {
    const { journey } = readOk('journey\ntitle A #35;1 #quot;q#quot; #unknown;\nsection S#58; x\nLine<br>break #60;b>: 3: Doe#44; Jane\n');
    assert.equal(journey.title, 'A #1 "q" #unknown;');
    assert.equal(journey.stages[0].name, 'S: x');
    assert.equal(journey.touchpoints[0].title, 'Line\nbreak <b>');
    assert.equal(journey.personas[0].name, 'Doe, Jane');
  });

  test('a fractional score within 1–5 is kept', () => {
    assert.equal(readOk('journey\ntitle T\nsection S\nT: 3.5\n').journey.touchpoints[0].emotion, 3.5);
  });
});

describe('fromMermaid problems', () => {
  test('a diagram without a title gets "Untitled journey" and a warning', () => {
    const result = fromMermaid('journey\nsection S\nT: 3\n');
    assert.equal(result.journey.title, UNTITLED_JOURNEY);
    assert.deepEqual(result.problems, [
      { path: '/title', message: 'the diagram has no title; it is called "Untitled journey" (add a line such as "title My working day")', severity: 'warning' },
    ]);
  });

  test('a score that is not a number is an error located at the score', () => {
    const result = fromMermaid('journey\n  title T\n  section S\n    Make tea: lots: Me\n');
    assert.equal(result.journey, null);
    assert.deepEqual(result.problems, [
      { path: '', message: 'line 4, column 15: score "lots" is not a number; Mermaid scores run from 1 to 5', severity: 'error', line: 4, column: 15 },
    ]);
  });

  test('a score outside 1–5 is a warning and is clamped (Mermaid draws it anyway)', () => {
    const result = fromMermaid('journey\ntitle T\nsection S\nHigh: 7\nLow: -2: Me\n');
    assert.deepEqual(errorsOf(result), []);
    assert.deepEqual(result.journey.touchpoints.map((t) => t.emotion), [5, 1]);
    assert.deepEqual(warningsOf(result).map((p) => [p.line, p.column, p.message]), [
      [4, 7, 'line 4, column 7: score 7 is outside Mermaid\'s 1 to 5; it is read as 5'],
      [5, 6, 'line 5, column 6: score -2 is outside Mermaid\'s 1 to 5; it is read as 1'],
    ]);
  });

  test('a task without a score, an unknown statement, a # comment: errors, and reading goes on', () => {
    const text = 'journey\ntitle T\nsection S\n  Make tea\n  Drink: : Me\n  dateFormat YYYY\n  Issue #12: 3\n  Fine: 4: Me\n';
    const result = fromMermaid(text);
    assert.equal(result.journey, null);
    assert.deepEqual(result.problems.map((p) => [p.severity, p.line, p.column]), [
      ['error', 4, 3],
      ['error', 5, 10],
      ['error', 6, 3],
      ['error', 7, 3],
    ]);
    assert.match(result.problems[0].message, /^line 4, column 3: "Make tea" is not a statement of a Mermaid user journey; expected title, accTitle, accDescr, section or a task such as "Make tea: 5: Me"$/);
    assert.match(result.problems[1].message, /the task "Drink" has no score/);
    assert.match(result.problems[2].message, /"dateFormat YYYY" is not a statement/);
    assert.match(result.problems[3].message, /"Issue" is not a statement.*a "#" starts a comment in Mermaid; write #35; for a literal "#"/);
    for (const p of result.problems) assert.equal(p.path, '');
  });

  test('a missing journey header is an error, and the rest is still read', () => {
    const result = fromMermaid('title T\nsection S\nA: x\n');
    assert.equal(result.journey, null);
    assert.deepEqual(result.problems.map((p) => p.message), [
      'line 1, column 1: the first line must be "journey", the header of a Mermaid user journey',
      'line 3, column 4: score "x" is not a number; Mermaid scores run from 1 to 5',
    ]);
  });

  test('another kind of Mermaid diagram gives one clear error', () => {
    const result = fromMermaid('flowchart LR\n  A --> B\n  B --> C\n');
    assert.deepEqual(result, {
      journey: null,
      problems: [{ path: '', message: 'line 1, column 1: "flowchart" is not a Mermaid user journey; the first line must be "journey"', severity: 'error', line: 1, column: 1 }],
    });
  });

  test('empty text, only a header, and a header with only a title', () => {
    for (const text of ['', '   \n\n', '%% only a comment\n']) {
      const result = fromMermaid(text);
      assert.equal(result.journey, null);
      assert.equal(result.problems.length, 1);
      assert.match(result.problems[0].message, /there is no diagram; a Mermaid user journey starts with the line "journey"/);
    }
    for (const text of ['journey', 'journey\ntitle Only a title\n']) {
      const result = fromMermaid(text);
      assert.equal(result.journey, null);
      assert.deepEqual(result.problems.map((p) => p.message), [
        'line 1, column 1: the diagram has no sections or tasks; a journey map needs at least one, e.g. "section Go to work" then "Make tea: 5: Me"',
      ]);
    }
  });

  test('warnings: a second title, ";" and ":" Mermaid refuses, text after a third ":", empty actors', () => {
    const result = fromMermaid('journey\ntitle One\ntitle Two; too\nsection A: B\nT: 3: Me: extra\nU: 4: Me,\n');
    assert.deepEqual(errorsOf(result), []);
    assert.equal(result.journey.title, 'Two; too');
    assert.equal(result.journey.stages[0].name, 'A: B');
    assert.deepEqual(warningsOf(result).map((p) => [p.line, p.column]), [
      [3, 10],
      [3, 1],
      [4, 10],
      [5, 11],
      [6, 10],
    ]);
    assert.match(warningsOf(result)[0].message, /Mermaid does not allow ";" here/);
    assert.match(warningsOf(result)[1].message, /second title; the last one is used/);
    assert.match(warningsOf(result)[2].message, /Mermaid does not allow ":" in a section name/);
    assert.match(warningsOf(result)[3].message, /"extra" after a third ":" is ignored/);
    assert.match(warningsOf(result)[4].message, /an empty actor name is ignored/);
  });

  test('statements that need text, a second header, unclosed blocks and directives', () => {
    const result = fromMermaid('journey\ntitle\nsection\njourney\naccDescr {\n  never closed\nsection S\nT: 3\n%%{ init\n');
    assert.equal(result.journey, null);
    const located = result.problems.filter((p) => p.line !== undefined);
    assert.deepEqual(located.map((p) => [p.line, p.message.replace(/^line \d+, column \d+: /, '')]), [
      [2, 'title needs text after it, e.g. "title My working day"'],
      [3, 'section needs a name after it, e.g. "section Go to work"'],
      [4, 'a second "journey" header; a diagram has one, on its first line'],
      [5, 'the description block "accDescr {" is never closed with "}"'],
      [6, '"never closed" is not a statement of a Mermaid user journey; expected title, accTitle, accDescr, section or a task such as "Make tea: 5: Me"'],
      [9, 'the directive "%%{" is never closed with "}%%"'],
    ]);
  });

  test("the validator's problems are located at the section, task or actor", () => {
    const result = fromMermaid('journey\ntitle T\nsection Empty\nsection Full\n  T: 3\n');
    assert.deepEqual(result.problems, [
      { path: '/stages/0', message: 'line 3, column 1: stage "empty" has no touchpoints', severity: 'warning', line: 3, column: 1 },
    ]);
  });

  test('never throws, whatever it is given', () => {
    for (const input of [undefined, null, 42, {}, [], 'journey\n' + 'x'.repeat(100000), 'journey\n:'.repeat(1000), '\u0000\uD800']) {
      const result = fromMermaid(input);
      assert.ok(Array.isArray(result.problems));
      assert.equal(result.journey, null);
    }
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const result = fromMermaid(`journey\n${text}`);
        assert.ok(Array.isArray(result.problems));
        if (result.journey) assert.deepEqual(errorsOf(parseJourney(result.journey)), []);
        for (const p of result.problems) assert.ok(p.severity === 'error' || p.severity === 'warning');
      }),
      { numRuns: 300 },
    );
  });
});

describe('toMermaid', () => {
  const small = {
    version: 1,
    title: 'Buying a jacket',
    description: 'Two shoppers.',
    personas: [
      { id: 'maria', name: 'Maria' },
      { id: 'jonas', name: 'Jonas' },
    ],
    stages: [
      { id: 'aware', name: 'Awareness' },
      { id: 'buy', name: 'Purchase' },
      { id: 'after', name: 'After' },
    ],
    touchpoints: [
      { id: 'ad', stage: 'aware', title: 'Sees an ad', persona: 'maria', emotion: 1, channel: 'social' },
      { id: 'pay', stage: 'buy', title: 'Pays', persona: ['maria', 'jonas'], emotion: -3 },
      { id: 'search', stage: 'aware', title: 'Searches', emotion: 3 },
      { id: 'wait', stage: 'buy', title: 'Waits', persona: 'jonas' },
    ],
  };

  test('the documented layout: title, accDescr, sections, tasks in display order', () => {
    assert.equal(
      toMermaid(small),
      [
        'journey',
        '    title Buying a jacket',
        '    accDescr: Two shoppers.',
        '    section Awareness',
        '      Sees an ad: 4: Maria',
        '      Searches: 5: Maria, Jonas',
        '    section Purchase',
        '      Pays: 1: Maria, Jonas',
        `      Waits: ${MERMAID_DEFAULT_SCORE}: Jonas`,
        '    section After',
        '',
      ].join('\n'),
    );
  });

  test('scores: the scale maps linearly onto 1–5, rounded; no emotion is 3', () => {
    const score = (journey) => fromMermaid(toMermaid(journey)).journey.touchpoints.map((t) => t.emotion);
    const tps = (emotions) => emotions.map((emotion, i) => ({ id: `t${i}`, stage: 's', title: `T${i}`, ...(emotion !== undefined && { emotion }) }));
    const base = { version: 1, title: 'T', stages: [{ id: 's', name: 'S' }] };
    assert.deepEqual(score({ ...base, touchpoints: tps([-3, -2, -1, 0, 1, 2, 3, undefined]) }), [1, 2, 2, 3, 4, 4, 5, 3]);
    assert.deepEqual(score({ ...base, emotionScale: { min: 1, max: 5 }, touchpoints: tps([1, 2, 3, 4, 5, 2.4, 2.5]) }), [1, 2, 3, 4, 5, 2, 3]);
    assert.deepEqual(score({ ...base, emotionScale: { min: 0, max: 100 }, touchpoints: tps([0, 12, 13, 50, 99, 100]) }), [1, 1, 2, 3, 5, 5]);
  });

  test('a multi-line description becomes an accDescr block', () => {
    const journey = { ...small, description: 'First line\n  second, indented\n\nlast' };
    const text = toMermaid(journey);
    assert.match(text, /\n {4}accDescr \{\n {8}First line\n {10}second, indented\n\n {8}last\n {4}\}\n/);
    assert.equal(fromMermaid(text).journey.description, journey.description);
  });

  test('escapes: Mermaid entity codes for what its grammar cannot hold', () => {
    const journey = {
      version: 1,
      title: 'Q3: 10:30 #1; 50% %%',
      personas: [{ id: 'p', name: 'Doe, Jane: CEO' }],
      stages: [{ id: 's', name: 'Go: now #2' }],
      touchpoints: [
        { id: 'a', stage: 's', title: 'Pay: card; #3 <br> %%x', persona: 'p', emotion: 0 },
        { id: 'b', stage: 's', title: 'Two\nlines', emotion: 0 },
        { id: 'c', stage: 's', title: 'section one', emotion: 0 },
        { id: 'd', stage: 's', title: ' padded ', emotion: 0 },
        { id: 'e', stage: 's', title: '', emotion: 0 },
      ],
    };
    assert.equal(
      toMermaid(journey),
      [
        'journey',
        '    title Q3: 10#58;30 #35;1#59; 50% #37;#37;',
        '    section Go#58; now #35;2',
        '      Pay#58; card#59; #35;3 #60;br> #37;#37;x: 3: Doe#44; Jane#58; CEO',
        '      Two<br>lines: 3: Doe#44; Jane#58; CEO',
        '      #115;ection one: 3: Doe#44; Jane#58; CEO',
        '      #32;padded#32;: 3: Doe#44; Jane#58; CEO',
        '      #8203;: 3: Doe#44; Jane#58; CEO',
        '',
      ].join('\n'),
    );
    const back = fromMermaid(toMermaid(journey)).journey;
    assert.equal(back.title, journey.title);
    assert.equal(back.stages[0].name, journey.stages[0].name);
    assert.deepEqual(back.touchpoints.map((t) => t.title), journey.touchpoints.map((t) => t.title));
    assert.equal(back.personas[0].name, 'Doe, Jane: CEO');
  });

  test('personas with the same name are told apart as "Name (id)"', () => {
    const journey = {
      version: 1,
      title: 'T',
      personas: [
        { id: 'a', name: 'Alex' },
        { id: 'b', name: 'Alex' },
      ],
      stages: [{ id: 's', name: 'S' }],
      touchpoints: [{ id: 't', stage: 's', title: 'T' }],
    };
    assert.match(toMermaid(journey), /T: 3: Alex, Alex \(b\)\n/);
    assert.deepEqual(fromMermaid(toMermaid(journey)).journey.personas.map((p) => p.name), ['Alex', 'Alex (b)']);
  });

  test('a first stage with an empty name is written as tasks before any section', () => {
    const { journey } = readOk('journey\ntitle T\nEarly: 2\nsection Later\nLate: 4\n');
    assert.equal(toMermaid(journey), 'journey\n    title T\n      Early: 2\n    section Later\n      Late: 4\n');
  });
});

/** What survives toMermaid → fromMermaid, per the documented contract. */
function expectedAfterRoundTrip(journey) {
  const scale = emotionScaleOf(journey);
  const names = new Map();
  for (const p of journey.personas ?? []) {
    let name = p.name;
    if ([...names.values()].includes(name)) name = `${p.name} (${p.id})`;
    names.set(p.id, name);
  }
  const tps = touchpointsFor(journey);
  const actors = [];
  for (const tp of tps) for (const id of personaIdsOf(tp, journey)) if (!actors.includes(names.get(id))) actors.push(names.get(id));
  return {
    title: journey.title,
    description: journey.description || undefined,
    stages: journey.stages.map((s) => s.name),
    titles: tps.map((t) => t.title),
    scores: tps.map((t) => (t.emotion === undefined ? 3 : Math.round(1 + ((t.emotion - scale.min) * 4) / (scale.max - scale.min)))),
    actors: tps.map((t) => personaIdsOf(t, journey).map((id) => names.get(id))),
    personas: actors,
  };
}

function actualAfterRoundTrip(journey) {
  const names = new Map((journey.personas ?? []).map((p) => [p.id, p.name]));
  const tps = touchpointsFor(journey);
  return {
    title: journey.title,
    description: journey.description,
    stages: journey.stages.map((s) => s.name),
    titles: tps.map((t) => t.title),
    scores: tps.map((t) => t.emotion),
    actors: tps.map((t) => (t.persona === undefined ? [] : [].concat(t.persona)).map((id) => names.get(id))),
    personas: (journey.personas ?? []).map((p) => p.name),
  };
}

describe('round trip: fromMermaid(toMermaid(journey)) keeps stage names, titles, personas and scores', () => {
  for (const { name, journey } of validFixtures()) {
    test(name, () => {
      const text = toMermaid(journey);
      const result = fromMermaid(text);
      assert.deepEqual(errorsOf(result), [], text);
      assert.deepEqual(actualAfterRoundTrip(result.journey), expectedAfterRoundTrip(journey));
      // What is written reads back to the same text.
      assert.equal(toMermaid(result.journey), text);
    });
  }

  test('random names survive (fast-check)', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 30 });
    const funny = fc.stringMatching(/^[ :;#%,<>{}\n\r\\a-z0-9\u00e9\u53bb]{0,12}$/);
    const anyText = fc.oneof(text, funny);
    fc.assert(
      fc.property(anyText, anyText, fc.array(anyText, { minLength: 1, maxLength: 4 }), fc.array(fc.tuple(anyText, fc.integer({ min: -3, max: 3 })), { minLength: 1, maxLength: 4 }), anyText, (title, stageName, personaNames, tasks, description) => {
        const personas = personaNames.map((n, i) => ({ id: `p${i}`, name: `${n}${i}` })); // distinct names
        const journey = {
          version: 1,
          title,
          ...(description !== '' && { description }),
          personas,
          stages: [{ id: 's', name: stageName }],
          touchpoints: tasks.map(([t, emotion], i) => ({ id: `t${i}`, stage: 's', title: t, persona: personas.map((p) => p.id), emotion })),
        };
        const result = fromMermaid(toMermaid(journey));
        assert.deepEqual(errorsOf(result), []);
        assert.deepEqual(actualAfterRoundTrip(result.journey), expectedAfterRoundTrip(journey));
      }),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Mermaid's own parser (devDependency): its lexer and grammar read toMermaid's output to the same
// title, sections, tasks, scores and actors. Uses Mermaid's journey parser and its entity pre-pass,
// with a recording stand-in for its db (the real one needs a DOM for sanitising).

async function loadMermaidJourneyParser() {
  const dir = path.join(repoRoot, 'node_modules', 'mermaid', 'dist', 'chunks', 'mermaid.core');
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir).filter((f) => f.endsWith('.mjs'));
  const journeyFile = files.find((f) => /^journeyDiagram-.*\.mjs$/.test(f));
  const utilFile = files.find((f) => /export \{[^}]*\bencodeEntities\b/.test(read(path.join(dir, f))));
  if (!journeyFile || !utilFile) return null;
  const { diagram } = await import(pathToFileURL(path.join(dir, journeyFile)).href);
  const { encodeEntities } = await import(pathToFileURL(path.join(dir, utilFile)).href);
  return (text) => {
    const out = { title: undefined, accDescr: undefined, sections: [], tasks: [] };
    let section = '';
    diagram.parser.parser.yy = {
      setDiagramTitle: (t) => (out.title = t),
      setAccTitle: () => {},
      setAccDescription: (t) => (out.accDescr = t),
      addSection: (t) => {
        section = t;
        out.sections.push(t);
      },
      // As Mermaid's journeyDb.addTask splits the task data.
      addTask: (name, data) => {
        const pieces = data.substr(1).split(':');
        out.tasks.push({ section, name, score: Number(pieces[0]), people: pieces.length > 1 ? pieces[1].split(',').map((s) => s.trim()) : [] });
      },
    };
    // Mermaid's preprocessing: whole-line comments out, then entity codes made safe for the lexer.
    const cleaned = text.replace(/^\s*%%(?!{)[^\n]+\n?/gm, '').trimStart();
    diagram.parser.parse(encodeEntities(cleaned) + '\n');
    return out;
  };
}

/** Mermaid's entity placeholders and <br> as the text Mermaid finally shows. */
function shown(text) {
  const named = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'", nbsp: '\u00a0' };
  // <br> is a line break in the text Mermaid draws; entity codes are decoded after, in the SVG.
  const decoded = text
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/\uFB02\u00B0\u00B0(\d+)\u00B6\u00DF/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/\uFB02\u00B0(\w+)\u00B6\u00DF/g, (m, n) => named[n] ?? m);
  return decoded === '\u200B' ? '' : decoded;
}

describe("Mermaid's own parser reads toMermaid's output", async () => {
  const parse = await loadMermaidJourneyParser();
  const skip = parse ? false : 'mermaid is not installed';

  test("Mermaid's documentation example parses as the journey we read", { skip }, () => {
    const ours = fromMermaid(MERMAID_DOCS_EXAMPLE).journey;
    const theirs = parse(MERMAID_DOCS_EXAMPLE);
    assert.deepEqual(theirs.sections, ours.stages.map((s) => s.name));
    assert.deepEqual(theirs.tasks.map((t) => [t.name, t.score]), ours.touchpoints.map((t) => [t.title, t.emotion]));
  });

  for (const { name, journey } of skip ? [] : validFixtures()) {
    test(name, () => {
      const theirs = parse(toMermaid(journey));
      const expected = expectedAfterRoundTrip(journey);
      assert.equal(shown(theirs.title).trim(), expected.title.trim());
      const sections = journey.stages[0].name === '' && touchpointsFor(journey).some((t) => t.stage === journey.stages[0].id) ? expected.stages.slice(1) : expected.stages;
      assert.deepEqual(theirs.sections.map(shown), sections);
      assert.deepEqual(theirs.tasks.map((t) => shown(t.name)), expected.titles);
      assert.deepEqual(theirs.tasks.map((t) => t.score), expected.scores);
      assert.deepEqual(theirs.tasks.map((t) => t.people.map(shown)), expected.actors);
      if (expected.description !== undefined) {
        const lines = (s) => s.split('\n').map((l) => l.trim()).join('\n').trim();
        assert.equal(lines(shown(theirs.accDescr)), lines(expected.description));
      }
    });
  }
});

describe("Mermaid's own parser agrees on random text (fast-check)", async () => {
  const parse = await loadMermaidJourneyParser();
  test("text Mermaid's entity pre-pass would take for a style (style…:x#…;)", { skip: parse ? false : 'mermaid is not installed' }, () => {
    const texts = ['Lifestyle:#1; x', 'style: #1;', 'classDef a:b#c;', 'restyle #58; a:b #35;', 'style:x;y#z;'];
    const journey = {
      version: 1,
      title: texts[0],
      description: texts.join(' '),
      personas: texts.map((name, i) => ({ id: `p${i}`, name })),
      stages: texts.map((name, i) => ({ id: `s${i}`, name })),
      touchpoints: texts.map((title, i) => ({ id: `t${i}`, stage: `s${i}`, title, persona: `p${i}` })),
    };
    const theirs = parse(toMermaid(journey));
    assert.equal(shown(theirs.title), texts[0]);
    assert.equal(shown(theirs.accDescr), journey.description);
    assert.deepEqual(theirs.sections.map(shown), texts);
    assert.deepEqual(theirs.tasks.map((t) => shown(t.name)), texts);
    assert.deepEqual(theirs.tasks.map((t) => t.people.map(shown)), texts.map((name) => [name]));
  });

  test('titles, sections, tasks and actors with any characters', { skip: parse ? false : 'mermaid is not installed' }, () => {
    const anyText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 20 }), fc.stringMatching(/^[ :;#%,<>{}\n\\a-z0-9\u00e9]{0,12}$/));
    fc.assert(
      fc.property(anyText, fc.array(anyText, { minLength: 1, maxLength: 3 }), fc.array(fc.tuple(anyText, anyText), { minLength: 1, maxLength: 3 }), (title, personaNames, stages) => {
        const personas = personaNames.map((n, i) => ({ id: `p${i}`, name: `${n}${i}` }));
        const journey = {
          version: 1,
          title,
          personas,
          stages: stages.map(([name], i) => ({ id: `s${i}`, name: `${name}.` })), // a first stage never has an empty name here
          touchpoints: stages.map(([, t], i) => ({ id: `t${i}`, stage: `s${i}`, title: t, emotion: 0 })),
        };
        const theirs = parse(toMermaid(journey));
        assert.equal(shown(theirs.title), title);
        assert.deepEqual(theirs.sections.map(shown), journey.stages.map((s) => s.name));
        assert.deepEqual(theirs.tasks.map((t) => shown(t.name)), journey.touchpoints.map((t) => t.title));
        assert.deepEqual(theirs.tasks.map((t) => t.people.map(shown)), journey.touchpoints.map(() => personas.map((p) => p.name)));
      }),
      { numRuns: 300 },
    );
  });
});
