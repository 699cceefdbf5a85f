/** Align the paragraphs of two versions: anchors, monotone beads in the gaps, moves, then splits and merges across a move. */
import { diffArrays } from 'diff';
import { findAnchors } from './anchors.js';
import type { Link } from './link.js';
import type { Bags, StemSpace } from '../match/similarity.js';
import { GAP_BLOCK, GAP_CELLS, SIGNATURE_DIFF_WORK } from '../params.js';
import { alignGap } from './monotone.js';
import { findMoves } from './moves.js';
import { joinScatteredParts } from './scattered.js';

/** What the aligner needs to know of each paragraph, asked for only when needed. */
export interface AlignInput {
  /** Number of paragraphs. */
  length: number;
  /** Normalized text: equal signatures are paragraphs equal but for cosmetic differences. */
  signature(index: number): string;
  bags: Bags;
  /** Length of the paragraph as written, for tie-breaks. */
  size(index: number): number;
  /** A number in [0, 1) from the paragraph's text, for tie-breaks that do not depend on which side is old. */
  tie(index: number): number;
}

/** Thresholds of the alignment. */
export interface AlignParams {
  minSimilarity: number;
  moveSimilarity: number;
}


/**
 * Align two versions' paragraphs. `twins` are pairs of paragraphs written the
 * same, each unique on its side: they need no comparison. Every paragraph
 * appears in exactly one link; links are in reading order.
 */
export function alignParagraphs(space: StemSpace, oldSide: AlignInput, newSide: AlignInput, params: AlignParams, twins: ReadonlyArray<readonly [number, number]>): Link[] {
  const { anchors, moved } = findAnchors(space, oldSide, newSide, twins, params.minSimilarity);
  const reserved = { old: new Set(moved.map((p) => p[0])), new: new Set(moved.map((p) => p[1])) };
  const links: Link[] = [];
  const range = (a0: number, a1: number, b0: number, b1: number): void => {
    const n = a1 - a0;
    const m = b1 - b0;
    if (n === 0 && m === 0) return;
    if (n * m <= GAP_CELLS) {
      links.push(...alignGap(space, oldSide.bags, newSide.bags, a0, a1, b0, b1, params, reserved));
      return;
    }
    // Paragraphs reserved as moves are not paired in place here either.
    const equal = equalParagraphs(oldSide, newSide, a0, a1, b0, b1).filter(([o, nw]) => !reserved.old.has(o) && !reserved.new.has(nw));
    if (equal.length > 0) {
      let a = a0;
      let b = b0;
      for (const [o, nw] of equal) {
        range(a, o, b, nw);
        links.push({ kind: 'pair', old: [o], new: [nw], similarity: 1 });
        a = o + 1;
        b = nw + 1;
      }
      range(a, a1, b, b1);
      return;
    }
    const blocks = Math.ceil(Math.max(n, m) / GAP_BLOCK);
    for (let k = 0; k < blocks; k++) {
      const cut = (from: number, len: number, i: number): number => from + Math.floor((i * len) / blocks);
      links.push(...alignGap(space, oldSide.bags, newSide.bags, cut(a0, n, k), cut(a0, n, k + 1), cut(b0, m, k), cut(b0, m, k + 1), params, reserved));
    }
  };
  let a = 0;
  let b = 0;
  for (const [o, n, similarity] of anchors) {
    range(a, o, b, n);
    links.push({ kind: 'pair', old: [o], new: [n], similarity });
    a = o + 1;
    b = n + 1;
  }
  range(a, oldSide.length, b, newSide.length);
  const withMoves = findMoves(links, space, oldSide.bags, newSide.bags, params.moveSimilarity, moved);
  return joinScatteredParts(withMoves, space, oldSide.bags, newSide.bags);
}

/** Paragraphs with equal signatures, in order (Myers' diff over signatures, with bounded work). */
function equalParagraphs(oldSide: AlignInput, newSide: AlignInput, a0: number, a1: number, b0: number, b1: number): Array<[number, number]> {
  // An empty signature (a paragraph of marks only) never counts as equal.
  const key = (s: string, side: string, i: number): string => (s === '' ? `${side}${i}` : s);
  const olds = Array.from({ length: a1 - a0 }, (_, i) => key(oldSide.signature(a0 + i), 'o', i));
  const news = Array.from({ length: b1 - b0 }, (_, i) => key(newSide.signature(b0 + i), 'n', i));
  const maxEditLength = Math.max(16, Math.floor(SIGNATURE_DIFF_WORK / (olds.length + news.length)));
  const changes = diffArrays(olds, news, { maxEditLength });
  if (!changes) return [];
  const out: Array<[number, number]> = [];
  let i = a0;
  let j = b0;
  for (const c of changes) {
    if (c.added) j += c.count;
    else if (c.removed) i += c.count;
    else for (let k = 0; k < c.count; k++) out.push([i++, j++]);
  }
  return out;
}
