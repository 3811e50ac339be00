/**
 * Connector geometry for the touchpoints lane, computed arithmetically from fixed-width columns
 * (no layout reads per edge). Coordinates are px in left-to-right order; the element mirrors the
 * SVG in right-to-left maps.
 *
 * Three shapes keep paths readable without crossing the cards:
 * - `step`: to the next column — a short straight arrow across the gap between the two cards;
 * - `arc`: forward over one or more columns — a curve through the band above the cards;
 * - `loop`: back to the same or an earlier column — a dashed curve through the band below the
 *   cards, leaving the source's bottom and re-entering the target's bottom, so it reads as a loop.
 *   Loop coordinates are relative to the bottom of the lane (y ≤ 0), so they need no row height:
 *   the element draws them in a nested `<svg y="100%">`.
 */
import type { PlacedEdge } from './layout.js';

/** Bands reserved around the cards for connectors, in px (the element sets them as padding). */
export const TOP_BAND = 22;
export const BOTTOM_BAND = 30;

/** Measured once per resize. */
export interface ConnectorGeometry {
  /** Width of one touchpoint column, px. */
  columnWidth: number;
  /** Space between a cell's edge and its card, px (half the gap between two cards). */
  inset: number;
}

/** How a connector is drawn. */
export type ConnectorShape = 'step' | 'arc' | 'loop';

/** A drawn connector. */
export interface Connector {
  edge: PlacedEdge;
  shape: ConnectorShape;
  /** SVG path data; for `loop`, relative to the lane's bottom edge. */
  d: string;
}

/** Distance of a straight arrow from the card's top edge, px: about the middle of the title line. */
const STEP_Y = 26;
/** How far from the card's side arcs and loops attach, px. */
const ATTACH = 18;

const r = (n: number): number => Math.round(n * 10) / 10;

/** The shape an edge gets. */
export function connectorShape(edge: Pick<PlacedEdge, 'fromCol' | 'toCol'>): ConnectorShape {
  if (edge.toCol === edge.fromCol + 1) return 'step';
  return edge.toCol > edge.fromCol ? 'arc' : 'loop';
}

/**
 * How deep a curve dips into its band: longer spans go further, so overlapping curves separate.
 * A cubic Bézier reaches 3/4 of its control offset, hence the division.
 */
function controlOffset(span: number, band: number): number {
  const depth = Math.min(band - 4, 8 + 3 * Math.max(0, span - 1));
  return depth / 0.75;
}

/** Path data for one edge. */
export function connectorPath(edge: Pick<PlacedEdge, 'fromCol' | 'toCol'>, g: ConnectorGeometry): Connector['d'] {
  const w = g.columnWidth;
  const shape = connectorShape(edge);
  if (shape === 'step') {
    const y = TOP_BAND + STEP_Y;
    return `M${r((edge.fromCol + 1) * w - g.inset)},${y}H${r(edge.toCol * w + g.inset)}`;
  }
  if (shape === 'arc') {
    const x1 = r((edge.fromCol + 1) * w - g.inset - ATTACH);
    const x2 = r(edge.toCol * w + g.inset + ATTACH);
    const c = r(TOP_BAND - controlOffset(edge.toCol - edge.fromCol, TOP_BAND));
    return `M${x1},${TOP_BAND}C${x1},${c} ${x2},${c} ${x2},${TOP_BAND}`;
  }
  // Loop: leave the source near its start side, come back into the target near its end side;
  // for a touchpoint pointing at itself that is a small loop under its own card.
  const x1 = r(edge.fromCol * w + g.inset + ATTACH);
  const x2 = r((edge.toCol + 1) * w - g.inset - ATTACH);
  const y = -BOTTOM_BAND;
  const c = r(y + controlOffset(edge.fromCol - edge.toCol + 1, BOTTOM_BAND));
  return `M${x1},${y}C${x1},${c} ${x2},${c} ${x2},${y}`;
}

/** Connectors for every edge, in the edges' order. */
export function connectorsFor(edges: readonly PlacedEdge[], g: ConnectorGeometry): Connector[] {
  if (!(g.columnWidth > 0)) return [];
  return edges.map((edge) => ({ edge, shape: connectorShape(edge), d: connectorPath(edge, g) }));
}
