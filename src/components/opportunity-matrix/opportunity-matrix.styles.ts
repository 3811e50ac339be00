import { css } from 'lit';
import { focusRing } from '../../theme/helpers.js';

export const styles = css`
  :host {
    display: block;
    color: var(--_jk-color-text);
    background: var(--_jk-color-surface);
    font-size: var(--_jk-font-size-m);
    padding: var(--_jk-space-3);
    --_size: var(--jk-matrix-size, 24rem);
    --_point: var(--jk-matrix-point-size, 1.5rem);
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_jk-space-3);
    margin-block-end: var(--_jk-space-3);
  }
  fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_jk-space-2) var(--_jk-space-3);
    margin: 0;
    padding: var(--_jk-space-2) var(--_jk-space-3);
    border: 1px solid var(--_jk-color-border);
    border-radius: var(--_jk-radius-m);
  }
  legend {
    padding-inline: var(--_jk-space-1);
    font-weight: var(--_jk-font-weight-bold);
  }
  label {
    display: inline-flex;
    align-items: center;
    gap: var(--_jk-space-1);
    cursor: pointer;
  }
  input:focus-visible,
  button:focus-visible {
    ${focusRing}
  }

  /* Status shapes: drawn in the text colour, filled except the open ring and the cross. */
  .shape {
    inline-size: 0.9em;
    block-size: 0.9em;
    flex: none;
    overflow: visible;
    fill: currentColor;
    stroke: currentColor;
    stroke-width: 1.5;
  }
  .shape[data-status='open'] {
    fill: none;
  }
  .shape[data-status='dismissed'] {
    fill: var(--_jk-color-text-muted);
    stroke: none;
  }

  /*
   * The matrix is --_size square, or as wide as there is room for beside the impact axis: its
   * column may shrink to nothing, the axis columns keep their text.
   */
  .matrix-wrap {
    display: grid;
    grid-template-columns: auto auto minmax(0, var(--_size));
    grid-template-rows: auto auto auto;
    gap: var(--_jk-space-1);
    inline-size: max-content;
    max-inline-size: 100%;
  }
  .axis-label.impact {
    grid-column: 1;
    grid-row: 1;
    writing-mode: vertical-rl;
    transform: rotate(180deg);
    text-align: center;
    font-weight: var(--_jk-font-weight-bold);
  }
  .axis-label.effort {
    grid-column: 3;
    grid-row: 3;
    text-align: center;
    font-weight: var(--_jk-font-weight-bold);
  }
  .ticks {
    position: relative;
    color: var(--_jk-color-text-muted);
    font-size: var(--_jk-font-size-s);
  }
  .ticks.impact {
    grid-column: 2;
    grid-row: 1;
    inline-size: 1.5em;
  }
  .ticks.effort {
    grid-column: 3;
    grid-row: 2;
    block-size: 1.5em;
  }
  .ticks span {
    position: absolute;
    transform: translate(-50%, -50%);
    line-height: 1;
  }
  .ticks.impact span {
    left: 50%;
  }
  .ticks.effort span {
    top: 50%;
  }

  .matrix {
    grid-column: 3;
    grid-row: 1;
    position: relative;
    inline-size: 100%;
    aspect-ratio: 1;
    container: matrix / inline-size;
  }
  .drawing {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
  }
  .q {
    fill: var(--_jk-color-surface-sunken);
  }
  .q.quick-win {
    fill: var(--jk-matrix-quick-win-background, var(--_jk-color-positive-surface));
  }
  .q.thankless {
    fill: var(--jk-matrix-thankless-background, var(--_jk-color-negative-surface));
  }
  .split,
  .frame {
    fill: none;
    stroke: var(--_jk-color-border-strong);
    stroke-width: 1.5px;
    vector-effect: non-scaling-stroke;
  }
  .split {
    stroke-dasharray: 6 4;
  }
  .quadrant {
    position: absolute;
    max-inline-size: 38%;
    padding: var(--_jk-space-1) var(--_jk-space-2);
    color: var(--_jk-color-text-muted);
    font-size: var(--_jk-font-size-s);
    font-weight: var(--_jk-font-weight-bold);
    /* Long words (Finnish, German) break inside the corner rather than run over the next quadrant. */
    overflow-wrap: anywhere;
    hyphens: auto;
    pointer-events: none;
  }
  /*
   * A small matrix (a phone, or 400 % zoom): smaller names, tight to the frame so one line stays
   * clear of the points of the outer cells, each as wide as its quadrant (the split is at 40 %).
   */
  @container matrix (inline-size < 18rem) {
    .quadrant {
      padding: 0 var(--_jk-space-1);
      font-size: var(--_jk-font-size-xs);
      line-height: 1.2;
    }
    .quadrant.start {
      max-inline-size: 40%;
    }
    .quadrant.end {
      max-inline-size: 60%;
    }
  }
  .quadrant.start {
    inset-inline-start: 0;
  }
  .quadrant.end {
    inset-inline-end: 0;
    text-align: end;
  }
  .quadrant.top {
    top: 0;
  }
  .quadrant.bottom {
    bottom: 0;
  }

  /*
   * A point sits at its cell's centre, moved by whole steps when it shares the cell (the
   * --_cx … --_cell-step the element sets). A step is the cell's own spread or a point's target,
   * whichever is longer, so targets never overlap one another; the cell's group moves as one to
   * stay inside the frame.
   */
  .point {
    --_step: max(var(--_cell-step), var(--_point));
    --_reach-x: calc(var(--_half-x) * var(--_step) + var(--_point) / 2);
    --_reach-y: calc(var(--_half-y) * var(--_step) + var(--_point) / 2);
    left: calc(clamp(var(--_reach-x), var(--_cx), 100% - var(--_reach-x)) + var(--_dx) * var(--_step));
    top: calc(clamp(var(--_reach-y), var(--_cy), 100% - var(--_reach-y)) + var(--_dy) * var(--_step));
    position: absolute;
    display: grid;
    place-items: center;
    inline-size: var(--_point);
    block-size: var(--_point);
    margin: 0;
    padding: 0;
    border: 1px solid transparent;
    border-radius: 50%;
    background: transparent;
    color: var(--_jk-color-accent);
    transform: translate(-50%, -50%);
    cursor: pointer;
  }
  .point .shape {
    inline-size: 60%;
    block-size: 60%;
  }
  .point:hover,
  .point:focus-visible {
    border-color: var(--_jk-color-border-strong);
    background: var(--_jk-color-surface-raised);
    z-index: 1;
  }
  .point[data-status='done'],
  .point[data-status='dismissed'] {
    color: var(--_jk-color-text-muted);
  }

  .focused {
    min-block-size: calc(var(--_jk-line-height) * 1em);
    margin-block: var(--_jk-space-2) 0;
  }
  .notice {
    margin-block: var(--_jk-space-2) 0;
    color: var(--_jk-color-text-muted);
  }

  .table-scroll {
    max-inline-size: 100%;
    overflow-x: auto;
    container-type: inline-size;
  }
  .table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  /* The caption stays in view, wrapped to the region's width, while the table scrolls under it. */
  caption {
    position: sticky;
    inset-inline-start: 0;
    max-inline-size: 100cqi;
    text-align: start;
    font-weight: var(--_jk-font-weight-bold);
    padding-block-end: var(--_jk-space-2);
  }
  th,
  td {
    padding: var(--_jk-space-1) var(--_jk-space-2);
    border-block-end: 1px solid var(--_jk-color-border);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    border-block-end-color: var(--_jk-color-border-strong);
  }
  button.sort,
  button.open {
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_jk-color-accent);
    font: inherit;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }
  th[aria-sort='descending'] button.sort {
    color: var(--_jk-color-text);
    text-decoration: none;
  }
  .pains {
    margin: 0;
    padding-inline-start: 1.2em;
  }

  /* Forced colours map the tokens to system colours; give each point a visible edge there. */
  @media (forced-colors: active) {
    .point {
      border-color: var(--_jk-color-border-strong);
      color: var(--_jk-color-text);
    }
  }
`;
