import { css } from 'lit';
import { focusRing } from '../../theme/index.js';
import { BOTTOM_BAND, TOP_BAND } from './connectors.js';


/**
 * Styles of `<journey-map>`. Colours come only from the theme's `--_jk-*` tokens and the map's
 * own `--jk-map-*` / `--jk-connector-color` knobs. Logical properties throughout, so the
 * `dir` on the internal root mirrors everything except the connector SVG, which is flipped.
 *
 * Wide layout: every row is a CSS grid with the same fixed tracks (lane header + N columns of
 * `--_col-w`), so columns line up without measuring and connector/curve x positions are
 * arithmetic. Narrow layout (`:host([narrow])`): rows become `display: contents` and each cell's
 * `--o` orders it stage after stage, touchpoint after touchpoint, in one column.
 */
/**
 * The rules that interpolate shared pieces (the focus ring, the connector bands), apart from the
 * plain CSS below so the build can minify that: its CSS minifier skips a block with
 * interpolations. It comes first, where these rules stood before.
 */
const sharedRules = css`
  button:focus-visible,
  a:focus-visible,
  [tabindex]:focus-visible,
  summary:focus-visible {
    ${focusRing}
  }
  .cell:focus-visible {
    ${focusRing}
    outline-offset: -4px;
  }
  .lane-emotions .cell:focus-visible {
    outline: none;
  }
  .lane-emotions .cell:focus-visible::after {
    content: '';
    position: absolute;
    inset: 0;
    z-index: 2;
    pointer-events: none;
    ${focusRing}
    outline-offset: -4px;
  }
  /* Numbers from connectors.ts, so the padding and the drawn geometry cannot drift apart. */
  .lane-touchpoints .cell {
    padding-block: ${TOP_BAND}px ${BOTTOM_BAND}px;
  }
`;

const plainRules = css`
  :host {
    display: block;
    position: relative;
    container-type: inline-size;
    color: var(--_jk-color-text);
    font-size: var(--_jk-font-size-s);
    --_col-w: var(--jk-map-column-width, 16rem);
    --_lane-w: var(--jk-map-lane-header-width, 8.5rem);
    --_connector: var(--jk-connector-color, var(--_jk-color-border-strong));
    --_pad: var(--_jk-space-3);
    --_curve-h: 112px;
  }
  :host([density='compact']) {
    --_col-w: var(--jk-map-column-width, 12rem);
    --_pad: var(--_jk-space-2);
    --_curve-h: 88px;
  }

  .root {
    background: var(--_jk-color-surface);
    color: var(--_jk-color-text);
    /* The themed surface has its own padding, so a theme unlike the page's (theme="dark" on a
       light page) draws a box whose title and grid keep clear of its edge. */
    padding: var(--jk-map-padding, var(--_jk-space-3));
    /* No journey text, however long and unbroken, may widen the map (or the page around it). */
    overflow-wrap: anywhere;
  }

  ul {
    margin: 0;
    padding-inline-start: 1.1em;
  }
  p {
    margin: 0;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }

  /* Header ------------------------------------------------------------------------------------ */
  .header {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_jk-space-2);
    padding-block: var(--_jk-space-2) var(--_jk-space-4);
  }
  .title {
    margin: 0;
    font-size: var(--_jk-font-size-xl);
    font-weight: var(--_jk-font-weight-bold);
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  .kind {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_jk-space-2);
  }
  .kind span,
  .chip {
    display: inline-block;
    max-inline-size: 100%;
    padding: 0 var(--_jk-space-2);
    border: 1px solid var(--_jk-color-border);
    border-radius: var(--_jk-radius-s);
    background: var(--_jk-color-surface-sunken);
    font-size: var(--_jk-font-size-xs);
    color: var(--_jk-color-text);
  }
  .description {
    max-inline-size: 70ch;
    color: var(--_jk-color-text-muted);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_jk-space-1);
    list-style: none;
    padding: 0;
  }
  /* A metric chip: value, status (word and shape), sparkline, "as of" time, out-of-date mark. */
  .chip.metric {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    column-gap: var(--_jk-space-1);
  }
  .metric-status,
  .metric-stale {
    display: inline-flex;
    align-items: center;
    gap: 0.2em;
    font-weight: var(--_jk-font-weight-bold);
  }
  .metric-status .jk-icon,
  .metric-stale .jk-icon {
    inline-size: 1em;
    block-size: 1em;
    flex: none;
  }
  .chip.metric[data-status='met'] .metric-status {
    color: var(--_jk-color-positive);
  }
  .chip.metric[data-status='close'] .metric-status {
    color: var(--_jk-color-neutral);
  }
  .chip.metric[data-status='missed'] {
    border-color: var(--_jk-color-negative);
  }
  .chip.metric[data-status='missed'] .metric-status {
    color: var(--_jk-color-negative);
  }
  .spark {
    flex: none;
    inline-size: 3em;
    block-size: 1em;
    fill: none;
    stroke: var(--jk-metric-sparkline-color, currentColor);
    stroke-width: 1.5;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  /* Time runs in the reading direction, as the map's columns do. */
  [dir='rtl'] .spark {
    transform: scaleX(-1);
  }
  .metric-as-of {
    color: var(--_jk-color-text-muted);
  }
  .chip.metric.stale {
    border-style: dashed;
  }
  .chip.metric.stale .metric-value {
    color: var(--_jk-color-text-muted);
  }
  .metrics-label {
    font-weight: var(--_jk-font-weight-bold);
    font-size: var(--_jk-font-size-xs);
    color: var(--_jk-color-text-muted);
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_jk-space-2);
  }
  .legend button {
    display: inline-flex;
    align-items: center;
    max-inline-size: 100%;
    min-inline-size: 0;
    min-block-size: 2.25rem;
    padding: var(--_jk-space-1) var(--_jk-space-3);
    border: 1px solid var(--_jk-color-border-strong);
    border-radius: 999px;
    background: var(--_jk-color-surface);
  }
  /* Checked: a check mark (shape, not only colour), silent for screen readers (aria-checked says it). */
  .legend button[aria-checked='true'] {
    border-color: var(--_jk-color-accent);
    background: var(--_jk-color-surface-sunken);
    font-weight: var(--_jk-font-weight-bold);
  }
  .legend button[aria-checked='true']::before {
    content: '✓' / '';
    margin-inline-end: var(--_jk-space-1);
    color: var(--_jk-color-accent);
  }
  .legend persona-badge {
    pointer-events: none;
  }

  /* Notices ----------------------------------------------------------------------------------- */
  .loading,
  .error,
  .empty,
  .notice,
  .edit-notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_jk-space-2);
    margin-block: var(--_jk-space-2);
    padding: var(--_jk-space-2) var(--_jk-space-3);
    border: 1px solid var(--_jk-color-border);
    border-radius: var(--_jk-radius-m);
    background: var(--_jk-color-surface-sunken);
  }
  .error {
    border-color: var(--_jk-color-negative);
    border-inline-start-width: 4px;
  }
  .edit-notice button,
  .error button {
    padding: 0 var(--_jk-space-2);
    border: 1px solid var(--_jk-color-border-strong);
    border-radius: var(--_jk-radius-s);
    background: var(--_jk-color-surface);
  }
  .error ul {
    flex-basis: 100%;
  }
  .error code {
    font-family: ui-monospace, monospace;
    font-size: var(--_jk-font-size-xs);
    margin-inline-end: var(--_jk-space-2);
  }
  .spinner {
    inline-size: 1rem;
    block-size: 1rem;
    border: 2px solid var(--_jk-color-border);
    border-block-start-color: var(--_jk-color-accent);
    border-radius: 50%;
    animation: spin calc(var(--_jk-motion-duration) * 6) linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }

  /* Grid -------------------------------------------------------------------------------------- */
  .scroller {
    overflow: auto;
    max-block-size: var(--jk-map-max-height, none);
    border: 1px solid var(--_jk-color-border);
    border-radius: var(--_jk-radius-m);
  }
  .grid {
    display: flex;
    flex-direction: column;
    inline-size: max-content;
    min-inline-size: 100%;
  }
  .row {
    display: grid;
    grid-template-columns: var(--_lane-w) repeat(var(--_cols), var(--_col-w));
    position: relative;
  }
  .row + .row {
    border-block-start: 1px solid var(--_jk-color-border);
  }
  .head {
    position: sticky;
    inset-block-start: 0;
    z-index: 3;
    background: var(--_jk-color-surface);
    border-block-end: 1px solid var(--_jk-color-border-strong);
  }
  .corner,
  .lane-header {
    position: sticky;
    inset-inline-start: 0;
    z-index: 2;
    background: var(--_jk-color-surface-sunken);
    border-inline-end: 1px solid var(--_jk-color-border-strong);
  }
  /* Only built columns have cells (the touchpoints lane has all): each cell names its track. */
  .lane-header {
    grid-area: 1 / 1;
    padding: var(--_pad);
    font-weight: var(--_jk-font-weight-bold);
    overflow-wrap: anywhere;
  }
  .stage {
    min-inline-size: 0;
    padding: var(--_pad);
    border-inline-start: 1px solid var(--_jk-color-border);
    background: var(--_jk-color-surface);
    overflow-wrap: anywhere;
  }
  /* A stage wider than the view keeps its name in view while the map scrolls sideways. */
  .stage-inner {
    display: grid;
    align-content: start;
    gap: var(--_jk-space-1);
    position: sticky;
    inset-inline-start: calc(var(--_lane-w) + var(--_pad));
    max-inline-size: max(var(--_col-w), 24rem);
  }
  .stage-about {
    display: grid;
    gap: var(--_jk-space-1);
  }
  .stage-name {
    font-size: var(--_jk-font-size-m);
    font-weight: var(--_jk-font-weight-bold);
  }
  .stage-number,
  .stage-description,
  .label {
    color: var(--_jk-color-text-muted);
    font-size: var(--_jk-font-size-xs);
  }
  .label {
    font-weight: var(--_jk-font-weight-bold);
  }

  /* No content-visibility: Chromium gives cells it skips an empty accessible name, and the map
     already builds only the columns near the view. */
  .cell {
    grid-row: 1;
    min-inline-size: 0;
    /* Revealing a focused cell (reveal.ts) keeps it clear of the sticky lane headers and stage row. */
    scroll-margin-inline-start: var(--_lane-w);
    scroll-margin-block-start: var(--_head-h, 0px);
    padding: var(--_pad);
    overflow-wrap: anywhere;
    outline-offset: -4px;
    cursor: default;
  }
  /* Measured once before the first render (journey-map.ts #measure): a column's width and inset. */
  .probe {
    position: absolute;
    visibility: hidden;
    inline-size: var(--_col-w);
  }
  .cell.first {
    border-inline-start: 1px solid var(--_jk-color-border);
  }
  .cell:focus:not(:focus-visible) {
    outline: none;
  }
  .cell .none {
    color: var(--_jk-color-text-muted);
  }
  .lane-touchpoints .cell {
    display: flex;
    flex-direction: column;
    cursor: pointer;
  }
  /* A touchpoint cell of a column not built (its hidden name only): its size and layout depend on
     nothing inside, so building a column re-lays out thousands of them cheaply (bench: End at
     5000 touchpoints ~20 % less main-thread time). Not content-visibility: that blanks the name. */
  .lane-touchpoints .light {
    contain: strict;
  }
  .lane-touchpoints .cell > touchpoint-card {
    flex: 1 1 auto;
  }
  /* Moments of truth: the card's own emphasis, a tinted column and a bar on the cell (shape, not only colour). */
  .cell.mot {
    background: var(--_jk-color-surface-sunken);
  }
  .lane-touchpoints .cell.mot {
    box-shadow: inset 0 4px 0 var(--_jk-color-accent);
  }
  /* The curve is drawn over this lane: its bands would cover the cell's own outline, so the ring
     of a focused emotions cell is drawn by a layer above the curve. */
  .lane-emotions .cell {
    position: relative;
    display: flex;
    align-items: flex-end;
    padding-block-start: calc(var(--_curve-h) + var(--_jk-space-1));
    font-size: var(--_jk-font-size-xs);
    color: var(--_jk-color-text-muted);
  }
  .tag {
    display: inline-block;
    margin-inline-end: var(--_jk-space-1);
    padding: 0 var(--_jk-space-1);
    border: 1px solid currentColor;
    border-radius: var(--_jk-radius-s);
    font-size: var(--_jk-font-size-xs);
    font-weight: var(--_jk-font-weight-bold);
  }
  .tag.sev-high {
    color: var(--_jk-color-negative);
    border-width: 2px;
  }
  .facts {
    display: block;
    color: var(--_jk-color-text-muted);
    font-size: var(--_jk-font-size-xs);
  }

  .curve {
    position: absolute;
    inset-block-start: var(--_jk-space-1);
    inset-inline-start: var(--_lane-w);
    z-index: 1;
    pointer-events: none;
    --jk-curve-height: var(--_curve-h);
  }
  .connectors {
    position: absolute;
    inset-block: 0;
    inset-inline-start: var(--_lane-w);
    z-index: 1;
    block-size: 100%;
    overflow: visible;
    pointer-events: none;
    color: var(--_connector);
  }
  .root[dir='rtl'] .connectors {
    transform: scaleX(-1);
  }
  .connector {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5px;
  }
  .connector.loop {
    stroke-dasharray: 5 4;
  }
  .arrowhead {
    fill: currentColor;
  }

  /* Narrow: one column, stage after stage -------------------------------------------------------- */
  :host([narrow]) .scroller {
    max-block-size: none;
    overflow: visible;
    border: 0;
  }
  :host([narrow]) .grid {
    inline-size: auto;
    gap: var(--_jk-space-1);
  }
  :host([narrow]) .row {
    display: contents;
  }
  :host([narrow]) .corner,
  :host([narrow]) .lane-header {
    display: none;
  }
  :host([narrow]) .stage,
  :host([narrow]) .cell {
    order: var(--o);
    border: 0;
  }
  :host([narrow]) .stage {
    margin-block-start: var(--_jk-space-3);
    border-block-end: 2px solid var(--_jk-color-border-strong);
  }
  :host([narrow]) .cell {
    scroll-margin: 0;
    padding: var(--_jk-space-1) var(--_jk-space-2);
    background: none;
    box-shadow: none;
  }
  :host([narrow]) .lane-touchpoints .cell {
    padding-block: var(--_jk-space-3) var(--_jk-space-1);
  }
  :host([narrow]) .lane-emotions .cell {
    display: block;
    padding-block-start: var(--_jk-space-1);
  }
  /* Lane name inline, since the lane headers are hidden. */
  .cell-lane {
    display: none;
  }
  :host([narrow]) .cell-lane {
    display: block;
    color: var(--_jk-color-text-muted);
    font-size: var(--_jk-font-size-xs);
    font-weight: var(--_jk-font-weight-bold);
  }
  :host([narrow]) .lane-touchpoints .cell-lane {
    display: none;
  }

  /* Details panel ----------------------------------------------------------------------------- */
  .details {
    position: fixed;
    inset-block-start: 0;
    left: 0;
    z-index: 10;
    inline-size: min(26rem, calc(100vw - 16px));
    overflow: auto;
    display: grid;
    gap: var(--_jk-space-3);
    padding: var(--_jk-space-4);
    border: 1px solid var(--_jk-color-border-strong);
    border-radius: var(--_jk-radius-l);
    background: var(--_jk-color-surface-raised);
    color: var(--_jk-color-text);
    box-shadow: var(--_jk-shadow-raised);
    overflow-wrap: anywhere;
  }
  /* No room beside a cell in a narrow viewport (or at 400 % zoom): a sheet along the bottom. */
  .details.sheet {
    inset: auto var(--_jk-space-2) var(--_jk-space-2);
    inline-size: auto;
    max-block-size: calc(100dvh - 2 * var(--_jk-space-2));
  }
  .details-head {
    display: flex;
    align-items: start;
    gap: var(--_jk-space-2);
  }
  /* Focus lands on the title so screen readers start there; it is not a control, so no ring. */
  .details-title:focus {
    outline: none;
  }
  .details-title {
    flex: 1;
    font-size: var(--_jk-font-size-l);
    font-weight: var(--_jk-font-weight-bold);
    line-height: 1.3;
  }
  .details-meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_jk-space-1) var(--_jk-space-3);
    color: var(--_jk-color-text-muted);
  }
  .mot-flag {
    font-weight: var(--_jk-font-weight-bold);
    color: var(--_jk-color-text);
  }
  .details section {
    display: grid;
    gap: var(--_jk-space-1);
  }
  .details blockquote {
    margin: 0;
    padding-inline-start: var(--_jk-space-3);
    border-inline-start: 3px solid var(--_jk-color-border-strong);
    font-style: italic;
  }
  .details a {
    color: var(--_jk-color-accent);
  }
  .close,
  .step {
    display: inline-flex;
    align-items: center;
    gap: var(--_jk-space-1);
    min-block-size: 2rem;
    padding: var(--_jk-space-1) var(--_jk-space-3);
    border: 1px solid var(--_jk-color-border-strong);
    border-radius: var(--_jk-radius-s);
    background: var(--_jk-color-surface);
    text-align: start;
  }
  .close svg {
    inline-size: 1em;
    block-size: 1em;
  }
  .steps {
    display: grid;
    gap: var(--_jk-space-1);
    list-style: none;
    padding: 0;
  }
  .sub {
    font-size: var(--_jk-font-size-xs);
    color: var(--_jk-color-text-muted);
  }

  /* Forced colours: the tokens are system colours there; a page's --jk-connector-color must not win. */
  @media (forced-colors: active) {
    .connectors {
      color: var(--_jk-color-border-strong);
    }
    .lane-touchpoints .cell.mot {
      outline: 2px solid var(--_jk-color-border-strong);
      outline-offset: -2px;
    }
    .cell:focus-visible,
    .cell.mot:focus-visible {
      outline: var(--_jk-focus-ring-width) solid var(--_jk-color-focus-ring);
      outline-offset: -4px;
    }
  }
  /* Collaboration: others' outlines over the grid, the connection state ----------------------- */
  .root {
    position: relative;
  }
  .presence-layer {
    position: absolute;
    inset: 0;
    pointer-events: none;
    z-index: 4;
  }
  .peer {
    position: absolute;
    outline: 3px solid var(--_peer);
    outline-offset: -3px;
    border-radius: var(--_jk-radius-s);
  }
  .peer-name {
    position: absolute;
    inset-block-end: 100%;
    inset-inline-start: 0;
    max-inline-size: 100%;
    padding: 0 var(--_jk-space-1);
    border: 2px solid var(--_peer);
    border-radius: var(--_jk-radius-s);
    background: var(--_jk-color-surface-raised);
    color: var(--_jk-color-text);
    font-size: var(--_jk-font-size-xs);
    font-weight: var(--_jk-font-weight-bold);
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .connection {
    display: inline-flex;
    align-items: center;
    gap: var(--_jk-space-1);
    margin-block: var(--_jk-space-1);
    font-size: var(--_jk-font-size-xs);
    color: var(--_jk-color-text-muted);
  }
  .connection-mark {
    inline-size: 0.625rem;
    block-size: 0.625rem;
    border: 2px solid currentColor;
    border-radius: 50%;
  }
  .connection.live .connection-mark {
    background: var(--_jk-color-positive);
    border-color: var(--_jk-color-positive);
  }
  .connection.refused {
    color: var(--_jk-color-negative);
  }
  @media (forced-colors: active) {
    .peer,
    .peer-name {
      --_peer: var(--_jk-color-focus-ring);
    }
  }
  @media print {
    .presence-layer,
    .connection {
      display: none;
    }
  }

  /* Print ------------------------------------------------------------------------------------- */
  /* Paper does not scroll: every column is built (controllers/print.ts), nothing sticks or clips,
     black on white (the theme's print tokens) with borders instead of tints, chrome left out. */
  @media print {
    .scroller {
      overflow: visible;
      max-block-size: none;
    }
    .head,
    .corner,
    .lane-header,
    .stage-inner {
      position: static;
    }
    .cell:focus-visible,
    .lane-emotions .cell:focus-visible::after {
      outline: none;
    }
    .details,
    .edit-notice,
    .loading {
      display: none;
    }
    .cell.mot {
      background: none;
      box-shadow: inset 0 0 0 3px var(--_jk-color-border-strong);
    }
    .row,
    .stage,
    .cell {
      break-inside: avoid;
    }
    /* Stacked on paper, an empty lane of a touchpoint says nothing worth a line. */
    :host([narrow]) .cell:not(.lane-touchpoints *):has(> .none) {
      display: none;
    }
    .stage {
      break-after: avoid;
    }
    a[href]::after {
      content: ' (' attr(href) ')';
    }
  }
  /* Poster: the wide grid whole on the sheet's width, scaled down (never up) to fit it: print it
     large for a wall. */
  @media print {
    :host([print-layout='poster']) .scroller {
      container-type: inline-size;
    }
    :host([print-layout='poster']) .grid {
      inline-size: max-content;
      zoom: min(1, calc(100cqi / (var(--_lane-w) + var(--_cols) * var(--_col-w))));
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
`;

/* Drag and drop (editable maps; controllers/drag.ts) -------------------------------------------- */
/* A card follows the pointer (its cell keeps a dashed outline where it was); the drop indicator
   is a bar with round caps between cards and a dashed outline round the target stage: shapes
   drawn with borders and outlines, so forced colours keep them. Emotion handles are rings over
   the curve's points, shown on hover and while dragged. */
const dragRules = css`
  :host([editable]) .lane-touchpoints .cell[data-id] > touchpoint-card {
    cursor: grab;
  }
  .lane-touchpoints .cell[data-dragging] {
    outline: 2px dashed var(--_jk-color-border-strong);
    outline-offset: -4px;
  }
  .lane-touchpoints .cell[data-dragging] > touchpoint-card {
    position: relative;
    z-index: 5;
    translate: var(--_drag-x, 0) var(--_drag-y, 0);
    pointer-events: none;
    box-shadow: var(--_jk-shadow-raised);
    opacity: 0.9;
  }
  .emotion-handles {
    position: absolute;
    inset-block-start: var(--_jk-space-1);
    inset-inline-start: var(--_lane-w);
    block-size: var(--_curve-h);
    z-index: 2;
    pointer-events: none;
  }
  .emotion-handle {
    position: absolute;
    inline-size: 24px;
    block-size: 24px;
    margin-inline-start: -12px;
    margin-block-start: -12px;
    border-radius: 50%;
    pointer-events: auto;
    cursor: ns-resize;
  }
  .emotion-handle::after {
    content: '';
    position: absolute;
    inset: 3px;
    border: 2px solid var(--_jk-color-accent);
    border-radius: 50%;
    opacity: 0;
  }
  .lane-emotions:hover .emotion-handle::after,
  .emotion-handle[data-dragging]::after {
    opacity: 1;
  }
  .emotion-handle[data-dragging] {
    translate: 0 var(--_drag-y, 0);
  }
  @media (hover: none) {
    .emotion-handle::after {
      opacity: 1;
    }
  }
  .drag-layer {
    position: absolute;
    inset: 0;
    z-index: 5;
    pointer-events: none;
  }
  .drop-stage {
    position: absolute;
    outline: 3px dashed var(--_jk-color-focus-ring);
    outline-offset: -3px;
  }
  .drop-bar {
    position: absolute;
    border: 0 solid var(--_jk-color-focus-ring);
  }
  .drop-bar.side {
    border-inline-start-width: 4px;
  }
  .drop-bar.stacked {
    border-block-start-width: 4px;
  }
  /* Caps at the bar's ends, centred on it (the padding box starts after the 4px border). */
  .drop-bar::before,
  .drop-bar::after {
    content: '';
    position: absolute;
    inline-size: 10px;
    block-size: 10px;
    border: 2px solid var(--_jk-color-focus-ring);
    border-radius: 50%;
    background: var(--_jk-color-surface);
  }
  .drop-bar.side::before,
  .drop-bar.side::after {
    inset-inline-start: -7px;
  }
  .drop-bar.side::before {
    inset-block-start: -5px;
  }
  .drop-bar.side::after {
    inset-block-end: -5px;
  }
  .drop-bar.stacked::before,
  .drop-bar.stacked::after {
    inset-block-start: -7px;
  }
  .drop-bar.stacked::before {
    inset-inline-start: -5px;
  }
  .drop-bar.stacked::after {
    inset-inline-end: -5px;
  }
  .drag-value {
    position: absolute;
    translate: -50% calc(-100% - 4px);
    padding: 0 var(--_jk-space-1);
    border: 2px solid var(--_jk-color-border-strong);
    border-radius: var(--_jk-radius-s);
    background: var(--_jk-color-surface-raised);
    color: var(--_jk-color-text);
    font-size: var(--_jk-font-size-xs);
    white-space: nowrap;
  }
  .drag-value-number {
    font-weight: var(--_jk-font-weight-bold);
  }
  @media print {
    .drag-layer,
    .emotion-handles {
      display: none;
    }
  }
`;

/* Editing forms -------------------------------------------------------------------------------- */
/* The touchpoint form (in the details panel), the stage and persona forms (the edit panel), and
   the header's and stage headers' editing buttons. Labels above fields, problems with a mark and
   a word (not colour alone), logical properties for right-to-left, colours from tokens only. */
const formRules = css`
  .edit-form input:focus-visible,
  .edit-form select:focus-visible,
  .edit-form textarea:focus-visible {
    ${focusRing}
  }
  .edit-form {
    display: grid;
    gap: var(--_jk-space-3);
    min-inline-size: 0;
  }
  .edit-panel {
    max-block-size: calc(100dvh - 2 * var(--_jk-space-2));
  }
  /* A field being edited stays clear of the sheet's edges as the keyboard moves through it. */
  .details input,
  .details select,
  .details textarea,
  .details button {
    scroll-margin-block: var(--_jk-space-4);
  }
  .field {
    display: grid;
    gap: var(--_jk-space-1);
    min-inline-size: 0;
  }
  .field label,
  .edit-form legend {
    font-size: var(--_jk-font-size-s);
    font-weight: var(--_jk-font-weight-bold);
  }
  .field.check {
    grid-template-columns: auto 1fr;
    align-items: center;
  }
  .field.check .field-problem {
    grid-column: 1 / -1;
  }
  .edit-form input:not([type='checkbox']),
  .edit-form select,
  .edit-form textarea {
    inline-size: 100%;
    box-sizing: border-box;
    min-block-size: 2rem;
    padding: var(--_jk-space-1) var(--_jk-space-2);
    border: 1px solid var(--_jk-color-border-strong);
    border-radius: var(--_jk-radius-s);
    background: var(--_jk-color-surface);
    color: var(--_jk-color-text);
    font: inherit;
  }
  .edit-form textarea {
    resize: vertical;
  }
  .edit-form [aria-invalid='true'] {
    border-color: var(--_jk-color-negative);
    border-width: 2px;
  }
  .field-hint {
    margin: 0;
    font-size: var(--_jk-font-size-xs);
    color: var(--_jk-color-text-muted);
  }
  .field-problem {
    display: flex;
    align-items: start;
    gap: var(--_jk-space-1);
    margin: 0;
    font-size: var(--_jk-font-size-s);
    color: var(--_jk-color-negative);
  }
  .field-problem-mark {
    flex: none;
    display: inline-grid;
    place-items: center;
    inline-size: 1.25em;
    block-size: 1.25em;
    border-radius: 50%;
    background: var(--_jk-color-negative);
    color: var(--_jk-color-surface);
    font-weight: var(--_jk-font-weight-bold);
  }
  .edit-form fieldset {
    display: grid;
    gap: var(--_jk-space-2);
    min-inline-size: 0;
    margin: 0;
    padding: var(--_jk-space-2);
    border: 1px solid var(--_jk-color-border);
    border-radius: var(--_jk-radius-m);
  }
  .edit-form fieldset.item {
    border-style: dashed;
  }
  .list-items {
    display: grid;
    gap: var(--_jk-space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list-item {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: end;
    gap: var(--_jk-space-1);
  }
  .list-tools {
    display: flex;
    gap: var(--_jk-space-1);
  }
  .edit-form button,
  .edit-tools button {
    min-block-size: 2rem;
    padding: var(--_jk-space-1) var(--_jk-space-2);
    border: 1px solid var(--_jk-color-border-strong);
    border-radius: var(--_jk-radius-s);
    background: var(--_jk-color-surface);
    color: var(--_jk-color-text);
    font: inherit;
  }
  .edit-form button.tool {
    min-inline-size: 2rem;
    padding-inline: var(--_jk-space-1);
  }
  .edit-form button[aria-disabled='true'] {
    color: var(--_jk-color-text-muted);
    border-style: dashed;
    cursor: default;
  }
  .edit-form button.add,
  .edit-tools button {
    justify-self: start;
  }
  .edit-form button.danger {
    border-color: var(--_jk-color-negative);
    color: var(--_jk-color-negative);
  }
  .form-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_jk-space-2);
  }
  .form-actions .field {
    flex: 1 1 12rem;
  }
  .form-actions .field-problem {
    flex-basis: 100%;
  }
  .edit-tools {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_jk-space-2);
    margin-block: var(--_jk-space-2);
  }
  .add-touchpoint {
    margin-inline-start: var(--_jk-space-1);
    min-inline-size: 1.75rem;
    min-block-size: 1.75rem;
    border: 1px solid var(--_jk-color-border-strong);
    border-radius: var(--_jk-radius-s);
    background: var(--_jk-color-surface);
    color: var(--_jk-color-text);
  }
  @media (forced-colors: active) {
    .edit-form [aria-invalid='true'],
    .edit-form button.danger {
      border-color: var(--_jk-color-border-strong);
    }
    .field-problem-mark {
      border: 1px solid var(--_jk-color-border-strong);
    }
  }
  @media print {
    .edit-tools,
    .add-touchpoint,
    .edit-panel {
      display: none;
    }
  }
`;


export const styles = [sharedRules, plainRules, dragRules, formRules];
