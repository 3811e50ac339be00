/** `<emotion-curve>`'s markers: d3-shape symbols, one shape per series, all of one area. */
import { expect } from '@open-wc/testing';
import { dashFor, MARKER_AREA, MARKER_SHAPES, markerFor, markerPath } from '../../../src/components/emotion-curve/emotion-curve-markers.js';

/** Vertices of a path made of M, L, H, V (absolute or relative) and Z; arcs are not polygons. */
function vertices(d: string): [number, number][] {
  const points: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (const [, command, args] of d.matchAll(/([MLHVZmlhvz])([^MLHVZmlhvz]*)/g)) {
    const n = args!.split(/[ ,]+/).filter(Boolean).map(Number);
    switch (command) {
      case 'M': case 'L': [x, y] = [n[0]!, n[1]!]; break;
      case 'm': case 'l': [x, y] = [x + n[0]!, y + n[1]!]; break;
      case 'H': x = n[0]!; break;
      case 'h': x += n[0]!; break;
      case 'V': y = n[0]!; break;
      case 'v': y += n[0]!; break;
      default: continue;
    }
    points.push([x, y]);
  }
  return points;
}

/** Shoelace formula. */
const polygonArea = (p: [number, number][]): number =>
  Math.abs(p.reduce((sum, [x, y], k) => sum + x * p[(k + 1) % p.length]![1] - p[(k + 1) % p.length]![0] * y, 0)) / 2;

describe('emotion-curve markers (pure)', () => {
  it('draws a distinct path for every shape', () => {
    const paths = MARKER_SHAPES.map(markerPath);
    expect(new Set(paths).size).to.equal(MARKER_SHAPES.length);
    for (const d of paths) expect(d).to.match(/^M/);
  });

  it('gives every shape the area of the default 8 px circle', () => {
    expect(MARKER_AREA).to.be.closeTo(Math.PI * 16, 1e-9);
    expect(markerPath('circle')).to.equal('M4,0A4,4,0,1,1,-4,0A4,4,0,1,1,4,0');
    for (const shape of MARKER_SHAPES.filter((s) => s !== 'circle')) {
      // Two decimals in the path: within half a square pixel.
      expect(polygonArea(vertices(markerPath(shape))), shape).to.be.closeTo(MARKER_AREA, 0.5);
    }
  });

  it('points the two triangles opposite ways about the centre', () => {
    const sorted = (p: [number, number][]): string[] => p.map(([x, y]) => `${x + 0},${y + 0}`).sort();
    const up = vertices(markerPath('triangle'));
    const down = vertices(markerPath('triangle-down'));
    expect(sorted(down.map(([x, y]) => [x, -y]))).to.deep.equal(sorted(up));
  });

  it('cycles shapes and dash patterns by series index', () => {
    expect(markerFor(0)).to.equal('circle');
    expect(markerFor(MARKER_SHAPES.length)).to.equal('circle');
    expect(dashFor(0)).to.equal('none');
    expect(new Set(Array.from({ length: 30 }, (_, s) => `${markerFor(s)} ${dashFor(s)}`)).size).to.equal(30);
  });
});
