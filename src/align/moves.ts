/**
 * Moves: among the paragraphs the monotone pass left dropped and added, pair
 * those that are the same paragraph found at another place, edited or not.
 * Greedy by similarity, best first, as move detection in diff tools does.
 */
import { candidatePairs } from './candidates.js';
import type { Link } from './link.js';
import type { Bag, Bags, StemSpace } from './similarity.js';

/**
 * Turn dropped/added pairs similar enough into `moved` links, in place of the
 * added one. `known` pairs [old, new, similarity] (nearly equal paragraphs out
 * of order) are candidates whether or not the rare-word index finds them.
 */
export function findMoves(links: Link[], space: StemSpace, oldBags: Bags, newBags: Bags, moveSimilarity: number, known: ReadonlyArray<readonly [number, number, number]> = []): Link[] {
  const dropped = links.filter((l) => l.kind === 'dropped').map((l) => l.old[0] as number);
  const added = links.filter((l) => l.kind === 'added').map((l) => l.new[0] as number);
  if (dropped.length === 0 || added.length === 0) return links;
  const candidates: Array<{ o: number; n: number; sim: number; tie: number }> = [];
  const isDropped = new Set(dropped);
  const isAdded = new Set(added);
  for (const [o, nIdx, sim] of known) {
    if (isDropped.has(o) && isAdded.has(nIdx) && sim >= moveSimilarity) candidates.push({ o, n: nIdx, sim, tie: space.tieBreak(oldBags.at(o) as Bag, newBags.at(nIdx) as Bag) });
  }
  candidatePairs(space, oldBags, newBags, dropped, added, (o, nIdx) => {
    const sim = space.similarity(oldBags.at(o) as Bag, newBags.at(nIdx) as Bag);
    if (sim >= moveSimilarity) candidates.push({ o, n: nIdx, sim, tie: space.tieBreak(oldBags.at(o) as Bag, newBags.at(nIdx) as Bag) });
  });
  // Best first; ties go to the shorter move, then by content: an order that
  // does not depend on which version is old.
  candidates.sort((x, y) => y.sim - x.sim || Math.abs(x.o - x.n) - Math.abs(y.o - y.n) || y.tie - x.tie || x.o - y.o);
  const movedOld = new Set<number>();
  const movedNew = new Map<number, { o: number; sim: number }>();
  for (const c of candidates) {
    if (movedOld.has(c.o) || movedNew.has(c.n)) continue;
    movedOld.add(c.o);
    movedNew.set(c.n, { o: c.o, sim: c.sim });
  }
  const out: Link[] = [];
  for (const l of links) {
    if (l.kind === 'dropped' && movedOld.has(l.old[0] as number)) continue;
    const m = l.kind === 'added' ? movedNew.get(l.new[0] as number) : undefined;
    out.push(m ? { kind: 'moved', old: [m.o], new: l.new, similarity: m.sim } : l);
  }
  return out;
}
