/**
 * The edit forms' rules as pure functions (no DOM): how typed text becomes a field's value, which
 * of the model's problems belong to a field, and what a list item says about itself.
 */
import type { Metric, Opportunity, PainPoint, Problem, Touchpoint } from '../../../../model/core.js';
import type { ListItem } from '../../../../model/edit/operations.js';

/** A number typed into a field: `undefined` for empty (the field is removed), `null` when it is not a number. */
export function parseNumber(text: string): number | undefined | null {
  const trimmed = text.trim().replace(/\u2212/g, '-').replace(',', '.');
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

/** An optional text field: empty (or only spaces) removes it. */
export const optionalText = (text: string): string | undefined => (text.trim() === '' ? undefined : text);

/**
 * The errors of a refused edit that belong to one field: those whose JSON Pointer path names the
 * field (`painPoints/1/severity` matches `/touchpoints/3/painPoints/1/severity` and anything under
 * it). When none does (the validator blamed a neighbour, as an emotion outside its range), every
 * error of the edit, so a refused value is never left unexplained. Warnings are not errors.
 */
export function problemsOf(problems: readonly Problem[], field: string): string[] {
  const errors = problems.filter((p) => p.severity === 'error');
  const suffix = `/${field}`;
  const located = errors.filter((p) => p.path.endsWith(suffix) || p.path.includes(`${suffix}/`));
  return (located.length > 0 ? located : errors).map((p) => p.message);
}

/** The text of a pain point, opportunity, metric or string item. */
export function itemText(item: unknown): string {
  if (typeof item === 'string') return item;
  if (typeof item === 'object' && item !== null) {
    const record = item as Record<string, unknown>;
    const text = record['text'] ?? record['label'] ?? record['kind'];
    if (typeof text === 'string') return text;
  }
  return '';
}

/** A pain point with a new text or severity; a plain string stays a string while it has no severity. */
export function painPointWith(item: PainPoint, changes: { text?: string; severity?: string }): PainPoint {
  const base = typeof item === 'string' ? { text: item } : { ...item };
  const text = changes.text ?? base.text;
  const severity = 'severity' in changes ? changes.severity || undefined : base.severity;
  if (severity === undefined) return typeof item === 'string' ? text : withoutUndefined({ ...base, text, severity: undefined });
  return { ...base, text, severity: severity as Exclude<PainPoint, string>['severity'] };
}

/** An opportunity with changed fields; a plain string stays a string while it has nothing else. */
export function opportunityWith(item: Opportunity, changes: Partial<Record<'text' | 'owner', string | undefined> & Record<'impact' | 'effort', number | undefined>>): Opportunity {
  const base = typeof item === 'string' ? { text: item } : { ...item };
  const next = withoutUndefined({ ...base, ...changes });
  if (typeof item === 'string' && Object.keys(next).length === 1) return next.text;
  return next;
}

/** A metric with changed fields; optional ones set to `undefined` are dropped. */
export function metricWith(item: Metric, changes: Partial<Metric>): Metric {
  return withoutUndefined({ ...item, ...changes });
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** A new, empty item of a list: text lists and pain points and opportunities start as empty text; a metric needs a kind and a value. */
export function newItem(list: string): ListItem {
  return list === 'metrics' ? { kind: 'csat', value: 3 } : '';
}

/** The personas a touchpoint names, as a list (none = every persona). */
export function personasOf(tp: Touchpoint): string[] {
  return typeof tp.persona === 'string' ? [tp.persona] : Array.isArray(tp.persona) ? [...tp.persona] : [];
}

/** The `persona` field for a set of ticked personas, in the journey's order: none ticked removes it. */
export function personaField(ticked: readonly string[], order: readonly string[]): string[] | undefined {
  const chosen = order.filter((id) => ticked.includes(id));
  return chosen.length === 0 ? undefined : chosen;
}

/** The id of what an add operation added (a touchpoint, stage or persona; a first persona comes as a list of one). */
export function addedId(ops: readonly { op: string; value?: unknown }[]): string | undefined {
  const added = ops.find((op) => op.op === 'add')?.value;
  const item: unknown = Array.isArray(added) ? added[0] : added;
  const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}
