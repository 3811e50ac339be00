import { expect, oneEvent } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import { OpportunitySelectEvent } from '../../../src/events/index.js';
import type { Journey } from '../../../src/model/types.js';
import { withForcedColors } from '../../helpers/media.js';
import { axAll, type AxNode } from '../journey-map/helpers.js';
import { JOURNEY, matrix, point, points, press, type OpportunityMatrix } from './helpers.js';

const focusedKey = (el: OpportunityMatrix) => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.key;
const centre = (b: HTMLElement) => {
  const r = b.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
};

describe('<opportunity-matrix>', () => {
  describe('the matrix', () => {
    it('draws a point per rated opportunity in its quadrant, with every unrated one counted below', async () => {
      const el = await matrix();
      expect(points(el).map((b) => b.dataset.key)).to.have.members(['human', 'guide', 'faq', 'costs', 'rebuild']);
      const notice = el.shadowRoot!.querySelector('[part="notice"]')!;
      expect(notice.textContent).to.contain('1 opportunity without impact and effort');
      const quadrants = [...el.shadowRoot!.querySelectorAll('[part="quadrant"]')].map((q) => q.textContent!.trim());
      expect(quadrants).to.have.members(['Quick wins', 'Major projects', 'Fill-ins', 'Thankless tasks']);
      // Higher impact is higher up; more effort is further right (left to right).
      expect(centre(point(el, 'human')).y).to.be.below(centre(point(el, 'faq')).y);
      expect(centre(point(el, 'rebuild')).x).to.be.above(centre(point(el, 'faq')).x);
    });

    it('spreads points with the same impact and effort so each has its own place', async () => {
      const el = await matrix();
      const [a, b] = [centre(point(el, 'guide')), centre(point(el, 'costs'))];
      expect(Math.hypot(a.x - b.x, a.y - b.y)).to.be.at.least(point(el, 'guide').offsetWidth * 0.9);
    });

    it('has one tab stop, and names and describes every point in the accessibility tree', async () => {
      const el = await matrix();
      expect(points(el).filter((b) => b.tabIndex === 0)).to.have.length(1);
      point(el, 'guide').focus();
      const tree = (await a11ySnapshot({})) as unknown as AxNode;
      // The snapshot leaves out groups; the matrix is one, named and described.
      const group = el.shadowRoot!.querySelector('[part="matrix"]')!;
      expect([group.getAttribute('role'), group.getAttribute('aria-label')]).to.deep.equal(['group', 'Opportunities by impact and effort']);
      expect(group.getAttribute('aria-describedby')).to.equal('matrix-description');
      const focused = axAll(tree, (n) => (n as AxNode & { focused?: boolean }).focused === true);
      expect(focused.map((n) => n.name)).to.deep.equal(['Size guide: Quick wins, Impact 4 of 5, Effort 1 of 5, Open, Touchpoint: Asks about sizes']);
      const names = axAll(tree, (n) => n.role === 'button').map((n) => n.name);
      expect(names).to.include('Size guide: Quick wins, Impact 4 of 5, Effort 1 of 5, Open, Touchpoint: Asks about sizes');
      expect(names).to.include('Rebuild checkout: Thankless tasks, Impact 2 of 5, Effort 5 of 5, Dismissed, Touchpoint: Pays online');
      const description = el.shadowRoot!.getElementById('matrix-description')!.textContent!;
      expect(description).to.contain('Impact × effort matrix of 5 opportunities').and.to.contain('Arrow keys');
    });

    it('moves with the arrow keys to the nearest point that way, Home and End to the ends of the ranking', async () => {
      const el = await matrix();
      point(el, 'rebuild').focus(); // impact 2, effort 5: bottom right
      await press(el, 'ArrowUp');
      expect(focusedKey(el)).to.equal('human'); // straight up beats the closer-in-height points far left
      await press(el, 'ArrowLeft');
      expect(['guide', 'costs']).to.include(focusedKey(el));
      await press(el, 'ArrowDown');
      expect(focusedKey(el)).to.equal('faq');
      await press(el, 'ArrowDown'); // nothing further down: stays
      expect(focusedKey(el)).to.equal('faq');
      await press(el, 'Home');
      expect(['guide', 'costs']).to.include(focusedKey(el)); // impact 4 ÷ effort 1 ranks first
      await press(el, 'End');
      expect(focusedKey(el)).to.equal('rebuild'); // 2 ÷ 5 ranks last
      expect(points(el).filter((b) => b.tabIndex === 0).map((b) => b.dataset.key)).to.deep.equal(['rebuild']);
    });

    it('steps through every point with Left and Right, even those spread in one cell', async () => {
      const el = await matrix();
      point(el, 'guide').focus(); // least effort, the left one of its cell
      const seen = [focusedKey(el)];
      for (let i = 0; i < 5; i++) {
        await press(el, 'ArrowRight');
        seen.push(focusedKey(el));
      }
      expect(seen).to.deep.equal(['guide', 'faq', 'costs', 'human', 'rebuild', 'rebuild']);
      await press(el, 'ArrowLeft');
      expect(focusedKey(el)).to.equal('human');
    });

    it('fires opportunity-select with the opportunity, its touchpoint and stage on Enter and Space', async () => {
      const el = await matrix();
      point(el, 'human').focus();
      setTimeout(() => void sendKeys({ press: 'Enter' }));
      const event = (await oneEvent(el, 'opportunity-select')) as OpportunitySelectEvent;
      expect(event).to.be.instanceOf(OpportunitySelectEvent);
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail.opportunity).to.deep.equal(JOURNEY.touchpoints[0].opportunities![0]);
      expect(event.detail.touchpoint.id).to.equal('chat');
      expect(event.detail.stage.id).to.equal('choose');
      point(el, 'rebuild').focus();
      setTimeout(() => void sendKeys({ press: 'Space' }));
      const second = (await oneEvent(el, 'opportunity-select')) as OpportunitySelectEvent;
      expect(second.detail.touchpoint.id).to.equal('checkout');
    });

    it('filters by status with a labelled control and with the status attribute', async () => {
      const el = await matrix(JOURNEY, { status: 'open,planned' });
      expect(points(el).map((b) => b.dataset.key)).to.have.members(['human', 'guide']);
      const boxes = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part="filter"] input[type="checkbox"]')];
      expect(boxes.map((b) => b.closest('label')!.textContent!.trim())).to.deep.equal(['Open', 'Planned', 'In progress', 'Done', 'Dismissed']);
      expect(el.shadowRoot!.querySelector('[part="filter"] legend')!.textContent).to.equal('Status');
      boxes[3].click(); // Done
      await el.updateComplete;
      expect(el.getAttribute('status')).to.equal('open,planned,done');
      expect(points(el).map((b) => b.dataset.key)).to.have.members(['human', 'guide', 'faq']);
      el.status = 'dismissed';
      await el.updateComplete;
      expect(points(el).map((b) => b.dataset.key)).to.deep.equal(['rebuild']);
    });

    it('says so when no opportunity has the chosen status', async () => {
      const journey: Journey = { ...JOURNEY, touchpoints: [{ ...JOURNEY.touchpoints[0], opportunities: [{ text: 'x', impact: 1, effort: 1 }] }] };
      const el = await matrix(journey, { status: 'done' });
      expect(points(el)).to.have.length(0);
      expect(el.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.equal('No opportunity has the chosen status.');
    });

    it('is accessible (axe), light and dark', async () => {
      const el = await matrix();
      await expect(el).to.be.accessible();
      el.theme = 'dark';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('follows the dark theme with the tokens', async () => {
      const light = await matrix();
      const dark = await matrix(JOURNEY, { theme: 'dark' });
      expect(getComputedStyle(dark).backgroundColor).not.to.equal(getComputedStyle(light).backgroundColor);
      expect(getComputedStyle(dark).color).not.to.equal(getComputedStyle(light).color);
    });

    it('keeps every point visible in forced colours', async () => {
      const el = await matrix();
      await withForcedColors(async () => {
        const style = getComputedStyle(point(el, 'human'));
        expect(style.borderTopStyle).to.equal('solid');
        expect(style.borderTopColor).not.to.equal('rgba(0, 0, 0, 0)');
      });
    });
  });

  describe('right to left', () => {
    it('mirrors the effort axis and the arrow keys with it', async () => {
      const el = await matrix({ ...JOURNEY, locale: 'ar' }, { locale: '' });
      expect(el.shadowRoot!.querySelector('[part="quadrant"][data-quadrant="quick-win"]')!.textContent).to.equal('مكاسب سريعة');
      // Less effort is further right.
      expect(centre(point(el, 'faq')).x).to.be.above(centre(point(el, 'rebuild')).x);
      point(el, 'rebuild').focus(); // most effort: far left
      await press(el, 'ArrowUp');
      expect(focusedKey(el)).to.equal('human');
      await press(el, 'ArrowRight'); // on screen, towards less effort
      expect(['guide', 'costs']).to.include(focusedKey(el));
      const name = point(el, 'human').getAttribute('aria-label')!;
      expect(name).to.contain('الأثر').and.to.contain('\u2068Hand over to a person\u2069');
      await expect(el).to.be.accessible();
    });
  });

  it('says a quadrant’s name without the soft hyphens its catalogue marks for breaking', async () => {
    const el = await matrix(JOURNEY, { locale: 'fi' });
    const names = points(el).map((p) => p.getAttribute('aria-label')!);
    expect(names.join('\n')).to.match(/Täytetehtävät|Kiittämättömät tehtävät/);
    expect(names.filter((name) => name.includes('\u00ad'))).to.deep.equal([]);
  });

  describe('the table', () => {
    it('ranks every opportunity by impact ÷ effort in a real table with a caption, and sorts by impact or effort', async () => {
      const el = await matrix(JOURNEY, { view: 'table' });
      const table = el.shadowRoot!.querySelector('table')!;
      expect(table.caption!.textContent).to.equal('Opportunities ranked by impact over effort');
      const order = () => [...table.tBodies[0].rows].map((r) => r.dataset.key);
      expect(order()).to.deep.equal(['guide', 'costs', 'faq', 'human', 'rebuild', 'checkout/2']);
      const row = table.querySelector<HTMLTableRowElement>('tr[data-key="guide"]')!;
      expect([...row.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['Slow answers', 'Bot does not understand']);
      expect(table.querySelector('tr[data-key="checkout/2"]')!.textContent).to.contain('Not rated');
      const impact = [...table.tHead!.querySelectorAll('th')].find((th) => th.textContent!.trim() === 'Impact')!;
      impact.querySelector('button')!.click();
      await el.updateComplete;
      expect(impact.getAttribute('aria-sort')).to.equal('descending');
      expect(order()[0]).to.equal('human');
      await expect(el).to.be.accessible();
    });

    it('opens an opportunity from its row', async () => {
      const el = await matrix(JOURNEY, { view: 'table' });
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('tr[data-key="costs"] button.open')!;
      setTimeout(() => button.click());
      const event = (await oneEvent(el, 'opportunity-select')) as OpportunitySelectEvent;
      expect(event.detail.opportunity).to.deep.equal(JOURNEY.touchpoints[1].opportunities![0]);
    });

    it('switches between matrix and table with a labelled radio group', async () => {
      const el = await matrix();
      const radios = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
      expect(radios.map((r) => r.closest('label')!.textContent!.trim())).to.deep.equal(['Matrix', 'Table']);
      radios[1].click();
      await el.updateComplete;
      expect(el.getAttribute('view')).to.equal('table');
      expect(el.shadowRoot!.querySelector('table')).not.to.equal(null);
    });
  });

  describe('sources', () => {
    it('reads JSON text, and reports an invalid journey with journey-error', async () => {
      const el = await matrix(JSON.stringify(JOURNEY));
      expect(points(el)).to.have.length(5);
      setTimeout(() => (el.journey = '{"version": 2}'));
      const event = await oneEvent(el, 'journey-error');
      expect(event.detail.problems[0].message).to.contain('version 2');
    });

    it('shows text as text', async () => {
      const journey: Journey = { ...JOURNEY, touchpoints: [{ ...JOURNEY.touchpoints[0], opportunities: [{ text: '<img src=x onerror=alert(1)>', impact: 3, effort: 3 }] }] };
      const el = await matrix(journey, { view: 'table' });
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(el.shadowRoot!.querySelector('button.open')!.textContent).to.equal('<img src=x onerror=alert(1)>');
    });
  });
});
