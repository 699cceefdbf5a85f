/**
 * Splits and merges across a move: the bead search sees only neighbours, so
 * when two old paragraphs with a third between them become one new paragraph
 * (the third moved away), or one old paragraph becomes two that are not next
 * to each other, one part is left `dropped` (or `added`). Such a part joins the
 * link of its whole when it draws three quarters of its words from it and the
 * whole is then explained better, by the margin a split or merge bead must show.
 */
import { candidatePairs } from '../match/candidates.js';
import { pairGreedy } from '../match/greedy.js';
import type { Bag, Bags, StemSpace } from '../match/similarity.js';
import { MAX_PARTS, PART_MIN_ELSEWHERE, SPLIT_PENALTY } from '../params.js';
import type { Link } from './link.js';

/** A link (`a`) that a part (`b`) may join. */
interface Candidate {
  /** Index of the link to extend. */
  a: number;
  /** The dropped (merge) or added (split) paragraph that joins it. */
  b: number;
  similarity: number;
  gain: number;
  tie: number;
}

// Greatest gain first, then by content, then the earlier part.
const byGain = (x: Candidate, y: Candidate): number => y.gain - x.gain || y.tie - x.tie || x.b - y.b;

/** Links extended with parts left dropped or added elsewhere; the parts' own links removed. */
export function joinScatteredParts(links: Link[], space: StemSpace, oldBags: Bags, newBags: Bags): Link[] {
  const union = (bags: Bags, indexes: readonly number[]): Bag => indexes.map((i) => bags.at(i)).reduce((acc, b) => space.union(acc, b));
  // Merges: a dropped old paragraph into the link that made one new paragraph.
  const merges = candidates(links, space, 'old', oldBags, newBags, union);
  // Splits: the mirror image, an added new paragraph into the link that came from one old paragraph.
  const splits = candidates(links, space, 'new', newBags, oldBags, union);
  if (merges.length === 0 && splits.length === 0) return links;
  // A link takes parts of one kind only: one that could take both is left as it is.
  const mergeLinks = new Set(merges.map((c) => c.a));
  const splitLinks = new Set(splits.map((c) => c.a));
  const extended = new Map<number, Link>();
  const removedOld = new Set<number>();
  const removedNew = new Set<number>();
  const apply = (list: Candidate[], side: 'old' | 'new', removed: Set<number>, other: Set<number>): void => {
    // One part a link, one link a part: the gain was measured against the link as it was.
    for (const c of pairGreedy(list.filter((c) => !other.has(c.a)), byGain, new Set(), removed)) {
      const base = links[c.a] as Link;
      const parts = [...base[side], c.b].sort((x, y) => x - y);
      extended.set(c.a, { ...base, kind: side === 'old' ? 'merged' : 'split', [side]: parts, similarity: c.similarity });
    }
  };
  apply(merges, 'old', removedOld, splitLinks);
  apply(splits, 'new', removedNew, mergeLinks);
  const out: Link[] = [];
  links.forEach((l, i) => {
    if (l.kind === 'dropped' && removedOld.has(l.old[0] as number)) return;
    if (l.kind === 'added' && removedNew.has(l.new[0] as number)) return;
    out.push(extended.get(i) ?? l);
  });
  return out;
}

/**
 * Candidates on one side: `side` is where the lone parts are (old: dropped,
 * new: added); `partBags` their bags, `wholeBags` the other side's.
 */
function candidates(
  links: readonly Link[],
  space: StemSpace,
  side: 'old' | 'new',
  partBags: Bags,
  wholeBags: Bags,
  union: (bags: Bags, indexes: readonly number[]) => Bag,
): Candidate[] {
  const whole = side === 'old' ? 'new' : 'old';
  const lone: number[] = [];
  // The link that made each whole: one paragraph on the whole's side, paired,
  // and short of the margin a part must add (so never the many paragraphs
  // that stayed the same: they are not even tokenized for this).
  const linkOf = new Map<number, number>();
  links.forEach((l, i) => {
    if (l[whole].length === 0) lone.push(l[side][0] as number);
    else if (l[whole].length === 1 && l[side].length > 0 && l[side].length < MAX_PARTS && l.similarity < 1 - SPLIT_PENALTY) linkOf.set(l[whole][0] as number, i);
  });
  if (lone.length === 0 || linkOf.size === 0) return [];
  const out: Candidate[] = [];
  candidatePairs(space, partBags, wholeBags, lone, [...linkOf.keys()], (part, w) => {
    const i = linkOf.get(w) as number;
    const link = links[i] as Link;
    const partBag = partBags.at(part);
    const wholeBag = wholeBags.at(w);
    if (space.containment(partBag, wholeBag) < PART_MIN_ELSEWHERE) return;
    const before = space.similarity(union(partBags, link[side]), wholeBag);
    const after = space.similarity(space.union(union(partBags, link[side]), partBag), wholeBag);
    if (after < before + SPLIT_PENALTY) return;
    out.push({ a: i, b: part, similarity: after, gain: after - before, tie: space.tieBreak(partBag, wholeBag) });
  });
  return out;
}
