/** `<emotion-curve>`'s input handling (emotion-curve-data.ts): clean series and the issues it reports. */
import { expect } from '@open-wc/testing';
import { cleanInput, parseDataAttribute, preview, resolveScale } from '../../../src/components/emotion-curve/emotion-curve-data.js';

const scale = { min: -3, max: 3 };

describe('emotion-curve data (pure)', () => {
  it('resolves the scale: property, then min/max attributes, falling back with an issue', () => {
    expect(resolveScale(undefined, undefined, undefined, null, null)).to.deep.equal({ scale, issues: [] });
    expect(resolveScale({ min: 1, max: 5 }, undefined, 7, null, '7').scale).to.deep.equal({ min: 1, max: 7 });
    const bad = resolveScale({ min: 5, max: 1 }, undefined, undefined, null, null);
    expect(bad.scale).to.deep.equal(scale);
    expect(bad.issues.map((i) => i.attribute)).to.deep.equal(['scale']);
    const flipped = resolveScale(undefined, 4, 2, '4', '2');
    expect(flipped.scale).to.deep.equal(scale);
    expect(flipped.issues).to.have.length(1);
  });

  it('reads the data attribute as points or series, and says why when it cannot', () => {
    expect(parseDataAttribute('[{"label":"A","value":1}]')).to.deep.equal({ points: [{ label: 'A', value: 1 }] });
    expect(parseDataAttribute('{"series":[]}')).to.deep.equal({ series: [] });
    expect(parseDataAttribute('{oops').issue!.reason).to.match(/^not valid JSON/);
    expect(parseDataAttribute('42').issue!.reason).to.equal('expected an array of points or { "series": [...] }');
  });

  it('puts sparse points in their columns and keeps the first of two in one column', () => {
    const input = cleanInput(
      [
        { id: 'a', name: 'A', points: [{ label: 'x', index: 4, value: 1 }, { label: 'y', index: 1, value: 2 }, { label: 'z', index: 4, value: 3 }] },
        { id: 'b', name: 'B', points: [{ label: 'p', value: 0 }] },
      ],
      undefined,
      undefined,
      scale,
    );
    expect(input.single).to.equal(false);
    expect(input.count).to.equal(5);
    expect(input.columns).to.deep.equal([0, 1, 4]);
    const [a] = input.series;
    expect(a!.points.map((p) => [p.index, p.label])).to.deep.equal([[1, 'y'], [4, 'x']]);
    expect(a!.at.get(4)).to.equal(1);
    expect(input.issues.map((i) => i.attribute)).to.deep.equal(['series[0].points[2].index']);
  });

  it('shows unusable values as not measured, with an issue each, and never throws', () => {
    const input = cleanInput(undefined, [{ label: 'A', value: 9 }, { label: 'B', value: 'x' }, { label: 'C', value: null }, 'nope'], undefined, scale);
    expect(input.single).to.equal(true);
    expect(input.series[0]!.points.map((p) => p.value)).to.deep.equal([null, null, null, null]);
    expect(input.issues.map((i) => i.attribute)).to.deep.equal(['points[0].value', 'points[1].value', 'points[3]']);
    expect(() => cleanInput({ series: 'weird' }, 12, '{', scale)).not.to.throw();
  });

  it('previews values briefly and safely', () => {
    expect(preview('a'.repeat(100))).to.have.length(58);
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(preview(cycle)).to.equal('[object Object]');
  });
});
