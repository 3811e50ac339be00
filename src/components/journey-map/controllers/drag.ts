import { drag, type D3DragEvent, type DragBehavior } from 'd3-drag';
import { select, selectAll } from 'd3-selection';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { EditMessages } from '../../../i18n/edit-messages.js';
import { formatSigned } from '../../../i18n/format.js';
import type { LocaleController } from '../../../i18n/index.js';
import { emotionScaleOf, type Journey } from '../../../model/core.js';
import { moveTouchpoint, setEmotion } from '../../../model/edit/operations.js';
import { axisBox, axisPoint, dropTarget, slotAt, type DropSlot } from '../editing/drag/drop-target.js';
import { emotionAt, emotionY } from '../editing/drag/emotion-handles.js';
import type { MoveTarget } from '../editing/keys.js';
import type { MapLayout } from '../layout.js';
import { curveHeight } from '../templates/decoration.js';
import type { EditingController } from './editing.js';

/** How far (px) the pointer must move before a press on a card is a drag and not a click. */
export const CLICK_DISTANCE = 4;

/** What dragging needs from the map. */
export interface DragOptions {
  /** Whether the map is editable now. */
  enabled(): boolean;
  journey(): Journey | null;
  layout(): MapLayout | null;
  /** The map's shadow root content: the grid and the root the drag layer is placed in. */
  renderRoot(): ParentNode | null;
  i18n: LocaleController;
  dir(): 'ltr' | 'rtl';
  /** Stages stacked (the narrow layout): cards are ordered top to bottom. */
  narrow(): boolean;
  compact(): boolean;
  words(): EditMessages;
  editing: EditingController;
  announce(text: string): void;
  focusTouchpoint(id: string): void;
}

/** What a press started on: a touchpoint card, or the emotion handle of a touchpoint. */
interface DragSubject {
  kind: 'card' | 'emotion';
  id: string;
}

/** A press in progress. */
interface Gesture extends DragSubject {
  /** Client coordinates where it started and where the pointer is. */
  x0: number;
  y0: number;
  x: number;
  y: number;
  /** Past the click distance: a drag, not a click. */
  moved: boolean;
  cancelled: boolean;
  /** The card (or handle) that follows the pointer, as last found. */
  follower: HTMLElement | null;
  /** The landing place last said in the live region. */
  said: string | null;
  /** The touchpoint's title when the drag started, to say so if it is removed meanwhile. */
  title: string;
}

/** A box in the map's root (px from its top left corner). */
interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** What the drag layer shows. */
interface LayerState {
  /** The drop indicator: a bar between cards, vertical (side by side) or horizontal (stacked). */
  bar: (Box & { stacked: boolean }) | null;
  /** The target stage's header, outlined. */
  stage: Box | null;
  /** Emotion drags: the value under the pointer, beside the handle. */
  value: { left: number; top: number; number: string; word: string } | null;
}

const EMPTY: LayerState = { bar: null, stage: null, value: null };

type DragEvent = D3DragEvent<HTMLElement, unknown, DragSubject>;

/** Cards and handles that can be dragged. */
const DRAGGABLE = '.lane-touchpoints .cell[data-id], .emotion-handle[data-id]';

/**
 * Drag and drop in `<journey-map editable>`, with d3-drag (mouse and touch, click distance,
 * click suppression after a drag): a touchpoint card to another position or stage, with a drop
 * indicator and the landing place said in the live region; an emotion handle up or down, snapping
 * to the scale's integers. The drop commits one model operation through the editing controller
 * (one undo step); Escape during a drag cancels it. The dragged touchpoint is found by id on every
 * step and at the drop, so patches applied meanwhile (a collaborator's) do not break it.
 */
export class DragController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: DragOptions;
  readonly #behaviour: DragBehavior<HTMLElement, unknown, DragSubject>;
  /** Elements given the behaviour (Lit keeps cell elements across renders). */
  #bound = new Set<HTMLElement>();
  #gesture: Gesture | null = null;
  #layer: LayerState = EMPTY;

  constructor(host: ReactiveControllerHost & HTMLElement, options: DragOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    this.#behaviour = drag<HTMLElement, unknown, DragSubject>()
      .clickDistance(CLICK_DISTANCE)
      // No subject (null) starts no gesture: a press elsewhere is left to the grid.
      .subject((event: DragEvent) => this.#subjectOf(event) as DragSubject)
      .on('start', (event: DragEvent) => this.#start(event))
      .on('drag', (event: DragEvent) => this.#move(event))
      .on('end', (event: DragEvent) => this.#end(event));
  }

  /** Whether a drag is under way (past the click distance, not cancelled). */
  get dragging(): boolean {
    return Boolean(this.#gesture?.moved && !this.#gesture.cancelled);
  }

  hostUpdated(): void {
    const root = this.#options.renderRoot();
    const elements = this.#options.enabled() && root ? [...root.querySelectorAll<HTMLElement>(DRAGGABLE)] : [];
    const now = new Set(elements);
    const gone = [...this.#bound].filter((el) => !now.has(el));
    for (const el of gone) unbind(el);
    const fresh = elements.filter((el) => !this.#bound.has(el));
    if (fresh.length > 0) selectAll<HTMLElement, unknown>(fresh).call(this.#behaviour);
    for (const el of fresh) this.#bound.add(el);
    for (const el of gone) this.#bound.delete(el);
    // A render during a drag (a patch from elsewhere) may have given the dragged card's cell to
    // another touchpoint: the follower is looked up again.
    if (this.dragging) this.#follow();
  }

  hostDisconnected(): void {
    this.#cancel(false);
    for (const el of this.#bound) unbind(el);
    this.#bound.clear();
  }

  /** The drop indicator, the target stage's outline and an emotion drag's value (decoration: the live region speaks). */
  renderLayer(): TemplateResult | typeof nothing {
    const { bar, stage, value } = this.#layer;
    if (!bar && !stage && !value) return nothing;
    const px = (box: Box) =>
      styleMap({
        left: `${box.left}px`,
        top: `${box.top}px`,
        width: `${box.width}px`,
        height: `${box.height}px`,
      });
    return html`<div class="drag-layer" aria-hidden="true">
      ${stage ? html`<div class="drop-stage" style=${px(stage)}></div>` : nothing}
      ${bar ? html`<div class="drop-bar ${bar.stacked ? 'stacked' : 'side'}" style=${px(bar)}></div>` : nothing}
      ${
        value
          ? html`<div class="drag-value" style=${styleMap({ left: `${value.left}px`, top: `${value.top}px` })}>
              <span class="drag-value-number">${value.number}</span>
              <span>${value.word}</span>
            </div>`
          : nothing
      }
    </div>`;
  }

  #subjectOf(event: DragEvent): DragSubject | null {
    const target = (event.sourceEvent as Event).target;
    const el = target instanceof Element ? target.closest<HTMLElement>(DRAGGABLE) : null;
    const id = el?.dataset['id'];
    if (!el || !id || !this.#options.enabled() || this.#gesture) return null;
    return {
      kind: el.classList.contains('emotion-handle') ? 'emotion' : 'card',
      id,
    };
  }

  #start(event: DragEvent): void {
    const { x, y } = clientPoint(event);
    const title = this.#options.journey()?.touchpoints.find((t) => t.id === event.subject.id)?.title ?? event.subject.id;
    this.#gesture = {
      ...event.subject,
      x0: x,
      y0: y,
      x,
      y,
      moved: false,
      cancelled: false,
      follower: null,
      said: null,
      title,
    };
    window.addEventListener('keydown', this.#onKeydown, true);
  }

  #move(event: DragEvent): void {
    const g = this.#gesture;
    if (!g || g.cancelled) return;
    const { x, y } = clientPoint(event);
    g.x = x;
    g.y = y;
    // d3-drag reports every move; within the click distance the press is still a click.
    if (!g.moved && (x - g.x0) ** 2 + (y - g.y0) ** 2 <= CLICK_DISTANCE ** 2) return;
    g.moved = true;
    this.#follow();
    if (g.kind === 'card') this.#showTarget(g);
    else this.#showValue(g);
  }

  #end(event: DragEvent): void {
    const g = this.#gesture;
    window.removeEventListener('keydown', this.#onKeydown, true);
    this.#gesture = null;
    if (!g || g.cancelled || !g.moved) return;
    const { x, y } = clientPoint(event);
    g.x = x;
    g.y = y;
    // The drop is decided against the journey shown now, whatever was applied during the drag.
    const target = g.kind === 'card' ? this.#targetAt(g) : null;
    const value = g.kind === 'emotion' ? this.#valueAt(g) : null;
    this.#clear(g);
    const journey = this.#options.journey();
    const tp = journey?.touchpoints.find((t) => t.id === g.id);
    const words = this.#options.words();
    const i18n = this.#options.i18n;
    const dir = this.#options.dir();
    if (!journey || !tp) {
      this.#options.announce(words.draggedGone(i18n.isolate(g.title, dir)));
      return;
    }
    const title = i18n.isolate(tp.title, dir);
    if (g.kind === 'card') {
      if (!target) return;
      const stage = journey.stages.find((s) => s.id === target.stage)!;
      const moved = this.#options.editing.commit(
        moveTouchpoint(journey, tp.id, {
          stage: target.stage,
          position: target.position,
        }),
        {
          announce: words.moved(title, i18n.isolate(stage.name, dir), target.position + 1, target.count),
        },
      );
      if (moved) void this.#host.updateComplete.then(() => this.#options.focusTouchpoint(tp.id));
      return;
    }
    if (value === null || value === tp.emotion) return;
    const scale = emotionScaleOf(journey);
    this.#options.editing.commit(setEmotion(journey, tp.id, value), {
      announce: words.emotionChanged(title, i18n.describeEmotion(value, scale)),
    });
  }

  readonly #onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.dragging) return;
    event.preventDefault();
    this.#cancel(true);
  };

  /** Ends a drag without a change (Escape): everything back as it was. */
  #cancel(say: boolean): void {
    const g = this.#gesture;
    if (!g || g.cancelled) return;
    g.cancelled = true;
    this.#clear(g);
    if (say && g.moved) this.#options.announce(this.#options.words().dragCancelled);
  }

  /** Moves the dragged card (or handle) with the pointer: found by id, so a re-render cannot strand it. */
  #follow(): void {
    const g = this.#gesture;
    const root = this.#options.renderRoot();
    if (!g || !root) return;
    const selector = g.kind === 'card' ? `.lane-touchpoints .cell[data-id="${CSS.escape(g.id)}"]` : `.emotion-handle[data-id="${CSS.escape(g.id)}"]`;
    const el = root.querySelector<HTMLElement>(selector);
    if (g.follower && g.follower !== el) release(g.follower);
    g.follower = el;
    if (!el) return;
    el.setAttribute('data-dragging', '');
    if (g.kind === 'card') {
      el.style.setProperty('--_drag-x', `${g.x - g.x0}px`);
      el.style.setProperty('--_drag-y', `${g.y - g.y0}px`);
    }
  }

  /** Undoes what a drag showed. */
  #clear(g: Gesture): void {
    if (g.follower) release(g.follower);
    g.follower = null;
    this.#setLayer(EMPTY);
  }

  /** The slot under the pointer, from the touchpoint cells' boxes on screen. */
  #slotAt(g: Gesture): DropSlot | null {
    const root = this.#options.renderRoot();
    if (!root) return null;
    const axis = this.#options.narrow() ? 'stacked' : this.#options.dir();
    const boxes = [...root.querySelectorAll<HTMLElement>('.lane-touchpoints .cell[data-col]')]
      .map((cell) => axisBox(Number(cell.dataset['col']), cell.getBoundingClientRect(), axis))
      .sort((a, b) => a.col - b.col);
    return slotAt(boxes, axisPoint(g.x, g.y, axis));
  }

  #targetAt(g: Gesture): MoveTarget | null {
    const journey = this.#options.journey();
    const layout = this.#options.layout();
    const slot = this.#slotAt(g);
    return journey && layout && slot ? dropTarget(journey, layout, g.id, slot) : null;
  }

  /** The drop indicator and the live region for the place under the pointer. */
  #showTarget(g: Gesture): void {
    const journey = this.#options.journey();
    const layout = this.#options.layout();
    const root = this.#options.renderRoot();
    const slot = this.#slotAt(g);
    const target = journey && layout && slot ? dropTarget(journey, layout, g.id, slot) : null;
    const origin = root?.querySelector<HTMLElement>('.root')?.getBoundingClientRect();
    if (!journey || !layout || !slot || !target || !origin || !root) {
      this.#setLayer(EMPTY);
      g.said = null;
      return;
    }
    const stacked = this.#options.narrow();
    const cell = root.querySelector<HTMLElement>(`.lane-touchpoints .cell[data-col="${slot.col}"]`)!.getBoundingClientRect();
    const span = layout.stages[layout.columns[slot.col]!.stage]!;
    const header = root.querySelector<HTMLElement>(`.stage[data-col="${span.start}"]`)?.getBoundingClientRect();
    const BAR = 4;
    // The bar sits on the cell's edge on the side the card goes: start or end in reading order.
    const leading = slot.side === 'before';
    const bar = stacked
      ? {
          left: cell.left - origin.left,
          top: (leading ? cell.top : cell.bottom) - origin.top - BAR / 2,
          width: cell.width,
          height: BAR,
          stacked,
        }
      : {
          left: ((this.#options.dir() === 'rtl') === leading ? cell.right : cell.left) - origin.left - BAR / 2,
          top: cell.top - origin.top,
          width: BAR,
          height: cell.height,
          stacked,
        };
    const stage = header
      ? {
          left: header.left - origin.left,
          top: header.top - origin.top,
          width: header.width,
          height: header.height,
        }
      : null;
    this.#setLayer({ bar, stage, value: null });
    const key = `${target.stage}\u0000${target.position}`;
    if (key === g.said) return;
    g.said = key;
    const i18n = this.#options.i18n;
    const name = journey.stages.find((s) => s.id === target.stage)!.name;
    this.#options.announce(this.#options.words().dropAt(i18n.isolate(name, this.#options.dir()), target.position + 1, target.count));
  }

  /** The scale's integer under the pointer, in the handle's curve. */
  #valueAt(g: Gesture): number | null {
    const journey = this.#options.journey();
    const handles = g.follower?.parentElement;
    if (!journey || !handles) return null;
    return emotionAt(g.y - handles.getBoundingClientRect().top, emotionScaleOf(journey), curveHeight(this.#options.compact()));
  }

  /** An emotion drag: the handle snapped to the value under the pointer, and that value beside it. */
  #showValue(g: Gesture): void {
    const journey = this.#options.journey();
    const tp = journey?.touchpoints.find((t) => t.id === g.id);
    const handle = g.follower;
    const root = this.#options.renderRoot();
    const origin = root?.querySelector<HTMLElement>('.root')?.getBoundingClientRect();
    const value = this.#valueAt(g);
    if (!journey || !tp || typeof tp.emotion !== 'number' || !handle || value === null || !origin) return;
    const scale = emotionScaleOf(journey);
    const height = curveHeight(this.#options.compact());
    handle.style.setProperty('--_drag-y', `${emotionY(value, scale, height) - emotionY(tp.emotion, scale, height)}px`);
    const box = handle.getBoundingClientRect();
    const i18n = this.#options.i18n;
    this.#setLayer({
      bar: null,
      stage: null,
      value: {
        left: box.left + box.width / 2 - origin.left,
        top: box.top - origin.top,
        number: formatSigned(i18n.tag, value),
        word: i18n.emotionWord(value, scale),
      },
    });
  }

  #setLayer(layer: LayerState): void {
    if (JSON.stringify(layer) === JSON.stringify(this.#layer)) return;
    this.#layer = layer;
    this.#host.requestUpdate();
  }
}

/** The pointer's client coordinates in a drag event (the touch the gesture follows, for touch). */
function clientPoint(event: DragEvent): { x: number; y: number } {
  const source = event.sourceEvent as MouseEvent | TouchEvent;
  if ('changedTouches' in source) {
    const touch = [...source.changedTouches].find((t) => t.identifier === event.identifier) ?? source.changedTouches[0]!;
    return { x: touch.clientX, y: touch.clientY };
  }
  return { x: source.clientX, y: source.clientY };
}

/** A card or handle no longer dragged: back in its place. */
function release(el: HTMLElement): void {
  el.removeAttribute('data-dragging');
  el.style.removeProperty('--_drag-x');
  el.style.removeProperty('--_drag-y');
}

/** Takes d3-drag's listeners and inline styles off an element. */
function unbind(el: HTMLElement): void {
  select(el).on('.drag', null).style('touch-action', null).style('-webkit-tap-highlight-color', null);
  release(el);
}
