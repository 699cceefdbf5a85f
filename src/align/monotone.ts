/**
 * Monotone alignment of a gap between anchors, in the tradition of sentence
 * aligners since Gale & Church ("A program for aligning sentences in
 * bilingual corpora", 1993): dynamic programming over the beads 1:1, 1:0, 0:1,
 * 1:2 and 2:1. Gale & Church score beads by length; paragraphs of two rounds
 * of one communiqué share their words, so we score by word similarity.
 */
import type { Link } from './link.js';
import type { Bag, StemSpace } from './similarity.js';

/** Thresholds of the aligner. */
export interface MonotoneParams {
  /** Least similarity for a 1:1, 1:2 or 2:1 bead. */
  minSimilarity: number;
}

// A 2-part bead must explain the single paragraph better than a 1:1 bead by
// this margin, so that a paragraph followed by an unrelated new one is not
// taken for a split.
const SPLIT_PENALTY = 0.05;
// Each part of a split (or merge) must take at least this share of its word
// weight from the single paragraph: a split divides one text, it does not
// bring new text in.
const PART_MIN = 0.5;

const enum Step {
  None = 0,
  Drop = 1,
  Add = 2,
  Pair = 3,
  Split = 4,
  Merge = 5,
}

/** Align old[a0..a1) with new[b0..b1) monotonically; return links in reading order. */
export function alignGap(
  space: StemSpace,
  oldBags: readonly Bag[],
  newBags: readonly Bag[],
  a0: number,
  a1: number,
  b0: number,
  b1: number,
  params: MonotoneParams,
): Link[] {
  const n = a1 - a0;
  const m = b1 - b0;
  const w = m + 1;
  const score = new Float64Array((n + 1) * w);
  const step = new Uint8Array((n + 1) * w);
  const sims = new Float64Array((n + 1) * w);
  const ob = (i: number): Bag => oldBags[a0 + i] as Bag;
  const nb = (j: number): Bag => newBags[b0 + j] as Bag;

  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue;
      let best = -Infinity;
      let bestStep = Step.None;
      let bestSim = 0;
      const consider = (s: number, st: Step, sim: number): void => {
        if (s > best) {
          best = s;
          bestStep = st;
          bestSim = sim;
        }
      };
      if (i > 0 && j > 0) {
        const sim = space.similarity(ob(i - 1), nb(j - 1));
        if (sim >= params.minSimilarity) consider((score[(i - 1) * w + j - 1] as number) + sim, Step.Pair, sim);
      }
      if (i > 0 && j > 1) {
        const a = ob(i - 1);
        const p1 = nb(j - 2);
        const p2 = nb(j - 1);
        if (space.containment(p1, a) >= PART_MIN && space.containment(p2, a) >= PART_MIN) {
          const sim = space.similarity(a, space.union(p1, p2));
          if (sim >= params.minSimilarity) consider((score[(i - 1) * w + j - 2] as number) + sim - SPLIT_PENALTY, Step.Split, sim);
        }
      }
      if (i > 1 && j > 0) {
        const b = nb(j - 1);
        const p1 = ob(i - 2);
        const p2 = ob(i - 1);
        if (space.containment(p1, b) >= PART_MIN && space.containment(p2, b) >= PART_MIN) {
          const sim = space.similarity(space.union(p1, p2), b);
          if (sim >= params.minSimilarity) consider((score[(i - 2) * w + j - 1] as number) + sim - SPLIT_PENALTY, Step.Merge, sim);
        }
      }
      if (j > 0) consider(score[i * w + j - 1] as number, Step.Add, 0);
      if (i > 0) consider(score[(i - 1) * w + j] as number, Step.Drop, 0);
      score[i * w + j] = best;
      step[i * w + j] = bestStep;
      sims[i * w + j] = bestSim;
    }
  }

  const out: Link[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const st = step[i * w + j] as Step;
    const similarity = sims[i * w + j] as number;
    switch (st) {
      case Step.Pair:
        out.push({ kind: 'pair', old: [a0 + i - 1], new: [b0 + j - 1], similarity });
        i--;
        j--;
        break;
      case Step.Split:
        out.push({ kind: 'split', old: [a0 + i - 1], new: [b0 + j - 2, b0 + j - 1], similarity });
        i--;
        j -= 2;
        break;
      case Step.Merge:
        out.push({ kind: 'merged', old: [a0 + i - 2, a0 + i - 1], new: [b0 + j - 1], similarity });
        i -= 2;
        j--;
        break;
      case Step.Add:
        out.push({ kind: 'added', old: [], new: [b0 + j - 1], similarity: 0 });
        j--;
        break;
      default:
        out.push({ kind: 'dropped', old: [a0 + i - 1], new: [], similarity: 0 });
        i--;
        break;
    }
  }
  return out.reverse();
}
