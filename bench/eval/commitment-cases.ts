/**
 * The labelled commitment set. Three groups, reported apart:
 * - `dev`: the example rounds a→b (examples/rounds), used while the lexicons were written;
 * - `held-out`: short rounds in ./texts, written and labelled before the layer was run on them;
 * - `seed`: variants derived in code from the round-20 seed, one known change each, plus
 *   cosmetic noise and renumbering that must change nothing.
 * Each label names the kind and a piece of the old and/or new commitment's text.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { exampleRound, SEED, type ExampleLang } from '../../test/support/fixtures.js';
import { documentNoise } from '../../test/support/noise.js';
import { rng } from '../../test/support/variants.js';
import type { CommitmentChange } from '../../src/index.js';

/** One expected commitment change: its kind and words from the old and/or the new commitment. */
export interface ExpectedCommitment {
  kind: CommitmentChange['kind'];
  old?: string;
  new?: string;
}

/** A labelled pair of rounds. */
export interface CommitmentCase {
  name: string;
  group: 'dev' | 'held-out' | 'held-out-2' | 'seed';
  lang: ExampleLang;
  old: string;
  new: string;
  /** Every commitment change expected, unchanged ones included, unless `partial`. */
  expected: ExpectedCommitment[];
  /** The seed variants label only what changed and expect every other commitment unchanged. */
  partial?: boolean;
}

const E = (kind: ExpectedCommitment['kind'], old?: string, nw?: string): ExpectedCommitment => ({ kind, ...(old ? { old } : {}), ...(nw ? { new: nw } : {}) });
const text = (name: string): string => readFileSync(fileURLToPath(new URL(`./texts/${name}.txt`, import.meta.url)), 'utf8');

const DEV: Record<ExampleLang, ExpectedCommitment[]> = {
  en: [
    E('softened', 'Reaffirmed their strong and unwavering', 'Reaffirmed their commitment'),
    E('unchanged', 'Emphasized that these principles'),
    E('unchanged', 'Expressed their determination to continue'),
    E('unchanged', 'Reviewed in detail'),
    E('softened', 'agreed to make further efforts', 'Agreed to consider, as appropriate'),
    E('softened', 'Condemned in the strongest terms', 'Expressed concern over'),
    E('dropped', 'demanded that they be stopped'),
    E('unchanged', 'Rejected all attempts'),
    E('added', undefined, 'expressed their determination to stand against them'),
    E('unchanged', 'Expressed grave concern'),
    E('strengthened', 'called upon the international community', 'urged the international community'),
    E('unchanged', 'Highlighted the need'),
    E('reworded', 'Welcomed the release', 'Welcomed the continued release'),
    E('added', undefined, 'stressed the importance of expanding'),
    E('dropped', 'Noted the important role'),
    E('unchanged', 'Called for the early convening'),
    E('unchanged', 'urged the parties to engage'),
    E('added', undefined, 'Stressed the need to increase humanitarian demining'),
    E('unchanged', 'Agreed to hold the next', 'in Astana'),
  ],
  ar: [
    E('softened', 'الراسخ والثابت'),
    E('unchanged', 'شددت على أن'),
    E('unchanged', 'رفضت جميع المحاولات'),
    E('unchanged', 'استعرضت بالتفصيل'),
    E('softened', 'اتفقت على بذل', 'اتفقت على النظر'),
    E('softened', 'أدانت بشدة', 'أعربت عن القلق'),
    E('dropped', 'طالبت بوقفها فوراً'),
    E('unchanged', 'أعربت عن عزمها'),
    E('unchanged', 'أعربت عن قلقها البالغ'),
    E('strengthened', 'دعت المجتمع الدولي', 'حثت المجتمع الدولي'),
    E('unchanged', 'أكدت على ضرورة تسهيل العودة'),
    E('unchanged', 'رحبت بعمليات الإفراج'),
    E('dropped', 'أشارت إلى الدور الهام'),
    E('added', undefined, 'دعت إلى عقد الدورة المقبلة'),
    E('unchanged', 'اتفقت على عقد الاجتماع الدولي', 'في أستانا'),
  ],
  ru: [
    E('softened', 'твёрдую и неизменную'),
    E('unchanged', 'Подчеркнули, что эти принципы'),
    E('unchanged', 'рассмотрели ситуацию'),
    E('softened', 'договорились предпринять', 'договорились рассмотреть по возможности'),
    E('unchanged', 'Выразили решимость'),
    E('dropped', 'Отвергли все попытки'),
    E('softened', 'Решительно осудили', 'Выразили обеспокоенность продолжающимися'),
    E('dropped', 'потребовали их'),
    E('unchanged', 'Выразили серьёзную обеспокоенность'),
    E('strengthened', 'призвали международное сообщество', 'Призвали международное сообщество'),
    E('unchanged', 'Отметили необходимость'),
    E('unchanged', 'Приветствовали освобождение'),
    E('added', undefined, 'Приветствовали вклад Управления'),
    E('unchanged', 'Договорились провести', 'в Астане'),
  ],
};

const HELD_OUT: Record<ExampleLang, ExpectedCommitment[]> = {
  en: [
    E('unchanged', 'reaffirmed their determination'),
    E('softened', 'firmly rejected', 'rejected any attempts'),
    E('strengthened', 'called on all parties', 'urged all parties to immediately'),
    E('softened', 'welcomed the progress', 'noted the progress'),
    E('unchanged', 'urged the international community'),
    E('added', undefined, 'demanded the lifting of unilateral sanctions'),
    E('dropped', 'noted with satisfaction'),
    E('softened', 'decided to establish', 'agreed to consider establishing'),
    E('reworded', 'stressed that there can be no military solution', 'emphasized that there can be no military solution'),
    E('added', undefined, 'condemned the attacks on civilian infrastructure'),
  ],
  ar: [
    E('softened', 'التزامها الثابت', 'التزامها بوحدة'),
    E('strengthened', 'أدانت الهجمات', 'أدانت بشدة'),
    E('strengthened', 'دعت الأطراف السورية', 'حثت الأطراف السورية'),
    E('dropped', 'رحبت بالجهود'),
    E('softened', 'اتفقت على مواصلة', 'اتفقت على النظر'),
    E('unchanged', 'أعربت عن استعدادها'),
    E('reworded', 'شددت على ضرورة', 'أكدت على ضرورة'),
    E('added', undefined, 'رفضت جميع المحاولات'),
  ],
  ru: [
    E('strengthened', 'вновь заявили о приверженности', 'вновь заявили о твёрдой'),
    E('softened', 'Решительно осудили', 'Осудили нападения'),
    E('strengthened', 'Призвали стороны', 'Настоятельно призвали'),
    E('softened', 'Приветствовали усилия', 'Отметили усилия'),
    E('softened', 'Договорились продолжить', 'Договорились по возможности'),
    E('unchanged', 'Выразили готовность'),
    E('reworded', 'Подчеркнули необходимость', 'Подчеркнули важность'),
    E('added', undefined, 'Отвергли любые попытки'),
    E('dropped', 'Договорились провести следующую встречу'),
  ],
};

/**
 * A second held-out set, phrased further from the lexicons (press-report
 * attribution, passive and nominal acts, verbs the lexicons may not know).
 * Written and labelled blind, like the first.
 */
const HELD_OUT_2: Record<ExampleLang, ExpectedCommitment[]> = {
  en: [
    E('unchanged', 'underlined their resolve'),
    E('strengthened', 'deplored the continuing loss', 'condemned in the strongest terms'),
    E('unchanged', 'looked forward'),
    E('softened', 'requested the UN Secretary-General', 'as appropriate'),
    E('softened', 'will continue to work', 'may continue to work'),
    E('dropped', 'expressed their readiness'),
    E('added', undefined, 'called for the full implementation'),
  ],
  ar: [
    // Issue 14: the frames «أشار البيان»، «لفت البيان»، «شدد البيان» are the statement speaking
    // (attribution); the commitments are what they introduce. Before, the first frame was
    // labelled a commitment of its own and the second pair a rewording.
    E('strengthened', 'تدعم جهود', 'تدعم بقوة'),
    E('unchanged', 'ضرورة تكثيف الجهود', 'ضرورة تكثيف الجهود'),
    E('strengthened', 'ترفض العقوبات', 'ترفض بشكل قاطع'),
    E('unchanged', 'أهمية عودة اللاجئين'),
    E('added', undefined, 'قررت عقد الاجتماع'),
  ],
  ru: [
    E('strengthened', 'заявили о поддержке', 'заявили о полной поддержке'),
    E('unchanged', 'решено провести'),
    E('softened', 'выступили за скорейшее', 'выступили за возобновление'),
    E('unchanged', 'Выразили надежду'),
    E('added', undefined, 'Настоятельно призвали'),
  ],
};

/** One-change variants of the seed: [name, from, to, expected change]. */
const SEED_EDITS: Array<[string, string, string, ExpectedCommitment]> = [
  ['booster added', 'الالتزام المستمر بسيادة', 'الالتزام الثابت بسيادة', E('strengthened', 'الالتزام المستمر', 'الالتزام الثابت')],
  ['condemnation softened', 'وأدانوا “أنشطة', 'وأعربوا عن قلقهم إزاء “أنشطة', E('softened', 'أدانوا', 'أعربوا عن قلقهم')],
  ['time-bound removed', 'الدورة التاسعة في وقت مبكر للجنة', 'الدورة التاسعة للجنة', E('softened', 'في وقت مبكر', 'دعونا إلى عقد الدورة التاسعة للجنة')],
  ['hedge added', 'واتفقنا على بذل المزيد', 'واتفقنا على النظر في بذل المزيد', E('softened', 'اتفقنا على بذل', 'اتفقنا على النظر')],
  ['booster phrase added', 'المستمرة في سوريا”.', 'المستمرة في سوريا بأشد العبارات”.', E('strengthened', 'إدانة الهجمات', 'بأشد العبارات')],
  ['reworded', 'مواصلة العمل معا لمكافحة', 'مواصلة العمل المشترك لمكافحة', E('reworded', 'العمل معا', 'العمل المشترك')],
  ['booster on emphasis', 'وشددنا على الحاجة', 'وشددنا بقوة على الحاجة', E('strengthened', 'شددنا على الحاجة', 'شددنا بقوة')],
  ['call upgraded to urge', 'ودعت أطراف “أستانا” المجتمع الدولي إلى “تقديم', 'وحثت أطراف “أستانا” المجتمع الدولي على “تقديم', E('strengthened', 'دعت أطراف', 'حثت أطراف')],
  ['negation', 'واتفقنا على أن تحقيق', 'ولم نتفق على أن تحقيق', E('softened', 'اتفقنا على أن', 'نتفق على أن')],
];

function seedCases(): CommitmentCase[] {
  const lines = SEED.split('\n');
  const out: CommitmentCase[] = SEED_EDITS.map(([name, from, to, expected]) => {
    if (!SEED.includes(from)) throw new Error(`seed edit "${name}": text not found`);
    return { name: `seed: ${name}`, group: 'seed', lang: 'ar', old: SEED, new: SEED.replace(from, to), expected: [expected], partial: true };
  });
  const dropped = lines.filter((_, i) => i !== 16).join('\n');
  out.push({ name: 'seed: paragraph dropped', group: 'seed', lang: 'ar', old: SEED, new: dropped, expected: [E('dropped', 'دعت أطراف'), E('dropped', 'استعدادهم لمواصلة')], partial: true });
  const addedLine = [...lines.slice(0, 12), 'وأدان المشاركون بشدة الهجمات على المدنيين في إدلب.', ...lines.slice(12)].join('\n');
  out.push({ name: 'seed: paragraph added', group: 'seed', lang: 'ar', old: SEED, new: addedLine, expected: [E('added', undefined, 'أدان المشاركون بشدة')], partial: true });
  for (let s = 1; s <= 3; s++) out.push({ name: `seed: cosmetic noise ${s}`, group: 'seed', lang: 'ar', old: SEED, new: documentNoise(SEED, rng(s)), expected: [], partial: true });
  const renumbered = lines.map((l, i) => `${i + 1}. ${l}`).join('\n\n');
  out.push({ name: 'seed: renumbered and reflowed', group: 'seed', lang: 'ar', old: SEED, new: renumbered, expected: [], partial: true });
  return out;
}

/** All labelled commitment cases. */
export function commitmentCases(): CommitmentCase[] {
  const cases: CommitmentCase[] = [];
  for (const lang of ['en', 'ar', 'ru'] as const) {
    cases.push({ name: `${lang} example rounds a→b`, group: 'dev', lang, old: exampleRound(lang, 'a'), new: exampleRound(lang, 'b'), expected: DEV[lang] });
    cases.push({ name: `${lang} held-out rounds x→y`, group: 'held-out', lang, old: text(`${lang}-x`), new: text(`${lang}-y`), expected: HELD_OUT[lang] });
    cases.push({ name: `${lang} held-out rounds x2→y2`, group: 'held-out-2', lang, old: text(`${lang}-x2`), new: text(`${lang}-y2`), expected: HELD_OUT_2[lang] });
  }
  cases.push(...seedCases());
  return cases;
}
