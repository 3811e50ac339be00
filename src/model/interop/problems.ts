/**
 * Problems of the interop readers: located in the source text (a Mermaid line, a CSV row), and
 * the validator's problems mapped back to where their value came from.
 *
 * @module
 */
import { parseJsonPointer } from '../json-pointer.js';
import type { Problem } from '../types.js';

/** A place in the source a problem is moved to. */
export interface SourcePlace {
  /** 1-based line in the source text. */
  line: number;
  /** 1-based column (Mermaid: character; CSV: the column's index); absent when unknown. */
  column?: number;
  /** How the message names the place, e.g. `line 4, column 12` or `row 5, column "emotion"`. */
  label: string;
}

/** A problem found while reading the source, at `path: ""`, with its place in the message. */
export function problemAt(severity: Problem['severity'], place: SourcePlace, message: string): Problem {
  const problem: Problem = { path: '', message: `${place.label}: ${message}`, severity, line: place.line };
  if (place.column !== undefined) problem.column = place.column;
  return problem;
}

/** A Mermaid-style place: `line 4, column 12`. */
export function lineColumn(line: number, column: number): SourcePlace {
  return { line, column, label: `line ${line}, column ${column}` };
}

/**
 * Where the value at a JSON Pointer came from, given its tokens (e.g. `['touchpoints', '3',
 * 'stage']`); `undefined` when it did not come from one place (journey-level values).
 */
export type Locate = (tokens: string[]) => SourcePlace | undefined;

/**
 * The reader's own problems and the validator's, the latter moved to their source place (the
 * JSON Pointer is kept in `path`, the place is added to the message and as `line`/`column`),
 * in source order: problems without a line first, then by line; ties keep their order, the
 * reader's before the validator's.
 */
export function mergeProblems(own: readonly Problem[], checked: readonly Problem[], locate: Locate): Problem[] {
  const mapped = checked.map((problem): Problem => {
    const tokens = parseJsonPointer(problem.path);
    const place = tokens && tokens.length > 0 ? locate(tokens) : undefined;
    if (!place) return problem;
    const out: Problem = { ...problem, message: `${place.label}: ${problem.message}`, line: place.line };
    if (place.column !== undefined) out.column = place.column;
    else delete out.column;
    return out;
  });
  return [...own, ...mapped]
    .map((problem, seq) => ({ problem, seq }))
    .sort((a, b) => (a.problem.line ?? 0) - (b.problem.line ?? 0) || a.seq - b.seq)
    .map(({ problem }) => problem);
}
