/**
 * Anchors: pairs of paragraphs that are each other's best match, nearly equal,
 * and in order. They split the alignment into small gaps, so the bead search
 * never runs over whole documents, and they decide which paragraphs stayed in
 * place and which moved: the in-order set is the one of greatest total
 * similarity (a weighted longest increasing subsequence), so one paragraph
 * moved up counts as one move, not as every paragraph it jumped over moving
 * down.
 */
import type { StemSpace } from '../match/similarity.js';
import { ANCHOR_SIMILARITY } from '../params.js';
import { bestMatches } from './best.js';
import type { AlignInput } from './paragraphs.js';

/** Anchors, and the nearly equal pairs that are out of their order. */
export interface Anchors {
  /** Pairs [oldIndex, newIndex, similarity] of anchors, ascending on both sides. */
  anchors: Array<[number, number, number]>;
  /**
   * Pairs [oldIndex, newIndex, similarity] as close as anchors (each the
   * other's best match) that the in-order chain left out: the paragraph moved.
   * They are kept out of the bead search, which would otherwise pair them in
   * place with something far less similar, and paired as moves.
   */
  moved: Array<[number, number, number]>;
}

/** Anchors and out-of-order nearly equal pairs; see {@link Anchors}. */
export function findAnchors(
  space: StemSpace,
  oldSide: AlignInput,
  newSide: AlignInput,
  twins: ReadonlyArray<readonly [number, number]>,
  minSimilarity: number,
): Anchors {
  const best = bestMatches(space, oldSide, newSide, twins);
  const mutual: Array<[number, number, number]> = [];
  best.bestNew.forEach((j, i) => {
    const sim = best.bestNewSim[i] as number;
    if (j >= 0 && best.bestOld[j] === i && sim >= minSimilarity) mutual.push([i, j, sim]);
  });
  // A chain weighs the sum of its similarities. Exact ties (two equal
  // paragraphs that swapped places) go to the longer paragraph staying in
  // place, then by content: never by which version is old.
  const weights = mutual.map(([i, j, sim]) => {
    const size = (oldSide.size(i) + newSide.size(j)) / 2;
    return sim + 1e-6 * (size / (1 + size)) + 1e-8 * ((oldSide.tie(i) + newSide.tie(j)) % 1);
  });
  const chain = heaviestIncreasing(mutual, weights, newSide.length);
  const inChain = new Set(chain.map((p) => p[0]));
  return {
    anchors: chain.filter((p) => p[2] >= ANCHOR_SIMILARITY),
    moved: mutual.filter((p) => p[2] >= ANCHOR_SIMILARITY && !inChain.has(p[0])),
  };
}

/**
 * The subsequence of pairs (sorted by old index, each new index at most once)
 * that increases in new index with the greatest total similarity. A Fenwick
 * tree over new indexes holds the best chain ending below each index:
 * O(k log n) for k pairs.
 */
function heaviestIncreasing(pairs: Array<[number, number, number]>, weights: readonly number[], newCount: number): Array<[number, number, number]> {
  const size = newCount + 1;
  const treeVal = new Float64Array(size + 1);
  const treeIdx = new Int32Array(size + 1).fill(-1);
  const total = new Float64Array(pairs.length);
  const prev = new Int32Array(pairs.length).fill(-1);
  const query = (pos: number): [number, number] => {
    let v = 0;
    let idx = -1;
    for (let p = pos; p > 0; p -= p & -p) {
      if ((treeVal[p] as number) > v) {
        v = treeVal[p] as number;
        idx = treeIdx[p] as number;
      }
    }
    return [v, idx];
  };
  const update = (pos: number, v: number, idx: number): void => {
    for (let p = pos; p <= size; p += p & -p) {
      if (v > (treeVal[p] as number)) {
        treeVal[p] = v;
        treeIdx[p] = idx;
      }
    }
  };
  pairs.forEach((pair, k) => {
    const [v, idx] = query(pair[1]); // chains ending at new index < pair[1] (1-based shift)
    total[k] = v + (weights[k] as number);
    prev[k] = idx;
    update(pair[1] + 1, total[k] as number, k);
  });
  let bestK = -1;
  let bestV = 0;
  total.forEach((v, k) => {
    if (v > bestV) {
      bestV = v;
      bestK = k;
    }
  });
  const out: Array<[number, number, number]> = [];
  for (let k = bestK; k >= 0; k = prev[k] as number) out.push(pairs[k] as [number, number, number]);
  return out.reverse();
}
