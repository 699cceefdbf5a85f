/**
 * The one matcher: candidates from the rare-word index, scored by weighted
 * similarity, paired one to one, best first. Moves, commitment matching,
 * series revival and the parts of splits and merges across a move are all
 * this engine with their own hooks (as jsdiff's variants are its one engine
 * with overridden hooks): which pairs may be paired (`accept`), how a pair
 * scores (`score`), in which order pairs are taken (`compare`), and pairs
 * known beforehand (`seeds`).
 */
import { candidatePairs } from './candidates.js';
import type { Bags, StemSpace } from './similarity.js';

/** A candidate pair of items `a` (one side) and `b` (the other). */
export interface Candidate {
  a: number;
  b: number;
}

/** A candidate pair with its similarity, score and tie-break. */
export interface Scored extends Candidate {
  similarity: number;
  score: number;
  /** In [0, 1), from both items' words: breaks exact ties the same way whichever side is `a`. */
  tie: number;
}

/** What a variant of the matcher decides. */
export interface MatchHooks {
  /** Whether a pair of this similarity may be paired. */
  accept(similarity: number, a: number, b: number): boolean;
  /** The pair's score, best first; its similarity by default. */
  score?(similarity: number, a: number, b: number): number;
  /** The order pairs are taken in; by default {@link byScore}. */
  compare?(x: Scored, y: Scored): number;
  /** Pairs that are candidates whether or not the index finds them (accepted pairs only). */
  seeds?: readonly Scored[];
}

/** Best score first, then the tie-break, then lower indexes. */
export const byScore = (x: Scored, y: Scored): number => y.score - x.score || y.tie - x.tie || x.a - y.a || x.b - y.b;

/**
 * Take candidates in `compare` order and keep each one whose items are both
 * still free: greedy one-to-one pairing. `usedA` and `usedB` hold the items
 * already taken (and receive the new ones), so that passes can share them.
 */
export function pairGreedy<C extends Candidate>(candidates: C[], compare: (x: C, y: C) => number, usedA = new Set<number>(), usedB = new Set<number>()): C[] {
  candidates.sort(compare);
  const out: C[] = [];
  for (const c of candidates) {
    if (usedA.has(c.a) || usedB.has(c.b)) continue;
    usedA.add(c.a);
    usedB.add(c.b);
    out.push(c);
  }
  return out;
}

/**
 * Pair items of `aItems` (indexes into `aBags`) with items of `bItems`, one
 * to one, among the pairs that share a rare word and that `hooks.accept`
 * takes; best first as `hooks` order them. Items in `usedA`/`usedB` are not
 * paired again, and the pairs made are added to them.
 */
export function matchPairs(
  space: StemSpace,
  aBags: Bags,
  bBags: Bags,
  aItems: readonly number[],
  bItems: readonly number[],
  hooks: MatchHooks,
  usedA?: Set<number>,
  usedB?: Set<number>,
): Scored[] {
  const candidates: Scored[] = [...(hooks.seeds ?? [])];
  candidatePairs(space, aBags, bBags, aItems, bItems, (a, b) => {
    const x = aBags.at(a);
    const y = bBags.at(b);
    const similarity = space.similarity(x, y);
    if (hooks.accept(similarity, a, b)) candidates.push({ a, b, similarity, score: hooks.score?.(similarity, a, b) ?? similarity, tie: space.tieBreak(x, y) });
  });
  return pairGreedy(candidates, hooks.compare ?? byScore, usedA, usedB);
}
