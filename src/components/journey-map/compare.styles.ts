import { css } from 'lit';

/**
 * Styles of a comparison with a baseline (`controllers/compare.ts`, `templates/compare.ts`):
 * the summary, the marks in cells and stage headers, ghost columns, the baseline's dashed
 * emotion lines, and the two panes side by side. Every mark has a shape and a word, so none is
 * told by colour alone; ghosts are dashed and grey in black and white too.
 */
export const compareStyles = css`
  .compare-summary {
    margin-block-end: var(--_jk-space-3);
    padding: var(--_jk-space-2) var(--_jk-space-3);
    border: 1px solid var(--_jk-color-border);
    border-radius: var(--_jk-radius-s);
    background: var(--_jk-color-surface-sunken);
  }
  .compare-title {
    font-weight: var(--_jk-font-weight-bold);
  }
  .compare-summary ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_jk-space-1) var(--_jk-space-4);
    padding: 0;
    list-style: none;
  }
  .compare-summary li:not(:last-child) {
    padding-inline-end: var(--_jk-space-4);
    border-inline-end: 1px solid var(--_jk-color-border);
  }

  .compare-key {
    display: flex;
    align-items: center;
    gap: var(--_jk-space-2);
    margin-block-start: var(--_jk-space-1);
    color: var(--_jk-color-text-muted);
    font-size: var(--_jk-font-size-xs);
  }
  .key-line line {
    stroke: currentColor;
    stroke-width: 1.5px;
    stroke-dasharray: 2 5;
    stroke-linecap: round;
  }

  .change {
    display: block;
    margin-block-end: var(--_jk-space-1);
    font-size: var(--_jk-font-size-xs);
  }
  .stage-change {
    display: inline-block;
    margin-inline-start: var(--_jk-space-2);
  }
  .change-mark {
    display: inline-flex;
    align-items: center;
    gap: var(--_jk-space-1);
    margin-inline-end: var(--_jk-space-1);
    padding: 0 var(--_jk-space-2);
    border: 1px solid var(--_jk-color-border-strong);
    border-radius: var(--_jk-radius-s);
    background: var(--_jk-color-surface);
    color: var(--_jk-color-text);
    font-weight: var(--_jk-font-weight-bold);
  }
  .change-mark.added .change-shape {
    color: var(--_jk-color-positive);
  }
  .change-mark.removed {
    border-style: dashed;
  }
  .change-mark.removed .change-shape {
    color: var(--_jk-color-negative);
  }
  .change-lines {
    margin-block-start: var(--_jk-space-1);
  }

  /* A removed touchpoint in its old place: dashed, grey, its card faded but still readable. */
  .cell.ghost {
    position: relative;
    background: var(--_jk-color-surface-sunken);
  }
  /* A border drawn inside, so the focus ring (an outline) stays the focus ring's. */
  .cell.ghost::before {
    content: '';
    position: absolute;
    inset: 6px;
    border: 2px dashed var(--_jk-color-border-strong);
    border-radius: var(--_jk-radius-s);
    pointer-events: none;
  }
  .cell.ghost touchpoint-card {
    filter: grayscale(1);
  }

  /* The baseline's lines over the current curve: dotted, thinner, smaller markers, and nothing
     else of their own (the current curve's background, zones and axis show through). */
  .baseline-curve {
    --jk-curve-point-size: 5px;
    --jk-curve-background: none;
  }
  .baseline-curve::part(zone-positive),
  .baseline-curve::part(zone-negative),
  .baseline-curve::part(baseline),
  .baseline-curve::part(axis) {
    visibility: hidden;
  }
  .baseline-curve::part(line) {
    stroke-dasharray: 2 5;
    stroke-width: 1.5px;
  }

  .panes {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: var(--_jk-space-4);
    align-items: start;
  }
  .baseline-map {
    --jk-map-padding: 0;
  }
  /* Below this the panes stack: side by side, each pane (about half the map) stays over the
     600px under which a map lays its stages out vertically. */
  @container (max-width: 80rem) {
    .panes {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  @media print {
    .panes {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;
