/** Worded lines (reasons, headlines), cosmetic runs and replaced words as HTML. */
import type { ParagraphChange } from '../../types/diff.js';
import type { CommuniqueDiff } from '../../types/pipeline.js';
import type { Part } from '../locale/index.js';
import { directionOf, placeOf } from '../blocks.js';
import type { CosmeticPiece, Letters } from '../words.js';
import { escapeHtml, htmlText } from './escape.js';

/**
 * A quotation as one isolate: the quotation marks of the line's language
 * outside, and inside a `<bdi>` with the quotation's own direction all of its
 * text, its own punctuation and quotation marks included, so that an Arabic
 * quotation in an English line (or the reverse) keeps its words in order.
 */
export function quoteHtml(text: string, marks: readonly [string, string]): string {
  const dir = directionOf(text) ?? 'ltr';
  return `${marks[0]}<bdi dir="${dir}">${htmlText(text, dir)}</bdi>${marks[1]}`;
}

/** A worded line as HTML: the report's words escaped, each quotation isolated. */
export function partsHtml(parts: readonly Part[], marks: readonly [string, string], dir: 'ltr' | 'rtl'): string {
  return parts.map((p) => ('quote' in p ? quoteHtml(p.quote, marks) : htmlText(p.text, dir))).join('');
}

/** A name or label given by the caller, isolated: a path or an Arabic round label keeps its order in the line. */
export const isolated = (text: string): string => `<bdi>${escapeHtml(text)}</bdi>`;

/** A cosmetic run: the differing words marked, each with its old form shown after it (by CSS, so that copying the text copies the new words only). */
export function cosmeticHtml(pieces: readonly CosmeticPiece[], dir: 'ltr' | 'rtl', was: string, text: (t: string) => string = (t) => htmlText(t, dir)): string {
  return pieces
    .map((p) => (p.was === undefined ? text(p.text) : `<span class="cosmetic" data-was="${escapeHtml(p.was)}" title="${escapeHtml(`${was}: ${p.was}`)}">${text(p.text)}</span>`))
    .join('');
}

/** A word's letters, the changed ones marked. */
export function lettersHtml(letters: Letters, dir: 'ltr' | 'rtl'): string {
  return letters.map((l) => (l.changed ? `<mark class="ch">${htmlText(l.text, dir)}</mark>` : htmlText(l.text, dir))).join('');
}

/** Where a change sits in each round ("Round 20 ¶3 → Round 21 ¶4"), the round labels isolated. */
export function placeHtml(diff: CommuniqueDiff, c: ParagraphChange, oldLabel: string, newLabel: string, arrow: string): string {
  const place = placeOf(diff, c, '\u0000', '\u0001', arrow);
  // (Replacer functions: a "$" in a label is text, not a replacement pattern.)
  return escapeHtml(place)
    .replace('\u0000', () => isolated(oldLabel))
    .replace('\u0001', () => isolated(newLabel));
}
