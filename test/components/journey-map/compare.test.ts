/**
 * Current vs future on the map: a `baseline` journey compared with the shown one (issue #14),
 * with the zakupy pair (docs/examples/journeys, a copy of the team's shared pair).
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import type { JourneyErrorDetail } from '../../../src/components/journey-map/journey-map.js';
import { computeLayout } from '../../../src/components/journey-map/layout.js';
import { compareJourneys } from '../../../src/model/compare.js';
import type { Journey } from '../../../src/model/index.js';
import { active, axAll, generatedJourney, liveText, press, record, settle, touchpointCell, type AxNode, type JourneyMap } from './helpers.js';

const sampleUrl = (file: string): string => new URL(`../../../docs/examples/journeys/${file}`, import.meta.url).href;

async function pair(base = sampleUrl): Promise<{ before: Journey; after: Journey } | null> {
  const [a, b] = await Promise.all(['zakupy-obecny.pl.json', 'zakupy-docelowy.pl.json'].map((f) => fetch(base(f))));
  if (!a!.ok || !b!.ok) return null;
  return { before: (await a!.json()) as Journey, after: (await b!.json()) as Journey };
}

/** A map of `after` compared with `before`, `width` px wide, settled. */
async function compared(
  before: unknown,
  after: Journey,
  { mode, locale = 'en', theme, width = 1400 }: { mode?: string; locale?: string; theme?: string; width?: number } = {},
): Promise<JourneyMap> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px">
    <journey-map .journey=${after} .baseline=${before as Journey} compare=${mode ?? ''} locale=${locale} theme=${theme ?? 'light'}></journey-map>
  </div>`);
  const el = wrapper.querySelector('journey-map')!;
  await settle(el);
  return el;
}

const summaryText = (el: JourneyMap): string[] =>
  [...el.shadowRoot!.querySelectorAll('[part~="compare-summary"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

/** A cell's name as the accessibility tree has it. */
async function cellName(el: JourneyMap, id: string): Promise<string> {
  const cell = touchpointCell(el, id);
  cell.focus();
  const tree = (await a11ySnapshot({})) as unknown as AxNode;
  return axAll(tree, (n) => n.role === 'gridcell' && n.focused === true)[0]?.name ?? '';
}

const strip = (text: string): string => text.replace(/[\u2066-\u2069]/g, '');

describe('journey-map compare', () => {
  let before: Journey;
  let after: Journey;
  before = null as unknown as Journey;
  after = null as unknown as Journey;

  beforeEach(async () => {
    ({ before, after } = (await pair())!);
  });

  describe('layout with ghosts (pure)', () => {
    it('puts each removed touchpoint in its old stage and place, counted apart', () => {
      const c = compareJourneys(before, after);
      const ghosts = {
        touchpoints: c.touchpoints.filter((t) => t.kind === 'removed').map((t) => ({ touchpoint: t.baseline!, stage: t.from!.stage, index: t.from!.index })),
        stages: [],
      };
      const layout = computeLayout(after, { ghosts });
      expect(layout.columns.map((col) => `${col.touchpoint!.id}${col.ghost ? '*' : ''}`)).to.deep.equal([
        'poczta-pantoflowa',
        'media',
        'porownywarka',
        'sklep*',
        'rezerwacja',
        'infolinia*',
        'crm',
      ]);
      expect(layout.touchpointCount).to.equal(5);
      expect(layout.shape.cols).to.equal(7);
      expect(layout.stages.map((s) => [s.start, s.span])).to.deep.equal([[0, 2], [2, 1], [3, 2], [5, 2]]);
      expect(layout.columnOf.get('sklep')).to.equal(3);
    });

    it('draws a removed stage as a ghost stage at its old index', () => {
      const shortened: Journey = { ...after, stages: after.stages.filter((s) => s.id !== 'zakup'), touchpoints: after.touchpoints.filter((t) => t.stage !== 'zakup') };
      const c = compareJourneys(after, shortened);
      const layout = computeLayout(shortened, {
        ghosts: {
          touchpoints: c.touchpoints.filter((t) => t.kind === 'removed').map((t) => ({ touchpoint: t.baseline!, stage: t.from!.stage, index: t.from!.index })),
          stages: c.stages.filter((s) => s.kind === 'removed').map((s) => ({ stage: s.baseline!, index: s.from! })),
        },
      });
      expect(layout.stages.map((s) => `${s.stage.id}${s.ghost ? '*' : ''}`)).to.deep.equal(['badania', 'porownanie', 'zakup*', 'uzycie']);
      expect(layout.columns[layout.columnOf.get('rezerwacja')!]!.ghost).to.equal(true);
    });
  });

  it('says what changed above the map, in words, and announces it', async () => {
    const el = await compared(before, after);
    const items = summaryText(el).map(strip);
    expect(items).to.deep.equal([
      '2 touchpoints added',
      '2 touchpoints removed',
      '2 touchpoints changed',
      '3 pain points solved',
      'Użycie produktu, konserwacja i ponowny zakup: Customer effort 6.1 → 2.4, lower is better: improved',
    ]);
    const summary = el.shadowRoot!.querySelector('[part~="compare-summary"]')!;
    expect(strip(summary.querySelector('.compare-title')!.textContent!)).to.equal('Compared with Mapa doświadczeń klienta: stan obecny');
    expect(strip(liveText(el))).to.equal(`Compared with Mapa doświadczeń klienta: stan obecny: ${items.join('; ')}`);
    // The summary comes before the grid, so it is read first.
    const grid = el.shadowRoot!.querySelector('[role="grid"]')!;
    expect(summary.compareDocumentPosition(grid) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
  });

  it('formats the numbers by the locale (Polish words and decimal comma)', async () => {
    const el = await compared(before, after, { locale: 'pl' });
    const items = summaryText(el).map(strip);
    expect(items.slice(0, 4)).to.deep.equal(['dodano 2 punkty styku', 'usunięto 2 punkty styku', 'zmieniono 2 punkty styku', 'rozwiązano 3 bolączki']);
    expect(items.at(-1)).to.contain('Wysiłek klienta 6,1 → 2,4');
  });

  it('says it all again in a new language', async () => {
    const el = await compared(before, after);
    el.locale = 'de';
    await settle(el);
    expect(summaryText(el).map(strip)[0]).to.equal('2 Kontaktpunkte hinzugefügt');
    expect(touchpointCell(el, 'sklep').querySelector('[part~="change"]')!.textContent).to.contain('entfernt');
  });

  it('marks each touchpoint added, removed, moved or changed, in the cell and in its name', async () => {
    // Swap the first two touchpoints: both moved.
    const swapped: Journey = { ...after, touchpoints: [after.touchpoints[1]!, after.touchpoints[0]!, ...after.touchpoints.slice(2)] };
    const el = await compared(before, swapped);
    const visible = (id: string) => touchpointCell(el, id).querySelector('[part~="change"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

    expect(visible('rezerwacja')).to.contain('added');
    expect(strip(await cellName(el, 'rezerwacja'))).to.match(/Rezerwuje online.*added$/);

    expect(visible('sklep')).to.contain('removed');
    expect(touchpointCell(el, 'sklep').classList.contains('ghost')).to.equal(true);
    expect(strip(await cellName(el, 'sklep'))).to.match(/removed$/);

    expect(visible('media')).to.contain('moved');
    expect(visible('media')).to.contain('Emotion 0 → 1');
    const media = strip(await cellName(el, 'media'));
    expect(media).to.match(/Emotion: pleased\. moved; changed: Emotion 0 → 1$/);

    expect(visible('porownywarka')).to.contain('changed');
    expect(strip(await cellName(el, 'porownywarka'))).to.contain('Emotion −1 → 1');
    // Unchanged in place: no mark.
    expect(touchpointCell(el, 'crm').querySelector('[part~="change"]')).to.not.equal(null);
    expect(touchpointCell(el, 'poczta-pantoflowa').querySelector('[part~="change"]')?.textContent).to.contain('moved');
  });

  it('marks a stage only the baseline has, in its header and its name', async () => {
    const shortened: Journey = { ...after, stages: after.stages.filter((s) => s.id !== 'zakup'), touchpoints: after.touchpoints.filter((t) => t.stage !== 'zakup') };
    const el = await compared(after, shortened);
    const header = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="columnheader"]')][2]!;
    const name = header
      .getAttribute('aria-labelledby')!
      .split(' ')
      .map((id) => el.shadowRoot!.getElementById(id)?.textContent ?? '')
      .join(' ');
    expect(strip(name)).to.equal('Stage 3 of 4: Zakup i płatność removed');
    expect(header.querySelector('[part~="change"]')!.textContent).to.contain('removed');
    expect(touchpointCell(el, 'rezerwacja').classList.contains('ghost')).to.equal(true);
  });

  it('warns once about an unknown compare value and shows the overlay', async () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const el = await compared(before, after, { mode: 'sideways' });
      el.requestUpdate();
      await settle(el);
      expect(warnings.map((w) => String(w[0]))).to.deep.equal(['journey-map: ignoring compare "sideways": it is overlay or side-by-side (showing overlay)']);
      expect(touchpointCell(el, 'sklep').classList.contains('ghost')).to.equal(true);
    } finally {
      console.warn = original;
    }
  });

  it('reaches a ghost by keyboard, with the grid’s column count and indexes taking it in', async () => {
    const el = await compared(before, after);
    const grid = el.shadowRoot!.querySelector('[role="grid"]')!;
    expect(grid.getAttribute('aria-colcount')).to.equal('8');
    el.focusTouchpoint('porownywarka');
    await press('ArrowRight');
    expect(active(el)?.dataset['id']).to.equal('sklep');
    expect(active(el)?.classList.contains('ghost')).to.equal(true);
    await press('ArrowDown');
    // The ghost's other lanes are cells too, at its column.
    expect(active(el)?.getAttribute('aria-colindex')).to.equal('5');
    expect(active(el)?.classList.contains('ghost')).to.equal(true);
    await press('ArrowUp');
    await press('ArrowRight');
    expect(active(el)?.dataset['id']).to.equal('rezerwacja');
  });

  it('windows a large map with ghosts: every column counted, far ghosts built and reached on demand', async () => {
    const baseline = generatedJourney(300);
    // Every tenth touchpoint removed: 30 ghosts among 270 touchpoints.
    const kept = baseline.touchpoints.filter((_, i) => i % 10 !== 5);
    const ids = new Set(kept.map((t) => t.id));
    const current: Journey = { ...baseline, touchpoints: kept.map((t) => ({ ...t, next: (t.next ?? []).filter((id) => ids.has(id)) })) };
    const el = await compared(baseline, current, { width: 1000 });
    const grid = el.shadowRoot!.querySelector('[role="grid"]')!;
    expect(grid.getAttribute('aria-colcount')).to.equal('301');
    // Far columns are not built yet.
    expect(el.shadowRoot!.querySelectorAll('.lane-touchpoints touchpoint-card').length).to.be.below(300);
    expect(el.focusTouchpoint('tp-295')).to.equal(true);
    await settle(el);
    expect(active(el)?.dataset['id']).to.equal('tp-295');
    expect(active(el)?.classList.contains('ghost')).to.equal(true);
    expect(active(el)?.querySelector('touchpoint-card')).to.not.equal(null);
    await press('ArrowRight');
    expect(active(el)?.dataset['id']).to.equal('tp-296');
    expect(strip(await cellName(el, 'tp-295'))).to.match(/Touchpoint 296.*removed$/);
    expect(summaryText(el).slice(0, 2)).to.deep.equal(['30 touchpoints removed', '10 pain points solved']);
  });

  it('draws the baseline’s emotion line dashed over the current one, per persona', async () => {
    const twoPersonas = (j: Journey): Journey => ({
      ...j,
      personas: [...(j.personas ?? []), { id: 'jan', name: 'Jan' }],
    });
    const el = await compared(twoPersonas(before), twoPersonas(after));
    const baseline = el.shadowRoot!.querySelector<HTMLElement>('[part~="baseline-curve"]')!;
    const current = el.shadowRoot!.querySelector<HTMLElement>('[part~="curve"]')!;
    expect(baseline.getAttribute('aria-hidden')).to.equal('true');
    // Over the current curve, letting it show through: no background or zones of its own.
    expect(current.compareDocumentPosition(baseline) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    const zone = baseline.shadowRoot!.querySelector('[part~="zone-positive"]');
    if (zone) expect(getComputedStyle(zone).visibility).to.equal('hidden');
    expect(getComputedStyle(baseline.shadowRoot!.querySelector('[part~="base"]') ?? baseline).backgroundColor).to.be.oneOf(['rgba(0, 0, 0, 0)', 'transparent']);
    const lines = [...baseline.shadowRoot!.querySelectorAll<SVGPathElement>('[part~="line"]')];
    expect(lines).to.have.length(2);
    for (const line of lines) expect(getComputedStyle(line).strokeDasharray).to.not.equal('none');
    const first = current.shadowRoot!.querySelector<SVGPathElement>('[part~="line"]')!;
    expect(getComputedStyle(first).strokeDasharray).to.equal('none');
    expect(parseFloat(getComputedStyle(lines[0]!).strokeWidth)).to.be.below(parseFloat(getComputedStyle(first).strokeWidth));
  });

  it('shows the two maps side by side, named apart, scrolling together and keeping one position', async () => {
    const loads = record(document.body, 'journey-load', 'cell-focus');
    const el = await compared(before, after, { mode: 'side-by-side', width: 1400 });
    const inner = el.shadowRoot!.querySelector<JourneyMap>('[part~="baseline-map"]')!;
    await settle(inner);
    const grids = [inner, el].map((map) => strip(map.shadowRoot!.querySelector('[role="grid"]')!.getAttribute('aria-label')!));
    expect(grids).to.deep.equal(['Baseline: Mapa doświadczeń klienta: stan obecny', 'Current: Mapa doświadczeń klienta: stan docelowy']);
    // Baseline first in reading order.
    expect(el.shadowRoot!.querySelector('.baseline-pane')!.compareDocumentPosition(el.shadowRoot!.querySelector('.current-pane')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    // No ghosts side by side: the baseline pane shows the removed touchpoints.
    expect(el.shadowRoot!.querySelector('.ghost')).to.equal(null);
    expect(inner.shadowRoot!.querySelector('[data-id="sklep"]')).to.not.equal(null);

    const mine = el.shadowRoot!.querySelector<HTMLElement>('.current-pane .scroller')!;
    const theirs = inner.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    expect(mine.scrollWidth).to.be.above(mine.clientWidth);
    mine.scrollLeft = 150;
    await waitUntil(() => theirs.scrollLeft === 150, 'the baseline pane follows the scroll', { timeout: 5000 });
    theirs.scrollLeft = 60;
    await waitUntil(() => mine.scrollLeft === 60, 'and the current pane follows the baseline', { timeout: 5000 });

    el.focusTouchpoint('porownywarka');
    await waitUntil(() => inner.shadowRoot!.querySelector<HTMLElement>('[data-id="porownywarka"]')!.tabIndex === 0, 'the baseline tab stop follows', { timeout: 5000 });
    expect(active(el)?.dataset['id']).to.equal('porownywarka');
    // By keyboard: Left in the current map, the baseline's position follows.
    await press('ArrowLeft');
    expect(active(el)?.dataset['id']).to.equal('media');
    await waitUntil(() => inner.shadowRoot!.querySelector<HTMLElement>('[data-id="media"]')!.tabIndex === 0, 'the baseline tab stop follows the keys', { timeout: 5000 });
    // And the other way: keys in the baseline map move the current map's tab stop, not its focus.
    inner.focusTouchpoint('porownywarka');
    await waitUntil(() => touchpointCell(el, 'porownywarka').tabIndex === 0, 'the current tab stop follows', { timeout: 5000 });
    await press('ArrowLeft');
    expect((inner.shadowRoot!.activeElement as HTMLElement).dataset['id']).to.equal('media');
    await waitUntil(() => touchpointCell(el, 'media').tabIndex === 0, 'the current tab stop follows the keys', { timeout: 5000 });
    expect(touchpointCell(el, 'porownywarka').tabIndex).to.equal(-1);
    // A lane below: the matching cell of the same lane.
    await press('ArrowDown');
    const lane = (inner.shadowRoot!.activeElement as HTMLElement).dataset['row'];
    await waitUntil(() => el.shadowRoot!.querySelector<HTMLElement>(`.cell[data-row="${lane}"][tabindex="0"]`), 'the same lane', { timeout: 5000 });

    // Choosing a persona in the baseline's legend filters both, told by the host.
    const personaChanges = record(el, 'persona-change');
    inner.shadowRoot!.querySelector<HTMLElement>('[part~="legend"] button[role="radio"][data-persona="anna"]')!.click();
    await settle(el);
    expect(el.persona).to.equal('anna');
    expect(personaChanges).to.have.length(1);
    expect(inner.persona).to.equal('anna');
    // Said once, by the host: the nested map's live region stays silent.
    expect(liveText(el)).to.contain('Anna');
    expect(liveText(inner)).to.equal('');
    // The nested map's events stay inside: the page hears the host's own only.
    expect(loads.filter((e) => e.type === 'journey-load')).to.have.length(1);
    expect(loads.filter((e) => e.type === 'cell-focus').every((e) => e.target === el)).to.equal(true);
  });

  it('shows the same lanes in both panes side by side, a lane empty on one side included', async () => {
    // The future state has solved every pain point: its map alone would have no such lane.
    expect(after.touchpoints.some((tp) => tp.painPoints?.length)).to.equal(false);
    const el = await compared(before, after, { mode: 'side-by-side', width: 1400 });
    const inner = el.shadowRoot!.querySelector<JourneyMap>('[part~="baseline-map"]')!;
    await settle(inner);
    const lanesOf = (map: JourneyMap): string[] => [...map.shadowRoot!.querySelectorAll('[part~="lane-header"]')].map((h) => h.textContent!.replace(/\s+/g, ' ').trim());
    expect(lanesOf(el)).to.include('Pain points');
    expect(lanesOf(inner)).to.deep.equal(lanesOf(el));
    // The host's own lanes still rule both.
    el.lanes = 'touchpoints,emotions';
    await settle(el);
    await settle(inner);
    expect(lanesOf(el)).to.deep.equal(['Touchpoints', 'Emotions']);
    expect(lanesOf(inner)).to.deep.equal(lanesOf(el));
  });

  it('stacks the panes on narrow widths', async () => {
    const el = await compared(before, after, { mode: 'side-by-side', width: 1000 });
    const [a, b] = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.pane')];
    expect(b!.getBoundingClientRect().top).to.be.at.least(a!.getBoundingClientRect().bottom);
  });

  it('renders right to left and dark', async () => {
    const el = await compared(before, after, { locale: 'ar', theme: 'dark' });
    const root = el.shadowRoot!.querySelector<HTMLElement>('.root')!;
    expect(el.shadowRoot!.querySelector('.ghost')).to.not.equal(null);
    expect(summaryText(el).at(-1)).to.contain('←');
    const summary = el.shadowRoot!.querySelector<HTMLElement>('[part~="compare-summary"]')!;
    const light = await compared(before, after, { locale: 'ar' });
    const lightSummary = light.shadowRoot!.querySelector<HTMLElement>('[part~="compare-summary"]')!;
    expect(getComputedStyle(summary).backgroundColor).to.not.equal(getComputedStyle(lightSummary).backgroundColor);
    expect(getComputedStyle(root).direction).to.equal(el.shadowRoot!.querySelector('.root')!.getAttribute('dir') === 'rtl' ? 'rtl' : 'ltr');
    // The ghost column is in its place in the mirrored grid: right of the touchpoint after it.
    const ghost = touchpointCell(el, 'sklep').getBoundingClientRect();
    const next = touchpointCell(el, 'rezerwacja').getBoundingClientRect();
    if (root.getAttribute('dir') === 'rtl') expect(ghost.left).to.be.above(next.left);
    else expect(ghost.left).to.be.below(next.left);
  });

  it('reports a bad baseline with located problems and keeps the map as it is', async () => {
    const el = await compared(before, after);
    const shown = summaryText(el);
    setTimeout(() => (el.baseline = JSON.stringify({ version: 1, title: 'Broken', stages: [{ id: 'a', name: 'A' }], touchpoints: [{ id: 'x', stage: 'nowhere', title: 'X' }] })));
    const event = await oneEvent(el, 'journey-error');
    const { problems } = event.detail as JourneyErrorDetail;
    expect(problems.length).to.be.above(0);
    expect(problems.every((p) => p.message.startsWith('baseline: '))).to.equal(true);
    expect(problems.some((p) => p.path.startsWith('/touchpoints/0'))).to.equal(true);
    await settle(el);
    expect(summaryText(el)).to.deep.equal(shown);
    expect(el.shadowRoot!.querySelector('[part~="error"]')).to.not.equal(null);
    expect(touchpointCell(el, 'sklep')).to.not.equal(null);
  });

  it('fetches baseline-src, and drops the comparison when the baseline goes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1400px">
      <journey-map locale="en" .journey=${after} baseline-src=${sampleUrl('zakupy-obecny.pl.json')}></journey-map>
    </div>`);
    const el = wrapper.querySelector('journey-map')!;
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="compare-summary"]'), 'the baseline arrives', { timeout: 5000 });
    await settle(el);
    expect(touchpointCell(el, 'sklep').classList.contains('ghost')).to.equal(true);
    el.removeAttribute('baseline-src');
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part~="compare-summary"]')).to.equal(null);
    expect(touchpointCell(el, 'sklep')).to.equal(null);
  });

  it('aborts an older baseline-src for a newer one, and fetches again after a reconnect', async () => {
    const original = window.fetch;
    const signals: AbortSignal[] = [];
    // The first request never answers.
    window.fetch = (input, init) => {
      signals.push(init!.signal!);
      return signals.length === 1 ? new Promise<Response>(() => {}) : original(input, init);
    };
    try {
      const el = await fixture<JourneyMap>(html`<journey-map locale="en" .journey=${after} baseline-src=${sampleUrl('zakupy-obecny.pl.json')}></journey-map>`);
      expect(el.shadowRoot!.querySelector('[part~="loading"]')).to.not.equal(null);
      el.setAttribute('baseline-src', `${sampleUrl('zakupy-obecny.pl.json')}?again`);
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="compare-summary"]'), 'the newer baseline arrives', { timeout: 5000 });
      expect(signals[0]!.aborted).to.equal(true);
      expect(el.shadowRoot!.querySelector('[part~="loading"]')).to.equal(null);

      // Cut short by a disconnect, a fetch starts again on reconnect.
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      window.fetch = async (input, init) => {
        signals.push(init!.signal!);
        if (signals.length === 3) await gate;
        return original(input, init);
      };
      el.setAttribute('baseline-src', `${sampleUrl('zakupy-obecny.pl.json')}?third`);
      await waitUntil(() => signals.length === 3, 'the third request is under way', { timeout: 5000 });
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await waitUntil(() => signals.length === 4, 'fetched again', { timeout: 5000 });
      expect(signals[2]!.aborted).to.equal(true);
      release();
    } finally {
      window.fetch = original;
    }
  });

  it('reports a baseline-src that cannot be fetched', async () => {
    const el = await fixture<JourneyMap>(html`<journey-map .journey=${after} baseline-src=${sampleUrl('no-such-file.json')}></journey-map>`);
    const event = await oneEvent(el, 'journey-error');
    expect((event.detail as JourneyErrorDetail).problems[0]!.message).to.match(/^baseline: could not load .*404/);
  });

  it('shows nothing of a comparison while editable', async () => {
    const el = await compared(before, after);
    el.editable = true;
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part~="compare-summary"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.ghost')).to.equal(null);
  });

  it('works on the team’s shared pair when it is beside the clone', async function () {
    const shared = await pair((file) => `/__shared/fixtures/valid/${file}`);
    if (!shared) this.skip();
    const el = await compared(shared!.before, shared!.after);
    expect(summaryText(el).map(strip).slice(0, 4)).to.deep.equal(['2 touchpoints added', '2 touchpoints removed', '2 touchpoints changed', '3 pain points solved']);
  });
});
