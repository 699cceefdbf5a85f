/**
 * Monotone alignment of a gap between anchors, in the tradition of sentence
 * aligners since Gale & Church ("A program for aligning sentences in
 * bilingual corpora", 1993): dynamic programming over the beads 1:1, 1:0, 0:1,
 * 1:2 and 2:1. Gale & Church score beads by length; paragraphs of two rounds
 * of one communiqué share their words, so we score by word similarity.
 */
import type { Bags, StemSpace } from '../match/similarity.js';
import { PART_MIN, SPLIT_PENALTY, TIE_COST } from '../params.js';
import type { Link } from './link.js';

/** Thresholds of the aligner. */
export interface MonotoneParams {
  /** Least similarity for a 1:1, 1:2 or 2:1 bead. */
  minSimilarity: number;
}

/** Paragraphs that may only be dropped or added in a gap (they are paired elsewhere). */
export interface Reserved {
  old: ReadonlySet<number>;
  new: ReadonlySet<number>;
}

const NONE: Reserved = { old: new Set(), new: new Set() };

// Equal scores go to the bead nearer the diagonal (TIE_COST), then by
// content: never by which version is old.

// Beads [old count, new count], tried in this order; on equal scores the
// earlier wins. Gale & Church allow 1:2 and 2:1; communiqués also break a long
// paragraph into three, or fold three short ones into one.
const BEADS: ReadonlyArray<readonly [number, number]> = [
  [1, 1],
  [1, 2],
  [2, 1],
  [1, 3],
  [3, 1],
];
const ADD = BEADS.length;
const DROP = BEADS.length + 1;

/** Align old[a0..a1) with new[b0..b1) monotonically; return links in reading order. */
export function alignGap(
  space: StemSpace,
  oldBags: Bags,
  newBags: Bags,
  a0: number,
  a1: number,
  b0: number,
  b1: number,
  params: MonotoneParams,
  reserved: Reserved = NONE,
): Link[] {
  const n = a1 - a0;
  const m = b1 - b0;
  const w = m + 1;
  const score = new Float64Array((n + 1) * w);
  const step = new Uint8Array((n + 1) * w);
  const sims = new Float64Array((n + 1) * w);
  const tieOf = (di: number, dj: number, i: number, j: number): number =>
    di === 1 && dj === 1 ? space.tieBreak(oldBags.at(a0 + i - 1), newBags.at(b0 + j - 1)) : 0;

  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue;
      let best = -Infinity;
      let bestStep = DROP;
      let bestSim = 0;
      BEADS.forEach(([di, dj], b) => {
        if (i < di || j < dj) return;
        if (uses(reserved.old, a0 + i - di, di) || uses(reserved.new, b0 + j - dj, dj)) return;
        const sim = beadSimilarity(space, oldBags, newBags, a0 + i - di, di, b0 + j - dj, dj);
        if (sim < params.minSimilarity) return;
        const s =
          (score[(i - di) * w + j - dj] as number) + sim - SPLIT_PENALTY * (di + dj - 2) - TIE_COST * Math.abs(a0 + i - (b0 + j)) + (TIE_COST / 100) * tieOf(di, dj, i, j);
        if (s > best) {
          best = s;
          bestStep = b;
          bestSim = sim;
        }
      });
      if (j > 0 && (score[i * w + j - 1] as number) > best) {
        best = score[i * w + j - 1] as number;
        bestStep = ADD;
        bestSim = 0;
      }
      if (i > 0 && (score[(i - 1) * w + j] as number) > best) {
        best = score[(i - 1) * w + j] as number;
        bestStep = DROP;
        bestSim = 0;
      }
      score[i * w + j] = best;
      step[i * w + j] = bestStep;
      sims[i * w + j] = bestSim;
    }
  }

  const out: Link[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const st = step[i * w + j] as number;
    const similarity = sims[i * w + j] as number;
    if (st === ADD) {
      out.push({ kind: 'added', old: [], new: [b0 + j - 1], similarity: 0 });
      j--;
    } else if (st === DROP) {
      out.push({ kind: 'dropped', old: [a0 + i - 1], new: [], similarity: 0 });
      i--;
    } else {
      const [di, dj] = BEADS[st] as readonly [number, number];
      const kind = di === 1 && dj === 1 ? 'pair' : di === 1 ? 'split' : 'merged';
      out.push({ kind, old: range(a0 + i - di, di), new: range(b0 + j - dj, dj), similarity });
      i -= di;
      j -= dj;
    }
  }
  return out.reverse();
}

function uses(set: ReadonlySet<number>, from: number, count: number): boolean {
  for (let k = from; k < from + count; k++) if (set.has(k)) return true;
  return false;
}

function range(from: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => from + k);
}

/**
 * Similarity of a bead, or -1 when it is not allowed: every part of the side
 * with several paragraphs must draw most of its words from the single one.
 */
function beadSimilarity(space: StemSpace, oldBags: Bags, newBags: Bags, o: number, oc: number, nIdx: number, nc: number): number {
  if (oc === 1 && nc === 1) return space.similarity(oldBags.at(o), newBags.at(nIdx));
  const single = oc === 1 ? oldBags.at(o) : newBags.at(nIdx);
  const parts = oc === 1 ? range(nIdx, nc).map((k) => newBags.at(k)) : range(o, oc).map((k) => oldBags.at(k));
  for (const p of parts) if (space.containment(p, single) < PART_MIN) return -1;
  const union = parts.reduce((acc, p) => space.union(acc, p));
  return space.similarity(single, union);
}
