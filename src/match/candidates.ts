/**
 * Candidate pairs through an inverted index of rare stems: an item is
 * compared only with items of the other side that share one of its rarest
 * words, never with every item (which would be quadratic). Used for
 * paragraphs (anchors, moves) and for commitments.
 */
import { LOOKUP_STEMS, MAX_POSTINGS } from '../params.js';
import type { Bag, Bags, StemSpace } from './similarity.js';

function invert(bags: Bags, items: readonly number[]): Map<number, number[]> {
  const postings = new Map<number, number[]>();
  for (const i of items) {
    for (const id of bags.at(i).ids) {
      const list = postings.get(id);
      if (list) list.push(i);
      else postings.set(id, [i]);
    }
  }
  return postings;
}

function rarest(space: StemSpace, bag: Bag, postings: Map<number, number[]>): number[] {
  return [...bag.ids]
    .filter((id) => (postings.get(id)?.length ?? 0) <= MAX_POSTINGS)
    .sort((x, y) => space.weight(y) - space.weight(x) || x - y)
    .slice(0, LOOKUP_STEMS);
}

/**
 * Call `visit(a, b)` once for each pair of an item of `aItems` (indexes into
 * `aBags`) and an item of `bItems` that share a rare stem. Stems are looked
 * up from both sides, so the pairs do not depend on which side is `a`.
 */
export function candidatePairs(
  space: StemSpace,
  aBags: Bags,
  bBags: Bags,
  aItems: readonly number[],
  bItems: readonly number[],
  visit: (a: number, b: number) => void,
): void {
  if (aItems.length === 0 || bItems.length === 0) return;
  // Each pair once, without a set of pairs: within one item's look-ups a mark
  // per item of the other side, and the second pass skips the pairs the first
  // one saw (those where b holds one of a's looked-up stems).
  const bPostings = invert(bBags, bItems);
  const lookedUp = new Map<number, number[]>();
  for (const a of aItems) {
    const ids = rarest(space, aBags.at(a), bPostings);
    lookedUp.set(a, ids);
    const mark = nextMark(bBags.length);
    for (const id of ids) {
      for (const b of bPostings.get(id) ?? []) {
        if (marks[b] === mark) continue;
        marks[b] = mark;
        visit(a, b);
      }
    }
  }
  const aPostings = invert(aBags, aItems);
  for (const b of bItems) {
    const bIds = bBags.at(b).ids;
    const mark = nextMark(aBags.length);
    for (const id of rarest(space, bBags.at(b), aPostings)) {
      for (const a of aPostings.get(id) ?? []) {
        if (marks[a] === mark) continue;
        marks[a] = mark;
        if (!(lookedUp.get(a) ?? []).some((x) => contains(bIds, x))) visit(a, b);
      }
    }
  }
}

// Marks of the items already visited in the current look-up, reused across
// calls (grown as needed, never cleared but at overflow): a fresh mark value
// per look-up makes every item unvisited, and the many small groups of
// commitment matching allocate nothing. Look-ups never nest.
let marks = new Int32Array(1024);
let lastMark = 0;

function nextMark(size: number): number {
  if (marks.length < size) marks = new Int32Array(Math.max(size, marks.length * 2));
  if (lastMark === 0x7fffffff) {
    marks.fill(0);
    lastMark = 0;
  }
  return ++lastMark;
}

/** Whether a sorted id array holds an id (binary search). */
function contains(sorted: Int32Array, id: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid] as number;
    if (v === id) return true;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
