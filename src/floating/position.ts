/**
 * The one module that uses `@floating-ui/dom`: keeps a floating element (the map's details, the
 * curve's tooltip, the badge's details) next to its reference and wholly inside the viewport,
 * following scrolls and resizes while it is shown.
 */
import { autoUpdate, computePosition, flip, offset, shift, size, type Placement } from '@floating-ui/dom';

export type { Placement };

/** How a floating element is placed. */
export interface FloatOptions {
  /** Where it goes first; it flips to the other side (or to `fallbackPlacements`) when that has no room. */
  placement: Placement;
  /** Gap between reference and floating element, px. */
  offset?: number;
  /** Placements to try, in order, when `placement` has no room. */
  fallbackPlacements?: Placement[];
  /** Limit the height to the room there is (the element scrolls inside). */
  fitHeight?: boolean;
  /**
   * Below this viewport width (px) there is no room beside anything: the element gets the class
   * `sheet` and its own CSS places it (along the bottom, full width) instead.
   */
  sheetBelow?: number;
}

/** Room kept between a floating element and the viewport's edges, px. */
const VIEWPORT_PADDING = 8;

/**
 * Places `floating` next to `reference` (fixed positioning, so scrolling and `overflow: hidden`
 * ancestors do not clip it) and keeps it placed until the returned function is called.
 */
export function float(reference: Element, floating: HTMLElement, options: FloatOptions): () => void {
  let stopped = false;
  const update = (): void => {
    if (options.sheetBelow !== undefined) {
      const sheet = floating.ownerDocument.documentElement.clientWidth < options.sheetBelow;
      floating.classList.toggle('sheet', sheet);
      if (sheet) {
        for (const property of ['left', 'top', 'max-height']) floating.style.removeProperty(property);
        return;
      }
    }
    void computePosition(reference, floating, {
      strategy: 'fixed',
      placement: options.placement,
      middleware: [
        offset(options.offset ?? 8),
        flip({ padding: VIEWPORT_PADDING, ...(options.fallbackPlacements && { fallbackPlacements: options.fallbackPlacements }) }),
        // Both axes: whatever placement won, the element stays inside the viewport, if need be over its reference.
        shift({ padding: VIEWPORT_PADDING, crossAxis: true }),
        ...(options.fitHeight
          ? [
              size({
                padding: VIEWPORT_PADDING,
                apply({ availableHeight, elements }) {
                  elements.floating.style.maxHeight = `${Math.max(120, availableHeight)}px`;
                },
              }),
            ]
          : []),
      ],
    }).then(({ x, y }) => {
      if (stopped) return; // hidden while computing
      floating.style.left = `${x}px`;
      floating.style.top = `${y}px`;
    });
  };
  const cleanup = autoUpdate(reference, floating, update);
  return () => {
    stopped = true;
    cleanup();
  };
}
