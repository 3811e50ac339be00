/** The pure parts of `<journey-map>`: grid navigation, layout and connector geometry. */
import { expect } from '@open-wc/testing';
import { editKeyOf, nextCell, stageOfColumn, type GridShape } from '../../../src/components/journey-map/keyboard.js';
import { coloredPersonas, computeLayout, emotionLinesFor } from '../../../src/components/journey-map/layout.js';
import { connectorsFor, connectorShape, BOTTOM_BAND, TOP_BAND } from '../../../src/components/journey-map/connectors.js';
import { parseJourney, pathEdges } from '../../../src/model/index.js';
import { personaColorVarAt } from '../../../src/theme/index.js';
import { fixtureText } from './helpers.js';

// Three stages: columns 0–1, 2, 3–5; three lanes.
const shape: GridShape = { rows: 3, cols: 6, stageStarts: [0, 2, 3] };

describe('journey-map keyboard (pure)', () => {
  it('moves left and right across stages, mirrored in RTL', () => {
    expect(nextCell(shape, { row: 1, col: 1 }, 'ArrowRight')).to.deep.equal({ row: 1, col: 2 });
    expect(nextCell(shape, { row: 1, col: 2 }, 'ArrowLeft')).to.deep.equal({ row: 1, col: 1 });
    expect(nextCell(shape, { row: 1, col: 1 }, 'ArrowLeft', {}, 'rtl')).to.deep.equal({ row: 1, col: 2 });
    expect(nextCell(shape, { row: 1, col: 1 }, 'ArrowRight', {}, 'rtl')).to.deep.equal({ row: 1, col: 0 });
  });

  it('stops at the edges without leaving the grid', () => {
    expect(nextCell(shape, { row: 0, col: 5 }, 'ArrowRight')).to.deep.equal({ row: 0, col: 5 });
    expect(nextCell(shape, { row: 0, col: 0 }, 'ArrowLeft')).to.deep.equal({ row: 0, col: 0 });
    expect(nextCell(shape, { row: 0, col: 3 }, 'ArrowUp')).to.deep.equal({ row: 0, col: 3 });
    expect(nextCell(shape, { row: 2, col: 3 }, 'ArrowDown')).to.deep.equal({ row: 2, col: 3 });
  });

  it('moves up and down in the same column', () => {
    expect(nextCell(shape, { row: 0, col: 4 }, 'ArrowDown')).to.deep.equal({ row: 1, col: 4 });
    expect(nextCell(shape, { row: 2, col: 4 }, 'ArrowUp')).to.deep.equal({ row: 1, col: 4 });
  });

  it('Home/End go to the row ends, with Ctrl (or Cmd) to the first/last cell', () => {
    expect(nextCell(shape, { row: 1, col: 3 }, 'Home')).to.deep.equal({ row: 1, col: 0 });
    expect(nextCell(shape, { row: 1, col: 3 }, 'End')).to.deep.equal({ row: 1, col: 5 });
    expect(nextCell(shape, { row: 1, col: 3 }, 'Home', { ctrlKey: true })).to.deep.equal({ row: 0, col: 0 });
    expect(nextCell(shape, { row: 1, col: 3 }, 'End', { ctrlKey: true })).to.deep.equal({ row: 2, col: 5 });
    expect(nextCell(shape, { row: 1, col: 3 }, 'End', { metaKey: true })).to.deep.equal({ row: 2, col: 5 });
    // Home and End are logical, also in RTL.
    expect(nextCell(shape, { row: 1, col: 3 }, 'Home', {}, 'rtl')).to.deep.equal({ row: 1, col: 0 });
  });

  it('PageDown/PageUp go to the first cell of the next/previous stage in the same lane', () => {
    expect(nextCell(shape, { row: 2, col: 1 }, 'PageDown')).to.deep.equal({ row: 2, col: 2 });
    expect(nextCell(shape, { row: 2, col: 2 }, 'PageDown')).to.deep.equal({ row: 2, col: 3 });
    expect(nextCell(shape, { row: 2, col: 4 }, 'PageDown')).to.deep.equal({ row: 2, col: 4 });
    expect(nextCell(shape, { row: 2, col: 4 }, 'PageUp')).to.deep.equal({ row: 2, col: 2 });
    expect(nextCell(shape, { row: 2, col: 2 }, 'PageUp')).to.deep.equal({ row: 2, col: 0 });
    expect(nextCell(shape, { row: 2, col: 1 }, 'PageUp')).to.deep.equal({ row: 2, col: 0 });
  });

  it('ignores other keys and empty grids', () => {
    expect(nextCell(shape, { row: 0, col: 0 }, 'a')).to.equal(null);
    expect(nextCell(shape, { row: 0, col: 0 }, 'Tab')).to.equal(null);
    expect(nextCell({ rows: 0, cols: 0, stageStarts: [] }, { row: 0, col: 0 }, 'ArrowRight')).to.equal(null);
  });

  it('reaches the stage headers and lane headers when the grid has them (APG data grid)', () => {
    const headed: GridShape = { ...shape, headerRow: true, headerColumn: true };
    // Up from the first lane to the stage header over the column; down returns to that column.
    expect(nextCell(headed, { row: 0, col: 1 }, 'ArrowUp')).to.deep.equal({ row: -1, col: 1 });
    expect(nextCell(headed, { row: -1, col: 1 }, 'ArrowDown')).to.deep.equal({ row: 0, col: 1 });
    expect(nextCell(headed, { row: -1, col: 1 }, 'ArrowUp')).to.deep.equal({ row: -1, col: 1 });
    // Along the header row: one stop per stage, mirrored in RTL, Home/End to the first/last stage.
    expect(nextCell(headed, { row: -1, col: 1 }, 'ArrowRight')).to.deep.equal({ row: -1, col: 2 });
    expect(nextCell(headed, { row: -1, col: 2 }, 'ArrowRight')).to.deep.equal({ row: -1, col: 3 });
    expect(nextCell(headed, { row: -1, col: 4 }, 'ArrowRight')).to.deep.equal({ row: -1, col: 3 });
    expect(nextCell(headed, { row: -1, col: 4 }, 'ArrowLeft')).to.deep.equal({ row: -1, col: 2 });
    expect(nextCell(headed, { row: -1, col: 2 }, 'ArrowRight', {}, 'rtl')).to.deep.equal({ row: -1, col: 0 });
    expect(nextCell(headed, { row: -1, col: 0 }, 'ArrowLeft')).to.deep.equal({ row: -1, col: 0 });
    expect(nextCell(headed, { row: -1, col: 2 }, 'End')).to.deep.equal({ row: -1, col: 3 });
    expect(nextCell(headed, { row: -1, col: 4 }, 'Home')).to.deep.equal({ row: -1, col: 0 });
    // Left from the first column to the lane header; up and down along the lane headers, never the corner.
    expect(nextCell(headed, { row: 1, col: 0 }, 'ArrowLeft')).to.deep.equal({ row: 1, col: -1 });
    expect(nextCell(headed, { row: 1, col: 0 }, 'ArrowRight', {}, 'rtl')).to.deep.equal({ row: 1, col: -1 });
    expect(nextCell(headed, { row: 1, col: -1 }, 'ArrowRight')).to.deep.equal({ row: 1, col: 0 });
    expect(nextCell(headed, { row: 1, col: -1 }, 'ArrowUp')).to.deep.equal({ row: 0, col: -1 });
    expect(nextCell(headed, { row: 0, col: -1 }, 'ArrowUp')).to.deep.equal({ row: 0, col: -1 });
    expect(nextCell(headed, { row: 2, col: -1 }, 'ArrowDown')).to.deep.equal({ row: 2, col: -1 });
    expect(nextCell(headed, { row: 1, col: -1 }, 'End')).to.deep.equal({ row: 1, col: 5 });
    expect(nextCell(headed, { row: 1, col: -1 }, 'PageDown')).to.deep.equal({ row: 1, col: 2 });
    // Ctrl+Home/End still go to the first and last data cell.
    expect(nextCell(headed, { row: -1, col: 3 }, 'Home', { ctrlKey: true })).to.deep.equal({ row: 0, col: 0 });
    expect(nextCell(headed, { row: 1, col: -1 }, 'End', { ctrlKey: true })).to.deep.equal({ row: 2, col: 5 });
    // Without header columns (the stacked layout), Left stops at the first column.
    expect(nextCell({ ...shape, headerRow: true }, { row: 1, col: 0 }, 'ArrowLeft')).to.deep.equal({ row: 1, col: 0 });
  });

  it('finds the stage of a column', () => {
    expect([0, 1, 2, 3, 4, 5].map((c) => stageOfColumn(shape, c))).to.deep.equal([0, 0, 1, 2, 2, 2]);
  });
});

describe('journey-map edit keys (pure)', () => {
  it('names the edit each key asks for, mirroring the move keys right to left', () => {
    expect(editKeyOf({ key: 'ArrowRight', altKey: true })).to.deep.equal({ kind: 'move', step: 1 });
    expect(editKeyOf({ key: 'ArrowRight', altKey: true }, 'rtl')).to.deep.equal({ kind: 'move', step: -1 });
    expect(editKeyOf({ key: 'ArrowLeft', altKey: true }, 'rtl')).to.deep.equal({ kind: 'move', step: 1 });
    expect(editKeyOf({ key: 'ArrowUp', altKey: true })).to.deep.equal({ kind: 'emotion', step: 1 });
    expect(editKeyOf({ key: 'ArrowDown', altKey: true })).to.deep.equal({ kind: 'emotion', step: -1 });
    expect(editKeyOf({ key: 'F2' })).to.deep.equal({ kind: 'open-form' });
    expect(editKeyOf({ key: 'Delete' })).to.deep.equal({ kind: 'remove' });
    expect(editKeyOf({ key: 'z', ctrlKey: true })).to.deep.equal({ kind: 'undo' });
    expect(editKeyOf({ key: 'Z', metaKey: true, shiftKey: true })).to.deep.equal({ kind: 'redo' });
    expect(editKeyOf({ key: 'y', ctrlKey: true })).to.deep.equal({ kind: 'redo' });
  });

  it('leaves every other key to navigation', () => {
    for (const event of [{ key: 'ArrowRight' }, { key: 'Enter' }, { key: 'Delete', shiftKey: true }, { key: 'ArrowUp', altKey: true, shiftKey: true }, { key: 'z', ctrlKey: true, altKey: true }, { key: 'y', ctrlKey: true, shiftKey: true }, { key: 'a', ctrlKey: true }]) {
      expect(editKeyOf(event), JSON.stringify(event)).to.equal(null);
    }
  });
});

describe('journey-map layout (pure)', () => {
  it('gives every stage as many columns as touchpoints, at least one, and places edges', async () => {
    const { journey } = parseJourney(await fixtureText('map/two-personas.en.json'));
    const layout = computeLayout(journey!);
    expect(layout.stages.map((s) => [s.stage.id, s.start, s.span])).to.deep.equal([
      ['notice', 0, 1],
      ['renew', 1, 2],
      ['later', 3, 1],
      ['use', 4, 1],
    ]);
    expect(layout.columns.map((c) => c.touchpoint?.id ?? null)).to.deep.equal(['reminder', 'portal', 'desk', null, 'borrow']);
    expect(layout.shape).to.deep.equal({ rows: layout.lanes.length, cols: 5, stageStarts: [0, 1, 3, 4] });
    expect(layout.edges).to.have.length(pathEdges(journey!).length);
    const loop = layout.edges.find((e) => e.from === 'portal' && e.to === 'reminder')!;
    expect(connectorShape(loop)).to.equal('loop');
  });

  it('filters by persona, ignores unknown personas, and honours a lanes override', async () => {
    const { journey } = parseJourney(await fixtureText('map/two-personas.en.json'));
    const ines = computeLayout(journey!, { persona: 'ines' });
    expect(ines.persona).to.equal('ines');
    expect(ines.columns.map((c) => c.touchpoint?.id ?? null)).to.deep.equal(['reminder', 'portal', null, 'borrow']);
    expect(computeLayout(journey!, { persona: 'nobody' }).persona).to.equal(null);
    expect(computeLayout(journey!, { lanes: 'pain-points, emotions' }).lanes).to.deep.equal(['touchpoints', 'pain-points', 'emotions']);
  });

  it('gives the curve one series per persona, each point carrying its column', async () => {
    const { journey } = parseJourney(await fixtureText('map/two-personas.en.json'));
    // Columns: reminder (everyone) | portal (Ines) desk (Olav) | (Later, empty) | borrow (everyone)
    const all = emotionLinesFor(journey!, computeLayout(journey!), 'Journey');
    expect(all.map((l) => [l.id, l.points.map((p) => p.index), l.points.map((p) => p.value)])).to.deep.equal([
      ['ines', [0, 1, 4], [0, -2, 3]],
      ['olav', [0, 2, 4], [0, 2, 3]],
    ]);
    expect(all[0]!.points[1]).to.include({ id: 'portal', label: 'Renews on the portal', min: -3, max: 0 });
    expect(all.map((l) => l.color)).to.deep.equal([personaColorVarAt(0), personaColorVarAt(1)]);

    // Filtered to Olav: the columns close up, Ines keeps the shared touchpoints.
    const olav = emotionLinesFor(journey!, computeLayout(journey!, { persona: 'olav' }), 'Journey');
    expect(olav.map((l) => [l.id, l.points.map((p) => p.index)])).to.deep.equal([
      ['ines', [0, 3]],
      ['olav', [0, 1, 3]],
    ]);
  });

  it('gives personas without a colour distinct palette slots by position', () => {
    const colors = coloredPersonas({ personas: [{ id: 'dev', name: 'A' }, { id: 'admin', name: 'B' }, { id: 'x', name: 'C', color: 'teal' }] }).map((p) => p.color);
    expect(colors).to.deep.equal(['var(--_jk-color-persona-1)', 'var(--_jk-color-persona-2)', 'teal']);
    // The palette rule lives in the theme: slot = position mod 8, plus 1.
    expect([0, 7, 8, 9, -1, 2.7].map(personaColorVarAt)).to.deep.equal(
      [1, 8, 1, 2, 8, 3].map((n) => `var(--_jk-color-persona-${n})`),
    );
  });

  it('draws one line for a journey without personas, and none for personas without feelings', async () => {
    const { journey } = parseJourney(await fixtureText('valid/branches-and-loops.en.json'));
    const layout = computeLayout(journey!);
    for (const line of emotionLinesFor(journey!, layout, 'Journey')) {
      const columns = line.points.map((p) => p.index!);
      expect(columns).to.deep.equal([...columns].sort((a, b) => a - b));
      expect(columns.every((c) => layout.columns[c]!.touchpoint !== null)).to.equal(true);
    }
    const { journey: anonymous } = parseJourney(await fixtureText('map/no-personas.en.json'));
    const lines = emotionLinesFor(anonymous!, computeLayout(anonymous!), 'Journey');
    expect(lines.map((l) => [l.id, l.name, l.color, l.points.map((p) => p.index)])).to.deep.equal([['journey', 'Journey', undefined, [0, 1, 2, 3]]]);
    const silent = { ...journey!, touchpoints: journey!.touchpoints.map((tp) => ({ ...tp, emotion: undefined })) };
    expect(emotionLinesFor(silent, computeLayout(silent), 'Journey')).to.deep.equal([]);
  });
});

describe('journey-map connectors (pure)', () => {
  const g = { columnWidth: 200, inset: 10 };
  it('draws a step to the next column, an arc over later ones, a loop under earlier ones', () => {
    const [step, arc, loop, self] = connectorsFor(
      [
        { from: 'a', to: 'b', fromCol: 0, toCol: 1, personas: [], kind: 'forward', explicit: true },
        { from: 'a', to: 'c', fromCol: 0, toCol: 3, personas: [], kind: 'forward', explicit: true },
        { from: 'c', to: 'a', fromCol: 3, toCol: 0, personas: [], kind: 'loop', explicit: true },
        { from: 'c', to: 'c', fromCol: 3, toCol: 3, personas: [], kind: 'same-stage', explicit: true },
      ],
      g,
    );
    expect(step!.shape).to.equal('step');
    expect(step!.d).to.match(/^M190,\d+H210$/);
    expect(arc!.shape).to.equal('arc');
    expect(arc!.d.startsWith(`M172,${TOP_BAND}C`)).to.equal(true);
    expect(loop!.shape).to.equal('loop');
    expect(loop!.d.startsWith(`M628,${-BOTTOM_BAND}C`)).to.equal(true);
    expect(self!.shape).to.equal('loop');
  });

  it('draws nothing before the columns are measured', () => {
    expect(connectorsFor([{ from: 'a', to: 'b', fromCol: 0, toCol: 1, personas: [], kind: 'forward', explicit: true }], { columnWidth: 0, inset: 0 })).to.deep.equal([]);
  });
});

describe('journey-map column window (pure)', () => {
  it('builds ranges once, keeps them, and counts with prefix sums', async () => {
    const { ColumnWindow, columnsInView } = await import('../../../src/components/journey-map/column-window.js');
    const window = new ColumnWindow();
    window.resize(10);
    expect(window.count).to.equal(10);
    expect(window.build(2, 4)).to.equal(true);
    expect(window.build(3, 4), 'already built').to.equal(false);
    expect(window.build(-5, 1)).to.equal(true);
    expect(window.builtColumns).to.deep.equal([0, 2, 3]);
    expect(window.isBuilt(1)).to.equal(false);
    expect(window.anyBuilt(1, 1)).to.equal(false);
    expect(window.anyBuilt(4, 1)).to.equal(true);
    expect(window.anyBuilt(4, 9)).to.equal(false);
    expect(window.complete).to.equal(false);
    // A shorter map keeps what is still there; a longer one adds unbuilt columns.
    window.resize(3);
    expect(window.builtColumns).to.deep.equal([0, 2]);
    window.resize(5);
    expect(window.builtColumns).to.deep.equal([0, 2]);
    window.build(0, 99);
    expect(window.complete).to.equal(true);
    expect(columnsInView({ scrollStart: 0, viewWidth: 1000, columnWidth: 256 }, 0)).to.deep.equal([0, 4]);
    expect(columnsInView({ scrollStart: 512, viewWidth: 500, columnWidth: 256 }, 2)).to.deep.equal([0, 6]);
    expect(columnsInView({ scrollStart: 0, viewWidth: 500, columnWidth: 0 }, 2)).to.deep.equal([0, 0]);
  });
});
