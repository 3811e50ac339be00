/** Where `<journey-map>` gets its journey from, and what it does with bad input. */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { JourneyErrorDetail, JourneyLoadDetail } from '../../../src/components/journey-map/journey-map.js';
import type { Journey } from '../../../src/model/index.js';
import { deepText, fixtureJson, fixtureUrl, mapFixture, record, settle, type JourneyMap } from './helpers.js';

const title = (el: JourneyMap): string | null => el.shadowRoot!.querySelector('[part~="header"] .title')?.textContent ?? null;

function inlineScript(json: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = json;
  return script;
}

describe('journey-map sources', () => {
  let originalFetch: typeof window.fetch;
  let consoleErrors: unknown[][];
  let originalError: typeof console.error;

  beforeEach(() => {
    originalFetch = window.fetch;
    consoleErrors = [];
    originalError = console.error;
    console.error = (...args: unknown[]) => consoleErrors.push(args);
  });
  afterEach(() => {
    window.fetch = originalFetch;
    console.error = originalError;
    expect(consoleErrors, 'console.error calls').to.deep.equal([]);
  });

  it('takes the journey property as an object or as JSON text, firing journey-load', async () => {
    const journey = await fixtureJson('map/no-personas.en.json');
    const el = await fixture<JourneyMap>(html`<journey-map></journey-map>`);
    setTimeout(() => (el.journey = journey));
    const event = await oneEvent(el, 'journey-load');
    expect((event.detail as JourneyLoadDetail).journey.title).to.equal('Paying a parking fine');
    expect(event.bubbles && event.composed).to.equal(true);
    expect(title(el)).to.equal('Paying a parking fine');

    setTimeout(() => (el.journey = JSON.stringify({ ...journey, title: 'From text' })));
    await oneEvent(el, 'journey-load');
    expect(title(el)).to.equal('From text');
  });

  it('loads src with a loading indicator that has an accessible name', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    window.fetch = async (input, init) => {
      await gate;
      return originalFetch(input, init);
    };
    const el = await fixture<JourneyMap>(html`<journey-map src=${fixtureUrl('map/no-personas.en.json')}></journey-map>`);
    const loading = el.shadowRoot!.querySelector('[part~="loading"]')!;
    expect(loading.getAttribute('role')).to.equal('progressbar');
    expect(loading.getAttribute('aria-label')).to.equal('Loading journey…');
    const loaded = oneEvent(el, 'journey-load');
    release();
    await loaded;
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part~="loading"]')).to.equal(null);
    expect(title(el)).to.equal('Paying a parking fine');
  });

  for (const [name, path, pattern] of [
    ['a 404', 'map/does-not-exist.json', /404/],
    ['bad JSON', 'map/not-json.txt', /./],
  ] as const) {
    it(`reports ${name} from src as journey-error with one problem at path ""`, async () => {
      const el = await fixture<JourneyMap>(html`<journey-map></journey-map>`);
      setTimeout(() => (el.src = fixtureUrl(path)));
      const event = await oneEvent(el, 'journey-error');
      const { problems } = event.detail as JourneyErrorDetail;
      expect(problems).to.have.length(1);
      expect(problems[0]!.path).to.equal('');
      expect(problems[0]!.message).to.match(pattern);
      await settle(el);
      expect(el.shadowRoot!.querySelector('[part~="error"]')).to.not.equal(null);
      expect(el.shadowRoot!.querySelector('[part~="loading"]')).to.equal(null);
    });
  }

  it('reports an invalid journey from src with the validator problems', async () => {
    const el = await fixture<JourneyMap>(html`<journey-map></journey-map>`);
    setTimeout(() => (el.src = fixtureUrl('map/invalid.json')));
    const { problems } = (await oneEvent(el, 'journey-error')).detail as JourneyErrorDetail;
    expect(problems.some((p) => p.path === '/touchpoints/0/stage')).to.equal(true);
  });

  it('aborts an older src when a newer one is set; the older result never shows', async () => {
    const signals: AbortSignal[] = [];
    let calls = 0;
    window.fetch = async (input, init) => {
      calls++;
      if (init?.signal) signals.push(init.signal);
      // The first request is slow and ignores its signal, as a slow server would.
      if (calls === 1) await new Promise((r) => setTimeout(r, 300));
      return originalFetch(input, calls === 1 ? { ...init, signal: undefined } : init);
    };
    const el = await fixture<JourneyMap>(html`<journey-map></journey-map>`);
    const loads = record<CustomEvent<JourneyLoadDetail>>(el, 'journey-load');
    el.src = fixtureUrl('map/two-personas.en.json');
    await el.updateComplete;
    el.src = fixtureUrl('map/no-personas.en.json');
    await waitUntil(() => loads.length === 1, 'the newer src loads');
    await new Promise((r) => setTimeout(r, 450));
    expect(signals[0]!.aborted).to.equal(true);
    expect(loads.map((e) => e.detail.journey.title)).to.deep.equal(['Paying a parking fine']);
    expect(title(el)).to.equal('Paying a parking fine');
  });

  it('reads an inline <script type="application/json"> on connect and when it changes', async () => {
    const journey = await fixtureJson('map/no-personas.en.json');
    const el = document.createElement('journey-map');
    el.append(inlineScript(JSON.stringify(journey)));
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const loaded = oneEvent(el, 'journey-load');
    host.append(el);
    await loaded;
    await settle(el);
    expect(title(el)).to.equal('Paying a parking fine');
    expect(deepText(el.shadowRoot!)).to.contain('Finds the letter');

    const next = oneEvent(el, 'journey-load');
    el.querySelector('script')!.textContent = JSON.stringify({ ...journey, title: 'Edited in the CMS' });
    await next;
    await settle(el);
    expect(title(el)).to.equal('Edited in the CMS');

    // A script added after the element (HTML still parsing, a CMS editor) is read too.
    const later = document.createElement('journey-map');
    host.append(later);
    await later.updateComplete;
    const third = oneEvent(later, 'journey-load');
    later.append(inlineScript(JSON.stringify({ ...journey, title: 'Added later' })));
    await third;
    await settle(later);
    expect(title(later)).to.equal('Added later');
  });

  it('prefers the property over src, and src over inline JSON', async () => {
    const base = await fixtureJson('map/no-personas.en.json');
    const el = document.createElement('journey-map');
    el.append(inlineScript(JSON.stringify({ ...base, title: 'Inline' })));
    el.src = fixtureUrl('map/two-personas.en.json');
    el.journey = { ...base, title: 'Property' };
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.append(el);
    await settle(el);
    await new Promise((r) => setTimeout(r, 100));
    expect(title(el)).to.equal('Property');

    const fromSrc = oneEvent(el, 'journey-load');
    el.journey = null;
    await fromSrc;
    await settle(el);
    expect(title(el)).to.equal('Renewing a library card');

    const fromInline = oneEvent(el, 'journey-load');
    el.src = null;
    await fromInline;
    await settle(el);
    expect(title(el)).to.equal('Inline');
  });

  it('keeps the previous map on an invalid journey, shows an expandable notice and fires journey-error', async () => {
    const el = await mapFixture(await fixtureJson('map/no-personas.en.json'));
    setTimeout(() => (el.journey = JSON.parse(JSON.stringify({ version: 2, title: 'Bad', stages: [], touchpoints: [] })) as Journey));
    const { problems } = (await oneEvent(el, 'journey-error')).detail as JourneyErrorDetail;
    expect(problems.length).to.be.greaterThan(0);
    await settle(el);
    expect(title(el)).to.equal('Paying a parking fine');
    expect(deepText(el.shadowRoot!)).to.contain('Finds the letter');
    const notice = el.shadowRoot!.querySelector('[part~="error"]')!;
    expect(notice.textContent).to.contain(`The journey could not be shown: ${problems.length} problem`);
    const toggle = notice.querySelector('button')!;
    const list = notice.querySelector('ul')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(list.hidden).to.equal(true);
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(list.hidden).to.equal(false);
    for (const p of problems) expect(list.textContent).to.contain(p.message);
    expect(list.textContent).to.contain('/version');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('could not be shown');

    // A good journey clears the notice.
    el.journey = await fixtureJson('map/two-personas.en.json');
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
  });

  it('never throws on garbage in the journey property: a number, null, a cyclic object', async () => {
    const el = await mapFixture(await fixtureJson('map/no-personas.en.json'));
    const errors = record<CustomEvent<JourneyErrorDetail>>(el, 'journey-error');
    const uncaught: unknown[] = [];
    const onError = (e: ErrorEvent) => uncaught.push(e.error);
    window.addEventListener('error', onError);
    try {
      el.journey = 42 as unknown as Journey;
      await settle(el);
      const cyclic: Record<string, unknown> = { version: 1, title: 'Loop', stages: [{ id: 's', name: 'S' }], touchpoints: [] };
      cyclic['self'] = cyclic;
      el.journey = cyclic as unknown as Journey;
      await settle(el);
      el.journey = null;
      await settle(el);
      el.journey = 'not json at all {' as unknown as Journey;
      await settle(el);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(uncaught).to.deep.equal([]);
    expect(errors).to.have.length(3);
    for (const e of errors) expect(e.detail.problems.length).to.be.greaterThan(0);
  });

  it('fires no user-action events when properties change', async () => {
    const el = await fixture<JourneyMap>(html`<journey-map></journey-map>`);
    const events = record(el, 'persona-change', 'touchpoint-select');
    el.journey = await fixtureJson('map/two-personas.en.json');
    await settle(el);
    el.persona = 'ines';
    await settle(el);
    el.setAttribute('persona', 'olav');
    await settle(el);
    el.focusTouchpoint('desk');
    el.lanes = 'emotions';
    await settle(el);
    expect(events).to.deep.equal([]);
  });
});

describe('journey-map with an empty src', () => {
  it('treats src="" as no source: the inline journey shows, nothing is fetched, no error', async () => {
    const errors = [] as Event[];
    const wrapper = await fixture<HTMLDivElement>(html`<div @journey-error=${(e: Event) => errors.push(e)}>
      <journey-map src=""><script type="application/json">{"version":1,"title":"Inline","stages":[{"id":"s","name":"S"}],"touchpoints":[{"id":"t","stage":"s","title":"T"}]}</script></journey-map>
    </div>`);
    const el = wrapper.querySelector('journey-map')!;
    await settle(el);
    expect(el.shadowRoot!.querySelector('.title')!.textContent).to.equal('Inline');
    expect(errors).to.have.length(0);
    expect(el.shadowRoot!.querySelector('[part~="loading"]')).to.equal(null);
  });
});
