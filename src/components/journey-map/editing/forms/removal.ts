/** Removing a stage or a persona that still has touchpoints: the choice the model's `removeStage` and `removePersona` need. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Journey } from '../../../../model/core.js';
import type { EditResult, RemoveOptions } from '../../../../model/edit/operations.js';
import { problemText, selectField } from './controls.js';
import type { FormApi } from './form-api.js';

/** What the choice select holds: `move:<id>` or `remove`. */
export function removeOptionsOf(choice: string | undefined): RemoveOptions {
  if (choice === 'remove') return { removeTouchpoints: true };
  return choice?.startsWith('move:') ? { moveTouchpointsTo: choice.slice(5) } : {};
}

/**
 * The removal part of a form: when the plain removal would be refused because the item still has
 * touchpoints, a select of where they go (another stage or persona, or removed too); then the
 * Remove button. A refusal shows beside the button.
 */
export function removal(
  f: FormApi,
  o: { key: string; name: string; label: string; others: readonly { id: string; name: string }[]; remove: (journey: Journey, options: RemoveOptions) => EditResult },
): TemplateResult {
  const needsChoice = !o.remove(f.journey, {}).applied && o.remove(f.journey, { removeTouchpoints: true }).applied;
  const click = (event: Event): void => {
    // The choice is the select's own state: it is no part of the journey.
    const choice = (event.currentTarget as HTMLElement).closest('.form-actions')?.querySelector('select')?.value;
    f.remove(o.key, o.name, (journey) => o.remove(journey, needsChoice ? removeOptionsOf(choice) : {}));
  };
  return html`<div class="form-actions">
    ${needsChoice
      ? selectField(f, {
          key: `${o.key}/choice`,
          label: f.words.itsTouchpoints,
          value: o.others[0] ? `move:${o.others[0].id}` : 'remove',
          options: [...o.others.map((other) => [`move:${other.id}`, f.words.moveTouchpointsTo(f.isolate(other.name))] as const), ['remove', f.words.removeTouchpointsToo]],
          onChange: () => undefined,
        })
      : nothing}
    <button type="button" class="danger" data-key=${o.key} aria-describedby=${f.problems(o.key).length > 0 ? `${f.id(o.key)}-problem` : nothing} @click=${click}>${o.label}</button>
    ${problemText(f, o.key)}
  </div>`;
}
