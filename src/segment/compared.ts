/**
 * A paragraph's text as it is compared and read for commitments: the layout
 * inside it (a running header or page number where a page breaks in
 * mid-paragraph) as spaces of the same length, so that every offset still
 * points into the source. Displayed text is the paragraph's own `text`.
 */
import { isHyphen, tokenize, type Token } from '../tokenize/tokens.js';
import type { Paragraph } from '../types/segment.js';

const masked = new WeakMap<Paragraph, string>();

/** `p.text` with the layout inside it as spaces; `p.text` itself when it has none. */
export function comparedText(p: Paragraph): string {
  if (!p.layout || p.layout.length === 0) return p.text;
  let out = masked.get(p);
  if (out === undefined) {
    let s = '';
    let at = 0;
    for (const r of p.layout) {
      const from = Math.max(at, r.start - p.textStart);
      const to = Math.min(p.text.length, r.end - p.textStart);
      if (to <= from) continue;
      s += p.text.slice(at, from) + ' '.repeat(to - from);
      at = to;
    }
    out = s + p.text.slice(at);
    masked.set(p, out);
  }
  return out;
}

/** A key for caches of a paragraph's reading: its text, and where layout is masked in it. */
export function comparedKey(p: Paragraph): string {
  return p.layout && p.layout.length > 0 ? `${p.text}\u0000${p.layout.map((r) => `${r.start - p.textStart}-${r.end - p.textStart}`).join(',')}` : p.text;
}

/**
 * The tokens of a paragraph for comparison: those of its compared text, the
 * masked layout one whitespace token with it, each token's `text` as written
 * in `p.text` (so word edits spell the paragraph exactly).
 */
export function comparedTokens(p: Paragraph): Token[] {
  const text = comparedText(p);
  const tokens = tokenize(text);
  if (text === p.text) return tokens;
  return tokens.map((t) => ({ ...t, text: p.text.slice(t.start, t.start + t.text.length) }));
}

const LINE_END_HYPHEN = /(\p{L})(\p{Pd}|\u00ad)[^\S\n]*\n\s*(?=\p{Ll})/gu;
const SPACES = /\s+/g;
const COMPOUND_HYPHEN = /(\p{L})[-\u2010\u2011\u2013](?=\p{L})/gu;
// Whether a replacement can apply at all, without Unicode classes (most paragraphs have no line break).
const ANY_HYPHEN = /[-\u2010\u2011\u2013]/;

/**
 * A paragraph's text as laid out aside: its compared text with words
 * hyphenated at a line's end joined, compounds' hyphens left out (as keys
 * compare them) and every run of whitespace one space.
 * Two paragraphs with the same plain text differ only in layout (wrapping,
 * page breaks): they are unchanged.
 */
export function plainText(p: Paragraph): string {
  let s = comparedText(p);
  if (s.includes('\n')) s = s.replace(LINE_END_HYPHEN, (m: string, letter: string, hyphen: string) => (isHyphen(hyphen.charCodeAt(0)) ? letter : m));
  // A compound's hyphen, as keys compare it: a line broken at it ("de-\nescalation") is the compound.
  if (ANY_HYPHEN.test(s)) s = s.replace(COMPOUND_HYPHEN, '$1');
  return s.replace(SPACES, ' ').trim();
}
