/** Shared helpers of the `<journey-map>` tests. */
import { fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/journey-map.js';
import type { JourneyMap } from '../../../src/components/journey-map/journey-map.js';
import type { Journey } from '../../../src/model/index.js';

export type { JourneyMap };

/** A file from test/fixtures, as text. */
export async function fixtureText(path: string): Promise<string> {
  const response = await fetch(new URL(`../../fixtures/${path}`, import.meta.url));
  if (!response.ok) throw new Error(`fixture ${path}: ${response.status}`);
  return response.text();
}

/** A file from test/fixtures, parsed. */
export async function fixtureJson(path: string): Promise<Journey> {
  return JSON.parse(await fixtureText(path)) as Journey;
}

/** URL of a test/fixtures file for `src`. */
export function fixtureUrl(path: string): string {
  return new URL(`../../fixtures/${path}`, import.meta.url).href;
}

/**
 * The names of a fixture folder: the test server lists `/__fixtures/<dir>/` as JSON. `null` when
 * the folder is not served (the shared fixtures live outside the repository).
 */
export async function listFolder(url: string): Promise<string[] | null> {
  try {
    const response = await fetch(url);
    if (!response.ok) return null;
    const names = (await response.json()) as unknown;
    return Array.isArray(names) ? names.filter((n): n is string => typeof n === 'string') : null;
  } catch {
    return null;
  }
}

/** Every Lit element under a root, through shadow roots. */
function litElements(root: ParentNode, found: Element[] = []): Element[] {
  for (const el of root.querySelectorAll('*')) {
    if ('updateComplete' in el) found.push(el);
    if (el.shadowRoot) litElements(el.shadowRoot, found);
  }
  return found;
}

/** Waits for the map, its nested elements and its ResizeObserver-driven measurements. */
export async function settle(el: JourneyMap): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await Promise.all(litElements(el.shadowRoot!).map((e) => (e as unknown as { updateComplete: Promise<unknown> }).updateComplete));
    await nextFrame();
  }
  await el.updateComplete;
}

/** A map showing `journey` (object or text), settled. */
export async function mapFixture(journey: unknown, width?: number): Promise<JourneyMap> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style=${width ? `width:${width}px` : ''}><journey-map .journey=${journey as Journey}></journey-map></div>`,
  );
  const el = wrapper.querySelector('journey-map')!;
  await settle(el);
  return el;
}

/** All text under a node, through shadow roots, white space collapsed. */
export function deepText(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node): void => {
    if (n.nodeType === Node.TEXT_NODE) {
      parts.push(n.textContent ?? '');
      return;
    }
    if (n instanceof Element) {
      if (n.localName === 'script' || n.localName === 'style') return;
      if (n.shadowRoot) walk(n.shadowRoot);
    }
    n.childNodes.forEach(walk);
  };
  walk(node);
  return collapse(parts.join(' '));
}

export const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Every element under a node matching `selector`, through shadow roots. */
export function deepQueryAll(root: ParentNode, selector: string): Element[] {
  const found = [...root.querySelectorAll(selector)];
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) found.push(...deepQueryAll(el.shadowRoot, selector));
  return found;
}

/** The focused element inside the map's shadow root. */
export function active(el: JourneyMap): HTMLElement | null {
  return el.shadowRoot!.activeElement as HTMLElement | null;
}

/** The grid cell at a lane and column. */
export function cellAt(el: JourneyMap, row: number, col: number): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>(`.cell[data-row="${row}"][data-col="${col}"]`)!;
}

/** The touchpoints lane cell of a touchpoint. */
export function touchpointCell(el: JourneyMap, id: string): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>(`.cell[data-id="${CSS.escape(id)}"]`)!;
}

/** Presses a key through the browser's real keyboard input; `Shift+Tab`, `Control+End` hold the modifiers. */
export async function press(key: string): Promise<void> {
  const keys = key.split('+');
  const main = keys.pop()!;
  for (const modifier of keys) await sendKeys({ down: modifier });
  await sendKeys({ press: main });
  for (const modifier of keys.reverse()) await sendKeys({ up: modifier });
}

/**
 * A cell's accessible name as the browser computes it from content: its text without the
 * `aria-hidden` parts (nested elements in there are hidden as a whole).
 */
export function nameOf(cell: Element): string {
  const parts: string[] = [];
  const walk = (n: Node): void => {
    if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? '');
    else if (n instanceof Element && n.getAttribute('aria-hidden') !== 'true') n.childNodes.forEach(walk);
  };
  walk(cell);
  return collapse(parts.join(''));
}

/** The details panel, when open. */
export function panel(el: JourneyMap): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>('[part~="details"]');
}

/** Records events of the given types fired at or through `target`. */
export function record<T extends Event = CustomEvent>(target: EventTarget, ...types: string[]): T[] {
  const seen: T[] = [];
  for (const type of types) target.addEventListener(type, (e) => seen.push(e as T));
  return seen;
}

/**
 * A generated journey (like bench/generate.mjs): `count` touchpoints over ten stages, three
 * personas, actions, emotions, pain points and explicit paths. `everyLane` fills the other
 * lanes too (thoughts, opportunities, backstage, metrics) and adds a loop back every 50th.
 */
export function generatedJourney(count: number, { everyLane = false } = {}): Journey {
  const personas = ['maria', 'ola', 'aino'];
  return {
    version: 1,
    title: `Generated journey, ${count} touchpoints`,
    personas: personas.map((id) => ({ id, name: id })),
    stages: Array.from({ length: 10 }, (_, s) => ({ id: `stage-${s}`, name: `Stage ${s + 1}` })),
    touchpoints: Array.from({ length: count }, (_, i) => ({
      id: `tp-${i}`,
      stage: `stage-${Math.floor((i * 10) / count)}`,
      persona: personas[i % 3],
      title: `Touchpoint ${i + 1}`,
      channel: 'web',
      actions: [`Does step ${i + 1}`],
      emotion: (i % 7) - 3,
      painPoints: i % 3 === 0 ? [{ text: `Pain ${i + 1}`, severity: 'high' as const }] : [],
      next: [...(i + 3 < count ? [`tp-${i + 3}`] : []), ...(everyLane && i % 50 === 49 ? [`tp-${i - 30}`] : [])],
      ...(everyLane && {
        thoughts: [`Thinks about step ${i + 1}`],
        opportunities: i % 4 === 0 ? [{ text: `Opportunity ${i + 1}`, impact: 4, effort: 2 }] : [],
        backstage: [`Backstage work ${i + 1}`],
        metrics: [{ kind: 'csat', value: 4 }],
      }),
    })),
  };
}

/** A node of `a11ySnapshot`'s tree. */
export interface AxNode {
  role: string;
  name: string;
  description?: string;
  haspopup?: string;
  checked?: boolean | 'mixed';
  focused?: boolean;
  children?: AxNode[];
}

/** Every node of an accessibility tree that passes `test`, in document order. */
export function axAll(node: AxNode, test: (n: AxNode) => boolean, found: AxNode[] = []): AxNode[] {
  if (test(node)) found.push(node);
  for (const child of node.children ?? []) axAll(child, test, found);
  return found;
}

/** What the map's live region says now (without the no-break space that marks a repeat). */
export const liveText = (el: JourneyMap): string =>
  el.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent!.trim().replace(/\u00a0$/, '');

/** An editable map `width` px wide (`dir` set on the journey), settled, with its editing code loaded. */
export async function editableMap(journey: Journey, { dir, width = 1200 }: { dir?: 'rtl'; width?: number } = {}): Promise<JourneyMap> {
  const shown = dir ? { ...journey, dir } : journey;
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"><journey-map editable .journey=${shown}></journey-map></div>`);
  const el = wrapper.querySelector('journey-map')!;
  await settle(el);
  // The editing module loads on demand: wait until the map says it is editable.
  for (let i = 0; i < 50 && !el.shadowRoot!.getElementById('editing-hint'); i++) {
    await new Promise((r) => setTimeout(r, 20));
    await settle(el);
  }
  if (!el.shadowRoot!.getElementById('editing-hint')) throw new Error('the editing module did not load');
  return el;
}
