/**
 * fromDocx: the paragraphs of a Word file (.docx), with the numbers Word
 * draws in front of numbered paragraphs written out as labels ("1.", "(a)"),
 * tracked changes read as accepted, and headers, footers and footnotes left
 * out and listed.
 */
import { strFromU8, unzipSync } from 'fflate';
import { expectImportOptions } from './options.js';
import { DocumentError, type ImportedText, type RemovedPart } from './types.js';

// Parts of a .docx (Office Open XML, ECMA-376 Part 1): the body, its numbering definitions,
// its properties, and the parts left out of the text (headers, footers, notes).
const BODY = 'word/document.xml';
const NUMBERING = 'word/numbering.xml';
const CORE = 'docProps/core.xml';
const LEFT_OUT = /^word\/(header|footer|footnotes|endnotes|comments)\d*\.xml$/;

interface Tag {
  /** Tag name with its prefix ("w:p"); '' for text. */
  name: string;
  close: boolean;
  empty: boolean;
  attrs: string;
  text: string;
}

// ("<[!]--": the same pattern, written so that the offline page can inline this code in a <script>.)
const TOKEN = /<(\/?)([A-Za-z_][\w.:-]*)([^>]*?)(\/?)>|<\?[^>]*\?>|<[!]--[\s\S]*?-->|([^<]+)/g;
const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(ENTITY, (_, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name] as string;
    const code = Number.parseInt(hex ?? dec ?? '', hex ? 16 : 10);
    return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

function* tags(xml: string): Generator<Tag> {
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(xml); m; m = TOKEN.exec(xml)) {
    if (m[5] !== undefined) yield { name: '', close: false, empty: false, attrs: '', text: decodeEntities(m[5]) };
    else if (m[2] !== undefined) yield { name: m[2], close: m[1] === '/', empty: m[4] === '/', attrs: m[3] ?? '', text: '' };
  }
}

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*"([^"]*)"`).exec(attrs);
  return m ? decodeEntities(m[1] as string) : undefined;
}

interface Level {
  start: number;
  format: string;
  text: string;
}

/** Numbering definitions: for each numId, its levels (format, start, label pattern) and overridden starts. */
interface Numbering {
  levels: Level[];
  /** Whose count it goes on: the abstract numbering's (shared by its nums), or its own when it restarts it. */
  counter: string;
}

function readNumbering(xml: string | undefined): Map<string, Numbering> {
  const out = new Map<string, Numbering>();
  if (!xml) return out;
  const abstract = new Map<string, Level[]>();
  let current: Level[] | undefined;
  let level: Level | undefined;
  let num: { id: string; abstract?: string; overrides: Map<number, number>; ilvl?: number } | undefined;
  const nums: Array<NonNullable<typeof num>> = [];
  for (const t of tags(xml)) {
    if (t.name === 'w:abstractNum' && !t.close) abstract.set(attr(t.attrs, 'w:abstractNumId') ?? '', (current = []));
    else if (t.name === 'w:lvl' && !t.close && current) {
      level = { start: 1, format: 'decimal', text: '%1.' };
      current[Number(attr(t.attrs, 'w:ilvl') ?? 0)] = level;
    } else if (t.name === 'w:lvl' && t.close) level = undefined;
    else if (level && t.name === 'w:start') level.start = Number(attr(t.attrs, 'w:val') ?? 1);
    else if (level && t.name === 'w:numFmt') level.format = attr(t.attrs, 'w:val') ?? 'decimal';
    else if (level && t.name === 'w:lvlText') level.text = attr(t.attrs, 'w:val') ?? '';
    else if (t.name === 'w:num' && !t.close) nums.push((num = { id: attr(t.attrs, 'w:numId') ?? '', overrides: new Map() }));
    else if (num && t.name === 'w:abstractNumId') num.abstract = attr(t.attrs, 'w:val');
    else if (num && t.name === 'w:lvlOverride' && !t.close) num.ilvl = Number(attr(t.attrs, 'w:ilvl') ?? 0);
    else if (num && t.name === 'w:startOverride' && num.ilvl !== undefined) num.overrides.set(num.ilvl, Number(attr(t.attrs, 'w:val') ?? 1));
    else if (t.name === 'w:num' && t.close) num = undefined;
  }
  for (const n of nums) {
    const levels = (abstract.get(n.abstract ?? '') ?? []).map((l, i) => (l ? { ...l, start: n.overrides.get(i) ?? l.start } : l));
    // Nums of one abstract numbering share its count (ECMA-376 §17.9); a start override restarts it.
    out.set(n.id, { levels, counter: n.overrides.size > 0 ? `num:${n.id}` : `abstract:${n.abstract ?? ''}` });
  }
  return out;
}

const ROMAN: ReadonlyArray<[number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
function roman(n: number): string {
  let s = '';
  for (const [v, r] of ROMAN) {
    while (n >= v) {
      s += r;
      n -= v;
    }
  }
  return s;
}
const RUSSIAN = 'абвгдежзиклмнопрстуфхцчшщэюя';
// Word's arabicAlpha is the alphabetical order; arabicAbjad the abjad order.
const ALPHA = 'أبتثجحخدذرزسشصضطظعغفقكلمنهوي';
const ABJAD = 'أبجدهوزحطيكلمنسعفصقرشتثخذضظغ';
/** A letter counter as Word writes it: a … z, then aa … zz. */
function letters(n: number): string {
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** A counter in a numbering format (ECMA-376 ST_NumberFormat); undefined for bullets and none. */
function formatNumber(n: number, format: string): string | undefined {
  switch (format) {
    case 'decimal':
    case 'decimalZero':
      return format === 'decimalZero' && n < 10 ? `0${n}` : String(n);
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'russianLower':
      return RUSSIAN.charAt((n - 1) % RUSSIAN.length);
    case 'russianUpper':
      return RUSSIAN.charAt((n - 1) % RUSSIAN.length).toUpperCase();
    case 'arabicAbjad':
      return ABJAD.charAt((n - 1) % ABJAD.length);
    case 'arabicAlpha':
      return ALPHA.charAt((n - 1) % ALPHA.length);
    case 'hindiNumbers':
    case 'arabicIndic':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));
    case 'bullet':
    case 'none':
      return undefined;
    default:
      return String(n);
  }
}

/** Options of {@link fromDocx}. */
export interface DocxOptions {
  /** Read tracked changes as rejected (the text before them) instead of accepted. @default false */
  rejectChanges?: boolean;
}

/**
 * The paragraphs of a Word file (.docx), separated by blank lines. Word's
 * automatic numbering is written out as labels ("1.", "2)", "(a)", "iv.")
 * from the file's numbering definitions, so that renumbering is seen as
 * such; a line break inside a paragraph stays a line break; table cells are
 * paragraphs; tracked insertions are kept and deletions left out (the text
 * as accepted). Headers, footers, footnotes and comments are left out and
 * listed in `removed`.
 *
 * @param bytes - The file's bytes.
 * @returns The text, the document's title (from its properties), what was left out, and warnings.
 * @throws TypeError when `bytes` is not a Uint8Array; DocumentError when it is not a Word file, is damaged or encrypted, or has no text.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { fromDocx } from 'communique-diff/import';
 * const { text } = fromDocx(readFileSync('round-21.docx'));
 * ```
 * @category Read documents
 */
export function fromDocx(bytes: Uint8Array, options?: DocxOptions): ImportedText {
  if (!(bytes instanceof Uint8Array)) throw new TypeError(`\`bytes\` must be a Uint8Array (a Buffer), received ${bytes === null ? 'null' : typeof bytes}`);
  expectImportOptions(options, ['rejectChanges']);
  if (bytes.length === 0) throw new DocumentError('is empty (0 bytes)');
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) throw new DocumentError('is an old Word .doc file or an encrypted .docx: save it as .docx (without a password)');
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new DocumentError('is not a Word file: a .docx is a ZIP archive, and this is not one');
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name === BODY || f.name === NUMBERING || f.name === CORE || LEFT_OUT.test(f.name) });
  } catch (error) {
    throw new DocumentError(`is damaged: its ZIP archive cannot be read (${(error as Error).message})`);
  }
  const body = files[BODY];
  if (!body) throw new DocumentError(`is a ZIP archive but not a Word file: it has no ${BODY}`);
  const numbering = readNumbering(files[NUMBERING] ? strFromU8(files[NUMBERING]) : undefined);
  const paragraphs = readParagraphs(strFromU8(body), numbering, options?.rejectChanges === true);
  const text = paragraphs.join('\n\n');
  if (text.trim() === '') throw new DocumentError('has no text');
  const removed: RemovedPart[] = [];
  for (const [name, data] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const m = LEFT_OUT.exec(name);
    if (!m) continue;
    const t = readParagraphs(strFromU8(data), new Map(), false).join(' ').trim();
    if (t !== '') removed.push({ what: (m[1] as string).replace(/s$/, ''), text: t.length > 200 ? `${t.slice(0, 199)}…` : t });
  }
  const result: ImportedText = { text, source: { format: 'docx' }, removed, warnings: [] };
  // Word writes a box twice (mc:Choice and mc:Fallback): count the first only.
  const boxes = strFromU8(body).replace(/<mc:Fallback>[\s\S]*?<\/mc:Fallback>/g, '').split('<w:txbxContent').length - 1;
  if (boxes > 0) result.warnings.push(`${boxes} text box${boxes === 1 ? '' : 'es'} left out (text in a box drawn over the page)`);
  const title = files[CORE] ? /<dc:title>([^<]*)<\/dc:title>/.exec(strFromU8(files[CORE]))?.[1] : undefined;
  if (title && title.trim() !== '') result.source.title = decodeEntities(title.trim());
  return result;
}

/** The paragraphs of a WordprocessingML part, numbered ones with their labels. */
function readParagraphs(xml: string, numbering: ReadonlyMap<string, Numbering>, reject: boolean): string[] {
  const out: string[] = [];
  const counters = new Map<string, number[]>();
  let text: string | undefined;
  let numId: string | undefined;
  let ilvl = 0;
  // Depth inside elements whose text is not the paragraph's (deleted runs, field codes, …).
  let skip = 0;
  // Inside a w:t element, whose text is the paragraph's (whitespace between other tags is not).
  let inText = false;
  // Always: field codes, the fallback copy of drawings, a paragraph's properties before a
  // tracked change (w:pPrChange holds its old numbering), and text boxes (paragraphs inside
  // a paragraph: left out, and counted in the warnings).
  const ALWAYS = ['w:instrText', 'w:delInstrText', 'w:fldData', 'mc:Fallback', 'w:pPrChange', 'w:rPrChange', 'w:txbxContent'];
  const SKIPPED = new Set([...ALWAYS, ...(reject ? ['w:ins', 'w:moveTo'] : ['w:del', 'w:delText', 'w:moveFrom'])]);
  for (const t of tags(xml)) {
    if (t.name === '') {
      if (text !== undefined && skip === 0 && inText) text += t.text;
      continue;
    }
    if (SKIPPED.has(t.name) && !t.empty) {
      skip += t.close ? -1 : 1;
      continue;
    }
    if (skip > 0) continue;
    switch (t.name) {
      case 'w:p':
        if (t.close || t.empty) {
          if (text !== undefined) out.push(label(numId, ilvl) + text.replace(/[ \t]+\n/g, '\n').replace(/[ \t\u00a0]+/g, ' ').trim());
          text = undefined;
        } else {
          text = '';
          numId = undefined;
          ilvl = 0;
        }
        break;
      case 'w:numId':
        numId = attr(t.attrs, 'w:val');
        break;
      case 'w:ilvl':
        ilvl = Number(attr(t.attrs, 'w:val') ?? 0);
        break;
      case 'w:t':
      case 'w:delText':
        inText = !t.close && !t.empty;
        break;
      case 'w:tab':
        if (text !== undefined && t.empty) text += '\t';
        break;
      case 'w:br':
      case 'w:cr':
        if (text !== undefined) text += '\n';
        break;
      case 'w:noBreakHyphen':
        if (text !== undefined) text += '-';
        break;
      default:
        break;
    }
  }
  return out.filter((p) => p.trim() !== '');

  function label(id: string | undefined, level: number): string {
    if (id === undefined || id === '0') return '';
    const num = numbering.get(id);
    const levels = num?.levels;
    const def = levels?.[level];
    if (!num || !levels || !def) return '';
    let counts = counters.get(num.counter);
    if (!counts) counters.set(num.counter, (counts = []));
    counts[level] = (counts[level] ?? def.start - 1) + 1;
    // A paragraph at a level restarts the levels below it.
    counts.length = level + 1;
    const written = def.text.replace(/%(\d)/g, (_, d: string) => {
      const k = Number(d) - 1;
      const l = levels[k];
      return l ? (formatNumber(counts?.[k] ?? l.start, l.format) ?? '') : '';
    });
    return formatNumber(1, def.format) === undefined || written.trim() === '' ? '' : `${written.trim()} `;
  }
}
