/**
 * One text in two languages: what an analyst checks by eye when comparing a
 * statement with its translation or with a press report in another language.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import '../support/fc-config.js';
import { diffCommuniques, diffSeries, MARKER_WEIGHTS, parseCommunique, STRENGTH_SCALE } from '../../src/index.js';
import { CROSS_UNCOMPARED_MARKERS, TRANSLATED_ACTS } from '../../src/params.js';

const EN = [
  '1. The parties reaffirmed their unwavering commitment to the sovereignty, independence, unity and territorial integrity of the Syrian Arab Republic.',
  '2. They condemned all terrorist attacks in the Idlib de-escalation area.',
  '3. They called upon the international community to increase humanitarian assistance to all Syrians, in line with resolution 2254.',
  '4. They agreed to hold the next meeting in Astana in the second half of 2025.',
].join('\n\n');
const AR = [
  '١. أكدت الأطراف التزامها الثابت بسيادة الجمهورية العربية السورية واستقلالها ووحدتها وسلامة أراضيها.',
  '٢. أدانت جميع الهجمات الإرهابية في منطقة خفض التصعيد في إدلب.',
  '٣. دعت المجتمع الدولي إلى زيادة المساعدات الإنسانية لجميع السوريين، وفقاً للقرار ٢٢٥٤.',
  '٤. اتفقت على عقد الاجتماع المقبل في أستانا في النصف الثاني من عام ٢٠٢٥.',
].join('\n\n');

describe('a statement against its translation', () => {
  it('names only marker kinds and acts that exist in its tunable sets', () => {
    for (const kind of CROSS_UNCOMPARED_MARKERS) expect(Object.keys(MARKER_WEIGHTS)).toContain(kind);
    for (const group of TRANSLATED_ACTS) for (const act of group) expect(Object.keys(STRENGTH_SCALE)).toContain(act);
  });

  it('is compared across languages: paragraphs aligned in order, no word redline, each side whole', () => {
    const diff = diffCommuniques(EN, AR);
    expect(diff.crossLanguage).toBe(true);
    expect([diff.old.lang, diff.new.lang]).toEqual(['en', 'ar']);
    expect(diff.alignment.map((c) => [c.kind, c.old, c.new])).toEqual([0, 1, 2, 3].map((i) => ['modified', [i], [i]]));
    for (const c of diff.alignment) expect(c.edits.map((e) => e.op)).toEqual(['delete', 'insert']);
    expect(diff.alignment[0]?.edits[1]?.text).toBe(diff.new.paragraphs[0]?.text);
  });

  it('finds a faithful translation unchanged, with the evidence that says so', () => {
    const diff = diffCommuniques(EN, AR);
    expect(diff.commitments.map((c) => c.kind)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged']);
    expect(diff.commitments[1]?.evidence).toEqual([{ kind: 'same', cosmetic: [], punctuation: false, translated: true }]);
    expect(diff.alignment.flatMap((c) => [...(c.numbers?.old ?? []), ...(c.numbers?.new ?? [])])).toEqual([]);
  });

  it('reports an act weakened in translation, with the words on both sides', () => {
    const weaker = AR.replace('أدانت جميع', 'أعربت عن قلقها إزاء جميع');
    const [change] = diffCommuniques(EN, weaker).commitments.filter((c) => c.kind !== 'unchanged');
    expect(change?.kind).toBe('softened');
    expect(change?.slots).toContain('act');
    expect(change?.old?.predicateText).toBe('condemned');
    expect(change?.new?.predicateText).toBe('أعربت عن قلقها');
  });

  it('reports a booster and a condition present in one version only', () => {
    const ru = [
      '1. Стороны подтвердили приверженность суверенитету, независимости, единству и территориальной целостности Сирийской Арабской Республики.',
      '2. Решительно осудили все террористические нападения в зоне деэскалации Идлиб.',
      '3. Призвали мировое сообщество увеличить гуманитарную помощь всем сирийцам, когда позволят условия, в соответствии с резолюцией 2254.',
      '4. Договорились провести следующую встречу в Астане во второй половине 2025 года.',
    ].join('\n\n');
    const changes = diffCommuniques(EN, ru).commitments.filter((c) => c.kind !== 'unchanged');
    expect(changes.map((c) => [c.kind, c.slots])).toEqual([
      ['softened', ['booster']],
      ['strengthened', ['booster']],
      ['softened', ['condition']],
    ]);
  });

  it('reports another addressee as reworded, naming both, and the same one as unchanged', () => {
    const other = diffCommuniques(EN, AR.replace('دعت المجتمع الدولي', 'دعت مجلس الأمن'));
    const [change] = other.commitments.filter((c) => c.kind !== 'unchanged');
    expect([change?.kind, change?.slots]).toEqual(['reworded', ['addressee']]);
    expect(change?.evidence[0]).toEqual({ kind: 'addressee', old: 'the international community', new: 'مجلس الأمن' });
    expect(diffCommuniques(EN, AR).commitments[2]?.kind).toBe('unchanged');
  });

  it('takes another act of the same strength for the translator’s choice, and a stronger one for a divergence', () => {
    // "welcomed" (welcome) and «ثمّنت» (appreciate) weigh the same: one act in translation.
    const en = 'The parties welcomed the release of detainees within the Working Group.';
    const same = diffCommuniques(en, 'ثمّنت الأطراف الإفراج عن المحتجزين في إطار مجموعة العمل.');
    expect(same.commitments.map((c) => [c.kind, c.old?.predicate, c.new?.predicate])).toEqual([['unchanged', 'welcome', 'appreciate']]);
    // Acts of one strength outside those groups are other acts: "expressed concern" is not "supported".
    const other = diffCommuniques('The parties expressed concern about the military operation in Idlib.', 'أيدت الأطراف العملية العسكرية في إدلب.');
    expect(other.commitments.map((c) => [c.kind, c.slots])).toEqual([['reworded', ['act']]]);
    // "agreed to hold" and «قررت عقد» (decided): the same act in translation.
    const decided = diffCommuniques('The parties agreed to hold the next meeting in Astana.', 'قررت الأطراف عقد الاجتماع المقبل في أستانا.');
    expect(decided.commitments.map((c) => [c.kind, c.old?.predicate, c.new?.predicate])).toEqual([['unchanged', 'agree', 'decide']]);
    const stronger = diffCommuniques(en, 'طالبت الأطراف بالإفراج عن المحتجزين في إطار مجموعة العمل.');
    expect(stronger.commitments.map((c) => [c.kind, c.slots])).toEqual([['strengthened', ['act']]]);
    // "urged" and «призвали» (called upon), "invited" and «دعت»; "reaffirmed their commitment" and «التزمت».
    const urged = diffCommuniques('The parties urged the international community to increase humanitarian assistance to Syria.', 'Стороны призвали международное сообщество увеличить гуманитарную помощь Сирии.');
    expect(urged.commitments.map((c) => [c.kind, c.old?.predicate, c.new?.predicate])).toEqual([['unchanged', 'urge', 'call-upon']]);
    const invited = diffCommuniques('The parties invited UN agencies to strengthen their presence in Syria.', 'دعت الأطراف وكالات الأمم المتحدة إلى تعزيز وجودها في سوريا.');
    expect(invited.commitments.map((c) => [c.kind, c.old?.predicate, c.new?.predicate])).toEqual([['unchanged', 'invite', 'call-upon']]);
    const committed = diffCommuniques('The parties reaffirmed their commitment to the sovereignty of Syria.', 'جددت الأطراف التزامها بسيادة سوريا.');
    expect(committed.commitments.map((c) => c.kind)).toEqual(['unchanged']);
    // …a modal two grades away is still a change ("will take" / "may take").
    const weaker = diffCommuniques('The parties will take further steps to protect civilians.', 'Стороны могут предпринять дальнейшие шаги по защите мирных жителей.');
    expect(weaker.commitments.map((c) => [c.kind, c.slots])).toEqual([['softened', ['modality']]]);
    // "ön koşulsuz" (without preconditions) is no booster; «یادآور شدند» renders "underlined".
    const preconditions = diffCommuniques('1. Призвали наращивать помощь всем сирийцам без дискриминации, политизации и предварительных условий.', '1. Tüm Suriyelilere yönelik yardımları ayrım gözetmeksizin, siyasallaştırmadan ve ön koşulsuz olarak artırmaya çağırdılar.');
    expect(preconditions.commitments.map((c) => c.kind)).toEqual(['unchanged']);
    const underlined = diffCommuniques('1. Underlined that there can be no military solution to the Syrian conflict.', '۱. یادآور شدند که منازعه سوریه راه‌حل نظامی ندارد.');
    expect(underlined.commitments.map((c) => [c.kind, c.old?.predicate, c.new?.predicate])).toEqual([['unchanged', 'emphasize', 'recall']]);
    // …but a call for a demand stays a change of act.
    const demanded = diffCommuniques('The parties called for the release of detainees.', 'Стороны потребовали освобождения задержанных.');
    expect(demanded.commitments.map((c) => [c.kind, c.slots])).toEqual([['strengthened', ['act']]]);
  });

  it('does not drop a clause that the other language reads inside another commitment', () => {
    // English reads two acts ("reaffirmed … and stressed that …"); the French, one (the principles in apposition).
    const en = 'The parties reaffirmed their commitment to the sovereignty and territorial integrity of Syria and stressed that these principles must be respected by all.';
    const fr = "Les parties ont réaffirmé leur attachement à la souveraineté et à l'intégrité territoriale de la Syrie, principes qui doivent être respectés par tous.";
    const diff = diffCommuniques(en, fr);
    expect(diff.crossLanguage).toBe(true);
    expect(diff.commitments.map((c) => [c.kind, c.old?.predicate, c.new?.predicate])).toEqual([
      ['unchanged', 'reaffirm', 'reaffirm'],
      ['unchanged', 'emphasize', 'reaffirm'],
    ]);
    expect(diff.commitments[1]?.evidence).toEqual([{ kind: 'same', cosmetic: [], punctuation: false, translated: true }]);
    // In a series each commitment stays in one history: the clause's ends where it was read inside another.
    const series = diffSeries([en, fr]);
    const inRound1 = series.commitments.map((h) => h.commitments[1]).filter((c) => c !== null && c !== undefined);
    expect(new Set(inRound1.map((c) => c?.start)).size).toBe(inRound1.length);
    // A stronger clause is not there in a weaker commitment: dropped.
    const demanded = diffCommuniques('The parties welcomed the progress of the Constitutional Committee and demanded the immediate resumption of the Constitutional Committee in Geneva.', 'رحبت الأطراف بالتقدم في أعمال اللجنة الدستورية.');
    expect(demanded.commitments.map((c) => [c.kind, c.old?.predicate])).toEqual([['unchanged', 'welcome'], ['dropped', 'demand']]);
    // A clause whose content the other version lacks is dropped.
    const shorter = diffCommuniques('The parties reaffirmed their commitment to the sovereignty of Syria and called for the release of all detainees.', 'جددت الأطراف التزامها بسيادة سوريا.');
    expect(shorter.commitments.map((c) => c.kind)).toEqual(['unchanged', 'dropped']);
  });

  it('does not compare scope words across languages, as it does in one', () => {
    // "all" and "throughout the country" in the English only: the translator's wording.
    const wider = diffCommuniques(EN.replace('to all Syrians', 'to all Syrians throughout the country'), AR.replace('لجميع السوريين', 'للسوريين'));
    expect(wider.commitments[2]?.kind).toBe('unchanged');
    expect(diffCommuniques(EN, EN.replace('to all Syrians', 'to all Syrians throughout the country and across all regions')).commitments[2]?.kind).toBe('strengthened');
  });

  it('pairs the same act across the text when the alignment placed its paragraphs apart', () => {
    const en = ['1. The parties reaffirmed their commitment to the sovereignty of Syria.', '2. They welcomed the release of detainees within the Working Group and agreed to intensify cooperation with UNHCR on the return of refugees and displaced persons to Syria, and to hold consultations in Geneva.'].join('\n\n');
    const ar = ['اتفقت الأطراف على تكثيف التعاون مع المفوضية السامية لشؤون اللاجئين.', '١. جددت الأطراف التزامها بسيادة سوريا.', '٢. رحبت بالإفراج عن المحتجزين.'].join('\n\n');
    // Bars set so that the paragraphs of item 2 are not aligned.
    const diff = diffCommuniques(en, ar, { minSimilarity: 0.9, moveSimilarity: 0.95 });
    expect(diff.alignment.find((c) => c.old.includes(1))?.kind).toBe('dropped');
    expect(diff.commitments.map((c) => [c.kind, c.old?.predicate, c.new?.predicate])).toEqual([
      ['unchanged', 'agree', 'agree'],
      ['unchanged', 'reaffirm', 'reaffirm'],
      ['unchanged', 'welcome', 'welcome'],
    ]);
  });

  it('lists numbers that differ, and not the same number in other digits', () => {
    const diff = diffCommuniques(EN, AR.replace('٢٢٥٤', '٢٢٤٥'));
    expect(diff.alignment[2]?.numbers).toEqual({ old: ['2254'], new: ['٢٢٤٥'] });
    expect(diff.alignment[3]?.numbers).toEqual({ old: [], new: [] });
  });

  it('aligns items the translation gives in another order, and one it leaves out', () => {
    const parts = AR.split('\n\n');
    const diff = diffCommuniques(EN, [parts[0], parts[2], parts[1]].join('\n\n'));
    const byOld = new Map(diff.alignment.map((c) => [c.old.join(), c]));
    expect(byOld.get('1')?.new).toEqual([2]);
    expect(byOld.get('2')?.new).toEqual([1]);
    expect(byOld.get('3')?.kind).toBe('dropped');
    expect(diff.commitments.filter((c) => c.kind === 'dropped').map((c) => c.old?.predicate)).toEqual(['agree']);
  });

  it('takes each side’s language when given, and checks it', () => {
    // Persian given for the Arabic side is what reads it, not detection.
    const given = diffCommuniques(EN, AR, { lang: { old: 'en', new: 'fa' } });
    expect([given.crossLanguage, given.old.lang, given.new.lang]).toEqual([true, 'en', 'fa']);
    // One language given for both is one language, whatever a parsed text says.
    expect(diffCommuniques(parseCommunique(EN), AR, { lang: 'ar' }).crossLanguage).toBeUndefined();
    // Texts written the same are one text, whatever languages they are given.
    const same = diffCommuniques(EN, EN, { lang: { old: 'en', new: 'fr' } });
    expect(same.crossLanguage).toBeUndefined();
    expect(same.commitments.every((c) => c.kind === 'unchanged')).toBe(true);
    expect(() => diffCommuniques(EN, AR, { lang: { old: 'en', new: 'xx' } })).toThrow(new RangeError("`options.lang.new` must be one of 'en', 'ar', 'ru', 'fr', 'tr', 'fa', 'und', received \"xx\""));
    // @ts-expect-error: testing runtime validation
    expect(() => diffCommuniques(EN, AR, { lang: { left: 'en' } })).toThrow(/`options.lang.left` is not an option here; the options are `old`, `new`/);
  });

  it('reads two rounds of one language in one language when detection tells them apart', () => {
    // The first reads as French by its stop words ("de facto", "de-escalation"); together they are English.
    const diff = diffCommuniques('Condemned attacks in de-escalation zones de facto.', 'Condemned the attacks in de-escalation zones.');
    expect([diff.crossLanguage, diff.old.lang, diff.new.lang]).toEqual([undefined, 'en', 'en']);
    expect(diff.commitments.map((c) => [c.kind, c.old?.predicate, c.new?.predicate])).toEqual([['reworded', 'condemn', 'condemn']]);
  });

  it('compares two rounds of one language word by word, as before', () => {
    const diff = diffCommuniques(EN, EN.replace('condemned', 'strongly condemned'));
    expect(diff.crossLanguage).toBeUndefined();
    expect(diff.alignment[1]?.edits.some((e) => e.op === 'equal')).toBe(true);
  });
});

describe('a press report in another language against the official text', () => {
  const report = [
    'أستانا - وكالة الأنباء',
    'وأكد البيان الختامي التزام الأطراف الثابت بسيادة الجمهورية العربية السورية واستقلالها ووحدتها وسلامة أراضيها.',
    'وأشار البيان إلى أن الأطراف اتفقت على عقد الاجتماع المقبل في أستانا في النصف الثاني من عام ٢٠٢٥.',
  ].join('\n\n');

  it('takes a statement with a dateline for a statement, not a report', () => {
    const dated = `Published: 20 June 2023 14:35\n\n${EN}`;
    const diff = diffCommuniques(dated, AR.replace('٤. اتفقت', '٤. أدانت جميع الهجمات الإرهابية. اتفقت'));
    expect(diff.coverage).toBeUndefined();
    expect(diff.commitments.map((c) => c.kind)).toContain('added');
  });

  it('says which items the report covers and which it leaves out, without calling them dropped commitments', () => {
    const diff = diffCommuniques(EN, report);
    expect(diff.crossLanguage).toBe(true);
    expect(diff.coverage?.report).toBe('new');
    expect(diff.coverage?.leftOut).toEqual(expect.arrayContaining([1, 2]));
    expect(diff.commitments.filter((c) => c.kind === 'dropped')).toEqual([]);
    const covered = diff.alignment.filter((c) => c.old.length > 0 && c.new.length > 0).map((c) => c.old[0]);
    expect(covered).toEqual(expect.arrayContaining([0, 3]));
  });

  const decided = 'Joint Statement on the 30th International Meeting on Syria in the Astana format\n\n1. Condemned all attacks on civilians in Syria.\n\n2. Decided to hold the next International Meeting on Syria in the Astana format in Tehran in the second half of 2026.';
  it.each([
    ['fa', 'بیانیه مشترک نشست سی‌ام\n\nضامنان همه حملات به غیرنظامیان در سوریه را محکوم کردند.\n\nنشست بعدی در نیمه دوم سال ۲۰۲۶ در تهران برگزار خواهد شد.'],
    ['fa', 'بیانیه مشترک نشست سی‌ام\n\nضامنان همه حملات به غیرنظامیان در سوریه را محکوم کردند.\n\nنشست بعدی قرار است در نیمه دوم سال ۲۰۲۶ در تهران برگزار شود.'],
    ['fr', 'Déclaration commune de la 30e réunion\n\nLes garants ont condamné toutes les attaques contre les civils en Syrie.\n\nLa prochaine réunion se tiendra à Téhéran au second semestre 2026.'],
    ['ru', 'Совместное заявление по итогам 30-й встречи\n\nГаранты осудили все нападения на мирных жителей в Сирии.\n\nСледующая встреча состоится в Тегеране во второй половине 2026 года.'],
    ['tr', "30. Astana toplantısı ortak açıklaması\n\nGarantörler Suriye'de sivillere yönelik tüm saldırıları kınadılar.\n\nBir sonraki toplantı 2026 yılının ikinci yarısında Tahran'da yapılacak."],
    ['ar', 'البيان المشترك للاجتماع الثلاثين\n\nأدانت الدول الضامنة جميع الهجمات على المدنيين في سوريا.\n\nوستعقد الجولة المقبلة في طهران في النصف الثاني من عام 2026.'],
  ])('reads a meeting that "will be held" (%s) as the decision to hold it, not a weaker commitment', (lang, text) => {
    const diff = diffCommuniques(decided, text);
    expect(diff.new.lang).toBe(lang);
    expect(diff.commitments.map((c) => [c.kind, c.old?.predicate, c.new?.predicate])).toEqual([
      ['unchanged', 'condemn', 'condemn'],
      ['unchanged', 'decide', 'decide'],
    ]);
  });
});

describe('a series in two languages', () => {
  it('compares each pair across languages where its rounds differ in language', () => {
    const s = diffSeries([EN, AR, AR.replace('أدانت', 'أعربت عن قلقها إزاء')]);
    expect(s.pairs.map((p) => p.crossLanguage)).toEqual([true, undefined]);
    expect(s.pairs[1]?.commitments.some((c) => c.kind === 'softened')).toBe(true);
  });
});

describe('invariants across languages', () => {
  const en = EN.split('\n\n');
  const ar = AR.split('\n\n');
  it('puts every paragraph of both versions in exactly one change, whatever is left out or reordered', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([0, 1, 2, 3], { minLength: 1 }), fc.shuffledSubarray([0, 1, 2, 3], { minLength: 1 }), (a, b) => {
        const diff = diffCommuniques(a.map((i) => en[i]).join('\n\n'), b.map((i) => ar[i]).join('\n\n'));
        expect(diff.alignment.flatMap((c) => c.old).sort()).toEqual(a.map((_, i) => i));
        expect(diff.alignment.flatMap((c) => c.new).sort()).toEqual(b.map((_, i) => i));
        // The edits spell out both sides.
        for (const c of diff.alignment) {
          expect(c.edits.filter((e) => e.op !== 'insert').map((e) => e.text).join('')).toBe(c.old.map((i) => diff.old.paragraphs[i]?.text).join('\n'));
          expect(c.edits.filter((e) => e.op !== 'delete').map((e) => e.text).join('')).toBe(c.new.map((i) => diff.new.paragraphs[i]?.text).join('\n'));
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('a translation mirrored', () => {
  const en = EN.split('\n\n');
  const ar = AR.split('\n\n');
  it('mirrors when the versions are swapped: added ↔ dropped, softened ↔ strengthened', () => {
    const mirror: Record<string, string> = { added: 'dropped', dropped: 'added', split: 'merged', merged: 'split', softened: 'strengthened', strengthened: 'softened' };
    fc.assert(
      fc.property(fc.shuffledSubarray([0, 1, 2, 3], { minLength: 1 }), fc.shuffledSubarray([0, 1, 2, 3], { minLength: 1 }), fc.boolean(), (a, b, weaker) => {
        const x = a.map((i) => en[i]).join('\n\n');
        const y = b.map((i) => ar[i]).join('\n\n').replace('أدانت', weaker ? 'أعربت عن قلقها إزاء' : 'أدانت');
        const f = diffCommuniques(x, y);
        const r = diffCommuniques(y, x);
        expect(r.alignment.map((c) => `${c.kind} ${c.old.join()}|${c.new.join()}`).sort()).toEqual(f.alignment.map((c) => `${mirror[c.kind] ?? c.kind} ${c.new.join()}|${c.old.join()}`).sort());
        expect(r.commitments.map((c) => `${c.kind} ${c.old?.start}|${c.new?.start}`).sort()).toEqual(f.commitments.map((c) => `${mirror[c.kind] ?? c.kind} ${c.new?.start}|${c.old?.start}`).sort());
      }),
      { numRuns: 60 },
    );
  });
});

describe('a series in two languages, with a paragraph that comes back', () => {
  it('rejoins the paragraph and its commitment when it returns in the other language', () => {
    const en = EN.split('\n\n');
    const ar = AR.split('\n\n');
    // Item 2 (the condemnation) is dropped in round 2 and comes back, in Arabic, in round 3.
    const s = diffSeries([en.join('\n\n'), [en[0], en[2], en[3]].join('\n\n'), ar.join('\n\n')]);
    expect(s.pairs.map((p) => p.crossLanguage)).toEqual([undefined, true]);
    const condemn = s.lineages.find((l) => l.paragraphs[0]?.includes(1));
    expect(condemn?.paragraphs).toEqual([[1], [], [1]]);
    const history = s.commitments.filter((h) => h.predicate === 'condemn');
    expect(history).toHaveLength(1);
  });
});
