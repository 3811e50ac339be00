/**
 * The `journeykit` command line. `bin/journeykit.js` calls {@link main}; tests call it in-process
 * with their own output functions.
 *
 * @module
 */
import { readFile } from 'node:fs/promises';
import { parseJourney } from '../model/index.js';
import type { Problem } from '../model/index.js';

/** Where the CLI writes and reads; replaceable for tests. */
export interface CliIo {
  /** Writes text to standard output (the caller adds nothing; `main` passes whole lines with `\n`). */
  stdout: (text: string) => void;
  /** Writes text to standard error. */
  stderr: (text: string) => void;
  /** Reads a file as UTF-8 text. Defaults to `fs.promises.readFile`. */
  readFile?: (path: string) => Promise<string>;
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
  readFile: (path) => readFile(path, 'utf8'),
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
    io.stderr(`journeykit: cannot read ${url.pathname}: ${messageOf(error)}\n`);
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

/** One problem as a line: `file:/json/pointer: message`, `file:3:17: message` for syntax errors. */
export function formatProblem(file: string, problem: Problem): string {
  const where =
    problem.line !== undefined && problem.column !== undefined
      ? `${file}:${problem.line}:${problem.column}`
      : problem.path === ''
        ? file
        : `${file}:${problem.path}`;
  const tag = problem.severity === 'warning' ? 'warning: ' : '';
  return `${where}: ${tag}${problem.message}`;
}

async function validateFile(file: string, io: Required<CliIo>): Promise<FileReport> {
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    return { file, problems: [{ path: '', message: `cannot read the file: ${messageOf(error)}`, severity: 'error' }] };
  }
  return { file, problems: parseJourney(text).problems };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
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
    const count = (severity: Problem['severity']): number =>
      reports.reduce((n, r) => n + r.problems.filter((p) => p.severity === severity).length, 0);
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

/** Every command; `convert` and others are added here. */
const COMMANDS: Readonly<Record<string, Command>> = { validate };

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
    'JSON syntax errors as file:line:column: message. --json prints [{ file, problems }].',
    'Exit codes: 0 valid (warnings allowed), 1 errors found, 2 bad usage.',
    '',
  ].join('\n');
}

function usageError(io: Required<CliIo>, message: string): number {
  io.stderr(`journeykit: ${message}\n\n${usage()}`);
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
    fullIo.stdout(`Usage: ${command.usage}\n${command.summary}\n`);
    return EXIT_OK;
  }
  try {
    return await command.run(rest, fullIo);
  } catch (error) {
    fullIo.stderr(`journeykit: ${messageOf(error)}\n`);
    return EXIT_INVALID;
  }
}
