/**
 * Candidate pairs through an inverted index of rare stems: a paragraph is
 * compared only with paragraphs of the other version that share one of its
 * rarest words, never with every paragraph (which would be quadratic).
 */
import type { Bag, StemSpace } from './similarity.js';

// How many of a paragraph's rarest stems look up candidates. Eight rare words
// find a paragraph again after heavy editing; a paragraph with none of its
// eight rarest words kept is not "the same paragraph".
const LOOKUP_STEMS = 8;

/** For each new paragraph, its most similar old paragraph (or -1) and the similarity; and the same for old paragraphs. */
export interface BestMatches {
  bestOld: Int32Array;
  bestOldSim: Float64Array;
  bestNew: Int32Array;
  bestNewSim: Float64Array;
}

/**
 * Find each paragraph's best match on the other side among candidates that
 * share one of its rarest stems. Candidates are looked up from both sides, so
 * the result does not depend on which version is called old; ties go to the
 * lower index.
 */
export function bestMatches(space: StemSpace, oldBags: readonly Bag[], newBags: readonly Bag[]): BestMatches {
  const bestOld = new Int32Array(newBags.length).fill(-1);
  const bestOldSim = new Float64Array(newBags.length).fill(-1);
  const bestNew = new Int32Array(oldBags.length).fill(-1);
  const bestNewSim = new Float64Array(oldBags.length).fill(-1);
  const record = (i: number, j: number, sim: number): void => {
    if (sim > (bestOldSim[j] as number) || (sim === bestOldSim[j] && i < (bestOld[j] as number))) {
      bestOldSim[j] = sim;
      bestOld[j] = i;
    }
    if (sim > (bestNewSim[i] as number) || (sim === bestNewSim[i] && j < (bestNew[i] as number))) {
      bestNewSim[i] = sim;
      bestNew[i] = j;
    }
  };
  const compared = new Set<number>();
  const pairKey = (i: number, j: number): number => i * (newBags.length + 1) + j;
  const lookup = (from: readonly Bag[], to: readonly Bag[], fromIsNew: boolean): void => {
    const postings = invert(to);
    from.forEach((bag, a) => {
      for (const id of rarest(space, bag)) {
        for (const b of postings.get(id) ?? []) {
          const [i, j] = fromIsNew ? [b, a] : [a, b];
          const k = pairKey(i, j);
          if (compared.has(k)) continue;
          compared.add(k);
          record(i, j, space.similarity(oldBags[i] as Bag, newBags[j] as Bag));
        }
      }
    });
  };
  lookup(newBags, oldBags, true);
  lookup(oldBags, newBags, false);
  return { bestOld, bestOldSim: bestOldSim.map((v) => Math.max(v, 0)), bestNew, bestNewSim: bestNewSim.map((v) => Math.max(v, 0)) };
}

function invert(bags: readonly Bag[]): Map<number, number[]> {
  const postings = new Map<number, number[]>();
  bags.forEach((bag, i) => {
    for (const id of bag.counts.keys()) {
      const list = postings.get(id);
      if (list) list.push(i);
      else postings.set(id, [i]);
    }
  });
  return postings;
}

function rarest(space: StemSpace, bag: Bag): number[] {
  return [...bag.counts.keys()].sort((x, y) => space.weight(y) - space.weight(x) || x - y).slice(0, LOOKUP_STEMS);
}
