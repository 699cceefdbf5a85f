/**
 * The slots of a commitment, on pairs written for development (illustrative,
 * not official texts): a condition added or removed, negation over the act,
 * urgency and scope graded, nominal and passive acts, a stronger or weaker
 * act about the same thing, and cosmetic differences that change nothing.
 * Each checks the kind, the slot that changed, and that the reasons' deltas
 * add up to the strength change.
 */
import { describe, expect, it } from 'vitest';
import { diffCommuniques, extractCommitments, parseCommunique, roundLabel, type CommitmentChange } from '../../src/index.js';

const change = (a: string, b: string): CommitmentChange[] => diffCommuniques(a, b).commitments;
const only = (a: string, b: string): CommitmentChange => {
  const cs = change(a, b);
  expect(cs.length, JSON.stringify(cs.map((c) => c.reasons))).toBe(1);
  return cs[0] as CommitmentChange;
};
/** The signed deltas written in the reasons, added up. */
const reasonDeltas = (c: CommitmentChange): number =>
  c.reasons.reduce((sum, r) => {
    const m = /\(([+−]\d+(?:\.\d+)?)\)$/u.exec(r);
    return m ? sum + Number((m[1] as string).replace('−', '-')) : sum;
  }, 0);
const expectSlot = (c: CommitmentChange, kind: CommitmentChange['kind'], slot: string): void => {
  expect(c.kind, c.reasons.join('; ')).toBe(kind);
  expect(c.slots, c.reasons.join('; ')).toContain(slot);
  expect(Math.round(reasonDeltas(c) * 100) / 100, c.reasons.join('; ')).toBe(c.delta);
};

describe('conditions', () => {
  it.each([
    ['Called for the return of refugees to their homes.', 'Called for the return of refugees to their homes as soon as conditions permit.'],
    ['Agreed to resume the work of the committee.', 'Agreed to resume the work of the committee, provided that security is assured.'],
    ['Decided to open two new crossings.', 'Decided to open two new crossings when circumstances allow.'],
    ['دعت إلى عودة اللاجئين إلى ديارهم.', 'دعت إلى عودة اللاجئين إلى ديارهم متى سمحت الظروف بذلك.'],
    ['اتفقت على استئناف عمل اللجنة.', 'اتفقت على استئناف عمل اللجنة شريطة توفر الضمانات.'],
    ['Призвали к возвращению беженцев.', 'Призвали к возвращению беженцев по мере создания необходимых условий.'],
    ['Договорились возобновить работу комитета.', 'Договорились возобновить работу комитета при условии обеспечения безопасности.'],
  ])('a condition added softens: %s', (a, b) => {
    expectSlot(only(a, b), 'softened', 'condition');
    expectSlot(only(b, a), 'strengthened', 'condition');
  });
});

describe('negation over the act', () => {
  it.each([
    ['Agreed on the terms of reference of the next session.', 'Could not agree on the terms of reference of the next session.'],
    ['Repeated the call for the withdrawal of foreign forces.', 'Did not repeat the call for the withdrawal of foreign forces.'],
    ['Reached an agreement on the rules of procedure.', 'Were unable to reach an agreement on the rules of procedure.'],
    ['اتفقت على الإطار المرجعي للجولة المقبلة.', 'لم تتفق على الإطار المرجعي للجولة المقبلة.'],
    ['اتفقوا على قواعد الإجراءات.', 'لم يتمكنوا من الاتفاق على قواعد الإجراءات.'],
    ['Договорились о параметрах следующей сессии.', 'Не смогли договориться о параметрах следующей сессии.'],
  ])('a negated act is softened: %s', (a, b) => {
    const c = only(a, b);
    expectSlot(c, 'softened', 'negation');
    expect(c.new?.polarity).toBe('negative');
    expect(c.old?.polarity).toBe('affirmative');
  });
});

describe('urgency and scope', () => {
  it('grades urgency: immediately > as soon as possible > in due course', () => {
    const at = (when: string) => `Called for the release of all detainees ${when}.`;
    expectSlot(only(at('immediately'), at('as soon as possible')), 'softened', 'urgency');
    expectSlot(only(at('as soon as possible'), at('in due course')), 'softened', 'urgency');
    expectSlot(only(at('in due course'), at('immediately')), 'strengthened', 'urgency');
  });
  it('reads "continue and expand" → "continue" and a dropped "all" as narrower', () => {
    expectSlot(only('Agreed to continue and expand the work of the group.', 'Agreed to continue the work of the group.'), 'softened', 'scope');
    expectSlot(only('Called for the release of all detainees.', 'Called for the release of detainees.'), 'softened', 'scope');
  });
  it.each([
    ['Condemned the attacks on civilians.', 'Condemned the attacks on civilians and civilian infrastructure.', 'and civilian infrastructure'],
    ['Sivillere yönelik saldırıları kınadılar.', 'Sivillere ve sivil altyapıya yönelik saldırıları kınadılar.', 've sivil altyapıya'],
    ['از تلاش‌های سازمان ملل قدردانی کردند.', 'از تلاش‌های سازمان ملل و کارکنان امدادی قدردانی کردند.', 'و کارکنان امدادی'],
    ['أدانوا الهجمات على المدنيين.', 'أدانوا الهجمات على المدنيين والبنية التحتية.', 'والبنية التحتية'],
    ['Ont appelé au retour des réfugiés.', 'Ont appelé au retour des réfugiés et des personnes déplacées.', 'et des personnes déplacées'],
    ['Призвали к возвращению беженцев.', 'Призвали к возвращению беженцев и вынужденных переселенцев.', 'и вынужденных переселенцев'],
  ])('reads an item added to the list as wider, one removed as narrower: %s', (a, b, item) => {
    const wider = only(a, b);
    expectSlot(wider, 'strengthened', 'scope');
    expect(wider.evidence[0]).toEqual({ kind: 'marker', slot: 'scope', new: item, delta: 0.25 });
    expectSlot(only(b, a), 'softened', 'scope');
  });
  it('reads another item in the list, or an item with other words, as a rewording', () => {
    expectSlot(only('Condemned the attacks on civilians and hospitals.', 'Condemned the attacks on civilians and schools.'), 'reworded', 'object');
    expectSlot(only('Condemned the attacks on civilians.', 'Condemned the recent attacks on civilians and schools.'), 'reworded', 'object');
  });
});

describe('nominal and passive acts', () => {
  it.each([
    ['It was agreed to hold the next meeting in Astana.', 'agree'],
    ['The parties reached an agreement to extend the ceasefire.', 'agree'],
    ['They confirmed their plans to convene the committee.', 'commit'],
    ['Было решено провести следующую встречу в Астане.', 'decide'],
    ['Достигли договоренности о продлении режима прекращения огня.', 'agree'],
    ['جرى الاتفاق على عقد الاجتماع المقبل في أستانا.', 'agree'],
    ['أكدت الأطراف دعمها للجنة، وتم التعبير عن القلق من تدهور الوضع في إدلب.', 'express-concern'],
  ])('finds the act in %s', (text, act) => {
    expect(extractCommitments(parseCommunique(text)).map((c) => c.predicate)).toContain(act);
  });
  it('reads "expressed their strong condemnation" as a condemnation, stronger than "expressed deep concern"', () => {
    const [condemn] = extractCommitments(parseCommunique('Expressed their strong condemnation of the attacks.'));
    const [concern] = extractCommitments(parseCommunique('Expressed deep concern over the attacks.'));
    expect(condemn?.predicate).toBe('condemn');
    expect(condemn?.strength).toBeGreaterThan(concern?.strength ?? Infinity);
  });
});

describe('a weaker or stronger act about the same thing', () => {
  it.each([
    ['Demanded the immediate cessation of attacks on civilians in Idlib.', 'Called for the cessation of attacks on civilians in Idlib.', 'softened'],
    ['Expressed concern over the attacks on civilians in Idlib.', 'Condemned the attacks on civilians in Idlib.', 'strengthened'],
    ['Noted the efforts of the UN Special Envoy.', 'Welcomed the efforts of the UN Special Envoy.', 'strengthened'],
  ] as const)('is one change, not a drop and an add: %s', (a, b, kind) => {
    const c = only(a, b);
    expect(c.kind).toBe(kind);
    expect(c.slots).toContain('act');
    expect(Math.round(reasonDeltas(c) * 100) / 100).toBe(c.delta);
  });
});

describe('Arabic: «أبدى» (showed) as «أعرب عن» (expressed), «دون أن» (without)', () => {
  it('reads what the parties showed, not what an office showed, and a readiness not shown as negated', () => {
    expect(extractCommitments(parseCommunique('وأبدت الدول الثلاث قلقها من الوضع الإنساني في سوريا.')).map((c) => c.predicate)).toEqual(['express-concern']);
    expect(extractCommitments(parseCommunique('وأبدى مكتب المبعوث الأممي قلقه من بطء التقدم في ملف المعتقلين.'))).toEqual([]);
    const [, readiness] = extractCommitments(parseCommunique('واتفقت الدول على مواصلة العمل، من دون أن تبدي الدول الثلاث استعدادها لتوسيعه.'));
    expect([readiness?.predicate, readiness?.polarity]).toEqual(['express-readiness', 'negative']);
    // «رفضاً قاطعاً» boosts, «وجوب» is a must, «ربما» a hedge, «لم تتوصل بعد إلى اتفاق» a negated agreement.
    expectSlot(only('رفضت جميع المحاولات الرامية إلى خلق وقائع جديدة.', 'رفضت رفضاً قاطعاً جميع المحاولات الرامية إلى خلق وقائع جديدة.'), 'strengthened', 'booster');
    expectSlot(only('وشددت على وجوب احترام هذه المبادئ.', 'وشددت على أنه ينبغي احترام هذه المبادئ.'), 'softened', 'modality');
    expect(extractCommitments(parseCommunique('أكدت أن توسيع مشاريع التعافي المبكر ربما يساعد على عودة اللاجئين.'))[0]?.markers.map((m) => m.kind)).toContain('hedge');
    expect(extractCommitments(parseCommunique('لم تتوصل بعد إلى اتفاق بشأن آلية المراقبة.')).map((c) => [c.predicate, c.polarity])).toEqual([['agree', 'negative']]);
    // Two capitals or «الجانبان» are two of the parties; «سوريا» and «سورية», «كازاخستان» and «قازاخستان» one name.
    expectSlot(only('أعربت الدول الثلاث عن قلقها إزاء الوضع الإنساني.', 'أعربت موسكو وطهران عن قلقهما إزاء الوضع الإنساني.'), 'softened', 'speaker');
    expect(extractCommitments(parseCommunique('رحب الجانبان الروسي والإيراني بالاتصالات الجارية.'))[0]?.speaker).toBe('party');
    expect(only('أدانت جميع الأعمال الإرهابية في سوريا.', 'أدانت جميع الأعمال الإرهابية في سورية.').kind).toBe('unchanged');
    expect(only('أعربت عن امتنانها لقيادة كازاخستان.', 'أعربت عن امتنانها لقيادة قازاخستان.').kind).toBe('unchanged');
    // «أبداً» (never) is no act of showing.
    expect(extractCommitments(parseCommunique('لم يقبلوا أبداً بهذا الطرح.')).map((c) => c.predicate)).not.toContain('express');
  });
});

describe('Russian: «в целом», «в известной мере», «настоятельная», «дали высокую оценку», «российская и иранская стороны»', () => {
  it('reads the hedges, the urgency, the appreciation and two of the parties', () => {
    expectSlot(only('Выразили поддержку усилиям ООН.', 'Выразили в целом поддержку усилиям ООН.'), 'softened', 'hedge');
    expectSlot(only('В известной мере поддержали инициативу ООН.', 'Поддержали инициативу ООН.'), 'strengthened', 'hedge');
    expectSlot(only('Подчеркнули необходимость возвращения беженцев.', 'Подчеркнули настоятельную необходимость возвращения беженцев.'), 'strengthened', 'urgency');
    expect(extractCommitments(parseCommunique('Дали высокую оценку усилиям Специального посланника.')).map((c) => c.predicate)).toEqual(['appreciate']);
    expectSlot(only('Стороны приветствовали шаги по нормализации.', 'Российская и иранская стороны приветствовали шаги по нормализации.'), 'softened', 'speaker');
  });
});

describe('numbers', () => {
  it('reads another number as a rewording, however it is written', () => {
    expectSlot(only('Decided to hold the twenty-first meeting in Astana.', 'Decided to hold the 22nd meeting in Astana.'), 'reworded', 'object');
    expectSlot(only('Called for the release of 500 detainees.', 'Called for the release of 5000 detainees.'), 'reworded', 'object');
    expectSlot(only('Agreed to open 6 new crossings.', 'Agreed to open seven new crossings.'), 'reworded', 'object');
  });
});

describe('cosmetic differences', () => {
  it.each([
    ['Reaffirmed their commitment to the “sovereignty” of Syria.', 'Reaffirmed their commitment to the "sovereignty" of Syria.'],
    ['Reaffirmed their commitment to the sovereignty of Syria.', 'Reaffirmed their commitment to the sovereignty of Syria'],
    ['Welcomed the meeting in Nur-Sultan.', 'Welcomed the meeting in Astana.'],
    // A name's transliterations, also after an initial or a title, and a Russian е written ye or e.
    ['Ont remercié M. Holmqvist pour son rôle de médiateur.', 'Ont remercié M. Holmkvist pour son rôle de médiateur.'],
    ["Ont remercié l'envoyé spécial Lavrentiev pour sa participation.", "Ont remercié l'envoyé spécial Lavrentyev pour sa participation."],
    ['Thanked Erlan Karin for hosting the meeting.', 'Thanked Yerlan Karin for hosting the meeting.'],
    ["Kazakistan'a ve Erlan Karin'e teşekkür ettiler.", "Kazakistan'a ve Yerlan Karin'e teşekkür ettiler."],
    // A number written in words or in figures.
    ["Bir sonraki dokuzuncu toplantının Astana'da yapılmasına karar verdiler.", "Bir sonraki 9. toplantının Astana'da yapılmasına karar verdiler."],
    ['توافق کردند که بیست و دومین دور نشست در آستانه برگزار شود.', 'توافق کردند که ۲۲مین دور نشست در آستانه برگزار شود.'],
    ['Decided to hold the twenty-first meeting in Astana.', 'Decided to hold the 21st meeting in Astana.'],
    ['Agreed to open 6 new crossings.', 'Agreed to open six new crossings.'],
    ['Призвали освободить 12 заложников.', 'Призвали освободить двенадцать заложников.'],
    ['12 tutuklunun serbest bırakılmasını memnuniyetle karşıladılar.', 'On iki tutuklunun serbest bırakılmasını memnuniyetle karşıladılar.'],
    ['از آزادی ۱۲ زندانی استقبال کردند.', 'از آزادی دوازده زندانی استقبال کردند.'],
  ])('change nothing: %s', (a, b) => {
    expect(only(a, b).kind).toBe('unchanged');
  });
});

describe('addressee and speaker', () => {
  it('names whom an act asks, and a change of addressee as a rewording of that slot', () => {
    const c = only('Called upon the UN General Assembly to act on the report.', 'Called upon the UN Security Council to act on the report.');
    expect(c.kind).toBe('reworded');
    expect(c.slots).toContain('addressee');
    expect(c.reasons[0]).toBe('addressee "the UN General Assembly" → "the UN Security Council" (±0)');
    expect(extractCommitments(parseCommunique('دعت المجتمع الدولي إلى زيادة المساعدات.'))[0]?.addressee).toBe('المجتمع الدولي');
    expect(extractCommitments(parseCommunique('Призвали мировое сообщество к наращиванию помощи.'))[0]?.addressee).toBe('мировое сообщество');
    expect(extractCommitments(parseCommunique('Called for the release of detainees.'))[0]?.addressee).toBeUndefined();
  });
  it('tells one named party from the parties, by word order: after the verb in Arabic, before it in English', () => {
    const [tr] = extractCommitments(parseCommunique('Headline of a report\n\nThe Turkish delegation stressed the need to fight terrorism.'));
    expect([tr?.speaker, tr?.speakerText]).toEqual(['party', 'The Turkish delegation']);
    const [ar] = extractCommitments(parseCommunique('وشدد الجانب التركي على ضرورة مكافحة الإرهاب.'));
    expect([ar?.speaker, ar?.speakerText]).toEqual(['party', 'الجانب التركي']);
    expect(extractCommitments(parseCommunique('Called upon Türkiye to facilitate the return of refugees.'))[0]?.speaker).toBe('parties');
    expect(extractCommitments(parseCommunique('Iran, Russia and Türkiye called for an end to the violence.'))[0]?.speaker).toBe('parties');
    const c = only('The parties stressed the need to fight terrorism.', 'Türkiye stressed the need to fight terrorism.');
    expectSlot(c, 'softened', 'speaker');
  });
  it.each([
    ['The guarantors condemned the attacks on civilians.', 'Iran and Russia condemned the attacks on civilians.', 'Iran and Russia'],
    ['Iran, Russia and Türkiye condemned the attacks on civilians.', 'Russia and Türkiye condemned the attacks on civilians.', 'Russia and Türkiye'],
    ['Garantörler, sivillere yönelik saldırıları kınadılar.', 'İran ve Rusya, sivillere yönelik saldırıları kınadılar.', 'İran ve Rusya'],
    ['İran, Rusya ve Türkiye, sivillere yönelik saldırıları kınadılar.', 'Rusya ve İran, sivillere yönelik saldırıları kınadılar.', 'Rusya ve İran'],
    ['أدانت الدول الضامنة الهجمات على المدنيين.', 'أدانت إيران وروسيا الهجمات على المدنيين.', 'إيران وروسيا'],
    ['Иран, Россия и Турция осудили нападения на мирных жителей.', 'Россия и Иран осудили нападения на мирных жителей.', 'Россия и Иран'],
    ["L'Iran, la Russie et la Turquie ont condamné les attaques contre les civils.", "L'Iran et la Russie ont condamné les attaques contre les civils.", "L'Iran et la Russie"],
  ])('reads two guarantors named together as a party, not as the three: %s', (a, b, two) => {
    const c = only(a, b);
    expectSlot(c, 'softened', 'speaker');
    expect([c.old?.speaker, c.new?.speaker, c.new?.speakerText]).toEqual(['parties', 'party', two]);
    // …and back: the three after two of them is the stronger voice.
    expectSlot(only(b, a), 'strengthened', 'speaker');
  });
  it('reads "the delegations of Russia and Türkiye" as two of them, "the delegations of Iran, Russia and Türkiye" as the parties', () => {
    const speaker = (t: string) => extractCommitments(parseCommunique(t)).map((c) => [c.speaker, c.speakerText]);
    expect(speaker('The delegations of Russia and Türkiye thanked Iran for hosting the meeting.')).toEqual([['party', 'delegations of Russia and Türkiye']]);
    expect(speaker('The delegations of Iran, Russia and Türkiye thanked Kazakhstan for hosting the meeting.')).toEqual([['parties', undefined]]);
    // Two named before an act on the third: not the three.
    expect(speaker('Russia and Türkiye thanked Iran for hosting the meeting.')).toEqual([['party', 'Russia and Türkiye']]);
    expect(speaker('Россия и Турция поблагодарили Иран за гостеприимство.')).toEqual([['party', 'Россия и Турция']]);
    expect(speaker("La Russie et la Turquie ont remercié l'Iran pour son hospitalité.")).toEqual([['party', 'Russie et la Turquie']]);
    expect(speaker("İran ve Rusya, Türkiye'nin çabalarını memnuniyetle karşıladılar.")).toEqual([['party', 'İran ve Rusya']]);
  });
  it.each([
    ['Iran and Russia condemned the attacks on civilians.', 'Russia and Iran condemned the attacks on civilians and hospitals.'],
    ['İran ve Rusya, sivillere yönelik saldırıları kınadılar.', 'Rusya ve İran, sivillere ve hastanelere yönelik saldırıları kınadılar.'],
  ])('reads the same two guarantors in another order as the same speaker: %s', (a, b) => {
    // (Another difference too, so that the speakers are compared: the list grows, nothing else.)
    expect(only(a, b).slots).toEqual(['scope']);
  });
  it('reads two other guarantors, or one of the two, as another speaker', () => {
    expectSlot(only('Iran and Russia condemned the attacks on civilians.', 'Russia and Türkiye condemned the attacks on civilians.'), 'reworded', 'speaker');
    expect(only('Iran and Russia condemned the attacks on civilians.', 'Russia and Türkiye condemned the attacks on civilians.').reasons).toEqual(['speaker "Iran and Russia" → "Russia and Türkiye" (±0)', 'strength unchanged at 4.5']);
  });
  it('reads no commitment from a headline, a reporter, a third party or press furniture', () => {
    const report = `Guarantors call for calm in Idlib as talks end

ASTANA, June 21 - Iran, Russia and Türkiye called for an end to violence in Idlib, a joint statement said.

The talks come amid calls by aid groups for more access.

"We have decided to open two new crossings," the host country's foreign minister told reporters.

Read also: Ankara and Damascus agree to resume talks

Analysts said the guarantors were likely to call for a new round of talks.`;
    expect(extractCommitments(parseCommunique(report)).map((c) => c.text)).toEqual(['called for an end to violence in Idlib']);
  });
});

describe('more development pairs (negation and boosters in three languages)', () => {
  it.each([
    ['Called for the lifting of unilateral sanctions.', 'Did not call for the lifting of unilateral sanctions.', 'softened'],
    ['Called for the lifting of unilateral sanctions.', 'No longer called for the lifting of unilateral sanctions.', 'softened'],
    ['Called for the withdrawal of foreign forces.', 'Refrained from calling for the withdrawal of foreign forces.', 'softened'],
    ['دعت إلى رفع العقوبات الأحادية.', 'لم تدع إلى رفع العقوبات الأحادية.', 'softened'],
    ['اتفقت على موعد الجولة المقبلة.', 'تعذر الاتفاق على موعد الجولة المقبلة.', 'softened'],
    ['Договорились о сроках следующей сессии.', 'Не удалось достичь договоренности о сроках следующей сессии.', 'softened'],
    ['Договорились о сроках следующей сессии.', 'Так и не договорились о сроках следующей сессии.', 'softened'],
    ['Rejected all attempts to create new realities on the ground.', 'Categorically rejected all attempts to create new realities on the ground.', 'strengthened'],
    ['جددت التزامها بسيادة سوريا.', 'جددت التزامها الثابت والراسخ بسيادة سوريا.', 'strengthened'],
    ['Призвали стороны соблюдать режим прекращения огня.', 'Настоятельно призвали стороны соблюдать режим прекращения огня.', 'strengthened'],
    ['أخذت علما بتقرير الفريق العامل.', 'رحبت بتقرير الفريق العامل.', 'strengthened'],
    ['Will continue to coordinate their efforts.', 'May continue to coordinate their efforts.', 'softened'],
  ] as const)('%s → %s', (a, b, kind) => {
    const c = only(a, b);
    expect(c.kind, c.reasons.join('; ')).toBe(kind);
    expect(Math.round(reasonDeltas(c) * 100) / 100, c.reasons.join('; ')).toBe(c.delta);
  });
});

describe('modality and repeated acts', () => {
  it.each([
    ['The guarantors will hold the next meeting in Astana.', 'The guarantors may hold the next meeting in Astana.', 'softened', 'modality'],
    ['Agreed that the next meeting will be held in Astana.', 'Agreed that the next meeting may be held in Astana.', 'softened', 'modality'],
    ['Договорились, что следующая встреча состоится в Астане.', 'Договорились, что следующая встреча может состояться в Астане.', 'softened', 'modality'],
    ['اتفقت على أن الاجتماع المقبل سيعقد في أستانا.', 'اتفقت على أن الاجتماع المقبل قد يعقد في أستانا.', 'softened', 'modality'],
    ['Stressed the importance of the Astana format.', 'Stressed again the importance of the Astana format.', 'strengthened', 'booster'],
    ['شددت على أهمية مسار أستانا.', 'شددت مرة أخرى على أهمية مسار أستانا.', 'strengthened', 'booster'],
    ['Подчеркнули важность астанинского формата.', 'Еще раз подчеркнули важность астанинского формата.', 'strengthened', 'booster'],
  ] as const)('%s → %s', (a, b, kind, slot) => expectSlot(only(a, b), kind, slot));
});

describe('conditions read by their shape, and weaker acts of considering', () => {
  it.each([
    ['Agreed to reopen the crossing points.', 'Agreed to reopen the crossing points once the technical arrangements are finalized.', 'softened', 'condition'],
    ['Agreed to reopen the crossing points.', 'Agreed to reopen the crossing points when the necessary guarantees are in place.', 'softened', 'condition'],
    ['اتفقت على إعادة فتح المعابر.', 'اتفقت على إعادة فتح المعابر عندما يسمح الوضع الأمني بذلك.', 'softened', 'condition'],
    ['اتفقت على إعادة فتح المعابر.', 'اتفقت على إعادة فتح المعابر عند توفر الضمانات اللازمة.', 'softened', 'condition'],
    ['Договорились открыть пункты пропуска.', 'Договорились открыть пункты пропуска по мере готовности сторон.', 'softened', 'condition'],
    ['Agreed to convene the working group before the end of the year.', 'Will consider convening the working group before the end of the year.', 'softened', 'act'],
    ['Are ready to support the work of the committee.', 'Could consider supporting the work of the committee.', 'softened', 'act'],
    ['اتفقت على عقد اجتماع للفريق العامل قبل نهاية العام.', 'ستنظر في عقد اجتماع للفريق العامل قبل نهاية العام.', 'softened', 'act'],
    ['Договорились провести заседание рабочей группы до конца года.', 'Рассмотрят возможность проведения заседания рабочей группы до конца года.', 'softened', 'act'],
  ] as const)('%s → %s', (a, b, kind, slot) => expectSlot(only(a, b), kind, slot));
  it('keeps "agreed to consider" one act, hedged', () => {
    const [c] = extractCommitments(parseCommunique('اتفقت على النظر في عقد اجتماع جديد.'));
    expect(c?.predicate).toBe('agree');
    expect(c?.markers.map((m) => m.kind)).toContain('hedge');
  });
});

describe('modal acts, graded must > will > should > may', () => {
  it.each([
    ['Will take concrete steps to protect civilians.', 'May take concrete steps to protect civilians.', 'softened'],
    ['Will continue to cooperate closely.', 'Should continue to cooperate closely.', 'softened'],
    ['Should work to prevent any escalation.', 'Must work to prevent any escalation.', 'strengthened'],
    ['سيتخذون خطوات ملموسة لحماية المدنيين.', 'قد يتخذون خطوات ملموسة لحماية المدنيين.', 'softened'],
    ['Будут предпринимать конкретные шаги для защиты мирного населения.', 'Могут предпринимать конкретные шаги для защиты мирного населения.', 'softened'],
  ] as const)('%s → %s', (a, b, kind) => expectSlot(only(a, b), kind, 'modality'));
  it('leaves a modal inside another act to that act', () => {
    expect(extractCommitments(parseCommunique('Agreed that the next round will be held in Astana.')).map((c) => c.predicate)).toEqual(['agree']);
  });
});

describe('where a commitment ends and who speaks', () => {
  it.each([
    ['Called upon the international community to support early recovery.', 'Called upon the international community to support early recovery, but the passage on sanctions was dropped.'],
    ['دعت المجتمع الدولي إلى دعم التعافي المبكر.', 'دعت المجتمع الدولي إلى دعم التعافي المبكر، بينما غابت الفقرة المتعلقة بالعقوبات.'],
    ['Призвали мировое сообщество поддержать раннее восстановление.', 'Призвали мировое сообщество поддержать раннее восстановление, однако абзац о санкциях исчез.'],
    ['Welcomed the release of detainees.', 'Welcomed the release of detainees, the text read.'],
  ])('a reporter\'s clause after the commitment changes nothing: %s', (a, b) => {
    expect(only(a, b).kind).toBe('unchanged');
  });
  it('reads an act after an opening phrase as the statement\'s, and an envoy\'s office as a third party', () => {
    const doc = parseCommunique('Turning to the situation east of the Euphrates, grave concern was expressed over the seizure of oil revenues.\n\nThe office of the UN Special Envoy welcomed the statement, noting that the humanitarian track must not be politicised.\n\nSpeaking to reporters, Lavrentiev noted that the talks had been useful.');
    expect(extractCommitments(doc).map((c) => [c.predicate, c.text])).toEqual([['express-concern', 'grave concern was expressed over the seizure of oil revenues']]);
  });
  it('matches an act with its negation when the negation rewrites the rest', () => {
    const cs = change(
      'Welcomed the release of detainees.\n\nAgreed to hold the next meeting in Astana in November.\n\nCalled for humanitarian access.',
      'Welcomed the release of detainees.\n\nWere unable to agree on the date and venue of the next meeting.\n\nCalled for humanitarian access.',
    );
    expect(cs.map((c) => c.kind)).toEqual(['unchanged', 'softened', 'unchanged']);
    expectSlot(cs[1] as CommitmentChange, 'softened', 'negation');
  });
  it('does not carry a negation across "and", a comma or a joined «و»', () => {
    expect(extractCommitments(parseCommunique('Emphasized that the conflict has no military solution and reaffirmed their commitment to the political process.')).map((c) => c.polarity)).toEqual(['affirmative', 'affirmative']);
    expect(extractCommitments(parseCommunique('وأكدت أن لا حل عسكرياً للنزاع، وجددت دعمها لعمل اللجنة الدستورية.')).map((c) => c.polarity)).toEqual(['affirmative', 'affirmative']);
  });
});

describe('cosmetic differences this pack folds', () => {
  it.each([
    ['Договорились провести 15-ю Международную встречу в Астане.', 'Договорились провести пятнадцатую Международную встречу в Астане.'],
    ['Welcomed the meeting of 2 June.', 'Welcomed the meeting of 02 June.'],
    ["Condemned the activities of Da'esh.", 'Condemned the activities of Daesh.'],
    ['وشددوا على احترام هذه المبادئ.', 'وشددوا على احترام هذه المبادىء.'],
  ])('change nothing: %s', (a, b) => {
    expect(only(a, b).kind).toBe('unchanged');
  });
});

describe('what the reading must not do (from a fresh review)', () => {
  const texts = (t: string): string[] => extractCommitments(parseCommunique(t)).map((c) => c.text);
  it('keeps the statement\'s acts whose object is an envoy, an expert or a meeting frame', () => {
    expect(texts('Welcomed the work of the UN Special Envoy and called for the resumption of the talks.')).toHaveLength(2);
    expect(texts('ودعت المبعوث الخاص للأمم المتحدة إلى مواصلة جهوده.')).toHaveLength(1);
    expect(texts('Отметили полезную работу группы экспертов.')).toHaveLength(1);
    expect(texts('Договорились продолжить взаимодействие в рамках Астанинских переговоров по Сирии.')).toEqual(['Договорились продолжить взаимодействие в рамках Астанинских переговоров по Сирии']);
    expect(texts('Министр иностранных дел Турции заявил, что в ходе встречи стороны договорились продолжить работу.')).toEqual([]);
  });
  it('reads no condition, modal or act into common phrases', () => {
    expect(only('Reaffirmed the Sochi memorandum.', 'Reaffirmed the Sochi memorandum as well as the agreements reached in Astana.').slots).not.toContain('condition');
    expect(texts('وتبادلوا وجهات النظر في القضايا الإقليمية.')).toEqual([]);
    expect(only('ورفضت المحاولات التي تتعارض مع وحدة سوريا.', 'ورفضت المحاولات التي تتعارض مع استقرار سوريا.').slots).not.toContain('condition');
    expect(texts('Called for early recovery, but the need for sanctions relief was not mentioned.')).toEqual(['Called for early recovery']);
  });
  it('cuts no clause that is the parties\' own, and splits no coordinated object', () => {
    expect(only('Agreed to continue cooperation.', 'Agreed to continue cooperation, while respecting the sovereignty of Syria.').kind).toBe('reworded');
    expect(only('أكدت ضرورة التهدئة.', 'أكدت ضرورة التهدئة، فيما يتعلق بالوضع في إدلب.').kind).toBe('reworded');
    expect(texts('Reaffirmed their support for the Constitutional Committee and commitment to its work.')).toHaveLength(1);
    expect(texts('Agreed that the Committee will resume its work and will hold its next session.')).toHaveLength(1);
  });
  it('keeps a negation that "as yet" stands in, and matches no unrelated negated act', () => {
    expect(extractCommitments(parseCommunique('The parties have not as yet agreed on the date.'))[0]?.polarity).toBe('negative');
    const cs = change('Welcomed the release of detainees.\n\nCondemned the shelling of civilian areas in Idlib.', 'Welcomed the release of detainees.\n\nDid not condemn the sanctions imposed on Syria.');
    expect(cs.map((c) => c.kind)).toEqual(['unchanged', 'dropped', 'added']);
  });
  it('folds no two different words or numbers into one', () => {
    expect(change('وأعربت عن قلقها من التقدم البطيء.', 'وأعربت عن قلقها من التقدم البطء.').map((c) => c.kind)).toEqual(['reworded']);
    expect(only('Договорились о встрече в 1990-х годах.', 'Договорились о встрече в 1990 году.').kind).toBe('reworded');
    expect(roundLabel('Совместное заявление по итогам двадцать первой международной встречи')).toBe('21st round');
  });
});

describe('what the reading must not do (from this session\'s fresh review)', () => {
  const read = (t: string, lang?: string) => extractCommitments(parseCommunique(t, lang ? { lang } : {}), lang ? { lang } : {});
  it('reads the three guarantors by their official names as the parties, and two with the third as object as two', () => {
    for (const t of [
      'Исламская Республика Иран, Российская Федерация и Турецкая Республика подтвердили приверженность суверенитету Сирии.',
      "İran İslam Cumhuriyeti, Rusya Federasyonu ve Türkiye Cumhuriyeti Suriye'nin egemenliğine bağlılıklarını teyit ettiler.",
      "La République islamique d'Iran, la Fédération de Russie et la République de Turquie ont réaffirmé leur attachement à la souveraineté de la Syrie.",
      'The Islamic Republic of Iran, the Russian Federation and the Republic of Türkiye reaffirmed their commitment to the sovereignty of Syria.',
    ]) expect(read(t)[0]?.speaker, t).toBe('parties');
    expect(read('رحبت روسيا وتركيا بجهود إيران في هذا المجال.')[0]?.speaker).toBe('party');
    expect(read('حملات از سوی ایران، روسیه و ترکیه محکوم شد.', 'fa')[0]?.speaker).toBe('parties');
  });
  it('reads no commitment from one official, and no meeting decision from work to be done or consultations held', () => {
    expect(read('The Foreign Minister of Russia said the talks had condemned the attacks.')).toEqual([]);
    expect(read('Gerekli çalışmalar yapılacaktır.', 'tr').map((c) => c.predicate)).not.toContain('decide');
    expect(read('وستعقد الدول الضامنة مشاورات منتظمة.').map((c) => c.predicate)).toEqual(['commit']);
    expect(read('Стороны продолжат взаимодействие для достижения намеченных целей.').map((c) => c.predicate)).toEqual(['commit']);
  });
  it('reads «وفق» as no added item, and another unit or a number apart as a change', () => {
    expectSlot(only('أدانوا الهجمات على المدنيين.', 'أدانوا الهجمات على المدنيين وفق القانون الدولي.'), 'reworded', 'object');
    expectSlot(only('Agreed to set up a 15-km zone.', 'Agreed to set up a 15-mile zone.'), 'reworded', 'object');
    // A pack's title does not end the commitment's sentence ("Thanked Mr" was all it read).
    expect(read('Thanked Mr. Erlan Karin for hosting the meeting.').map((c) => c.text)).toEqual(['Thanked Mr. Erlan Karin for hosting the meeting']);
    expect(read('Ont remercié le Dr. Dupont pour son rôle.').map((c) => c.text)).toEqual(['remercié le Dr. Dupont pour son rôle']);
    // A name's transliteration after a pack's title ("Mr.") is the same name.
    expect(only('Thanked the envoy, Mr. Lavrentiev, for his work.', 'Thanked the envoy, Mr. Lavrentyev, for his work.').kind).toBe('unchanged');
  });
});
