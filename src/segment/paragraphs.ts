/** Split a source text into paragraphs with offsets into it. */
import { SHORT_LAST_LINE, WRAP_MAX, WRAP_MIN, WRAPPED_SHARE } from '../params.js';
import type { Paragraph, ParagraphMode } from '../types/segment.js';
import { isHyphen } from '../tokenize/tokens.js';
import { labelLength } from './labels.js';

interface Line {
  /** Offset of the first visible character. */
  start: number;
  /** Offset just past the last visible character; equal to start for a blank line. */
  end: number;
}

// Whitespace and invisible format characters (BOM, bidi marks, zero-width
// characters) do not make a line non-blank and are trimmed from paragraph ends.
function isBlankChar(code: number): boolean {
  return (
    code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200f) || (code >= 0x2028 && code <= 0x202f) ||
    (code >= 0x205f && code <= 0x206f) || code === 0x3000 || code === 0xfeff || code === 0x061c || code === 0xad ||
    code === 0x180e
  );
}

function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029 || code === 0x0b || code === 0x0c || code === 0x85;
}

/** Lines of the text, trimmed of blank characters at both ends; CRLF counts as one break. */
function splitLines(source: string): Line[] {
  const lines: Line[] = [];
  let i = 0;
  const n = source.length;
  while (i <= n) {
    let j = i;
    while (j < n && !isLineBreak(source.charCodeAt(j))) j++;
    let s = i;
    let e = j;
    while (s < e && isBlankChar(source.charCodeAt(s))) s++;
    while (e > s && isBlankChar(source.charCodeAt(e - 1))) e--;
    lines.push({ start: s, end: e });
    if (j >= n) break;
    i = source.charCodeAt(j) === 0x0d && source.charCodeAt(j + 1) === 0x0a ? j + 2 : j + 1;
  }
  return lines;
}

const SENTENCE_END = /[.!?:;؟؛。»”"')\]]$/u;
// A line that starts in lower case goes on the sentence before it ("U.N." at a line's end).
const LOWER_START = /^\p{Ll}/u;
const CASED_START = /^[\p{Lu}\p{Lt}]/u;
// Initials and titles that end in a period without ending a sentence.
const ABBREVIATION_END = /(?:^|[\s(])(?:(?:\p{L}\.){2,}|Mr\.|Mrs\.|Ms\.|Dr\.|St\.|No\.|Art\.|para\.)$/u;
// In a script without case, a wrapped line is at least this share of the usual width.
const UNCASED_FULL = 0.85;
const LETTER_END = /\p{L}$/u;

function hasBlankLineInside(lines: Line[]): boolean {
  let seenText = false;
  let blankAfterText = false;
  for (const l of lines) {
    if (l.end > l.start) {
      if (blankAfterText) return true;
      seenText = true;
    } else if (seenText) {
      blankAfterText = true;
    }
  }
  return false;
}

// Marks written on a letter (combining accents, tashkeel) and the tatweel take no width of their own.
function isMark(code: number): boolean {
  return (code >= 0x0300 && code <= 0x036f) || (code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x0640 || (code >= 0x06d6 && code <= 0x06ed);
}

/**
 * A line's length as a reader sees it: a run of spaces or invisible marks
 * counts as one character and marks on letters count nothing, so that doubled
 * spaces, NBSP, bidi marks and tashkeel do not change where paragraphs are found.
 */
function visibleLength(source: string, l: Line): number {
  let n = 0;
  let blank = false;
  for (let i = l.start; i < l.end; i++) {
    const code = source.charCodeAt(i);
    if (isMark(code)) continue;
    const b = isBlankChar(code);
    if (!b || !blank) n++;
    blank = b;
  }
  return n;
}

/** Whether a line (or a paragraph's range) starts with a number such as "1." or "(a)". */
function startsWithLabel(source: string, l: Line): boolean {
  return labelLength(source.slice(l.start, Math.min(l.end, l.start + 16)) + ' ') > 0;
}

/** The length of a line's first word, with the punctuation attached to it. */
function firstWordLength(source: string, l: Line): number {
  let i = l.start;
  while (i < l.end && !isBlankChar(source.charCodeAt(i))) i++;
  return i - l.start;
}

/** Whether line `a` ends in a hyphen and line `b` goes on with a lower-case letter: one word cut in two. */
function hyphenatedEnd(source: string, a: Line, b: Line): boolean {
  const c = source.charCodeAt(a.end - 1);
  return isHyphen(c) && LETTER_END.test(source.slice(Math.max(a.start, a.end - 3), a.end - 1)) && LOWER_START.test(source.slice(b.start, b.start + 2));
}

/** The usual length of a text's lines: the 90th percentile, so that one overlong line does not set it. */
function usualWidth(source: string, lines: readonly Line[]): number {
  const lengths = lines.map((l) => visibleLength(source, l)).sort((a, b) => a - b);
  return lengths[Math.min(lengths.length - 1, Math.floor(lengths.length * 0.9))] ?? 0;
}

/**
 * Whether lines without blank lines between them are a hard-wrapped text (a
 * PDF's text, a mail) rather than one paragraph a line: its usual line is of
 * a wrapping width, and a good share of its lines stop at about that width
 * in mid-sentence.
 */
function looksWrapped(source: string, lines: readonly Line[]): boolean {
  if (lines.length < 3) return false;
  const width = usualWidth(source, lines);
  if (width < WRAP_MIN || width > WRAP_MAX) return false;
  // A line wrapped in mid-sentence: long, without a sentence's end, and followed by a line
  // that goes on in lower case; in a script without case (Arabic), a line of near-full width
  // followed by one that is not numbered.
  let wrapped = 0;
  for (let k = 0; k + 1 < lines.length; k++) {
    const l = lines[k] as Line;
    const next = lines[k + 1] as Line;
    const len = visibleLength(source, l);
    if (len < SHORT_LAST_LINE * width || SENTENCE_END.test(source.slice(l.start, l.end))) continue;
    const first = source.slice(next.start, next.start + 2);
    if (LOWER_START.test(first) || (!CASED_START.test(first) && len >= UNCASED_FULL * width && !startsWithLabel(source, next))) wrapped++;
  }
  return wrapped >= Math.max(2, WRAPPED_SHARE * lines.length);
}

/** Group lines into paragraph ranges: one per line, or per block of lines with hard wraps joined. */
function groupLines(source: string, lines: Line[], mode: ParagraphMode): Line[] {
  const text = lines.filter((l) => l.end > l.start);
  if (mode === 'line') return text;
  const out: Line[] = [];
  if (mode === 'auto' && !hasBlankLineInside(lines) && !looksWrapped(source, text)) {
    // One paragraph a line, but a word hyphenated at a line's end goes on.
    for (const l of text) {
      const last = out[out.length - 1];
      if (last && hyphenatedEnd(source, last, l)) last.end = l.end;
      else out.push({ ...l });
    }
    return out;
  }
  let block: Line[] = [];
  const flush = (): void => {
    if (block.length === 0) return;
    const widest = usualWidth(source, block);
    // In a numbered text, a sentence that ends at a line's end after the first number goes on
    // its numbered paragraph: there, only a number (or a short line) starts a paragraph.
    const labelled = block.map((l) => startsWithLabel(source, l));
    const numbered = labelled.filter(Boolean).length >= 2;
    let seenLabel = labelled[0] === true;
    let cur: Line = { ...(block[0] as Line) };
    for (let k = 1; k < block.length; k++) {
      const prev = block[k - 1] as Line;
      const line = block[k] as Line;
      const prevText = source.slice(prev.start, prev.end);
      const prevLen = visibleLength(source, prev);
      // A new paragraph starts at a numbered line, after a line too long to be wrapped, after
      // a short line (a paragraph's last line, or a heading: "Joint Statement …", «البيان
      // الختامي»), and after a sentence's end when the next line's first word would have fit
      // on the line: a wrapping program would have put it there.
      // A sentence ends at the line's end unless its last word is an abbreviation ("the
      // U.N.", "Mr."); a line is short only when the next line's first word would have fitted
      // on it (a wrapping program would have put it there).
      const ends = SENTENCE_END.test(prevText) && !ABBREVIATION_END.test(prevText);
      const short = prevLen < SHORT_LAST_LINE * widest && prevLen + 1 + firstWordLength(source, line) <= widest;
      const item = labelled[k] === true;
      const breakHere = item || prevLen > WRAP_MAX || short || (!(numbered && seenLabel) && ends && !LOWER_START.test(source.slice(line.start, line.start + 2)));
      if (item) seenLabel = true;
      if (breakHere) {
        out.push(cur);
        cur = { ...line };
      } else {
        cur.end = line.end;
      }
    }
    out.push(cur);
    block = [];
  };
  for (const l of lines) {
    if (l.end > l.start) block.push(l);
    else flush();
  }
  flush();
  return out;
}

/** Split `source` into paragraphs, with labels and offsets into `source`. */
export function splitParagraphs(source: string, mode: ParagraphMode): Paragraph[] {
  const ranges = groupLines(source, splitLines(source), mode);
  return ranges.map((r, index) => {
    const labelLen = labelLength(source.slice(r.start, Math.min(r.end, r.start + 16)) + ' ');
    let textStart = r.start;
    let label: string | undefined;
    if (labelLen > 0 && r.start + labelLen < r.end) {
      label = source.slice(r.start, r.start + labelLen);
      textStart = r.start + labelLen;
      while (textStart < r.end && isBlankChar(source.charCodeAt(textStart))) textStart++;
    }
    const paragraph: Paragraph = { index, text: source.slice(textStart, r.end), start: r.start, end: r.end, textStart };
    if (label !== undefined) paragraph.label = label;
    return paragraph;
  });
}
