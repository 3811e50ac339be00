// docs/journey.schema.json and parseJourney must agree: they accept and refuse the same files,
// except files whose only errors are of kinds JSON Schema cannot express (listed below), which the
// schema accepts and parseJourney refuses.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv/dist/2020.js';
import fc from 'fast-check';
import {
  COLOR_PATTERN,
  DATE_TIME_PATTERN,
  DIRECTIONS,
  EVIDENCE_LEVELS,
  KNOWN_METRIC_KINDS,
  LANE_IDS,
  LOCALE_PATTERN,
  MAX_COLOR_LENGTH,
  METRIC_DIRECTIONS,
  OPPORTUNITY_STATUSES,
  SEVERITIES,
  STATES,
  SUBJECTS,
  isSafeUrl,
  metricInfo,
  parseJourney,
} from '../../dist/model/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const schema = JSON.parse(readFileSync(path.join(repoRoot, 'docs', 'journey.schema.json'), 'utf8'));
const ajv = new Ajv({ strict: false, allErrors: true });
const validate = ajv.compile(schema);

/**
 * Invalid fixtures whose only errors JSON Schema cannot express. The schema accepts them;
 * parseJourney must refuse them. Keyed "<set>/<file>".
 */
const SCHEMA_CANNOT_EXPRESS = new Map([
  // Unique ids among personas, stages, touchpoints.
  ['project/duplicate-ids.json', 'duplicate ids'],
  ['shared/duplicate-touchpoint-id.json', 'duplicate ids'],
  // References: a touchpoint's stage, persona and next must name existing ids.
  ['project/dangling-stage.json', 'dangling stage'],
  ['project/dangling-persona.json', 'dangling persona'],
  ['project/dangling-persona-no-personas.json', 'dangling persona'],
  ['project/dangling-next.json', 'dangling next'],
  ['shared/dangling-stage.json', 'dangling stage'],
  ['shared/unknown-persona.json', 'dangling persona'],
  ['shared/dangling-next.json', 'dangling next'],
  // Emotions against a custom scale (the default scale is expressed with if/then).
  ['project/emotion-custom-scale.json', 'emotion outside a custom scale'],
  ['project/emotion-range-outside-custom-scale.json', 'emotionRange outside a custom scale'],
  ['shared/emotion-out-of-scale.json', 'emotion outside a custom scale'],
  // Order between two values of the document.
  ['project/emotion-range-inverted.json', 'emotionRange min > max'],
  ['project/emotion-outside-range.json', 'emotion outside its emotionRange'],
  ['project/scale-inverted.json', 'emotionScale min ≥ max'],
  ['project/scale-label-out-of-scale.json', 'label key outside the scale'],
]);

const sets = [
  { set: 'project', dir: path.join(repoRoot, 'test', 'fixtures') },
  { set: 'shared', dir: path.join(path.resolve(repoRoot, '..', 'shared'), 'fixtures') },
];

function fixtureFiles({ set, dir }) {
  const out = [];
  for (const kind of ['valid', 'invalid']) {
    const sub = path.join(dir, kind);
    for (const file of readdirSync(sub).sort()) {
      if (file === 'expected.json') continue;
      out.push({ key: `${set}/${file}`, kind, file, text: readFileSync(path.join(sub, file), 'utf8') });
    }
  }
  return out;
}

const ajvErrors = () => (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`).join('; ');

for (const { set, dir } of sets) {
  const present = existsSync(dir);
  describe(`${set} fixtures: schema and validator agree`, { skip: present ? false : `${dir} is absent` }, () => {
    if (!present) return;
    for (const { key, kind, file, text } of fixtureFiles({ set, dir })) {
      if (file.endsWith('.txt')) {
        test(`${key}: not JSON, so both refuse it`, () => {
          assert.throws(() => JSON.parse(text.replace(/^\uFEFF/, '')));
          assert.equal(parseJourney(text).journey, null);
        });
        continue;
      }
      test(`${key}`, () => {
        const data = JSON.parse(text.replace(/^\uFEFF/, ''));
        const schemaOk = validate(data);
        const result = parseJourney(text);
        const parserOk = result.journey !== null;
        if (SCHEMA_CANNOT_EXPRESS.has(key)) {
          assert.equal(parserOk, false, `parseJourney must refuse ${key} (${SCHEMA_CANNOT_EXPRESS.get(key)})`);
          assert.equal(schemaOk, true, `${key} is listed as beyond the schema, but the schema refuses it: ${ajvErrors()}`);
        } else {
          assert.equal(schemaOk, parserOk, `schema ${schemaOk ? 'accepts' : `refuses (${ajvErrors()})`}, parseJourney ${parserOk ? 'accepts' : `refuses (${JSON.stringify(result.problems)})`}`);
        }
        if (kind === 'valid') assert.equal(schemaOk, true);
      });
    }
  });
}

test('every listed exception names an existing fixture', () => {
  for (const key of SCHEMA_CANNOT_EXPRESS.keys()) {
    const [set, file] = key.split('/');
    const { dir } = sets.find((s) => s.set === set);
    if (!existsSync(dir)) continue;
    assert.ok(existsSync(path.join(dir, 'invalid', file)), key);
  }
});

describe('the schema itself', () => {
  test('is draft 2020-12 with an $id', () => {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.match(schema.$id, /^https:\/\/journeykit\.dev\/schema\/journey-1\.json$/);
  });

  test('every property has a title and a description', () => {
    const missing = [];
    const walk = (node, where) => {
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${where}/${i}`));
      if (!node || typeof node !== 'object') return;
      if (node.properties && !where.includes('/if') && !where.includes('/then')) {
        for (const [name, sub] of Object.entries(node.properties)) {
          if (!sub.title || !sub.description) missing.push(`${where}/properties/${name}`);
        }
      }
      for (const [k, v] of Object.entries(node)) walk(v, `${where}/${k}`);
    };
    walk(schema, '');
    assert.deepEqual(missing, []);
  });

  test('says what it cannot check', () => {
    const text = JSON.stringify(schema);
    assert.match(schema.description, /checked by parseJourney, not by this schema/);
    for (const phrase of ['unique', 'references', 'custom scale', 'min ≤ emotion ≤ max']) assert.ok(text.includes(phrase), phrase);
  });

  test('enums match the library constants', () => {
    const d = schema.$defs;
    assert.deepEqual(d.laneId.enum, [...LANE_IDS]);
    assert.deepEqual(d.evidence.properties.level.enum, [...EVIDENCE_LEVELS]);
    assert.deepEqual(d.painPoint.anyOf[1].properties.severity.enum, [...SEVERITIES]);
    assert.deepEqual(schema.properties.dir.enum, [...DIRECTIONS]);
    assert.deepEqual(schema.properties.subject.enum, [...SUBJECTS]);
    assert.deepEqual(schema.properties.state.enum, [...STATES]);
    assert.deepEqual(d.metric.properties.direction.enum, [...METRIC_DIRECTIONS]);
    assert.deepEqual(d.opportunity.anyOf[1].properties.status.enum, [...OPPORTUNITY_STATUSES]);
  });

  test('patterns match the library patterns', () => {
    assert.equal(schema.properties.locale.pattern, LOCALE_PATTERN.source);
    assert.equal(schema.$defs.persona.properties.color.pattern, COLOR_PATTERN.source);
    assert.equal(schema.$defs.persona.properties.color.maxLength, MAX_COLOR_LENGTH);
    assert.equal(schema.$defs.metric.properties.asOf.pattern, DATE_TIME_PATTERN.source);
  });

  test('metric ranges match metricInfo', () => {
    const rules = schema.$defs.metric.allOf;
    assert.equal(rules.length, KNOWN_METRIC_KINDS.length);
    for (const rule of rules) {
      const kind = rule.if.properties.kind.const;
      const info = metricInfo(kind);
      assert.ok(info.known, kind);
      assert.equal(rule.then.properties.value.minimum, info.min, kind);
      assert.equal(rule.then.properties.value.maximum, info.max, kind);
      assert.deepEqual(rule.then.properties.target, rule.then.properties.value);
    }
  });
});

describe('URL rule: isSafeUrl and the schema patterns agree', () => {
  const link = new RegExp(schema.$defs.linkUrl.pattern, 'u');
  const avatar = new RegExp(schema.$defs.avatarUrl.pattern, 'u');
  const agree = (s) => {
    assert.equal(isSafeUrl(s, 'link'), link.test(s), `link ${JSON.stringify(s)}`);
    assert.equal(isSafeUrl(s, 'avatar'), avatar.test(s), `avatar ${JSON.stringify(s)}`);
  };

  test('on hand-picked cases', () => {
    for (const s of ['https://a', 'HTTP://a', ' https://a ', '\thttps://a\n', 'https://a\tb', 'https://', 'https:/a', 'javascript:x', 'data:image/png,x', 'DATA:IMAGE/x', 'data:text/plain,x', '/a', '', ' ', '\u00a0https://a\u00a0', 'https://a\u2028', 'https://a\u0085', '\ufeffhttps://a', 'https://a\u007f', 'https://\ud800']) agree(s);
  });

  test('on random strings built from URL-ish parts', () => {
    const part = fc.constantFrom('https', 'HTTP', 'hTtPs', 'http', 'data', 'javascript', 'java\tscript', 'image/', 'IMAGE/', 'text/', ':', '//', '/', ' ', '\t', '\n', '\r', '\u0000', '\u007f', '\u00a0', '\u2028', '\ufeff', 'a', 'example.org', '?', '#', '%0a', '\\');
    fc.assert(
      fc.property(fc.array(part, { maxLength: 8 }), fc.string({ maxLength: 6 }), (parts, tail) => agree(parts.join('') + tail)),
      { numRuns: 1000 },
    );
  });
});

describe('random mutations: schema and validator agree', () => {
  // Errors JSON Schema cannot express (see SCHEMA_CANNOT_EXPRESS), recognised by their message.
  const beyondSchema = (problem, data) =>
    /is not one of the journey's (stages|personas)|is not the id of any touchpoint|is already used by|names no pain point|is not a date: month|is greater than max|outside its emotionRange|must be less than max|label key .* is outside the scale/.test(problem.message) ||
    (/outside the emotion scale/.test(problem.message) && Object.hasOwn(data, 'emotionScale'));

  const base = JSON.parse(readFileSync(path.join(repoRoot, 'test', 'fixtures', 'valid', 'every-field.en.json'), 'utf8'));
  const paths = [];
  (function collect(node, at) {
    paths.push(at);
    if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) collect(v, [...at, Array.isArray(node) ? Number(k) : k]);
  })(base, []);
  const interesting = fc.oneof(
    fc.constantFrom(null, true, false, 0, 1, -1, 0.5, 2, 3, 4, 5, 6, 7, 8, -3, -4, 100, 101, -101, 1e300, '', 'x', 'web', 'validated', 'certain', 'high', 'low', 'emotions', 'ltr', 'future',
      'https://a.example', 'javascript:alert(1)', 'data:image/png,x', '/relative', '#7c3aed', 'red;x', 'en_US', 'nb-NO', 'reader', 'student', 'notice', 'use', 'reminder', 'borrow', 'ghost', [], {}, ['x'], [1], { text: 'x' }, { min: 1, max: 0 }, { min: -1, max: 1 }, { level: 'validated', sampleSize: 1.5 }),
    fc.jsonValue({ maxDepth: 2 }),
  );
  const mutation = fc.record({ pick: fc.nat(), op: fc.constantFrom('set', 'set', 'set', 'delete'), value: interesting });

  test('for mutated copies of every-field.en.json', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const data = structuredClone(base);
        for (const { pick, op, value } of mutations) {
          const at = paths[pick % paths.length];
          if (at.length === 0) continue;
          let parent = data;
          for (const k of at.slice(0, -1)) {
            if (parent === null || typeof parent !== 'object') return;
            parent = parent[k];
          }
          if (parent === null || typeof parent !== 'object') continue;
          const last = at[at.length - 1];
          if (op === 'delete') {
            if (Array.isArray(parent)) parent.splice(Number(last), 1);
            else delete parent[last];
          } else parent[last] = structuredClone(value);
        }
        const result = parseJourney(JSON.stringify(data));
        const expressible = result.problems.filter((p) => p.severity === 'error' && !beyondSchema(p, data));
        const schemaOk = validate(data);
        assert.equal(schemaOk, expressible.length === 0, `schema ${schemaOk ? 'accepts' : `refuses (${ajvErrors()})`}; validator: ${JSON.stringify(result.problems)}\n${JSON.stringify(data)}`);
      }),
      { numRuns: 600 },
    );
  });
});

describe('living-map fields (metric id, direction, asOf; opportunity id, status, addresses): schema and validator agree', () => {
  // Errors the schema cannot express: ids unique within an owner or the journey, addresses in
  // range of the touchpoint's painPoints, a day the month does not have.
  const beyondSchema = (problem) => /is already used by|names no pain point|is not a date: month/.test(problem.message);
  const base = {
    version: 1,
    title: 'Living',
    stages: [{ id: 's', name: 'S', metrics: [{ id: 'conv', kind: 'conversion', value: 0.4, target: 0.5, direction: 'higher-better', asOf: '2026-11-30T09:00:00Z' }] }],
    touchpoints: [
      {
        id: 't',
        stage: 's',
        title: 'One',
        painPoints: ['slow', { text: 'queue', severity: 'high' }],
        opportunities: [
          { id: 'o1', text: 'Faster', impact: 4, effort: 2, status: 'planned', addresses: [0, 1] },
          { id: 'o2', text: 'Kiosk', status: 'done', addresses: [1] },
        ],
        metrics: [{ id: 'effort', kind: 'ces', value: 5.2, target: 3, asOf: '2026-11-30T10:15+01:00' }],
      },
    ],
    metrics: [{ id: 'nps', kind: 'nps', value: 12, direction: 'higher-better', asOf: '2026-11-30T09:00:00.125Z' }],
  };
  const metric = ['touchpoints', 0, 'metrics', 0];
  const opportunity = ['touchpoints', 0, 'opportunities', 0];
  const values = fc.constantFrom(
    null, 0, -1, 1, 1.5, 2, 5, '', 'x', 'o1', 'o2', 'conv', 'effort', 'open', 'in-progress', 'dismissed', 'closed', 'higher-better', 'lower-better', 'up',
    '2026-11-30T09:00:00Z', '2026-11-30T09:00Z', '2026-11-30T09:00:00+14:00', '2026-11-30T09:00:00', '2026-11-30', '2026-02-29T00:00Z', '2024-02-29T00:00Z', '2026-04-31T00:00Z', '2026-13-01T00:00Z', '2026-11-30T24:00Z', '2026-11-30t09:00z', ' 2026-11-30T09:00Z',
    [], [0], [1], [0, 0], [2], [-1], [0.5], ['0'], {},
  );
  const targets = fc.constantFrom(
    [...metric, 'id'], [...metric, 'direction'], [...metric, 'asOf'], ['stages', 0, 'metrics', 0, 'id'], ['metrics', 0, 'asOf'],
    [...opportunity, 'id'], [...opportunity, 'status'], [...opportunity, 'addresses'], ['touchpoints', 0, 'opportunities', 1, 'id'], ['touchpoints', 0, 'opportunities', 1, 'addresses'], ['touchpoints', 0, 'painPoints'],
  );

  test('the base journey is valid to both', () => {
    assert.equal(validate(base), true, ajvErrors());
    assert.deepEqual(parseJourney(base).problems, []);
  });

  test('for random values of the new fields', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ where: targets, value: values, drop: fc.boolean() }), { minLength: 1, maxLength: 3 }), (edits) => {
        const data = structuredClone(base);
        for (const { where, value, drop } of edits) {
          let parent = data;
          for (const k of where.slice(0, -1)) parent = parent[k];
          if (drop) delete parent[where.at(-1)];
          else parent[where.at(-1)] = structuredClone(value);
        }
        const result = parseJourney(data);
        const expressible = result.problems.filter((p) => p.severity === 'error' && !beyondSchema(p));
        const schemaOk = validate(data);
        assert.equal(schemaOk, expressible.length === 0, `schema ${schemaOk ? 'accepts' : `refuses (${ajvErrors()})`}; validator: ${JSON.stringify(result.problems)}\n${JSON.stringify(data)}`);
      }),
      { numRuns: 800 },
    );
  });
});
