/**
 * The `journeykit` command line. `bin/journeykit.js` calls {@link main}; tests call it in-process
 * with their own output functions.
 *
 * @module
 */
import { readFile, realpath, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeJourneyBytes, parseJourney } from '../model/index.js';
import type { EmotionScale, Journey, ParseResult, Problem } from '../model/index.js';
import { fromCsv, fromMermaid, toCsv, toMermaid } from '../model/interop/index.js';
import { formatCount } from '../model/report.js';

/** Where the CLI writes and reads; replaceable for tests. */
export interface CliIo {
  /** Writes text to standard output (the caller adds nothing; `main` passes whole lines with `\n`). */
  stdout: (text: string) => void;
  /** Writes text to standard error. */
  stderr: (text: string) => void;
  /**
   * Reads a file: its bytes (checked to be UTF-8, so a UTF-16 file is named as such), or text
   * already decoded. Defaults to `fs.promises.readFile` (bytes).
   */
  readFile?: (path: string) => Promise<Uint8Array | string>;
  /** Writes a file as UTF-8 text, replacing it. Defaults to `fs.promises.writeFile`. */
  writeFile?: (path: string, text: string) => Promise<void>;
}

/** Exit codes. */
export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

/** One command of the table: `journeykit <name> …`. */
interface Command {
  /** One line for the usage text. */
  usage: string;
  /** What it does, one sentence. */
  summary: string;
  /** More lines for `journeykit <command> --help` (options, examples). */
  help?: string;
  run: (args: string[], io: Required<CliIo>) => Promise<number>;
}

/** The result of validating one file, as printed by `--json`. */
export interface FileReport {
  file: string;
  problems: Problem[];
}

const defaultIo: Required<CliIo> = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: (file) => readFile(file),
  writeFile: (file, text) => writeFile(file, text, 'utf8'),
};

/** The package's version, read from package.json next to dist/ (or src/). */
async function packageVersion(io: Required<CliIo>): Promise<string> {
  const url = new URL('../../package.json', import.meta.url);
  try {
    const text = await readFile(url, 'utf8');
    const pkg: unknown = JSON.parse(text);
    if (typeof pkg === 'object' && pkg !== null && Object.hasOwn(pkg, 'version')) {
      const version: unknown = (pkg as Record<string, unknown>).version;
      if (typeof version === 'string') return version;
    }
  } catch (error) {
    io.stderr(`journeykit: cannot read ${showPath(url.pathname)}: ${terminalText(messageOf(error), MAX_SHOWN_MESSAGE)}\n`);
  }
  return 'unknown';
}

function messageOf(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'no such file';
    if (code === 'EISDIR') return 'it is a directory, not a file';
    if (code === 'EACCES') return 'permission denied';
    return error.message;
  }
  return String(error);
}

/** Longest file name or JSON Pointer printed whole. */
export const MAX_SHOWN_PATH = 200;
/** Longest message printed whole. */
export const MAX_SHOWN_MESSAGE = 1_000;

/**
 * Characters a terminal acts on instead of showing: C0 controls (escape sequences, line breaks
 * that forge output lines), DEL, C1 controls, line and paragraph separators, and the bidi
 * controls that reorder what is shown (U+202A–U+202E, U+2066–U+2069).
 */
const TERMINAL_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from a file or the command line made safe to print on a terminal: cut to `max` code
 * units with an ellipsis saying how much was cut, then every control character written as a
 * visible escape (`\u001b`).
 */
export function terminalText(text: string, max: number): string {
  let shown = text;
  if (text.length > max) {
    let end = max;
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff) end--; // keep a surrogate pair whole
    shown = `${text.slice(0, end)}… (${text.length - end} more characters)`;
  }
  return shown.replace(TERMINAL_CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A file name or pointer for a human-readable line. */
const showPath = (text: string): string => terminalText(text, MAX_SHOWN_PATH);

/**
 * One problem as a line: `file:/json/pointer: message`, `file:3:17: message` for syntax errors.
 * Control characters in the file name, pointer and message are escaped and long ones cut.
 */
export function formatProblem(file: string, problem: Problem): string {
  const where =
    problem.line !== undefined && problem.column !== undefined
      ? `${showPath(file)}:${problem.line}:${problem.column}`
      : problem.path === ''
        ? showPath(file)
        : `${showPath(file)}:${showPath(problem.path)}`;
  const tag = problem.severity === 'warning' ? 'warning: ' : '';
  return `${where}: ${tag}${terminalText(problem.message, MAX_SHOWN_MESSAGE)}`;
}

/** A file's text, or the problem that stops it being read (missing, a directory, not UTF-8). */
async function readText(file: string, io: Required<CliIo>): Promise<{ ok: true; text: string } | { ok: false; problem: Problem }> {
  let content: Uint8Array | string;
  try {
    content = await io.readFile(file);
  } catch (error) {
    return { ok: false, problem: { path: '', message: `cannot read the file: ${messageOf(error)}`, severity: 'error' } };
  }
  return typeof content === 'string' ? { ok: true, text: content } : decodeJourneyBytes(content);
}

async function validateFile(file: string, io: Required<CliIo>): Promise<FileReport> {
  const read = await readText(file, io);
  return { file, problems: read.ok ? parseJourney(read.text).problems : [read.problem] };
}

/** How many problems of a severity a list stands for, counting those its summaries stand for. */
function countProblems(problems: readonly Problem[], severity: Problem['severity']): number {
  return problems.reduce((n, p) => (p.severity === severity ? n + (p.omitted ?? 1) : n), 0);
}

function plural(n: number, word: string): string {
  return `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;
}

const validate: Command = {
  usage: 'journeykit validate [--json] <file…>',
  summary: 'Check journey files against the journey model; exit 1 if any has errors.',
  async run(args, io) {
    let json = false;
    const files: string[] = [];
    let optionsDone = false;
    for (const arg of args) {
      if (!optionsDone && arg === '--') optionsDone = true;
      else if (!optionsDone && arg === '--json') json = true;
      else if (!optionsDone && arg.startsWith('-') && arg !== '-') return usageError(io, `unknown option for validate: ${arg}`);
      else files.push(arg);
    }
    if (files.length === 0) return usageError(io, 'validate needs at least one file');

    const reports: FileReport[] = [];
    for (const file of files) reports.push(await validateFile(file, io)); // in order, for stable output
    const count = (severity: Problem['severity']): number => reports.reduce((n, r) => n + countProblems(r.problems, severity), 0);
    const errors = count('error');

    if (json) io.stdout(JSON.stringify(reports, null, 2) + '\n');
    else {
      for (const report of reports) for (const problem of report.problems) io.stdout(formatProblem(report.file, problem) + '\n');
      const bad = reports.filter((r) => r.problems.some((p) => p.severity === 'error')).length;
      io.stderr(
        errors === 0
          ? `journeykit: ${plural(files.length, 'file')} valid, ${plural(count('warning'), 'warning')}\n`
          : `journeykit: ${plural(errors, 'error')} and ${plural(count('warning'), 'warning')}; ${bad} of ${plural(files.length, 'file')} invalid\n`,
      );
    }
    return errors > 0 ? EXIT_INVALID : EXIT_OK;
  },
};

// ---------------------------------------------------------------------------------------------
// convert

/** The formats `convert` reads and writes. */
export type Format = 'json' | 'csv' | 'mermaid';

const FORMATS: readonly Format[] = ['json', 'csv', 'mermaid'];

/** The format a file name's extension stands for: `.json`, `.csv`, `.mmd` / `.mermaid`. */
export function formatOfFile(file: string): Format | undefined {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.csv') return 'csv';
  if (ext === '.mmd' || ext === '.mermaid') return 'mermaid';
  return undefined;
}

function isFormat(name: string): name is Format {
  return (FORMATS as readonly string[]).includes(name);
}

/** Options of `convert`, as given. */
interface ConvertOptions {
  from?: Format;
  to?: Format;
  title?: string;
  locale?: string;
  scale?: EmotionScale;
}

/** Parses `--scale -3..3` (also `1:5`, `1,5`). */
function parseScale(text: string): EmotionScale | undefined {
  const m = /^\s*([+-]?\d+)\s*(?:\.\.|:|,)\s*([+-]?\d+)\s*$/.exec(text);
  return m ? { min: Number(m[1]), max: Number(m[2]) } : undefined;
}

/** Reads `text` as `format`. CSV gets the options CSV cannot hold; its title defaults to the file's name. */
function readAs(format: Format, text: string, file: string, options: ConvertOptions): ParseResult {
  if (format === 'json') return parseJourney(text);
  if (format === 'mermaid') return fromMermaid(text);
  const title = options.title ?? path.basename(file, path.extname(file));
  return fromCsv(text, { title, ...(options.locale !== undefined && { locale: options.locale }), ...(options.scale && { emotionScale: options.scale }) });
}

function writeAs(format: Format, journey: Journey): string {
  if (format === 'csv') return toCsv(journey);
  if (format === 'mermaid') return toMermaid(journey);
  return JSON.stringify(journey, null, 2) + '\n';
}

/** Fields each format keeps, per kind of object (others are listed as lost). */
const KEPT: Readonly<Record<Exclude<Format, 'json'>, Readonly<Record<'journey' | 'persona' | 'stage' | 'touchpoint', readonly string[]>>>> = {
  csv: {
    journey: ['version', 'personas', 'stages', 'touchpoints'],
    persona: ['id'],
    stage: ['id', 'name'],
    touchpoint: ['id', 'stage', 'title', 'persona', 'channel', 'description', 'actions', 'thoughts', 'emotion', 'emotionLabel', 'emotionRange', 'evidence', 'painPoints', 'opportunities', 'backstage', 'momentOfTruth', 'metrics', 'quotes', 'url', 'next'],
  },
  mermaid: {
    journey: ['version', 'title', 'description', 'personas', 'stages', 'touchpoints'],
    persona: ['name'],
    stage: ['name'],
    touchpoint: ['stage', 'title', 'persona', 'emotion'],
  },
};

/**
 * What of `journey` the format cannot hold, as `journey title, locale; persona role; …`
 * (empty when nothing is lost). Ids are not listed for Mermaid: they are made again from names.
 */
function lostFields(journey: Journey, format: Format): string {
  if (format === 'json') return '';
  const kept = KEPT[format];
  const lost = (items: readonly object[], keep: readonly string[], what: string): string | undefined => {
    const keys = new Set<string>();
    for (const item of items) for (const key of Object.keys(item)) if (!keep.includes(key) && !(format === 'mermaid' && key === 'id')) keys.add(key);
    return keys.size > 0 ? `${what} ${[...keys].join(', ')}` : undefined;
  };
  const parts = [
    lost([journey], kept.journey, 'journey'),
    lost(journey.personas ?? [], kept.persona, 'persona'),
    lost(journey.stages, kept.stage, 'stage'),
    lost(journey.touchpoints, kept.touchpoint, 'touchpoint'),
  ];
  return parts.filter((p) => p !== undefined).join('; ');
}

/** Whether two paths name the same file (by path, or by real path when both exist). */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    return (await realpath(a)) === (await realpath(b));
  } catch {
    return false;
  }
}

const CONVERT_HELP = [
  '',
  'Options:',
  '  --from json|csv|mermaid   Format of <in> (default: from its extension).',
  '  --to json|csv|mermaid     Format of <out> (default: from its extension; needed for -).',
  '  --title <text>            CSV input: the journey title (default: the file name).',
  '  --locale <tag>            CSV input: the journey locale, e.g. nb-NO.',
  '  --scale <min>..<max>      CSV input: the emotion scale, e.g. 1..5 (default -3..3).',
  '',
  'Extensions: .json, .csv, .mmd or .mermaid. "-" as <out> writes to standard output.',
  'The input is validated first: problems print on stderr, and on errors nothing is',
  'written (exit 1). CSV and Mermaid hold less than JSON; what is dropped is named on',
  'stderr and listed in docs/interop.md. The input file is never overwritten.',
  '',
  'Examples:',
  '  journeykit convert journey.json journey.csv',
  '  journeykit convert --scale 1..5 --title "Onboarding" touchpoints.csv journey.json',
  '  journeykit convert diagram.mmd - --to json',
  '',
].join('\n');

const convert: Command = {
  usage: 'journeykit convert [--from F] [--to F] [--title T] [--locale L] [--scale MIN..MAX] <in> <out>',
  summary: 'Convert a journey between JSON, CSV and Mermaid (formats from the extensions or --from/--to; "-" as <out> is stdout).',
  help: CONVERT_HELP,
  async run(args, io) {
    const options: ConvertOptions = {};
    const files: string[] = [];
    let optionsDone = false;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      if (optionsDone || arg === '-' || !arg.startsWith('-')) {
        files.push(arg);
        continue;
      }
      if (arg === '--') {
        optionsDone = true;
        continue;
      }
      const eq = arg.indexOf('=');
      const name = eq < 0 ? arg : arg.slice(0, eq);
      if (!['--from', '--to', '--title', '--locale', '--scale'].includes(name)) return usageError(io, `unknown option for convert: ${arg}`);
      let value: string;
      if (eq >= 0) value = arg.slice(eq + 1);
      else if (i + 1 < args.length) value = args[++i];
      else return usageError(io, `${name} needs a value`);
      if (name === '--from' || name === '--to') {
        if (!isFormat(value)) return usageError(io, `${name} must be json, csv or mermaid, not ${JSON.stringify(value)}`);
        options[name === '--from' ? 'from' : 'to'] = value;
      } else if (name === '--scale') {
        const scale = parseScale(value);
        if (!scale) return usageError(io, `--scale must look like -3..3 or 1..5, not ${JSON.stringify(value)}`);
        options.scale = scale;
      } else options[name === '--title' ? 'title' : 'locale'] = value;
    }
    if (files.length !== 2) return usageError(io, `convert needs an input and an output file (got ${plural(files.length, 'file')})`);
    const [input, output] = files;
    if (input === '-') return usageError(io, 'convert reads a file, not standard input; give the input file name');
    const from = options.from ?? formatOfFile(input);
    if (!from) return usageError(io, `cannot tell the format of ${input} from its extension; add --from json, csv or mermaid`);
    const to = options.to ?? (output === '-' ? undefined : formatOfFile(output));
    if (!to) {
      return usageError(io, output === '-' ? 'writing to standard output needs --to json, csv or mermaid' : `cannot tell the format of ${output} from its extension; add --to json, csv or mermaid`);
    }
    if (from !== 'csv' && (options.title !== undefined || options.locale !== undefined || options.scale !== undefined)) {
      return usageError(io, '--title, --locale and --scale are for CSV input only');
    }
    if (output !== '-' && (await sameFile(input, output))) return usageError(io, `will not overwrite the input file ${input}; choose another output file`);

    const read = await readText(input, io);
    const result: ParseResult = read.ok ? readAs(from, read.text, input, options) : { journey: null, problems: [read.problem] };
    for (const problem of result.problems) io.stderr(formatProblem(input, problem) + '\n');
    const errors = countProblems(result.problems, 'error');
    if (errors > 0 || !result.journey) {
      io.stderr(`journeykit: ${showPath(input)} has ${plural(errors, 'error')}; nothing written\n`);
      return EXIT_INVALID;
    }
    const out = writeAs(to, result.journey);
    if (output === '-') io.stdout(out);
    else {
      try {
        await io.writeFile(output, out);
      } catch (error) {
        io.stderr(`journeykit: cannot write ${showPath(output)}: ${terminalText(messageOf(error), MAX_SHOWN_MESSAGE)}\n`);
        return EXIT_INVALID;
      }
    }
    const lost = lostFields(result.journey, to);
    if (lost !== '') io.stderr(`journeykit: note: ${to === 'csv' ? 'CSV' : 'Mermaid'} does not keep ${terminalText(lost, MAX_SHOWN_MESSAGE)} (see docs/interop.md)\n`);
    if (output !== '-') io.stderr(`journeykit: converted ${showPath(input)} (${from}) to ${showPath(output)} (${to})\n`);
    return EXIT_OK;
  },
};


const SERVE_HELP = [
  '',
  'Options:',
  '  --port <n>        TCP port (default 1234; 0 picks a free one).',
  '  --host <address>  Address to listen on (default 127.0.0.1: this machine only).',
  '  --data <folder>   Where rooms are stored (default ./rooms); each write is atomic.',
  '  --token <secret>  Refuse clients without this token (or set JOURNEYKIT_TOKEN, which',
  '                    other users cannot read in the process list).',
  '  --redis <host:port>  Share rooms with other `journeykit serve` processes through Redis.',
  '',
  'Clients connect with a Hocuspocus or Yjs provider to ws://host:port, one document per',
  'room (letters, digits, "-", "_", ".", at most 100 characters). GET /rooms/<room>.json',
  'returns the room\'s last valid journey to any page. Stops on Ctrl-C (SIGINT) or SIGTERM,',
  'writing every open room first. Needs the optional packages yjs, y-protocols and',
  '@hocuspocus/server (and @hocuspocus/extension-redis for --redis); see',
  'docs/collaboration.md.',
  '',
].join('\n');

/** The peer packages `serve` needs, named when one is missing. */
const SERVE_PACKAGES = 'yjs y-protocols @hocuspocus/server@3.4';

/** Parses `--redis host:port` (also `redis://host:port`). */
function parseRedis(text: string): { host: string; port: number } | undefined {
  const m = /^(?:redis:\/\/)?(\[[^\]]+\]|[^:/]+):(\d{1,5})\/?$/.exec(text);
  if (!m || Number(m[2]) > 65_535) return undefined;
  return { host: m[1].replace(/^\[|\]$/g, ''), port: Number(m[2]) };
}

const serve: Command = {
  usage: 'journeykit serve [--port N] [--host H] [--data DIR] [--token T] [--redis HOST:PORT]',
  summary: 'Run the collaboration server: live rooms over WebSocket, stored in a folder, each readable as JSON.',
  help: SERVE_HELP,
  async run(args, io) {
    const values: Record<string, string> = {};
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      const eq = arg.indexOf('=');
      const name = eq < 0 ? arg : arg.slice(0, eq);
      if (!['--port', '--host', '--data', '--token', '--redis'].includes(name)) return usageError(io, `unknown option for serve: ${arg}`);
      if (eq >= 0) values[name] = arg.slice(eq + 1);
      else if (i + 1 < args.length) values[name] = args[++i];
      else return usageError(io, `${name} needs a value`);
    }
    const port = Number(values['--port'] ?? 1234);
    if (!Number.isInteger(port) || port < 0 || port > 65_535) return usageError(io, `--port must be a whole number from 0 to 65535, not ${JSON.stringify(values['--port'])}`);
    const redis = values['--redis'] === undefined ? undefined : parseRedis(values['--redis']);
    if (values['--redis'] !== undefined && !redis) return usageError(io, `--redis must look like 127.0.0.1:6379, not ${JSON.stringify(values['--redis'])}`);
    const token = values['--token'] ?? process.env.JOURNEYKIT_TOKEN;
    if (token === '') return usageError(io, 'the token must not be empty');

    let collab: typeof import('../collab/server/index.js');
    try {
      collab = await import('../collab/server/index.js');
      if (redis) await import('@hocuspocus/extension-redis');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error;
      const packages = redis ? `${SERVE_PACKAGES} @hocuspocus/extension-redis@3.4` : SERVE_PACKAGES;
      io.stderr(`journeykit: serve needs optional packages that are not installed (${terminalText(messageOf(error), MAX_SHOWN_MESSAGE)}).\nInstall them next to journeykit: npm install ${packages}\n`);
      return EXIT_INVALID;
    }
    const dataDir = path.resolve(values['--data'] ?? 'rooms');
    const server = await collab.createCollabServer({
      dataDir,
      port,
      host: values['--host'] ?? '127.0.0.1',
      ...(token !== undefined && { token }),
      ...(redis && { redis }),
      log: (line) => io.stderr(`journeykit: ${terminalText(line, MAX_SHOWN_MESSAGE)}\n`),
    });
    const stop = new Promise<string>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await server.listen();
    io.stdout(`journeykit: serving rooms from ${showPath(dataDir)} on ${server.webSocketUrl}; JSON view at ${server.httpUrl}/rooms/<room>.json${redis ? `; sharing through Redis at ${redis.host}:${redis.port}` : ''}\n`);
    const signal = await stop;
    io.stderr(`journeykit: ${signal}: writing open rooms and stopping\n`);
    await server.close();
    return EXIT_OK;
  },
};

/** Every command; others are added here. */
const COMMANDS: Readonly<Record<string, Command>> = { validate, convert, serve };

function usage(): string {
  const lines = Object.values(COMMANDS).map((c) => `  ${c.usage}\n      ${c.summary}`);
  return [
    'Usage: journeykit <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Options:',
    '  --help, -h      Show this help.',
    '  --version, -v   Show the version.',
    '',
    'Problems print as file:/json/pointer: message (warnings as "warning: message"),',
    'JSON syntax errors, CSV cells and Mermaid lines as file:line:column: message.',
    'validate --json prints [{ file, problems }]; convert prints problems on stderr.',
    'convert formats: .json, .csv, .mmd/.mermaid (Mermaid user journey); see docs/interop.md.',
    'Exit codes: 0 valid (warnings allowed), 1 errors found, 2 bad usage.',
    '',
  ].join('\n');
}

function usageError(io: Required<CliIo>, message: string): number {
  io.stderr(`journeykit: ${terminalText(message, MAX_SHOWN_MESSAGE)}\n\n${usage()}`);
  return EXIT_USAGE;
}

/**
 * Runs the CLI.
 *
 * @param argv the arguments after the program name, e.g. `['validate', 'a.json']`
 * @param io where to write (and read files); defaults to the process's streams and the file system
 * @returns the exit code: 0 fine, 1 a file has errors, 2 bad usage
 */
export async function main(argv: string[], io: CliIo = defaultIo): Promise<number> {
  const fullIo: Required<CliIo> = { ...defaultIo, ...io };
  const [first, ...rest] = argv;
  if (first === undefined) {
    fullIo.stderr(usage());
    return EXIT_USAGE;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    fullIo.stdout(usage());
    return EXIT_OK;
  }
  if (first === '--version' || first === '-v') {
    fullIo.stdout(`${await packageVersion(fullIo)}\n`);
    return EXIT_OK;
  }
  const command = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
  if (!command) return usageError(fullIo, `unknown command: ${first}`);
  if (rest.includes('--help') || rest.includes('-h')) {
    fullIo.stdout(`Usage: ${command.usage}\n${command.summary}\n${command.help ?? ''}`);
    return EXIT_OK;
  }
  try {
    return await command.run(rest, fullIo);
  } catch (error) {
    fullIo.stderr(`journeykit: ${terminalText(messageOf(error), MAX_SHOWN_MESSAGE)}\n`);
    return EXIT_INVALID;
  }
}
