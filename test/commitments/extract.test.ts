import { describe, expect, it } from 'vitest';
import { extractCommitments, parseCommunique, type Commitment } from '../../src/index.js';
import { SEED } from '../support/fixtures.js';

const extract = (text: string, options?: Parameters<typeof extractCommitments>[1]): Commitment[] => extractCommitments(parseCommunique(text), options);
const brief = (cs: Commitment[]) => cs.map((c) => [c.predicate, c.strength, c.markers.map((m) => `${m.kind}:${m.text}`)]);

describe('extractCommitments', () => {
  it('finds two acts in one sentence, each with its markers', () => {
    const cs = extract('Condemned in the strongest terms the attacks and demanded that they be stopped immediately.');
    expect(brief(cs)).toEqual([
      ['condemn', 6, ['booster:in the strongest terms']],
      ['demand', 5.5, ['time:immediately']],
    ]);
    expect(cs.map((c) => c.text)).toEqual(['Condemned in the strongest terms the attacks', 'demanded that they be stopped immediately']);
    expect(cs[0]?.predicateText).toBe('Condemned');
    expect(cs[0]?.topic).toBe('in the strongest terms the attacks');
  });

  it('reads a third party’s own “and said that …” as its words, and a third party relaying the statement as the statement', () => {
    const heard = (text: string) => extract(`أستانا - وكالة\n\n${text}`, { lang: 'ar' }).map((c) => c.predicate);
    expect(heard('رحّب متحدث باسم الأمم المتحدة بالبيان، وقال إن المنظمة الدولية ستواصل تقديم المساعدات.')).toEqual([]);
    expect(heard('ونقلت الوكالة عن البيان أن الأطراف أدانت الهجمات.')).toEqual(['condemn']);
  });

  it('gives a marker before clause punctuation to the clause it ends, not to the act after it', () => {
    expect(brief(extract('دعت الأطراف إلى وقفها فوراً، وطالبت إسرائيل بالانسحاب من المنطقة العازلة.', { lang: 'ar' }))).toEqual([
      ['call-upon', 4.5, ['time:فوراً']],
      ['demand', 5, []],
    ]);
  });

  it('keeps a marker set off by commas before the act ("The parties, once again, reaffirmed")', () => {
    expect(brief(extract('The parties, once again, reaffirmed their commitment to the sovereignty of Syria.'))).toEqual([['reaffirm', 4.25, ['booster:once again']]]);
  });

  it('takes a frame that names the statement, after a third party with no act of its own, for a relay', () => {
    expect(extract('Astana (Agency)\n\nForeign Minister Lavrov told reporters in Astana that, according to the statement, the parties condemned the attacks.').map((c) => c.predicate)).toEqual(['condemn']);
  });

  it('reads "expressed satisfaction" and «أعربت عن ارتياحها» as welcoming', () => {
    expect(extract('The parties expressed their satisfaction with the results of the Working Group.').map((c) => c.predicate)).toEqual(['welcome']);
    expect(extract('أعربت الأطراف عن ارتياحها لنتائج اجتماع مجموعة العمل.', { lang: 'ar' }).map((c) => c.predicate)).toEqual(['welcome']);
  });

  it('does not read "thanks to" as thanks', () => {
    expect(extract('The parties agreed to extend the humanitarian pause thanks to the mediation of Türkiye.').map((c) => c.predicate)).toEqual(['agree']);
  });

  it('reads «выразили поддержку» as support', () => {
    expect(extract('Стороны выразили поддержку политическому процессу под руководством самих сирийцев.', { lang: 'ru' }).map((c) => c.predicate)).toEqual(['support']);
  });

  it('reads "drew attention to" and "conveyed their gratitude" as the acts they are', () => {
    const cs = extract('The parties drew attention to the importance of the return of refugees, and invited UNHCR to support this process. They conveyed their gratitude to Kazakhstan.');
    expect(cs.map((c) => c.predicate)).toEqual(['emphasize', 'invite', 'appreciate']);
  });

  it('reads "reaffirmed their commitment" as one commitment, not two', () => {
    const cs = extract('Reaffirmed their strong and unwavering commitment to the sovereignty of Syria.');
    expect(brief(cs)).toEqual([['reaffirm', 5, ['booster:strong and unwavering']]]);
  });

  it('counts hedges, modals, scope and negation', () => {
    expect(brief(extract('Agreed to consider, as appropriate, further efforts.'))).toEqual([['agree', 3, ['hedge:consider, as appropriate']]]);
    expect(brief(extract('The parties did not agree to hold the meeting.'))).toEqual([['agree', 0, ['negation:not']]]);
    expect(brief(extract('Stressed that all parties must respect the ceasefire.'))).toEqual([['emphasize', 3.75, ['scope:all', 'modal:must']]]);
  });

  it('gives offsets into the source, for commitments and markers', () => {
    for (const text of [SEED, '1. Strongly condemned the attacks.\n\n2. Reaffirmed their firm commitment.']) {
      const doc = parseCommunique(text);
      for (const c of extractCommitments(doc)) {
        expect(doc.source.slice(c.start, c.end)).toBe(c.text);
        for (const m of c.markers) expect(doc.source.slice(m.start, m.end)).toBe(m.text);
      }
    }
  });

  it('takes an adverb before the act into the commitment', () => {
    const [c] = extract('Решительно осудили продолжающиеся удары.');
    expect(c?.text).toBe('Решительно осудили продолжающиеся удары');
    expect(brief(extract('Решительно осудили продолжающиеся удары.'))).toEqual([['condemn', 5.5, ['booster:Решительно']]]);
  });
});

describe('extractCommitments in Arabic press reports', () => {
  const seed = extractCommitments(parseCommunique(SEED));

  it('reads "وأكد البيان “الالتزام المستمر بسيادة…”" as the statement speaking, and the commitment about sovereignty as what it says', () => {
    const c = seed.find((x) => x.text.includes('الالتزام المستمر'));
    expect(c?.predicate).toBe('commit');
    expect(c?.predicateText).toBe('الالتزام');
    expect(c?.topic.startsWith('المستمر بسيادة')).toBe(true);
  });

  it('does not take the journalist\'s reporting verbs for commitments', () => {
    // وأردف، وتحدث، ولفت، أصدر، ووفق ما ورد: attribution only.
    for (const verb of ['أردف', 'تحدث', 'لفت', 'أصدر', 'ورد']) expect(seed.some((c) => c.predicateText.includes(verb))).toBe(false);
    // …but the quoted content after them carries commitments.
    expect(seed.some((c) => c.predicate === 'call-upon' && c.text.startsWith('دعونا إلى عقد الدورة التاسعة'))).toBe(true);
    expect(seed.some((c) => c.predicate === 'agree' && c.text.startsWith('اتفقنا على بذل'))).toBe(true);
  });

  it('reads a passive act ("وتمت “إدانة الهجمات…”") as a condemnation', () => {
    expect(seed.some((c) => c.predicate === 'condemn' && c.text.includes('إدانة الهجمات العسكرية الإسرائيلية'))).toBe(true);
  });

  it('reads an act whose subject is a quoted report ("عبر البيان … عن “القلق الشديد”")', () => {
    const c = seed.find((x) => x.predicate === 'express-concern');
    expect(c?.markers.map((m) => m.text)).toEqual(['الشديد']);
  });
});

describe('extractCommitments options', () => {
  it('uses lexicon additions', () => {
    const text = 'The Guarantors lauded the efforts of the Special Envoy.';
    expect(extract(text)).toEqual([]);
    const cs = extract(text, { lexicon: { predicates: [{ predicate: 'appreciate', pattern: 'laud*' }] } });
    expect(brief(cs)).toEqual([['appreciate', 2, []]]);
    const custom = extract(text, { lexicon: { predicates: [{ predicate: 'praise', pattern: 'laud*', strength: 2.5 }] } });
    expect(brief(custom)).toEqual([['praise', 2.5, []]]);
  });

  it('uses the lexicon of the language given', () => {
    expect(extract('Condemned the attacks.', { lang: 'ru' })).toEqual([]);
    expect(extract('Condemned the attacks.', { lang: 'und' }).map((c) => c.predicate)).toEqual(['condemn']);
  });

  it('rejects bad input with errors that name it', () => {
    // @ts-expect-error: testing runtime validation
    expect(() => extractCommitments('text')).toThrow(TypeError);
    const doc = parseCommunique('x');
    expect(() => extractCommitments(doc, { lexicon: { predicates: [{ predicate: 'praise', pattern: 'laud*' }] } })).toThrow(
      /options.lexicon: predicate "praise" is not on the strength scale/,
    );
    // @ts-expect-error: testing runtime validation
    expect(() => extractCommitments(doc, { lexicon: { markers: [{ kind: 'loud', pattern: 'very' }] } })).toThrow(/`options.lexicon.markers\[0\]` must be an object with a string `pattern`, a `kind` of booster/);
    expect(() => extractCommitments(doc, { lexicon: { attribution: ['  '] } })).toThrow(new RangeError('`options.lexicon.attribution[0]` has no words to match, received "  "'));
    expect(() => extractCommitments(doc, { lexicon: { predicates: [{ predicate: 'urge', pattern: 'insist* ~2 |' }] } })).toThrow(/`options.lexicon.predicates\[0\].pattern` has no words to match/);
    expect(() => extractCommitments(doc, { lang: 'de' })).toThrow(RangeError);
    // @ts-expect-error: testing runtime validation
    expect(() => extractCommitments(doc, { lexicon: { agents: ['by the parties'] } })).toThrow(/`options.lexicon.agents` must be an object with `parties` and `party`/);
    // @ts-expect-error: testing runtime validation
    expect(() => extractCommitments(doc, { lexicon: { agents: { parties: 'by them' } } })).toThrow(/`options.lexicon.agents.parties` must be an array of pattern strings, received "by them"/);
    // @ts-expect-error: testing runtime validation
    expect(() => extractCommitments(doc, { lexicon: { agents: { others: [] } } })).toThrow(/`options.lexicon.agents.others` must be absent/);
    expect(() => extractCommitments(doc, { lexicon: { agents: { party: ['  '] } } })).toThrow(new RangeError('`options.lexicon.agents.party[0]` has no words to match, received "  "'));
  });

  it('reads the agent of a passive act as its speaker, from a caller\'s lexicon too', () => {
    // The pack's own: a capital, only before a passive act, never over the parties as subject.
    expect(extractCommitments(parseCommunique('1. Saldırılar Moskova tarafından kınandı.', { lang: 'tr' }), { lang: 'tr' }).map((c) => [c.speaker, c.speakerText])).toEqual([['party', 'Moskova tarafından']]);
    expect(extractCommitments(parseCommunique('1. Taraflar, Türkiye tarafından sunulan öneriyi memnuniyetle karşıladılar.', { lang: 'tr' }), { lang: 'tr' }).map((c) => c.speaker)).toEqual(['parties']);
    // A caller's: "Moskova yönetimi tarafından" (the Moscow administration), which the pack does not name.
    const passive = parseCommunique('1. Saldırılar Moskova yönetimi tarafından kınandı.', { lang: 'tr' });
    expect(extractCommitments(passive, { lang: 'tr' }).map((c) => c.speaker)).toEqual(['parties']);
    const [c] = extractCommitments(passive, { lang: 'tr', lexicon: { agents: { party: ['moskova yonetimi tarafindan'] } } });
    expect([c?.speaker, c?.speakerText]).toEqual(['party', 'Moskova yönetimi tarafından']);
  });
});
