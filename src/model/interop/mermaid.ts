/**
 * Mermaid user journeys (`journey` diagrams) to and from the journey model.
 *
 * Mermaid's grammar holds a title, an accessible title and description, sections (stages) and
 * tasks (touchpoints) with a score from 1 to 5 and the actors (personas) who meet them:
 *
 * ```text
 * journey
 *     title My working day
 *     section Go to work
 *       Make tea: 5: Me
 *       Do work: 1: Me, Cat
 * ```
 *
 * Everything else in a journey (channels, pain points, metrics, paths…) has no place in it and
 * is dropped by {@link toMermaid}; `docs/interop.md` lists every choice and loss.
 *
 * No DOM and no Node: this runs wherever the model runs.
 *
 * @module
 */
import { shorten } from '../describe.js';
import { emotionScaleOf, personaIdsOf, touchpointsByStage } from '../helpers.js';
import { parseJourney } from '../parse.js';
import type { Journey, ParseResult, Problem } from '../types.js';
import { IdMaker, slugify, UNTITLED_JOURNEY } from './names.js';
import { lineColumn, mergeProblems, problemAt, type Locate } from './problems.js';

/** The emotion scale of a journey read from Mermaid: Mermaid's scores run from 1 to 5. */
export const MERMAID_SCORE_SCALE: Readonly<{ min: number; max: number }> = Object.freeze({ min: 1, max: 5 });

/** Score written for a touchpoint without `emotion` (Mermaid needs one): the middle of 1–5. */
export const MERMAID_DEFAULT_SCORE = 3;

/**
 * How an empty name is written, since Mermaid cannot hold one: the entity code of a zero-width
 * space. Read back, a name that is exactly this is empty again.
 */
const EMPTY_TEXT = '#8203;';

// ---------------------------------------------------------------------------------------------
// Text: Mermaid's entity codes

/** Named entity codes read back (Mermaid passes any `#name;` to HTML; these are the common ones). */
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  quot: '"',
  amp: '&',
  lt: '<',
  gt: '>',
  apos: "'",
  nbsp: '\u00a0',
};

/** One `#…;` entity code as text, or `undefined` when it is not one this reader knows. */
function decodeEntity(name: string): string | undefined {
  if (/^\d+$/.test(name)) {
    const code = Number(name);
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
    return String.fromCodePoint(code);
  }
  return Object.hasOwn(NAMED_ENTITIES, name) ? NAMED_ENTITIES[name] : undefined;
}

/**
 * Text as Mermaid shows it: `<br>` is a line break, `#35;`, `#quot;`… are entity codes. The
 * text is trimmed first (Mermaid trims too); escaped whitespace (`#32;`) stays.
 */
function decodeText(raw: string): string {
  const text = raw.trim();
  if (text === EMPTY_TEXT) return '';
  return text.replace(/<br\s*\/?>/gi, '\n').replace(/#(\w+);/g, (code, name: string) => decodeEntity(name) ?? code);
}

/** Where a piece of text goes in Mermaid; each place ends at different characters. */
type TextPlace = 'title' | 'section' | 'task' | 'actor' | 'line' | 'block';

/** Words Mermaid's lexer takes as a statement at the start of a task line. */
const STATEMENT_START = /^(title\s|section\s|journey\b|acctitle\s*:|accdescr\s*[:{])/i;

function entity(c: string): string {
  return `#${c.codePointAt(0) ?? 0};`;
}

/**
 * Writes text so that Mermaid's lexer reads it back whole and shows it as written, using
 * Mermaid's own entity codes (`#58;` for `:`):
 *
 * - everywhere: `#` (else a comment, or an entity code), `;` (not allowed), `<` (no markup;
 *   keeps `<br>` literal), `%` at the start or beside another `%` (comments), whitespace at the
 *   ends (Mermaid trims), a carriage return; an empty text becomes `#8203;`;
 * - a line break is `<br>` (Mermaid's line break), except inside an `accDescr { … }` block;
 * - `:` in section names, task names and actors (it ends them); in titles and descriptions only
 *   before a non-space character (Mermaid's entity pre-pass misreads `:x#…;` as a style);
 * - `,` in actors (it separates them), `}` in a description block (it ends it);
 * - the first letter of a task name that starts like a statement (`title …`, `section …`).
 */
function encodeText(text: string, place: TextPlace): string {
  if (text === '') return EMPTY_TEXT;
  const chars = Array.from(text);
  const startsLikeStatement = place === 'task' && STATEMENT_START.test(text);
  let out = '';
  chars.forEach((c, i) => {
    const first = i === 0;
    const last = i === chars.length - 1;
    const prev = chars[i - 1];
    const next = chars[i + 1];
    if (c === '#' || c === ';' || c === '<' || c === '\r') out += entity(c);
    else if (c === '\n' && place !== 'block') out += '<br>';
    else if (/\s/.test(c) && (first || last)) out += entity(c);
    else if (first && startsLikeStatement) out += entity(c);
    else if (c === '%' && (first || prev === '%' || next === '%')) out += entity(c);
    else if (c === ':' && (place === 'section' || place === 'task' || place === 'actor' || (next !== undefined && !/\s/.test(next)))) out += entity(c);
    else if (c === ',' && place === 'actor') out += entity(c);
    else if (c === '}' && place === 'block') out += entity(c);
    else out += c;
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Writing

/**
 * Writes a journey as a Mermaid user journey (`journey` diagram).
 *
 * - `title` → `title`; `description` → `accDescr: …`, or an `accDescr { … }` block when it has
 *   line breaks;
 * - each stage → `section <name>` (a first stage with an empty name and touchpoints is written
 *   as tasks before any section, as Mermaid reads them back);
 * - each touchpoint, in display order → `<title>: <score>: <persona name>, …`. The score is the
 *   emotion mapped linearly from the journey's scale onto 1–5 and rounded; a touchpoint
 *   without emotion gets {@link MERMAID_DEFAULT_SCORE} (3). Actors are the names of the
 *   touchpoint's personas — every persona when it names none. Two personas with the same name
 *   are told apart as `Name (id)`, since Mermaid knows actors by name.
 *
 * Characters Mermaid's grammar cannot hold are written as Mermaid entity codes (`#58;` for `:`),
 * which Mermaid shows as the character and {@link fromMermaid} reads back. Everything else in
 * the journey is dropped (see `docs/interop.md`).
 *
 * @param journey a valid journey (as `parseJourney` returns it)
 * @returns Mermaid text, ending with a line break
 */
export function toMermaid(journey: Journey): string {
  const out: string[] = ['journey', `    title ${encodeText(journey.title, 'title')}`];
  const description = journey.description;
  if (description !== undefined && description !== '') {
    if (/[\n]/.test(description)) {
      out.push('    accDescr {');
      for (const line of encodeText(description, 'block').split('\n')) out.push(line === '' ? '' : `        ${line}`);
      out.push('    }');
    } else out.push(`    accDescr: ${encodeText(description, 'line')}`);
  }

  const actorNames = actorNamesOf(journey);
  const scale = emotionScaleOf(journey);
  const score = (emotion: number | undefined): number => {
    if (emotion === undefined || !Number.isFinite(emotion)) return MERMAID_DEFAULT_SCORE;
    const span = scale.max - scale.min;
    const t = span > 0 ? (emotion - scale.min) / span : 0.5;
    const s = Math.round(MERMAID_SCORE_SCALE.min + t * (MERMAID_SCORE_SCALE.max - MERMAID_SCORE_SCALE.min));
    return Math.min(MERMAID_SCORE_SCALE.max, Math.max(MERMAID_SCORE_SCALE.min, s));
  };

  touchpointsByStage(journey).forEach(({ stage, index, touchpoints }) => {
    const bare = index === 0 && stage.name === '' && touchpoints.length > 0;
    if (!bare) out.push(`    section ${encodeText(stage.name, 'section')}`);
    for (const tp of touchpoints) {
      const actors = personaIdsOf(tp, journey).map((id) => encodeText(actorNames.get(id) ?? id, 'actor'));
      const people = actors.length > 0 ? `: ${actors.join(', ')}` : '';
      out.push(`      ${encodeText(tp.title, 'task')}: ${score(tp.emotion)}${people}`);
    }
  });
  return out.join('\n') + '\n';
}

/** Persona id → the actor name written for it: its name, made unique (`Name (id)`). */
function actorNamesOf(journey: Journey): Map<string, string> {
  const names = new Map<string, string>();
  const used = new Set<string>();
  for (const persona of journey.personas ?? []) {
    let name = persona.name;
    if (used.has(name)) name = `${persona.name} (${persona.id})`;
    for (let n = 2; used.has(name); n++) name = `${persona.name} (${persona.id} ${n})`;
    used.add(name);
    names.set(persona.id, name);
  }
  return names;
}

// ---------------------------------------------------------------------------------------------
// Reading

/** What the reader collects before building the journey. */
interface Draft {
  title?: string;
  frontMatterTitle?: string;
  accTitle?: string;
  description?: string;
  stages: { id: string; name: string; line: number; column: number }[];
  touchpoints: { id: string; stage: string; title: string; emotion?: number; persona: string[]; line: number; column: number }[];
  personas: { id: string; name: string; line: number; column: number }[];
}

/** Reads Mermaid lines and collects problems; one instance per call. */
class MermaidReader {
  readonly problems: Problem[] = [];
  errors = 0;
  readonly draft: Draft = { stages: [], touchpoints: [], personas: [] };
  private readonly stageIds = new IdMaker('stage');
  private readonly touchpointIds = new IdMaker('touchpoint');
  private readonly personaIds = new IdMaker('persona');
  private readonly personaByName = new Map<string, string>();
  /** Line of the `journey` header (or of the first statement when it is missing). */
  headerLine = 1;

  /** Last line holding `}%%` / `}`: an opening after it is unclosed (found without rescanning). */
  private readonly lastDirectiveEnd: number;
  private readonly lastBrace: number;

  constructor(private readonly lines: string[]) {
    this.lastDirectiveEnd = lines.findLastIndex((line) => line.includes('}%%'));
    this.lastBrace = lines.findLastIndex(closesBlock);
  }

  problem(severity: Problem['severity'], line: number, column: number, message: string): void {
    this.problems.push(problemAt(severity, lineColumn(line, column), message));
    if (severity === 'error') this.errors++;
  }

  read(): void {
    const lines = this.lines;
    let i = this.skipFrontMatter();
    // The header: the first line that is not blank, a comment or a directive.
    for (; i < lines.length; i++) {
      const skip = this.skipComment(i);
      if (skip !== null) {
        i = skip;
        continue;
      }
      break;
    }
    if (i >= lines.length) {
      this.problem('error', Math.min(i, lines.length - 1) + 1, 1, 'there is no diagram; a Mermaid user journey starts with the line "journey"');
      return;
    }
    this.headerLine = i + 1;
    const raw = lines[i];
    const start = raw.length - raw.trimStart().length;
    const header = /^journey\b/i.exec(raw.slice(start));
    if (header) {
      // Mermaid allows a statement after the header on the same line.
      i = this.statement(i, start + header[0].length);
    } else {
      const word = /^[A-Za-z][\w-]*/.exec(raw.slice(start))?.[0] ?? '';
      const statementWord = /^(title|section|acctitle|accdescr)$/i.test(word);
      if (word !== '' && !statementWord && !raw.includes(':')) {
        // Another kind of diagram (flowchart, sequenceDiagram…): one clear error, not one per line.
        this.problem('error', i + 1, start + 1, `"${shorten(word, 30)}" is not a Mermaid user journey; the first line must be "journey"`);
        return;
      }
      this.problem('error', i + 1, start + 1, 'the first line must be "journey", the header of a Mermaid user journey');
      i = this.statement(i, start);
    }
    for (i++; i < lines.length; i++) {
      const skip = this.skipComment(i);
      i = skip ?? this.statement(i, 0);
    }
  }

  /** Skips a `---` front-matter block at the very start, keeping its `title`; returns the next line. */
  private skipFrontMatter(): number {
    const lines = this.lines;
    if (!/^---\s*$/.test(lines[0] ?? '')) return 0;
    const end = lines.findIndex((line, i) => i > 0 && /^---\s*$/.test(line));
    if (end < 0) return 0; // not front matter: reported as a missing header
    for (let i = 1; i < end; i++) {
      const m = /^title\s*:\s*(.*)$/.exec(lines[i]);
      if (m) this.draft.frontMatterTitle = yamlScalar(m[1]);
    }
    return end + 1;
  }

  /**
   * When line `i` is blank, a `%%` comment or a `%%{…}%%` directive (which may span lines),
   * returns the last line it takes; otherwise `null`.
   */
  private skipComment(i: number): number | null {
    const text = this.lines[i].trim();
    if (text === '') return i;
    if (text.startsWith('%%{')) {
      if (text.includes('}%%')) return i;
      const end = i < this.lastDirectiveEnd ? this.lines.findIndex((line, j) => j > i && line.includes('}%%')) : -1;
      if (end < 0) {
        this.problem('error', i + 1, this.lines[i].indexOf('%%{') + 1, 'the directive "%%{" is never closed with "}%%"');
        return i;
      }
      return end;
    }
    return text.startsWith('%%') ? i : null;
  }

  /**
   * Reads the statement that starts at column `from` of line `i`; returns the last line it
   * takes (an `accDescr { … }` block takes several).
   */
  private statement(i: number, from: number): number {
    const raw = this.lines[i];
    const lineNo = i + 1;
    const rest = raw.slice(from);
    const lead = rest.length - rest.trimStart().length;
    const start = from + lead; // index of the statement's first character
    const text = raw.slice(start);
    if (text === '') return i;

    // accTitle and accDescr run to the end of the line, comments and all (as in Mermaid).
    const acc = /^acc(Title|Descr)\s*:\s*/i.exec(text);
    if (acc) {
      const value = decodeText(text.slice(acc[0].length));
      if (acc[1].toLowerCase() === 'title') this.draft.accTitle = value;
      else this.draft.description = value;
      return i;
    }
    const block = /^accDescr\s*\{/i.exec(text);
    if (block) return this.descriptionBlock(i, start + block[0].length);

    const { body, hash } = stripComment(text);
    const trimmed = body.trimEnd();
    if (trimmed === '') return i;
    const column = start + 1;
    const semicolon = trimmed.replace(/#\w+;/g, (code) => '_'.repeat(code.length)).indexOf(';'); // not an entity code's
    if (semicolon >= 0) {
      this.problem('warning', lineNo, start + semicolon + 1, 'Mermaid does not allow ";" here and would not draw the diagram; it is read as text (write #59; for a literal ";")');
    }

    const title = /^title(\s+|$)/i.exec(trimmed);
    if (title) {
      const value = trimmed.slice(title[0].length);
      if (value === '') this.problem('error', lineNo, column, 'title needs text after it, e.g. "title My working day"');
      else {
        if (this.draft.title !== undefined) this.problem('warning', lineNo, column, 'the diagram has a second title; the last one is used, as in Mermaid');
        this.draft.title = decodeText(value);
      }
      return i;
    }
    const section = /^section(\s+|$)/i.exec(trimmed);
    if (section) {
      const value = trimmed.slice(section[0].length);
      if (value === '') {
        this.problem('error', lineNo, column, 'section needs a name after it, e.g. "section Go to work"');
        return i;
      }
      const colon = value.indexOf(':');
      if (colon >= 0) {
        this.problem('warning', lineNo, start + section[0].length + colon + 1, 'Mermaid does not allow ":" in a section name and would not draw the diagram; it is read as text (write #58; for a literal ":")');
      }
      this.addStage(decodeText(value), lineNo, column);
      return i;
    }
    if (/^journey\b/i.test(trimmed)) {
      this.problem('error', lineNo, column, 'a second "journey" header; a diagram has one, on its first line');
      return i;
    }
    this.task(trimmed, lineNo, start, hash);
    return i;
  }

  /** Reads an `accDescr { … }` block whose text starts at `from` on line `i`. */
  private descriptionBlock(i: number, from: number): number {
    const first = this.lines[i].slice(from);
    const close = first.indexOf('}');
    if (close >= 0) {
      this.draft.description = decodeText(first.slice(0, close));
      return this.statement(i, from + close + 1);
    }
    const end = i < this.lastBrace ? this.lines.findIndex((line, j) => j > i && closesBlock(line)) : -1;
    if (end < 0) {
      this.problem('error', i + 1, from, 'the description block "accDescr {" is never closed with "}"');
      return i;
    }
    const inner = this.lines.slice(i + 1, end).filter((line) => !COMMENT_LINE.test(line));
    const lastLine = this.lines[end];
    const closeAt = lastLine.indexOf('}');
    const body = [first, ...inner, lastLine.slice(0, closeAt)];
    this.draft.description = decodeText(dedent(body));
    return this.statement(end, closeAt + 1);
  }

  private addStage(name: string, line: number, column: number): void {
    this.draft.stages.push({ id: this.stageIds.next(slugify(name)), name, line, column });
  }

  /** Reads `Task name: score: Actor, Actor` starting at index `start` of the line. */
  private task(text: string, lineNo: number, start: number, hash: boolean): void {
    const colon = text.indexOf(':');
    const column = start + 1;
    if (colon < 0) {
      const hint = hash ? ' (a "#" starts a comment in Mermaid; write #35; for a literal "#")' : '';
      this.problem(
        'error',
        lineNo,
        column,
        `${JSON.stringify(shorten(text))} is not a statement of a Mermaid user journey; expected title, accTitle, accDescr, section or a task such as "Make tea: 5: Me"${hint}`,
      );
      return;
    }
    const rawName = text.slice(0, colon);
    if (rawName.trim() === '') {
      this.problem('error', lineNo, column, 'a task needs a name before the ":", e.g. "Make tea: 5: Me"');
      return;
    }
    const title = decodeText(rawName);
    const parts = text.slice(colon + 1).split(':');
    const scoreText = parts[0];
    const scoreColumn = start + colon + 2 + (scoreText.length - scoreText.trimStart().length);
    const scoreRaw = scoreText.trim();
    let emotion: number | undefined;
    if (scoreRaw === '') {
      this.problem('error', lineNo, scoreColumn, `the task ${JSON.stringify(shorten(title))} has no score; write a number from 1 to 5 after the ":", e.g. "Make tea: 5: Me"`);
    } else if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(scoreRaw)) {
      this.problem('error', lineNo, scoreColumn, `score ${JSON.stringify(shorten(scoreRaw))} is not a number; Mermaid scores run from 1 to 5`);
    } else {
      emotion = Number(scoreRaw);
      const { min, max } = MERMAID_SCORE_SCALE;
      if (emotion < min || emotion > max) {
        const clamped = Math.min(max, Math.max(min, emotion));
        this.problem('warning', lineNo, scoreColumn, `score ${scoreRaw} is outside Mermaid's 1 to 5; it is read as ${clamped}`);
        emotion = clamped;
      }
    }
    if (parts.length > 2) {
      const extra = parts.slice(2).join(':');
      const extraColumn = start + colon + 1 + parts[0].length + 1 + parts[1].length + 1 + 1 + (extra.length - extra.trimStart().length);
      this.problem('warning', lineNo, extraColumn, `${JSON.stringify(shorten(extra.trim()))} after a third ":" is ignored, as in Mermaid (write #58; for a literal ":")`);
    }
    const persona: string[] = [];
    if (parts.length > 1) {
      let at = start + colon + 1 + parts[0].length + 1;
      for (const rawActor of parts[1].split(',')) {
        const actorColumn = at + 1 + (rawActor.length - rawActor.trimStart().length);
        at += rawActor.length + 1;
        if (rawActor.trim() === '') {
          if (parts[1].trim() !== '') this.problem('warning', lineNo, actorColumn, 'an empty actor name is ignored');
          continue;
        }
        const id = this.personaFor(decodeText(rawActor), lineNo, actorColumn);
        if (!persona.includes(id)) persona.push(id);
      }
    }
    // A task with a bad score is still added (without emotion), so its section is not reported empty.
    if (this.draft.stages.length === 0) this.addStage('', lineNo, column); // tasks before any section, as Mermaid reads them
    const stage = this.draft.stages[this.draft.stages.length - 1].id;
    this.draft.touchpoints.push({ id: this.touchpointIds.next(slugify(title)), stage, title, emotion, persona, line: lineNo, column });
  }

  private personaFor(name: string, line: number, column: number): string {
    const known = this.personaByName.get(name);
    if (known !== undefined) return known;
    const id = this.personaIds.next(slugify(name));
    this.personaByName.set(name, id);
    this.draft.personas.push({ id, name, line, column });
    return id;
  }
}

/** A line Mermaid removes before reading anything (its `cleanupComments`), even inside a block. */
const COMMENT_LINE = /^\s*%%(?!\{)./;

/** Whether a line ends an `accDescr { … }` block. */
function closesBlock(line: string): boolean {
  return line.includes('}') && !COMMENT_LINE.test(line);
}

/**
 * A statement line without its comment: from `%%`, or from a `#` that does not start an entity
 * code (Mermaid's lexer reads the rest of the line after such a `#` as a comment).
 */
function stripComment(text: string): { body: string; hash: boolean } {
  const percent = text.indexOf('%%');
  const hashMatch = /#(?!\w+;)/.exec(text);
  const hash = hashMatch ? hashMatch.index : -1;
  if (percent < 0 && hash < 0) return { body: text, hash: false };
  if (hash >= 0 && (percent < 0 || hash < percent)) return { body: text.slice(0, hash), hash: true };
  return { body: text.slice(0, percent), hash: false };
}

/** Joins block lines, dropping blank lines at the ends and the indentation all lines share. */
function dedent(lines: string[]): string {
  const [first, ...others] = lines;
  const indents = others.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length);
  const cut = indents.length > 0 ? Math.min(...indents) : 0;
  return [first, ...others.map((l) => l.slice(Math.min(cut, l.length - l.trimStart().length)))].join('\n');
}

/** A YAML scalar as written on one line: quotes removed, a trailing comment dropped. */
function yamlScalar(raw: string): string {
  const text = raw.trim();
  if (/^".*"$/.test(text)) {
    try {
      const value: unknown = JSON.parse(text);
      if (typeof value === 'string') return value;
    } catch {
      // fall through: not JSON-compatible, keep the inside
    }
    return text.slice(1, -1);
  }
  if (/^'.*'$/.test(text)) return text.slice(1, -1).replace(/''/g, "'");
  return text.replace(/\s+#.*$/, '');
}

/**
 * Reads a Mermaid user journey (`journey` diagram) into a journey.
 *
 * - sections → stages (ids slugged from the name and unique: `go-to-work`, `go-to-work-2`;
 *   `stage-<n>` when the name has no Latin letters or digits); tasks before any section go
 *   into a first stage with an empty name, as Mermaid draws them without a section;
 * - tasks → touchpoints: `title` is the task name, `emotion` the score, `persona` the actors'
 *   ids (left out when the task has no actors);
 * - actors → personas, in order of first appearance, `name` as written, id slugged;
 * - `title` (else a front-matter `title:`, else `accTitle`) → `title`; with none, the title is
 *   {@link UNTITLED_JOURNEY} and a warning says so; `accDescr` (one line or block) → `description`;
 * - the scale is `{ min: 1, max: 5 }` without labels, so the built-in words apply.
 *
 * `%%` comments (whole-line and trailing), `%%{…}%%` directives and front matter are skipped;
 * entity codes (`#58;`, `#quot;`) and `<br>` are read as the characters they stand for.
 *
 * Never throws. A line it cannot read gives a problem at `path: ""` with `line`, `column` and
 * the place in the message (`line 4, column 12: …`); reading goes on, so every bad line is
 * reported. A score that is not a number is an error; one outside 1–5 is a warning and is
 * clamped. The journey is then checked by `parseJourney`, whose problems are added (located at
 * the section, task or actor they come from). `journey` is `null` when any problem is an error.
 */
export function fromMermaid(text: string): ParseResult {
  try {
    if (typeof text !== 'string') {
      return { journey: null, problems: [{ path: '', message: 'Mermaid input must be text (a string)', severity: 'error' }] };
    }
    const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const reader = new MermaidReader(source.split(/\r\n|\r|\n/));
    reader.read();
    return build(reader);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { journey: null, problems: [{ path: '', message: `the Mermaid diagram could not be read: ${message}`, severity: 'error' }] };
  }
}

function build(reader: MermaidReader): ParseResult {
  const { draft } = reader;
  const problems = [...reader.problems];
  let errors = reader.errors;
  if (draft.stages.length === 0 && errors === 0) {
    problems.push(problemAt('error', lineColumn(reader.headerLine, 1), 'the diagram has no sections or tasks; a journey map needs at least one, e.g. "section Go to work" then "Make tea: 5: Me"'));
    errors++;
  }
  if (draft.stages.length === 0) return { journey: null, problems };

  const title = draft.title ?? draft.frontMatterTitle ?? draft.accTitle;
  if (title === undefined) {
    problems.push({ path: '/title', message: `the diagram has no title; it is called "${UNTITLED_JOURNEY}" (add a line such as "title My working day")`, severity: 'warning' });
  }
  const journey: Record<string, unknown> = { version: 1, title: title ?? UNTITLED_JOURNEY };
  if (draft.description !== undefined && draft.description !== '') journey.description = draft.description;
  journey.emotionScale = { ...MERMAID_SCORE_SCALE };
  if (draft.personas.length > 0) journey.personas = draft.personas.map(({ id, name }) => ({ id, name }));
  journey.stages = draft.stages.map(({ id, name }) => ({ id, name }));
  journey.touchpoints = draft.touchpoints.map(({ id, stage, title: tpTitle, emotion, persona }) => {
    const tp: Record<string, unknown> = { id, stage, title: tpTitle };
    if (persona.length > 0) tp.persona = persona.length === 1 ? persona[0] : persona;
    if (emotion !== undefined) tp.emotion = emotion;
    return tp;
  });

  const checked = parseJourney(journey);
  // The validator's problems point into the journey; move them to the section, task or actor.
  const locate: Locate = ([list, index]) => {
    const items = list === 'stages' ? draft.stages : list === 'touchpoints' ? draft.touchpoints : list === 'personas' ? draft.personas : undefined;
    const item = items && /^\d+$/.test(index ?? '') ? items[Number(index)] : undefined;
    return item ? lineColumn(item.line, item.column) : undefined;
  };
  return { journey: errors === 0 ? checked.journey : null, problems: mergeProblems(problems, checked.problems, locate) };
}
