import { css } from 'lit';

/**
 * Styles of `<touchpoint-card>`. Colours come only from the theme's private `--_jk-*` tokens or
 * from the card's public knobs (`--jk-card-*`) that fall back to them; no colour literals here.
 * Logical properties throughout so RTL mirrors without extra rules.
 */
export const styles = css`
  :host {
    display: block;
    min-inline-size: 0;
    color: var(--jk-card-color, var(--_jk-color-text));
    font-size: var(--_jk-font-size-s);
    /* Knob defaults resolved once here so nested rules read one variable. */
    --_card-padding: var(--jk-card-padding, var(--_jk-space-3));
    --_card-gap: var(--jk-card-gap, var(--_jk-space-2));
    --_card-border-width: var(--jk-card-border-width, 1px);
  }

  :host([density='compact']) {
    --_card-padding: var(--jk-card-padding, var(--_jk-space-2));
    --_card-gap: var(--jk-card-gap, var(--_jk-space-1));
    font-size: var(--_jk-font-size-xs);
  }

  svg {
    inline-size: 1.25em;
    block-size: 1.25em;
    flex: none;
  }

  .base {
    display: flex;
    flex-direction: column;
    gap: var(--_card-gap);
    block-size: 100%;
    min-inline-size: 0;
    margin: 0;
    padding: var(--_card-padding);
    background: var(--jk-card-background, var(--_jk-color-surface-raised));
    border: var(--_card-border-width) solid var(--jk-card-border-color, var(--_jk-color-border));
    border-radius: var(--jk-card-radius, var(--_jk-radius-m));
    box-shadow: var(--jk-card-shadow, none);
    overflow-wrap: anywhere;
  }

  /* Emphasis by width and style as well as colour, so it survives forced colours and greyscale. */
  .base.moment {
    border-color: var(--jk-card-moment-color, var(--_jk-color-accent));
    border-width: calc(var(--_card-border-width) * 2);
    border-inline-start-width: calc(var(--_card-border-width) * 6);
  }

  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--_jk-space-1) var(--_card-gap);
  }

  .channel {
    display: inline-flex;
    align-items: center;
    gap: var(--_jk-space-1);
    flex-basis: 100%;
    min-inline-size: 0;
    color: var(--_jk-color-text-muted);
    font-size: var(--_jk-font-size-xs);
  }

  .channel-icon {
    display: inline-flex;
  }

  .title {
    flex: 1 1 0;
    min-inline-size: 0;
    margin: 0;
    font-size: var(--jk-card-title-size, var(--_jk-font-size-m));
    font-weight: var(--_jk-font-weight-bold);
    line-height: 1.3;
    /* Long words and URLs break instead of overflowing; CJK keeps its own break rules. No
       automatic hyphenation: looking up every break of a 30,000-letter word is what made layout
       superlinear. A very long title is clamped; the full text is in the name and the map's details. */
    overflow-wrap: anywhere;
    word-break: normal;
    hyphens: manual;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--jk-card-title-lines, 4);
    line-clamp: var(--jk-card-title-lines, 4);
    overflow: hidden;
  }

  :host([density='compact']) .title {
    font-size: var(--jk-card-title-size, var(--_jk-font-size-s));
  }

  /* Strict line breaking keeps CJK closing punctuation and small kana off the line start. */
  :lang(zh) .title,
  :lang(ja) .title,
  .title:lang(zh),
  .title:lang(ja) {
    line-break: strict;
    hyphens: manual;
  }

  .badge {
    display: inline-flex;
    flex-wrap: wrap;
    gap: var(--_jk-space-1);
  }

  .description {
    margin: 0;
    color: var(--_jk-color-text-muted);
  }

  /* An icon beside text that may wrap: the icon stays on the first line. */
  .row {
    display: flex;
    align-items: flex-start;
    gap: var(--_jk-space-1);
    margin: 0;
  }

  .row > svg {
    margin-block-start: 0.1em;
  }

  .row > .text {
    min-inline-size: 0;
  }

  /* The glyph's colour repeats what its face and the word already say. */
  .emotion.very-negative svg,
  .emotion.negative svg {
    color: var(--_jk-color-negative);
  }

  .emotion.neutral svg {
    color: var(--_jk-color-neutral);
  }

  .emotion.positive svg,
  .emotion.very-positive svg {
    color: var(--_jk-color-positive);
  }

  .emotion .word {
    font-weight: var(--_jk-font-weight-bold);
  }

  .muted {
    color: var(--_jk-color-text-muted);
    font-size: var(--_jk-font-size-xs);
  }

  .counts {
    display: flex;
    flex-direction: column;
    gap: var(--_jk-space-1);
  }

  .count {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_jk-space-1);
    margin: 0;
  }

  /* Severity markers are drawn with borders so forced colours keep them; the word beside them carries the meaning. */
  .marker {
    display: inline-block;
    inline-size: 0;
    block-size: 0;
    border: 0.3125em solid currentColor;
    border-radius: 50%;
    flex: none;
  }

  .severity {
    display: inline-flex;
    align-items: center;
    gap: var(--_jk-space-1);
    padding-inline: var(--_jk-space-1);
    border: 1px solid currentColor;
    border-radius: var(--_jk-radius-s);
    font-size: var(--_jk-font-size-xs);
  }

  .severity.high {
    color: var(--jk-card-severity-high-color, var(--_jk-color-negative));
  }

  .severity.high .marker {
    border-radius: 0;
  }

  .severity.medium .marker {
    border-radius: 0.125em;
    transform: rotate(45deg);
  }

  .metrics {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_jk-space-1);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .metric {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_jk-space-1);
    padding-block: 0.125em;
    padding-inline: var(--_jk-space-2);
    background: var(--jk-card-chip-background, var(--_jk-color-surface-sunken));
    border: 1px solid var(--_jk-color-border);
    border-radius: var(--_jk-radius-l);
    font-size: var(--_jk-font-size-xs);
  }

  :host([density='compact']) .metric {
    padding-inline: var(--_jk-space-1);
  }

  .metric .value {
    font-weight: var(--_jk-font-weight-bold);
    font-variant-numeric: tabular-nums;
  }

  .moment-of-truth {
    color: var(--jk-card-moment-color, var(--_jk-color-accent));
    font-weight: var(--_jk-font-weight-bold);
  }

  .footer {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_jk-space-1);
    margin-block-start: auto;
  }

  .footer:not(.filled) {
    display: none;
  }

  @media (forced-colors: active) {
    .base,
    .metric,
    .severity {
      border-style: solid;
    }

    .base.moment {
      border-style: double;
      border-width: calc(var(--_card-border-width) * 4);
      border-inline-start-width: calc(var(--_card-border-width) * 6);
    }
  }
`;
