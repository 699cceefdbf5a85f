/** Invariants of diffSeries for any series, checked with fast-check. */
import fc from 'fast-check';
import '../support/fc-config.js';
import { describe, expect, it } from 'vitest';
import { diffSeries } from '../../src/index.js';
import { exampleRound } from '../support/fixtures.js';

const VOCAB = [...new Set([exampleRound('en', 'a'), exampleRound('ar', 'a'), exampleRound('ru', 'a')].join(' ').split(/\s+/))].slice(0, 300);
const paragraph = fc.array(fc.constantFrom(...VOCAB), { minLength: 1, maxLength: 20 }).map((w) => w.join(' '));
/** The next round: some paragraphs kept (reordered), some new ones, sometimes an earlier round's paragraph restored. */
const next = (ps: string[], earlier: string[]) =>
  fc
    .tuple(fc.shuffledSubarray(ps), fc.array(paragraph, { maxLength: 2 }), fc.subarray(earlier, { maxLength: Math.min(2, earlier.length) }))
    .map(([kept, extra, restored]) => [...kept, ...extra, ...restored]);
const seriesArb = fc.array(paragraph, { minLength: 1, maxLength: 8 }).chain((first) =>
  fc.integer({ min: 1, max: 4 }).chain((steps) => {
    let arb: fc.Arbitrary<string[][]> = fc.constant([first]);
    for (let k = 0; k < steps; k++) arb = arb.chain((rounds) => next(rounds[rounds.length - 1] as string[], rounds.flat()).map((r) => [...rounds, r]));
    return arb;
  }),
);

describe('diffSeries properties', () => {
  it('every paragraph and commitment of every round is in exactly one lineage or history, and events agree with the pairs', () => {
    fc.assert(
      fc.property(seriesArb, (rounds) => {
        const s = diffSeries(rounds.map((ps) => ps.join('\n')));
        expect(s.pairs).toHaveLength(rounds.length - 1);
        s.rounds.forEach((doc, r) => {
          const seen = s.lineages.flatMap((l) => l.paragraphs[r] ?? []).sort((a, b) => a - b);
          expect(seen).toEqual(doc.paragraphs.map((_, i) => i));
          // The round's commitments as the pairs see them.
          const pairSide = r === 0 ? (s.pairs[0]?.commitments.flatMap((c) => (c.old ? [c.old.start] : [])) ?? null) : s.pairs[r - 1]!.commitments.flatMap((c) => (c.new ? [c.new.start] : []));
          const inHistories = s.commitments.flatMap((h) => (h.commitments[r] ? [h.commitments[r]!.start] : []));
          if (pairSide) expect([...inHistories].sort((a, b) => a - b)).toEqual([...pairSide].sort((a, b) => a - b));
        });
        for (const l of s.lineages) {
          const present = l.paragraphs.map((p) => p.length > 0);
          expect(present.indexOf(true)).toBe(l.first);
          expect(present.lastIndexOf(true)).toBe(l.last);
          for (const e of l.events) {
            const change = s.pairs[e.round - 1]!.alignment[e.change]!;
            expect(change.kind).toBe(e.kind);
          }
        }
        for (const h of s.commitments) {
          h.strengths.forEach((x, r) => {
            expect(x === null).toBe(h.commitments[r] === null);
            expect(h.texts[r] === null).toBe(h.commitments[r] === null);
          });
          const rounds_ = h.events.map((e) => e.round);
          expect(rounds_).toEqual([...rounds_].sort((a, b) => a - b));
          for (const e of h.events) {
            const change = s.pairs[e.round - 1]!.commitments[e.change]!;
            expect(change.kind).toBe(e.kind);
            // An event's round holds the commitment unless it was dropped there.
            expect(h.strengths[e.round] === null).toBe(e.kind === 'dropped');
          }
          // Absent after present means a drop was recorded; present after absent, an addition.
          for (let r = 1; r < h.strengths.length; r++) {
            const was = h.strengths[r - 1] !== null;
            const is = h.strengths[r] !== null;
            if (was && !is) expect(h.events.some((e) => e.round === r && e.kind === 'dropped')).toBe(true);
            if (!was && is) expect(h.events.some((e) => e.round === r && e.kind === 'added')).toBe(true);
          }
        }
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
