/**
 * Arabic lexicon of acts, markers and attribution, for statements and for
 * press reports that quote them (as the round-20 seed). Patterns are written
 * in ordinary spelling and folded like the text (hamza and alef variants, ta
 * marbuta, alef maqsura, tashkeel), and a leading conjunction و is ignored on
 * both sides. Verb forms are listed rather than stemmed: Arabic light
 * stemming does not reach verb prefixes (يؤكد، تدين) reliably. Forms: past
 * (3rd person, 1st plural) and present (3rd person, 1st plural).
 */
import type { Lexicon } from '../types.js';

// The three guarantors by name, folded.
const GUARANTOR = 'تركيا|إيران|روسيا|أنقرة|طهران|موسكو';

// «أبدت الدول الثلاث قلقها من…»: showed (أبدى), as «أعربت عن» expressed, with the noun
// a few words on and no «عن». Not a prefix: «أبداً» is "never".
const SHOW = 'أبدى|أبدت|أبدوا|أبدتا|تبدي|يبدي|يبدون|يبدوا';
const SHOWN: ReadonlyArray<readonly [string, string]> = [
  ['express-concern', 'قلق*|القلق*'],
  ['welcome', 'ارتياح*|الارتياح'],
  ['support', 'دعم*|تأييد*'],
  ['reject', 'رفض*'],
  ['express-determination', 'عزم*|العزم'],
  ['express-readiness', 'استعداد*|الاستعداد'],
];

export const lexicon: Lexicon = {
  predicates: [
    ...SHOWN.map(([predicate, nouns]) => ({ predicate, pattern: `${SHOW} ~4 ${nouns}` })),
    { predicate: 'reaffirm', pattern: 'أكد* ~2 من جديد' },
    { predicate: 'reaffirm', pattern: 'أكد* ~1 مجددا|مجدداً' },
    { predicate: 'reaffirm', pattern: 'جدد* ~1 التأكيد|تأكيد*|التزام*' },
    // «وجددت دعمها…», «وجددوا تمسكهم…»: renewing is reaffirming (not تجدد, also "renewal").
    { predicate: 'reaffirm', pattern: 'جددت|جددوا|جددنا|يجدد|نجدد|يجددون' },
    { predicate: 'reaffirm', pattern: 'أعاد* ~1 التأكيد' },
    { predicate: 'reaffirm', pattern: 'كرر|كررت|كرروا|كررنا|يكرر|تكرر' },
    { predicate: 'emphasize', pattern: 'أكد|أكدت|أكدوا|أكدنا|يؤكد|تؤكد|نؤكد|يؤكدون|مؤكد*' },
    { predicate: 'emphasize', pattern: 'شدد|شددت|شددوا|شددنا|يشدد|تشدد|نشدد|يشددون|مشدد*' },
    { predicate: 'emphasize', pattern: 'التأكيد|أهمية|ضرورة', nominal: true },
    { predicate: 'emphasize', pattern: 'الحاجة إلى', nominal: true },
    { predicate: 'agree', pattern: 'اتفق|اتفقت|اتفقوا|اتفقنا|يتفق|تتفق|نتفق|توافق|توافقت|توافقوا' },
    { predicate: 'decide', pattern: 'قرر|قررت|قرروا|قررنا|يقرر|تقرر|نقرر' },
    { predicate: 'propose', pattern: 'اقترح|اقترحت|اقترحوا|يقترح|تقترح' },
    { predicate: 'commit', pattern: 'التزم|التزمت|التزموا|التزمنا|يلتزم|تلتزم|يلتزمون|تعهد*|يتعهد*|تتعهد|نتعهد' },
    { predicate: 'commit', pattern: 'الالتزام|التزام*|بالالتزام', nominal: true },
    { predicate: 'condemn', pattern: 'أدان|أدانت|أدانوا|أدنا|يدين|تدين|ندين|يدينون|يدن|تدن|استنكر*|شجب*' },
    { predicate: 'condemn', pattern: 'إدانة|الإدانة', nominal: true },
    { predicate: 'reject', pattern: 'رفض|رفضت|رفضوا|رفضنا|يرفض|ترفض|نرفض|عارض|عارضت|عارضوا' },
    { predicate: 'reject', pattern: 'الرفض', nominal: true },
    { predicate: 'demand', pattern: 'طالب|طالبت|طالبوا|طالبنا|يطالب|تطالب|نطالب' },
    { predicate: 'demand', pattern: 'المطالبة', nominal: true },
    // With the jussive after لم (لم تدع، لم تدن).
    { predicate: 'call-upon', pattern: 'دعا|دعت|دعوا|دعونا|يدعو|تدعو|ندعو|يدعون|يدع|تدع|ندع' },
    { predicate: 'call-upon', pattern: 'الدعوة|دعوة', nominal: true },
    // «جددوا دعوتهم إلى…», «ولم تكرر الدعوة إلى…».
    { predicate: 'call-upon', pattern: 'جدد*|كرر*|يجدد|تجدد ~1 دعوت*|الدعوة|دعوة|نداء*|النداء' },
    { predicate: 'urge', pattern: 'حث|حثت|حثوا|حثثنا|يحث|تحث|نحث|ناشد|ناشدت|ناشدوا' },
    { predicate: 'request', pattern: 'طلب|طلبت|طلبوا|طلبنا|يطلب|تطلب' },
    { predicate: 'welcome', pattern: 'رحب|رحبت|رحبوا|رحبنا|يرحب|ترحب|نرحب|يرحبون|مرحب*' },
    // Not وافق/وافقت: their و is a root letter, which the reading takes for "and".
    { predicate: 'agree', pattern: 'يوافق|يوافقون|يتفقون' },
    { predicate: 'appreciate', pattern: 'نوه|نوهت|نوهوا|ينوه|تنوه' },
    { predicate: 'express-readiness', pattern: 'مستعد|مستعدة|مستعدون|مستعدين', nominal: true },
    { predicate: 'express-determination', pattern: 'عازم|عازمة|عازمون|عازمين', nominal: true },
    { predicate: 'welcome', pattern: 'الترحيب', nominal: true },
    { predicate: 'note', pattern: 'أشار|أشارت|أشاروا|أشرنا|يشير|تشير|مشير*|لاحظ*' },
    { predicate: 'note', pattern: 'أحاط*|أخذ*|يحيط*|تحيط*|نحيط|يأخذ*|تأخذ* علما' },
    { predicate: 'note', pattern: 'ناقش|ناقشت|ناقشوا|ناقشنا|استعرض*|بحث|بحثت|بحثوا|بحثنا' },
    { predicate: 'note', pattern: 'تم|تمت|جرى النظر|مناقشة|بحث|استعراض' },
    // The passive "تم/تمت + verbal noun" (تمت إدانة: "was condemned") is an act, not a noun phrase.
    { predicate: 'condemn', pattern: 'تم|تمت|جرى إدانة|الإدانة' },
    { predicate: 'reject', pattern: 'تم|تمت|جرى رفض|الرفض' },
    { predicate: 'emphasize', pattern: 'تم|تمت|جرى التأكيد|التشديد' },
    { predicate: 'reaffirm', pattern: 'تم|تمت|جرى التأكيد|التشديد ~1 من جديد' },
    { predicate: 'agree', pattern: 'تم|تمت|جرى الاتفاق|التوافق' },
    { predicate: 'agree', pattern: 'الاتفاق|التوافق', nominal: true },
    { predicate: 'agree', pattern: 'توصل*|تتوصل*|يتوصل*|نتوصل* ~2 اتفاق|الاتفاق|تفاهم', nominal: true },
    // A passive act after a comma in mid-paragraph («وتم التعبير عن القلق») starts a commitment of its own.
    { predicate: 'express-concern', pattern: 'تم|تمت|جرى التعبير ~2 عن ~2 قلق*|القلق*' },
    { predicate: 'condemn', pattern: 'أعرب*|عبر* ~6 عن ~2 إدانة*|الإدانة|ادانت*|إدانت*' },
    { predicate: 'reject', pattern: 'أعرب*|عبر* ~6 عن ~2 رفض*' },
    { predicate: 'support', pattern: 'أعرب*|عبر* ~6 عن ~2 دعم*|تأييد*' },
    { predicate: 'welcome', pattern: 'أعرب*|عبر* ~6 عن ~2 ارتياح*|ترحيب*' },
    { predicate: 'emphasize', pattern: 'وجوب', nominal: true },
    { predicate: 'welcome', pattern: 'تم|تمت|جرى الترحيب' },
    { predicate: 'express-concern', pattern: 'أعرب*|عبر* ~6 عن ~2 قلق*|القلق*' },
    { predicate: 'express-concern', pattern: 'القلق', nominal: true },
    { predicate: 'express-determination', pattern: 'أعرب*|عبر* ~6 عن ~2 عزم*|العزم' },
    { predicate: 'express-readiness', pattern: 'أعرب*|عبر* ~6 عن ~2 استعداد*' },
    { predicate: 'express-confidence', pattern: 'أعرب*|عبر* ~6 عن ~2 ثقت*|الثقة' },
    { predicate: 'express-hope', pattern: 'أعرب*|عبر* ~6 عن ~2 أمل*|الأمل' },
    { predicate: 'appreciate', pattern: 'أعرب*|عبر* ~6 عن ~2 تقدير*|امتنان*|شكر*' },
    { predicate: 'appreciate', pattern: 'ثمن|ثمنت|ثمنوا|يثمن' },
    { predicate: 'express', pattern: 'أعرب|أعربت|أعربوا|أعربنا|يعرب|تعرب|نعرب' },
    { predicate: 'express', pattern: 'عبر|عبرت|عبروا ~6 عن' },
    { predicate: 'encourage', pattern: 'شجع|شجعت|شجعوا|يشجع|تشجع' },
    { predicate: 'support', pattern: 'دعمت|دعموا|يدعم|تدعم|يدعمون|سيدعم*|ستدعم*|سندعم|أيد|أيدت|أيدوا' },
    // A future (س) or a modal (قد، يمكن أن) before a verb of doing, where no act has
    // opened the sentence («وستتخذ الدول الضامنة…», «قد يتخذون خطوات»).
    { predicate: 'commit', pattern: 'سيتخذ|ستتخذ|سيتخذون|سيواصل|ستواصل|سيواصلون|سيعمل|ستعمل|سيعملون|سيقوم|ستقوم|سيقومون|ستعقد|سيعقد|سيبذل|ستبذل|سيبذلون|سيسعى|ستسعى|سيسعون|سيساهم|ستساهم|سيساهمون|سيسهم|ستسهم|سيسهمون|سيساعد|ستساعد|سيعزز|ستعزز|سيعززون|سيكثف|ستكثف|سيقدم|ستقدم|سيقدمون', nominal: true },
    { predicate: 'commit', pattern: 'قد|يمكن|يمكنها|يمكنهم ~1 أن ~1 يتخذ|تتخذ|يتخذون|يواصل|تواصل|يواصلون|يعمل|تعمل|يعملون|يقوم|تقوم|يقومون|تعقد|يعقد|يبذل|تبذل|يبذلون|يسعى|تسعى|يسعون|يساهم|تساهم|يساهمون|يسهم|تسهم|يسهمون|يساعد|تساعد|يعزز|تعزز|يعززون|يكثف|تكثف|يقدم|تقدم|يقدمون', nominal: true, strength: 3.5 },
    { predicate: 'commit', pattern: 'قد يتخذ|تتخذ|يتخذون|يواصل|تواصل|يواصلون|يعمل|تعمل|يعملون|يقوم|تقوم|يقومون|تعقد|يعقد|يبذل|تبذل|يبذلون|يسعى|تسعى|يسعون|يساهم|تساهم|يساهمون|يسهم|تسهم|يسهمون|يساعد|تساعد|يعزز|تعزز|يعززون|يكثف|تكثف|يقدم|تقدم|يقدمون', nominal: true, strength: 3.5 },
    // Considering an act is weaker than any act (inside another act's clause, "agreed to consider", it is that act's hedge): «ستنظر في عقد…», «قد تنظر في دعم…».
    { predicate: 'consider', pattern: 'تنظر|ستنظر|ينظر|سينظر|ينظرون|سينظرون ~3 في', nominal: true },
    // «ومن المقرر أن تعقد الجولة المقبلة…», «ستعقد الجولة المقبلة…»: a meeting scheduled is the
    // decision to hold it, as strong («قرروا عقد الاجتماع المقبل…»), so that a report of it does not read as weaker.
    { predicate: 'decide', pattern: 'من المقرر|المزمع أن', nominal: true },
    // (With the meeting it holds: «ستعقد الدول الضامنة مشاورات» is a commitment of the states.)
    { predicate: 'decide', pattern: 'ستعقد|سيعقد|ستنعقد|سينعقد|ستلتئم ~2 الجولة|الاجتماع|الجلسة|القمة|جولة|اجتماع|الدورة', nominal: true },
    // An obligation on someone, as a clause of its own («وينبغي على جميع الأطراف…»).
    { predicate: 'call-upon', pattern: 'يجب|يتعين ~1 على', nominal: true, strength: 4.5 },
    { predicate: 'call-upon', pattern: 'ينبغي ~1 على|ل*', nominal: true },
    { predicate: 'express-determination', pattern: 'أعلن*|أبد* ~3 عزم*|العزم' },
    { predicate: 'express-readiness', pattern: 'أعلن*|أبد* ~3 استعداد*' },
  ],
  markers: [
    { kind: 'booster', pattern: 'بأشد العبارات', weight: 1 },
    { kind: 'booster', pattern: 'بشكل|بصورة قاطع|حازم|كامل|تام|قوي' },
    { kind: 'booster', pattern: 'الراسخ*|راسخ*|الثابت*|ثابت*|بشدة|الشديد*|شديد*|البالغ*|بالغ*|الكامل*|كامل*|التام*|القوي*|بقوة|الحازم*|بحزم|القاطع*|العميق*|عميق*|المطلق*' },
    { kind: 'hedge', pattern: 'حسب|عند|وفق الاقتضاء|الحاجة|الإمكان' },
    { kind: 'hedge', pattern: 'قدر الإمكان' },
    { kind: 'hedge', pattern: 'إن|حيثما أمكن' },
    { kind: 'hedge', pattern: 'على النظر' },
    { kind: 'hedge', pattern: 'دراسة|بحث إمكانية' },
    { kind: 'hedge', pattern: 'إمكانية' },
    // «ربما يساعد» (may help).
    { kind: 'hedge', pattern: 'ربما|لعل' },
    { kind: 'hedge', pattern: 'السعي|بالسعي' },
    { kind: 'hedge', pattern: 'عند|حسب الضرورة|الحاجة|اللزوم' },
    { kind: 'hedge', pattern: 'كلما|ما أمكن' },
    { kind: 'hedge', pattern: 'بالقدر ~1 الممكن|المستطاع' },
    { kind: 'hedge', pattern: 'إن|إذا لزم الأمر' },
    { kind: 'booster', pattern: 'بصرامة|الصارم*|صارم*|الجدي*|الجاد*|بجدية|المطلق*|مطلق*|بالكامل|أشد|البالغة|القصوى' },
    { kind: 'booster', pattern: 'بكل قوة' },
    // «رفضت رفضاً قاطعاً» (rejected outright): the verb's noun, then the adjective.
    { kind: 'booster', pattern: 'قاطعا|قاطعة|تاما' },
    { kind: 'booster', pattern: 'جملة وتفصيلا' },
    { kind: 'booster', pattern: 'مجددا|مجدداً', weight: 0.25 },
    { kind: 'booster', pattern: 'مرة أخرى', weight: 0.25 },
    { kind: 'modal', pattern: 'يجب|يتعين', weight: 0.5 },
    // «وجوب احترام …» (the obligation to): must, as يجب.
    { kind: 'modal', pattern: 'وجوب|بوجوب', weight: 0.5 },
    { kind: 'modal', pattern: 'لا بد', weight: 0.5 },
    { kind: 'modal', pattern: 'ينبغي', weight: 0 },
    { kind: 'modal', pattern: 'قد|يمكن|يمكنها|يمكنهم|بإمكان*|بوسع*', weight: -0.5 },
    { kind: 'modal', pattern: 'سوف', weight: 0.25 },
    { kind: 'modal', pattern: 'مستعد*|استعداد*', weight: -0.25 },
    { kind: 'negation', pattern: 'لا|لم|لن|ليس|ليست|لسنا|تعذر|فشل*|عدم|امتنع*|امتنعت' },
    // «من دون أن تبدي استعدادها», «دون أن يتفقوا»: without doing it.
    { kind: 'negation', pattern: 'دون أن' },
    // Conditions on when or whether the act applies.
    { kind: 'condition', pattern: 'متى|حالما|عندما|إذا|حين|بمجرد|ريثما ~4 سمحت|تسمح|يسمح|سمح|توفر|توافر|تحقق|تحققت|توفرت|تتوفر|يتوفر|توافرت|تتوافر|يتوافر|أتاحت|تتيح|يتيح|تهيأت|تتهيأ|تحسنت|تتحسن|يتحسن|استقرت|تستقر|يستقر|نضجت|تنضج' },
    // "When X is available / ready": a verbal noun after عند/لدى/مع («عند توفر التمويل اللازم»).
    { kind: 'condition', pattern: 'عند|لدى ~1 توفر|توافر|تهيئة|تهيؤ|تحسن|استقرار|نضوج|اكتمال|سماح' },
    { kind: 'condition', pattern: 'وفقا|تبعا|طبقا ~1 للظروف|للأوضاع|لتطورات|للتطورات' },
    { kind: 'condition', pattern: 'في ضوء ~1 الظروف|التطورات|الأوضاع' },
    { kind: 'condition', pattern: 'شريطة|بشرط|شرط|رهنا|رهن|مرهونا|مشروطا' },
    { kind: 'condition', pattern: 'في حال|حالة' },
    { kind: 'condition', pattern: 'إلا إذا' },
    { kind: 'condition', pattern: 'في حال ~2 توفر*|سمحت|تحسن*' },
    { kind: 'condition', pattern: 'بحسب|حسب ~1 الظروف|الأوضاع' },
    { kind: 'condition', pattern: 'وفقا ~1 لتطور*' },
    { kind: 'scope', pattern: 'جميع|بجميع|لجميع|كل|بكل|لكل|كافة|بكافة|لكافة' },
    { kind: 'scope', pattern: 'توسيع*|وتوسيع*|تكثيف*|توسيعه*' },
    // «بما في ذلك …»: dropping the extension narrows.
    { kind: 'scope', pattern: 'بما في ذلك' },
    { kind: 'scope', pattern: 'بما فيها|فيه|فيهم' },
    { kind: 'scope', pattern: 'لا سيما' },
    // Urgency, graded: فوراً > في أقرب وقت ممكن > في الوقت المناسب.
    { kind: 'time', pattern: 'فورا|الفوري*|فوري*|عاجل*|العاجل*' },
    { kind: 'time', pattern: 'دون|بدون تأخير|إبطاء' },
    { kind: 'time', pattern: 'من دون تأخير|إبطاء' },
    { kind: 'time', pattern: 'على الفور' },
    { kind: 'time', pattern: 'في أقرب وقت ~1 ممكن', weight: 0.25 },
    { kind: 'time', pattern: 'في أقرب وقت', weight: 0.25 },
    { kind: 'time', pattern: 'في وقت مبكر', weight: 0.25 },
    { kind: 'time', pattern: 'في الوقت|الأوان المناسب|الملائم', weight: -0.25 },
    { kind: 'time', pattern: 'في وقت لاحق|لاحقا|تدريجيا|مستقبلا', weight: -0.25 },
    { kind: 'time', pattern: 'في موعد ~1 يحدد|سيحدد|يتفق|يتم', weight: -0.25 },
  ],
  attribution: [
    'أردف*|تحدث*|لفت*|ورد|أضاف|أضافت|أضافوا|قال|قالت|قالوا|ذكر|ذكرت|أوضح*|أصدر*|تابع',
    'وفق|بحسب|حسب ما',
    'جاء في',
    'عن ~1 البيان|الإعلان|الوثيقة',
    // The statement as the speaker of a frame («وأكد البيان الختامي أن…»): what follows is its content.
    'أكد|أكدت|أشار|أشارت|شدد|شددت|ذكر|ذكرت|أوضح|أوضحت|لفت|نوه ~2 البيان|الإعلان|الوثيقة|بيان',
    'وفق|بحسب|حسب ~1 البيان|الإعلان|الوثيقة|ما',
  ],
  parties: [
    // Not الوزراء: «رئيس الوزراء» is a prime minister.
    'الأطراف|الدول|الضامنة|الضامنين|المشاركون|المشاركين|الوفود|الجانبين|الثلاث|الثلاثة|البلدان|الرؤساء|رؤساء|القادة',
    'البيان|الإعلان|الوثيقة|بيان',
    // All three named, in any order («إيران وروسيا وتركيا»); two of them are a party (below).
    // Each after the other, the last two with «و» («رحبت روسيا وتركيا بجهود إيران» names two).
    `${GUARANTOR} ${GUARANTOR} ${GUARANTOR}`,
    `${GUARANTOR} و ${GUARANTOR} و ${GUARANTOR}`,
  ],
  // One or two of them named («إيران وروسيا»: a different speaker from the three).
  party: ['تركيا|إيران|روسيا|أنقرة|طهران|موسكو', `${GUARANTOR} ~2 ${GUARANTOR}`, 'الجانب|الوفد التركي|الإيراني|الروسي', 'الجانبان|الوفدان التركي|الإيراني|الروسي'],
  thirdParty: [
    // An act with an official or a ministry right after it as its subject («ورحب مكتب المبعوث…»):
    // the verb agrees with it in gender, where «ودعت المبعوث» (feminine verb, masculine noun) has it as object.
    // (Also without the article: «رحّب متحدث باسم الأمم المتحدة», «قال مسؤول».)
    'رحب|أشار|أكد|شدد|دعا|أعرب|أبدى|نوه|لفت|أفاد وزير|الوزير|مكتب|المتحدث|متحدث|الناطق|ناطق|مصدر|مسؤول|المسؤول|دبلوماسي|السفير|المبعوث|خبراء|الخبراء|محللون|المحللون|مراقبون|المراقبون',
    'رحبت|أشارت|أكدت|شددت|أعربت|أبدت|نوهت|لفتت|أفادت وزارة|الوزارة|المتحدثة|مصادر|وكالة|الوكالة',
    'قال|قالت|صرح|صرحت|أوضح|أوضحت|أضاف|أضافت|أعلن|أعلنت|ذكر|ذكرت|نقل|نقلت ~4 وزير|الوزير|المتحدث|متحدث|السفير|المبعوث|مسؤول|المسؤول|مصدر|مصادر|وكالة|الوكالة|رئيس|نائب|مستشار|محلل|محللون|مراقبون|دبلوماسي',
    'وزير|الوزير|المتحدث|السفير|مسؤول|مصدر|مصادر|وكالة|رئيس|نائب|محللون|مراقبون ~8 قال|قالت|صرح|أوضح|أضاف|أعلن|ذكر|إن|أن',
    'كما|حسبما|وفقا|بحسب|حسب ~2 أشار|أشارت|ذكر|ذكرت|أكد|أكدت|صرح|قال|نقلت|أفادت',
  ],
  addresseeEnds: ['إلى|الى|على|في|من|بضرورة|بأن|أن|لبذل|لتقديم|للعمل'],
  // Not فيما (also «فيما يتعلق»: as regards) or رغم (despite), which go on the parties' sentence.
  clauseBreaks: ['بينما|لكن|لكنها|لكنه', 'غير|إلا أن', 'مع أن'],
  furniture: ['اقرأ|إقرأ ~1 أيضا|المزيد', 'شاهد|شارك|صورة|فيديو|إعلان', 'مواضيع ذات صلة'],
};
