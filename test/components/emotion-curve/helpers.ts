/** Shared helpers and fixtures of the <emotion-curve> element tests (split by concern). */
import { fixture, html, nextFrame } from '@open-wc/testing';
import type { EmotionCurve, EmotionSeries } from '../../../src/emotion-curve.js';
import '../../../src/emotion-curve.js';

// ---------------------------------------------------------------------------------------------
// Helpers

/** Lets the ResizeObserver report and Lit re-render. */
export async function settle(el: EmotionCurve): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await nextFrame();
  await el.updateComplete;
}

export const $ = <T extends Element = Element>(el: EmotionCurve, selector: string): T | null =>
  el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = Element>(el: EmotionCurve, selector: string): T[] =>
  [...el.shadowRoot!.querySelectorAll<T>(selector)];

/** x and y of a point from its `translate(x,y)`. */
export function xy(point: Element): { x: number; y: number } {
  const m = /translate\(([-\d.e]+),([-\d.e]+)\)/.exec(point.getAttribute('transform') ?? '');
  if (!m) throw new Error(`no translate on point: ${point.getAttribute('transform')}`);
  return { x: Number(m[1]), y: Number(m[2]) };
}

export const pointAt = (el: EmotionCurve, s: number, i: number): SVGGElement | null =>
  $<SVGGElement>(el, `.point[data-s="${s}"][data-i="${i}"]`);

export const focusedLabel = (el: EmotionCurve): string | null =>
  el.shadowRoot!.activeElement?.getAttribute('aria-label') ?? null;

export const focusedRef = (el: EmotionCurve): string | null => {
  const a = el.shadowRoot!.activeElement;
  return a ? `${a.getAttribute('data-s')}:${a.getAttribute('data-i')}` : null;
};

export const tooltip = (el: EmotionCurve): HTMLElement => $<HTMLElement>(el, '[part~="tooltip"]')!;
export const tooltipShown = (el: EmotionCurve): boolean => {
  const tip = tooltip(el);
  return !tip.hidden && tip.matches(':popover-open');
};


export const DATA = JSON.stringify([
  { label: 'Ad', value: 1 },
  { label: 'Site', value: 2, min: 1, max: 3 },
  { label: 'Chat', value: -3, min: -3, max: -1 },
  { label: 'Pay', value: 2 },
]);

export const SERIES: EmotionSeries[] = [
  {
    id: 'maria',
    name: 'Maria',
    points: [
      { id: 't1', label: 'Ad', value: 1 },
      { id: 't2', label: 'Chat', value: -3, min: -3, max: -1 },
      { id: 't3', label: 'Pay', value: 2 },
    ],
  },
  {
    id: 'ahmed',
    name: 'Ahmed',
    points: [
      { id: 't1', label: 'Ad', value: 0 },
      { id: 't2', label: 'Chat', value: null },
      { id: 't3', label: 'Pay', value: 1 },
    ],
  },
  {
    id: 'lee',
    name: 'Lee',
    points: [
      { id: 't1', label: 'Ad', value: -1 },
      { id: 't2', label: 'Chat', value: -2 },
      { id: 't3', label: 'Pay', value: 3 },
    ],
  },
];

export async function seriesCurve(extra: Partial<EmotionCurve> = {}): Promise<EmotionCurve> {
  const el = await fixture<EmotionCurve>(html`
    <div style="width: 600px"><emotion-curve .series=${SERIES}></emotion-curve></div>
  `).then((div) => div.querySelector('emotion-curve')!);
  Object.assign(el, extra);
  await settle(el);
  return el;
}

/**
 * Sparse series on six columns: each persona lists only the columns it was measured in.
 *   column:  0     1      2      3      4      5
 *   maria:   1     ·     −3      ·      2      ·
 *   ola:     ·     0     −1     −2      ·      ·
 *   lee:    −1     ·      ·      ·   (none)    3
 */
export const SPARSE: EmotionSeries[] = [
  {
    id: 'maria',
    name: 'Maria',
    points: [
      { id: 'ad', index: 0, label: 'Ad', value: 1 },
      { id: 'chat', index: 2, label: 'Chat', value: -3, min: -3, max: -1 },
      { id: 'pay', index: 4, label: 'Pay', value: 2 },
    ],
  },
  {
    id: 'ola',
    name: 'Ola',
    points: [
      { id: 'call', index: 1, label: 'Call', value: 0 },
      { id: 'chat', index: 2, label: 'Chat', value: -1 },
      { id: 'store', index: 3, label: 'Store', value: -2 },
    ],
  },
  {
    id: 'lee',
    name: 'Lee',
    points: [
      { id: 'ad', index: 0, label: 'Ad', value: -1 },
      { id: 'pay', index: 4, label: 'Pay', value: null },
      { id: 'app', index: 5, label: 'App', value: 3 },
    ],
  },
];

export async function sparseCurve(extra: Partial<EmotionCurve> = {}): Promise<EmotionCurve> {
  const el = await fixture<EmotionCurve>(html`
    <div style="width: 660px"><emotion-curve .series=${SPARSE}></emotion-curve></div>
  `).then((div) => div.querySelector('emotion-curve')!);
  Object.assign(el, extra);
  await settle(el);
  return el;
}

/** The line of series `s` (lines are drawn in their own layer, the highlighted one last). */
export const lineOf = (el: EmotionCurve, s: number): SVGPathElement => $<SVGPathElement>(el, `[part~="line"][data-series="${s}"]`)!;

/** Number of separate runs in a path (one per `M`). */
export const runs = (d: string): number => (d.match(/M/g) ?? []).length;

/** Smallest and largest x a path's coordinates reach (the attribute, not the mid-transition shape). */
export function xRange(d: string): [number, number] {
  const xs = [...d.matchAll(/[MLCHZ]?(-?[\d.]+),(-?[\d.]+)/g)].map((m) => Number(m[1]));
  return [Math.min(...xs), Math.max(...xs)];
}

// ---------------------------------------------------------------------------------------------
