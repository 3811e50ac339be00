/**
 * How series tell themselves apart without colour (WCAG 1.4.1): each gets a dash pattern and a
 * marker shape, cycled by series index. Shapes are d3-shape's symbols of one area, drawn for the
 * default 8px point size around (0, 0); CSS scales them for `--jk-curve-point-size`.
 */
import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolTriangle, type SymbolType } from 'd3-shape';

/** Marker shapes, in the order series receive them. */
export const MARKER_SHAPES = ['circle', 'square', 'triangle', 'diamond', 'triangle-down', 'cross'] as const;

/** A marker shape name. */
export type MarkerShape = (typeof MARKER_SHAPES)[number];

/**
 * Dash patterns in the order series receive them; the first series is solid. Five patterns
 * against six shapes, so the pair stays unique for 30 series. `stroke-dasharray` values in px.
 */
export const DASH_PATTERNS = ['none', '8 4', '2 3', '10 3 2 3', '1 6'] as const;

/**
 * Area of every marker, px²: that of a circle of the default 8px point size. d3-shape's symbols
 * take their size as an area, so every shape weighs the same on the page and none stands out.
 */
export const MARKER_AREA = Math.PI * 4 * 4;

/** d3's triangle turned point down (d3 has no such symbol): the same area, y mirrored. */
const symbolTriangleDown: SymbolType = {
  draw(context, size) {
    const y = Math.sqrt(size / (Math.sqrt(3) * 3));
    context.moveTo(0, y * 2);
    context.lineTo(-Math.sqrt(3) * y, -y);
    context.lineTo(Math.sqrt(3) * y, -y);
    context.closePath();
  },
};

const SYMBOLS: Record<MarkerShape, SymbolType> = {
  circle: symbolCircle,
  square: symbolSquare,
  triangle: symbolTriangle,
  diamond: symbolDiamond,
  'triangle-down': symbolTriangleDown,
  cross: symbolCross,
};

/** Path data of a marker centred on (0, 0), of area {@link MARKER_AREA}. */
export function markerPath(shape: MarkerShape): string {
  return symbol(SYMBOLS[shape], MARKER_AREA).digits(2)() ?? '';
}

/** Marker shape of the series at `index`. */
export const markerFor = (index: number): MarkerShape => MARKER_SHAPES[index % MARKER_SHAPES.length]!;

/** Dash pattern of the series at `index`. */
export const dashFor = (index: number): string => DASH_PATTERNS[index % DASH_PATTERNS.length]!;
