/**
 * How series tell themselves apart without colour (WCAG 1.4.1): each gets a dash pattern and a
 * marker shape, cycled by series index. Shapes are drawn for the default 8px point size around
 * (0, 0); CSS scales them for `--jk-curve-point-size`.
 */

/** Marker shapes, in the order series receive them. */
export const MARKER_SHAPES = ['circle', 'square', 'triangle', 'diamond', 'triangle-down', 'cross'] as const;

/** A marker shape name. */
export type MarkerShape = (typeof MARKER_SHAPES)[number];

/**
 * Dash patterns in the order series receive them; the first series is solid. Five patterns
 * against six shapes, so the pair stays unique for 30 series. `stroke-dasharray` values in px.
 */
export const DASH_PATTERNS = ['none', '8 4', '2 3', '10 3 2 3', '1 6'] as const;

/** Half the default point size (px): circles get this radius, other shapes similar area. */
const R = 4;

const r2 = (n: number): number => Math.round(n * 100) / 100;

/** Path data of a marker centred on (0, 0). */
export function markerPath(shape: MarkerShape): string {
  switch (shape) {
    case 'circle':
      return `M${R},0A${R},${R},0,1,1,${-R},0A${R},${R},0,1,1,${R},0Z`;
    case 'square': {
      const s = r2(R * 0.9);
      return `M${-s},${-s}H${s}V${s}H${-s}Z`;
    }
    case 'triangle': {
      const h = r2(R * 1.25);
      const w = r2(R * 1.3);
      return `M0,${-h}L${w},${r2(h * 0.8)}H${-w}Z`;
    }
    case 'triangle-down': {
      const h = r2(R * 1.25);
      const w = r2(R * 1.3);
      return `M0,${h}L${w},${r2(-h * 0.8)}H${-w}Z`;
    }
    case 'diamond': {
      const d = r2(R * 1.3);
      return `M0,${-d}L${d},0L0,${d}L${-d},0Z`;
    }
    case 'cross': {
      const a = r2(R * 1.2);
      const b = r2(R * 0.4);
      return `M${-b},${-a}H${b}V${-b}H${a}V${b}H${b}V${a}H${-b}V${b}H${-a}V${-b}H${-b}Z`;
    }
  }
}

/** Marker shape of the series at `index`. */
export const markerFor = (index: number): MarkerShape => MARKER_SHAPES[index % MARKER_SHAPES.length]!;

/** Dash pattern of the series at `index`. */
export const dashFor = (index: number): string => DASH_PATTERNS[index % DASH_PATTERNS.length]!;
