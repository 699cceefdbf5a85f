/**
 * The words of a commitment as compared: its text with the layout inside it
 * (a page number or running header where a page broke the sentence) as
 * spaces. `Commitment.text` stays the source as written; this is kept beside
 * it, for the commitments that have layout inside.
 */
import type { Commitment } from '../types/commitments.js';

const compared = new WeakMap<Commitment, string>();

/** Record the compared words of a commitment whose text has layout inside. */
export function setComparedWords(c: Commitment, words: string): Commitment {
  if (words !== c.text) compared.set(c, words);
  return c;
}

/** A commitment's words as compared: its text, layout inside left out. */
export function comparedWords(c: Commitment): string {
  return compared.get(c) ?? c.text;
}

/** A copy of a commitment (moved, renumbered) keeps its compared words. */
export function carryComparedWords(from: Commitment, to: Commitment): Commitment {
  const words = compared.get(from);
  if (words !== undefined) compared.set(to, words);
  return to;
}
