/**
 * The persona legend of `<journey-map>`: a radio group (WAI-ARIA APG radio group) with "All
 * personas" first and one option per persona. One tab stop, on the checked option; the arrow keys
 * (Left and Right mirrored in right-to-left maps) and Home/End move and check at once, as radio
 * buttons do, so there is always one obvious way back: "All personas".
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Messages } from '../../i18n/index.js';
import type { Persona } from '../../model/core.js';
import type { Theme } from '../../theme/index.js';

/** What the legend shows and how it reports a choice. */
export interface LegendContext {
  personas: readonly Persona[];
  /** The persona shown, `null` for all. */
  selected: string | null;
  msg: Messages;
  /** BCP 47 tag for the badges. */
  locale: string;
  theme: Theme | undefined;
  dir: 'ltr' | 'rtl';
  /** Called with the chosen persona (`null` for all) when it differs from `selected`. */
  onSelect: (persona: string | null) => void;
}

/** The option a key moves to among `count` options, wrapping; `null` when the key does not move. */
export function nextOption(index: number, count: number, key: string, dir: 'ltr' | 'rtl' = 'ltr'): number | null {
  if (count <= 0) return null;
  const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const backward = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case forward:
    case 'ArrowDown':
      return (index + 1) % count;
    case backward:
    case 'ArrowUp':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

function optionOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>('[role="radio"][data-persona]') : null;
}

const personaOf = (option: HTMLElement): string | null => option.dataset['persona'] || null;

/** The legend, or nothing for a journey without personas. */
export function renderLegend(ctx: LegendContext): TemplateResult {
  const { msg, selected } = ctx;
  const choose = (option: HTMLElement | null): void => {
    if (!option) return;
    const persona = personaOf(option);
    if (persona !== selected) ctx.onSelect(persona);
  };
  const onClick = (event: MouseEvent): void => choose(optionOf(event.target));
  const onKeydown = (event: KeyboardEvent): void => {
    const current = optionOf(event.target);
    if (!current || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === ' ') {
      event.preventDefault(); // a button would also click on Space's keyup; checking once is enough
      choose(current);
      return;
    }
    const options = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('[role="radio"][data-persona]')];
    const next = nextOption(options.indexOf(current), options.length, event.key, ctx.dir);
    if (next === null) return;
    event.preventDefault();
    options[next]!.focus();
    choose(options[next]!);
  };
  // A filter naming no persona of the journey shows everyone: then "All personas" holds the tab stop.
  const known = selected !== null && ctx.personas.some((p) => p.id === selected);
  const option = (persona: string | null, content: TemplateResult | string, title?: string): TemplateResult => {
    const checked = persona === selected || (persona === null && !known);
    return html`<button
      type="button"
      role="radio"
      data-persona=${persona ?? ''}
      aria-checked=${checked ? 'true' : 'false'}
      tabindex=${checked ? '0' : '-1'}
      title=${ifDefined(title)}
    >${content}</button>`;
  };
  return html`<div part="legend" class="legend" role="radiogroup" aria-label=${msg.persona} @click=${onClick} @keydown=${onKeydown}>
    ${option(null, msg.allPersonas)}
    ${ctx.personas.map((p) =>
      option(
        p.id,
        html`<persona-badge .persona=${p} size="s" locale=${ctx.locale} theme=${ifDefined(ctx.theme)}></persona-badge>`,
        msg.showOnly(p.name),
      ),
    )}
  </div>`;
}
