/**
 * The aligner's stages on small hand-made inputs (bags of stems), each
 * checked by eye: the bead search, anchors and their heaviest in-order
 * chain, moves, and parts of splits and merges found across a move.
 */
import { describe, expect, it } from 'vitest';
import { findAnchors } from '../../src/align/anchors.js';
import type { Link } from '../../src/align/link.js';
import { alignGap } from '../../src/align/monotone.js';
import { findMoves } from '../../src/align/moves.js';
import { alignParagraphs, type AlignInput } from '../../src/align/paragraphs.js';
import { joinScatteredParts } from '../../src/align/scattered.js';
import { LazyBags, StemSpace } from '../../src/match/similarity.js';

/** Two sides of paragraphs given as space-separated stems, in one stem space. */
function sides(oldParas: string[], newParas: string[]) {
  const space = new StemSpace();
  const ids = (ps: string[]) => ps.map((p) => space.add(p.split(' ')));
  const o = ids(oldParas);
  const n = ids(newParas);
  space.freeze(oldParas.length + newParas.length);
  const input = (ps: string[], stemIds: number[][]): AlignInput => ({
    length: ps.length,
    signature: (i) => ps[i] ?? '',
    bags: new LazyBags(ps.length, (i) => space.bag(stemIds[i] ?? [])),
    size: (i) => ps[i]?.length ?? 0,
    tie: () => 0,
  });
  return { space, old: input(oldParas, o), new: input(newParas, n) };
}
const shape = (links: readonly Link[]): string[] => links.map((l) => `${l.kind} ${l.old.join('+')}→${l.new.join('+')}`);
const params = { minSimilarity: 0.35, moveSimilarity: 0.5 };

const A = 'sovereignty independence unity territorial integrity syria charter';
const B = 'constitutional committee geneva envoy session rules procedure';
const C = 'refugees return safe dignified voluntary unhcr displaced';
const D = 'idlib escalation zone ceasefire patrols monitoring';
const B1 = 'constitutional committee geneva envoy';
const B2 = 'session rules procedure committee';

describe('alignGap (the bead search)', () => {
  it('pairs equal paragraphs one to one and leaves the unmatched dropped and added', () => {
    const s = sides([A, B, D], [A, C, D]);
    expect(shape(alignGap(s.space, s.old.bags, s.new.bags, 0, 3, 0, 3, params))).toEqual(['pair 0→0', 'dropped 1→', 'added →1', 'pair 2→2']);
  });
  it('finds a split and a merge', () => {
    const split = sides([A, B, C], [A, B1, B2, C]);
    expect(shape(alignGap(split.space, split.old.bags, split.new.bags, 0, 3, 0, 4, params))).toEqual(['pair 0→0', 'split 1→1+2', 'pair 2→3']);
    const merge = sides([A, B1, B2, C], [A, B, C]);
    expect(shape(alignGap(merge.space, merge.old.bags, merge.new.bags, 0, 4, 0, 3, params))).toEqual(['pair 0→0', 'merged 1+2→1', 'pair 3→2']);
  });
  it('does not take an unrelated new paragraph for half of a split', () => {
    const s = sides([A, B], [A, B, D]);
    expect(shape(alignGap(s.space, s.old.bags, s.new.bags, 0, 2, 0, 3, params))).toEqual(['pair 0→0', 'pair 1→1', 'added →2']);
  });
  it('leaves reserved paragraphs to be paired elsewhere', () => {
    const s = sides([A, B], [A, B]);
    const reserved = { old: new Set([1]), new: new Set([1]) };
    expect(shape(alignGap(s.space, s.old.bags, s.new.bags, 0, 2, 0, 2, params, reserved))).toEqual(['pair 0→0', 'dropped 1→', 'added →1']);
  });
});

describe('findAnchors', () => {
  it('keeps the heaviest in-order chain as anchors: one paragraph moved up is one move, not three moving down', () => {
    const s = sides([A, B, C, D], [D, A, B, C]);
    const { anchors, moved } = findAnchors(s.space, s.old, s.new, [], 0.35);
    expect(anchors.map(([o, n]) => `${o}→${n}`)).toEqual(['0→1', '1→2', '2→3']);
    expect(moved.map(([o, n]) => `${o}→${n}`)).toEqual(['3→0']);
  });
});

describe('findMoves', () => {
  it('pairs a dropped and an added paragraph similar enough, best first, one to one', () => {
    const s = sides([A, B, C], [C, B, A]);
    const links: Link[] = [
      { kind: 'dropped', old: [0], new: [], similarity: 0 },
      { kind: 'added', old: [], new: [0], similarity: 0 },
      { kind: 'pair', old: [1], new: [1], similarity: 1 },
      { kind: 'dropped', old: [2], new: [], similarity: 0 },
      { kind: 'added', old: [], new: [2], similarity: 0 },
    ];
    expect(shape(findMoves(links, s.space, s.old.bags, s.new.bags, 0.5))).toEqual(['moved 2→0', 'pair 1→1', 'moved 0→2']);
  });
  it('leaves them dropped and added below the move bar', () => {
    const s = sides([A], ['syria charter refugees return safe dignified']);
    const links: Link[] = [
      { kind: 'dropped', old: [0], new: [], similarity: 0 },
      { kind: 'added', old: [], new: [0], similarity: 0 },
    ];
    expect(shape(findMoves(links, s.space, s.old.bags, s.new.bags, 0.5))).toEqual(['dropped 0→', 'added →0']);
  });
});

describe('joinScatteredParts', () => {
  it('joins a part left dropped to the merge it belongs to, across a paragraph that moved away', () => {
    const s = sides([B1, C, B2], [B, C]);
    const links: Link[] = [
      { kind: 'pair', old: [0], new: [0], similarity: 0.6 },
      { kind: 'moved', old: [1], new: [1], similarity: 1 },
      { kind: 'dropped', old: [2], new: [], similarity: 0 },
    ];
    expect(shape(joinScatteredParts(links, s.space, s.old.bags, s.new.bags))).toEqual(['merged 0+2→0', 'moved 1→1']);
  });
});

describe('alignParagraphs', () => {
  it('puts the stages together: anchors, a split in a gap, a move', () => {
    const s = sides([A, B, C, D], [D, A, B1, B2, C]);
    expect(shape(alignParagraphs(s.space, s.old, s.new, params, []))).toEqual(['moved 3→0', 'pair 0→1', 'split 1→2+3', 'pair 2→4']);
  });
});
