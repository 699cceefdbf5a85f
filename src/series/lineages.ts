/** Paragraph lineages: each paragraph followed through every round of a series. */
import { stemsOf, type Keying } from '../normalize/keys.js';
import { tokenize } from '../tokenize/tokens.js';
import type { CommuniqueDiff, LineageEvent, ParagraphLineage } from '../types/pipeline.js';
import type { Communique } from '../types/segment.js';
import { revive } from './revive.js';

/**
 * Follow paragraphs through the rounds. Paragraphs linked by a pair's
 * alignment (unchanged, modified, moved, split, merged) are one lineage; a
 * paragraph added in a round joins a lineage that was dropped in an earlier
 * round when its words are as close as a moved paragraph's must be
 * (`moveSimilarity`) — or, when it comes back in the same place (after or
 * before the same lineage as when it was last seen), as close as a paragraph
 * modified in place must be (`minSimilarity`), the same two bars as in a
 * pair's alignment. Added neighbours that came back as halves of it join it
 * too. Returns the lineages, and for each round and paragraph the index of
 * its lineage. `keyingOf(r)` keys the words of round r.
 */
export function paragraphLineages(
  rounds: readonly Communique[],
  pairs: readonly CommuniqueDiff[],
  keyingOf: (round: number) => Keying,
  thresholds: { minSimilarity: number; moveSimilarity: number },
): { lineages: ParagraphLineage[]; lineageOf: number[][] } {
  // One node per paragraph of each round; lineages are the connected groups.
  const offsets: number[] = [];
  let total = 0;
  for (const r of rounds) {
    offsets.push(total);
    total += r.paragraphs.length;
  }
  const node = (round: number, paragraph: number): number => (offsets[round] as number) + paragraph;
  const parent = Int32Array.from({ length: total }, (_, i) => i);
  const find = (x: number): number => {
    let root = x;
    while (parent[root] !== root) root = parent[root] as number;
    while (parent[x] !== root) {
      const next = parent[x] as number;
      parent[x] = root;
      x = next;
    }
    return root;
  };
  // The last round a group is seen in, and its nodes there (kept at the root).
  const lastRound = new Int32Array(total);
  const lastNodes: number[][] = [];
  rounds.forEach((r, ri) => r.paragraphs.forEach((_, i) => {
    lastRound[node(ri, i)] = ri;
    lastNodes[node(ri, i)] = [node(ri, i)];
  }));
  const union = (a: number, b: number): void => {
    let ra = find(a);
    let rb = find(b);
    if (ra === rb) return;
    if (rb < ra) [ra, rb] = [rb, ra];
    parent[rb] = ra;
    const la = lastRound[ra] as number;
    const lb = lastRound[rb] as number;
    if (lb > la) {
      lastRound[ra] = lb;
      lastNodes[ra] = lastNodes[rb] as number[];
    } else if (lb === la) lastNodes[ra] = [...(lastNodes[ra] as number[]), ...(lastNodes[rb] as number[])];
  };
  const roundOf = (n: number): number => {
    let r = 0;
    while (r + 1 < offsets.length && (offsets[r + 1] as number) <= n) r++;
    return r;
  };
  const textOf = (n: number): string => {
    const r = roundOf(n);
    return rounds[r]?.paragraphs[n - (offsets[r] as number)]?.text ?? '';
  };

  // Where a paragraph (or a group's last paragraphs) stands: the groups of the
  // paragraphs right before and after it in its round (-1 at either end of the
  // text), read when a group is judged, so after the unions of the pair at hand.
  type Place = { before: number; after: number };
  const placeOf = (nodes: readonly number[], self: number): Place => {
    const first = Math.min(...nodes);
    const last = Math.max(...nodes);
    const r = roundOf(first);
    const start = offsets[r] as number;
    const end = start + (rounds[r]?.paragraphs.length ?? 0);
    // The nearest paragraphs outside the group itself.
    let b = first - 1;
    while (b >= start && find(b) === self) b--;
    let a = last + 1;
    while (a < end && find(a) === self) a++;
    return { before: b >= start ? find(b) : -1, after: a < end ? find(a) : -1 };
  };
  const samePlace = (x: Place, y: Place): boolean => x.before === y.before || x.after === y.after;

  // Nodes whose group was last seen in some round: the candidates for coming back.
  const ended: number[] = [];
  pairs.forEach((pair, r) => {
    for (const c of pair.alignment) {
      const all = [...c.old.map((i) => node(r, i)), ...c.new.map((i) => node(r + 1, i))];
      for (const n of all.slice(1)) union(all[0] as number, n);
    }
    const added = pair.alignment.filter((c) => c.kind === 'added').map((c) => node(r + 1, c.new[0] as number));
    // Dormant: last seen before round r (a group dropped in this very pair was just judged by the pairwise diff).
    const dormant = [...new Set(ended.map(find))].filter((root) => (lastRound[root] as number) < r);
    const places = dormant.map((root) => placeOf(lastNodes[root] as number[], root));
    const addedPlaces = added.map((n) => placeOf([n], -1));
    const addedAt = new Map(added.map((n, k) => [n, k]));
    const stems = (round: number, text: string): string[] => stemsOf(tokenize(text), keyingOf(round));
    const back = revive(
      added.map((n) => stems(r + 1, textOf(n))),
      dormant.map((root) => stems(lastRound[root] as number, (lastNodes[root] as number[]).map(textOf).join('\n'))),
      (sim, a, d) => sim >= (samePlace(addedPlaces[a] as Place, places[d] as Place) ? thresholds.minSimilarity : thresholds.moveSimilarity),
      (a) => ({ before: addedAt.get((added[a] as number) - 1), after: addedAt.get((added[a] as number) + 1) }),
    );
    for (const [a, d] of back) union(added[a] as number, dormant[d] as number);
    for (const c of pair.alignment) if (c.kind === 'dropped') ended.push(node(r, c.old[0] as number));
  });

  // Groups in order of first round and position; events from each pair's alignment.
  const index = new Map<number, number>();
  const lineages: ParagraphLineage[] = [];
  const lineageOf: number[][] = rounds.map((r, ri) =>
    r.paragraphs.map((_, i) => {
      const root = find(node(ri, i));
      let k = index.get(root);
      if (k === undefined) {
        k = lineages.length;
        index.set(root, k);
        lineages.push({ paragraphs: rounds.map(() => []), first: ri, last: ri, events: [] });
      }
      const l = lineages[k] as ParagraphLineage;
      (l.paragraphs[ri] as number[]).push(i);
      l.last = ri;
      return k;
    }),
  );
  pairs.forEach((pair, r) =>
    pair.alignment.forEach((c, change) => {
      if (c.kind === 'unchanged') return;
      const at = c.new.length > 0 ? (lineageOf[r + 1]?.[c.new[0] as number] as number) : (lineageOf[r]?.[c.old[0] as number] as number);
      const event: LineageEvent = { round: r + 1, kind: c.kind, cosmetic: c.cosmetic, change };
      lineages[at]?.events.push(event);
    }),
  );
  return { lineages, lineageOf };
}
