/**
 * Texts for the reports across languages (illustrative, written for these
 * tests): an English statement of five items, an Arabic and a Russian version
 * of it that soften a condemnation into concern (the Arabic one also cites
 * resolution 2245 for 2254), and an Arabic press report of it — a dateline,
 * then «وأكد البيان…» — that covers some items and leaves the others out.
 * The diffs are made with the core and only the English, Arabic and Russian
 * packs, each side's language given.
 */
import { diffCommuniques } from '../../src/core.js';
import { ar } from '../../src/languages/ar/index.js';
import { en } from '../../src/languages/en/index.js';
import { ru } from '../../src/languages/ru/index.js';
import type { CommuniqueDiff, Language } from '../../src/core.js';

/** A comparison of two texts in the given languages, read by the English, Arabic and Russian packs. */
export const across = (a: string, b: string, lang: { old: Language; new: Language }): CommuniqueDiff => diffCommuniques(a, b, { languages: [en, ar, ru], lang });

/** The English statement. */
export const STATEMENT = [
  '1. Reaffirmed their strong commitment to the sovereignty, independence, unity and territorial integrity of the Syrian Arab Republic.',
  '2. Condemned the continuing attacks on civilians in Idlib.',
  '3. Called upon the parties to release all detainees immediately.',
  '4. Stressed that the conflict can only be resolved through a political process in line with UN Security Council Resolution 2254.',
  '5. Agreed to hold the next meeting in Astana in November 2025.',
].join('\n\n');

/** Its Arabic version: "strong" gone, concern for condemnation, "can only" (يمكن, a modal a grade away: no divergence) and resolution ٢٢٤٥. */
export const ARABIC = [
  '١. أكدت الأطراف التزامها بسيادة الجمهورية العربية السورية واستقلالها ووحدتها وسلامة أراضيها.',
  '٢. أعربت عن قلقها إزاء الهجمات المستمرة على المدنيين في إدلب.',
  '٣. دعت الأطراف إلى الإفراج عن جميع المحتجزين فوراً.',
  '٤. شددت على أن النزاع لا يمكن حله إلا من خلال عملية سياسية وفقاً لقرار مجلس الأمن الدولي ٢٢٤٥.',
  '٥. اتفقت على عقد الاجتماع المقبل في أستانا في تشرين الثاني/نوفمبر ٢٠٢٥.',
].join('\n\n');

/** Its Russian version: concern for condemnation, the same numbers. */
export const RUSSIAN = [
  '1. Подтвердили свою твёрдую приверженность суверенитету, независимости, единству и территориальной целостности Сирийской Арабской Республики.',
  '2. Выразили обеспокоенность продолжающимися нападениями на мирных жителей в Идлибе.',
  '3. Призвали стороны немедленно освободить всех задержанных.',
  '4. Подчеркнули, что конфликт может быть урегулирован только путём политического процесса в соответствии с резолюцией СБ ООН 2254.',
  '5. Договорились провести следующую встречу в Астане в ноябре 2025 года.',
].join('\n\n');

/** An Arabic press report of the statement: a dateline, then what the statement said (items 1, 4 and 5). */
export const REPORT = [
  'نشر في 18 تشرين الثاني/نوفمبر 2025',
  'وأكد البيان التزام الدول الضامنة بسيادة الجمهورية العربية السورية واستقلالها ووحدتها وسلامة أراضيها.',
  'وأكد البيان أن النزاع لا يمكن حله إلا من خلال عملية سياسية وفقاً لقرار مجلس الأمن الدولي 2254.',
  'واتفقت الأطراف، بحسب البيان، على عقد الاجتماع المقبل في أستانا في تشرين الثاني/نوفمبر 2025.',
].join('\n\n');

/** The statement and its Arabic version. */
export const enAr = (): CommuniqueDiff => across(STATEMENT, ARABIC, { old: 'en', new: 'ar' });
/** The statement and its Russian version. */
export const enRu = (): CommuniqueDiff => across(STATEMENT, RUSSIAN, { old: 'en', new: 'ru' });
/** The statement and the Arabic press report of it. */
export const enReport = (): CommuniqueDiff => across(STATEMENT, REPORT, { old: 'en', new: 'ar' });

/** The text of a side of a change: its paragraphs' texts. */
export const sideTexts = (diff: CommuniqueDiff, side: 'old' | 'new', i: number): string[] => (diff.alignment[i]?.[side] ?? []).map((p) => diff[side].paragraphs[p]?.text ?? '');
