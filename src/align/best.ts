/** Each paragraph's best match on the other side, through the candidate index. */
import { candidatePairs } from '../match/candidates.js';
import type { StemSpace } from '../match/similarity.js';
import type { AlignInput } from './paragraphs.js';

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
    const sim = space.similarity(oldBags.at(i), newBags.at(j));
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
