/**
 * Persian lexicon of acts, markers and attribution, in the register of the
 * Persian texts of the Astana joint statements (as Iran's foreign ministry
 * publishes them) and of the Iranian press that reports them. Persian is
 * verb-final, and most acts are compound verbs: a noun and a light verb
 * («محکوم کردند», «تأکید نمودند», «ابراز داشتند», «خواستار … شدند»). A
 * pattern starts at the noun and ends at the light verb, whose forms are
 * listed once below. Patterns are folded like the text (ZWNJ out, ي/ك → ی/ک,
 * hamza and madda on alef out, marks out), so «تأکید» also matches «تاکید»
 * and «می‌کنند» «میکنند». Third-person forms only, as the statements write:
 * a first-person «تصمیم گرفتیم» is a quoted official's.
 */
import type { Lexicon, PredicateEntry } from '../types.js';

// The light verbs کردن and نمودن ("to do"): past, perfect, present and
// subjunctive, third person, and the infinitive («ضمن محکوم کردن…»); ساختن and
// ورزیدن after a few nouns («خاطرنشان ساختند», «تأکید ورزیدند»).
// The future's auxiliary and verb typed as one word (a ZWNJ between them, taken out by folding).
const FUTURE_VERBS = ['کرد', 'نمود', 'داد', 'شد', 'داشت', 'کوشید', 'پرداخت'];
const JOINED_FUTURE = ['خواهند', 'خواهد'].flatMap((a) => FUTURE_VERBS.map((v) => a + v)).join('|');
const DO = 'کرد|کردند|کرده*|کردن|میکنند|میکند|کنند|کند|نمود|نمودند|نموده*|نمودن|مینمایند|مینماید|نمایند|نماید|ساختند|ورزیدند';
// Their negative forms, with ن before the verb («محکوم نکردند», «حمایت نمی‌کنند»).
const NOT_DO = DO.replace(/(^|\|)/g, '$1ن');
const HAVE = 'داشت|داشتند|داشته*|دارند|میدارند';
// «ابراز داشتند», «اعلام کردند»: expressed, declared.
const SAY = `ابراز|اعلام|اظهار ~1 ${DO}|${HAVE}`;
// شدن, بودن, finite: «خواستار … شدند», «متعهد هستند» (not a participle in between: «… تخریب شده شدند»).
const BECOME = 'شد|شدند|شدهاند|میشوند|میشود|شوند|هستند|بودند|گردید|گردیدند';
// The impersonal passive, third person singular («تأکید شد», «توافق شده است»).
const PASSIVE = 'شد|شده*|گردید*|میشود|شود';
const GIVE = 'دادند|داده*|میدهند|میدهد|دهند';
// A compound verb, noun and light verb («محکوم کردند»), with its negative
// («محکوم نکردند», also typed «محکوم نمی کنند»), its impersonal passive («محکوم شد») and the «مورد … قرار»
// forms («مورد حمایت قرار دادند», «مورد توافق قرار گرفت»). One word may stand
// between noun and verb («محکوم می کنند»), not two: «بر ادامه تبادل
// بازداشت‌شدگان توافق کردند» is an agreement, not an exchange of views.
const compound = (predicate: string, nouns: string): PredicateEntry[] => [
  { predicate, pattern: `${nouns} ~1 ${DO}|${HAVE}` },
  { predicate, pattern: `${nouns} ~1 ${NOT_DO}`, negative: true },
  { predicate, pattern: `${nouns} نمی کنند|کند|نمایند|نماید`, negative: true },
  { predicate, pattern: `${nouns} ~1 ${PASSIVE}`, impersonal: true },
  { predicate, pattern: `مورد ${nouns} قرار ${GIVE}` },
  { predicate, pattern: `مورد ${nouns} قرار گرفت|گرفته*|گیرد`, impersonal: true },
];
// What one expresses: «ابراز نگرانی کردند», or the noun first, with what it is
// about between, «نگرانی عمیق خود را از وخامت وضعیت … ابراز داشتند»: up to 12
// words, fewer for nouns often in another act's topic, where the gap would run
// over that act's verb («بر حمایت خود از … تأکید کردند و … اعلام کردند»).
const expressed = (predicate: string, nouns: string, gap = 12): PredicateEntry[] => [
  { predicate, pattern: `ابراز|اعلام|اظهار ~1 ${nouns} ~2 ${DO}|${HAVE}` },
  { predicate, pattern: `${nouns} ~${gap} ${SAY}` },
];
const PARTY = 'ترکیه|تورکیه|ایران|روسیه';
const DOC = 'بیانیه|سند|اعلامیه|متن';

export const lexicon: Lexicon = {
  predicates: [
    { predicate: 'reaffirm', pattern: `مجددا|دوباره|دیگر ~2 تاکید|تایید ~2 ${DO}|${HAVE}` },
    { predicate: 'reaffirm', pattern: `تاکید|تایید ~1 مجدد ~2 ${DO}|${HAVE}` },
    { predicate: 'reaffirm', pattern: `مورد تاکید|تایید مجدد قرار ${GIVE}` },
    ...compound('reaffirm', 'تجدید|تکرار|تایید'),
    ...compound('emphasize', 'تاکید|خاطرنشان|تصریح|پافشاری'),
    { predicate: 'emphasize', pattern: 'لازم|ضروری ~1 دانستند|میدانند' },
    ...compound('agree', 'توافق|موافقت'),
    { predicate: 'agree', pattern: 'به توافق ~1 رسیدند|رسیده*|میرسند|برسند' },
    { predicate: 'agree', pattern: 'به توافق ~1 نرسیدند|نرسیده*|نمیرسند', negative: true },
    { predicate: 'decide', pattern: 'تصمیم ~2 گرفتند|گرفته*|میگیرند|بگیرند' },
    // «مقرر کردند», «… را تصویب کردند» (adopted).
    ...compound('decide', 'مقرر|تصویب'),
    ...compound('propose', 'پیشنهاد'),
    { predicate: 'propose', pattern: `پیشنهاد ~1 ${GIVE}` },
    { predicate: 'commit', pattern: `متعهد|پایبند ~2 ${BECOME}|اند` },
    ...compound('commit', 'تعهد'),
    // A future («همکاری خواهند کرد», «برگزار خواهد شد») or a present or
    // subjunctive of doing («باید … را تقویت کنند») where no act follows in the
    // sentence: a commitment, which a modal before it moves.
    // A meeting that «برگزار خواهد شد» («قرار است … برگزار شود») is the decision to hold it, as
    // strong («تصمیم گرفتند نشست بعدی را … برگزار کنند»), so that a report of it does not read as weaker.
    { predicate: 'decide', pattern: 'برگزار|تشکیل خواهد|خواهند شد', nominal: true },
    { predicate: 'decide', pattern: 'برگزار|تشکیل خواهدشد|خواهندشد', nominal: true },
    // (The subjunctive only after «قرار است»: «توافق کردند که … برگزار شود» is the agreement's clause.)
    { predicate: 'decide', pattern: 'قرار است|بود ~12 برگزار|تشکیل شود|شوند|گردد', nominal: true },
    { predicate: 'commit', pattern: `خواهند|خواهد ${FUTURE_VERBS.join('|')}`, nominal: true },
    // The same future typed with a ZWNJ between its two words («برگزار خواهند‌شد»): one word.
    { predicate: 'commit', pattern: JOINED_FUTURE, nominal: true },
    { predicate: 'commit', pattern: 'کنند|میکنند|نمایند|دهند|میدهند|بکوشند', nominal: true },
    ...compound('condemn', 'محکوم|تقبیح'),
    // The first of two compound verbs that share the second's light verb: «… را محکوم و بر … تأکید کردند».
    { predicate: 'condemn', pattern: 'محکوم|تقبیح و' },
    ...compound('reject', 'رد|مخالفت'),
    { predicate: 'reject', pattern: 'نپذیرفتند|نمیپذیرند' },
    { predicate: 'reject', pattern: 'غیرقابلقبول|مردود|ناپذیرفتنی ~1 دانستند|خواندند|میدانند' },
    ...expressed('reject', 'مخالفت'),
    ...compound('demand', 'مطالبه'),
    // «خواستار … شدند» holds what is called for between its two words; where a
    // comma stands between them (a gap stops there), «خواستار» alone is the act.
    // «قویاً خواستار» is an urging by its booster (4 + 0.5).
    { predicate: 'call-upon', pattern: `خواستار|خواهان ~24 ${BECOME}` },
    { predicate: 'call-upon', pattern: 'خواستار|خواهان', nominal: true },
    { predicate: 'call-upon', pattern: 'خواستند|میخواهند|خواستهاند|فراخواند*|فرامیخوان*' },
    // The impersonal passive of a report: «از این گروه خواسته شده است کار خود را ادامه دهد».
    { predicate: 'call-upon', pattern: `خواسته ${PASSIVE}`, impersonal: true },
    ...compound('call-upon', 'دعوت'),
    ...compound('request', 'درخواست|تقاضا'),
    ...compound('welcome', 'استقبال'),
    { predicate: 'welcome', pattern: 'استقبال و' },
    ...expressed('welcome', 'خرسندی|رضایت'),
    ...compound('appreciate', 'قدردانی|تقدیر|تشکر|سپاسگزاری'),
    ...expressed('appreciate', 'قدردانی|سپاس|امتنان'),
    { predicate: 'appreciate', pattern: 'ارج ~1 نهادند|مینهند|نهاده*' },
    ...compound('note', 'اشاره|توجه|بررسی|بحث|مرور|ارزیابی|گفتگو|رایزنی|دیدار'),
    { predicate: 'note', pattern: `تبادل ~1 نظر ~1 ${DO}` },
    { predicate: 'express-concern', pattern: `با نگرانی ~8 اشاره|خاطرنشان ~1 ${DO}` },
    ...expressed('express-concern', 'نگرانی|تاسف'),
    { predicate: 'express-concern', pattern: `هشدار ~1 ${GIVE}` },
    { predicate: 'express-concern', pattern: `ابراز ~1 نگرانی ~1 ${PASSIVE}`, impersonal: true },
    { predicate: 'express-concern', pattern: 'نگران ~2 هستند|بودند|اند' },
    ...expressed('express-determination', 'عزم|اراده'),
    { predicate: 'express-determination', pattern: 'مصمم ~2 هستند|بودند|اند' },
    ...expressed('express-readiness', 'آمادگی'),
    { predicate: 'express-readiness', pattern: 'آماده ~2 هستند|بودند|اند' },
    ...expressed('express-confidence', 'اطمینان|اعتماد|اعتقاد', 6),
    { predicate: 'express-confidence', pattern: 'معتقدند|باورند|متقاعدند' },
    ...expressed('express-hope', 'امیدواری|امید'),
    { predicate: 'express-hope', pattern: 'امیدوارند' },
    { predicate: 'express-hope', pattern: 'امیدوار|امید ~1 هستند|بودند|دارند' },
    { predicate: 'express', pattern: SAY },
    ...expressed('support', 'حمایت|پشتیبانی', 8),
    ...compound('support', 'حمایت|پشتیبانی'),
    ...compound('encourage', 'تشویق|ترغیب|توصیه'),
    ...compound('recall', 'یادآوری'),
    { predicate: 'recall', pattern: `یادآور ~2 ${BECOME}` },
    // Considering an act is weaker than any act: «… را بررسی خواهند کرد», «می‌توانند … را بررسی کنند».
    { predicate: 'consider', pattern: 'بررسی|مطالعه ~1 خواهند|خواهد ~1 کرد|نمود', nominal: true },
    { predicate: 'consider', pattern: 'بررسی|مطالعه ~1 کنند|نمایند|میکنند', nominal: true },
  ],
  markers: [
    { kind: 'booster', pattern: 'به|با ~1 شدیدترین|قاطعترین|قویترین ~1 لحن|وجه|شکل|عبارات|نحو', weight: 1 },
    // Not جدی* (جدید, "new").
    { kind: 'booster', pattern: 'قاطع*|قوی*|شدید*|شدت|بهشدت|راسخ|استوار|تزلزلناپذیر|خللناپذیر|کامل*|عمیق*|جدی|جدیت|جدا|صریح*|اکیدا|مصرانه|مطلق*' },
    { kind: 'booster', pattern: 'تزلزل|خلل ناپذیر' },
    { kind: 'booster', pattern: 'به گرمی' },
    { kind: 'booster', pattern: 'مجددا|دوباره', weight: 0.25 },
    { kind: 'booster', pattern: 'بار دیگر', weight: 0.25 },
    // «در صورت لزوم», «بر حسب نیاز», «در حد امکان», «حسب مورد» (as appropriate).
    { kind: 'hedge', pattern: 'در|بر صورت|حسب|حد ~1 لزوم|نیاز|ضرورت|امکان|اقتضا|مورد' },
    { kind: 'hedge', pattern: 'حسب ~1 لزوم|نیاز|ضرورت|اقتضا|مورد' },
    { kind: 'hedge', pattern: 'تا ~1 حد|جای ~1 امکان|ممکن' },
    { kind: 'hedge', pattern: 'اصولا|امکان' },
    // «تا حدودی» (to some extent).
    { kind: 'hedge', pattern: 'تا حدودی|حدی' },
    // «در حد توان» (as far as they can), «به طور کلی» (by and large), «به نظر می‌رسد» (it seems).
    { kind: 'hedge', pattern: 'در حد ~1 توان|مقدور|امکانات' },
    { kind: 'hedge', pattern: 'به طور ~1 کلی|کل' },
    { kind: 'hedge', pattern: 'بطورکلی|بهطورکلی|عموما|کلا' },
    { kind: 'hedge', pattern: 'به نظر میرسد|میرسید' },
    { kind: 'modal', pattern: 'باید|بایستی|میبایست*', weight: 0.5 },
    { kind: 'modal', pattern: 'بهتر|شایسته است', weight: 0 },
    // «می‌توانند», also typed «می توانند».
    { kind: 'modal', pattern: 'میتوان*|ممکن|احتمالا|شاید', weight: -0.5 },
    { kind: 'modal', pattern: 'می توان*', weight: -0.5 },
    { kind: 'modal', pattern: `خواهند|خواهد|${JOINED_FUTURE}`, weight: 0.25 },
    // Not «آمادگی», which is also «آمادگی ها» (preparations) typed with a space.
    { kind: 'modal', pattern: 'آماده', weight: -0.25 },
    // The negation of a modal governs the verb after it («نتوانستند … توافق کنند»); ن on
    // the verb itself is in the predicates (PredicateEntry.negative).
    { kind: 'negation', pattern: 'نتوانست*|نمیتوان*|نتوانند' },
    { kind: 'negation', pattern: 'نمی توان*' },
    // Conditions on when or whether the act applies.
    { kind: 'condition', pattern: 'در|به صورت|محض|مجرد ~3 فراهم|مهیا|مساعد|اجازه|بهبود|تحقق' },
    { kind: 'condition', pattern: 'بهمحض|بهمجرد ~3 فراهم|مهیا|مساعد|اجازه|بهبود|تحقق' },
    { kind: 'condition', pattern: 'هرگاه|چنانچه|اگر|درصورتیکه' },
    { kind: 'condition', pattern: 'در صورتی که' },
    { kind: 'condition', pattern: 'مشروط|منوط|شرط به|آنکه|اینکه' },
    // «به شرط تأمین امنیت» (provided that security is ensured).
    { kind: 'condition', pattern: 'به|با شرط|شرطی' },
    { kind: 'condition', pattern: 'بسته|متناسب ~1 به|با ~1 شرایط|تحولات' },
    { kind: 'condition', pattern: 'با رضایت|موافقت' },
    { kind: 'scope', pattern: 'همه|تمام|تمامی|کلیه|هرگونه|سراسر|گسترش|تشدید|افزایش' },
    // «از جمله …», «به‌ویژه …»: dropping the extension narrows.
    { kind: 'scope', pattern: 'از جمله' },
    { kind: 'scope', pattern: 'به ویژه|خصوص' },
    { kind: 'scope', pattern: 'بویژه|بهویژه|بخصوص|خصوصا' },
    // Urgency, graded: فوراً > در اسرع وقت > در زمان مناسب.
    { kind: 'time', pattern: 'فورا|فوری|فوریت|بیدرنگ' },
    { kind: 'time', pattern: 'بدون ~1 درنگ|تاخیر' },
    { kind: 'time', pattern: 'در اسرع وقت', weight: 0.25 },
    { kind: 'time', pattern: 'چه سریعتر|زودتر', weight: 0.25 },
    { kind: 'time', pattern: 'هرچه|هر ~1 سریعتر|زودتر', weight: 0.25 },
    { kind: 'time', pattern: 'سریعا|بسرعت|بهسرعت|تسریع', weight: 0.25 },
    { kind: 'time', pattern: 'زمان|موقع ~1 مناسب|مقتضی', weight: -0.25 },
    // Not «آینده»: «نشست آینده» is the next meeting.
    { kind: 'time', pattern: 'تدریج*|بتدریج|بهتدریج|بعدا', weight: -0.25 },
    { kind: 'time', pattern: 'تاریخی ~3 توافق|تعیین', weight: -0.25 },
  ],
  attribution: [
    'به گزارش',
    // «به گفته بیانیه، …» (according to the statement); «به گفته ناظران» is a third party's.
    `به گفته ~1 ${DOC}`,
    `به نقل از ~2 ${DOC}`,
    `در ~4 ${DOC} ~3 آمده|میخوانیم`,
    `در ~4 ${DOC} ~3 آمده است`,
    `بنابر|طبق|براساس|مطابق|بنا|بر ~2 ${DOC}`,
    `${DOC} ~2 میافزاید|افزوده|میگوید|آمده`,
    // The preamble's «… این بیانیه را تصویب کردند:»: adopting the statement, not a commitment in it.
    `${DOC} را ~1 تصویب|امضا|صادر ~1 کردند|نمودند`,
    // …and its «… موارد زیر را اعلام کردند:» (declared the following): what follows is the statement's.
    'موارد|نکات|مطالب زیر|ذیل را ~1 اعلام|بیان|اعلان|تصریح ~1 کردند|نمودند|داشتند',
    'به شرح زیر|ذیل',
  ],
  parties: [
    // Not «نماینده» or «وزیر», one official: a third party.
    'طرفها|طرفین|ضامن*|هییتها|هیاتها|رهبران|روسا*|وزرای|وزیران|نمایندگان|آنها',
    // «طرف‌ها» typed with a space.
    'طرف|هییت|هیات ها|های',
    'سه ~1 کشور|کشورها|دولت',
    // All three named (two of them are a party: «ایران و روسیه بر … تأکید کردند»).
    `${PARTY} ~2 ${PARTY} ~3 ${PARTY}`,
    `جمهوری ~2 ${PARTY} ~3 ${PARTY} ~3 ${PARTY}`,
    `هییتهای|هیاتهای|طرفهای|کشورهای|نمایندگان|وزرای|وزیران ~2 ${PARTY} ~3 ${PARTY} ~3 ${PARTY}`,
    DOC,
  ],
  // One or two of them named: «ایران و روسیه», «طرف‌های ایرانی و روسی».
  party: [
    `${PARTY}|آنکارا|تهران|مسکو`,
    `${PARTY} و ${PARTY}`,
    `هییتهای|هیاتهای|کشورهای|نمایندگان|وزرای|وزیران ~2 ${PARTY} و ${PARTY}`,
    `جمهوری|فدراسیون ~2 ${PARTY}`,
    `طرف|هییت|هیات|جانب|طرفهای|هییتهای|هیاتهای ${PARTY}|ترکیهای|ترک|ایرانی|روس|روسی`,
    `طرفهای|هییتهای|هیاتهای ${PARTY}|ترکیهای|ترک|ایرانی|روس|روسی و ${PARTY}|ترکیهای|ترک|ایرانی|روس|روسی`,
  ],
  // The agent of a passive act, anywhere before it: «… توسط سه کشور محکوم شد», «از سوی ایران و روسیه
  // مورد استقبال قرار گرفت» (two of them).
  agents: {
    parties: [`از سوی|جانب ${PARTY} ~2 ${PARTY} ~3 ${PARTY}`, 'توسط|سوی|جانب ~1 سه ~1 کشور|دولت|کشورهای', 'توسط|سوی|جانب طرفها|طرفین|ضامنها|ضامنان|کشورهای', `توسط|سوی|جانب ${PARTY} ~2 ${PARTY} ~3 ${PARTY}`],
    party: [`توسط|سوی|جانب ${PARTY} و ${PARTY}`, `توسط|سوی|جانب ${PARTY}`, `از سوی|جانب ${PARTY} و ${PARTY}`, `از سوی|جانب ${PARTY}`],
  },
  thirdParty: [
    // One official, office or agency, then a verb in the singular (the parties' verbs are plural).
    'وزیر|وزارت|سخنگو*|سفیر|مقام|مقامات|منبع|منابع|خبرگزاری|رئیس*|معاون|مشاور|دیپلمات|فرستاده|نماینده|دفتر|دبیرکل ~12 گفت|افزود|کرد|نمود|داشت|میگوید|میکند|گفته|افزوده|کرده|دارد',
    'کارشناسان|ناظران|تحلیلگران ~3 معتقدند|میگویند|باورند',
    'او|وی ~3 گفت|افزود|کرد|داشت',
    'به گفته|نوشته|اعتقاد|عقیده',
    // A pluperfect is the reporter's background («آنکارا پیش از این … را محکوم کرده بود»), never the statement's.
    'کرده|نموده بود|بودند',
  ],
  // No addresseeEnds: in a verb-final clause the addressee stands before the act («از جامعه بین‌المللی خواستند»).
  clauseBreaks: ['اما|ولی|لیکن|هرچند|اگرچه|درحالیکه', 'در حالی'],
  furniture: ['بیشتر|همچنین بخوانید', 'بخوانید|عکس|تصویر|ویدئو|فیلم|آگهی', 'مطالب|اخبار مرتبط'],
};
