/** Paragraph numbering ("1.", "2)", "(a)", "١-", "IV."), kept apart from the text. */

// A label is an optional "(", then up to three digits in any digit system, a
// Roman numeral, or one letter (Latin, Cyrillic or Arabic, for lettered
// sub-paragraphs "(a)", "б)", "أ-"), then a closing ")", ".", "-", "–" or ":",
// and then whitespace (or an invisible mark such as RLM before it). Bounded
// quantifiers only: the match is linear.
const LABEL =
  /^(?:\(\s?(?:\p{Nd}{1,3}|[ivxlcIVXLC]{1,6}|\p{L})\s?\)|(?:\p{Nd}{1,3}|[ivxlcIVXLC]{1,6}|\p{L})\s?[.)\-–:])(?=[\s\u00a0\p{Cf}])/u;

// The characters that close a label (")", ".", "-", "–", ":"), and how far in the longest
// label closes: "(" + space + a Roman numeral of six letters + space + ")" is ten characters.
const CLOSERS = new Set([0x29, 0x2e, 0x2d, 0x2013, 0x3a]);
const LABEL_REACH = 10;

// A lone letter followed by "." is an initial ("A. Lavrentiev") more often
// than a label, unless it is in parentheses or closed by ")" or "-".
const INITIAL = /^\p{Lu}\.$/u;

/** Find a label at the start of a paragraph's text: its length, or 0 when there is none. */
export function labelLength(text: string): number {
  // A label closes within its first LABEL_REACH characters ("(iii) ", "12. "): most paragraphs
  // and lines have no such mark there and need no regex.
  let closed = false;
  for (let i = 0; i < LABEL_REACH && i < text.length && !closed; i++) closed = CLOSERS.has(text.charCodeAt(i));
  if (!closed) return 0;
  const m = LABEL.exec(text.slice(0, 16));
  if (!m) return 0;
  const label = m[0];
  if (INITIAL.test(label)) return 0;
  // A Roman numeral must be a real one ("mix." is a word, not a label).
  const body = label.replace(/[()\s.)\-–:]/g, '');
  if (/^[ivxlc]{2,}$/i.test(body) && !/^(?=[ivxlc])(x{0,3}|xl|l|lx{0,3}|xc|c)(ix|iv|v?i{0,3})$/i.test(body)) return 0;
  return label.length;
}
