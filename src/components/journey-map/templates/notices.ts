/** The map's notices: loading, a source's problems, an unknown persona. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../../../i18n/index.js';
import type { Problem } from '../../../model/core.js';

export function renderLoading(msg: Messages): TemplateResult {
  return html`<div part="loading" class="loading" role="progressbar" aria-label=${msg.loading}>
    <span class="spinner"></span><span aria-hidden="true">${msg.loading}</span>
  </div>`;
}

/** How many problems a report stands for: a summary problem counts those it leaves out. */
export function problemTotal(problems: readonly Problem[]): number {
  return problems.reduce((sum, p) => sum + 1 + (p.omitted ?? 0), 0);
}

/**
 * A source's problems: the count, and the list behind a disclosure button. The validator bounds
 * the list (a hundred or so, with summaries), so it renders at once whatever the input.
 */
export function renderProblems(msg: Messages, problems: readonly Problem[], open: boolean, toggle: () => void): TemplateResult {
  return html`<div part="error" class="error">
    <p>${msg.invalid(problemTotal(problems))}</p>
    <button type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls="problems" @click=${toggle}>
      ${open ? msg.hideProblems : msg.showProblems}
    </button>
    <ul id="problems" ?hidden=${!open}>
      ${problems.map((p) => html`<li>${p.path ? html`<code>${p.path}</code>` : nothing}${p.message}</li>`)}
    </ul>
  </div>`;
}
