/**
 * Collecting problems with a bounded result: whatever the input, `parseJourney` lists at most
 * {@link MAX_LISTED_PROBLEMS} problems, counts the rest per kind (one summary problem each), and
 * stops checking after {@link MAX_ERRORS_CHECKED} errors. A 3 MB file of 1,000,000 empty
 * touchpoints would otherwise produce 3,000,000 problems: gigabytes to hold, seconds to sort, and a
 * notice no one reads.
 *
 * @module
 */
import { shorten } from './describe.js';
import { formatJsonPointer } from './json-pointer.js';
import { tokensOf, type Path } from './plain-data.js';
import type { Problem } from './types.js';

/** Most problems listed one by one. */
export const MAX_LISTED_PROBLEMS = 100;

/** Most problems of one kind listed one by one, so that one kind cannot crowd out the others. */
export const MAX_LISTED_PER_KIND = 20;

/** Errors after which checking stops: the input is hopeless, and the first ones say why. */
export const MAX_ERRORS_CHECKED = 10_000;

/** Most summary problems; smaller kinds are folded into one last summary. */
const MAX_SUMMARIES = 20;

/** Most problems `parseJourney` returns: those listed, the summaries, the folded rest and the stop note. */
export const MAX_RETURNED_PROBLEMS = MAX_LISTED_PROBLEMS + MAX_SUMMARIES + 2;

/** Most kinds told apart; any further kind is counted with the "other" ones. */
const MAX_KINDS = 1_000;

/** Thrown by {@link Report} when {@link MAX_ERRORS_CHECKED} is reached; caught by `parseJourney`. */
export class StopChecking extends Error {}

/** A problem as found, located by a {@link Path}. */
export interface RawProblem {
  path: Path;
  message: string;
  severity: Problem['severity'];
}

/** The problems of one kind that were not listed. */
interface Tally {
  severity: Problem['severity'];
  /** How many of this kind were found, listed or not. */
  found: number;
  omitted: number;
  /** The first omitted problem's message and location. */
  sample?: RawProblem;
  /** Longest location holding every omitted problem of this kind (root first). */
  common: string[] | null;
}

/**
 * What makes two problems "the same kind": the severity and the message with its quoted values
 * and numbers taken out (`id "a" is already used…` and `id "b" is already used…` are one kind).
 */
function kindOf(severity: Problem['severity'], message: string): string {
  return severity + ':' + message.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/[0-9]+/g, '#');
}

function commonPrefix(a: string[], b: string[]): string[] {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n === a.length ? a : a.slice(0, n);
}

/** `1234567` → `1,234,567` (the messages are English). */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export class Report {
  /** The problems listed one by one, in the order found. */
  readonly items: RawProblem[] = [];
  /** Every error found, listed or not. */
  errors = 0;
  /** Whether checking stopped at {@link MAX_ERRORS_CHECKED}. */
  stopped = false;
  readonly #tallies = new Map<string, Tally>();

  error(path: Path, message: string): void {
    this.#add({ path, message, severity: 'error' });
    if (this.errors >= MAX_ERRORS_CHECKED) {
      this.stopped = true;
      throw new StopChecking();
    }
  }

  warn(path: Path, message: string): void {
    this.#add({ path, message, severity: 'warning' });
  }

  #add(problem: RawProblem): void {
    if (problem.severity === 'error') this.errors++;
    let key = kindOf(problem.severity, problem.message);
    if (!this.#tallies.has(key) && this.#tallies.size >= MAX_KINDS) key = `${problem.severity}:other`;
    let tally = this.#tallies.get(key);
    if (!tally) {
      tally = { severity: problem.severity, found: 0, omitted: 0, common: null };
      this.#tallies.set(key, tally);
    }
    tally.found++;
    if (tally.found <= MAX_LISTED_PER_KIND && this.items.length < MAX_LISTED_PROBLEMS) {
      this.items.push(problem);
      return;
    }
    tally.omitted++;
    tally.sample ??= problem;
    const tokens = tokensOf(problem.path);
    tally.common = tally.common === null ? tokens : commonPrefix(tally.common, tokens);
  }

  /**
   * What was not listed: one summary per kind (largest first, at most {@link MAX_SUMMARIES}, the
   * rest folded into one), then a note when checking stopped early.
   */
  summaries(): Problem[] {
    const cut = [...this.#tallies.values()].filter((t) => t.omitted > 0).sort((a, b) => b.omitted - a.omitted);
    const out: Problem[] = cut.slice(0, MAX_SUMMARIES).map((t) => {
      const sample = t.sample as RawProblem;
      const first = shorten(formatJsonPointer(tokensOf(sample.path)), 80) || 'the whole journey';
      return {
        path: formatJsonPointer(t.common ?? []),
        message: `${formatCount(t.omitted)} more ${t.severity === 'error' ? 'errors' : 'warnings'} like this one are not listed (the first at ${first}): ${sample.message}`,
        severity: t.severity,
        omitted: t.omitted,
      };
    });
    const rest = cut.slice(MAX_SUMMARIES);
    if (rest.length > 0) {
      const omitted = rest.reduce((n, t) => n + t.omitted, 0);
      out.push({
        path: '',
        message: `${formatCount(omitted)} more problems of ${formatCount(rest.length)} other kinds are not listed`,
        severity: rest.some((t) => t.severity === 'error') ? 'error' : 'warning',
        omitted,
      });
    }
    if (this.stopped) {
      out.push({
        path: '',
        message: `checking stopped after ${formatCount(MAX_ERRORS_CHECKED)} errors; the rest of the journey was not checked, so there may be more. Fix these and check again.`,
        severity: 'error',
      });
    }
    return out;
  }
}
