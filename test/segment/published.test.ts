/**
 * Text as published (issue 15): a statement hard-wrapped without blank lines,
 * as text copied out of a PDF or a mail gives it, has the paragraphs and the
 * diff of its clean text; a word hyphenated at a line's end is one word.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hardWrap, shape } from '../../bench/eval/published.js';
import { diffCommuniques, extractCommitments, parseCommunique } from '../../src/index.js';
import { exampleRound } from '../support/fixtures.js';

const ROUNDS = [['en', 'a'], ['en', 'b'], ['ar', 'a'], ['ar', 'b'], ['ru', 'a'], ['ru', 'b']] as const;

describe('hard-wrapped text without blank lines', () => {
  it.each(ROUNDS)('gives the paragraphs of the clean text: %s round %s, at 50 to 110 characters', (lang, round) => {
    const clean = exampleRound(lang, round);
    for (const width of [50, 60, 72, 90, 110]) expect(shape(hardWrap(clean, width)), `width ${width}`).toEqual(shape(clean));
  });

  it.each([['en'], ['ar'], ['ru']] as const)('gives the diff of the clean pair: %s', (lang) => {
    const a = exampleRound(lang, 'a');
    const b = exampleRound(lang, 'b');
    const clean = diffCommuniques(a, b);
    const wrapped = diffCommuniques(hardWrap(a, 66), hardWrap(b, 80));
    expect(wrapped.alignment.map((c) => [c.kind, c.old, c.new])).toEqual(clean.alignment.map((c) => [c.kind, c.old, c.new]));
    expect(wrapped.commitments.map((c) => [c.kind, c.slots])).toEqual(clean.commitments.map((c) => [c.kind, c.slots]));
  });

  it('keeps one paragraph a line for titles, lists and items without final punctuation (from a review)', () => {
    const title = 'Joint Statement by Iran, Russia and Türkiye on the 21st International Meeting';
    const items = ['Reaffirmed their commitment to the sovereignty of Syria.', 'Called for the release of all detainees and abductees.', 'Welcomed the exchange of bodies.', 'Agreed to meet again in Astana.', 'Noted the work of the committee.'];
    expect(parseCommunique([title, ...items].join('\n')).paragraphs).toHaveLength(6);
    expect(parseCommunique(['The delegation of Iran headed by the Deputy Foreign Minister', 'The delegation of Russia headed by the Special Envoy of the President', 'The delegation of Türkiye headed by the Director General for Syria', 'The delegation of Jordan headed by the Deputy Minister of Foreign Affairs'].join('\n')).paragraphs).toHaveLength(4);
    expect(parseCommunique(['1. Reaffirmed their strong commitment to the sovereignty of Syria', '2. Called for the release of all detainees and abductees held', '3. Welcomed the exchange of bodies carried out in May', '4. Decided to hold the next meeting in Astana in autumn'].join('\n')).paragraphs).toHaveLength(4);
    expect(parseCommunique('Joint Statement\n\nThe parties agreed:\n1. To continue the fight against terrorism in all its forms\n2. To facilitate the return of refugees in Syria\n3. To hold the next round in Astana').paragraphs).toHaveLength(5);
    expect(parseCommunique('Joint Statement\n\nThe parties reaffirmed their commitment to the resolutions of the U.N.\nSecurity Council and to the principles of the Charter of the United\nNations, and called for the release of all detainees held by the sides\nto the conflict without delay and without conditions of any kind.').paragraphs).toHaveLength(2);
  });

  it('keeps one paragraph a line when the lines are paragraphs, and a heading apart from its text', () => {
    expect(parseCommunique('Reaffirmed their commitment to the sovereignty of Syria.\nCalled for the release of detainees.\nAgreed to meet again in Astana.').paragraphs).toHaveLength(3);
    expect(parseCommunique('Agenda\nIdlib\nDetainees\nNext round').paragraphs).toHaveLength(4);
    const doc = parseCommunique(
      'Joint Statement on the Twentieth Round\nThe delegations of the three guarantor states met in Astana on 20 and\n21 June and agreed on the following points, which they will report to\ntheir governments before the next round of talks in the autumn.\nCalled for the release of all detainees and abductees held by the\nparties to the conflict, and for the exchange of bodies.',
    );
    expect(doc.paragraphs.map((p) => p.text.split(/\s+/).slice(0, 3).join(' '))).toEqual(['Joint Statement on', 'The delegations of', 'Called for the']);
  });

  it('finds paragraphs of one sentence each at any width, in three scripts (property)', () => {
    const word = fc.oneof(
      // Not a Roman numeral ("xl.", "iv.") that a line would start with as a number.
      fc.stringMatching(/^[a-z]{2,10}$/).filter((w) => !/^[ivxlc]+$/.test(w)),
      fc.stringMatching(/^[а-я]{2,10}$/),
      fc.stringMatching(/^[ب-ي]{2,8}$/),
    );
    const paragraph = fc.tuple(fc.stringMatching(/^[A-Z][a-z]{1,8}$/), fc.array(word, { minLength: 4, maxLength: 50 })).map(([first, rest]) => `${first} ${rest.join(' ')}.`);
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 3, maxLength: 8 }), fc.integer({ min: 60, max: 100 }), (ps, width) => {
        // A text that shows its wrapping: two paragraphs run over a line and a half.
        fc.pre(ps.filter((p) => p.length > 1.5 * width).length >= 2);
        const clean = ps.join('\n\n');
        expect(shape(hardWrap(clean, width))).toEqual(shape(clean));
      }),
      { numRuns: 200 },
    );
  });
});

describe('a word hyphenated at a line\'s end', () => {
  it('is compared as the whole word, and shown as written: the paragraph is unchanged (only its layout differs)', () => {
    const a = 'Reaffirmed their strong commitment to the sovereignty, independence and unity of Syria.';
    const b = 'Reaffirmed their strong commitment to the sover-\neignty, independence and unity of Syria.';
    const d = diffCommuniques(a, b);
    expect(d.alignment.map((c) => [c.kind, c.cosmetic])).toEqual([['unchanged', false]]);
    expect(d.commitments.map((c) => c.kind)).toEqual(['unchanged']);
    expect(d.new.paragraphs[0]?.text).toBe(b);
    const r = diffCommuniques('Подтвердили приверженность суверенитету Сирии.', 'Подтвердили приверженность суве-\nренитету Сирии.');
    expect(r.alignment.map((c) => [c.kind, c.cosmetic])).toEqual([['unchanged', false]]);
  });
  it("is the compound when the line breaks at the compound's own hyphen or en dash (de-\\nescalation)", () => {
    const clean = 'Reviewed the situation in the Idlib de-escalation area and the de–escalation zones of the north, and agreed to meet again in Astana.';
    const broken = 'Reviewed the situation in the Idlib de-\nescalation area and the de–\nescalation zones of the north, and agreed to meet again in Astana.';
    expect(diffCommuniques(clean, broken).alignment.map((c) => c.kind)).toEqual(['unchanged']);
  });

    it('keeps its offsets: the commitment spans both halves', () => {
    const text = 'Condemned in the strongest terms the attacks on civilian infra-\nstructure in Idlib.';
    const [c] = extractCommitments(parseCommunique(text));
    expect(c?.text).toBe(text.slice(0, -1));
    expect(text.slice(c?.start, c?.end)).toBe(c?.text);
  });
  it('is not joined after a number or before a capital', () => {
    expect(parseCommunique('Points 1-\n2 were agreed.').paragraphs).toHaveLength(2);
    expect(parseCommunique('Iran-\nRussia talks resumed.').paragraphs).toHaveLength(2);
  });
});
