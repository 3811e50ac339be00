/** CMS authors coming from Mermaid paste their `journey` diagram inside the map unchanged. */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { JourneyErrorDetail } from '../../../src/components/journey-map/journey-map.js';
import { deepText, settle, type JourneyMap } from './helpers.js';

/** Mermaid's own documentation example, as a Mermaid user would paste it (also read by the Node tests). */
async function mermaidDocsExample(): Promise<string> {
  const response = await fetch('/__fixtures/interop/mermaid-docs.mmd');
  if (!response.ok) throw new Error(`fixture: HTTP ${response.status}`);
  return response.text();
}

function mermaidScript(text: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'text/x-mermaid';
  script.textContent = text;
  return script;
}

async function mapWith(script: HTMLScriptElement, event: string): Promise<{ el: JourneyMap; detail: unknown }> {
  const host = await fixture<HTMLDivElement>(html`<div style="width: 1200px"></div>`);
  const el = document.createElement('journey-map');
  el.append(script);
  const fired = oneEvent(el, event);
  host.append(el);
  const { detail } = await fired;
  await settle(el);
  return { el, detail };
}

describe('journey-map with an inline Mermaid diagram', () => {
  it('renders Mermaid\'s documentation example with no edits: sections as stages, actors as personas', async () => {
    const { el } = await mapWith(mermaidScript(await mermaidDocsExample()), 'journey-load');
    const text = deepText(el.shadowRoot!);
    expect(el.shadowRoot!.querySelector('[part~="header"] .title')?.textContent).to.equal('My working day');
    for (const name of ['Go to work', 'Go home', 'Make tea', 'Go upstairs', 'Do work', 'Go downstairs', 'Sit down']) {
      expect(text).to.contain(name);
    }
    const badges = [...el.shadowRoot!.querySelectorAll('persona-badge')].map((badge) => badge.persona?.name);
    expect(badges).to.include.members(['Me', 'Cat']);
  });

  it('reports an unreadable line with its line and column and shows no map', async () => {
    const { el, detail } = await mapWith(mermaidScript('journey\n  title Broken\n  section S\n    Task without score\n'), 'journey-error');
    const { problems } = detail as JourneyErrorDetail;
    expect(problems.length).to.be.greaterThan(0);
    expect(problems.some((problem) => /line 4/.test(problem.message))).to.equal(true, JSON.stringify(problems));
    expect(el.shadowRoot!.querySelector('[role="grid"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part~="error"]')).not.to.equal(null);
  });

  it('keeps markup in a Mermaid diagram as text', async () => {
    const diagram = 'journey\n  title <img src=x onerror="window.__pwned=1">\n  section <b>S</b>\n    <i>Task</i>: 3: <u>Me</u>';
    const { el } = await mapWith(mermaidScript(diagram), 'journey-load');
    expect(deepText(el.shadowRoot!)).to.contain('<i>Task</i>');
    expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('img[src="x"]')).to.equal(null);
  });
});
