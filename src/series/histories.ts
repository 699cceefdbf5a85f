/** Commitment histories: each commitment's strength and wording in every round of a series. */
import { about } from '../commitments/match.js';
import { stemsOf, type Keying } from '../normalize/keys.js';
import { COMMITMENT_SIMILARITY, COMMITMENT_SIMILARITY_SAME_ACT } from '../params.js';
import { tokenize } from '../tokenize/tokens.js';
import type { Commitment } from '../types/commitments.js';
import type { CommitmentHistory, CommuniqueDiff } from '../types/pipeline.js';
import { revive } from './revive.js';

// A commitment that comes back after an absence is the same one when what it
// is about reads alike, by the bars of matching across unrelated paragraphs.

/**
 * Follow commitments through the rounds by chaining each pair's matches. A
 * commitment added in a round joins the history of one dropped in an earlier
 * round when it is about the same thing, so "dropped, then added again" reads
 * as one history. `roundCommitments[r]` are the commitments of round r;
 * `lineageOf[r][p]` is the lineage of paragraph p of round r; `keyingOf(r)`
 * keys the words of round r.
 */
export function commitmentHistories(
  roundCommitments: ReadonlyArray<readonly Commitment[]>,
  pairs: readonly CommuniqueDiff[],
  lineageOf: ReadonlyArray<readonly number[]>,
  keyingOf: (round: number) => Keying,
): CommitmentHistory[] {
  const rounds = roundCommitments.length;
  const histories: CommitmentHistory[] = [];
  const open = (round: number, c: Commitment): number => {
    histories.push({
      predicate: c.predicate,
      topic: c.topic,
      strengths: new Array<number | null>(rounds).fill(null),
      texts: new Array<string | null>(rounds).fill(null),
      commitments: new Array<Commitment | null>(rounds).fill(null),
      first: round,
      last: round,
      events: [],
      lineages: [],
    });
    const h = histories.length - 1;
    place(h, round, c);
    return h;
  };
  const place = (h: number, round: number, c: Commitment): void => {
    const history = histories[h] as CommitmentHistory;
    history.strengths[round] = c.strength;
    history.texts[round] = c.text;
    history.commitments[round] = c;
    history.last = round;
    history.predicate = c.predicate;
    history.topic = c.topic;
    const lineage = lineageOf[round]?.[c.paragraph];
    if (lineage !== undefined && !history.lineages.includes(lineage)) history.lineages.push(lineage);
  };

  // A commitment is known in its round by its offset, which is unique there.
  let current = new Map<number, number>();
  for (const c of roundCommitments[0] ?? []) current.set(c.start, open(0, c));
  pairs.forEach((pair, r) => {
    const next = new Map<number, number>();
    const added: Array<{ c: Commitment; change: number }> = [];
    pair.commitments.forEach((ch, change) => {
      const before = ch.old ? current.get(ch.old.start) : undefined;
      // Across languages a clause read inside another commitment is paired with that commitment
      // after its own pair (compareCommitments): each commitment stays in one history, the clause's ends.
      if (ch.new && next.has(ch.new.start)) return;
      if (ch.new && before !== undefined) {
        place(before, r + 1, ch.new);
        next.set(ch.new.start, before);
        if (ch.kind !== 'unchanged') histories[before]?.events.push({ round: r + 1, kind: ch.kind, change });
      } else if (ch.new) added.push({ c: ch.new, change });
      else if (before !== undefined) histories[before]?.events.push({ round: r + 1, kind: 'dropped', change });
    });
    // Histories last seen before round r may come back now.
    const dormant = histories.map((h, i) => ({ h, i })).filter(({ h }) => h.last < r);
    const last = (h: CommitmentHistory): Commitment => h.commitments[h.last] as Commitment;
    const back = new Map(
      revive(
        added.map(({ c }) => stemsOf(tokenize(about(c)), keyingOf(r + 1))),
        dormant.map(({ h }) => stemsOf(tokenize(about(last(h))), keyingOf(h.last))),
        (sim, a, d) => sim >= COMMITMENT_SIMILARITY || (sim >= COMMITMENT_SIMILARITY_SAME_ACT && added[a]?.c.predicate === last((dormant[d] as { h: CommitmentHistory }).h).predicate),
      ),
    );
    added.forEach(({ c, change }, a) => {
      const d = back.get(a);
      let h: number;
      if (d === undefined) h = open(r + 1, c);
      else {
        h = (dormant[d] as { i: number }).i;
        place(h, r + 1, c);
      }
      histories[h]?.events.push({ round: r + 1, kind: 'added', change });
      next.set(c.start, h);
    });
    current = next;
  });
  // Reading order: first round, then where the commitment stood in it.
  return histories
    .map((h, i) => ({ h, i }))
    .sort((x, y) => x.h.first - y.h.first || (x.h.commitments[x.h.first]?.start ?? 0) - (y.h.commitments[y.h.first]?.start ?? 0) || x.i - y.i)
    .map(({ h }) => h);
}
