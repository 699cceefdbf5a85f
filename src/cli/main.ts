/** The command-line tool: a thin layer over the public API, testable without a process. */
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
// The public API only, through the package entry: the built CLI imports
// dist/index.js instead of carrying a second copy of the library (see tsup.config.ts).
import { diffCommuniques, diffSeries, hasSubstantiveChange, REPORT_FORMATS, roundLabel } from '../index.js';
import { APP_CLIENT_FILE, renderApp } from '../app/write.js';
import { MAX_LENGTH } from '../params.js';
import type { DiffOptions, SeriesOptions, SeriesRound } from '../types/pipeline.js';
import type { ReportOptions } from '../types/report.js';
import { HELP, parseCliArgs, UsageError, type CliArgs } from './args.js';
import { InputError, readInput, seriesPaths } from './input.js';

/** A line on standard error saying how an input was read (an encoding other than UTF-8). */
const note = (io: { stderr: (text: string) => void }) => (message: string): void => io.stderr(`communique-diff: note: ${message}\n`);

/** Where the CLI reads and writes; a process in production, strings in tests. */
export interface CliIo {
  stdin: AsyncIterable<Buffer | string>;
  /** Standard output: text, or the bytes of a Word report. */
  stdout: (data: string | Uint8Array) => void;
  stderr: (text: string) => void;
  version: string;
  /** Whether standard output is a terminal (the text format and its colours are the default there). */
  isTTY?: boolean;
  /** The environment, for NO_COLOR and FORCE_COLOR. */
  env?: Readonly<Record<string, string | undefined>>;
  /** The browser script of the offline page (`app`); read from beside the CLI when absent. */
  appClient?: () => Promise<string>;
}

/** Exit codes, as diff(1): no substantive change, changes found, trouble. */
export const EXIT = { same: 0, changed: 1, trouble: 2 } as const;

/** A problem writing the report: the message names the file; exit code 2. */
class OutputError extends Error {
  override name = 'OutputError';
}

const WRITE_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such folder',
  EACCES: 'permission denied',
  EISDIR: 'is a folder',
  ENOSPC: 'no space left on the device',
  EROFS: 'read-only file system',
};

async function write(path: string, data: string | Uint8Array): Promise<void> {
  try {
    await writeFile(path, data, typeof data === 'string' ? 'utf8' : undefined);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new OutputError(`${path}: cannot write the report (${WRITE_ERRORS[code] ?? code})`);
  }
}

/** Colours for the text format: NO_COLOR (any value) turns them off, FORCE_COLOR (other than "0") on, else a terminal has them (https://no-color.org, https://force-color.org). */
function colours(io: CliIo): boolean {
  const env = io.env ?? {};
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return io.isTTY === true;
}

/**
 * The format asked for, or the default: for --out, the one its extension names
 * (report.html, report.docx), else Markdown; on a terminal, text; else (a pipe) Markdown.
 */
function formatOf(args: CliArgs, io: CliIo): keyof typeof REPORT_FORMATS {
  if (args.format) return args.format;
  if (args.out !== undefined) {
    const ext = /\.([a-z]+)$/i.exec(args.out)?.[1]?.toLowerCase();
    const named = (Object.keys(REPORT_FORMATS) as Array<keyof typeof REPORT_FORMATS>).find((f) => REPORT_FORMATS[f].extension === ext || f === ext || (f === 'html' && ext === 'htm'));
    return named ?? 'md';
  }
  return io.isTTY ? 'text' : 'md';
}

function reportOptions(args: CliArgs, io: CliIo, format: keyof typeof REPORT_FORMATS): ReportOptions & { color?: boolean } {
  const o: ReportOptions & { color?: boolean } = {};
  if (args.title !== undefined) o.title = args.title;
  if (args.locale !== undefined) o.locale = args.locale;
  if (args.view !== undefined && format === 'html') o.view = args.view;
  // Colours only for a terminal: never in a file.
  if (format === 'text') o.color = args.out === undefined && colours(io);
  return o;
}

function seriesOptions(args: CliArgs): SeriesOptions {
  const options: SeriesOptions = {};
  if (args.lang) options.lang = args.lang;
  if (args.paragraphs) options.paragraphs = args.paragraphs;
  if (args.maxLength !== undefined) options.maxLength = args.maxLength;
  if (args.redlineOnly) options.commitments = false;
  return options;
}

function diffOptions(args: CliArgs): DiffOptions {
  // (--lang old=…,new=… is refused for a series when the arguments are read.)
  return args.sides ? { ...seriesOptions(args), lang: args.sides } : seriesOptions(args);
}

/** Read an input, refusing an empty one. */
async function readRound(path: string, args: CliArgs, io: CliIo): Promise<string> {
  const text = await readInput(path, io.stdin, note(io), args.encoding, args.from);
  const name = path === '-' ? 'standard input' : path;
  if (text.trim() === '') throw new InputError(`${name}: is empty, expected the text of a round`);
  const limit = args.maxLength ?? MAX_LENGTH;
  if (text.length > limit) throw new InputError(`${name}: has ${text.length} characters, more than --max-length (${limit}); raise it with --max-length ${text.length}`);
  return text;
}

/** Send a report where it goes; bytes are not written to a terminal. */
async function deliver(report: string | Uint8Array, args: CliArgs, io: CliIo): Promise<void> {
  if (args.out) await write(args.out, report);
  else if (typeof report !== 'string' && io.isTTY) throw new UsageError('--format docx writes a Word file: give --out FILE (or redirect standard output to a file)');
  else io.stdout(report);
}

/** The series command: every round with the next, and the timeline. */
async function series(args: CliArgs, io: CliIo): Promise<number> {
  const paths = await seriesPaths(args.files);
  if (paths.length < 2) throw new UsageError(`series: expected two rounds or more, received ${paths.length}${paths.length === 1 ? ` (${paths[0]})` : ''}`);
  if (args.labels.length > paths.length) throw new UsageError(`--label is given once per round: ${paths.length} rounds, received ${args.labels.length} labels`);
  const rounds: SeriesRound[] = [];
  for (const [i, path] of paths.entries()) {
    const text = await readRound(path, args, io);
    const label = args.labels[i] ?? roundLabel(text, args.lang ? { lang: args.lang } : undefined) ?? (path === '-' ? 'stdin' : basename(path).replace(/\.(?:txt|html?|docx|pdf)$/i, ''));
    rounds.push({ label, text });
  }
  const result = diffSeries(rounds, seriesOptions(args));
  const format = formatOf(args, io);
  const report = REPORT_FORMATS[format].series(result, { ...reportOptions(args, io, format), hideCosmetic: args.onlySubstantive, hideSteady: args.onlySubstantive });
  await deliver(report, args, io);
  return result.pairs.some(hasSubstantiveChange) ? EXIT.changed : EXIT.same;
}

/** The app command: the offline page. */
async function app(args: CliArgs, io: CliIo): Promise<number> {
  const client = io.appClient ? await io.appClient() : await readFile(new URL(`./${APP_CLIENT_FILE}`, import.meta.url), 'utf8');
  await write(args.out as string, renderApp(client));
  return EXIT.same;
}

/** Run the CLI with arguments (without node and the script); resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const args = parseCliArgs(argv);
    if (args.help) {
      io.stdout(HELP);
      return EXIT.same;
    }
    if (args.version) {
      io.stdout(`${io.version}\n`);
      return EXIT.same;
    }
    if (args.command === 'app') return await app(args, io);
    if (args.command === 'series') return await series(args, io);
    const [oldPath, newPath] = args.files as [string, string];
    const oldText = await readRound(oldPath, args, io);
    const newText = await readRound(newPath, args, io);
    const diff = diffCommuniques(oldText, newText, diffOptions(args));
    const name = (path: string): string => (path === '-' ? 'stdin' : basename(path));
    const format = formatOf(args, io);
    const options: ReportOptions & { color?: boolean } = {
      oldLabel: args.labels[0] ?? name(oldPath),
      newLabel: args.labels[1] ?? name(newPath),
      hideUnchanged: args.onlySubstantive || format === 'text',
      hideCosmetic: args.onlySubstantive,
      ...reportOptions(args, io, format),
    };
    await deliver(REPORT_FORMATS[format].pair(diff, options), args, io);
    return hasSubstantiveChange(diff) ? EXIT.changed : EXIT.same;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`communique-diff: ${error.message}\nTry 'communique-diff --help'.\n`);
      return EXIT.trouble;
    }
    if (error instanceof InputError || error instanceof OutputError) {
      io.stderr(`communique-diff: ${error.message}\n`);
      return EXIT.trouble;
    }
    io.stderr(`communique-diff: unexpected error: ${(error as Error).message}\n`);
    return EXIT.trouble;
  }
}
