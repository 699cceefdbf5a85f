/**
 * Moves: among the paragraphs the monotone pass left dropped and added, pair
 * those that are the same paragraph found at another place, edited or not.
 * Greedy by similarity, best first, as move detection in diff tools does.
 */
import { matchPairs, type Scored } from '../match/greedy.js';
import type { Bags, StemSpace } from '../match/similarity.js';
import type { Link } from './link.js';

// Best first; ties go to the shorter move, then by content: an order that
// does not depend on which version is old.
const byMove = (x: Scored, y: Scored): number => y.similarity - x.similarity || Math.abs(x.a - x.b) - Math.abs(y.a - y.b) || y.tie - x.tie || x.a - y.a;

/**
 * Turn dropped/added pairs similar enough into `moved` links, in place of the
 * added one. `known` pairs [old, new, similarity] (nearly equal paragraphs out
 * of order) are candidates whether or not the rare-word index finds them.
 */
export function findMoves(links: Link[], space: StemSpace, oldBags: Bags, newBags: Bags, moveSimilarity: number, known: ReadonlyArray<readonly [number, number, number]> = []): Link[] {
  const dropped = links.filter((l) => l.kind === 'dropped').map((l) => l.old[0] as number);
  const added = links.filter((l) => l.kind === 'added').map((l) => l.new[0] as number);
  if (dropped.length === 0 || added.length === 0) return links;
  const isDropped = new Set(dropped);
  const isAdded = new Set(added);
  const seeds: Scored[] = known
    .filter(([o, n, sim]) => isDropped.has(o) && isAdded.has(n) && sim >= moveSimilarity)
    .map(([a, b, similarity]) => ({ a, b, similarity, score: similarity, tie: space.tieBreak(oldBags.at(a), newBags.at(b)) }));
  const pairs = matchPairs(space, oldBags, newBags, dropped, added, { accept: (sim) => sim >= moveSimilarity, compare: byMove, seeds });
  const movedOld = new Set(pairs.map((p) => p.a));
  const movedNew = new Map(pairs.map((p) => [p.b, p]));
  const out: Link[] = [];
  for (const l of links) {
    if (l.kind === 'dropped' && movedOld.has(l.old[0] as number)) continue;
    const m = l.kind === 'added' ? movedNew.get(l.new[0] as number) : undefined;
    out.push(m ? { kind: 'moved', old: [m.a], new: l.new, similarity: m.similarity } : l);
  }
  return out;
}
