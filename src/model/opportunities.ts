/**
 * Opportunities across a journey, for the impact × effort matrix and its ranked list: each with
 * its touchpoint, stage, status and the pain points it answers, ranked by impact over effort.
 *
 * @module
 */
import type { Journey, Opportunity, OpportunityStatus, PainPoint, Stage, Touchpoint } from './types.js';

/** The four quadrants of an impact × effort matrix. */
export const QUADRANTS = ['quick-win', 'major-project', 'fill-in', 'thankless'] as const;

/**
 * A quadrant: `quick-win` (high impact, low effort), `major-project` (high impact, high effort),
 * `fill-in` (low impact, low effort), `thankless` (low impact, high effort).
 */
export type Quadrant = (typeof QUADRANTS)[number];

/**
 * Where the quadrants split on the 1–5 scales. A value on the split counts as high: impact 3 is
 * worth doing, effort 3 is real work, so 3 × 3 is a major project rather than a quick win.
 */
export const QUADRANT_SPLIT = 3;

/** One opportunity of a journey, with where it sits and what it answers. */
export interface OpportunityEntry {
  /** The opportunity's `id`, else `<touchpoint id>/<index>`: unique in the journey. */
  key: string;
  /** The opportunity as the journey has it (a string or an object). */
  opportunity: Opportunity;
  text: string;
  impact: number | undefined;
  effort: number | undefined;
  owner: string | undefined;
  /** Its status; `open` when not given. */
  status: OpportunityStatus;
  touchpoint: Touchpoint;
  stage: Stage;
  /** Index in the touchpoint's `opportunities`. */
  index: number;
  /** The touchpoint's pain points named by `addresses`, in that order. */
  painPoints: PainPoint[];
  /** Its quadrant, when it has both impact and effort. */
  quadrant: Quadrant | undefined;
}

/** The quadrant of an impact and an effort (1–5), split at {@link QUADRANT_SPLIT}. */
export function opportunityQuadrant(impact: number, effort: number): Quadrant {
  const high = impact >= QUADRANT_SPLIT;
  const costly = effort >= QUADRANT_SPLIT;
  return high ? (costly ? 'major-project' : 'quick-win') : costly ? 'thankless' : 'fill-in';
}

/** Every opportunity of `journey`, in stage order, then touchpoint order, then list order. */
export function listOpportunities(journey: Pick<Journey, 'stages' | 'touchpoints'>): OpportunityEntry[] {
  const out: OpportunityEntry[] = [];
  for (const stage of journey.stages) {
    for (const touchpoint of journey.touchpoints) {
      if (touchpoint.stage !== stage.id) continue;
      (touchpoint.opportunities ?? []).forEach((opportunity, index) => {
        const o = typeof opportunity === 'string' ? { text: opportunity } : opportunity;
        const pains = touchpoint.painPoints ?? [];
        const rated = o.impact !== undefined && o.effort !== undefined;
        out.push({
          key: o.id ?? `${touchpoint.id}/${index}`,
          opportunity,
          text: o.text,
          impact: o.impact,
          effort: o.effort,
          owner: o.owner,
          status: o.status ?? 'open',
          touchpoint,
          stage,
          index,
          painPoints: (o.addresses ?? []).filter((i) => i >= 0 && i < pains.length).map((i) => pains[i]),
          quadrant: rated ? opportunityQuadrant(o.impact!, o.effort!) : undefined,
        });
      });
    }
  }
  return out;
}

/** How a ranked list is ordered. */
export type OpportunityRanking = 'ratio' | 'impact' | 'effort';

/**
 * `entries` ranked, best first: by impact ÷ effort (`ratio`, the default), by impact (highest
 * first) or by effort (lowest first); ties keep journey order. Entries without impact or effort
 * (whichever the ranking needs) come last, in journey order.
 */
export function rankOpportunities(entries: readonly OpportunityEntry[], by: OpportunityRanking = 'ratio'): OpportunityEntry[] {
  const score = (e: OpportunityEntry): number | undefined => {
    if (by === 'impact') return e.impact;
    if (by === 'effort') return e.effort === undefined ? undefined : -e.effort;
    return e.impact === undefined || e.effort === undefined ? undefined : e.impact / e.effort;
  };
  return entries
    .map((entry, order) => ({ entry, order, score: score(entry) }))
    .sort((a, b) => {
      if (a.score === undefined || b.score === undefined) return a.score === b.score ? a.order - b.order : a.score === undefined ? 1 : -1;
      return b.score - a.score || (by === 'ratio' ? (b.entry.impact ?? 0) - (a.entry.impact ?? 0) : 0) || a.order - b.order;
    })
    .map((x) => x.entry);
}
