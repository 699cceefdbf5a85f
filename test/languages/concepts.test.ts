/**
 * The cross-language concept lexicon (each pack's `concepts`): every built-in
 * pack names the same concepts, every pattern compiles, and sentences an
 * analyst would check by eye give the concept keys they should, in each
 * language, the same for a sentence and its translation.
 */
import { describe, expect, it } from 'vitest';
import * as core from '../../src/core.js';
import { LANGUAGE_PACKS } from '../../src/index.js';
import { aliasMapFor } from '../../src/normalize/aliases.js';
import { conceptIndexFor, conceptStems } from '../../src/normalize/concepts.js';
import { compile } from '../../src/normalize/patterns.js';
import { readingFor } from '../../src/normalize/reading.js';
import { tokenize } from '../../src/tokenize/tokens.js';

/** The cross-language stems of a text, as bench/eval/concepts-coverage.ts computes them. */
function stemsOf(text: string, lang: string): string[] {
  const reading = readingFor(LANGUAGE_PACKS, lang, false);
  return conceptStems(tokenize(text), reading, aliasMapFor(reading, undefined), conceptIndexFor(reading));
}

const sorted = (xs: readonly string[]): string[] => [...xs].sort();
const idsOf = (code: string): string[] => Object.keys(LANGUAGE_PACKS.find((p) => p.code === code)?.concepts ?? {}).sort();

describe('concept lexicon', () => {
  it('has the same concept ids, at least 300, in every built-in pack', () => {
    const en = idsOf('en');
    expect(en.length).toBeGreaterThanOrEqual(300);
    expect(LANGUAGE_PACKS.map((p) => p.code).sort()).toEqual(['ar', 'en', 'fa', 'fr', 'ru', 'tr']);
    for (const p of LANGUAGE_PACKS) expect(idsOf(p.code), p.code).toEqual(en);
    for (const id of en) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it.each(LANGUAGE_PACKS.map((p) => [p.code, p] as const))('%s: the engine accepts the pack and every pattern compiles to words', (code, pack) => {
    expect(() => core.detectLanguage('x', { languages: [pack] })).not.toThrow();
    const reading = readingFor(LANGUAGE_PACKS, code, false);
    const form = (w: string): string => reading.stem(reading.form(w));
    for (const [id, patterns] of Object.entries(pack.concepts ?? {})) {
      for (const pattern of [patterns].flat()) {
        const compiled = compile(pattern, id, 0, form);
        // No alternative stems to nothing, and no prefix is so short that it reads most words
        // (a later word of a pattern, such as the year of «mai 20*», may be shorter).
        compiled.parts.forEach((part, k) => {
          for (const p of part.prefixes) expect(p.length, `${code} ${id}: ${pattern}`).toBeGreaterThanOrEqual(k === 0 ? 3 : 2);
          for (const e of part.exact) expect(e.length, `${code} ${id}: ${pattern}`).toBeGreaterThanOrEqual(1);
        });
      }
    }
  });
});

// One sentence, written as each language's statements and press write it.
const CONSTITUTION_AND_RETURN: Record<string, string> = {
  en: 'The guarantors reaffirmed their support for the Constitutional Committee in Geneva and called for the safe and voluntary return of refugees in cooperation with UNHCR.',
  ar: 'أكدت الدول الضامنة دعمها للجنة الدستورية في جنيف، ودعت إلى العودة الآمنة والطوعية للاجئين بالتعاون مع المفوضية (UNHCR).',
  ru: 'Гаранты подтвердили поддержку Конституционного комитета в Женеве и призвали к безопасному и добровольному возвращению беженцев в сотрудничестве с УВКБ.',
  fr: "Les garants ont réaffirmé leur soutien au Comité constitutionnel à Genève et appelé au retour volontaire des réfugiés en toute sécurité, en coopération avec l'UNHCR.",
  tr: "Garantörler Cenevre'deki Anayasa Komitesi'ne desteklerini teyit ettiler ve mültecilerin UNHCR ile işbirliği içinde güvenli ve gönüllü dönüşü çağrısında bulundular.",
  fa: 'کشورهای ضامن بر حمایت خود از کمیته قانون اساسی در ژنو تأکید کردند و خواستار بازگشت امن و داوطلبانه پناهندگان با همکاری UNHCR شدند.',
};

// The first commitment of every Astana statement, in each language's official wording.
const SOVEREIGNTY: Record<string, string> = {
  en: 'Reaffirmed their strong commitment to the sovereignty, independence, unity and territorial integrity of the Syrian Arab Republic and to the purposes and principles of the UN Charter.',
  ar: 'أكدوا مجدداً التزامهم الراسخ بسيادة الجمهورية العربية السورية واستقلالها ووحدتها وسلامة أراضيها، وبمقاصد ومبادئ ميثاق الأمم المتحدة.',
  ru: 'Вновь подтвердили твердую приверженность суверенитету, независимости, единству и территориальной целостности Сирийской Арабской Республики, целям и принципам Устава ООН.',
  fr: "Ont réaffirmé leur ferme attachement à la souveraineté, à l'indépendance, à l'unité et à l'intégrité territoriale de la République arabe syrienne, ainsi qu'aux buts et principes de la Charte des Nations Unies.",
  tr: "Suriye Arap Cumhuriyeti'nin egemenliğine, bağımsızlığına, birliğine ve toprak bütünlüğüne ve BM Şartı'nın amaç ve ilkelerine güçlü bağlılıklarını teyit ettiler.",
  fa: 'بر تعهد راسخ خود به حاکمیت، استقلال، وحدت و تمامیت ارضی جمهوری عربی سوریه و نیز به اهداف و اصول منشور سازمان ملل متحد تأکید کردند.',
};

// The working group on detainees, and the next meeting with its date.
const WORKING_GROUP: Record<string, string> = {
  en: 'Welcomed the meeting of the Working Group on the release of detainees/abductees, the handover of bodies and the identification of missing persons.',
  ar: 'رحبوا باجتماع مجموعة العمل المعنية بالإفراج عن المحتجزين/المختطفين وتسليم الجثث وتحديد هوية المفقودين.',
  ru: 'Приветствовали заседание Рабочей группы по освобождению задержанных/похищенных, передаче тел и идентификации пропавших без вести лиц.',
  fr: "Se sont félicités de la réunion du Groupe de travail sur la libération des détenus et des personnes enlevées, la remise des corps et l'identification des personnes disparues.",
  tr: 'Tutuklu ve rehinelerin serbest bırakılması, cesetlerin teslimi ve kayıp kişilerin kimliklerinin tespiti konusundaki Çalışma Grubu toplantısını memnuniyetle karşıladılar.',
  fa: 'از برگزاری نشست گروه کاری آزادی بازداشت‌شدگان و ربوده‌شدگان، تحویل اجساد و شناسایی مفقودین استقبال کردند.',
};

const NEXT_MEETING: Record<string, string> = {
  en: 'Decided to hold the next meeting in Astana in the second half of November 2026.',
  ar: 'قرروا عقد الاجتماع المقبل في أستانا في النصف الثاني من تشرين الثاني/نوفمبر 2026.',
  ru: 'Решили провести следующую встречу в Астане во второй половине ноября 2026 года.',
  fr: "Ont décidé de tenir la prochaine réunion à Astana au cours du second semestre, en novembre 2026.",
  tr: "Bir sonraki toplantının Kasım 2026'nın ikinci yarısında Astana'da yapılmasına karar verdiler.",
  fa: 'تصمیم گرفتند نشست بعدی را در نیمه دوم نوامبر ۲۰۲۶ در آستانه برگزار کنند.',
};

describe.each(LANGUAGE_PACKS.map((p) => p.code))('concepts of a %s text', (lang) => {
  it('name the Constitutional Committee, Geneva, the voluntary return of refugees and UNHCR', () => {
    const stems = stemsOf(CONSTITUTION_AND_RETURN[lang] as string, lang);
    for (const key of ['§guarantors', '§constitutional-committee', '§geneva', '§refugees', '§voluntary-return', '§security', '§cooperation', '⟨unhcr⟩']) expect(stems, key).toContain(key);
  });

  it('give the sovereignty paragraph the same stems as the English', () => {
    const stems = stemsOf(SOVEREIGNTY[lang] as string, lang);
    expect(sorted(stems)).toEqual(sorted(['§sovereignty', '§independence', '§unity', '§territorial-integrity', '§syria', '§purposes', '§principles', '§un-charter']));
  });

  it('name the working group on detainees, abductees, bodies and missing persons', () => {
    const stems = stemsOf(WORKING_GROUP[lang] as string, lang);
    for (const key of ['§working-group', '§release', '§detainees', '§abductees', '§bodies', '§identification', '§missing-persons']) expect(stems, key).toContain(key);
  });

  it('name the next meeting, its half-year, month and year', () => {
    const stems = stemsOf(NEXT_MEETING[lang] as string, lang);
    for (const key of ['§next-meeting', '§second-half', '§november', '#2026', '⟨astana⟩']) expect(stems, key).toContain(key);
  });
});

describe('concepts that must stay apart', () => {
  it('do not read function words, acts or other concepts as concepts', () => {
    // «إلى» is not a mechanism, «ذات الصلة» not self-rule, "according to" not an agreement, «mais» not May.
    expect(stemsOf('دعوا المجتمع الدولي إلى تنفيذ الاتفاقات ذات الصلة', 'ar')).toEqual(['§international-community', '§implementation', '§agreements']);
    expect(stemsOf('according to the statement, they may meet', 'en')).not.toContain('§agreements');
    expect(stemsOf('according to the statement, they may meet', 'en')).not.toContain('§may');
    expect(stemsOf('mais ils ne sont pas sûrs', 'fr')).toEqual([]);
    // The Golan is not a round («الجولان» and «الجولة» share a stem): it is read with its
    // qualifier, as "the Syrian Golan" is in English.
    expect(stemsOf('الجولان السوري المحتل', 'ar')).toEqual(['§golan', '§occupation']);
    expect(sorted(stemsOf('the occupied Syrian Golan', 'en'))).toEqual(['§golan', '§occupation']);
    // Kazakhstan stays a name (an alias), the adjective is a concept.
    expect(stemsOf('كازاخستان والسلطات الكازاخستانية', 'ar')).toEqual(['⟨kazakhstan⟩', '§authorities', '§kazakh']);
  });
});
