/**
 * Splits and merges across a move: the bead search sees only neighbours, so
 * when two old paragraphs with a third between them become one new paragraph
 * (the third moved away), or one old paragraph becomes two that are not next
 * to each other, one part is left `dropped` (or `added`). Such a part joins the
 * link of its whole when it draws three quarters of its words from it and the
 * whole is then explained better, by the margin a split or merge bead must show.
 */
import { candidatePairs } from './candidates.js';
import type { Link } from './link.js';
import { SPLIT_PENALTY } from './monotone.js';
import type { Bag, Bags, StemSpace } from './similarity.js';

// A bead joins at most three paragraphs (see BEADS in monotone.ts).
const MAX_PARTS = 3;
// A part next to its whole needs half of its word weight from it (PART_MIN in
// monotone.ts); a part found elsewhere has no place to vouch for it, so it
// needs three quarters. In the labelled series set (npm run eval) the parts
// that really moved away drew 79–100% of their words from their whole; a short
// dropped paragraph of common words ("… humanitarian … assistance throughout
// Syria") drew 58% from an unrelated one.
const PART_MIN_ELSEWHERE = 0.75;

interface Candidate {
  /** Index of the link to extend. */
  link: number;
  /** The dropped (merge) or added (split) paragraph that joins it. */
  part: number;
  similarity: number;
  gain: number;
  tie: number;
}

/** Links extended with parts left dropped or added elsewhere; the parts' own links removed. */
export function joinScatteredParts(links: Link[], space: StemSpace, oldBags: Bags, newBags: Bags): Link[] {
  const union = (bags: Bags, indexes: readonly number[]): Bag => indexes.map((i) => bags.at(i) as Bag).reduce((acc, b) => space.union(acc, b));
  // Merges: a dropped old paragraph into the link that made one new paragraph.
  const merges = candidates(links, space, 'old', oldBags, newBags, union);
  // Splits: the mirror image, an added new paragraph into the link that came from one old paragraph.
  const splits = candidates(links, space, 'new', newBags, oldBags, union);
  if (merges.length === 0 && splits.length === 0) return links;
  // A link takes parts of one kind only: one that could take both is left as it is.
  const mergeLinks = new Set(merges.map((c) => c.link));
  const splitLinks = new Set(splits.map((c) => c.link));
  const extended = new Map<number, Link>();
  const removedOld = new Set<number>();
  const removedNew = new Set<number>();
  const apply = (list: Candidate[], side: 'old' | 'new', removed: Set<number>, other: Set<number>): void => {
    list.sort((x, y) => y.gain - x.gain || y.tie - x.tie || x.part - y.part);
    for (const c of list) {
      // One part a link: the gain was measured against the link as it was.
      if (other.has(c.link) || removed.has(c.part) || extended.has(c.link)) continue;
      const base = links[c.link] as Link;
      const parts = [...base[side], c.part].sort((x, y) => x - y);
      extended.set(c.link, { ...base, kind: side === 'old' ? 'merged' : 'split', [side]: parts, similarity: c.similarity });
      removed.add(c.part);
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
    const partBag = partBags.at(part) as Bag;
    const wholeBag = wholeBags.at(w) as Bag;
    if (space.containment(partBag, wholeBag) < PART_MIN_ELSEWHERE) return;
    const before = space.similarity(union(partBags, link[side]), wholeBag);
    const after = space.similarity(space.union(union(partBags, link[side]), partBag), wholeBag);
    if (after < before + SPLIT_PENALTY) return;
    out.push({ link: i, part, similarity: after, gain: after - before, tie: space.tieBreak(partBag, wholeBag) });
  });
  return out;
}
