/**
 * Rejoin what came back: items added in one round that are the same as items
 * last seen rounds before (a paragraph or commitment dropped, then restored).
 * A pairwise diff cannot see this: the two rounds it compares hold only one
 * of them.
 */
import { matchPairs, type Scored } from '../match/greedy.js';
import { LazyBags, StemSpace } from '../match/similarity.js';

// Best first, then lower indexes.
const bySimilarity = (x: Scored, y: Scored): number => y.similarity - x.similarity || x.a - y.a || x.b - y.b;

/**
 * Pairs `[added, dormant]` of indexes, best first and each item used once,
 * among the pairs that share a rare word and that `accept` takes (given their
 * weighted similarity, as in paragraph alignment). Items are given by their
 * stems (keyed by the reading of their round). Ties go to lower indexes.
 *
 * With `neighbours` (the added items next to an added item, before and
 * after), an item that came back split is rejoined whole: a neighbour not
 * taken otherwise joins the same dormant item when the two read together are
 * closer to it than the first alone (as the bead search judges a split), and
 * so on outwards. Such a neighbour comes as one more pair with that dormant item.
 */
export function revive(
  added: ReadonlyArray<readonly string[]>,
  dormant: ReadonlyArray<readonly string[]>,
  accept: (similarity: number, added: number, dormant: number) => boolean,
  neighbours?: (added: number) => { before: number | undefined; after: number | undefined },
): Array<[number, number]> {
  if (added.length === 0 || dormant.length === 0) return [];
  // Weights from the texts compared here: what they all share counts little.
  const space = new StemSpace();
  const addedIds = added.map((s) => space.add(s));
  const dormantIds = dormant.map((s) => space.add(s));
  space.freeze(added.length + dormant.length);
  const addedBags = new LazyBags(added.length, (i) => space.bag(addedIds[i] ?? []));
  const dormantBags = new LazyBags(dormant.length, (i) => space.bag(dormantIds[i] ?? []));
  const all = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
  const usedA = new Set<number>();
  const out: Array<[number, number]> = matchPairs(space, addedBags, dormantBags, all(added.length), all(dormant.length), { accept, compare: bySimilarity }, usedA).map((p) => [p.a, p.b]);
  if (!neighbours) return out;
  for (const [a, d] of [...out]) {
    const target = dormantBags.at(d);
    let bag = addedBags.at(a);
    let sim = space.similarity(bag, target);
    for (const side of ['before', 'after'] as const) {
      for (let n = neighbours(a)[side]; n !== undefined && !usedA.has(n); n = neighbours(n)[side]) {
        const joined = space.union(bag, addedBags.at(n));
        const joinedSim = space.similarity(joined, target);
        if (joinedSim <= sim) break;
        usedA.add(n);
        out.push([n, d]);
        bag = joined;
        sim = joinedSim;
      }
    }
  }
  return out;
}
