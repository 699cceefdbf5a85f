/** The one matcher: candidates from the rare-word index, greedy one-to-one pairing in the order its hooks give. */
import { describe, expect, it } from 'vitest';
import { byScore, matchPairs, pairGreedy, type Scored } from '../../src/match/greedy.js';
import { LazyBags, StemSpace } from '../../src/match/similarity.js';

const space = (texts: string[][]) => {
  const s = new StemSpace();
  const ids = texts.map((t) => s.add(t));
  s.freeze(texts.length);
  return { s, bags: new LazyBags(texts.length, (i) => s.bag(ids[i] ?? [])) };
};

describe('pairGreedy', () => {
  it('takes candidates best first and each item once', () => {
    const c = (a: number, b: number, score: number): Scored => ({ a, b, score, similarity: score, tie: 0 });
    const pairs = pairGreedy([c(0, 0, 0.6), c(0, 1, 0.9), c(1, 1, 0.8), c(1, 0, 0.5)], byScore);
    expect(pairs.map((p) => `${p.a}-${p.b}`)).toEqual(['0-1', '1-0']);
  });
  it('shares used items across passes', () => {
    const usedA = new Set([0]);
    const pairs = pairGreedy([{ a: 0, b: 0 }, { a: 1, b: 0 }], () => 0, usedA);
    expect(pairs).toEqual([{ a: 1, b: 0 }]);
    expect([...usedA]).toEqual([0, 1]);
  });
});

describe('matchPairs', () => {
  const a = space([['idlib', 'ceasefire', 'patrols'], ['refugees', 'return', 'unhcr'], ['geneva', 'committee']]);
  it('pairs items that share a rare word, by similarity, and only those `accept` takes', () => {
    const all = [0, 1, 2];
    const pairs = matchPairs(a.s, a.bags, a.bags, all, all, { accept: (sim) => sim >= 0.5 });
    expect(pairs.map((p) => `${p.a}-${p.b}`).sort()).toEqual(['0-0', '1-1', '2-2']);
    expect(matchPairs(a.s, a.bags, a.bags, all, all, { accept: (_, x, y) => x !== y })).toEqual([]);
  });
  it('orders by the score hook', () => {
    const b = space([['x', 'y'], ['x', 'y'], ['x', 'z']]);
    const prefer2 = matchPairs(b.s, b.bags, b.bags, [0], [1, 2], { accept: () => true, score: (sim, _, j) => sim + (j === 2 ? 1 : 0) });
    expect(prefer2.map((p) => p.b)).toEqual([2]);
  });
});
