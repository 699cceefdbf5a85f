/** Command-line arguments of communique-diff, parsed with node:util. */
import { parseArgs } from 'node:util';
// The public entry only (dist/index.js at run time): formats and languages come from its registries.
import { LANGUAGE_PACKS, REPORT_FORMATS, REPORT_LOCALES } from '../index.js';
import { MAX_LENGTH } from '../params.js';
import { DOCUMENT_FORMATS, TEXT_ENCODINGS, type DocumentFormat, type TextEncodingName } from '../import/index.js';
import type { ParagraphMode } from '../types/segment.js';
import type { ReportLocale } from '../types/report.js';

const VIEWS = ['inline', 'side-by-side', 'both'] as const;
const PARAGRAPH_MODES = ['auto', 'blank-line', 'line'] as const;
const LOCALES = REPORT_LOCALES;

/** A value of a choice option, or a UsageError naming the option, what came and what is allowed. */
function choice<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, received ${JSON.stringify(value)}`);
  return value as T;
}

/** What the command line asks for. */
export interface CliArgs {
  /** `pair` compares OLD with NEW; `series` compares every round with the next; `app` writes the offline page. */
  command: 'pair' | 'series' | 'app';
  help: boolean;
  version: boolean;
  /** The report format, when given (otherwise text on a terminal, Markdown elsewhere). */
  format?: keyof typeof REPORT_FORMATS;
  /** Names of the rounds, in the order of the inputs. */
  labels: string[];
  title?: string;
  view?: 'inline' | 'side-by-side' | 'both';
  paragraphs?: ParagraphMode;
  maxLength?: number;
  locale?: ReportLocale;
  lang?: string;
  /** The language of each input of a pair (`--lang old=en,new=fa`), where given. */
  sides?: { old?: string; new?: string };
  /** The inputs' encoding, when given (otherwise detected). */
  encoding?: TextEncodingName;
  /** The inputs' format, when given (otherwise told by their content). */
  from?: DocumentFormat;
  out?: string;
  onlySubstantive: boolean;
  /** `--redline-only`: commitments not read (`commitments: false`). */
  redlineOnly: boolean;
  files: string[];
}

/** A usage error: the message is printed with a pointer to --help, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

const FORMATS = Object.keys(REPORT_FORMATS) as Array<keyof typeof REPORT_FORMATS>;
const LANGS = LANGUAGE_PACKS.map((p) => p.code);

/** Parse argv (without node and the script). Throws UsageError on anything it does not understand. */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        format: { type: 'string', short: 'f' },
        lang: { type: 'string', short: 'l' },
        encoding: { type: 'string', short: 'e' },
        from: { type: 'string' },
        out: { type: 'string', short: 'o' },
        'only-substantive': { type: 'boolean', short: 's' },
        'redline-only': { type: 'boolean' },
        label: { type: 'string', multiple: true },
        title: { type: 'string' },
        view: { type: 'string' },
        paragraphs: { type: 'string' },
        'max-length': { type: 'string' },
        locale: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
  const v = parsed.values;
  // "series" as the first word selects the series command; a file of that name is ./series.
  const first = parsed.positionals[0];
  const command = first === 'series' ? 'series' : first === 'app' && parsed.positionals.length === 1 ? 'app' : 'pair';
  const files = command === 'pair' ? parsed.positionals : parsed.positionals.slice(1);
  const format = choice('format', v.format, FORMATS);
  const sides = v.lang !== undefined && v.lang.includes('=') ? sideLangs(v.lang) : undefined;
  if (sides && command !== 'pair') throw new UsageError('--lang old=…,new=… is for a pair; a series takes one language for all rounds or detects each');
  if (v.lang !== undefined && !sides && !LANGS.includes(v.lang)) throw new UsageError(`--lang must be one of ${LANGS.join(', ')} or old=LANG,new=LANG, received ${JSON.stringify(v.lang)}`);
  if (v.encoding !== undefined && !(TEXT_ENCODINGS as readonly string[]).includes(v.encoding)) throw new UsageError(`--encoding must be one of ${TEXT_ENCODINGS.join(', ')}, received ${JSON.stringify(v.encoding)}`);
  if (v.from !== undefined && !(DOCUMENT_FORMATS as readonly string[]).includes(v.from)) throw new UsageError(`--from must be one of ${DOCUMENT_FORMATS.join(', ')}, received ${JSON.stringify(v.from)}`);
  const args: CliArgs = {
    command,
    help: v.help ?? false,
    version: v.version ?? false,
    labels: v.label ?? [],
    onlySubstantive: v['only-substantive'] ?? false,
    redlineOnly: v['redline-only'] ?? false,
    files,
  };
  if (format !== undefined) args.format = format;
  if (v.title !== undefined) args.title = v.title;
  const view = choice('view', v.view, VIEWS);
  if (view !== undefined) args.view = view;
  const paragraphs = choice('paragraphs', v.paragraphs, PARAGRAPH_MODES);
  if (paragraphs !== undefined) args.paragraphs = paragraphs;
  const locale = choice('locale', v.locale, LOCALES);
  if (locale !== undefined) args.locale = locale;
  if (v['max-length'] !== undefined) {
    const n = Number(v['max-length']);
    if (!Number.isSafeInteger(n) || n < 1) throw new UsageError(`--max-length must be a whole number of characters above 0, received ${JSON.stringify(v['max-length'])}`);
    args.maxLength = n;
  }
  if (sides) args.sides = sides;
  else if (v.lang !== undefined) args.lang = v.lang;
  if (v.encoding !== undefined) args.encoding = v.encoding as TextEncodingName;
  if (v.from !== undefined) args.from = v.from as DocumentFormat;
  if (v.out !== undefined) args.out = v.out;
  if (!args.help && !args.version) {
    if (command === 'app') {
      if (args.out === undefined) throw new UsageError('app: give --out FILE, the HTML file to write');
    } else if (command === 'series') {
      if (files.length === 0) throw new UsageError('series: expected the rounds\' files in order, or one folder of them');
      if (files.filter((f) => f === '-').length > 1) throw new UsageError('series: only one round can be read from standard input (-)');
    } else {
      if (files.length !== 2) throw new UsageError(`expected two files, OLD and NEW, received ${files.length}`);
      if (files[0] === '-' && files[1] === '-') throw new UsageError('only one of OLD and NEW can be read from standard input (-)');
      if (args.labels.length > 2) throw new UsageError(`--label is given once per input: two for OLD and NEW, received ${args.labels.length}`);
    }
  }
  return args;
}

/** The --help text. */
export const HELP = `Usage: communique-diff OLD NEW [options]
       communique-diff series ROUND... [options]
       communique-diff series FOLDER [options]
       communique-diff app --out FILE

Compare two rounds of a communiqué (${LANGUAGE_PACKS.map((p) => p.name).join(', ')}): aligned
paragraphs, word-level changes, and commitments added, dropped, softened
or strengthened, with the words that show it.

OLD and NEW are documents, told by their content: text files (UTF-8,
UTF-16, or an Arabic, Cyrillic or Western Windows code page, or KOI8-R,
which is noted on standard error), web pages (.html: the main text, without
the page's menus, share boxes and footers), Word files (.docx) and PDFs;
"-" reads one of them from standard input. Page numbers, running headers
and a news page's furniture are kept out of the comparison.

"series" compares every round with the next and follows each paragraph and
commitment through all of them: a timeline, then each pair's changes. Give
the rounds' files in order, or one folder: its .txt, .html, .docx and .pdf
files are taken in natural order (round-9 before round-10). A round is labelled from its text
("20th round") or by its file name, unless --label names it.

"app" writes one self-contained HTML page that compares rounds pasted or
dropped into it, offline: no network, no installation.

Options:
  -f, --format FORMAT        report format (default: text on a terminal; with --out,
                             the one the file's extension names; md otherwise):
${FORMATS.map((f) => `                               ${f.padEnd(5)} ${REPORT_FORMATS[f].description}`).join('\n')}
  -l, --lang ${LANGS.join('|').padEnd(15)} language of both texts (default: detected);
                           old=LANG,new=LANG gives each text its own
  -e, --encoding ENCODING    encoding of the files (default: detected), one of
                             ${TEXT_ENCODINGS.join(', ')}
      --from ${DOCUMENT_FORMATS.join('|').padEnd(15)} read the files as this format (default: by content)
  -o, --out FILE             write the report to FILE instead of standard output
      --label NAME           name of a round in the report, once per input in order
                             ("--label 'Round 20' --label 'Round 21'")
      --title TEXT           title of the report
      --view VIEW            html: inline, side-by-side or both (default: both)
      --locale ${LOCALES.join('|').padEnd(15)} language of the report's own words (default: en)
      --paragraphs MODE      how paragraphs are told apart: auto, blank-line or
                             line (default: auto)
      --max-length N         longest text read, in characters (default: ${MAX_LENGTH})
      --redline-only         align paragraphs and mark word edits only, without
                             reading commitments (long texts outside the genre:
                             treaties, laws, drafts); reports say so
  -s, --only-substantive     leave out unchanged and cosmetic-only paragraphs
                             (md, html, text and the Word summary; json always
                             holds everything, Word's tracked text too);
                             for series also commitments that never changed
  -h, --help                 show this help
  -v, --version              show the version

Colours (text format): on when standard output is a terminal; NO_COLOR
turns them off, FORCE_COLOR on.

Exit status: 0 no substantive change, 1 changes found (in any pair of a
series; with --redline-only, in the paragraphs: commitments are not
compared), 2 trouble.
`;

/** `--lang old=en,new=fa`: the language of each side (either may be left out). */
function sideLangs(value: string): { old?: string; new?: string } {
  const out: { old?: string; new?: string } = {};
  for (const part of value.split(',')) {
    const pieces = part.split('=').map((s) => s.trim());
    const [side, lang] = pieces;
    if (pieces.length !== 2 || (side !== 'old' && side !== 'new') || lang === undefined || !LANGS.includes(lang) || out[side] !== undefined) {
      throw new UsageError(`--lang old=LANG,new=LANG: each of old and new once, LANG one of ${LANGS.join(', ')}; received ${JSON.stringify(value)}`);
    }
    out[side] = lang;
  }
  return out;
}
