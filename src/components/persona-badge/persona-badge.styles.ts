import { css } from 'lit';
import { focusRing } from '../../theme/helpers.js';

export const styles = css`
  :host {
    --_size: 2rem;
    --_font: var(--_jk-font-size-s);
    display: inline-block;
    vertical-align: middle;
    max-inline-size: 100%;
    color: var(--_jk-color-text);
  }
  :host([size='s']) {
    --_size: 1.5rem;
    --_font: var(--_jk-font-size-xs);
  }
  :host([size='l']) {
    --_size: 3rem;
    --_font: var(--_jk-font-size-m);
  }

  .base {
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    gap: var(--_jk-space-2);
    max-inline-size: 100%;
    margin: 0;
    padding: 2px;
    padding-inline-end: var(--_jk-space-2);
    border: 1px solid transparent;
    border-radius: 999px;
    background: var(--jk-persona-badge-background, var(--_jk-color-surface));
    color: inherit;
    font: inherit;
    font-size: var(--_font);
    text-align: start;
  }
  button.base {
    cursor: pointer;
    border-color: var(--_jk-color-border);
    transition: border-color var(--_jk-motion-duration);
  }
  button.base:hover {
    border-color: var(--_jk-color-border-strong);
  }
  button.base:focus-visible {
    ${focusRing}
  }
  button.base[aria-expanded='true'] {
    border-color: var(--_jk-color-accent);
  }

  .avatar {
    box-sizing: border-box;
    flex: none;
    display: inline-grid;
    place-items: center;
    inline-size: var(--jk-persona-badge-size, var(--_size));
    block-size: var(--jk-persona-badge-size, var(--_size));
    overflow: hidden;
    /* Transparent, so forced-colours mode (which drops the fill) still draws the circle. */
    border: 1px solid transparent;
    border-radius: 50%;
    background: var(--_fill);
    color: var(--_jk-color-ink-light);
    font-size: calc(var(--jk-persona-badge-size, var(--_size)) * 0.4);
    font-weight: var(--_jk-font-weight-bold);
    line-height: 1;
  }
  .avatar[data-ink='dark'] {
    color: var(--_jk-color-ink-dark);
  }
  .initials::before {
    content: attr(data-initials);
  }
  .avatar img {
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }

  .text {
    display: inline-flex;
    flex-direction: column;
    min-inline-size: 0;
  }
  .name,
  .role {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .name {
    font-weight: var(--_jk-font-weight-bold);
  }
  .role {
    color: var(--_jk-color-text-muted);
    font-size: var(--_jk-font-size-xs);
  }
  :host([size='s']) .role {
    display: none;
  }

  .popover {
    /* Undo the UA's [popover] box: floating-ui places it. */
    position: fixed;
    inset: auto;
    top: 0;
    left: 0;
    box-sizing: border-box;
    inline-size: max-content;
    max-inline-size: min(22rem, calc(100vw - 2 * var(--_jk-space-2)));
    margin: 0;
    padding: var(--_jk-space-3) var(--_jk-space-4);
    border: 1px solid var(--_jk-color-border-strong);
    border-radius: var(--_jk-radius-m);
    background: var(--_jk-color-surface-raised);
    box-shadow: var(--_jk-shadow-raised);
    color: var(--_jk-color-text);
    font-family: var(--_jk-font-family);
    font-size: var(--_jk-font-size-s);
    line-height: var(--_jk-line-height);
    overflow-wrap: anywhere;
    z-index: 10;
  }
  .popover[hidden] {
    display: none;
  }
  .popover:focus {
    outline: none;
  }
  .popover .title {
    margin: 0;
    font-weight: var(--_jk-font-weight-bold);
    font-size: var(--_jk-font-size-m);
  }
  .popover .subtitle {
    margin: 0;
    color: var(--_jk-color-text-muted);
  }
  .popover .heading {
    margin: var(--_jk-space-3) 0 var(--_jk-space-1);
    font-weight: var(--_jk-font-weight-bold);
    color: var(--_jk-color-text-muted);
    font-size: var(--_jk-font-size-xs);
  }
  .popover ul {
    margin: 0;
    padding-inline-start: var(--_jk-space-4);
  }
  .popover blockquote {
    margin: 0;
    padding-inline-start: var(--_jk-space-3);
    border-inline-start: 3px solid var(--_fill);
    font-style: italic;
  }
`;
