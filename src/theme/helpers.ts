/** Small CSS snippets every element shares. Read only `--_jk-*` tokens from `themeStyles`. */
import { css } from 'lit';

/**
 * The focus ring. Use inside a `:focus-visible` rule:
 * `button:focus-visible { ${focusRing} }`.
 */
export const focusRing = css`
  outline: var(--_jk-focus-ring-width) solid var(--_jk-color-focus-ring);
  outline-offset: 2px;
`;

/** A class for text that only screen readers announce: `<span class="visually-hidden">`. */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
`;
