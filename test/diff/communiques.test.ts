import { describe, expect, it } from 'vitest';
import { diffCommuniques, parseCommunique, type CommuniqueDiff } from '../../src/index.js';
import { exampleRound, SEED } from '../support/fixtures.js';
import { documentNoise } from '../support/noise.js';
import { rng, VariantBuilder } from '../support/variants.js';

const kinds = (d: CommuniqueDiff) => d.alignment.map((c) => `${c.kind} ${c.old.join('+')}→${c.new.join('+')}${c.cosmetic ? ' cosmetic' : ''}`);

describe('diffCommuniques on the seed', () => {
  it('finds the seed unchanged against itself', () => {
    const d = diffCommuniques(SEED, SEED);
    expect(d.alignment).toHaveLength(parseCommunique(SEED).paragraphs.length);
    expect(d.alignment.every((c) => c.kind === 'unchanged' && c.similarity === 1 && !c.cosmetic)).toBe(true);
    expect(d.commitments.length).toBeGreaterThan(20);
    expect(d.commitments.every((c) => c.kind === 'unchanged' && c.delta === 0 && c.reasons.join() === 'same wording')).toBe(true);
  });

  it('finds only cosmetic changes against a noisy copy (diacritics, tatweel, hamza, digits, «», CRLF, blank lines, RLM)', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const noisy = documentNoise(SEED, rng(seed));
      expect(noisy).not.toBe(SEED);
      const d = diffCommuniques(SEED, noisy);
      expect(d.new.paragraphs).toHaveLength(d.old.paragraphs.length);
      const substantive = d.alignment.filter((c) => c.kind !== 'unchanged' && !c.cosmetic);
      expect(substantive).toEqual([]);
      expect(d.alignment.some((c) => c.cosmetic)).toBe(true);
    }
  });

  it('finds a moved, a split, a merged, a dropped and an added paragraph in a derived round', () => {
    const old = parseCommunique(SEED);
    const b = new VariantBuilder(old.paragraphs.map((p) => p.text))
      .move(4, 12)
      .split(8)
      .merge(14)
      .drop(16)
      .add(2, 'وأعرب المشاركون عن تقديرهم لحكومة كازاخستان على استضافة الاجتماع.');
    const d = diffCommuniques(SEED, b.paragraphs().join('\n'));
    const expected = b.expected().map((e) => `${e.kind} ${e.old.join('+')}→${e.new.join('+')}`);
    // Kinds and indexes only: a split or merge without word changes is also flagged cosmetic.
    expect(kinds(d).map((k) => k.replace(' cosmetic', '')).sort()).toEqual(expected.sort());
  });
});

describe('diffCommuniques on the illustrative rounds', () => {
  it('aligns the English pair as an analyst would', () => {
    expect(kinds(diffCommuniques(exampleRound('en', 'a'), exampleRound('en', 'b')))).toEqual([
      'modified 0→0 cosmetic', // Türkiye → Turkey
      'modified 1→1', // booster removed
      'unchanged 2→2',
      'moved 5→3',
      'split 3→4+5',
      'modified 4→6',
      'modified 6→7',
      'merged 7+8→8',
      'modified 9→9',
      'dropped 10→',
      'unchanged 11→10', // renumbered only
      'added →11',
      'modified 12→12 cosmetic', // Nur-Sultan → Astana
    ]);
  });

  it('aligns the Arabic pair', () => {
    expect(kinds(diffCommuniques(exampleRound('ar', 'a'), exampleRound('ar', 'b')))).toEqual([
      'unchanged 0→0',
      'modified 1→1',
      'modified 2→2 cosmetic', // tashkeel only
      'moved 6→3',
      'split 3→4+5',
      'modified 4→6',
      'unchanged 5→7',
      'merged 7+8→8',
      'unchanged 9→9',
      'dropped 10→',
      'added →10',
      'modified 11→11 cosmetic',
    ]);
  });

  it('aligns the hard-wrapped Russian pair', () => {
    expect(kinds(diffCommuniques(exampleRound('ru', 'a'), exampleRound('ru', 'b')))).toEqual([
      'unchanged 0→0',
      'modified 1→1',
      'unchanged 2→2',
      'modified 3→3',
      'unchanged 5→4',
      'dropped 6→', // where it stood: after old 5
      'moved 4→5',
      'split 7→6+7',
      'unchanged 8→8',
      'unchanged 9→9',
      'added →10',
      'modified 10→11 cosmetic', // Нур-Султане → Астане
    ]);
  });

  it('finds a three-way split', () => {
    const d = diffCommuniques(exampleRound('en', 'b'), exampleRound('en', 'c'));
    expect(kinds(d)).toContain('split 8→7+8+9');
    expect(kinds(d)).toContain('merged 4+5→5');
  });

  it('keeps a paragraph that moved word for word apart from the one it landed next to', () => {
    // Found by the series evaluation: the paragraph at the moved one's new place
    // was dropped, shared a few words with it, and the in-place search paired
    // the two (modified, similarity 0.43) while the moved one read as dropped.
    const moving = 'Expressed their determination to continue working together to combat terrorism in all its forms and manifestations and to stand against separatist agendas aimed at undermining the sovereignty and territorial integrity of Syria.';
    const leaving = 'Rejected all attempts to create new realities on the ground, including illegitimate self-rule initiatives under the pretext of combating terrorism, and expressed their determination to stand against them.';
    const [a, b, c, d, e] = [
      'Reaffirmed their strong commitment to the sovereignty, independence, unity and territorial integrity of the Syrian Arab Republic.',
      'Reviewed in detail the situation in the Idlib de-escalation area.',
      'Highlighted the need to facilitate the safe, dignified and voluntary return of refugees.',
      'Welcomed the release of detainees within the framework of the Working Group.',
      'Agreed to hold the next International Meeting on Syria in Astana.',
    ];
    const diff = diffCommuniques([a, b, moving, c, d, leaving, e].join('\n'), [a, b, c, d, moving, e].join('\n'));
    expect(kinds(diff)).toEqual(['unchanged 0→0', 'unchanged 1→1', 'unchanged 3→2', 'unchanged 4→3', 'dropped 5→', 'moved 2→4', 'unchanged 6→5']);
  });

  it('finds a merge across a paragraph that moved in between, and the mirror split', () => {
    const [a, c, e] = [
      'Reaffirmed their strong commitment to the sovereignty, independence, unity and territorial integrity of the Syrian Arab Republic.',
      'Highlighted the need to facilitate the safe, dignified and voluntary return of refugees.',
      'Agreed to hold the next International Meeting on Syria in Astana.',
    ];
    const first = 'Reviewed in detail the situation in the Idlib de-escalation area.';
    const second = 'Agreed to make further efforts to ensure the sustainable normalization of the situation in and around the area, including the humanitarian situation.';
    const merged = 'Reviewed in detail the situation in the Idlib de-escalation area and agreed to make further efforts to ensure the sustainable normalization of the situation in and around the area, including the humanitarian situation.';
    const between = 'Condemned the continuing military attacks against civilian infrastructure and demanded that they be stopped immediately.';
    const older = [a, first, between, second, c, e].join('\n');
    const newer = [a, between, merged, c, e].join('\n');
    expect(kinds(diffCommuniques(older, newer))).toEqual(['unchanged 0→0', 'unchanged 2→1', 'merged 1+3→2', 'unchanged 4→3', 'unchanged 5→4']);
    expect(kinds(diffCommuniques(newer, older))).toEqual(['unchanged 0→0', 'unchanged 1→2', 'split 2→1+3', 'unchanged 3→4', 'unchanged 4→5']);
  });

  it('does not take a short paragraph of common words for a part of an unrelated one', () => {
    // From the series evaluation: a dropped demining paragraph draws 58% of its
    // words ("increase humanitarian … assistance throughout Syria") from a
    // paragraph on aid, and adding it would raise that paragraph's similarity;
    // a part found away from its whole needs three quarters.
    const rejected = 'Rejected all attempts to create new realities on the ground, including illegitimate self-rule initiatives under the pretext of combating terrorism, and expressed their determination to stand against them.';
    const rejectedAndAid =
      'Rejected all attempts to create new realities on the ground, including illegitimate self-rule initiatives under the pretext of combating terrorism. Expressed grave concern over the humanitarian situation in Syria and called upon the international community, the United Nations and its humanitarian agencies to increase assistance to all Syrians throughout the country without discrimination, politicization and preconditions.';
    const demining = 'Stressed the need to increase humanitarian demining assistance throughout Syria.';
    const [a, z, e] = ['Reaffirmed their strong commitment to the sovereignty of Syria.', 'Welcomed the release of detainees within the framework of the Working Group.', 'Agreed to hold the next meeting in Astana.'];
    const diff = diffCommuniques([a, rejected, z, demining, e].join('\n'), [a, rejectedAndAid, z, e].join('\n'));
    expect(kinds(diff)).toEqual(['unchanged 0→0', 'modified 1→1', 'unchanged 2→2', 'dropped 3→', 'unchanged 4→3']);
  });

  it('marks renumbered paragraphs as relabeled, not as changed text', () => {
    const d = diffCommuniques('1. Alpha beta gamma.\n2. Delta epsilon.', '2. Alpha beta gamma.\n3. Delta epsilon.');
    expect(d.alignment.map((c) => [c.kind, c.relabeled])).toEqual([
      ['unchanged', true],
      ['unchanged', true],
    ]);
  });

  it('accepts parsed communiqués as well as strings', () => {
    const a = parseCommunique(exampleRound('en', 'a'));
    const b = parseCommunique(exampleRound('en', 'b'));
    expect(diffCommuniques(a, b)).toEqual(diffCommuniques(exampleRound('en', 'a'), exampleRound('en', 'b')));
  });
});

describe('the README examples', () => {
  it('gives the commitment verdicts the README shows', () => {
    const diff = diffCommuniques(
      'Condemned the continuing attacks on civilians and called upon the parties to release all detainees.',
      'Expressed concern over the continuing attacks on civilians and urged the parties to release all detainees immediately.',
    );
    expect(diff.commitments.map((c) => [c.kind, c.reasons])).toEqual([
      ['softened', ['act "Condemned" (condemn, 5) → "Expressed concern" (express-concern, 3) (−2)', 'strength 5 → 3']],
      ['strengthened', ['act "called upon" (call-upon, 4) → "urged" (urge, 4.5) (+0.5)', 'urgency "immediately" added (+0.5)', 'strength 4.25 → 5.25, both with scope "all" +0.25']],
    ]);
  });

  it('gives what the README says', () => {
    const round20 = `1. Reaffirmed their strong and unwavering commitment to the sovereignty of Syria.
2. Agreed to hold the next meeting in Nur-Sultan.
3. Condemned the continuing attacks on civilians in Idlib.`;
    const round21 = `1. Reaffirmed their commitment to the sovereignty of Syria.
2. Expressed concern over the continuing attacks on civilians in Idleb.
3. Agreed to hold the next meeting in Astana.`;
    const diff = diffCommuniques(round20, round21);
    expect(kinds(diff)).toEqual(['modified 0→0', 'moved 2→1', 'modified 1→2 cosmetic']);
    expect(diff.alignment[0]?.edits).toEqual([
      { op: 'equal', text: 'Reaffirmed their ' },
      { op: 'delete', text: 'strong and unwavering ' },
      { op: 'equal', text: 'commitment to the sovereignty of Syria.' },
    ]);
  });
});

describe('diffCommuniques options and errors', () => {
  it('compares transliterations of a name as cosmetic, and keeps other words and names apart', () => {
    const cosmetic = (a: string, b: string): boolean | undefined => diffCommuniques(a, b).alignment[0]?.cosmetic;
    expect(cosmetic('They met Mr Lavrentiev and Mr Soussan in Hmeimim.', 'They met Mr Lavrentyev and Mr Sousan in Khmeimim.')).toBe(true);
    expect(cosmetic('Стороны встретились с Лаврентьевым в Эт-Танфе.', 'Стороны встретились с Лаврентиевым в Ат-Танфе.')).toBe(true);
    // A capital alone is no change, and a name is not read into a common word.
    expect(cosmetic('They recalled resolution 2254.', 'They recalled Resolution 2254.')).toBe(true);
    expect(cosmetic('They recalled the talks with Iran.', 'They recalled the talks with Iraq.')).toBe(false);
    expect(cosmetic('They met in Austria.', 'They met in Australia.')).toBe(false);
    expect(cosmetic('They met Mr Önal.', 'They met Mr Ünal.')).toBe(false);
    // Names apart by an a against another vowel are other places and people.
    for (const [a, b] of [['Sudan', 'Sidon'], ['Gaza', 'Giza'], ['Hassan', 'Hussein'], ['Sanaa', 'Sinai']]) {
      expect(cosmetic(`The parties condemned the strikes on ${a}.`, `The parties condemned the strikes on ${b}.`), `${a} / ${b}`).toBe(false);
    }
    expect(cosmetic('The parties discussed the next Session.', 'The parties discussed the next Season.')).toBe(false);
    expect(cosmetic('Стороны осудили удары по Судану.', 'Стороны осудили удары по Сидону.')).toBe(false);
    // Arabic has no capitals to tell a name from a word: words that differ in a vowel letter or in غ/ج are other words.
    for (const [a, b] of [['عقوبات', 'عقبات'], ['مدينة', 'مدنية'], ['سياسة', 'سياسية'], ['غارات', 'جارات'], ['مدنيين', 'مدينين'], ['للعقوبات', 'للعقبات']]) {
      expect(cosmetic(`أكد الطرفان أهمية ${a} في المنطقة.`, `أكد الطرفان أهمية ${b} في المنطقة.`), `${a} / ${b}`).toBe(false);
    }
    expect(diffCommuniques('They will meet now.', 'They will meet not.').alignment[0]?.edits.map((e) => e.op)).toEqual(['equal', 'delete', 'insert', 'equal']);
  });

  it('uses user aliases', () => {
    // Bombay and Mumbai are two names of one city, not transliterations of one name.
    const a = 'The meeting in Bombay reaffirmed the principles.';
    const b = 'The meeting in Mumbai reaffirmed the principles.';
    expect(diffCommuniques(a, b).alignment[0]?.cosmetic).toBe(false);
    expect(diffCommuniques(a, b, { aliases: [['Mumbai', 'Bombay']] }).alignment[0]?.cosmetic).toBe(true);
  });

  it('lets the caller raise the bar for a modified paragraph', () => {
    const a = 'Reaffirmed the commitment to the sovereignty of Syria.';
    const b = 'Reaffirmed the commitment to the unity of Syria.';
    expect(diffCommuniques(a, b).alignment.map((c) => c.kind)).toEqual(['modified']);
    expect(diffCommuniques(a, b, { minSimilarity: 1 }).alignment.map((c) => c.kind)).toEqual(['dropped', 'added']);
  });

  it('handles empty documents', () => {
    expect(diffCommuniques('', '').alignment).toEqual([]);
    expect(diffCommuniques('', 'One.').alignment.map((c) => c.kind)).toEqual(['added']);
    expect(diffCommuniques('One.', '  \n').alignment.map((c) => c.kind)).toEqual(['dropped']);
  });

  it.each([null, 42, ['text'], { source: 1 }])('rejects %j as oldText with a TypeError', (value) => {
    // @ts-expect-error: testing runtime validation
    expect(() => diffCommuniques(value, 'x')).toThrow(TypeError);
    // @ts-expect-error: testing runtime validation
    expect(() => diffCommuniques(value, 'x')).toThrow(/`oldText` must be a string or a Communique/);
  });

  it('names the option, what came and what is allowed', () => {
    expect(() => diffCommuniques('a', 'b', { minSimilarity: 2 })).toThrow(new RangeError('`options.minSimilarity` must be a number from 0 to 1, received number 2'));
    // @ts-expect-error: testing runtime validation
    expect(() => diffCommuniques('a', 'b', { moveSimilarity: '0.5' })).toThrow(new TypeError('`options.moveSimilarity` must be a number from 0 to 1, received "0.5"'));
    expect(() => diffCommuniques('a', 'b', { minSimilarity: Number.NaN })).toThrow(RangeError);
    // @ts-expect-error: testing runtime validation
    expect(() => diffCommuniques('a', 'b', { aliases: ['Kyiv'] })).toThrow(/`options.aliases\[0\]` must be an array of names/);
  });
});
