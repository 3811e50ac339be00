/**
 * Checks that the journey's text is bidi-isolated: in accessible names (as the browser computes
 * them) and on screen (where each character is painted, measured with a Range).
 */
import { expect } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';

export const FSI = '\u2068';
export const PDI = '\u2069';
/** RIGHT-TO-LEFT OVERRIDE: left open, it reverses everything after it up to the paragraph's end. */
export const RLO = '\u202e';

/** `text` as `isolate()` wraps it. */
export const wrapped = (text: string): string => `${FSI}${text}${PDI}`;

/** User text that reorders what follows it unless isolated, by what it is. */
export const bidiSamples = (latin: string, hebrew: string, arabic: string): [string, string][] => [
  ['an unterminated override', `${RLO}${latin}`],
  ['Hebrew', hebrew],
  ['Arabic', arabic],
];

interface AxNode {
  role?: string;
  name?: string;
  children?: AxNode[];
}

/** The names in the page's accessibility tree (of nodes with `role`, when given). */
export async function accessibleNames(role?: string): Promise<string[]> {
  const names: string[] = [];
  const walk = (node: AxNode): void => {
    if (node.name && (role === undefined || node.role === role)) names.push(node.name);
    node.children?.forEach(walk);
  };
  walk((await a11ySnapshot({})) as unknown as AxNode);
  return names;
}

/** The text an element shows (Lit puts comment markers around it). */
export const textIn = (element: Element): Text =>
  [...element.childNodes].find((node): node is Text => node instanceof Text && node.data.trim() !== '')!;

/** Fails unless characters `from`…`to` (exclusive) of a text node are painted left to right. */
export function expectLeftToRight(text: Text, from = 0, to = text.data.length): void {
  const range = document.createRange();
  const lefts = Array.from({ length: to - from }, (_, k) => {
    range.setStart(text, from + k);
    range.setEnd(text, from + k + 1);
    return range.getBoundingClientRect().left;
  });
  const shown = JSON.stringify(text.data.slice(from, to));
  lefts.slice(1).forEach((x, k) => expect(x, `${shown} at ${k + 1}`).to.be.greaterThan(lefts[k]!));
}

/** Fails unless every run of two or more digits in a text node is painted left to right. */
export function expectNumbersLeftToRight(text: Text): void {
  const runs = [...text.data.matchAll(/\p{Nd}{2,}/gu)];
  expect(runs.length, `numbers in ${JSON.stringify(text.data)}`).to.be.greaterThan(0);
  for (const run of runs) expectLeftToRight(text, run.index, run.index + run[0].length);
}
