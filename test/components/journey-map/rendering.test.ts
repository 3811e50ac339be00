/** What `<journey-map>` shows: every fixture, personas, lanes, paths, text safety, accessibility. */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode } from '@web/test-runner-commands';
import { withForcedColors } from '../../helpers/media.js';
import { parseJourney, pathEdges, touchpointsFor, type Journey } from '../../../src/model/index.js';
import {
  collapse,
  deepQueryAll,
  deepText,
  fixtureJson,
  fixtureText,
  listFolder,
  mapFixture,
  nameOf,
  settle,
  type JourneyMap,
} from './helpers.js';

interface AxNode {
  role: string;
  name: string;
  children: AxNode[];
}

/** The project's valid fixtures; the server lists the folder, the names below are the fallback. */
const FALLBACK_VALID = [
  'bom.fr.json',
  'branches-and-loops.en.json',
  'empty-touchpoints.en.json',
  'every-field.en.json',
  'forward-compatible.en.json',
  'implicit-paths.de.json',
  'markup-is-text.en.json',
  'minimal.json',
  'rtl.he.json',
  'scale-labels.sv.json',
];

async function validFixtureNames(): Promise<string[]> {
  const listed = await listFolder('/__fixtures/valid/');
  return (listed ?? FALLBACK_VALID).filter((name) => name.endsWith('.json'));
}

function expectShowsEverything(el: JourneyMap, journey: Journey, name: string): void {
  const text = deepText(el.shadowRoot!);
  for (const stage of journey.stages) expect(text, `${name}: stage ${stage.id}`).to.contain(collapse(stage.name));
  for (const tp of journey.touchpoints) expect(text, `${name}: touchpoint ${tp.id}`).to.contain(collapse(tp.title));
}

describe('journey-map rendering', () => {
  afterEach(() => {
    delete (window as { __pwned?: unknown }).__pwned;
  });

  it('renders every stage name and touchpoint title of every project fixture', async () => {
    const names = await validFixtureNames();
    expect(names.length).to.be.greaterThan(0);
    for (const name of names) {
      const text = await fixtureText(`valid/${name}`);
      const { journey } = parseJourney(text);
      expect(journey, name).to.not.equal(null);
      const el = await mapFixture(text);
      expectShowsEverything(el, journey!, name);
      expect(el.shadowRoot!.querySelector('[part~="error"]'), name).to.equal(null);
    }
  });

  it('renders every shared fixture (skipped when ../shared is not served)', async function () {
    const names = await listFolder('/__shared/fixtures/valid/');
    if (!names) {
      this.skip();
      return;
    }
    for (const name of names.filter((n) => n.endsWith('.json'))) {
      const text = await (await fetch(`/__shared/fixtures/valid/${name}`)).text();
      const { journey } = parseJourney(text);
      // Wide enough to show every column: connectors are drawn for the columns built so far.
      const el = await mapFixture(text, 8000);
      expectShowsEverything(el, journey!, name);
      expect(el.shadowRoot!.querySelectorAll('[part~="connector"]'), name).to.have.length(pathEdges(journey!).length);
    }
  });

  it('shows heading, subject, state, description, legend and journey metrics', async () => {
    const journey = await fixtureJson('map/two-personas.en.json');
    const el = await mapFixture(journey);
    const root = el.shadowRoot!;
    const header = root.querySelector('[part~="header"]')!;
    expect(header.querySelector('h2')!.textContent).to.equal(journey.title);
    expect(header.textContent).to.contain('Customer journey').and.to.contain('Current state');
    expect(header.textContent).to.contain(journey.description);
    expect(header.textContent).to.contain('NPS: +20, target +40');
    const legend = root.querySelector('[part~="legend"]')!;
    expect(legend.getAttribute('role')).to.equal('radiogroup');
    expect(legend.querySelectorAll('button[role="radio"][aria-checked]')).to.have.length(3);
    expect(legend.querySelectorAll('persona-badge')).to.have.length(2);
    expect(legend.querySelector('button')!.textContent!.trim()).to.equal('All personas');

    el.headingLevel = 3;
    await settle(el);
    expect(root.querySelector('[part~="header"] h3')!.textContent).to.equal(journey.title);
  });

  it('lays stages out as column headers spanning their touchpoints and lanes as row headers', async () => {
    const el = await mapFixture(await fixtureJson('map/two-personas.en.json'));
    const root = el.shadowRoot!;
    const grid = root.querySelector('[role="grid"]')!;
    expect(grid.getAttribute('aria-label')).to.equal('Renewing a library card');
    const headers = [...root.querySelectorAll('[role="columnheader"]')];
    expect(headers.map((h) => h.getAttribute('aria-colspan'))).to.deep.equal(['1', '2', '1', '1']);
    expect(headers[0]!.textContent).to.contain('The card is about to expire.').and.to.contain('Keep borrowing').and.to.contain('Conversion: 50%');
    const lanes = [...root.querySelectorAll('[role="rowheader"]')].map((h) => h.textContent!.trim());
    expect(lanes).to.deep.equal(['Touchpoints', 'Actions', 'Thoughts', 'Emotions', 'Pain points', 'Opportunities', 'Backstage', 'Metrics']);
    for (const row of root.querySelectorAll('[role="row"]:not(.head)')) {
      expect(row.querySelectorAll('[role="gridcell"]')).to.have.length(5);
    }
    expect(root.querySelectorAll('touchpoint-card')).to.have.length(4);
  });

  it('names every cell with stage, lane and content, emotions in words', async () => {
    const el = await mapFixture(await fixtureJson('map/two-personas.en.json'));
    const root = el.shadowRoot!;
    expect(nameOf(root.querySelector('[data-id="portal"]')!)).to.equal(
      'Renew, Touchpoints: Renews on the portal, Website, Moment of truth, Emotion: annoyed, 2 pain points (High: 1), 1 opportunity.',
    );
    const emotions = [...root.querySelectorAll('.lane-emotions [role="gridcell"]')].map(nameOf);
    expect(emotions[1]).to.equal('Renew, Renews on the portal, Emotions: −2 of −3 to 3, annoyed, Range −3 to 0');
    expect(emotions[3]).to.equal('Later, Emotions: none');
    const pain = root.querySelectorAll('.lane-pain-points [role="gridcell"]')[1]!;
    expect(nameOf(pain)).to.equal('Renew, Renews on the portal, Pain points: 2 pain points: Password reset loop, Severity: High; Slow page');
    expect(nameOf(root.querySelectorAll('.lane-touchpoints [role="gridcell"]')[3]!)).to.equal('Later, Touchpoints: 0 touchpoints');
    for (const cell of root.querySelectorAll('[role="gridcell"][data-row]')) {
      expect(nameOf(cell), cell.outerHTML.slice(0, 80)).to.match(/^\S.*, /);
    }
    // The browser computes the same names.
    const snapshot = (await a11ySnapshot({})) as unknown as AxNode;
    const portal = findAccessibilityNode<AxNode>(snapshot, (n) => n.role === 'gridcell' && n.name.startsWith('Renew, Touchpoints: Renews on the portal'));
    expect(portal, 'portal cell in the accessibility tree').to.not.equal(null);
    const emotion = findAccessibilityNode<AxNode>(snapshot, (n) => n.role === 'gridcell' && n.name === emotions[1]);
    expect(emotion, 'emotion cell in the accessibility tree').to.not.equal(null);
  });

  it('draws one emotion curve aligned with the columns, a line per persona, hidden from the keyboard', async () => {
    const el = await mapFixture(await fixtureJson('map/two-personas.en.json'));
    const curves = [...el.shadowRoot!.querySelectorAll('emotion-curve')];
    expect(curves).to.have.length(1);
    const curve = curves[0]!;
    expect(curve.series!.map((s) => s.id)).to.deep.equal(['ines', 'olav']);
    expect(curve.getAttribute('part')).to.equal('curve');
    expect(curve.inert).to.equal(true);
    expect(curve.hasAttribute('highlight')).to.equal(false);
    const cells = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.lane-touchpoints [role="gridcell"]')];
    const gridLeft = cells[0]!.getBoundingClientRect().left;
    const width = cells[0]!.getBoundingClientRect().width;
    expect(curve.getBoundingClientRect().left).to.be.closeTo(gridLeft, 1);
    expect(curve.positions).to.have.length(cells.length);
    for (const series of curve.series!) {
      for (const point of series.points) {
        const cell = el.shadowRoot!.querySelector(`[data-id="${point.id}"]`)!;
        expect(Number((cell as HTMLElement).dataset['col'])).to.equal(point.index);
        const center = cell.getBoundingClientRect().left + width / 2 - gridLeft;
        expect(Math.abs(curve.positions![point.index!]! - center)).to.be.lessThan(1);
      }
    }
    expect(curve.series![0]!.points.map((p) => p.value)).to.deep.equal([0, -2, 3]);
    // Ines's line runs over Olav's column: one unbroken path through her three points.
    const root = curve.shadowRoot!;
    const ines = root.querySelector('[part~="line"][data-series="0"]')!.getAttribute('d')!;
    expect(ines.match(/M/g)).to.have.length(1);
    expect(root.querySelectorAll('.series[data-series="0"] .marker')).to.have.length(3);
    expect(root.querySelectorAll('.series[data-series="1"] .marker')).to.have.length(3);
    // A picture in the map: the emotions lane names every value, so no tab stop and no table.
    expect(curve.decorative).to.equal(true);
    expect(root.querySelectorAll('[tabindex], [part~="point"], [part~="table"], [part~="tooltip"]')).to.have.length(0);
    // Persona colours by position, as in the legend; one backdrop.
    expect(root.querySelector<SVGGElement>('.series[data-series="1"]')!.style.getPropertyValue('--_c')).to.equal('var(--_jk-color-persona-2)');
    expect(root.querySelectorAll('[part~="zone-positive"]')).to.have.length(1);
  });

  it('shows the curve, the connectors and the right layout in its first render, without waiting a frame', async () => {
    const journey = await fixtureJson('map/two-personas.en.json');
    // No settle(): only the map's own update and its children's, as one frame would see them.
    const rendered = async (el: JourneyMap) => {
      while (!(await el.updateComplete));
      await Promise.all([...el.shadowRoot!.querySelectorAll('emotion-curve, touchpoint-card')].map((e) => (e as unknown as { updateComplete: Promise<boolean> }).updateComplete));
    };
    const mapIn = async (width: number, setUp: (el: JourneyMap) => void) => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
      const el = document.createElement('journey-map');
      setUp(el);
      wrapper.append(el);
      await rendered(el);
      return el;
    };
    // Density set as a property: it reaches CSS (the column width) only when reflected.
    const wide = await mapIn(1200, (el) => {
      el.density = 'compact';
      el.journey = journey;
    });
    const curve = wide.shadowRoot!.querySelector('emotion-curve')!;
    expect(curve, 'curve').to.not.equal(null);
    expect(curve.shadowRoot!.querySelectorAll('[part~="line"]')).to.have.length(2);
    expect(wide.shadowRoot!.querySelectorAll('[part~="connector"]')).to.have.length(pathEdges(journey).length);
    // Positions come from the compact column width CSS gives, measured before the first render.
    const cell = wide.shadowRoot!.querySelector<HTMLElement>('.lane-touchpoints [role="gridcell"]')!;
    const width = cell.getBoundingClientRect().width;
    expect(curve.positions![1]! - curve.positions![0]!).to.be.closeTo(width, 0.5);
    expect(width).to.be.closeTo(12 * parseFloat(getComputedStyle(document.documentElement).fontSize), 0.5);

    const narrow = await mapIn(400, (el) => {
      el.journey = journey;
    });
    expect(narrow.hasAttribute('narrow')).to.equal(true);
    expect(narrow.shadowRoot!.querySelector('emotion-curve')).to.equal(null);
    expect(narrow.shadowRoot!.querySelector('.probe')).to.equal(null);
  });

  it('draws a single accent line for a journey without personas', async () => {
    const el = await mapFixture(await fixtureJson('map/no-personas.en.json'));
    const curve = el.shadowRoot!.querySelector('emotion-curve')!;
    expect(curve.series).to.equal(undefined);
    expect(curve.points!.map((p) => p.index)).to.deep.equal([0, 1, 2, 3]);
    expect(curve.shadowRoot!.querySelector('[part~="line"]')!.getAttribute('d')!.match(/M/g)).to.have.length(1);
  });

  it('filters by the persona attribute and highlights that persona', async () => {
    const journey = await fixtureJson('map/two-personas.en.json');
    const el = await fixture<JourneyMap>(html`<journey-map persona="olav" .journey=${journey}></journey-map>`);
    await settle(el);
    const text = deepText(el.shadowRoot!);
    expect(text).to.contain('Renews at the desk').and.to.contain('Gets a reminder email');
    expect(text).not.to.contain('Renews on the portal');
    const pressed = el.shadowRoot!.querySelector('[part~="legend"] [aria-checked="true"]')!;
    expect(pressed.getAttribute('data-persona')).to.equal('olav');
    const curves = el.shadowRoot!.querySelectorAll('emotion-curve');
    expect(curves).to.have.length(1);
    const curve = curves[0]!;
    expect(curve.highlight).to.equal('olav');
    const line = (s: number): Element => curve.shadowRoot!.querySelector(`[part~="line"][data-series="${s}"]`)!;
    expect(line(1).classList.contains('highlighted')).to.equal(true);
    expect(line(0).classList.contains('dimmed')).to.equal(true);
    expect(parseFloat(getComputedStyle(line(1)).strokeWidth)).to.be.greaterThan(parseFloat(getComputedStyle(line(0)).strokeWidth));
    // Olav's line is drawn over Ines's, and his markers over hers where they meet.
    expect(curve.shadowRoot!.querySelector('.lines')!.lastElementChild).to.equal(line(1));
    expect(curve.shadowRoot!.querySelector('.front')!.getAttribute('data-series')).to.equal('1');

    el.removeAttribute('persona');
    await settle(el);
    expect(deepText(el.shadowRoot!)).to.contain('Renews on the portal');
    const after = el.shadowRoot!.querySelector('emotion-curve')!;
    expect(after.hasAttribute('highlight')).to.equal(false);
    expect(after.shadowRoot!.querySelectorAll('.highlighted, .dimmed')).to.have.length(0);
  });

  it('filters when the user presses a legend button, announcing it and firing persona-change', async () => {
    const el = await mapFixture(await fixtureJson('map/two-personas.en.json'));
    const live = el.shadowRoot!.querySelector('[aria-live="polite"]')!;
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[data-persona="ines"]')!;
    expect(button.title).to.equal('Show only Ines Online');
    setTimeout(() => button.click());
    const event = await oneEvent(el, 'persona-change');
    expect(event.detail).to.deep.equal({ persona: 'ines' });
    expect(event.bubbles && event.composed).to.equal(true);
    await settle(el);
    expect(el.persona).to.equal('ines');
    expect(el.getAttribute('persona')).to.equal('ines');
    expect(live.textContent!.trim()).to.equal("Showing Ines Online's journey");
    expect(deepText(el.shadowRoot!)).not.to.contain('Renews at the desk');
    expect(el.shadowRoot!.querySelector('[data-persona="ines"]')!.getAttribute('aria-checked')).to.equal('true');

    const all = el.shadowRoot!.querySelector<HTMLButtonElement>('[data-persona=""]')!;
    setTimeout(() => all.click());
    expect((await oneEvent(el, 'persona-change')).detail).to.deep.equal({ persona: null });
    await settle(el);
    expect(live.textContent!.trim()).to.equal('Showing all personas');
    expect(deepText(el.shadowRoot!)).to.contain('Renews at the desk');
  });

  it('shows the lanes the lanes attribute names, in its order', async () => {
    const journey = await fixtureJson('map/two-personas.en.json');
    const el = await fixture<JourneyMap>(html`<journey-map lanes="pain-points, emotions" .journey=${journey}></journey-map>`);
    await settle(el);
    const lanes = () => [...el.shadowRoot!.querySelectorAll('[role="rowheader"]')].map((h) => h.textContent!.trim());
    expect(lanes()).to.deep.equal(['Touchpoints', 'Pain points', 'Emotions']);
    el.lanes = 'backstage';
    await settle(el);
    expect(lanes()).to.deep.equal(['Touchpoints', 'Backstage']);
  });

  it('draws one connector per path edge, loops dashed below, with arrowheads', async () => {
    for (const path of ['map/two-personas.en.json', 'valid/branches-and-loops.en.json', 'valid/implicit-paths.de.json', 'map/no-personas.en.json']) {
      const journey = parseJourney(await fixtureText(path)).journey!;
      const el = await mapFixture(journey);
      const connectors = el.shadowRoot!.querySelectorAll('path[part~="connector"]');
      expect(connectors, path).to.have.length(pathEdges(journey).length);
      for (const c of connectors) expect(c.getAttribute('marker-end')).to.equal('url(#jk-arrow)');
    }
    const el = await mapFixture(await fixtureJson('map/two-personas.en.json'));
    const loop = el.shadowRoot!.querySelector('[part~="connector"][data-from="portal"][data-to="reminder"]')!;
    expect(loop.classList.contains('loop')).to.equal(true);
    expect(getComputedStyle(loop).strokeDasharray).not.to.equal('none');
    expect(el.shadowRoot!.querySelector('.connectors')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('marks moments of truth on the cell as well as the card', async () => {
    const el = await mapFixture(await fixtureJson('map/two-personas.en.json'));
    expect(el.shadowRoot!.querySelector('[data-id="portal"]')!.classList.contains('mot')).to.equal(true);
    expect(el.shadowRoot!.querySelector('[data-id="desk"]')!.classList.contains('mot')).to.equal(false);
  });

  it('shows an empty state for a journey without touchpoints', async () => {
    const el = await mapFixture(await fixtureText('valid/empty-touchpoints.en.json'));
    const empty = el.shadowRoot!.querySelector('[part~="empty"]')!;
    expect(empty.textContent).to.contain('This journey has no touchpoints yet.');
    expect(el.shadowRoot!.querySelectorAll('path[part~="connector"]')).to.have.length(0);
  });

  it('keeps markup as text and runs no script (project, shared-style and own markup fixtures)', async () => {
    for (const path of ['valid/markup-is-text.en.json', 'map/markup.en.json']) {
      const text = await fixtureText(path);
      const journey = parseJourney(text).journey!;
      const el = await mapFixture(text);
      // Open the details too, so every field is on screen.
      el.shadowRoot!.querySelector<HTMLElement>('[data-id]')!.click();
      await settle(el);
      await new Promise((r) => setTimeout(r, 50));
      const shown = deepText(el.shadowRoot!);
      expect(shown, path).to.contain(collapse(journey.title));
      for (const tp of touchpointsFor(journey)) expect(shown).to.contain(collapse(tp.title));
      const injected = deepQueryAll(el.shadowRoot!, 'img, iframe, script, object, marquee, b, i, u, em, details, math, style');
      expect(injected.map((e) => e.localName), path).to.deep.equal([]);
      expect(deepQueryAll(el.shadowRoot!, '[onerror], [onload], [onclick], [ontoggle], [onmouseover]')).to.have.length(0);
      for (const a of deepQueryAll(el.shadowRoot!, 'a[href]')) expect(a.getAttribute('href')).to.match(/^https?:/);
      expect((window as { __pwned?: unknown }).__pwned, path).to.equal(undefined);
    }
  });

  it('passes axe in light, dark and RTL, and with the details open', async () => {
    const journey = await fixtureJson('map/two-personas.en.json');
    const light = await mapFixture(journey);
    await expect(light).to.be.accessible();

    const dark = await fixture<JourneyMap>(html`<journey-map theme="dark" .journey=${journey}></journey-map>`);
    await settle(dark);
    await expect(dark).to.be.accessible();

    const rtl = await mapFixture(await fixtureText('valid/rtl.he.json'));
    expect(rtl.shadowRoot!.querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
    await expect(rtl).to.be.accessible();

    light.shadowRoot!.querySelector<HTMLElement>('[data-id="portal"]')!.click();
    await settle(light);
    await expect(light).to.be.accessible();
  });

  it('keeps connectors and the focus ring visible in forced colours', async () => {
    await withForcedColors(async () => {
      const el = await mapFixture(await fixtureJson('map/two-personas.en.json'));
      const connector = el.shadowRoot!.querySelector('path[part~="connector"]')!;
      expect(getComputedStyle(connector).stroke).not.to.equal('none');
      el.focusTouchpoint('portal');
      const cell = el.shadowRoot!.activeElement!;
      expect(cell.matches(':focus-visible')).to.equal(true);
      expect(getComputedStyle(cell).outlineStyle).to.equal('solid');
    });
  });

  it('passes the theme and locale down to the nested elements', async () => {
    const journey = await fixtureJson('map/two-personas.en.json');
    const el = await fixture<JourneyMap>(html`<journey-map theme="dark" locale="nb" .journey=${journey}></journey-map>`);
    await settle(el);
    for (const nested of el.shadowRoot!.querySelectorAll('touchpoint-card, emotion-curve, persona-badge')) {
      expect(nested.getAttribute('theme'), nested.localName).to.equal('dark');
      expect(nested.getAttribute('locale'), nested.localName).to.match(/^nb/);
    }
    expect(el.shadowRoot!.querySelector('[role="rowheader"]')!.textContent!.trim()).not.to.equal('Touchpoints');
  });
});

describe('journey-map persona filter naming no persona', () => {
  it('shows every persona, says why, and warns once', async () => {
    const journey = await fixtureJson('map/two-personas.en.json');
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      const el = await fixture<JourneyMap>(html`<journey-map persona="nobody" .journey=${journey}></journey-map>`);
      await settle(el);
      expect(el.shadowRoot!.querySelector('[part~="notice"]')!.textContent).to.equal('No persona “nobody” in this journey: showing all personas');
      expect(deepText(el.shadowRoot!)).to.contain('Renews at the desk').and.to.contain('Renews on the portal');
      el.requestUpdate();
      el.lanes = 'touchpoints,emotions';
      await settle(el);
      expect(warnings.filter((w) => w.includes('nobody'))).to.have.length(1);
      expect(warnings[0]).to.contain('ines').and.to.contain('olav');
      el.persona = 'ines';
      await settle(el);
      expect(el.shadowRoot!.querySelector('[part~="notice"]')).to.equal(null);
    } finally {
      console.warn = original;
    }
  });
});
