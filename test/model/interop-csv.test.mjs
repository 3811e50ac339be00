// CSV: toCsv writes one row per touchpoint in the documented columns and cell formats; fromCsv
// reads what spreadsheet users type (any column order and spelling, ; or tab separators, decimal
// commas) and names the row and column of every problem; fromCsv(toCsv(j)) keeps every
// touchpoint field CSV holds for every valid fixture.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { csvParseRows } from 'd3-dsv';
import { parseJourney, touchpointsFor } from '../../dist/model/index.js';
import { CSV_COLUMNS, UNTITLED_JOURNEY, fromCsv, toCsv } from '../../dist/model/interop/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const interopDir = path.join(repoRoot, 'test', 'fixtures', 'interop');
const read = (file) => readFileSync(file, 'utf8');

function validFixtures() {
  const dirs = [path.join(repoRoot, 'test', 'fixtures', 'valid'), interopDir, path.resolve(repoRoot, '..', 'shared', 'fixtures', 'valid')];
  const out = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
      const { journey } = parseJourney(read(path.join(dir, file)));
      assert.ok(journey, file);
      out.push({ name: `${path.basename(dir)}/${file}`, journey });
    }
  }
  return out;
}

const errorsOf = (result) => result.problems.filter((p) => p.severity === 'error');
const warningsOf = (result) => result.problems.filter((p) => p.severity === 'warning');
const HEADER = CSV_COLUMNS.join(',');

/** A CSV of the given columns and rows (arrays of cells, written as they are). */
const csv = (header, ...rows) => [header, ...rows].join('\n') + '\n';

function readOk(text, options) {
  const result = fromCsv(text, options);
  assert.deepEqual(errorsOf(result), [], JSON.stringify(result.problems));
  assert.ok(result.journey);
  return result;
}

describe('toCsv', () => {
  const journey = {
    version: 1,
    title: 'Not in CSV',
    personas: [
      { id: 'maria', name: 'Maria' },
      { id: 'jonas', name: 'Jonas' },
    ],
    stages: [
      { id: 'aware', name: 'Awareness' },
      { id: 'empty', name: 'Nothing here' },
      { id: 'buy', name: 'Purchase' },
    ],
    touchpoints: [
      {
        id: 'pay',
        stage: 'buy',
        title: 'Pays, finally',
        persona: ['maria', 'jonas'],
        emotion: -1.5,
        painPoints: ['Slow', { text: 'Card declined', severity: 'high' }],
        opportunities: [{ text: 'Wallets', impact: 4, effort: 2, owner: 'Web team' }],
        metrics: [{ kind: 'csat', value: 4.6 }, { kind: 'nps', value: 34, target: 50 }, { kind: 'wait', value: 3, unit: 'min', label: 'Queue' }],
        momentOfTruth: true,
      },
      { id: 'ad', stage: 'aware', title: 'Sees an ad', persona: 'maria', actions: ['Scrolls', 'Taps | swipes'], evidence: { level: 'validated', sampleSize: 12 } },
    ],
  };

  test('the documented header, rows in display order, a row for an empty stage', () => {
    const rows = csvParseRows(toCsv(journey));
    assert.deepEqual(rows[0], [...CSV_COLUMNS]);
    assert.equal(HEADER, 'id,stage,stage_name,title,persona,channel,description,actions,thoughts,emotion,emotion_label,emotion_min,emotion_max,evidence_level,evidence_sample_size,evidence_source,pain_points,opportunities,backstage,moment_of_truth,quotes,url,next,metrics');
    const at = (row, column) => row[CSV_COLUMNS.indexOf(column)];
    assert.deepEqual(rows.slice(1).map((r) => [at(r, 'id'), at(r, 'stage'), at(r, 'stage_name'), at(r, 'title')]), [
      ['ad', 'aware', 'Awareness', 'Sees an ad'],
      ['', 'empty', 'Nothing here', ''],
      ['pay', 'buy', 'Purchase', 'Pays, finally'],
    ]);
    const pay = rows[3];
    assert.equal(at(pay, 'persona'), 'maria|jonas');
    assert.equal(at(pay, 'emotion'), '-1.5');
    assert.equal(at(pay, 'pain_points'), 'Slow|Card declined [high]');
    assert.equal(at(pay, 'opportunities'), 'Wallets [impact 4, effort 2, owner Web team]');
    assert.equal(at(pay, 'metrics'), 'csat=4.6|nps=34 [target 50]|wait=3 [unit min, label Queue]');
    assert.equal(at(pay, 'moment_of_truth'), 'true');
    assert.equal(at(rows[1], 'actions'), 'Scrolls|Taps \\| swipes');
    assert.equal(at(rows[1], 'evidence_level'), 'validated');
    assert.equal(at(rows[1], 'evidence_sample_size'), '12');
  });

  test('text: RFC 4180 quoting by d3-dsv, line ends \\n, a final line break', () => {
    const text = toCsv(journey);
    assert.ok(text.endsWith('\n'));
    assert.match(text, /^id,stage,/);
    assert.match(text, /\npay,buy,Purchase,"Pays, finally",/);
    assert.doesNotMatch(text, /\r/);
  });
});

describe('fromCsv reads what spreadsheet users type', () => {
  test('the example file: any column order and spelling, lists, pain points, opportunities, metrics', () => {
    const { journey, problems } = readOk(read(path.join(interopDir, 'touchpoints.csv')), { title: 'Buying a jacket' });
    assert.deepEqual(problems, []);
    assert.equal(journey.title, 'Buying a jacket');
    assert.deepEqual(journey.stages, [
      { id: 'aware', name: 'Awareness' },
      { id: 'visit', name: 'Store visit' },
      { id: 'buy', name: 'Purchase' },
    ]);
    assert.deepEqual(journey.personas, [
      { id: 'maria', name: 'maria' },
      { id: 'jonas', name: 'jonas' },
    ]);
    assert.deepEqual(journey.touchpoints[2], {
      id: 'visit',
      stage: 'visit',
      title: 'Tries on jackets, asks staff',
      persona: 'jonas',
      channel: 'store',
      emotion: 2,
      painPoints: [{ text: 'Long queue', severity: 'high' }, 'No size M'],
      opportunities: [{ text: 'Self-checkout', impact: 5, effort: 3, owner: 'Retail ops' }],
      momentOfTruth: true,
      metrics: [
        { kind: 'csat', value: 4.6 },
        { kind: 'nps', value: 34, target: 50 },
      ],
    });
    assert.deepEqual(journey.touchpoints[3], {
      id: 'tp-5',
      stage: 'buy',
      title: 'Pays',
      channel: 'web',
      emotion: -2.5,
      painPoints: ['Card declined'],
      momentOfTruth: true,
      metrics: [
        { kind: 'conversion', value: 0.62, target: 0.7 },
        { kind: 'time-on-task', value: 95, unit: 's' },
      ],
    });
  });

  test('a semicolon-separated export with a BOM, CRLF and a decimal comma (one warning)', () => {
    const result = readOk(read(path.join(interopDir, 'touchpoints-semicolon.csv')));
    assert.equal(result.journey.title, UNTITLED_JOURNEY);
    assert.deepEqual(result.journey.touchpoints.map((t) => [t.title, t.emotion]), [
      ['Finner parkering; til slutt', -1.5],
      ['Sjekker inn', 2],
    ]);
    assert.deepEqual(result.journey.touchpoints[0].actions, ['Kjører rundt', 'Spør vakt']);
    assert.deepEqual(result.problems, [
      {
        path: '',
        message: 'row 2, column "emotion": "-1,5" is read as -1.5 (a decimal comma); other decimal commas in this file are read the same way',
        severity: 'warning',
        line: 2,
        column: 3,
      },
    ]);
  });

  test('tab-separated', () => {
    const { journey } = readOk('stage\ttitle\temotion\na\tOne, two\t1\n');
    assert.deepEqual(journey.touchpoints, [{ id: 'tp-2', stage: 'a', title: 'One, two', emotion: 1 }]);
  });

  test('column names: case, spaces, _ and - and camelCase are the same', () => {
    for (const header of ['STAGE,Title,Emotion Label', 'stage,title,emotion-label', 'Stage,TITLE,emotionLabel', ' stage , title , emotion__label ']) {
      const { journey } = readOk(`${header}\ns,T,calm\n`);
      assert.equal(journey.touchpoints[0].emotionLabel, 'calm', header);
    }
  });

  test('options: title, locale and emotion scale', () => {
    const { journey } = readOk('stage,title,emotion\ns,T,5\n', { title: 'Mine', locale: 'nb-NO', emotionScale: { min: 1, max: 5 } });
    assert.equal(journey.title, 'Mine');
    assert.equal(journey.locale, 'nb-NO');
    assert.deepEqual(journey.emotionScale, { min: 1, max: 5 });
  });

  test('booleans: true/false, yes/no, 1/0, x; empty is absent', () => {
    const { journey } = readOk('stage,title,moment_of_truth\ns,a,TRUE\ns,b,yes\ns,c,1\ns,d,x\ns,e,false\ns,f,No\ns,g,0\ns,h,\n');
    assert.deepEqual(journey.touchpoints.map((t) => t.momentOfTruth), [true, true, true, true, false, false, false, undefined]);
  });

  test('stages in order of first appearance; a row with only a stage declares an empty stage', () => {
    const { journey, problems } = readOk('stage,stage_name,title\nb,Second,x\na,First,y\nb,,z\nc,Third,\n');
    assert.deepEqual(journey.stages, [
      { id: 'b', name: 'Second' },
      { id: 'a', name: 'First' },
      { id: 'c', name: 'Third' },
    ]);
    assert.equal(journey.touchpoints.length, 3);
    assert.deepEqual(problems.map((p) => p.message), ['row 5, column "stage": stage "c" has no touchpoints']);
  });

  test('the stage id is the name when there is no stage_name; a later name fills it in', () => {
    const { journey } = readOk('stage,stage_name,title\ns,,x\ns,Named later,y\nt,,z\n');
    assert.deepEqual(journey.stages, [
      { id: 's', name: 'Named later' },
      { id: 't', name: 't' },
    ]);
  });

  test('ids: tp-<row> when missing or empty, unique against the ids written', () => {
    const { journey } = readOk('id,stage,title\n,s,a\ntp-2,s,b\n,s,c\n\n,s,d\n');
    assert.deepEqual(journey.touchpoints.map((t) => t.id), ['tp-2-2', 'tp-2', 'tp-4', 'tp-6']);
  });

  test('blank lines are skipped; cells beyond the header are ignored with a warning', () => {
    const result = fromCsv('stage,title\n\ns,a\n,\ns,b,extra\n');
    assert.equal(result.journey.touchpoints.length, 2);
    assert.deepEqual(result.problems.map((p) => [p.line, p.column, p.message]), [
      [5, 3, 'row 5, column 3: this row has more cells than the header has columns; cells from column 3 on are ignored'],
    ]);
  });

  test('list cells: | separates, \\| and \\\\ escape, spaces around items are trimmed, \\ keeps one', () => {
    const { journey } = readOk('stage,title,actions,quotes\ns,t," a | b\\|c |d\\\\e | \\ spaced\\ ",one\n');
    assert.deepEqual(journey.touchpoints[0].actions, ['a', 'b|c', 'd\\e', ' spaced ']);
    assert.deepEqual(journey.touchpoints[0].quotes, ['one']);
  });

  test('a bracket that is not a severity or opportunity detail stays text, with a warning', () => {
    const result = fromCsv('stage,title,pain_points,opportunities\ns,t,Bug [JIRA-12]|Fine [Severity High]|\\[literal],"Idea [big]|Idea [owner A\\, B\\]]"\n');
    assert.deepEqual(errorsOf(result), []);
    const tp = result.journey.touchpoints[0];
    assert.deepEqual(tp.painPoints, ['Bug [JIRA-12]', { text: 'Fine', severity: 'high' }, '[literal]']);
    assert.deepEqual(tp.opportunities, ['Idea [big]', { text: 'Idea', owner: 'A, B]' }]);
    assert.deepEqual(warningsOf(result).map((p) => p.message), [
      'row 2, column "pain_points", item 1: [JIRA-12] is not a severity (low, medium or high); it is kept as part of the text (write \\[ for a literal "[")',
      'row 2, column "opportunities", item 1: [big] is not a list of impact, effort and owner (e.g. [impact 4, effort 2, owner Web team]); it is kept as part of the text (write \\[ for a literal "[")',
    ]);
  });

  test('metrics: kind=value with [target, unit, label]; kind=value: 1 also reads', () => {
    const { journey } = readOk('stage,title,metrics\ns,t,"csat=4.2 | nps = -5 [target: 10, label=Our NPS] | a\\=b=1e3"\n');
    assert.deepEqual(journey.touchpoints[0].metrics, [
      { kind: 'csat', value: 4.2 },
      { kind: 'nps', value: -5, target: 10, label: 'Our NPS' },
      { kind: 'a=b', value: 1000 },
    ]);
  });
});

describe('fromCsv problems name the row and the column', () => {
  test('a number that is not one: row, column name, line and column index', () => {
    const result = fromCsv('stage,title,emotion\ns,a,1\ns,b,2\ns,c,3\ns,d,abc\n');
    assert.equal(result.journey, null);
    assert.deepEqual(result.problems, [{ path: '', message: 'row 5, column "emotion": "abc" is not a number', severity: 'error', line: 5, column: 3 }]);
  });

  test('a row after cells with line breaks: row and line differ, both are given', () => {
    const result = fromCsv('stage,title,emotion\ns,"two\nlines",1\ns,"three\r\nline\ncell",x\n');
    assert.deepEqual(result.problems, [{ path: '', message: 'row 3 (line 4), column "emotion": "x" is not a number', severity: 'error', line: 4, column: 3 }]);
  });

  test('missing stage or title column: errors, rows not read', () => {
    const result = fromCsv('Name,Feeling\na,1\n');
    assert.equal(result.journey, null);
    assert.deepEqual(result.problems.map((p) => [p.severity, p.line, p.column, p.message]), [
      ['warning', 1, 1, 'row 1, column "Name": "Name" is not a journeykit column; its cells are ignored (the columns are ' + CSV_COLUMNS.join(', ') + ')'],
      ['warning', 1, 2, 'row 1, column "Feeling": "Feeling" is not a journeykit column; its cells are ignored (the columns are ' + CSV_COLUMNS.join(', ') + ')'],
      ['error', 1, undefined, 'row 1: the header row has no "stage" column; every touchpoint needs a stage (the first row must name the columns)'],
      ['error', 1, undefined, 'row 1: the header row has no "title" column; every touchpoint needs a title (the first row must name the columns)'],
    ]);
  });

  test('a repeated column and an unnamed one with data: warnings', () => {
    const result = fromCsv('stage,title,Title,\ns,a,b,c\n');
    assert.equal(result.journey.touchpoints[0].title, 'a');
    assert.deepEqual(warningsOf(result).map((p) => p.message), [
      'row 1, column "Title": this column repeats column 2 (title); its cells are ignored',
      'row 1, column 4: this column has no name in the header row; its cells are ignored',
    ]);
  });

  test('cell errors: stage missing, booleans, ranges, evidence, opportunity and metric syntax; reading goes on', () => {
    const text = csv(
      'stage,title,moment_of_truth,emotion_min,emotion_max,evidence_sample_size,opportunities,metrics',
      ',No stage,,,,,,',
      's,Bad bool,maybe,,,,,',
      's,Half range,,1,,,,',
      's,Other half,,,2,,,',
      's,Evidence without level,,,,12,,',
      's,Bad opp,,,,,Idea [impact high],',
      's,Bad metrics,,,,,,csat|nps=|x=abc [target y]',
    );
    const result = fromCsv(text);
    assert.equal(result.journey, null);
    assert.deepEqual(result.problems.map((p) => p.message), [
      'row 2, column "stage": the stage is empty; every touchpoint needs one',
      'row 3, column "moment_of_truth": "maybe" is not true or false; write true/false, yes/no, 1/0, or x for true',
      'row 4, column "emotion_min": emotion_min needs emotion_max too: the range is the worst and the best case',
      'row 5, column "emotion_max": emotion_max needs emotion_min too: the range is the worst and the best case',
      'row 6, column "evidence_sample_size": evidence needs evidence_level too (assumption, anecdotal, validated)',
      'row 7, column "opportunities", item 1: impact "high" is not a number',
      'row 8, column "metrics", item 1: "csat" is not a metric; write kind=value, e.g. csat=4.2 or nps=31 [target 40]',
      'row 8, column "metrics", item 2: nps has no value; write nps=<number>',
      'row 8, column "metrics", item 3: the value of x: "abc" is not a number',
    ]);
    for (const p of result.problems) {
      assert.equal(p.severity, 'error');
      assert.equal(p.path, '');
      assert.equal(typeof p.line, 'number');
      assert.equal(typeof p.column, 'number');
    }
  });

  test("the validator's problems keep their pointer and get the row and column of their cell", () => {
    const text = csv(
      'id,stage,title,emotion,evidence_level,opportunities,next,url,metrics',
      'a,s,One,5,validated,,b,,',
      'a,s,Two,1,sure,"x|y [impact 9]",nowhere,javascript:alert(1),nps=200',
    );
    const result = fromCsv(text);
    assert.equal(result.journey, null);
    const shown = result.problems.map((p) => [p.path, p.line, p.column, /^row \d+, column "[^"]+"(, item \d+)?/.exec(p.message)?.[0]]);
    assert.deepEqual(shown, [
      ['/touchpoints/0/emotion', 2, 4, 'row 2, column "emotion"'],
      ['/touchpoints/0/next/0', 2, 7, 'row 2, column "next", item 1'],
      ['/touchpoints/1/id', 3, 1, 'row 3, column "id"'],
      ['/touchpoints/1/evidence/level', 3, 5, 'row 3, column "evidence_level"'],
      ['/touchpoints/1/opportunities/1/impact', 3, 6, 'row 3, column "opportunities", item 2'],
      ['/touchpoints/1/metrics/0/value', 3, 9, 'row 3, column "metrics", item 1'],
      ['/touchpoints/1/url', 3, 8, 'row 3, column "url"'],
      ['/touchpoints/1/next/0', 3, 7, 'row 3, column "next", item 1'],
    ]);
    assert.match(result.problems[0].message, /^row 2, column "emotion": emotion 5 is outside the emotion scale \(-3 to 3\)$/);
    assert.match(result.problems[7].message, /^row 3, column "next", item 1: next "nowhere" is not the id of any touchpoint/);
    assert.match(result.problems[1].message, /^row 2, column "next", item 1: next "b" is not the id of any touchpoint/);
  });

  test('an emotion scale option that is not valid is reported without a row', () => {
    const result = fromCsv('stage,title\ns,t\n', { emotionScale: { min: 5, max: 1 } });
    assert.deepEqual(result.problems, [{ path: '/emotionScale', message: 'emotionScale min 5 must be less than max 1', severity: 'error' }]);
  });

  test('an unclosed quote is an error', () => {
    const result = fromCsv('stage,title\ns,ok\ns,"never closed\ns,lost\n');
    assert.equal(result.journey, null);
    assert.equal(errorsOf(result).length, 1);
    assert.match(errorsOf(result)[0].message, /^line 3: the file has an odd number of double quotes/);
    assert.equal(errorsOf(result)[0].line, 3);
  });

  test('empty input, a header alone, whitespace', () => {
    for (const text of ['', '\n\n', ' , \n']) {
      const result = fromCsv(text);
      assert.equal(result.journey, null);
      assert.deepEqual(result.problems.map((p) => p.message), ['row 1: the file is empty; the first row must name the columns, e.g. "stage,title,emotion"']);
    }
    assert.deepEqual(fromCsv('stage,title\n').problems.map((p) => p.message), ['row 1: the file has no rows below the header; a journey needs at least one stage']);
  });

  test('never throws, whatever it is given', () => {
    for (const input of [undefined, null, 42, {}, []]) {
      const result = fromCsv(input);
      assert.equal(result.journey, null);
      assert.equal(result.problems.length, 1);
    }
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const result = fromCsv(`stage,title,emotion,persona,pain_points,opportunities,metrics,next\n${text}`);
        assert.ok(Array.isArray(result.problems));
        if (result.journey) assert.deepEqual(errorsOf(parseJourney(result.journey)), []);
      }),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Round trip

/** Only the given keys of an object, in the object's order. */
const pick = (obj, keys) => Object.fromEntries(Object.entries(obj).filter(([k]) => keys.includes(k)));

/**
 * The fields CSV holds, normalised as documented: one persona id = the id; `{ text }` = text;
 * unknown fields (also inside evidence, pain points, opportunities, metrics) are not kept.
 */
function csvView(tp) {
  const out = { ...tp };
  if (Array.isArray(out.persona) && out.persona.length === 1) out.persona = out.persona[0];
  const item = (keys) => (x) => {
    if (typeof x === 'string') return x;
    const kept = pick(x, keys);
    return Object.keys(kept).length === 1 ? kept.text : kept;
  };
  if (out.painPoints) out.painPoints = out.painPoints.map(item(['text', 'severity']));
  if (out.opportunities) out.opportunities = out.opportunities.map(item(['text', 'impact', 'effort', 'owner']));
  if (out.metrics) out.metrics = out.metrics.map((m) => pick(m, ['kind', 'value', 'target', 'unit', 'label']));
  if (out.evidence) out.evidence = pick(out.evidence, ['level', 'sampleSize', 'source']);
  if (out.emotionRange) out.emotionRange = pick(out.emotionRange, ['min', 'max']);
  for (const key of Object.keys(out)) {
    if (!['id', 'stage', 'title', 'persona', 'channel', 'description', 'actions', 'thoughts', 'emotion', 'emotionLabel', 'emotionRange', 'evidence', 'painPoints', 'opportunities', 'backstage', 'momentOfTruth', 'metrics', 'quotes', 'url', 'next'].includes(key)) delete out[key];
    // Documented losses: empty strings and empty lists (or a list of one empty string) read back as absent.
    const v = out[key];
    if (v === '' && key !== 'title') delete out[key];
    if (Array.isArray(v) && (v.length === 0 || (v.length === 1 && v[0] === ''))) delete out[key];
  }
  return out;
}

describe('round trip: fromCsv(toCsv(journey)) keeps every touchpoint field CSV holds', () => {
  for (const { name, journey } of validFixtures()) {
    test(name, () => {
      const text = toCsv(journey);
      const options = { title: journey.title, ...(journey.locale && { locale: journey.locale }), ...(journey.emotionScale && { emotionScale: journey.emotionScale }) };
      const result = fromCsv(text, options);
      assert.deepEqual(errorsOf(result), []);
      const back = result.journey;
      // An empty stage name reads back as the stage's id (documented).
      assert.deepEqual(back.stages.map((s) => [s.id, s.name]), journey.stages.map((s) => [s.id, s.name === '' ? s.id : s.name]));
      assert.deepEqual(back.touchpoints, touchpointsFor(journey).map(csvView));
      // Personas: the ids touchpoints name, each named by its id.
      const named = [...new Set(touchpointsFor(journey).flatMap((t) => (t.persona === undefined ? [] : [].concat(t.persona))))];
      assert.deepEqual((back.personas ?? []).map((p) => [p.id, p.name]), named.map((id) => [id, id]));
      assert.equal(back.title, journey.title);
      // Writing again gives the same text (an empty stage name came back as the id).
      if (journey.stages.every((s) => s.name !== '')) assert.equal(toCsv(back), text);
    });
  }

  test('markup, quotes, commas, line breaks, | and \\ in cells survive (fast-check)', () => {
    const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 25 }), fc.stringMatching(/^[ ",|\\\[\]=\n\r;<>&a-z0-9]{0,14}$/), fc.constantFrom('<b>x</b>', '=SUM(A1)', '"', '\\', '|', '[high]', ' x ', 'a [impact 4]'));
    const list = fc.array(text, { minLength: 1, maxLength: 4 }).filter((items) => !(items.length === 1 && items[0] === ''));
    const maybe = (arb) => fc.option(arb, { nil: undefined });
    const nonEmpty = text.filter((s) => s !== '');
    const tp = fc.record(
      {
        title: text,
        channel: maybe(nonEmpty),
        description: maybe(nonEmpty),
        actions: maybe(list),
        quotes: maybe(list),
        emotion: maybe(fc.double({ min: -3, max: 3, noNaN: true }).map((x) => x + 0)), // -0 is written 0, as in JSON
        painPoints: maybe(fc.array(fc.oneof(text, fc.record({ text, severity: fc.constantFrom('low', 'medium', 'high') })), { minLength: 1, maxLength: 3 }).filter((items) => !(items.length === 1 && items[0] === ''))),
        opportunities: maybe(fc.array(fc.oneof(text, fc.record({ text, impact: fc.integer({ min: 1, max: 5 }), owner: text })), { minLength: 1, maxLength: 3 }).filter((items) => !(items.length === 1 && items[0] === ''))),
        metrics: maybe(fc.array(fc.record({ kind: nonEmpty, value: fc.double({ min: 0, max: 1e6, noNaN: true }).map((x) => x + 0), target: fc.integer(), unit: text, label: text }), { minLength: 1, maxLength: 2 })),
      },
      { requiredKeys: ['title'] },
    );
    fc.assert(
      fc.property(fc.array(tp, { minLength: 1, maxLength: 3 }), fc.array(nonEmpty, { minLength: 1, maxLength: 3 }), (tps, stageIds) => {
        const stages = [...new Set(stageIds)].map((id) => ({ id, name: id }));
        const journey = {
          version: 1,
          title: 'T',
          stages,
          touchpoints: tps.map((t, i) => {
            const out = { id: `t${i}`, stage: stages[i % stages.length].id };
            for (const [k, v] of Object.entries(t)) if (v !== undefined) out[k] = v;
            // metrics: drop known kinds (ranges) by prefixing
            if (out.metrics) out.metrics = out.metrics.map((m) => ({ ...m, kind: `k${m.kind}` }));
            return out;
          }),
        };
        const valid = parseJourney(journey);
        assert.deepEqual(errorsOf(valid), []);
        const result = fromCsv(toCsv(valid.journey));
        assert.deepEqual(errorsOf(result), [], JSON.stringify(result.problems));
        assert.deepEqual(result.journey.touchpoints, touchpointsFor(valid.journey).map(csvView));
      }),
      { numRuns: 300 },
    );
  });
});
