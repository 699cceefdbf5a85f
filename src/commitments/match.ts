/**
 * Match the commitments of two rounds: first inside each group of aligned
 * paragraphs (so a commitment follows its paragraph through moves, splits and
 * merges), then across the whole text for commitments that moved to an
 * unrelated paragraph. The one matcher (match/greedy.ts): best first, by
 * similarity of what the commitments are about, the same act breaking
 * near-ties.
 */
import { matchPairs } from '../match/greedy.js';
import { LazyBags, StemSpace } from '../match/similarity.js';
import { keyTokens, type Keying } from '../normalize/keys.js';
import { COMMITMENT_GROUP_SIMILARITY, COMMITMENT_GROUP_SIMILARITY_SAME_ACT, COMMITMENT_SIMILARITY, SAME_ACT_BONUS } from '../params.js';
import { tokenize } from '../tokenize/tokens.js';
import type { Commitment } from '../types/commitments.js';
import type { ParagraphChange } from '../types/diff.js';

/** A matched pair of commitment indexes (into the old and new lists). */
export type Pair = [number, number];

/** What a commitment is about, for matching: its act's words and its topic. */
export const about = (c: Commitment): string => `${c.predicateText} ${c.topic}`;

/**
 * Match old and new commitments (those of paragraphs whose text changed: the
 * others are paired by compareCommitments without matching); returns the
 * pairs, in no particular order.
 */
export function matchCommitments(
  oldCs: readonly Commitment[],
  newCs: readonly Commitment[],
  alignment: readonly ParagraphChange[],
  keying: { old: Keying; new: Keying },
): Pair[] {
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
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
  const topicIds = (k: Keying) => (c: Commitment): number[] => space.add(keyTokens(tokenize(about(c)), k).stems);
  const oldIds = oldCs.map(topicIds(keying.old));
  const newIds = newCs.map(topicIds(keying.new));
  space.freeze(oldCs.length + newCs.length);
  const oldBags = new LazyBags(oldIds.length, (i) => space.bag(oldIds[i] ?? []));
  const newBags = new LazyBags(newIds.length, (i) => space.bag(newIds[i] ?? []));
  const sameAct = (o: number, n: number): boolean => oldCs[o]?.predicate === newCs[n]?.predicate;
  const score = (sim: number, o: number, n: number): number => sim + (sameAct(o, n) ? SAME_ACT_BONUS : 0);
  const pairs: Pair[] = [];
  const pass = (olds: number[], news: number[], accept: (sim: number, o: number, n: number) => boolean): void => {
    for (const p of matchPairs(space, oldBags, newBags, olds, news, { accept, score }, usedOld, usedNew)) pairs.push([p.a, p.b]);
  };

  for (const change of alignment) {
    if (change.old.length === 0 || change.new.length === 0) continue;
    const olds = change.old.flatMap((p) => oldByP.get(p) ?? []).filter((o) => !usedOld.has(o));
    const news = change.new.flatMap((p) => newByP.get(p) ?? []).filter((n) => !usedNew.has(n));
    pass(olds, news, (sim, o, n) => sim >= COMMITMENT_GROUP_SIMILARITY || (sameAct(o, n) && sim >= COMMITMENT_GROUP_SIMILARITY_SAME_ACT));
  }
  const restOld = oldCs.map((_, i) => i).filter((i) => !usedOld.has(i));
  const restNew = newCs.map((_, i) => i).filter((i) => !usedNew.has(i));
  pass(restOld, restNew, (sim) => sim >= COMMITMENT_SIMILARITY);
  return pairs;
}
