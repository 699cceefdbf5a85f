/** Lines of a source text, with the offsets of their visible characters. */
import { bmpTable } from '../util/chars.js';
import { labelLength } from './labels.js';

/** One line of a text: the offsets of its visible characters. */
export interface Line {
  /** Offset of the first visible character. */
  start: number;
  /** Offset just past the last visible character; equal to start for a blank line. */
  end: number;
  /** Set on the first line after layout lines (a page break) that the reading goes on across. */
  gap?: boolean;
  /** …and when that layout stood as between paragraphs: blank lines on both sides, or press furniture. */
  gapBlank?: boolean;
  /** …and when it was press furniture with blank lines on both sides: a paragraph ends before it whatever its last word. */
  gapApart?: boolean;
}

/**
 * Whether a character is blank: whitespace and invisible format characters
 * (BOM, bidi marks, zero-width characters) do not make a line non-blank and
 * are trimmed from paragraph ends.
 */
export function isBlankChar(code: number): boolean {
  return (
    code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200f) || (code >= 0x2028 && code <= 0x202f) ||
    (code >= 0x205f && code <= 0x206f) || code === 0x3000 || code === 0xfeff || code === 0x061c || code === 0xad ||
    code === 0x180e
  );
}

/** Whether a character ends a line (LF, CR, LS, PS, VT, FF, NEL). */
export function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029 || code === 0x0b || code === 0x0c || code === 0x85;
}

/** Lines of the text, trimmed of blank characters at both ends; CRLF counts as one break. */
export function splitLines(source: string): Line[] {
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

/** Whether a character is a mark written on a letter (combining accents, tashkeel) or the tatweel: no width of its own. */
export function isMark(code: number): boolean {
  return (code >= 0x0300 && code <= 0x036f) || (code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x0640 || (code >= 0x06d6 && code <= 0x06ed);
}

/**
 * A line's length as a reader sees it: a run of spaces or invisible marks
 * counts as one character and marks on letters count nothing, so that doubled
 * spaces, NBSP, bidi marks and tashkeel do not change where paragraphs are found.
 */
export function visibleLength(source: string, l: Line): number {
  let n = 0;
  let blank = false;
  for (let i = l.start; i < l.end; i++) {
    const code = source.charCodeAt(i);
    const kind = CHAR_CLASS[code] as number;
    if (kind === MARK) continue;
    const b = kind === BLANK;
    if (!b || !blank) n++;
    blank = b;
  }
  return n;
}

// isBlankChar and isMark of every code unit (both are ranges of the BMP), looked up in a table
// made once from them: the two tests per character were most of this count's time.
const BLANK = 1;
const MARK = 2;
const CHAR_CLASS = bmpTable(0x10000, (c) => (isMark(c) ? MARK : isBlankChar(c) ? BLANK : 0));


// A line that starts in lower case goes on the sentence before it ("U.N." at a line's end).
/** A line that starts in lower case goes on the sentence before it. */
export const LOWER_START = /^\p{Ll}/u;
/** A line that starts with a capital. */
export const CASED_START = /^[\p{Lu}\p{Lt}]/u;
// Initials and titles that end in a period without ending a sentence, as a whole last word.
const ABBREVIATION = /^(?:(?:\p{L}\.){2,}|Mr\.|Mrs\.|Ms\.|Dr\.|St\.|No\.|Art\.|para\.)$/u;

/** Whether a code unit is one of JavaScript's `\s` (the characters a regex's `[\s(]` takes) or "(". */
function isSpaceOrBracket(c: number): boolean {
  return (
    c === 0x28 || c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * Whether a text ends in initials or a title that end in a period without
 * ending a sentence ("the U.N.", "Mr."), after a space or a bracket or at its
 * start. Only its last word is read (an abbreviation has neither spaces nor
 * brackets): a regex anchored at the end would scan the whole line.
 */
export function endsInAbbreviation(text: string): boolean {
  let i = text.length;
  while (i > 0 && !isSpaceOrBracket(text.charCodeAt(i - 1))) i--;
  return ABBREVIATION.test(text.slice(i));
}

// Punctuation that ends a sentence (or a quoted one) at a line's end (all in the BMP: a
// line's last code unit is tested, where a regex anchored at the end scanned the whole line).
const SENTENCE_END_CHARS = new Set([...'.!?:;؟؛。»”"\')]'].map((c) => c.charCodeAt(0)));

/** Whether the text ends in punctuation that ends a sentence (or a quoted one): . ! ? : ; ؟ ؛ 。 » ” " ' ) ]. */
export function endsInSentenceMark(text: string): boolean {
  return text.length > 0 && SENTENCE_END_CHARS.has(text.charCodeAt(text.length - 1));
}

/**
 * The visible length of each line (visibleLength), counted once per line for
 * one split: layout, wrapping and paragraph breaks each ask for it.
 */
export function lineWidths(source: string): (l: Line) => number {
  const known = new Map<number, { end: number; width: number }>();
  return (l: Line): number => {
    const k = known.get(l.start);
    if (k !== undefined && k.end === l.end) return k.width;
    const width = visibleLength(source, l);
    known.set(l.start, { end: l.end, width });
    return width;
  };
}
/** Whether a line (or a paragraph's range) starts with a number such as "1." or "(a)". */
export function startsWithLabel(source: string, l: Line): boolean {
  return labelLength(source.slice(l.start, Math.min(l.end, l.start + 16)) + ' ') > 0;
}

/** Whether a line ends a sentence: final punctuation that is not an abbreviation's ("the U.N.", "Mr."). */
export function endsSentence(source: string, l: Line): boolean {
  const text = source.slice(Math.max(l.start, l.end - 40), l.end);
  return endsInSentenceMark(text) && !endsInAbbreviation(text);
}
