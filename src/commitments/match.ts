/**
 * Match the commitments of two rounds: first inside each group of aligned
 * paragraphs (so a commitment follows its paragraph through moves, splits and
 * merges), then across the whole text for commitments that moved to an
 * unrelated paragraph. The one matcher (match/greedy.ts): best first, by
 * similarity of what the commitments are about, the same act breaking
 * near-ties.
 */
import { matchPairs } from '../match/greedy.js';
import { LazyBags, StemSpace, type Bag } from '../match/similarity.js';
import { stemsOf, type Keying } from '../normalize/keys.js';
import { CLOSEST_NOTE_SIMILARITY, COMMITMENT_GROUP_SIMILARITY, CROSS_COMMITMENT_SIMILARITY, CROSS_ORDER_MIN, CROSS_ORDER_WEIGHT, CROSS_COVER_CONTAINMENT, COMMITMENT_GROUP_SIMILARITY_SAME_ACT, COMMITMENT_NEGATED_SIMILARITY, COMMITMENT_SIMILARITY, SAME_ACT_BONUS } from '../params.js';
import { tokenize } from '../tokenize/tokens.js';
import type { Commitment } from '../types/commitments.js';
import type { ParagraphChange } from '../types/diff.js';

/** A matched pair of commitment indexes (into the old and new lists). */
export type Pair = [number, number];

/** The matches, and for commitments left unmatched the closest one on the other side that was not clearly the same. */
export interface Matching {
  pairs: Pair[];
  /**
   * Across languages, clauses one pack read as a commitment of its own and the
   * other as part of another commitment, with that commitment (CROSS_COVER_CONTAINMENT).
   */
  covered: Pair[];
  /** Old index → [new index, similarity] of its closest unmatched candidate. */
  closestNew: Map<number, [number, number]>;
  /** New index → [old index, similarity]. */
  closestOld: Map<number, [number, number]>;
}

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
  across = false,
): Matching {
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
  const topicIds = (k: Keying) => (c: Commitment): number[] => space.add(stemsOf(tokenize(about(c)), k));
  const oldIds = oldCs.map(topicIds(keying.old));
  const newIds = newCs.map(topicIds(keying.new));
  space.freeze(oldCs.length + newCs.length);
  const oldBags = new LazyBags(oldIds.length, (i) => space.bag(oldIds[i] ?? []));
  const newBags = new LazyBags(newIds.length, (i) => space.bag(newIds[i] ?? []));
  const sameAct = (o: number, n: number): boolean => oldCs[o]?.predicate === newCs[n]?.predicate;
  const score = (sim: number, o: number, n: number): number => sim + (sameAct(o, n) ? SAME_ACT_BONUS : 0);
  // What a commitment is about without its act's words: a negated act must share one of them.
  // Not the packs' stop words: "the", "of", «في», «на» are shared by any two topics.
  // (The stop words' stems are gathered when a topic is first asked for: most matchings ask for none.)
  const topicStems = (k: Keying) => {
    let stop: Set<string> | undefined;
    return (c: Commitment): Set<string> => {
      stop ??= new Set(k.reading.all.flatMap((p) => p.detection.stopWords.map((w) => k.reading.stem(k.reading.fold(w)))));
      const known = stop;
      return new Set(stemsOf(tokenize(c.topic), k).filter((x) => !known.has(x)));
    };
  };
  const oldTopic = topicStems(keying.old);
  const newTopic = topicStems(keying.new);
  const oldTopics = new Map<number, Set<string>>();
  const newTopics = new Map<number, Set<string>>();
  const sharesTopic = (o: number, n: number): boolean => {
    const a = oldTopics.get(o) ?? oldTopics.set(o, oldTopic(oldCs[o] as Commitment)).get(o) as Set<string>;
    const b = newTopics.get(n) ?? newTopics.set(n, newTopic(newCs[n] as Commitment)).get(n) as Set<string>;
    for (const s of a) if (b.has(s)) return true;
    return false;
  };
  // The bar inside aligned paragraphs (and paragraphs replaced in place).
  const inGroup = (sim: number, o: number, n: number): boolean =>
    sim >= COMMITMENT_GROUP_SIMILARITY ||
    (sameAct(o, n) &&
      (sim >= COMMITMENT_GROUP_SIMILARITY_SAME_ACT || (sim >= COMMITMENT_NEGATED_SIMILARITY && oldCs[o]?.polarity !== newCs[n]?.polarity && sharesTopic(o, n))));
  const pairs: Pair[] = [];
  const covered: Pair[] = [];
  // Across languages, an aligned paragraph's commitments are paired by act,
  // by what they name in common and by their order in it (a translation keeps
  // the order of its clauses): every pair of the group is a candidate.
  const acrossGroup = (olds: number[], news: number[]): void => {
    const seeds = olds.flatMap((o, i) =>
      news.flatMap((n, j) => {
        const similarity = space.similarity(oldBags.at(o), newBags.at(n));
        const order = 1 - Math.abs((i + 0.5) / olds.length - (j + 0.5) / news.length);
        if (!(sameAct(o, n) || similarity >= CROSS_COMMITMENT_SIMILARITY || order >= CROSS_ORDER_MIN)) return [];
        return [{ a: o, b: n, similarity, score: score(similarity, o, n) + CROSS_ORDER_WEIGHT * order, tie: space.tieBreak(oldBags.at(o), newBags.at(n)) }];
      }),
    );
    for (const p of matchPairs(space, oldBags, newBags, [], [], { accept: () => false, seeds }, usedOld, usedNew)) pairs.push([p.a, p.b]);
    // A clause one pack read as a commitment of its own and the other as part of
    // another: compared with the commitment that carries its content (CROSS_COVER_CONTAINMENT).
    // Only by a commitment as strong and of the same polarity: a stronger clause ("and demanded…")
    // or a negated one is not there in a weaker or affirmed one, it is dropped.
    const carries = (clause: Commitment | undefined, by: Commitment | undefined): boolean => clause !== undefined && by !== undefined && clause.polarity === by.polarity && clause.base <= by.base;
    const cover = (rest: number[], others: number[], part: (i: number) => Bag, whole: (j: number) => Bag, pair: (i: number, j: number) => void, used: Set<number>, mine: readonly Commitment[], theirs: readonly Commitment[]): void => {
      for (const i of rest) {
        if (used.has(i) || part(i).weight === 0) continue;
        let best = -1;
        let bestShare = CROSS_COVER_CONTAINMENT;
        for (const j of others) {
          if (!carries(mine[i], theirs[j])) continue;
          const share = space.containment(part(i), whole(j));
          if (share >= bestShare) [best, bestShare] = [j, share];
        }
        if (best >= 0) {
          used.add(i);
          pair(i, best);
        }
      }
    };
    cover(olds, news, (o) => oldBags.at(o), (n) => newBags.at(n), (o, n) => covered.push([o, n]), usedOld, oldCs, newCs);
    cover(news, olds, (n) => newBags.at(n), (o) => oldBags.at(o), (n, o) => covered.push([o, n]), usedNew, newCs, oldCs);
  };
  const pass = (olds: number[], news: number[], accept: (sim: number, o: number, n: number) => boolean): void => {
    for (const p of matchPairs(space, oldBags, newBags, olds, news, { accept, score }, usedOld, usedNew)) pairs.push([p.a, p.b]);
  };

  for (const change of alignment) {
    if (change.old.length === 0 || change.new.length === 0) continue;
    const olds = change.old.flatMap((p) => oldByP.get(p) ?? []).filter((o) => !usedOld.has(o));
    const news = change.new.flatMap((p) => newByP.get(p) ?? []).filter((n) => !usedNew.has(n));
    if (across) acrossGroup(olds, news);
    else pass(olds, news, inGroup);
  }
  // A paragraph replaced in place (dropped and added between the same aligned
  // neighbours) may hold the same commitment in other words ("Agreed to hold
  // the next meeting in Astana in November" → "Were unable to agree on the
  // date and venue of the next meeting"): its commitments are matched at the
  // bar of aligned paragraphs.
  // The paragraphs themselves were too different to align, so the same act's lower bars
  // need a word of the topic in common too.
  for (const [olds, news] of replacedInPlace(alignment)) {
    pass(
      olds.flatMap((p) => oldByP.get(p) ?? []).filter((o) => !usedOld.has(o)),
      news.flatMap((p) => newByP.get(p) ?? []).filter((n) => !usedNew.has(n)),
      (sim, o, n) => sim >= COMMITMENT_GROUP_SIMILARITY || (inGroup(sim, o, n) && sharesTopic(o, n)),
    );
  }
  const restOld = oldCs.map((_, i) => i).filter((i) => !usedOld.has(i));
  const restNew = newCs.map((_, i) => i).filter((i) => !usedNew.has(i));
  // Precision first: below the bar, old and new stay dropped and added, with
  // the closest candidate noted (from the pairs the index proposed).
  const closestNew = new Map<number, [number, number]>();
  const closestOld = new Map<number, [number, number]>();
  const note = (map: Map<number, [number, number]>, at: number, other: number, sim: number): void => {
    if (sim >= CLOSEST_NOTE_SIMILARITY && sim > (map.get(at)?.[1] ?? 0)) map.set(at, [other, sim]);
  };
  // Across languages, where concepts are all two versions share, the same act
  // is paired across the text at the bar of aligned paragraphs (an item the
  // alignment placed otherwise: "Agreed to intensify cooperation…" / «واتفقوا… على تكثيف التعاون»).
  pass(restOld, restNew, (sim, o, n) => {
    note(closestNew, o, n, sim);
    note(closestOld, n, o, sim);
    return sim >= COMMITMENT_SIMILARITY || (across && sameAct(o, n) && sim >= CROSS_COMMITMENT_SIMILARITY);
  });
  for (const [o] of closestNew) if (usedOld.has(o)) closestNew.delete(o);
  for (const [n] of closestOld) if (usedNew.has(n)) closestOld.delete(n);
  return { pairs, covered, closestNew, closestOld };
}

/**
 * Dropped and added paragraphs that stand between the same two paragraphs
 * aligned in place (not moved): for each such gap, its old and its new
 * paragraph indexes.
 */
function replacedInPlace(alignment: readonly ParagraphChange[]): Array<[number[], number[]]> {
  // Old paragraph → the first and last new paragraph it is aligned with in place.
  const anchors: Array<[number, number, number]> = [];
  for (const c of alignment) {
    if (c.kind === 'moved' || c.old.length === 0 || c.new.length === 0) continue;
    for (const o of c.old) anchors.push([o, c.new[0] as number, c.new[c.new.length - 1] as number]);
  }
  // Without an aligned paragraph, the gap would be the whole text.
  if (anchors.length === 0) return [];
  anchors.sort((x, y) => x[0] - y[0]);
  const gaps = new Map<number, [number[], number[]]>();
  const added = alignment.filter((c) => c.old.length === 0).flatMap((c) => c.new);
  for (const c of alignment) {
    if (c.new.length > 0) continue;
    for (const o of c.old) {
      // The aligned neighbours before and after, by binary search over the anchors.
      let lo = 0;
      let hi = anchors.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((anchors[mid] as [number, number, number])[0] < o) lo = mid + 1;
        else hi = mid;
      }
      const from = lo > 0 ? (anchors[lo - 1] as [number, number, number])[2] : -1;
      const to = lo < anchors.length ? (anchors[lo] as [number, number, number])[1] : Infinity;
      const gap = gaps.get(lo) ?? [[], added.filter((n) => n > from && n < to)];
      gap[0].push(o);
      gaps.set(lo, gap);
    }
  }
  return [...gaps.values()].filter(([, news]) => news.length > 0);
}
