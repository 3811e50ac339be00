/** `<emotion-curve>`'s keyboard rules without a browser element: nextPoint() on clean series. */
import { expect } from '@open-wc/testing';
import { cleanInput } from '../../../src/components/emotion-curve/emotion-curve-data.js';
import { nearestIn, nextPoint, sameRef } from '../../../src/components/emotion-curve/emotion-curve-keyboard.js';

const scale = { min: -3, max: 3 };
// Series 0 has columns 0–3 with a gap at 2; series 1 only column 3; series 2 nothing measured;
// series 3 columns 0 and 2.
const { series } = cleanInput(
  [
    { id: 'a', name: 'A', points: [{ label: 'p0', value: 1 }, { label: 'p1', value: 2 }, { label: 'p2', value: null }, { label: 'p3', value: -1 }] },
    { id: 'b', name: 'B', points: [{ label: 'q3', index: 3, value: 0 }] },
    { id: 'c', name: 'C', points: [{ label: 'r0', value: null }] },
    { id: 'd', name: 'D', points: [{ label: 's0', index: 0, value: 1 }, { label: 's2', index: 2, value: 2 }] },
  ],
  undefined,
  undefined,
  scale,
);

describe('emotion-curve keyboard (pure)', () => {
  it('moves along the focused series, skipping unmeasured points, mirrored in RTL', () => {
    expect(nextPoint(series, { s: 0, i: 1 }, 'ArrowRight', false)).to.deep.equal({ s: 0, i: 3 });
    expect(nextPoint(series, { s: 0, i: 3 }, 'ArrowLeft', false)).to.deep.equal({ s: 0, i: 1 });
    expect(nextPoint(series, { s: 0, i: 1 }, 'ArrowLeft', true)).to.deep.equal({ s: 0, i: 3 });
    expect(nextPoint(series, { s: 0, i: 1 }, 'ArrowRight', true)).to.deep.equal({ s: 0, i: 0 });
  });

  it('stays put at the ends, and Home/End jump to the first and last measured point', () => {
    expect(nextPoint(series, { s: 0, i: 3 }, 'ArrowRight', false)).to.deep.equal({ s: 0, i: 3 });
    expect(nextPoint(series, { s: 0, i: 0 }, 'ArrowLeft', false)).to.deep.equal({ s: 0, i: 0 });
    expect(nextPoint(series, { s: 0, i: 1 }, 'Home', false)).to.deep.equal({ s: 0, i: 0 });
    expect(nextPoint(series, { s: 0, i: 1 }, 'End', false)).to.deep.equal({ s: 0, i: 3 });
  });

  it('moves across series to the same column, else the nearest point, past series with none', () => {
    expect(nextPoint(series, { s: 0, i: 3 }, 'ArrowDown', false)).to.deep.equal({ s: 1, i: 3 });
    expect(nextPoint(series, { s: 0, i: 0 }, 'ArrowDown', false)).to.deep.equal({ s: 1, i: 3 });
    // Series 2 has no measured point: skipped.
    expect(nextPoint(series, { s: 1, i: 3 }, 'ArrowDown', false)).to.deep.equal({ s: 3, i: 2 });
    expect(nextPoint(series, { s: 3, i: 0 }, 'ArrowUp', false)).to.deep.equal({ s: 1, i: 3 });
    expect(nextPoint(series, { s: 0, i: 1 }, 'ArrowUp', false)).to.deep.equal({ s: 0, i: 1 });
    expect(nextPoint(series, { s: 3, i: 2 }, 'ArrowDown', false)).to.deep.equal({ s: 3, i: 2 });
  });

  it('leaves other keys alone', () => {
    for (const key of ['Enter', ' ', 'Escape', 'Tab', 'a', 'PageDown']) {
      expect(nextPoint(series, { s: 0, i: 1 }, key, false), key).to.equal(undefined);
    }
  });

  it('nearestIn prefers the earlier point on a tie; sameRef compares by value', () => {
    expect(nearestIn(series[3], 3, 1)).to.deep.equal({ s: 3, i: 0 });
    expect(nearestIn(series[2], 2, 0)).to.equal(null);
    expect(sameRef({ s: 1, i: 2 }, { s: 1, i: 2 })).to.equal(true);
    expect(sameRef({ s: 1, i: 2 }, { s: 2, i: 1 })).to.equal(false);
    expect(sameRef(null, { s: 0, i: 0 })).to.equal(false);
    expect(sameRef(null, null)).to.equal(true);
  });
});
