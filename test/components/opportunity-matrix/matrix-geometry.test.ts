import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { nearestInDirection, type ArrowDirection } from '../../../src/components/opportunity-matrix/matrix-keys.js';
import { layoutPoints, unitOf } from '../../../src/components/opportunity-matrix/matrix-layout.js';
import type { OpportunityEntry } from '../../../src/model/opportunities.js';

const rated = fc.array(fc.record({ impact: fc.integer({ min: 1, max: 5 }), effort: fc.integer({ min: 1, max: 5 }) }), { minLength: 1, maxLength: 30 });
const entriesOf = (rows: { impact: number; effort: number }[]) => rows.map((r, i) => ({ ...r, key: String(i) }) as unknown as OpportunityEntry);

describe('matrix layout and keys', () => {
  it('keeps every point inside its own cell and apart from the others', () => {
    fc.assert(
      fc.property(rated, (rows) => {
        const points = layoutPoints(entriesOf(rows));
        expect(points).to.have.length(rows.length);
        for (const p of points) {
          expect(Math.abs(p.x - unitOf(p.entry.effort!))).to.be.below(0.1);
          expect(Math.abs(p.y - unitOf(p.entry.impact!))).to.be.below(0.1);
          // The spread the stylesheet works from gives the same place, within the cell's grid.
          const { column, row, halfColumns, halfRows, step } = p.spread;
          expect([p.cellX, p.cellY]).to.deep.equal([unitOf(p.entry.effort!), unitOf(p.entry.impact!)]);
          expect(p.x).to.be.closeTo(p.cellX + column * step, 1e-12);
          expect(p.y).to.be.closeTo(p.cellY + row * step, 1e-12);
          expect(Math.abs(column)).to.be.at.most(halfColumns);
          expect(Math.abs(row)).to.be.at.most(halfRows);
        }
        for (let i = 0; i < points.length; i++) {
          for (let j = i + 1; j < points.length; j++) expect(Math.hypot(points[i].x - points[j].x, points[i].y - points[j].y)).to.be.above(0.025);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reaches every point from every point with the arrow keys, in both directions of writing', () => {
    fc.assert(
      fc.property(rated, fc.boolean(), (rows, rtl) => {
        const screen = layoutPoints(entriesOf(rows)).map((p) => ({ x: rtl ? 1 - p.x : p.x, y: 1 - p.y }));
        for (let start = 0; start < screen.length; start++) {
          const seen = new Set([start]);
          const queue = [start];
          while (queue.length > 0) {
            const i = queue.shift()!;
            for (const d of ['left', 'right', 'up', 'down'] as ArrowDirection[]) {
              const j = nearestInDirection(screen, i, d);
              if (!seen.has(j)) {
                seen.add(j);
                queue.push(j);
              }
            }
          }
          expect(seen.size).to.equal(screen.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('Up and Down go strictly that way, to the point most nearly straight ahead', () => {
    const points = [{ x: 0.5, y: 0.5 }, { x: 0.5, y: 0.2 }, { x: 0.1, y: 0.45 }, { x: 0.9, y: 0.9 }];
    expect(nearestInDirection(points, 0, 'up')).to.equal(1);
    expect(nearestInDirection(points, 0, 'down')).to.equal(3);
    expect(nearestInDirection(points, 1, 'up')).to.equal(1);
    // Left and Right step through the screen order left to right, top to bottom on ties: 2, 1, 0, 3.
    expect(nearestInDirection(points, 0, 'left')).to.equal(1);
    expect(nearestInDirection(points, 1, 'left')).to.equal(2);
    expect(nearestInDirection(points, 2, 'left')).to.equal(2);
    expect(nearestInDirection(points, 0, 'right')).to.equal(3);
    expect(nearestInDirection(points, 3, 'right')).to.equal(3);
  });
});
