/**
 * fromPdf: the text of a PDF with its lines and paragraphs rebuilt from the
 * positions of its text (PDF.js, through unpdf): lines from the baselines,
 * words from the gaps between glyph runs, paragraphs from vertical gaps
 * wider than the page's line spacing, right-to-left lines put back in
 * reading order, Arabic presentation forms read as letters. Pages are
 * separated by a form feed; running headers, page numbers and hyphenation
 * are then read by the core's text-as-published rules.
 */
import { getDocumentProxy } from 'unpdf';
import { PDF_MAX_PAGES, PDF_PARAGRAPH_GAP, PDF_SAME_LINE, PDF_WORD_GAP } from '../params.js';
import { expectImportOptions } from './options.js';
import { DocumentError, type ImportedText } from './types.js';

/** Options of {@link fromPdf}. */
export interface PdfOptions {
  /** Read at most this many pages; a longer PDF is refused with a DocumentError (not cut short). @default 2000 */
  maxPages?: number;
  /** The password of an encrypted PDF. */
  password?: string;
}

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Line {
  y: number;
  height: number;
  items: Item[];
}

// Letters of right-to-left scripts (Hebrew, Arabic and their presentation forms).
const RTL_CLASS = '[\\u0590-\\u08ff\\ufb1d-\\ufdff\\ufe70-\\ufeff]';
const RTL_LETTER = new RegExp(RTL_CLASS, 'gu');
const HAS_RTL = new RegExp(RTL_CLASS, 'u');
const LTR_LETTER = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/gu;
// Runs that keep their left-to-right order inside a right-to-left line: Latin or Cyrillic words and numbers.
const LTR_RUN = /^(?=.*[\p{Script=Latin}\p{Script=Cyrillic}\p{Nd}])[\p{Script=Latin}\p{Script=Cyrillic}\p{Nd} .,:/%+\-–]+$/u;
const LATIN = /[\p{Script=Latin}\p{Script=Cyrillic}]/u;
const DIGITS = /^\p{Nd}+$/u;
const COMMON_SEPARATOR = /^[.,:/]$/;
const NEUTRAL = /^[^\p{L}\p{N}\p{M}]+$/u;
const CHUNKS = /[^\p{L}\p{N}\p{M}]+|[\p{L}\p{N}\p{M}]+/gu;
const STRONG = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Nd}]/u;
const MARK_START = /^\p{M}/u;
const MARK_ONLY = /^\p{M}+$/u;
const SPACED_MARK = /^\s+\p{M}+$/u;
const ARABIC_MARKS = /^[\u064b-\u065f\u0670]+$/u;
// Presentation forms (Arabic ligatures and contextual forms, Latin ligatures "ﬁ"): what PDFs
// of shaped text hold; NFKC gives the letters.
const PRESENTATION = /[\ufb00-\ufb06\ufb50-\ufdff\ufe70-\ufeff]+/gu;
const MIRROR: Readonly<Record<string, string>> = { '(': ')', ')': '(', '[': ']', ']': '[', '«': '»', '»': '«', '<': '>', '>': '<', '{': '}', '}': '{' };

/** Group a page's text items into lines by baseline, top to bottom, each left to right. */
function linesOf(items: readonly Item[]): Line[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const it of sorted) {
    const last = lines[lines.length - 1];
    // Half a line's height: a superscript (a footnote's number) is on its line.
    if (last && Math.abs(last.y - it.y) <= PDF_SAME_LINE * Math.max(last.height, it.height, 1)) {
      last.items.push(it);
      last.height = Math.max(last.height, it.height);
    } else lines.push({ y: it.y, height: it.height, items: [it] });
  }
  for (const l of lines) l.items.sort((a, b) => a.x - b.x);
  return lines;
}

/** The text of a line: its items in reading order, a space where a gap stands between them. */
function lineText(line: Line): string {
  const all = line.items.map((it) => it.str).join('');
  const rtl = (all.match(RTL_LETTER)?.length ?? 0) > (all.match(LTR_LETTER)?.length ?? 0);
  const items = line.items;
  const parts: string[] = [];
  let prevEnd: number | undefined;
  for (const it of items) {
    const gap = prevEnd === undefined ? 0 : it.x - prevEnd;
    // A mark (tashkeel, an accent) drawn apart from its letter is still on it.
    if (prevEnd !== undefined && gap > PDF_WORD_GAP * Math.max(it.height, 1) && !MARK_START.test(it.str) && !MARK_ONLY.test(parts[parts.length - 1] ?? '')) parts.push(' ');
    parts.push(it.str);
    prevEnd = it.x + it.width;
  }
  const ordered = rtl ? visualToLogical(parts) : parts;
  return ordered.join('').replace(PRESENTATION, (m) => m.normalize('NFKC')).replace(/[ \t\u00a0]+/g, ' ').trim();
}

/**
 * A right-to-left line's parts, laid out left to right, in reading order:
 * reversed, but with runs of left-to-right words and numbers (and the spaces
 * inside them) kept in their order, and mirrored brackets swapped.
 */
function visualToLogical(parts: readonly string[]): string[] {
  // Items are cut where punctuation meets words (".2025" is a period left of a number).
  // Items of Arabic letters are in reading order already and stay whole.
  const rev = parts.flatMap((p) => (HAS_RTL.test(p) ? [p] : (p.match(CHUNKS) ?? [p]))).reverse();
  const out: string[] = [];
  let i = 0;
  while (i < rev.length) {
    if (!LTR_RUN.test(rev[i] as string)) {
      const p = rev[i] as string;
      // Punctuation and spaces alone (": “", ".»") are laid out right to left too: reversed,
      // brackets and guillemets mirrored. Parts with letters come in reading order already.
      out.push(NEUTRAL.test(p) ? [...p].reverse().map((ch) => MIRROR[ch] ?? ch).join('') : p);
      i++;
      continue;
    }
    let j = i;
    // A run goes on across spaces and punctuation between left-to-right parts ("S/2024/123", "United Nations").
    // Numbers among Arabic words are Arabic numbers (Unicode's bidi rule W2): they join only
    // across a period, comma, colon or slash ("2.5", "1/2"), not a space or a hyphen ("2024-2025"
    // reads right to left); Latin words join across anything neutral.
    const joins = (a: string, gap: string, b: string): boolean => (LATIN.test(a) && LATIN.test(b)) || (COMMON_SEPARATOR.test(gap) && DIGITS.test(a) && DIGITS.test(b));
    while (j + 1 < rev.length && (LTR_RUN.test(rev[j + 1] as string) || (NEUTRAL.test(rev[j + 1] as string) && j + 2 < rev.length && LTR_RUN.test(rev[j + 2] as string) && joins(rev[j] as string, rev[j + 1] as string, rev[j + 2] as string)))) j++;
    // Punctuation at a run's ends is not part of it ("١-": the hyphen follows the number).
    while (j > i && !STRONG.test(rev[j] as string)) j--;
    let k = i;
    while (k < j && !STRONG.test(rev[k] as string)) k++;
    for (let m = i; m < k; m++) out.push([...(rev[m] as string)].reverse().map((ch) => MIRROR[ch] ?? ch).join(''));
    out.push(...rev.slice(k, j + 1).reverse());
    i = j + 1;
  }
  return out;
}

/**
 * Arabic marks (tashkeel) drawn as glyphs of their own, put on their letter:
 * the PDF writes a mark just before its letter's glyph (in the content
 * stream's order, which is not the order of x), so it joins the next letter
 * item, after its last character.
 */
function withMarksOnLetters(items: readonly Item[]): Item[] {
  const out: Item[] = [];
  let pending = '';
  for (const it of items) {
    const str = it.str.trim();
    if (ARABIC_MARKS.test(str)) {
      pending += str;
      continue;
    }
    if (pending !== '' && str !== '') {
      out.push({ ...it, str: it.str + pending });
      pending = '';
    } else out.push(it);
  }
  return out;
}

/** A page's text: its lines, with a blank line where the vertical gap is wider than the usual line spacing. */
function pageText(items: readonly Item[]): string {
  const lines = linesOf(items.filter((it) => it.str !== ''));
  const gaps = lines.slice(1).map((l, k) => (lines[k] as Line).y - l.y).filter((g) => g > 0).sort((a, b) => a - b);
  const usual = gaps[Math.floor(gaps.length / 2)] ?? 0;
  const out: string[] = [];
  lines.forEach((l, k) => {
    const text = lineText(l);
    if (text === '') return;
    const prev = lines[k - 1];
    if (prev && out.length > 0 && usual > 0 && prev.y - l.y > PDF_PARAGRAPH_GAP * usual) out.push('');
    out.push(text);
  });
  return out.join('\n');
}

/**
 * The text of a PDF, pages separated by a form feed, paragraphs by blank
 * lines where the layout shows them. Feed it to `diffCommuniques` as it is:
 * the core keeps running headers, page numbers and page breaks out of the
 * paragraphs and joins words hyphenated at a line's end.
 *
 * @param bytes - The file's bytes.
 * @param options - Pages to read at most; the password of an encrypted PDF.
 * @returns A promise of the text, the PDF's title, its page count and warnings.
 * @throws TypeError when `bytes` is not a Uint8Array; DocumentError (the promise rejects) when it is not a PDF, is damaged, encrypted without the password, longer than `maxPages`, or has no text (a scan).
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { fromPdf } from 'communique-diff/import';
 * const { text } = await fromPdf(readFileSync('round-21.pdf'));
 * ```
 * @category Read documents
 */
export async function fromPdf(bytes: Uint8Array, options?: PdfOptions): Promise<ImportedText> {
  if (!(bytes instanceof Uint8Array)) throw new TypeError(`\`bytes\` must be a Uint8Array (a Buffer), received ${bytes === null ? 'null' : typeof bytes}`);
  expectImportOptions(options, ['maxPages', 'password']);
  const maxPages = options?.maxPages ?? PDF_MAX_PAGES;
  if (bytes.length === 0) throw new DocumentError('is empty (0 bytes)');
  if (!(bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46)) throw new DocumentError('is not a PDF: it does not start with %PDF');
  let pdf;
  try {
    // A copy: PDF.js takes the buffer over (detaches it).
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false, ...(options?.password !== undefined ? { password: options.password } : {}) } as Parameters<typeof getDocumentProxy>[1]);
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException') throw new DocumentError(options?.password === undefined ? 'is encrypted: it needs a password (options.password)' : 'is encrypted, and the password is wrong');
    throw new DocumentError(`is damaged or truncated: ${(error as Error).message}`);
  }
  try {
    if (pdf.numPages > maxPages) throw new DocumentError(`has ${pdf.numPages} pages, more than the ${maxPages} read at most (options.maxPages)`);
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const it of content.items) {
        if (!('str' in it)) continue;
        const [a, b, , , x, y] = it.transform as number[];
        // A mark drawn on its own (tashkeel) comes as " ً": the space is not the text's.
        const str = SPACED_MARK.test(it.str) ? it.str.trim() : it.str;
        items.push({ str, x: x as number, y: y as number, width: it.width, height: it.height || Math.hypot(a as number, b as number) });
      }
      pages.push(pageText(withMarksOnLetters(items)));
      page.cleanup();
    }
    const text = pages.join('\n\f\n');
    if (text.replace(/\s/g, '') === '') throw new DocumentError('has no text to read: its pages are images (a scan?); run it through OCR first');
    const result: ImportedText = { text, source: { format: 'pdf', pages: pdf.numPages }, removed: [], warnings: [] };
    const empty = pages.filter((p) => p.trim() === '').length;
    if (empty > 0) result.warnings.push(`${empty} of ${pdf.numPages} pages have no text (images?)`);
    const info = (await pdf.getMetadata().catch(() => undefined))?.info as { Title?: unknown } | undefined;
    if (typeof info?.Title === 'string' && info.Title.trim() !== '') result.source.title = info.Title.trim();
    return result;
  } catch (error) {
    if (error instanceof DocumentError) throw error;
    throw new DocumentError(`is damaged: ${(error as Error).message}`);
  } finally {
    await pdf.destroy();
  }
}
