import { describe, expect, it } from 'vitest';
import { diffCommuniques, diffSeries, extractCommitments, parseCommunique, type Series } from '../../src/index.js';
import { exampleRound } from '../support/fixtures.js';
import { fiveRounds, indexIn, SEED_CONDEMNATION, seedSeries, TEXTS } from '../support/series.js';

/** The lineage holding paragraph `p` of round `r`. */
const lineageAt = (s: Series, r: number, p: number) => {
  const found = s.lineages.filter((l) => l.paragraphs[r]?.includes(p));
  expect(found).toHaveLength(1);
  return found[0]!;
};
const events = (list: ReadonlyArray<{ round: number; kind: string }>) => list.map((e) => `${e.round}:${e.kind}`);

describe('a paragraph dropped and brought back later', () => {
  // Illustrative paragraphs; round 2 drops the detainees paragraph.
  const P = [
    'Reaffirmed their commitment to the sovereignty and territorial integrity of Syria.',
    'Reviewed the situation in the Idlib de-escalation area.',
    'Highlighted the need to facilitate the return of refugees to their places of residence.',
    'Agreed to hold the next meeting in Astana.',
  ];
  const DETAINEES = 'Welcomed the release of detainees within the framework of the Working Group on the release of detainees and abductees, the handover of bodies and the identification of missing persons.';
  // Rewritten: fewer than half of its weighted words kept (too few for a move, enough in place).
  const REWRITTEN = 'Noted the work of the Working Group on detainees and called for more exchanges of abductees and bodies without delay.';
  const round1 = [P[0], P[1], DETAINEES, P[2], P[3]].join('\n');
  const round2 = P.join('\n');
  const lineages = (round3: string[]) => diffSeries([round1, round2, round3.join('\n')]).lineages.map((l) => l.paragraphs);

  it('rejoins it rewritten when it comes back in its place, after the same paragraph as before', () => {
    expect(lineages([P[0]!, P[1]!, REWRITTEN, P[2]!, P[3]!])).toContainEqual([[2], [], [2]]);
  });

  it('does not rejoin the same rewriting found elsewhere: a moved paragraph needs closer words', () => {
    const got = lineages([P[0]!, P[1]!, P[2]!, P[3]!, REWRITTEN]);
    expect(got).toContainEqual([[2], [], []]);
    expect(got).toContainEqual([[], [], [4]]);
  });

  it('rejoins both halves when it comes back split in two', () => {
    const cut = DETAINEES.indexOf(', the handover') + 1;
    const [first, second] = [DETAINEES.slice(0, cut), DETAINEES.slice(cut + 1)];
    expect(first!.endsWith('abductees,')).toBe(true);
    expect(lineages([P[0]!, P[1]!, first!, second!, P[2]!, P[3]!])).toContainEqual([[2], [], [2, 3]]);
  });
});

describe('diffSeries on five illustrative rounds', () => {
  const rounds = fiveRounds();
  const s = diffSeries(rounds);

  it('labels the rounds from their titles', () => {
    expect(s.labels).toEqual(['16th round', '17th round', '18th round', '19th round', '20th round']);
  });

  it('holds the pairwise comparison of each consecutive pair', () => {
    expect(s.pairs).toHaveLength(4);
    expect(s.pairs[2]).toEqual(diffCommuniques(rounds[2]!, rounds[3]!));
  });

  it('follows a paragraph through a move', () => {
    const l = lineageAt(s, 0, indexIn(0, TEXTS.REFUGEES));
    expect(l.paragraphs).toEqual([[4], [7], [7], [6], [7]]);
    expect(events(l.events)).toEqual(['1:moved']);
    expect([l.first, l.last]).toEqual([0, 4]);
  });

  it('follows a paragraph through a split', () => {
    const l = lineageAt(s, 0, indexIn(0, TEXTS.IDLIB));
    expect(l.paragraphs[2]).toEqual([2, 3]);
    expect(l.paragraphs[4]).toEqual([3, 4]);
    expect(events(l.events)).toEqual(['2:split']);
  });

  it('follows two paragraphs into a merge: one lineage from then on', () => {
    const l = lineageAt(s, 0, indexIn(0, TEXTS.NO_MILITARY));
    expect(l).toBe(lineageAt(s, 0, indexIn(0, TEXTS.ASSISTANCE)));
    expect(l.paragraphs[0]).toEqual([6, 7]);
    expect(l.paragraphs[3]).toEqual([5]);
    expect(events(l.events)).toEqual(['3:merged']);
  });

  it('shows a commitment that weakens, disappears and comes back as one history: softened, dropped, added', () => {
    const h = s.commitments.filter((c) => c.predicate === 'condemn');
    expect(h).toHaveLength(1);
    const condemn = h[0]!;
    expect(condemn.strengths).toEqual([6, 5, null, null, 5]);
    expect(condemn.texts[0]).toContain('in the strongest terms');
    expect(condemn.texts[2]).toBeNull();
    expect(condemn.texts[4]).toBe(TEXTS.CONDEMN.slice(0, -1));
    expect(events(condemn.events)).toEqual(['1:softened', '2:dropped', '4:added']);
    // The evidence of each event is the pair's change.
    const softened = s.pairs[0]!.commitments[condemn.events[0]!.change]!;
    expect(softened.kind).toBe('softened');
    expect(softened.reasons.join(' ')).toContain('in the strongest terms');
    expect(s.pairs[3]!.commitments[condemn.events[2]!.change]!.kind).toBe('added');
    // Its paragraph is one lineage too: modified, dropped, added again.
    expect(condemn.lineages).toHaveLength(1);
    const l = s.lineages[condemn.lineages[0]!]!;
    expect(l.paragraphs).toEqual([[2], [2], [], [], [2]]);
    expect(events(l.events)).toEqual(['1:modified', '2:dropped', '4:added']);
  });

  it('keeps the other commitments steady', () => {
    const steady = s.commitments.filter((c) => c.events.length === 0);
    expect(steady.length).toBeGreaterThan(5);
    for (const c of steady) expect(c.strengths.every((x) => x !== null)).toBe(true);
  });
});

describe('diffSeries on rounds derived from the Arabic seed', () => {
  const s = diffSeries(seedSeries().map((text, i) => ({ label: `Round ${20 + i}`, text })));

  it('uses the given labels', () => {
    expect(s.labels).toEqual(['Round 20', 'Round 21', 'Round 22', 'Round 23', 'Round 24']);
  });

  it('follows a move, a split and a merge', () => {
    const kinds = s.lineages.flatMap((l) => l.events.filter((e) => e.round === 2).map((e) => e.kind)).sort();
    expect(kinds).toEqual(['merged', 'moved', 'split']);
    const split = s.lineages.find((l) => l.events.some((e) => e.kind === 'split'))!;
    expect(split.paragraphs[2]).toHaveLength(2);
    const merged = s.lineages.find((l) => l.events.some((e) => e.kind === 'merged'))!;
    expect(merged.paragraphs[1]).toHaveLength(2);
    expect(merged.paragraphs[2]).toHaveLength(1);
  });

  it('rejoins the condemnation that was dropped and restored', () => {
    const condemn = s.commitments.find((c) => c.predicate === 'condemn' && c.texts.some((t) => t !== null && SEED_CONDEMNATION.includes(t)))!;
    expect(condemn.strengths.map((x) => x !== null)).toEqual([false, true, true, false, true]);
    expect(events(condemn.events)).toEqual(['1:added', '3:dropped', '4:added']);
    expect(condemn.lineages).toHaveLength(1);
    expect(s.lineages[condemn.lineages[0]!]!.paragraphs.map((p) => p.length)).toEqual([0, 1, 1, 0, 1]);
  });
});

describe('diffSeries invariants and edges', () => {
  it('puts every paragraph and every commitment of every round in exactly one lineage or history', () => {
    const s = diffSeries([exampleRound('en', 'a'), exampleRound('en', 'b'), exampleRound('en', 'c'), exampleRound('en', 'a')]);
    s.rounds.forEach((doc, r) => {
      const seen = s.lineages.flatMap((l) => l.paragraphs[r] ?? []).sort((a, b) => a - b);
      expect(seen).toEqual(doc.paragraphs.map((_, i) => i));
      const commitments = s.commitments.flatMap((h) => (h.commitments[r] ? [h.commitments[r]!.start] : [])).sort((a, b) => a - b);
      const expected = extractCommitments(doc).map((c) => c.start);
      expect(commitments).toEqual(expected);
    });
  });

  it('rejoins every paragraph when two unrelated texts alternate: each lineage seen in every other round', () => {
    const en = exampleRound('en', 'a');
    const ru = exampleRound('ru', 'a');
    // Read as one language, the two texts share no words (in two languages they would be compared as translations).
    const s = diffSeries([en, ru, en, ru, en, ru], { lang: 'en' });
    const enCount = s.rounds[0]!.paragraphs.length;
    const ruCount = s.rounds[1]!.paragraphs.length;
    expect(s.lineages).toHaveLength(enCount + ruCount);
    for (const l of s.lineages) {
      const present = l.paragraphs.map((p) => p.length > 0);
      expect(present).toEqual(present[0] ? [true, false, true, false, true, false] : [false, true, false, true, false, true]);
    }
    const condemn = s.commitments.filter((h) => h.predicate === 'condemn');
    for (const h of condemn) expect(events(h.events).filter((e) => e.endsWith('added')).length).toBeGreaterThanOrEqual(2);
  });

  it('restores a whole text after an empty round: every lineage and history dropped, then added again', () => {
    const en = exampleRound('en', 'a');
    const s = diffSeries([en, '', en]);
    expect(s.lineages).toHaveLength(s.rounds[0]!.paragraphs.length);
    for (const l of s.lineages) expect(events(l.events)).toEqual(['1:dropped', '2:added']);
    expect(s.commitments).toHaveLength(extractCommitments(s.rounds[0]!).length);
    for (const h of s.commitments) expect(events(h.events)).toEqual(['1:dropped', '2:added']);
    expect(diffSeries(['', '', ''])).toMatchObject({ lineages: [], commitments: [], labels: ['Round 1', 'Round 2', 'Round 3'] });
  });

  it('compares a single round with nothing: no pairs, each paragraph its own lineage', () => {
    const s = diffSeries([exampleRound('ru', 'a')]);
    expect(s.pairs).toEqual([]);
    expect(s.lineages).toHaveLength(s.rounds[0]!.paragraphs.length);
    expect(s.commitments.map((h) => h.strengths[0])).toEqual(extractCommitments(s.rounds[0]!).map((c) => c.strength));
    expect(s.labels).toEqual(['Round 1']);
  });

  it('takes parsed communiqués, labels them by position, and numbers repeated labels', () => {
    const a = parseCommunique('1. Reaffirmed their commitment to the 20th round of talks.');
    const s = diffSeries([a, a, 'Noted the 3rd round.', { label: 'Final', text: a }]);
    expect(s.labels).toEqual(['20th round', '20th round (2)', '3rd round', 'Final']);
    expect(s.rounds[0]).toBe(a);
  });

  it.each([
    ['الجولة الـ21 من مباحثات مسار أستانا', '21st round'],
    ['الجولة ٢٢ من المحادثات', '22nd round'],
    ['Итоги 19-го раунда переговоров', '19th round'],
    ['Совместное заявление по итогам 20-й международной встречи по Сирии', '20th round'],
    ['Round 11 of the talks', '11th round'],
    ['The 12th International Meeting on Syria', '12th round'],
    ['The 113th meeting', '113th round'],
    ['A statement with no number', 'Round 1'],
    // Spelled-out ordinals, as titles and press reports write them.
    ['Joint Statement on the Twentieth International Meeting on Syria in the Astana format', '20th round'],
    ['Closing statement of the twenty-first round of talks', '21st round'],
    ['The First International Meeting on Syria', '1st round'],
    ['أطراف مسار أستانا تصدر البيان الختامي للجولة الـ 20', '20th round'],
    ['اختتام الجولة العشرين من محادثات أستانا', '20th round'],
    ['البيان الختامي للجولة الحادية والعشرين', '21st round'],
    ['الجولة الثالثة عشرة من المباحثات', '13th round'],
    ['الاجتماع الدولي الثاني عشر بشأن سوريا', '12th round'],
    ['انطلاق الجولة الأولى', '1st round'],
    // An ordinal that is not a round's stays as written.
    ['For the first time the parties met in Astana', 'Round 1'],
    ['للمرة الأولى منذ الجولة الماضية', 'Round 1'],
  ])('labels %j as %j', (text, label) => {
    expect(diffSeries([text]).labels).toEqual([label]);
  });

  it('rejects bad input with errors that name the argument', () => {
    expect(() => diffSeries('a' as never)).toThrow(TypeError);
    expect(() => diffSeries('a' as never)).toThrow(/`rounds` must be an array/);
    expect(() => diffSeries([])).toThrow(RangeError);
    expect(() => diffSeries(['a', 42 as never])).toThrow(/`rounds\[1\]` must be a string or a Communique, received number 42/);
    expect(() => diffSeries(['a', { label: 7, text: 'b' } as never])).toThrow(/`rounds\[1\]\.label` must be a string/);
    expect(() => diffSeries(['a', { label: 'x', text: null } as never])).toThrow(/`rounds\[1\]\.text`/);
    expect(() => diffSeries(['a', 'b'], { moveSimilarity: 2 })).toThrow(RangeError);
  });
});
