/**
 * Revealing the focused cell of `<journey-map>`. Focus scrolling alone is not enough: Chromium
 * leaves a partly visible element where it is, and knows nothing of the sticky lane headers and
 * stage row that cover the scroller's edges. Cells carry `scroll-margin` for the sticky lane
 * headers (journey-map.styles.ts); the stage row's height is only known here.
 */
export function revealInGrid(el: HTMLElement, scroller: HTMLElement | null): void {
  if (scroller && !el.classList.contains('stage')) {
    // The stage row sticks to the top only when the grid scrolls vertically (a max height).
    const head = scroller.scrollHeight > scroller.clientHeight ? scroller.querySelector<HTMLElement>('.head') : null;
    scroller.style.setProperty('--_head-h', `${head?.offsetHeight ?? 0}px`);
  }
  el.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
}
