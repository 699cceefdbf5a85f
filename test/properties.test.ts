/** Invariants that hold for any input, checked with fast-check. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffCommuniques, type CommuniqueDiff, type TextEdit } from '../src/index.js';
import { exampleRound } from './support/fixtures.js';

// Words of the genre in three scripts, so random documents share words the way rounds do.
const VOCAB = [...new Set([exampleRound('en', 'a'), exampleRound('ar', 'a'), exampleRound('ru', 'a')].join(' ').split(/\s+/))].slice(0, 400);
const paragraph = fc.array(fc.constantFrom(...VOCAB), { minLength: 1, maxLength: 25 }).map((w) => w.join(' '));
const documentArb = fc.array(paragraph, { maxLength: 12 });
/** A document and a variant of it made by reordering, dropping, duplicating and editing its paragraphs. */
const pairArb = documentArb.chain((ps) =>
  fc.tuple(
    fc.constant(ps),
    fc.shuffledSubarray(ps).chain((sub) => fc.tuple(fc.constant(sub), fc.array(paragraph, { maxLength: 3 }))).map(([sub, extra]) => [...sub, ...extra]),
    fc.constantFrom('\n', '\n\n'),
  ),
);

function rebuild(edits: readonly TextEdit[], side: 'old' | 'new'): string {
  return edits
    .map((e) => (e.op === 'equal' ? (side === 'old' ? (e.oldText ?? e.text) : e.text) : e.op === (side === 'old' ? 'delete' : 'insert') ? e.text : ''))
    .join('');
}

function checkInvariants(d: CommuniqueDiff): void {
  const seenOld = d.alignment.flatMap((c) => c.old).sort((a, b) => a - b);
  const seenNew = d.alignment.flatMap((c) => c.new).sort((a, b) => a - b);
  expect(seenOld).toEqual(d.old.paragraphs.map((p) => p.index));
  expect(seenNew).toEqual(d.new.paragraphs.map((p) => p.index));
  for (const c of d.alignment) {
    expect(rebuild(c.edits, 'old')).toBe(c.old.map((i) => d.old.paragraphs[i]?.text).join('\n'));
    expect(rebuild(c.edits, 'new')).toBe(c.new.map((i) => d.new.paragraphs[i]?.text).join('\n'));
    expect(c.similarity).toBeGreaterThanOrEqual(0);
    expect(c.similarity).toBeLessThanOrEqual(1);
  }
  for (const doc of [d.old, d.new]) {
    for (const p of doc.paragraphs) expect(doc.source.slice(p.textStart, p.end)).toBe(p.text);
  }
}

describe('invariants', () => {
  it('conserves every paragraph, rebuilds both texts from the edits, keeps offsets true', () => {
    fc.assert(
      fc.property(pairArb, ([a, b, sep]) => {
        checkInvariants(diffCommuniques(a.join(sep), b.join(sep)));
      }),
      { numRuns: 400 },
    );
  });

  it('finds no change between a text and itself', () => {
    fc.assert(
      fc.property(documentArb, fc.constantFrom('\n', '\n\n'), (ps, sep) => {
        const text = ps.join(sep);
        expect(diffCommuniques(text, text).alignment.every((c) => c.kind === 'unchanged')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same output for the same input', () => {
    fc.assert(
      fc.property(pairArb, ([a, b, sep]) => {
        expect(diffCommuniques(a.join(sep), b.join(sep))).toEqual(diffCommuniques(a.join(sep), b.join(sep)));
      }),
      { numRuns: 100 },
    );
  });

  it('mirrors when the versions are swapped: added ↔ dropped, split ↔ merged', () => {
    const mirror: Record<string, string> = { added: 'dropped', dropped: 'added', split: 'merged', merged: 'split' };
    fc.assert(
      fc.property(pairArb, ([a, b, sep]) => {
        const forward = diffCommuniques(a.join(sep), b.join(sep)).alignment.map((c) => `${mirror[c.kind] ?? c.kind} ${c.new.join()}|${c.old.join()}`);
        const backward = diffCommuniques(b.join(sep), a.join(sep)).alignment.map((c) => `${c.kind} ${c.old.join()}|${c.new.join()}`);
        expect(backward.sort()).toEqual(forward.sort());
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary Unicode, and still conserves paragraphs', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), (a, b) => {
        checkInvariants(diffCommuniques(a, b));
      }),
      { numRuns: 1000 },
    );
  });
});
