/**
 * A Unicode-aware word tokenizer. Words are runs of letters, combining marks
 * and digits in any script, so Arabic and Cyrillic words stay whole (jsdiff's
 * default `diffWords` only knows Latin letters and cuts المستمر into letters).
 * One linear scan, no regular expression backtracking.
 */

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

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;
const SPACE = /[\s\p{Cf}]/u;
// Joiners that stay inside a word when letters stand on both sides:
// apostrophes (Türkiye’s), hyphens and en dashes (Nur-Sultan, de–escalation), a period or comma between
// digits (2.5, 1,000), and invisible format characters (ZWNJ in Persian words).
const INNER = /[\p{Cf}'’\-\u2010-\u2013.,]/u;

function isWordChar(ch: string): boolean {
  return LETTER_OR_DIGIT.test(ch) || MARK.test(ch);
}

/** Split text into word, space and punctuation tokens that concatenate back to the text. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const chars = Array.from(text);
  let offset = 0;
  let i = 0;
  while (i < chars.length) {
    const start = offset;
    const ch = chars[i] as string;
    let j = i + 1;
    let kind: TokenKind;
    if (isWordChar(ch)) {
      kind = 'word';
      while (j < chars.length) {
        const c = chars[j] as string;
        if (isWordChar(c)) {
          j++;
          continue;
        }
        const next = chars[j + 1];
        if (INNER.test(c) && next !== undefined && isWordChar(next) && innerAllowed(c, chars[j - 1] as string, next)) {
          j += 2;
          continue;
        }
        break;
      }
    } else if (SPACE.test(ch)) {
      kind = 'space';
      while (j < chars.length && SPACE.test(chars[j] as string)) j++;
    } else {
      kind = 'punct';
    }
    let piece = '';
    for (let k = i; k < j; k++) piece += chars[k];
    tokens.push({ kind, text: piece, start });
    offset += piece.length;
    i = j;
  }
  return tokens;
}

const DIGIT = /\p{N}/u;

function innerAllowed(joiner: string, before: string, after: string): boolean {
  // "2.5" and "1,000" are numbers; "Syria.The" and "peace,security" are two words.
  if (joiner === '.' || joiner === ',') return DIGIT.test(before) && DIGIT.test(after);
  return true;
}
