/** `<emotion-curve>`'s geometry (emotion-curve-geometry.ts) on plain numbers, without an element. */
import { expect } from '@open-wc/testing';
import { cleanInput } from '../../../src/components/emotion-curve/emotion-curve-data.js';
import { computeGeometry, MARGIN, widthForPositions, type Frame } from '../../../src/components/emotion-curve/emotion-curve-geometry.js';
import { DASH_PATTERNS, MARKER_SHAPES } from '../../../src/components/emotion-curve/emotion-curve-markers.js';

const scale = { min: -3, max: 3 };
const frame: Frame = { width: 344, height: 128, positions: null, rtl: false, curve: 'linear' };
const line = cleanInput(undefined, [{ label: 'A', value: 3 }, { label: 'B', value: 0 }, { label: 'C', value: -3 }], undefined, scale);

describe('emotion-curve geometry (pure)', () => {
  it('spreads columns evenly between the margins and maps the scale onto the height', () => {
    const g = computeGeometry(line, scale, frame);
    expect(g.width).to.equal(344);
    // (344 − 44 − 16) / 3 = ~94.67 px per column, each point in the middle of its step.
    expect(g.series[0]!.points.map((p) => Math.round(p.x))).to.deep.equal([91, 186, 281]);
    expect(g.series[0]!.points.map((p) => p.y)).to.deep.equal([MARGIN.top, 64, 128 - MARGIN.bottom]);
    expect(g.baselineValue).to.equal(0);
    expect(g.baselineY).to.equal(64);
    expect(g.ticks.map((t) => t.value)).to.deep.equal([3, 0, -3]);
    expect(g.series[0]!.line).to.match(/^M[\d.]+,14L[\d.]+,64L[\d.]+,114$/);
  });

  it('mirrors x in RTL and puts the axis at the inline-start edge', () => {
    const ltr = computeGeometry(line, scale, frame);
    const rtl = computeGeometry(line, scale, { ...frame, rtl: true });
    expect(rtl.series[0]!.points.map((p) => p.x)).to.deep.equal(ltr.series[0]!.points.map((p) => 344 - p.x));
    expect(ltr.axisX).to.equal(MARGIN.start);
    expect(rtl.axisX).to.equal(344 - MARGIN.start);
    expect([rtl.plotLeft, rtl.plotRight]).to.deep.equal([MARGIN.end, 344 - MARGIN.start]);
  });

  it('places columns at given positions; the width follows the last one', () => {
    const g = computeGeometry(line, scale, { ...frame, positions: [60, 100, 200] });
    expect(g.series[0]!.points.map((p) => p.x)).to.deep.equal([60, 100, 200]);
    expect(g.width).to.equal(widthForPositions([60, 100, 200]));
    expect(widthForPositions([60, 100, 200.2])).to.equal(Math.ceil(200.2 + MARGIN.end));
  });

  it('uses the midpoint as baseline when 0 is outside the scale, and ticks only its ends', () => {
    const onePositive = { min: 1, max: 5 };
    const g = computeGeometry(cleanInput(undefined, [{ label: 'A', value: 3 }], undefined, onePositive), onePositive, frame);
    expect(g.baselineValue).to.equal(3);
    expect(g.ticks.map((t) => t.value)).to.deep.equal([5, 1]);
  });

  it('breaks the line at unmeasured points and draws a band only where a range is given', () => {
    const input = cleanInput(
      undefined,
      [{ label: 'A', value: 1 }, { label: 'B', value: null }, { label: 'C', value: 2, min: 1, max: 3 }, { label: 'D', value: 0 }],
      undefined,
      scale,
    );
    const g = computeGeometry(input, scale, frame);
    expect((g.series[0]!.line.match(/M/g) ?? []).length).to.equal(2);
    expect(g.series[0]!.points.map((p) => p.i)).to.deep.equal([0, 2, 3]);
    // A lone ranged point gets a 10 px bar.
    expect(g.series[0]!.band).to.match(/h10V[\d.]+h-10Z$/);
    expect(computeGeometry(line, scale, frame).series[0]!.band).to.equal(null);
  });

  it('gives each series its own dash pattern and marker shape', () => {
    const input = cleanInput(
      Array.from({ length: 3 }, (_, s) => ({ id: `s${s}`, name: `S${s}`, points: [{ label: 'A', value: s - 1 }] })),
      undefined,
      undefined,
      scale,
    );
    const g = computeGeometry(input, scale, frame);
    expect(g.series.map((s) => s.dash)).to.deep.equal(DASH_PATTERNS.slice(0, 3));
    expect(g.series.map((s) => s.marker)).to.deep.equal(MARKER_SHAPES.slice(0, 3));
  });
});
