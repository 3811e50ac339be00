/**
 * Dismissing open overlays (the map's details, the badge's details) without `stopPropagation`
 * races: one Escape listener and one outside-click listener per document, and an ordered stack
 * of what is open. Escape goes to the topmost overlay only, so a popover opened over a dialog
 * closes first; an outside click goes to every overlay it is outside of.
 */

/** An open overlay. */
export interface Dismissable {
  /** What counts as inside: a click whose composed path holds one of these is not outside. */
  inside(): readonly EventTarget[];
  /** Escape was pressed while this was the topmost overlay. */
  onEscape(event: KeyboardEvent): void;
  /** A click landed outside. */
  onOutsideClick(event: MouseEvent): void;
}

interface Stack {
  open: Dismissable[];
  onKeydown(event: KeyboardEvent): void;
  onClick(event: MouseEvent): void;
}

// Per document, not global: a page with frames has a stack per frame.
const stacks = new WeakMap<Document, Stack>();

function stackOf(doc: Document): Stack {
  let stack = stacks.get(doc);
  if (stack) return stack;
  const open: Dismissable[] = [];
  stack = {
    open,
    onKeydown(event) {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const top = open[open.length - 1];
      if (!top) return;
      event.preventDefault(); // handled: the page's own Escape handling can tell
      top.onEscape(event);
    },
    onClick(event) {
      const path = event.composedPath();
      for (const overlay of [...open].reverse()) {
        if (!overlay.inside().some((target) => path.includes(target))) overlay.onOutsideClick(event);
      }
    },
  };
  stacks.set(doc, stack);
  return stack;
}

/**
 * Puts an overlay on top of its document's stack; returns the function that takes it off (call
 * it when the overlay closes, however it closes). Listeners exist only while something is open.
 */
export function openOverlay(doc: Document, overlay: Dismissable): () => void {
  const stack = stackOf(doc);
  if (stack.open.length === 0) {
    // Capture: an overlay's inner handlers cannot swallow the Escape or the click first.
    doc.addEventListener('keydown', stack.onKeydown, true);
    doc.addEventListener('click', stack.onClick, true);
  }
  stack.open.push(overlay);
  return () => {
    const index = stack.open.indexOf(overlay);
    if (index < 0) return;
    stack.open.splice(index, 1);
    if (stack.open.length === 0) {
      doc.removeEventListener('keydown', stack.onKeydown, true);
      doc.removeEventListener('click', stack.onClick, true);
    }
  };
}

/** How many overlays are open in a document (for tests and disconnect checks). */
export function openOverlayCount(doc: Document): number {
  return stacks.get(doc)?.open.length ?? 0;
}
