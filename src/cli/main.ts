/** The command-line tool: a thin layer over the public API, testable without a process. */
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
// The public API only, through the package entry: the built CLI imports
// dist/index.js instead of carrying a second copy of the library (see tsup.config.ts).
import { diffCommuniques, diffSeries, hasSubstantiveChange, REPORT_FORMATS, roundLabel } from '../index.js';
import type { DiffOptions, SeriesRound } from '../types/pipeline.js';
import { HELP, parseCliArgs, UsageError, type CliArgs } from './args.js';
import { InputError, readInput, seriesPaths } from './input.js';

/** A line on standard error saying how an input was read (an encoding other than UTF-8). */
const note = (io: { stderr: (text: string) => void }) => (message: string): void => io.stderr(`communique-diff: note: ${message}\n`);

/** Where the CLI reads and writes; a process in production, strings in tests. */
export interface CliIo {
  stdin: AsyncIterable<Buffer | string>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  version: string;
}

/** Exit codes, as diff(1): no substantive change, changes found, trouble. */
export const EXIT = { same: 0, changed: 1, trouble: 2 } as const;

/** The series command: every round with the next, and the timeline. */
async function series(args: CliArgs, io: CliIo): Promise<number> {
  const paths = await seriesPaths(args.files);
  const rounds: SeriesRound[] = [];
  for (const path of paths) {
    const text = await readInput(path, io.stdin, note(io), args.encoding, args.from);
    rounds.push({ label: roundLabel(text, args.lang ? { lang: args.lang } : undefined) ?? (path === '-' ? 'stdin' : basename(path).replace(/\.(?:txt|html?|docx|pdf)$/i, '')), text });
  }
  const options: DiffOptions = {};
  if (args.lang) options.lang = args.lang;
  const result = diffSeries(rounds, options);
  const hide = { hideCosmetic: args.onlySubstantive, hideSteady: args.onlySubstantive };
  const report = REPORT_FORMATS[args.format].series(result, hide);
  if (args.out) await writeFile(args.out, report, 'utf8');
  else io.stdout(report);
  return result.pairs.some(hasSubstantiveChange) ? EXIT.changed : EXIT.same;
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
    if (args.command === 'series') return await series(args, io);
    const [oldPath, newPath] = args.files as [string, string];
    const oldText = await readInput(oldPath, io.stdin, note(io), args.encoding, args.from);
    const newText = await readInput(newPath, io.stdin, note(io), args.encoding, args.from);
    const options: DiffOptions = {};
    if (args.lang) options.lang = args.lang;
    const diff = diffCommuniques(oldText, newText, options);
    const labels = { oldLabel: oldPath === '-' ? 'stdin' : oldPath, newLabel: newPath === '-' ? 'stdin' : newPath };
    const hide = { hideUnchanged: args.onlySubstantive, hideCosmetic: args.onlySubstantive };
    const report = REPORT_FORMATS[args.format].pair(diff, { ...labels, ...hide });
    if (args.out) await writeFile(args.out, report, 'utf8');
    else io.stdout(report);
    return hasSubstantiveChange(diff) ? EXIT.changed : EXIT.same;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`communique-diff: ${error.message}\nTry 'communique-diff --help'.\n`);
      return EXIT.trouble;
    }
    if (error instanceof InputError) {
      io.stderr(`communique-diff: ${error.message}\n`);
      return EXIT.trouble;
    }
    const e = error as NodeJS.ErrnoException;
    io.stderr(`communique-diff: ${e.code ? `cannot write the report (${e.code})` : `unexpected error: ${e.message}`}\n`);
    return EXIT.trouble;
  }
}
