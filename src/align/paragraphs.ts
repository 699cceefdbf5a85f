/** Align the paragraphs of two versions: anchors, monotone beads in the gaps, then moves. */
import { findAnchors } from './anchors.js';
import type { Link } from './link.js';
import { alignGap } from './monotone.js';
import { findMoves } from './moves.js';
import type { Bag, StemSpace } from './similarity.js';

/** What the aligner needs to know of each paragraph. */
export interface AlignInput {
  bags: readonly Bag[];
}

/** Thresholds of the alignment. */
export interface AlignParams {
  minSimilarity: number;
  moveSimilarity: number;
}

/** Align two versions' paragraphs. Every paragraph appears in exactly one link; links are in reading order. */
export function alignParagraphs(space: StemSpace, oldSide: AlignInput, newSide: AlignInput, params: AlignParams): Link[] {
  const anchors = findAnchors(space, oldSide.bags, newSide.bags, params.minSimilarity);
  const links: Link[] = [];
  let a = 0;
  let b = 0;
  const gap = (a1: number, b1: number): void => {
    if (a1 > a || b1 > b) links.push(...alignGap(space, oldSide.bags, newSide.bags, a, a1, b, b1, params));
  };
  for (const [o, n, similarity] of anchors) {
    gap(o, n);
    links.push({ kind: 'pair', old: [o], new: [n], similarity });
    a = o + 1;
    b = n + 1;
  }
  gap(oldSide.bags.length, newSide.bags.length);
  return findMoves(links, space, oldSide.bags, newSide.bags, params.moveSimilarity);
}
