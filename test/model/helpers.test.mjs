// The pure helpers elements use instead of re-deriving scale, lanes, order, paths and formats.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEFAULT_EMOTION_SCALE,
  LANE_IDS,
  emotionBand,
  emotionLabelFor,
  emotionNeutralPoint,
  emotionPosition,
  emotionScaleOf,
  escapePointerToken,
  explainUnsafeUrl,
  formatJsonPointer,
  hasExplicitPaths,
  isKnownMetricKind,
  isLaneId,
  isMetricValueInRange,
  isSafeUrl,
  laneIsFilled,
  lanesToShow,
  metricInfo,
  parseJourney,
  parseJsonPointer,
  parseLaneList,
  pathEdges,
  personaIds,
  personaIdsOf,
  stageIndexById,
  touchpointById,
  touchpointsByStage,
  touchpointsFor,
  unescapePointerToken,
} from '../../dist/model/index.js';

/** Two personas, three stages; touchpoints deliberately out of stage order in the array. */
const implicit = {
  version: 1,
  title: 'T',
  personas: [
    { id: 'ann', name: 'Ann' },
    { id: 'bob', name: 'Bob' },
  ],
  stages: [
    { id: 'a', name: 'A' },
    { id: 'b', name: 'B' },
    { id: 'c', name: 'C' },
  ],
  touchpoints: [
    { id: 'c1', stage: 'c', title: 'c1' },
    { id: 'a1', stage: 'a', title: 'a1', persona: 'ann' },
    { id: 'b1', stage: 'b', title: 'b1' },
    { id: 'a2', stage: 'a', title: 'a2', persona: ['bob'] },
    { id: 'b2', stage: 'b', title: 'b2', persona: ['ann', 'bob'] },
  ],
};

describe('emotion scale', () => {
  test('DEFAULT_EMOTION_SCALE is -3…3 and frozen', () => {
    assert.deepEqual({ ...DEFAULT_EMOTION_SCALE }, { min: -3, max: 3 });
    assert.ok(Object.isFrozen(DEFAULT_EMOTION_SCALE));
  });

  test('emotionScaleOf fills defaults', () => {
    assert.deepEqual(emotionScaleOf({}), { min: -3, max: 3, labels: {} });
    assert.deepEqual(emotionScaleOf({ emotionScale: { min: 1, max: 5 } }), { min: 1, max: 5, labels: {} });
    const labels = { 1: 'Low' };
    assert.deepEqual(emotionScaleOf({ emotionScale: { min: 1, max: 5, labels } }), { min: 1, max: 5, labels });
  });

  test('emotionLabelFor: the label of the nearest integer, if labelled', () => {
    const scale = { min: 1, max: 5, labels: { 1: 'Awful', 2: 'Meh', 5: 'Great' } };
    assert.equal(emotionLabelFor(1, scale), 'Awful');
    assert.equal(emotionLabelFor(1.8, scale), 'Meh');
    assert.equal(emotionLabelFor(4.6, scale), 'Great');
    assert.equal(emotionLabelFor(3, scale), undefined);
    assert.equal(emotionLabelFor(3, { min: 1, max: 5 }), undefined);
    assert.equal(emotionLabelFor(NaN, scale), undefined);
    assert.equal(emotionLabelFor(-0.2, { min: -1, max: 1, labels: { 0: 'Zero' } }), 'Zero', '-0 reads as "0"');
    assert.equal(emotionLabelFor(2, { min: 1, max: 5, labels: JSON.parse('{"__proto__":"x"}') }), undefined);
  });

  test('emotionPosition: 0 at min, 1 at max, clamped', () => {
    const scale = { min: -3, max: 3 };
    assert.equal(emotionPosition(-3, scale), 0);
    assert.equal(emotionPosition(0, scale), 0.5);
    assert.equal(emotionPosition(3, scale), 1);
    assert.equal(emotionPosition(1.5, scale), 0.75);
    assert.equal(emotionPosition(10, scale), 1);
    assert.equal(emotionPosition(-10, scale), 0);
    assert.equal(emotionPosition(2, { min: 1, max: 5 }), 0.25);
    assert.equal(emotionPosition(1, { min: 2, max: 2 }), 0.5, 'degenerate scale');
  });

  test('emotionNeutralPoint: 0 when strictly inside, else the midpoint', () => {
    assert.equal(emotionNeutralPoint({ min: -3, max: 3 }), 0);
    assert.equal(emotionNeutralPoint({ min: -2, max: 5 }), 0);
    assert.equal(emotionNeutralPoint({ min: 1, max: 5 }), 3);
    assert.equal(emotionNeutralPoint({ min: 0, max: 10 }), 5);
  });

  test('emotionBand: negative, neutral, positive around the neutral point', () => {
    assert.equal(emotionBand(-1, { min: -3, max: 3 }), 'negative');
    assert.equal(emotionBand(0, { min: -3, max: 3 }), 'neutral');
    assert.equal(emotionBand(0.1, { min: -3, max: 3 }), 'positive');
    assert.equal(emotionBand(2, { min: 1, max: 5 }), 'negative');
    assert.equal(emotionBand(3, { min: 1, max: 5 }), 'neutral');
    assert.equal(emotionBand(4, { min: 1, max: 5 }), 'positive');
    assert.equal(emotionBand(1, { min: -1, max: 5 }), 'positive', '0 is inside, so it is the neutral point');
  });
});

describe('lanes', () => {
  const tps = (...tp) => ({ touchpoints: tp.map((t, i) => ({ id: `t${i}`, stage: 's', title: 'x', ...t })) });

  test('isLaneId and parseLaneList', () => {
    assert.ok(isLaneId('pain-points'));
    assert.ok(!isLaneId('feelings'));
    assert.ok(!isLaneId(1));
    assert.deepEqual(parseLaneList(' emotions, touchpoints ,nope,emotions,,metrics'), ['emotions', 'touchpoints', 'metrics']);
    assert.deepEqual(parseLaneList(['actions', 'x', 'actions']), ['actions']);
  });

  test('laneIsFilled looks at touchpoints', () => {
    const j = tps({ actions: ['a'] }, { emotionLabel: 'calm' }, { painPoints: [] });
    assert.ok(laneIsFilled(j, 'touchpoints'));
    assert.ok(laneIsFilled(j, 'actions'));
    assert.ok(laneIsFilled(j, 'emotions'));
    assert.ok(!laneIsFilled(j, 'pain-points'), 'an empty list fills nothing');
    assert.ok(!laneIsFilled(j, 'metrics'));
    assert.ok(laneIsFilled(tps({ emotion: 0 }), 'emotions'), 'emotion 0 is a value');
  });

  test('default: LANE_IDS order, without lanes nobody fills, touchpoints always', () => {
    assert.deepEqual(lanesToShow(tps()), ['touchpoints']);
    assert.deepEqual(
      lanesToShow(tps({ metrics: [{ kind: 'x', value: 1 }], thoughts: ['t'] }, { backstage: ['b'], emotion: 1 })),
      ['touchpoints', 'thoughts', 'emotions', 'backstage', 'metrics'],
    );
    const all = tps({ actions: ['a'], thoughts: ['t'], emotion: 1, painPoints: ['p'], opportunities: ['o'], backstage: ['b'], metrics: [{ kind: 'x', value: 1 }] });
    assert.deepEqual(lanesToShow(all), [...LANE_IDS]);
  });

  test("the journey's lanes win over the default, touchpoints added at the front", () => {
    assert.deepEqual(lanesToShow({ ...tps(), lanes: ['emotions', 'touchpoints'] }), ['emotions', 'touchpoints']);
    assert.deepEqual(lanesToShow({ ...tps(), lanes: ['metrics', 'actions'] }), ['touchpoints', 'metrics', 'actions']);
  });

  test('an override (string or array) wins; unknown names are dropped; all-unknown is ignored', () => {
    const j = { ...tps({ actions: ['a'] }), lanes: ['emotions'] };
    assert.deepEqual(lanesToShow(j, 'backstage, touchpoints, bogus'), ['backstage', 'touchpoints']);
    assert.deepEqual(lanesToShow(j, ['thoughts']), ['touchpoints', 'thoughts']);
    assert.deepEqual(lanesToShow(j, 'bogus'), ['touchpoints', 'emotions']);
    assert.deepEqual(lanesToShow(j, ''), ['touchpoints', 'emotions']);
    assert.deepEqual(lanesToShow(tps({ actions: ['a'] }), ''), ['touchpoints', 'actions']);
  });
});

describe('lookups and order', () => {
  test('stageIndexById, touchpointById, personaIds', () => {
    assert.deepEqual([...stageIndexById(implicit)], [['a', 0], ['b', 1], ['c', 2]]);
    assert.equal(touchpointById(implicit).get('b2').title, 'b2');
    assert.equal(touchpointById(implicit).get('zz'), undefined);
    assert.deepEqual(personaIds(implicit), ['ann', 'bob']);
    assert.deepEqual(personaIds({}), []);
  });

  test('personaIdsOf: its ids, or every persona when omitted', () => {
    assert.deepEqual(personaIdsOf({ persona: 'ann' }, implicit), ['ann']);
    assert.deepEqual(personaIdsOf({ persona: ['ann', 'bob'] }, implicit), ['ann', 'bob']);
    assert.deepEqual(personaIdsOf({}, implicit), ['ann', 'bob']);
    assert.deepEqual(personaIdsOf({}, { personas: [] }), []);
    const tp = { persona: ['ann'] };
    assert.notEqual(personaIdsOf(tp, implicit), tp.persona, 'a copy, safe to change');
  });

  test('touchpointsFor: stage order, then array order; filtered by persona', () => {
    const ids = (list) => list.map((t) => t.id);
    assert.deepEqual(ids(touchpointsFor(implicit)), ['a1', 'a2', 'b1', 'b2', 'c1']);
    assert.deepEqual(ids(touchpointsFor(implicit, { persona: 'ann' })), ['a1', 'b1', 'b2', 'c1']);
    assert.deepEqual(ids(touchpointsFor(implicit, { persona: 'bob' })), ['a2', 'b1', 'b2', 'c1']);
    assert.deepEqual(ids(touchpointsFor(implicit, { persona: 'nobody' })), []);
  });

  test('touchpointsByStage: every stage in order, with its touchpoints', () => {
    const groups = touchpointsByStage(implicit, { persona: 'ann' });
    assert.deepEqual(groups.map((g) => [g.stage.id, g.index, g.touchpoints.map((t) => t.id)]), [
      ['a', 0, ['a1']],
      ['b', 1, ['b1', 'b2']],
      ['c', 2, ['c1']],
    ]);
    const empty = touchpointsByStage({ stages: [{ id: 'x', name: 'X' }], touchpoints: [] });
    assert.deepEqual(empty.map((g) => g.touchpoints), [[]]);
  });
});

describe('pathEdges', () => {
  test('implicit: each persona in display order; shared edges once, listing every persona', () => {
    assert.ok(!hasExplicitPaths(implicit));
    const edges = pathEdges(implicit);
    assert.deepEqual(edges.map((e) => [e.from, e.to, e.personas, e.kind, e.explicit]), [
      ['a1', 'b1', ['ann'], 'forward', false],
      ['a2', 'b1', ['bob'], 'forward', false],
      ['b1', 'b2', ['ann', 'bob'], 'same-stage', false],
      ['b2', 'c1', ['ann', 'bob'], 'forward', false],
    ]);
  });

  test('implicit with a persona filter', () => {
    assert.deepEqual(pathEdges(implicit, { persona: 'bob' }).map((e) => [e.from, e.to, e.personas]), [
      ['a2', 'b1', ['bob']],
      ['b1', 'b2', ['bob']],
      ['b2', 'c1', ['bob']],
    ]);
  });

  test('implicit without personas: one path through every touchpoint', () => {
    const j = { ...implicit, personas: undefined, touchpoints: implicit.touchpoints.map(({ persona: _persona, ...t }) => t) };
    assert.deepEqual(pathEdges(j).map((e) => [e.from, e.to, e.personas]), [
      ['a1', 'a2', []],
      ['a2', 'b1', []],
      ['b1', 'b2', []],
      ['b2', 'c1', []],
    ]);
  });

  test('explicit next: exactly those edges, with loops and branches', () => {
    const j = {
      ...implicit,
      touchpoints: [
        { id: 'x', stage: 'a', title: 'x', next: ['y', 'z'] },
        { id: 'z', stage: 'c', title: 'z', persona: 'bob', next: ['x', 'ghost'] },
        { id: 'y', stage: 'b', title: 'y', persona: 'ann', next: ['y2', 'y2'] },
        { id: 'y2', stage: 'b', title: 'y2', next: ['y2'] },
      ],
    };
    assert.ok(hasExplicitPaths(j));
    assert.deepEqual(pathEdges(j).map((e) => [e.from, e.to, e.personas, e.kind, e.explicit]), [
      ['x', 'y', ['ann'], 'forward', true],
      ['x', 'z', ['bob'], 'forward', true],
      ['y', 'y2', ['ann'], 'same-stage', true],
      ['y2', 'y2', ['ann', 'bob'], 'same-stage', true],
      ['z', 'x', ['bob'], 'loop', true],
    ]);
    assert.deepEqual(pathEdges(j, { persona: 'bob' }).map((e) => [e.from, e.to, e.personas]), [
      ['x', 'z', ['bob']],
      ['y2', 'y2', ['bob']],
      ['z', 'x', ['bob']],
    ]);
  });

  test('explicit paths of a fixture', () => {
    const { journey } = parseJourney(JSON.stringify({
      version: 1, title: 'T', stages: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }],
      touchpoints: [{ id: 'p', stage: 'a', title: 'p', next: ['q'] }, { id: 'q', stage: 'b', title: 'q' }, { id: 'r', stage: 'b', title: 'r' }],
    }));
    assert.deepEqual(pathEdges(journey).map((e) => `${e.from}->${e.to}`), ['p->q'], 'once any touchpoint has next, there are no implicit edges');
  });
});

describe('metrics', () => {
  test('metricInfo for every known kind', () => {
    assert.deepEqual(metricInfo('csat'), { known: true, kind: 'csat', min: 1, max: 5, format: 'decimal', better: 'higher' });
    assert.deepEqual(metricInfo({ kind: 'nps', value: 3 }), { known: true, kind: 'nps', min: -100, max: 100, format: 'signed', better: 'higher' });
    assert.deepEqual(metricInfo('ces'), { known: true, kind: 'ces', min: 1, max: 7, format: 'decimal', better: 'lower' });
    for (const kind of ['conversion', 'retention', 'drop-off']) {
      const info = metricInfo(kind);
      assert.deepEqual([info.min, info.max, info.format], [0, 1, 'percent']);
    }
    assert.equal(metricInfo('drop-off').better, 'lower');
    assert.deepEqual(metricInfo('time-on-task'), { known: true, kind: 'time-on-task', min: 0, format: 'seconds', better: 'lower' });
    assert.deepEqual(metricInfo('revenue'), { known: false, kind: 'revenue', format: 'plain' });
    assert.deepEqual(metricInfo('constructor'), { known: false, kind: 'constructor', format: 'plain' });
  });

  test('isKnownMetricKind and isMetricValueInRange', () => {
    assert.ok(isKnownMetricKind('nps'));
    assert.ok(!isKnownMetricKind('NPS'));
    assert.ok(isMetricValueInRange('nps', -100));
    assert.ok(!isMetricValueInRange('nps', 101));
    assert.ok(isMetricValueInRange('time-on-task', 1e9));
    assert.ok(!isMetricValueInRange('time-on-task', -0.1));
    assert.ok(isMetricValueInRange('anything', -5));
    assert.ok(!isMetricValueInRange('anything', NaN));
  });
});

describe('isSafeUrl', () => {
  test('links: absolute http(s) only', () => {
    for (const ok of ['https://a.example', 'http://a.example/x?y#z', 'HTTPS://A', ' https://a ']) assert.ok(isSafeUrl(ok, 'link'), ok);
    for (const bad of ['javascript:alert(1)', 'data:image/png,x', '/x', 'x', '//x', 'https:x', 'java\tscript:x', 'https://a\nb', '', 5, null, undefined]) {
      assert.ok(!isSafeUrl(bad, 'link'), String(bad));
    }
  });

  test('avatars: http(s) and data:image/', () => {
    assert.ok(isSafeUrl('data:image/png;base64,AAAA', 'avatar'));
    assert.ok(isSafeUrl('Data:Image/webp;base64,AAAA', 'avatar'));
    assert.ok(!isSafeUrl('data:text/html,x', 'avatar'));
    assert.ok(!isSafeUrl('data:,x', 'avatar'));
    assert.ok(!isSafeUrl('blob:https://a/1', 'avatar'));
  });

  test('explainUnsafeUrl says why, and is the validator\'s rule', () => {
    assert.equal(explainUnsafeUrl('https://a', 'link'), null);
    assert.match(explainUnsafeUrl('/a', 'link'), /relative/);
    assert.match(explainUnsafeUrl('ftp://a', 'link'), /scheme "ftp:"/);
    const url = 'javascript:void(0)';
    const { problems } = parseJourney({ version: 1, title: 'T', stages: [{ id: 's', name: 'S' }], touchpoints: [{ id: 't', stage: 's', title: 'x', url }] });
    assert.ok(problems[0].message.endsWith(explainUnsafeUrl(url, 'link')));
  });
});

describe('JSON Pointer', () => {
  test('escape, format and parse (RFC 6901)', () => {
    assert.equal(escapePointerToken('a/b~c'), 'a~1b~0c');
    assert.equal(unescapePointerToken('a~1b~0c'), 'a/b~c');
    assert.equal(unescapePointerToken('~01'), '~1', '~0 is undone last');
    assert.equal(formatJsonPointer([]), '');
    assert.equal(formatJsonPointer(['touchpoints', 0, '']), '/touchpoints/0/');
    assert.deepEqual(parseJsonPointer(''), []);
    assert.deepEqual(parseJsonPointer('/'), ['']);
    assert.deepEqual(parseJsonPointer('/a~1b/~0'), ['a/b', '~']);
    assert.equal(parseJsonPointer('a'), null);
    assert.equal(parseJsonPointer('/a~2'), null);
  });
});
