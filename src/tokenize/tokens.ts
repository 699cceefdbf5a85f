/**
 * A Unicode-aware word tokenizer. Words are runs of letters, combining marks
 * and digits in any script, so Arabic and Cyrillic words stay whole (jsdiff's
 * default `diffWords` only knows Latin letters and cuts المستمر into letters).
 * One linear scan over UTF-16 code units, with table look-ups for the
 * scripts of the communiqués and Unicode property tests for the rest.
 */
import { bmpTable, UNCLASSIFIED } from '../util/chars.js';

/** What a token is. */
export type TokenKind = 'word' | 'space' | 'punct';

/** A token with its place in the text it came from. */
export interface Token {
  kind: TokenKind;
  /** The token as written. */
  text: string;
  /** Offset of the token in the text it came from. */
  start: number;
}


const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const SPACE_CHAR = /[\s\p{Cf}]/u;

const enum Class {
  Word = 0,
  Space = 1,
  Other = 2,
}

// Classes of the BMP code units, from the same Unicode properties as the slow
// path: those seen most (ASCII, Latin-1, Cyrillic, Arabic) computed at load,
// the others (curly quotes, dashes, ZWNJ, presentation forms) when first met —
// a regex test per such character was a good part of a scan's time. Surrogates
// are never filled: a character outside the BMP takes the slow path.
const FAST_LIMIT = 0x0800;
const classOf = (ch: string): Class => (WORD_CHAR.test(ch) ? Class.Word : SPACE_CHAR.test(ch) ? Class.Space : Class.Other);
const FAST = bmpTable(FAST_LIMIT, (c) => classOf(String.fromCharCode(c)));

/** The class of the code point at i (its length in code units is `unitsAt`). */
function classAt(text: string, i: number): Class {
  const c = text.charCodeAt(i);
  const known = FAST[c] as number;
  if (known !== UNCLASSIFIED) return known as Class;
  if (c >= 0xd800 && c <= 0xdfff) return classOf(text.slice(i, i + unitsAt(text, i)));
  return (FAST[c] = classOf(String.fromCharCode(c)));
}

/** 2 for a surrogate pair, 1 otherwise (a lone surrogate is one unit). */
function unitsAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

// Joiners that stay inside a word when word characters stand on both sides:
// apostrophes (Türkiye’s), hyphens and en dashes (Nur-Sultan, de–escalation),
// a period or comma between digits (2.5, 1,000), and invisible format
// characters (ZWNJ in Persian words).
function isJoiner(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2d || (c >= 0x2010 && c <= 0x2013) || c === 0x2e || c === 0x2c || c === 0x200c || c === 0x200d || c === 0xad;
}

/** A hyphen that may cut a word at a line's end (hyphen-minus, soft hyphen, hyphen, non-breaking hyphen). */
export function isHyphen(c: number): boolean {
  // The en dash too when it is a compound's ("de–\nescalation"): callers check that a letter
  // stands right before it ("Syria –\nincluding" is a dash between words).
  return c === 0x2d || c === 0xad || (c >= 0x2010 && c <= 0x2011) || c === 0x2013;
}

const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;

/**
 * Where the second half of a word hyphenated at a line's end starts: after
 * the hyphen at `i`, a line break, the next line's indentation, and then a
 * lower-case letter ("sover-\neignty", «суве-\nренитет»); 0 when it is not one.
 */
function hyphenatedAt(text: string, i: number): number {
  let k = i + 1;
  if (text.charCodeAt(k) === 0x0d) k++;
  if (text.charCodeAt(k) !== 0x0a) return 0;
  k++;
  while (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09) k++;
  return LOWER.test(text.charAt(k)) ? k : 0;
}

/** An invisible format character (Cf) rather than visible whitespace. */
function isInvisible(c: number): boolean {
  return c === 0xad || c === 0x61c || c === 0x180e || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x206f) || c === 0xfeff;
}

function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9);
}

/** Kinds of token in a {@link TokenScan}, by number. */
export const WORD = 0;
export const SPACE = 1;
export const PUNCT = 2;
const KIND_NAMES: readonly TokenKind[] = ['word', 'space', 'punct'];

/**
 * The tokens of a text as parallel arrays: token i is `kinds[i]` (WORD, SPACE
 * or PUNCT) from `starts[i]` to `ends[i]`. The arrays are shared buffers,
 * valid until the next scan: readers of many paragraphs (commitment
 * extraction) then allocate nothing per token.
 */
export interface TokenScan {
  count: number;
  kinds: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
}

const scan: TokenScan = { count: 0, kinds: new Uint8Array(256), starts: new Int32Array(256), ends: new Int32Array(256) };

/**
 * Scan text into tokens (see {@link tokenize}) without making an object per
 * token. With `spaces` false, whitespace tokens are left out. The result is
 * overwritten by the next call.
 */
export function scanTokens(text: string, spaces = true): TokenScan {
  const n = text.length;
  if (scan.kinds.length < n) {
    const size = Math.max(n, scan.kinds.length * 2);
    scan.kinds = new Uint8Array(size);
    scan.starts = new Int32Array(size);
    scan.ends = new Int32Array(size);
  }
  const { kinds, starts, ends } = scan;
  let count = 0;
  const push = (kind: number, start: number, end: number): void => {
    kinds[count] = kind;
    starts[count] = start;
    ends[count] = end;
    count++;
  };
  let i = 0;
  while (i < n) {
    const start = i;
    const cls = classAt(text, i);
    i += unitsAt(text, i);
    if (cls === Class.Word) {
      while (i < n) {
        // Fast path: a word character of the look-up table.
        const code = text.charCodeAt(i);
        if (FAST[code] === Class.Word) {
          i++;
          continue;
        }
        const c2 = classAt(text, i);
        if (c2 === Class.Word) {
          i += unitsAt(text, i);
          continue;
        }
        const j = text.charCodeAt(i);
        // A word hyphenated at a line's end ("sover-\neignty", as PDF text gives it) is one word.
        const joined = isHyphen(j) && LETTER.test(text.charAt(i - 1)) ? hyphenatedAt(text, i) : 0;
        if (joined > 0) {
          i = joined;
          continue;
        }
        if (i + 1 < n && (isJoiner(j) || (c2 === Class.Space && isInvisible(j)))) {
          const numeric = j === 0x2e || j === 0x2c;
          if (classAt(text, i + 1) === Class.Word && (!numeric || (isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))))) {
            i += 1 + unitsAt(text, i + 1);
            continue;
          }
        }
        break;
      }
      push(WORD, start, i);
    } else if (cls === Class.Space) {
      while (i < n && classAt(text, i) === Class.Space) i += unitsAt(text, i);
      if (spaces) push(SPACE, start, i);
    } else {
      push(PUNCT, start, i);
    }
  }
  scan.count = count;
  return scan;
}

/**
 * Split text into word, space and punctuation tokens that concatenate back to
 * the text. With `spaces` false, whitespace tokens are left out (the others
 * keep their offsets): for readers that only look at words and marks.
 */
export function tokenize(text: string, spaces = true): Token[] {
  const { count, kinds, starts, ends } = scanTokens(text, spaces);
  const tokens = new Array<Token>(count);
  for (let k = 0; k < count; k++) {
    const start = starts[k] as number;
    tokens[k] = { kind: KIND_NAMES[kinds[k] as number] as TokenKind, text: text.slice(start, ends[k]), start };
  }
  return tokens;
}
