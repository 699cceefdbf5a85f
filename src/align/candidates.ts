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

/** Find each paragraph's best match on the other side among candidates sharing rare stems. */
export function bestMatches(space: StemSpace, oldBags: readonly Bag[], newBags: readonly Bag[]): BestMatches {
  const postings = new Map<number, number[]>();
  oldBags.forEach((bag, i) => {
    for (const id of bag.counts.keys()) {
      const list = postings.get(id);
      if (list) list.push(i);
      else postings.set(id, [i]);
    }
  });
  const bestOld = new Int32Array(newBags.length).fill(-1);
  const bestOldSim = new Float64Array(newBags.length);
  const bestNew = new Int32Array(oldBags.length).fill(-1);
  const bestNewSim = new Float64Array(oldBags.length);
  const seen = new Int32Array(oldBags.length).fill(-1);
  newBags.forEach((bag, j) => {
    const rare = [...bag.counts.keys()].sort((x, y) => space.weight(y) - space.weight(x) || x - y).slice(0, LOOKUP_STEMS);
    for (const id of rare) {
      for (const i of postings.get(id) ?? []) {
        if (seen[i] === j) continue;
        seen[i] = j;
        const sim = space.similarity(oldBags[i] as Bag, bag);
        if (sim > (bestOldSim[j] as number)) {
          bestOldSim[j] = sim;
          bestOld[j] = i;
        }
        if (sim > (bestNewSim[i] as number)) {
          bestNewSim[i] = sim;
          bestNew[i] = j;
        }
      }
    }
  });
  return { bestOld, bestOldSim, bestNew, bestNewSim };
}
