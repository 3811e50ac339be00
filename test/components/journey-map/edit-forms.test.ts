/**
 * `<journey-map editable>` edit forms: the touchpoint form in the details panel (Enter, F2), the
 * stage and persona forms, add buttons; typing with real keys, the patch of each commit, undo,
 * refused values kept as typed with the validator's message beside them, focus and names.
 */
import { expect } from '@open-wc/testing';
import { a11ySnapshot, sendKeys, setViewport } from '@web/test-runner-commands';
import type { JourneyChangeDetail } from '../../../src/components/journey-map/journey-map.js';
import { applyPatch } from '../../../src/model/edit/patch.js';
import type { Journey } from '../../../src/model/index.js';
import { active, axAll, editableMap, fixtureJson, liveText, panel, press, record, settle, type AxNode, type JourneyMap } from './helpers.js';

/** Text without the bidi isolation marks a left-to-right map may add. */
const plain = (text: string): string => text.replace(/[\u2066-\u2069]/g, '');
const field = (el: JourneyMap, key: string): HTMLInputElement => el.shadowRoot!.querySelector<HTMLInputElement>(`[data-key="${CSS.escape(key)}"]`)!;
const problemOf = (el: JourneyMap, input: HTMLElement): string => {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id.endsWith('-problem'));
  return ids.map((id) => el.shadowRoot!.getElementById(id)?.textContent ?? '').join(' ').replace(/\s+/g, ' ').trim();
};
const tpOf = (journey: Journey, id: string) => journey.touchpoints.find((t) => t.id === id)!;

/** Opens a touchpoint's form with a real key on its cell. */
async function openForm(el: JourneyMap, id: string, key = 'Enter'): Promise<void> {
  el.focusTouchpoint(id);
  await press(key);
  await settle(el);
}

/** Selects a field's text and types over it with real keys. */
async function typeInto(el: JourneyMap, input: HTMLElement, text: string): Promise<void> {
  input.focus();
  await press('Control+a');
  await sendKeys({ type: text });
  await settle(el);
}

describe('journey-map edit forms', () => {
  let journey: Journey;
  before(async () => {
    journey = await fixtureJson('map/two-personas.en.json');
  });
  afterEach(async () => {
    await setViewport({ width: 1280, height: 800 });
  });

  for (const key of ['Enter', 'F2']) {
    it(`opens the touchpoint form with ${key}, focus on the title; Escape closes it, focus back on the cell`, async () => {
      const el = await editableMap(journey);
      await openForm(el, 'portal', key);
      const form = panel(el)!;
      expect(form.getAttribute('role')).to.equal('dialog');
      expect(form.querySelector('[data-form="tp:portal"]')).to.not.equal(null);
      expect(active(el)).to.equal(field(el, 'tp:portal/title'));
      expect(field(el, 'tp:portal/title').value).to.equal('Renews on the portal');
      await press('Escape');
      await settle(el);
      expect(panel(el)).to.equal(null);
      expect(active(el)!.dataset['id']).to.equal('portal');
    });
  }

  it('commits typing as one undo step, each keystroke a journey-change with its patch and inverse', async () => {
    const el = await editableMap(journey);
    await openForm(el, 'portal');
    const changes = record<CustomEvent<JourneyChangeDetail>>(el, 'journey-change');
    await typeInto(el, field(el, 'tp:portal/title'), 'Renews online');
    expect(changes.length).to.equal('Renews online'.length);
    const last = changes[changes.length - 1]!.detail;
    expect(last.ops).to.deep.equal([{ op: 'replace', path: '/touchpoints/1/title', value: 'Renews online' }]);
    expect(applyPatch(last.journey, last.inverse).journey.touchpoints[1]!.title).to.equal('Renews onlin');
    expect(el.shadowRoot!.querySelector('.cell[data-id="portal"]')!.textContent).to.contain('Renews online');
    await press('Tab');
    await settle(el);
    expect(liveText(el)).to.equal('Title changed');
    expect(el.undo()).to.equal(true);
    await settle(el);
    expect(tpOf(changes[changes.length - 1]!.detail.journey, 'portal').title, 'one undo step back to the start').to.equal('Renews on the portal');
    expect(field(el, 'tp:portal/title').value, 'the form shows the journey after undo').to.equal('Renews on the portal');
    expect(el.redo()).to.equal(true);
    await settle(el);
    expect(field(el, 'tp:portal/title').value).to.equal('Renews online');
  });

  it('refuses an empty title: the message beside the field, aria-invalid, nothing committed, the text kept', async () => {
    const el = await editableMap(journey);
    await openForm(el, 'portal');
    const changes = record(el, 'journey-change');
    const title = field(el, 'tp:portal/title');
    title.focus();
    await press('Control+a');
    await press('Backspace');
    await press('Enter');
    await settle(el);
    expect(changes).to.have.length(0);
    expect(title.getAttribute('aria-invalid')).to.equal('true');
    expect(problemOf(el, title)).to.equal('! Problem: Title is required');
    expect(title.value).to.equal('');
    expect(el.toJSON()!.touchpoints[1]!.title).to.equal('Renews on the portal');
  });

  it('refuses a javascript: link, a bad emotion and a word for a number with the validator’s words; the typed text stays', async () => {
    const el = await editableMap(journey);
    await openForm(el, 'portal');
    const changes = record(el, 'journey-change');
    const url = field(el, 'tp:portal/url');
    await typeInto(el, url, 'javascript:alert(1)');
    await press('Tab');
    await settle(el);
    expect(url.value).to.equal('javascript:alert(1)');
    expect(url.getAttribute('aria-invalid')).to.equal('true');
    expect(problemOf(el, url)).to.contain('the scheme "javascript:" is not allowed');
    const emotion = field(el, 'tp:portal/emotion');
    await typeInto(el, emotion, '9');
    await press('Tab');
    await settle(el);
    expect(problemOf(el, emotion)).to.contain('outside the emotion scale');
    expect(emotion.value).to.equal('9');
    await typeInto(el, field(el, 'tp:portal/evidence/sampleSize'), 'forty');
    await press('Tab');
    await settle(el);
    expect(problemOf(el, field(el, 'tp:portal/evidence/sampleSize'))).to.contain('Sample size must be a number');
    expect(changes, 'nothing refused was committed').to.have.length(0);
    // Fixing the value commits it and clears the problem.
    await typeInto(el, url, 'https://example.org/renew');
    await press('Tab');
    await settle(el);
    expect(url.hasAttribute('aria-invalid')).to.equal(false);
    expect(el.toJSON()!.touchpoints[1]!.url).to.equal('https://example.org/renew');
  });

  it('keeps hostile markup typed into fields as text', async function () {
    // About 300 real key presses: on a busy machine that alone can pass the default 10 s.
    this.timeout(40000);
    const el = await editableMap(journey);
    await openForm(el, 'portal');
    const hostile = '<img src=x onerror="window.__formPwned=1">';
    for (const key of ['tp:portal/title', 'tp:portal/description', 'tp:portal/emotionLabel', 'tp:portal/channel', 'tp:portal/painPoints/0/text', 'tp:portal/actions/0', 'tp:portal/evidence/source']) {
      await typeInto(el, field(el, key), hostile);
    }
    await press('Tab');
    await settle(el);
    const tp = el.toJSON()!.touchpoints[1]!;
    expect(tp.title).to.equal(hostile);
    expect(tp.description).to.equal(hostile);
    expect(tp.actions![0]).to.equal(hostile);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { __formPwned?: unknown }).__formPwned).to.equal(undefined);
  });

  it('moves a touchpoint to another stage with the stage select; an unknown stage is refused', async () => {
    const el = await editableMap(journey);
    await openForm(el, 'portal');
    const changes = record<CustomEvent<JourneyChangeDetail>>(el, 'journey-change');
    const select = field(el, 'tp:portal/stage') as unknown as HTMLSelectElement;
    select.focus();
    select.value = 'use';
    select.dispatchEvent(new Event('change'));
    await settle(el);
    expect(changes).to.have.length(1);
    expect(tpOf(changes[0]!.detail.journey, 'portal').stage).to.equal('use');
    expect(liveText(el)).to.equal('Stage changed');
  });

  it('adds, moves and removes list items with buttons named by the item; focus follows', async () => {
    const el = await editableMap(journey);
    await openForm(el, 'portal');
    const removeName = field(el, 'tp:portal/painPoints/1/remove').getAttribute('aria-label');
    expect(plain(removeName!)).to.equal('Remove pain point 2: Slow page');
    field(el, 'tp:portal/painPoints/add').focus();
    await press('Enter');
    await settle(el);
    expect(active(el)).to.equal(field(el, 'tp:portal/painPoints/2/text'));
    expect(liveText(el)).to.equal('Added pain point 3');
    await sendKeys({ type: 'Fee is hidden' });
    await settle(el);
    field(el, 'tp:portal/painPoints/2/up').focus();
    await press('Enter');
    await settle(el);
    expect(el.toJSON()!.touchpoints[1]!.painPoints!.map((p) => (typeof p === 'string' ? p : p.text))).to.deep.equal(['Password reset loop', 'Fee is hidden', 'Slow page']);
    expect(active(el)).to.equal(field(el, 'tp:portal/painPoints/1/up'));
    expect(liveText(el)).to.equal('Moved pain point 3 to place 2');
    field(el, 'tp:portal/painPoints/0/remove').focus();
    await press('Enter');
    await settle(el);
    expect(el.toJSON()!.touchpoints[1]!.painPoints).to.have.length(2);
    expect(active(el)).to.equal(field(el, 'tp:portal/painPoints/0/remove'));
    expect(liveText(el)).to.equal('Removed pain point 1');
    // The accessibility tree names the controls.
    const tree = (await a11ySnapshot({})) as unknown as AxNode;
    const names = axAll(tree, (n) => ['textbox', 'button', 'combobox', 'group'].includes(n.role)).map((n) => n.name);
    expect(names).to.include.members(['Title', 'Description', 'Action 1', 'Severity', 'Add pain point', 'Remove touchpoint']);
    expect(names.some((n) => n.startsWith('Remove pain point 2: '))).to.equal(true);
  });

  it('edits an opportunity, a metric and the personas; a persona that does not exist cannot be ticked', async () => {
    const el = await editableMap(journey);
    await openForm(el, 'portal');
    await typeInto(el, field(el, 'tp:portal/opportunities/0/impact'), '5');
    await typeInto(el, field(el, 'tp:portal/metrics/0/value'), '9');
    await press('Tab');
    await settle(el);
    expect(problemOf(el, field(el, 'tp:portal/metrics/0/value'))).to.contain('csat runs from 1 to 5');
    await typeInto(el, field(el, 'tp:portal/metrics/0/value'), '3.5');
    const olav = field(el, 'tp:portal/persona/olav');
    olav.focus();
    await press('Space');
    await settle(el);
    const tp = el.toJSON()!.touchpoints[1]!;
    expect(tp.opportunities![0]).to.deep.include({ impact: 5 });
    expect(tp.metrics![0]!.value).to.equal(3.5);
    expect(tp.persona).to.deep.equal(['ines', 'olav']);
  });

  it('removes the touchpoint from its form with an Undo notice; undo brings it back', async () => {
    const el = await editableMap(journey);
    await openForm(el, 'desk');
    field(el, 'tp:desk/remove').focus();
    await press('Enter');
    await settle(el);
    expect(panel(el)).to.equal(null);
    expect(el.toJSON()!.touchpoints.map((t) => t.id)).to.not.include('desk');
    const notice = el.shadowRoot!.querySelector('[part~="edit-notice"]')!;
    expect(plain(notice.textContent!)).to.contain('Removed “Renews at the desk”');
    expect(active(el)!.getAttribute('role')).to.equal('gridcell');
    notice.querySelector('button')!.click();
    await settle(el);
    expect(el.toJSON()!.touchpoints.map((t) => t.id)).to.include('desk');
  });

  it('adds a touchpoint from a stage header button: its form opens with the title selected', async () => {
    const el = await editableMap(journey);
    const add = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.stage .add-touchpoint')[2]!;
    expect(plain(add.querySelector('.visually-hidden')!.textContent!)).to.equal('Add touchpoint to Later');
    add.click();
    await settle(el);
    await settle(el);
    const created = el.toJSON()!.touchpoints.find((t) => t.stage === 'later')!;
    expect(created.title).to.equal('New touchpoint');
    const title = field(el, `tp:${created.id}/title`);
    expect(active(el)).to.equal(title);
    await sendKeys({ type: 'Renews by phone' });
    await settle(el);
    expect(el.toJSON()!.touchpoints.find((t) => t.id === created.id)!.title).to.equal('Renews by phone');
  });

  it('edits a stage from its header with Enter: name, goals; removing it asks where its touchpoints go', async () => {
    const el = await editableMap(journey);
    el.focusTouchpoint('portal');
    await press('ArrowUp');
    await press('Enter');
    await settle(el);
    const stagePanel = el.shadowRoot!.querySelector('[part~="edit-panel"]')!;
    expect(stagePanel.getAttribute('role')).to.equal('dialog');
    expect(active(el)).to.equal(field(el, 'stage:renew/name'));
    await typeInto(el, field(el, 'stage:renew/name'), 'Renewal');
    expect(el.toJSON()!.stages[1]!.name).to.equal('Renewal');
    field(el, 'stage:renew/goals/add').focus();
    await press('Enter');
    await settle(el);
    await sendKeys({ type: 'Stay a member' });
    await settle(el);
    expect(el.toJSON()!.stages[1]!.goals).to.deep.equal(['Stay a member']);
    const choice = field(el, 'stage:renew/remove/choice') as unknown as HTMLSelectElement;
    expect(choice.value).to.equal('move:notice');
    choice.value = 'move:use';
    field(el, 'stage:renew/remove').click();
    await settle(el);
    const after = el.toJSON()!;
    expect(after.stages.map((s) => s.id)).to.deep.equal(['notice', 'later', 'use']);
    expect(tpOf(after, 'portal').stage).to.equal('use');
    expect(el.shadowRoot!.querySelector('[part~="edit-notice"]')!.textContent).to.contain('Removed');
    await press('Escape');
  });

  it('edits personas: a bad colour is refused with the validator’s message; add and remove a persona', async () => {
    const el = await editableMap(journey);
    const edit = field(el, 'tools/personas');
    edit.focus();
    await press('Enter');
    await settle(el);
    expect(active(el)).to.equal(field(el, 'persona:ines/name'));
    const color = field(el, 'persona:ines/color');
    await typeInto(el, color, 'url(javascript:x)');
    await press('Tab');
    await settle(el);
    expect(color.getAttribute('aria-invalid')).to.equal('true');
    expect(problemOf(el, color)).to.contain('is not a CSS colour');
    expect(el.toJSON()!.personas![0]!.color).to.equal(undefined);
    await typeInto(el, color, 'teal');
    expect(el.toJSON()!.personas![0]!.color).to.equal('teal');
    field(el, 'personas/add').focus();
    await press('Enter');
    await settle(el);
    expect(el.toJSON()!.personas).to.have.length(3);
    expect(active(el)).to.equal(field(el, 'persona:new-persona/name'));
    field(el, 'persona:new-persona/remove').focus();
    await press('Enter');
    await settle(el);
    expect(el.toJSON()!.personas).to.have.length(2);
    await press('Escape');
    await settle(el);
    expect(active(el)).to.equal(field(el, 'tools/personas'));
  });

  it('is accessible with the form open, in right-to-left and at 320 px', async () => {
    const el = await editableMap(journey);
    await openForm(el, 'portal');
    await expect(el).to.be.accessible();
    const rtl = await editableMap({ ...journey, dir: 'rtl' });
    await openForm(rtl, 'portal');
    expect(getComputedStyle(panel(rtl)!).direction).to.equal('rtl');
    await expect(rtl).to.be.accessible();
    await setViewport({ width: 320, height: 640 });
    const narrow = await editableMap(journey, { width: 320 });
    await openForm(narrow, 'portal');
    const sheet = panel(narrow)!;
    expect(sheet.classList.contains('sheet')).to.equal(true);
    const url = field(narrow, 'tp:portal/url');
    url.focus();
    await settle(narrow);
    const box = url.getBoundingClientRect();
    const frame = sheet.getBoundingClientRect();
    expect(box.top >= frame.top && box.bottom <= frame.bottom, 'the focused field is inside the sheet').to.equal(true);
    await expect(narrow).to.be.accessible();
  });
});
