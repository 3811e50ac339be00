import { css } from 'lit';

/**
 * Styles of `<emotion-curve>`. Reads only `--_jk-*` tokens and the element's own `--jk-curve-*`
 * knobs (each falling back to a token), so themes and forced colours flow through.
 */
export const styles = css`
  :host {
    display: block;
    position: relative;
    color: var(--_jk-color-text);
    font-size: var(--_jk-font-size-s);
    /* Per-series colour; each series' groups and paths set --_c. */
    --_point-size: var(--jk-curve-point-size, 8px);
    --_stroke-width: var(--jk-curve-stroke-width, 2.5px);
  }
  .base {
    position: relative;
    /* The attribute sets --_h; the custom property, when set, wins. */
    block-size: var(--jk-curve-height, var(--_h, 160px));
    /* Painted so the theme's text and marker halos keep their contrast on any page. */
    background: var(--jk-curve-background, var(--_jk-color-surface));
  }

  svg {
    display: block;
    overflow: visible;
    /* Text in the drawing is decoration; the names live on the points and in the table. */
    user-select: none;
    -webkit-user-select: none;
  }

  .zone-positive {
    fill: var(--_jk-color-positive-surface);
  }
  .zone-negative {
    fill: var(--_jk-color-negative-surface);
  }

  .baseline {
    stroke: var(--_jk-color-border-strong);
    stroke-width: 1px;
    shape-rendering: crispEdges;
  }

  .axis line {
    stroke: var(--_jk-color-border-strong);
    stroke-width: 1px;
    shape-rendering: crispEdges;
  }
  .axis text {
    fill: var(--_jk-color-text-muted);
    font-size: var(--_jk-font-size-xs);
    font-variant-numeric: tabular-nums;
  }
  .axis .word {
    fill: var(--_jk-color-text-muted);
    /* A halo keeps the word legible over the zone tint and any line passing behind it. */
    stroke: var(--_jk-color-surface);
    stroke-width: 3px;
    stroke-linejoin: round;
    paint-order: stroke;
  }

  /* Bands, lines, point groups and the front copies each set --_c to their series' colour. */
  .series,
  .band,
  .line,
  .front {
    color: var(--_c);
  }
  /* Forced colours: the browser does not force SVG paint, and a journey's own persona colours
     (a series' color) would survive; every series takes the text's system colour instead and
     stays apart by dash pattern and marker shape. */
  @media (forced-colors: active) {
    .series,
    .band,
    .line,
    .front {
      color: var(--_jk-color-text);
    }
  }

  .band {
    fill: currentColor;
    stroke: none;
    opacity: var(--jk-curve-band-opacity, 0.18);
    transition: d var(--_jk-motion-duration) ease-out;
  }

  .line {
    fill: none;
    stroke: currentColor;
    stroke-width: var(--_stroke-width);
    stroke-linecap: round;
    stroke-linejoin: round;
    transition: d var(--_jk-motion-duration) ease-out;
  }

  /*
   * Highlight. The other series step back by shape, not by fading: thinner, dashed, smaller
   * markers, in their full colour, so they keep 3:1 against the background (WCAG 1.4.11). The
   * dimmed opacity is 1 unless the page asks for less.
   */
  .line.highlighted {
    stroke-width: calc(var(--_stroke-width) * 1.6);
  }
  .line.dimmed {
    stroke-width: calc(var(--_stroke-width) * 0.6);
    stroke-dasharray: 4 3;
  }
  .line.dimmed,
  .series.dimmed {
    opacity: var(--jk-curve-dimmed-opacity, 1);
  }
  .band.dimmed {
    opacity: calc(var(--jk-curve-band-opacity, 0.18) * 0.5);
  }
  .series.dimmed .marker {
    scale: calc(var(--_point-size) / 8px * 0.75);
  }
  /* Copies of the highlighted markers on top: decoration, the pointer reaches the real points. */
  .front {
    pointer-events: none;
  }
  .copy {
    transition: transform var(--_jk-motion-duration) ease-out;
  }
  /* The copy over a focused point grows with it. */
  :host(:focus-within) .front .copy.active .marker {
    scale: calc(var(--_point-size) / 8px * 1.3);
  }

  .point {
    outline: none;
    cursor: default;
    /* Points sit at translate(x, y); shapes inside are drawn around (0, 0). */
    transition: transform var(--_jk-motion-duration) ease-out;
  }
  .marker {
    fill: currentColor;
    stroke: var(--_jk-color-surface);
    stroke-width: 1.5px;
    vector-effect: non-scaling-stroke;
    /* Shapes are drawn for 8px; browsers without typed calc() keep that size. */
    scale: calc(var(--_point-size) / 8px);
  }
  /* Invisible but hit-testable: a comfortable pointer target, and the focus ring when focused. */
  .hit {
    fill: none;
    stroke: none;
    pointer-events: all;
    r: calc(var(--_point-size) / 2 + 5px);
  }
  .point:focus .hit {
    stroke: var(--_jk-color-focus-ring);
    stroke-width: var(--_jk-focus-ring-width);
  }
  /* Not colour alone: the focused marker also grows. */
  .point:focus .marker {
    scale: calc(var(--_point-size) / 8px * 1.3);
  }

  .tooltip {
    /* Placed by floating-ui with the fixed strategy; shown in the top layer where supported. */
    position: fixed;
    inset: auto;
    top: 0;
    left: 0;
    margin: 0;
    inline-size: max-content;
    max-inline-size: min(20rem, calc(100vw - 16px));
    padding: var(--_jk-space-1) var(--_jk-space-2);
    border: 1px solid var(--_jk-color-border-strong);
    border-radius: var(--_jk-radius-s);
    background: var(--_jk-color-surface-raised);
    color: var(--_jk-color-text);
    box-shadow: var(--_jk-shadow-raised);
    font: inherit;
    font-size: var(--_jk-font-size-xs);
    line-height: var(--_jk-line-height);
    overflow: visible;
    pointer-events: none;
    z-index: 1;
  }
  .tooltip[hidden] {
    display: none;
  }

  @media (prefers-reduced-motion: reduce) {
    .line,
    .band,
    .point,
    .copy {
      transition: none;
    }
  }
`;
