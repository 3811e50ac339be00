/** Shared helpers of the `<opportunity-matrix>` tests. */
import { fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../../src/opportunity-matrix.js';
import type { OpportunityMatrix } from '../../../src/components/opportunity-matrix/opportunity-matrix.js';
import type { Journey } from '../../../src/model/types.js';

export type { OpportunityMatrix };

/**
 * Two touchpoints with six opportunities: five rated, in every status (two of them, `guide` and
 * `costs`, share a cell), and one unrated; some address the touchpoint's pain points.
 */
export const JOURNEY: Journey = {
  version: 1,
  title: 'Buying a jacket',
  stages: [
    { id: 'choose', name: 'Choose' },
    { id: 'pay', name: 'Pay' },
  ],
  touchpoints: [
    {
      id: 'chat',
      stage: 'choose',
      title: 'Asks about sizes',
      painPoints: ['Slow answers', { text: 'Bot does not understand', severity: 'high' }],
      opportunities: [
        { id: 'human', text: 'Hand over to a person', impact: 5, effort: 4, status: 'planned', addresses: [1] },
        { id: 'guide', text: 'Size guide', impact: 4, effort: 1, addresses: [0, 1] },
        { id: 'faq', text: 'FAQ page', impact: 2, effort: 1, status: 'done' },
      ],
    },
    {
      id: 'checkout',
      stage: 'pay',
      title: 'Pays online',
      painPoints: ['Hidden costs'],
      opportunities: [
        { id: 'costs', text: 'Show delivery costs up front', impact: 4, effort: 1, status: 'in-progress', addresses: [0] },
        { id: 'rebuild', text: 'Rebuild checkout', impact: 2, effort: 5, status: 'dismissed' },
        'Ask for feedback',
      ],
    },
  ],
};

/** An `<opportunity-matrix>` showing `journey` (light theme, English, the matrix view unless `attrs` say otherwise), rendered. */
export async function matrix(
  journey: Journey | string = JOURNEY,
  attrs: { status?: string; theme?: string; locale?: string; view?: string } = {},
): Promise<OpportunityMatrix> {
  const el = await fixture<OpportunityMatrix>(html`
    <opportunity-matrix
      .journey=${journey}
      status=${attrs.status ?? ''}
      theme=${attrs.theme ?? 'light'}
      locale=${attrs.locale ?? 'en'}
      view=${attrs.view ?? 'matrix'}
    ></opportunity-matrix>
  `);
  await el.updateComplete;
  return el;
}

/** The matrix's points, in document order. */
export const points = (el: OpportunityMatrix) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="point"]')];

/** The point of the opportunity keyed `key`. */
export const point = (el: OpportunityMatrix, key: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`[part="point"][data-key="${key}"]`)!;

/** Presses `key` (`Shift+Tab` holds Shift) and waits for the element's update and the one it may cause. */
export async function press(el: OpportunityMatrix, key: string): Promise<void> {
  if (key.startsWith('Shift+')) {
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: key.slice('Shift+'.length) });
    await sendKeys({ up: 'Shift' });
  } else {
    await sendKeys({ press: key });
  }
  await el.updateComplete;
  await el.updateComplete;
}
