/**
 * Match the commitments of two rounds: first inside each group of aligned
 * paragraphs (so a commitment follows its paragraph through moves, splits and
 * merges), then across the whole text for commitments that moved to an
 * unrelated paragraph. Greedy, best first, by similarity of what the
 * commitments are about.
 */
import { candidatePairs } from '../align/candidates.js';
import { LazyBags, StemSpace, type Bag } from '../align/similarity.js';
import type { AliasMap } from '../normalize/aliases.js';
import { keyTokens } from '../normalize/keys.js';
import { tokenize } from '../tokenize/tokens.js';
import type { Commitment, ParagraphChange } from '../types.js';

// Inside aligned paragraphs, a third of the weighted topic words in common
// makes the same commitment (its wording may have changed a lot: "condemned
// in the strongest terms" → "expressed concern over"); with the same act a
// fifth is enough. Across unrelated paragraphs, half.
const GROUP_SIMILARITY = 0.34;
const GROUP_SIMILARITY_SAME_ACT = 0.2;
const GLOBAL_SIMILARITY = 0.5;
// The same act breaks near-ties in favour of the pair that kept it.
const SAME_ACT_BONUS = 0.15;

/** A matched pair of commitment indexes (into the old and new lists). */
export type Pair = [number, number];

/**
 * Match old and new commitments (those of paragraphs whose text changed: the
 * others are paired by compareCommitments without matching); returns the
 * pairs, in no particular order.
 */
export function matchCommitments(
  oldCs: readonly Commitment[],
  newCs: readonly Commitment[],
  alignment: readonly ParagraphChange[],
  aliases: AliasMap,
): Pair[] {
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const pairs: Pair[] = [];
  const byParagraph = (cs: readonly Commitment[]): Map<number, number[]> => {
    const m = new Map<number, number[]>();
    cs.forEach((c, i) => {
      const list = m.get(c.paragraph);
      if (list) list.push(i);
      else m.set(c.paragraph, [i]);
    });
    return m;
  };
  const oldByP = byParagraph(oldCs);
  const newByP = byParagraph(newCs);

  const space = new StemSpace();
  const topicIds = (c: Commitment): number[] => space.add(keyTokens(tokenize(`${c.predicateText} ${c.topic}`), aliases).stems);
  const oldIds = oldCs.map(topicIds);
  const newIds = newCs.map(topicIds);
  space.freeze(oldCs.length + newCs.length);
  const oldBags = new LazyBags(oldIds.length, (i) => space.bag(oldIds[i] ?? []));
  const newBags = new LazyBags(newIds.length, (i) => space.bag(newIds[i] ?? []));

  const greedy = (olds: number[], news: number[], accept: (sim: number, sameAct: boolean) => boolean): void => {
    const cands: Array<{ o: number; n: number; score: number; tie: number }> = [];
    // Only pairs that share a rare word can reach the thresholds; the index finds them without comparing all pairs.
    candidatePairs(space, oldBags, newBags, olds, news, (o, n) => {
      const sim = space.similarity(oldBags.at(o) as Bag, newBags.at(n) as Bag);
      const sameAct = oldCs[o]?.predicate === newCs[n]?.predicate;
      if (accept(sim, sameAct)) cands.push({ o, n, score: sim + (sameAct ? SAME_ACT_BONUS : 0), tie: space.tieBreak(oldBags.at(o) as Bag, newBags.at(n) as Bag) });
    });
    cands.sort((a, b) => b.score - a.score || b.tie - a.tie || a.o - b.o || a.n - b.n);
    for (const c of cands) {
      if (usedOld.has(c.o) || usedNew.has(c.n)) continue;
      usedOld.add(c.o);
      usedNew.add(c.n);
      pairs.push([c.o, c.n]);
    }
  };

  for (const change of alignment) {
    if (change.old.length === 0 || change.new.length === 0) continue;
    const olds = change.old.flatMap((p) => oldByP.get(p) ?? []).filter((o) => !usedOld.has(o));
    const news = change.new.flatMap((p) => newByP.get(p) ?? []).filter((n) => !usedNew.has(n));
    greedy(olds, news, (sim, sameAct) => sim >= GROUP_SIMILARITY || (sameAct && sim >= GROUP_SIMILARITY_SAME_ACT));
  }
  const restOld = oldCs.map((_, i) => i).filter((i) => !usedOld.has(i));
  const restNew = newCs.map((_, i) => i).filter((i) => !usedNew.has(i));
  greedy(restOld, restNew, (sim) => sim >= GLOBAL_SIMILARITY);
  return pairs;
}
