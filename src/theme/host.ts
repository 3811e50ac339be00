/**
 * What every element's host has in common, written once (the idea of Shoelace's
 * `component.styles.ts`): the theme's font and line height, border-box sizing inherited by
 * everything inside, and `hidden` that hides. List it right after `themeStyles`:
 * `static styles = [themeStyles, hostStyles, styles]`, so an element's own rules still win.
 */
import { css } from 'lit';

export const hostStyles = css`
  :host {
    box-sizing: border-box;
    font-family: var(--_jk-font-family);
    line-height: var(--_jk-line-height);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
`;
