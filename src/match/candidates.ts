/**
 * Candidate pairs through an inverted index of rare stems: an item is
 * compared only with items of the other side that share one of its rarest
 * words, never with every item (which would be quadratic). Used for
 * paragraphs (anchors, moves) and for commitments.
 */
import type { AlignInput } from './paragraphs.js';
import type { Bag, Bags, StemSpace } from './similarity.js';

// How many of an item's rarest stems look up candidates. Eight rare words
// find a paragraph again after heavy editing; a paragraph with none of its
// eight rarest words kept is not "the same paragraph".
const LOOKUP_STEMS = 8;
// A stem found in more items than this is not rare: it finds no candidates.
// This bounds the work at LOOKUP_STEMS × MAX_POSTINGS comparisons an item,
// also on texts of thousands of identical paragraphs.
const MAX_POSTINGS = 64;

function invert(bags: Bags, items: readonly number[]): Map<number, number[]> {
  const postings = new Map<number, number[]>();
  for (const i of items) {
    for (const id of (bags.at(i) as Bag).ids) {
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
    const ids = rarest(space, aBags.at(a) as Bag, bPostings);
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
    const bIds = (bBags.at(b) as Bag).ids;
    const mark = nextMark(aBags.length);
    for (const id of rarest(space, bBags.at(b) as Bag, aPostings)) {
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

/** For each new paragraph, its most similar old paragraph (or -1) and the similarity; and the same for old paragraphs. */
export interface BestMatches {
  bestOld: Int32Array;
  bestOldSim: Float64Array;
  bestNew: Int32Array;
  bestNewSim: Float64Array;
}

const all = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

/** Pairs of the given paragraphs whose non-empty signature occurs exactly once among them on each side. */
function uniqueTwins(oldSide: AlignInput, newSide: AlignInput, oldItems: readonly number[], newItems: readonly number[]): Array<[number, number]> {
  const count = (side: AlignInput, items: readonly number[]): Map<string, number> => {
    const m = new Map<string, number>();
    for (const i of items) {
      const sig = side.signature(i);
      if (sig !== '') m.set(sig, m.has(sig) ? -1 : i);
    }
    return m;
  };
  const olds = count(oldSide, oldItems);
  const news = count(newSide, newItems);
  const out: Array<[number, number]> = [];
  for (const [s, i] of olds) {
    const j = news.get(s);
    if (i >= 0 && j !== undefined && j >= 0) out.push([i, j]);
  }
  return out;
}

/**
 * Each paragraph's best match on the other side among its candidates; ties go
 * to the lower index. `twins` (paragraphs written the same, unique on each
 * side) and then paragraphs whose normalized text occurs once on each side are
 * matched to their twin at once (similarity 1): between two rounds most
 * paragraphs are such twins, and only the others need the index.
 */
export function bestMatches(space: StemSpace, oldSide: AlignInput, newSide: AlignInput, twins: ReadonlyArray<readonly [number, number]>): BestMatches {
  const bestOld = new Int32Array(newSide.length).fill(-1);
  const bestOldSim = new Float64Array(newSide.length);
  const bestNew = new Int32Array(oldSide.length).fill(-1);
  const bestNewSim = new Float64Array(oldSide.length);
  const pair = (i: number, j: number): void => {
    bestOld[j] = i;
    bestOldSim[j] = 1;
    bestNew[i] = j;
    bestNewSim[i] = 1;
  };
  for (const [i, j] of twins) pair(i, j);
  const unpairedOld = (): number[] => all(oldSide.length).filter((i) => bestNew[i] === -1);
  const unpairedNew = (): number[] => all(newSide.length).filter((j) => bestOld[j] === -1);
  for (const [i, j] of uniqueTwins(oldSide, newSide, unpairedOld(), unpairedNew())) pair(i, j);
  const oldRest = unpairedOld();
  const newRest = unpairedNew();
  const oldBags = oldSide.bags;
  const newBags = newSide.bags;
  candidatePairs(space, oldBags, newBags, oldRest, newRest, (i, j) => {
    const sim = space.similarity(oldBags.at(i) as Bag, newBags.at(j) as Bag);
    if (sim > (bestOldSim[j] as number) || (sim === bestOldSim[j] && i < (bestOld[j] as number))) {
      bestOldSim[j] = sim;
      bestOld[j] = i;
    }
    if (sim > (bestNewSim[i] as number) || (sim === bestNewSim[i] && j < (bestNew[i] as number))) {
      bestNewSim[i] = sim;
      bestNew[i] = j;
    }
  });
  return { bestOld, bestOldSim, bestNew, bestNewSim };
}
