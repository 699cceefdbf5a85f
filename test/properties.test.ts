/** Invariants that hold for any input, checked with fast-check. */
import fc from 'fast-check';
import './support/fc-config.js';
import { describe, expect, it } from 'vitest';
import { diffCommuniques, extractCommitments, type Commitment, type CommuniqueDiff, type TextEdit } from '../src/index.js';
import { exampleRound } from './support/fixtures.js';
import { expectCovered } from './support/covered.js';
import { documentNoise } from './support/noise.js';
import { rng } from './support/variants.js';

// Words of the genre in three scripts, so random documents share words the way rounds do.
const VOCAB = [...new Set([exampleRound('en', 'a'), exampleRound('ar', 'a'), exampleRound('ru', 'a')].join(' ').split(/\s+/))].slice(0, 400);
const paragraph = fc.array(fc.constantFrom(...VOCAB), { minLength: 1, maxLength: 25 }).map((w) => w.join(' '));
const documentArb = fc.array(paragraph, { maxLength: 12 });
// Words that move the strength of a commitment, inserted at random so that
// pairs have softened and strengthened commitments, not only added and dropped ones.
const MARKERS = ['strongly', 'as appropriate', 'immediately', 'not', 'firmly', 'بشدة', 'فوراً', 'حسب الاقتضاء', 'решительно', 'по возможности'];
const edited = (p: string) =>
  fc.tuple(fc.option(fc.constantFrom(...MARKERS), { nil: undefined }), fc.nat()).map(([m, at]) => {
    if (m === undefined) return p;
    const words = p.split(' ');
    words.splice(at % (words.length + 1), 0, m);
    return words.join(' ');
  });
/** A document and a variant of it made by reordering, dropping, editing and adding paragraphs. */
const pairArb = documentArb.chain((ps) =>
  fc.tuple(
    fc.constant(ps),
    fc
      .shuffledSubarray(ps)
      .chain((sub) => fc.tuple(fc.tuple(...sub.map(edited)), fc.array(paragraph, { maxLength: 3 })))
      .map(([sub, extra]) => [...sub, ...extra]),
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
    expectCovered(doc);
  }
  // Commitments: each of both sides in exactly one change, offsets true, never a verdict without reasons.
  const oldCs = extractCommitments(d.old);
  const newCs = extractCommitments(d.new);
  const key = (c: Commitment) => `${c.start}:${c.end}:${c.predicate}`;
  // Across languages, the items a press report leaves out are not changes: exactly the other side's unaligned paragraphs.
  const coverage = d.coverage;
  if (coverage) {
    const other = coverage.report === 'new' ? 'old' : 'new';
    expect(coverage.leftOut).toEqual(d.alignment.filter((c) => c[coverage.report].length === 0).flatMap((c) => c[other]));
  }
  const counted = (side: 'old' | 'new') => (c: Commitment) => !(coverage && coverage.report !== side && coverage.leftOut.includes(c.paragraph));
  expect(d.commitments.flatMap((c) => (c.old ? [key(c.old)] : [])).sort()).toEqual(oldCs.filter(counted('old')).map(key).sort());
  expect(d.commitments.flatMap((c) => (c.new ? [key(c.new)] : [])).sort()).toEqual(newCs.filter(counted('new')).map(key).sort());
  for (const c of d.commitments) {
    expect(c.reasons.length).toBeGreaterThan(0);
    for (const [doc, side] of [[d.old, c.old], [d.new, c.new]] as const) {
      if (!side) continue;
      expect(doc.source.slice(side.start, side.end)).toBe(side.text);
      for (const m of side.markers) expect(doc.source.slice(m.start, m.end)).toBe(m.text);
    }
  }
}

describe('invariants', () => {
  it('conserves every paragraph, rebuilds both texts from the edits, keeps offsets true', () => {
    fc.assert(
      fc.property(pairArb, ([a, b, sep]) => {
        checkInvariants(diffCommuniques(a.join(sep), b.join(sep)));
      }),
      { numRuns: 1000 },
    );
    // A thousand pairs with the conservation check of every character: seconds, more on a busy machine.
  }, 60_000);

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

  it('mirrors when the versions are swapped: added ↔ dropped, split ↔ merged, softened ↔ strengthened', () => {
    const mirror: Record<string, string> = { added: 'dropped', dropped: 'added', split: 'merged', merged: 'split', softened: 'strengthened', strengthened: 'softened' };
    const commitmentKinds = (d: CommuniqueDiff, flip: boolean) =>
      d.commitments.map((c) => {
        const [a, b] = flip ? [c.new, c.old] : [c.old, c.new];
        return `${flip ? (mirror[c.kind] ?? c.kind) : c.kind} ${a?.start ?? '-'}:${a?.predicate ?? '-'}|${b?.start ?? '-'}:${b?.predicate ?? '-'}`;
      });
    fc.assert(
      fc.property(pairArb, ([a, b, sep]) => {
        // Random mixes of scripts that read as two languages are compared by a few shared
        // concepts, where equal bags tie; translations are mirrored in test/pipeline/across.test.ts.
        fc.pre(diffCommuniques(a.join(sep), b.join(sep)).crossLanguage !== true);
        const forward = diffCommuniques(a.join(sep), b.join(sep)).alignment.map((c) => `${mirror[c.kind] ?? c.kind} ${c.new.join()}|${c.old.join()}`);
        const backward = diffCommuniques(b.join(sep), a.join(sep)).alignment.map((c) => `${c.kind} ${c.old.join()}|${c.new.join()}`);
        expect(backward.sort()).toEqual(forward.sort());
        const f = diffCommuniques(a.join(sep), b.join(sep));
        const r = diffCommuniques(b.join(sep), a.join(sep));
        expect(commitmentKinds(r, false).sort()).toEqual(commitmentKinds(f, true).sort());
      }),
      { numRuns: 300 },
    );
  });

  it('finds no substantive change against cosmetic variants (diacritics, digits, quotes, whitespace, line endings, bidi marks)', () => {
    fc.assert(
      fc.property(documentArb, fc.integer({ min: 1, max: 1_000_000 }), (ps, seed) => {
        const text = ps.join('\n');
        const d = diffCommuniques(text, documentNoise(text, rng(seed)));
        expect(d.alignment.filter((c) => c.kind !== 'unchanged' && !c.cosmetic)).toEqual([]);
        expect(d.commitments.filter((c) => c.kind !== 'unchanged')).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  // Lone surrogates, NUL and control characters, bidi overrides, combining
  // marks after spaces (jsdiff 8.0.4 crashed on these), tatweel and tashkeel
  // alone, emoji sequences, mixed scripts.
  const nasty = fc
    .array(
      fc.oneof(
        fc.constantFrom('\u0000', '\ud800', '\udfff', '\u202e', '\u2066', '\u200f', ' \u0301', '\u0301', '😀', '👨‍👩‍👧', '\r', '\n', '\r\n', '\t', '\u0640', '\u064b', 'a', 'ب', 'ж', '1', '.', '“', '«', '(', '1. ', '١- ', '\u2028', '\ufeff', '\f', '\n2\n', '\n- 3 -\n', '\n٢/٣\n', '\nS/2024/12\n', '\nRead also: x\n', '\nPage 2 of 3\n', '-\n', '\nBy Staff\n'),
        fc.string({ unit: 'binary', maxLength: 4 }),
        fc.constantFrom(...VOCAB),
      ),
      { maxLength: 80 },
    )
    .map((parts) => parts.join(''));

  it('never throws on arbitrary Unicode, and still conserves paragraphs', () => {
    fc.assert(
      fc.property(nasty, nasty, (a, b) => {
        checkInvariants(diffCommuniques(a, b));
      }),
      { numRuns: 2000 },
    );
  }, 60_000);
});
