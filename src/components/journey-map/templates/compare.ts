/**
 * What a comparison with a baseline journey shows on the map (`docs/compare.md`): the summary
 * above it, the mark and change words in each touchpoint cell, a removed stage's mark, and the
 * two panes side by side. Functions of their inputs, no state; the words are the catalogue's.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocaleController } from '../../../i18n/index.js';
import type { ChangeKind } from '../../../i18n/messages.js';
import type { FieldChange, JourneyComparison, MetricDelta, TouchpointComparison } from '../../../model/compare.js';
import type { Journey } from '../../../model/core.js';
import type { Theme } from '../../../theme/index.js';
import type { EmotionLine, MapColumn, StageSpan } from '../layout.js';

/** What the grid needs while comparing. */
export interface CompareGrid {
  /** Changes whenever anything below does: the cells' guards include it. */
  key: unknown;
  /** The mark and change words of a touchpoint's cell. */
  note: (col: MapColumn) => TemplateResult | typeof nothing;
  /** The mark of a stage only the baseline has, or one only the current journey has. */
  stageNote: (span: StageSpan, id: string) => TemplateResult | typeof nothing;
  /** The baseline's emotion lines, drawn dotted over the current ones (overlay only). */
  baselineLines: readonly EmotionLine[];
}

type Marked = Exclude<ChangeKind, 'unchanged'>;

/** A mark's shape, so it is never told by colour alone (and prints in black and white). */
const SHAPES: Record<Marked, string> = { added: '+', removed: '−', moved: '⇄', changed: '△' };

/** The marks of one touchpoint, in the order they are said. */
export function marksOf(t: TouchpointComparison): Marked[] {
  if (t.kind !== 'kept') return [t.kind];
  const marks: Marked[] = [];
  if (t.moved) marks.push('moved');
  if (t.changes.length > 0) marks.push('changed');
  return marks;
}

/** A metric's name (the label isolated for a line in `dir`) and a value of it, formatted by its kind and the locale. */
function formatted(i18n: LocaleController, dir: 'ltr' | 'rtl', m: { kind: string; label: string | undefined }, value: number) {
  // formatMetric isolates a label for the locale's direction; the map's may differ.
  const f = i18n.formatMetric({ kind: m.kind, value });
  return { name: m.label !== undefined ? i18n.isolate(m.label, dir) : f.name, value: f.value };
}

/** One change in words: "Customer effort 6.1 → 2.4, lower is better: improved", "Emotion −3 → 1". */
export function changeWords(change: FieldChange, i18n: LocaleController, dir: 'ltr' | 'rtl'): string[] {
  const msg = i18n.msg;
  const p = msg.punctuation;
  switch (change.field) {
    case 'title':
    case 'name':
      return [msg.titleChange(i18n.isolate(change.from, dir), i18n.isolate(change.to, dir))];
    case 'emotion':
      if (change.from !== undefined && change.to !== undefined) return [msg.emotionChange(change.from, change.to)];
      return [`${msg.emotion}${p.colon}${msg.changeKinds[change.to === undefined ? 'removed' : 'added']}`];
    case 'metric': {
      if (change.from !== undefined && change.to !== undefined && change.verdict !== 'added' && change.verdict !== 'removed') {
        const from = formatted(i18n, dir, change, change.from);
        const to = formatted(i18n, dir, change, change.to);
        return [msg.metricChange(from.name, from.value, to.value, change.direction, change.verdict)];
      }
      const value = (change.to ?? change.from)!;
      const f = formatted(i18n, dir, change, value);
      return [`${f.name} ${f.value}${p.colon}${msg.changeKinds[change.to === undefined ? 'removed' : 'added']}`];
    }
    case 'pain-points':
      return [
        ...(change.solved.length > 0 ? [msg.painPointsSolved(change.solved.length)] : []),
        ...(change.new.length > 0 ? [msg.painPointsNew(change.new.length)] : []),
      ];
    case 'opportunity-status':
      return [msg.statusChange(i18n.isolate(change.text, dir), msg.opportunityStatuses[change.from], msg.opportunityStatuses[change.to])];
  }
}

/** A mark: its shape and its word (seen; the name has the words in one hidden run). */
function mark(kind: Marked, i18n: LocaleController): TemplateResult {
  return html`<span class="change-mark ${kind}"><span class="change-shape">${SHAPES[kind]}</span>${i18n.msg.changeKinds[kind]}</span>`;
}

/** A touchpoint's marks and changes as one run of words: "moved; changed: Emotion 0 → 1". */
export function noteWords(t: TouchpointComparison, i18n: LocaleController, dir: 'ltr' | 'rtl'): string {
  const p = i18n.msg.punctuation;
  const marks = marksOf(t).map((k) => i18n.msg.changeKinds[k]).join(p.listSeparator);
  const lines = t.changes.flatMap((c) => changeWords(c, i18n, dir));
  return lines.length > 0 ? `${marks}${p.colon}${lines.join(p.listSeparator)}` : marks;
}

/**
 * A touchpoint cell's note: its marks (a shape and a word each) and, for a changed one, each
 * change in words. Seen as a list; named as one hidden run of words after the cell's summary
 * (screen readers join hidden inline runs with odd spaces otherwise).
 */
export function renderNote(t: TouchpointComparison | undefined, i18n: LocaleController, dir: 'ltr' | 'rtl'): TemplateResult | typeof nothing {
  if (!t) return nothing;
  const marks = marksOf(t);
  if (marks.length === 0) return nothing;
  const lines = t.changes.flatMap((c) => changeWords(c, i18n, dir));
  return html`<span class="visually-hidden">${noteWords(t, i18n, dir)}</span>
    <div part="change" class="change ${marks.join(' ')}" data-change=${marks.join(' ')} aria-hidden="true">
      ${marks.map((k) => mark(k, i18n))}
      ${lines.length > 0 ? html`<ul class="change-lines">${lines.map((line) => html`<li>${line}</li>`)}</ul>` : nothing}
    </div>`;
}

/** A stage header's mark: a stage only the baseline has (a ghost) or only the current one. */
export function renderStageNote(kind: 'added' | 'removed' | null, id: string, i18n: LocaleController): TemplateResult | typeof nothing {
  if (!kind) return nothing;
  return html`<span class="visually-hidden" id=${id}>${i18n.msg.changeKinds[kind]}</span
    ><span part="change" class="change stage-change ${kind}" aria-hidden="true">${mark(kind, i18n)}</span>`;
}

/** Where a metric delta was measured, in words: the stage's name or the touchpoint's title. */
function ownerName(delta: MetricDelta, current: Journey, baseline: Journey, i18n: LocaleController, dir: 'ltr' | 'rtl'): string | null {
  const owner = delta.owner;
  if (owner.kind === 'journey') return null;
  if (owner.kind === 'touchpoint') {
    const tp = current.touchpoints.find((t) => t.id === owner.touchpoint);
    return tp ? i18n.isolate(tp.title, dir) : null;
  }
  const stage = current.stages.find((s) => s.id === owner.stage) ?? baseline.stages.find((s) => s.id === owner.stage);
  return stage ? i18n.isolate(stage.name, dir) : null;
}

/** The summary's items in words: counts, pain points, metric deltas; "No touchpoint changed" when nothing did. */
export function summaryItems(c: JourneyComparison, baseline: Journey, current: Journey, i18n: LocaleController, dir: 'ltr' | 'rtl'): string[] {
  const msg = i18n.msg;
  const s = c.summary;
  const counts = (['added', 'removed', 'moved', 'changed'] as const).filter((k) => s[k] > 0).map((k) => msg.changeCount(k, s[k]));
  const items = counts.length > 0 ? counts : [msg.noChanges];
  if (s.painPointsSolved > 0) items.push(msg.painPointsSolved(s.painPointsSolved));
  if (s.painPointsNew > 0) items.push(msg.painPointsNew(s.painPointsNew));
  for (const delta of s.metricDeltas) {
    const words = changeWords(delta, i18n, dir)[0]!;
    const owner = ownerName(delta, current, baseline, i18n, dir);
    items.push(owner ? `${owner}${msg.punctuation.colon}${words}` : words);
  }
  return items;
}

/** The summary as one sentence, for the live region. */
export function summarySentence(title: string, items: readonly string[], i18n: LocaleController): string {
  const p = i18n.msg.punctuation;
  return `${title}${p.colon}${items.join(p.listSeparator)}`;
}

/**
 * The summary above the map: what changed since the baseline, each item in words; in overlay the
 * key of the dotted baseline lines (`key`) after them.
 */
export function renderSummary(title: string, items: readonly string[], key: string | null): TemplateResult {
  return html`<section part="compare-summary" class="compare-summary" aria-labelledby="compare-summary-title">
    <p class="compare-title" id="compare-summary-title">${title}</p>
    <ul>
      ${items.map((item) => html`<li>${item}</li>`)}
    </ul>
    ${key
      ? html`<p class="compare-key"><svg class="key-line" aria-hidden="true" focusable="false" width="32" height="8"><line x1="2" y1="4" x2="30" y2="4"></line></svg>${key}</p>`
      : nothing}
  </section>`;
}

/** What the baseline pane passes on to its nested, read-only map. */
export interface BaselinePane {
  journey: Journey;
  label: string;
  locale: string;
  theme: Theme | undefined;
  density: string;
  lanes: string | null | undefined;
  persona: string | null | undefined;
  headingLevel: number;
  /** The nested map's events are its host's business: each is handled here and goes no further. */
  onCellFocus: (event: Event) => void;
  onPersonaChange: (event: Event) => void;
  onQuiet: (event: Event) => void;
}

/**
 * The two maps side by side (stacked when narrow): the baseline in a nested read-only
 * `<journey-map>`, the current one as the host draws it. The nested map's events stop at its
 * pane: a page listening to the host hears only the host's.
 */
export function renderPanes(pane: BaselinePane, current: unknown): TemplateResult {
  return html`<div class="compare-panes">
    <div class="panes">
      <div
        class="pane baseline-pane"
        @cell-focus=${pane.onCellFocus}
        @persona-change=${pane.onPersonaChange}
        @journey-load=${pane.onQuiet}
        @journey-error=${pane.onQuiet}
        @touchpoint-select=${pane.onQuiet}
      >
        <journey-map
          part="baseline-map"
          class="baseline-map"
          .journey=${pane.journey}
          grid-label=${pane.label}
          locale=${pane.locale}
          theme=${pane.theme ?? nothing}
          density=${pane.density}
          lanes=${pane.lanes ?? nothing}
          persona=${pane.persona ?? nothing}
          heading-level=${pane.headingLevel}
        ></journey-map>
      </div>
      <div class="pane current-pane">${current}</div>
    </div>
  </div>`;
}
