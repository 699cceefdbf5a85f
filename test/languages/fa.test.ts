/**
 * The Persian pack, as an analyst would check it by eye: folding and
 * stemming of real word forms, the commitments read from sentences of the
 * register (Persian texts of the Astana statements and the Iranian press),
 * rounds read from heads, layout lines, and detection beside Arabic.
 * Illustrative sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage, diffCommuniques, extractCommitments, parseCommunique, roundLabel, type Commitment } from '../../src/index.js';
import { fa } from '../../src/languages/fa/index.js';
import { foldCommon } from '../../src/normalize/fold.js';
import { tokenize } from '../../src/tokenize/tokens.js';

const ZWNJ = '\u200c';
const fold = (w: string): string => fa.fold(foldCommon(w));
const stem = (w: string): string => fa.stem(fold(w));
// In Persian, as the statements are read whole (a sentence alone may have no stop word to tell it from Arabic).
const read = (text: string): Commitment[] => extractCommitments(parseCommunique(text, { lang: 'fa' }), { lang: 'fa' });
const one = (text: string): Commitment => {
  const cs = read(text);
  expect(cs, text).toHaveLength(1);
  return cs[0] as Commitment;
};
const markers = (c: Commitment): string[] => c.markers.map((m) => `${m.kind} ${m.text}`);

describe('Persian folding', () => {
  it('folds Arabic ي ى ك, teh marbuta and heh forms to the Persian letters', () => {
    expect(fold('كشورهاي')).toBe('کشورهای');
    expect(fold('موسى')).toBe('موسی');
    expect(fold('جبهة')).toBe('جبهه');
    expect(fold('ترکيه')).toBe(fold('ترکیه'));
  });

  it('takes ZWNJ, tashkil, tanvin and tatweel out, and makes one word of the hamza spellings', () => {
    expect(fold(`می${ZWNJ}کنند`)).toBe('میکنند');
    expect(fold('فوراً')).toBe('فورا');
    expect(fold('تأکید')).toBe(fold('تاکید'));
    expect(fold('مؤثر')).toBe(fold('موثر'));
    expect(fold('رئیس')).toBe(fold('رییس'));
    expect(fold('مسائل')).toBe(fold('مسایل'));
    expect(fold('هیأت')).toBe(fold('هیئت'));
    expect(fold('مسأله')).toBe(fold('مسئله'));
    expect(fold('مسؤول')).toBe(fold('مسئول'));
    expect(fold('آستانه')).toBe(fold('استانه'));
    expect(fold('اجراء')).toBe('اجرا');
    expect(fold('تـأکـیـد')).toBe(fold('تأکید'));
  });

  it('writes the ezafe after a silent heh one way: جامعهٔ, جامعۀ, جامعه‌ی, جامعه', () => {
    for (const w of ['جامعهٔ', 'جامعۀ', `جامعه${ZWNJ}ی`]) expect(fold(w), w).toBe('جامعه');
  });

  it('spells an ordinal in figures as its letters, so that «۲۷مین» and «بیست و هفتمین» compare alike', () => {
    expect(fold('۲۷مین')).toBe('بیستوهفتمین');
    expect(fold('27مين')).toBe('بیستوهفتمین');
    expect(fold('۳۰ام')).toBe('سیام');
    expect(fold('۲۰۰۰')).toBe('2000');
  });

  it('is idempotent on these forms', () => {
    for (const w of ['كشورهاي', 'جامعه‌ی', '۲۷مین', 'فوراً', 'اجراء', 'مسئله']) expect(fa.fold(fold(w))).toBe(fold(w));
  });
});

describe('Persian stemming', () => {
  it('makes plurals and their ezafe meet the singular', () => {
    expect(stem('کشورها')).toBe('کشور');
    expect(stem('کشورهای')).toBe('کشور');
    expect(stem(`تلاش${ZWNJ}هایشان`)).toBe('تلاش');
    expect(stem('اقدامات')).toBe('اقدام');
    expect(stem('طرفین')).toBe(stem(`طرف${ZWNJ}ها`));
    expect(stem('آوارگان')).toBe(stem('آواره'));
    expect(stem('نمایندگان')).toBe(stem('نماینده'));
    expect(stem('ایرانیان')).toBe(stem('ایرانی'));
    expect(stem('نیروی')).toBe('نیرو');
    expect(stem('آمریکایی')).toBe(fold('آمریکا'));
  });

  it('leaves names and short words whole: ایران, تهران, زمان, and آستانه (not استان, province)', () => {
    for (const w of ['ایران', 'تهران', 'زمان', 'بحران', 'ملی']) expect(stem(w), w).toBe(fold(w));
    expect(stem('آستانه')).toBe(fold('آستانه'));
    expect(stem('آستانه')).not.toBe(fold('استان'));
  });
});

describe('the tokenizer and Persian words', () => {
  it('keeps a word with a ZWNJ inside as one word', () => {
    const words = tokenize(`کشورها از سوری${ZWNJ}ها حمایت می${ZWNJ}کنند`).filter((t) => t.kind === 'word').map((t) => t.text);
    expect(words).toEqual(['کشورها', 'از', `سوری${ZWNJ}ها`, 'حمایت', `می${ZWNJ}کنند`]);
  });
});

describe('Persian commitments', () => {
  it('reads a compound verb at the clause end, with what it is about before it', () => {
    const c = one('۱. بر تعهد خود به حاکمیت، استقلال، وحدت و تمامیت ارضی جمهوری عربی سوریه تأکید کردند.');
    expect(c.predicate).toBe('emphasize');
    expect(c.predicateText).toBe('تأکید کردند');
    expect(c.topic).toContain('تمامیت ارضی');
    expect(c.speaker).toBe('parties');
  });

  it('reads «تأکید مجدد کردند» as a reaffirmation, and boosters before the act', () => {
    expect(one('بر تعهد قاطع خود به حاکمیت سوریه تأکید مجدد کردند.').predicate).toBe('reaffirm');
    const c = one('حملات علیه غیرنظامیان در ادلب را قویاً محکوم کردند.');
    expect([c.predicate, c.strength]).toEqual(['condemn', 5.5]);
    expect(markers(c)).toEqual(['booster قویاً']);
    expect(one('سه کشور حملات را با شدیدترین عبارات محکوم کردند.').strength).toBe(6);
  });

  it('reads two acts in one sentence, also when the first leaves its light verb to the second', () => {
    expect(read('از بازگشت پناهندگان استقبال کردند و خواستار افزایش کمک‌ها شدند.').map((c) => c.predicate)).toEqual(['welcome', 'call-upon']);
    expect(read('حملات را محکوم و بر ضرورت حفاظت از غیرنظامیان تأکید کردند.').map((c) => c.predicate)).toEqual(['condemn', 'emphasize']);
  });

  it('reads «خواستار … شدند» with what is called for, and its markers, inside', () => {
    const c = one('خواستار لغو فوری همه اقدامات قهری یکجانبه شدند.');
    expect(c.predicate).toBe('call-upon');
    expect(markers(c)).toEqual(['time فوری', 'scope همه']);
  });

  it('reads what «خواستند» asks for and «توافق کردند» agrees to without «که» as part of the act, not as an act of its own', () => {
    const c = one('از همه طرف‌ها خواستند از اقدامات یک‌جانبه در منطقه التنف خودداری کنند.');
    expect(c.predicate).toBe('call-upon');
    expect(c.text).toContain('خودداری کنند');
    // Commas of a list inside what is asked do not end it.
    expect(read('از کشورهای کمک‌کننده خواستند کمک‌های خود را برای پروژه‌ها، از جمله در بخش‌های آب، برق و بهداشت، افزایش دهند.')).toHaveLength(1);
    // So is what they agree to do: «توافق کردند … برگزار کنند».
    expect(read('توافق کردند نشست بعدی را در نیمه نخست سال ۲۰۲۸ در آستانه برگزار کنند.').map((x) => [x.predicate, x.text])).toEqual([['agree', 'توافق کردند نشست بعدی را در نیمه نخست سال ۲۰۲۸ در آستانه برگزار کنند']]);
    // After «که», the clause of what they agree to ends where a connector opens the next act's clause…
    expect(read('توافق کردند که دور بعدی نشست در آستانه برگزار شود و از مقامات قزاقستان به دلیل میزبانی قدردانی کردند.').map((x) => x.predicate)).toEqual(['agree', 'appreciate']);
    // …not at a connector inside a noun phrase.
    expect(read('اعلام کردند که ادامه تبادل بازداشت‌شدگان و ربوده‌شدگان را می‌توانند بررسی کنند.')).toHaveLength(1);
    // A past verb after it is another act of the parties.
    expect(read('از جامعه بین‌المللی خواستند و بر لزوم بازگشت آوارگان تأکید کردند.').map((x) => x.predicate)).toEqual(['call-upon', 'emphasize']);
  });

  it('reads a noun first and «ابراز/اعلام» last as the noun’s act', () => {
    expect(one('نگرانی عمیق خود را از وخامت وضعیت انسانی در شمال شرق سوریه ابراز داشتند.').predicate).toBe('express-concern');
    expect(one('آمادگی خود را برای همکاری با فرستاده ویژه اعلام کردند.').predicate).toBe('express-readiness');
    expect(one('از حملات پهپادی ابراز نگرانی کردند.').predicate).toBe('express-concern');
  });

  it('reads the negation on the verb and the negated modal', () => {
    const c = one('حملات را محکوم نکردند.');
    expect([c.predicate, c.polarity, c.strength]).toEqual(['condemn', 'negative', 0]);
    const d = one('نتوانستند درباره سازوکار نظارت مشترک توافق کنند.');
    expect([d.predicate, d.polarity]).toEqual(['agree', 'negative']);
    expect(one('بر سر تاریخ نشست بعدی به توافق نرسیدند.').polarity).toBe('negative');
    expect(one('از این طرح حمایت نمی کنند.').polarity).toBe('negative');
    expect(one('از این طرح حمایت می کنند.').polarity).toBe('affirmative');
  });

  it('reads modality: باید up, می‌توانند down (also typed «می توانند»)', () => {
    expect(one('کشورهای ضامن باید گشت‌های مشترک را تقویت کنند.').strength).toBe(4.5);
    expect(one('کشورهای ضامن می‌توانند گشت‌های مشترک را تقویت کنند.').strength).toBe(3.5);
    expect(one('کشورهای ضامن می توانند گشت‌های مشترک را تقویت کنند.').strength).toBe(3.5);
    expect(one('نشست بعدی در آستانه برگزار خواهد شد.').predicate).toBe('decide');
    expect(one('امکان برگزاری نشست مشترک را بررسی خواهند کرد.').predicate).toBe('consider');
  });

  it('reads the agent of a passive act as its speaker: «توسط سه کشور», «از سوی ایران و روسیه»', () => {
    const diff = diffCommuniques('۱. حملات به غیرنظامیان توسط سه کشور محکوم شد.', '۱. حملات به غیرنظامیان از سوی ایران و روسیه محکوم شد.', { lang: 'fa' });
    expect(diff.commitments.map((c) => [c.kind, c.slots, c.new?.speakerText])).toEqual([['softened', ['speaker'], 'از سوی ایران و روسیه']]);
  });

  it('reads hedges «در حد توان», «به طور کلی», «به نظر می‌رسد», the urgency «هرچه سریع‌تر» and the condition «به شرط»', () => {
    expect(markers(one('در حد توان از بازسازی زیرساخت‌ها حمایت کردند.'))).toContain('hedge در حد توان');
    expect(markers(one('از اقدامات اعتمادساز به طور کلی حمایت کردند.'))).toContain('hedge به طور کلی');
    expect(markers(one('ابراز نگرانی کردند که به نظر می‌رسد وضعیت امنیتی وخیم‌تر شده است.'))).toContain('hedge به نظر می‌رسد');
    expect(markers(one('خواستار ادامه هرچه سریع‌تر گفت‌وگوها شدند.'))).toContain('time هرچه سریع‌تر');
    expect(markers(one('از ازسرگیری تجارت مرزی به شرط تأمین امنیت مرزها حمایت کردند.'))).toContain('condition به شرط');
  });

  it('reads a report: «به گفته بیانیه» frames the statement, «به گفته ناظران» a third party; a passive call', () => {
    expect(one('به گفته بیانیه، کشورهای ضامن نسبت به افزایش فعالیت گروه‌های تروریستی ابراز نگرانی کردند.').predicate).toBe('express-concern');
    expect(read('به گفته ناظران، کشورهای ضامن نسبت به افزایش فعالیت گروه‌های تروریستی ابراز نگرانی کردند.')).toEqual([]);
    expect(one('در بخش دیگری از بیانیه، از این گروه خواسته شده است کار خود را ادامه دهد.').predicate).toBe('call-upon');
    // A meeting "to be held" after «قرار است» is the decision; inside an agreement, its clause.
    expect(one('نشست بعدی قرار است در نیمه دوم سال ۲۰۲۶ در تهران برگزار شود.').predicate).toBe('decide');
    expect(one('توافق کردند که دور بعدی در تهران برگزار شود.').predicate).toBe('agree');
  });

  it('reads conditions, hedges and graded urgency', () => {
    expect(markers(one('از بازگشت آوارگان در صورت فراهم شدن شرایط حمایت کردند.'))).toEqual(['condition در صورت فراهم']);
    expect(markers(one('بر ادامه همکاری در حد امکان توافق کردند.'))).toEqual(['hedge در حد امکان']);
    const urgency = (t: string): number | undefined => one(t).markers.find((m) => m.kind === 'time')?.weight;
    expect(urgency('خواستار آزادی فوری بازداشت‌شدگان شدند.')).toBe(0.5);
    expect(urgency('خواستار آزادی بازداشت‌شدگان در اسرع وقت شدند.')).toBe(0.25);
    expect(urgency('خواستار ازسرگیری کار کمیته در زمان مناسب شدند.')).toBe(-0.25);
  });

  it('reads an impersonal passive as the statement’s', () => {
    const c = one('در این بیانیه همچنین بر برگزاری نشست بعدی در تهران توافق شده است.');
    expect([c.predicate, c.speaker]).toEqual(['agree', 'parties']);
    expect(one('بر لزوم پایبندی به قطعنامه ۲۲۵۴ تأکید شد.').predicate).toBe('emphasize');
  });

  it('reads two of the three named as a party, all three as the parties', () => {
    const speakers = (text: string) => read(text).map((c) => [c.speaker, c.speakerText]);
    expect(speakers('ایران و روسیه بر ضرورت خروج نیروهای خارجی تأکید کردند.')).toEqual([['party', 'ایران و روسیه']]);
    expect(speakers('طرف‌های ایرانی و روسی بر ضرورت خروج نیروهای خارجی تأکید کردند.')).toEqual([['party', 'طرف‌های ایرانی و روسی']]);
    expect(speakers('جمهوری اسلامی ایران، فدراسیون روسیه و جمهوری ترکیه بر ضرورت خروج نیروها تأکید کردند.')).toEqual([['parties', undefined]]);
    expect(speakers('هیئت‌های ایران، روسیه و ترکیه از مقامات قزاقستان قدردانی کردند.')).toEqual([['parties', undefined]]);
    expect(speakers('ترکیه، روسیه و ایران بر ضرورت خروج نیروها تأکید کردند.')).toEqual([['parties', undefined]]);
    expect(speakers('وزرای خارجه ایران و روسیه بر ضرورت خروج نیروها تأکید کردند.')).toEqual([['party', 'وزرای خارجه ایران و روسیه']]);
  });

  it('reads «به گرمی» as a booster, «تا حدودی» as a hedge, «تسریع» as urgency and «ارج نهادند» as appreciation', () => {
    expect(markers(one('از فرمان عفو عمومی به گرمی استقبال کردند.'))).toEqual(['booster به گرمی']);
    expect(markers(one('خواستار تسریع روند مبادله بازداشت‌شدگان شدند.'))).toEqual(['time تسریع']);
    expect(one('تلاش‌های فرستاده ویژه را ارج نهادند.').predicate).toBe('appreciate');
    expect(markers(one('تا حدودی از پیشرفت‌ها استقبال کردند.'))).toEqual(['hedge تا حدودی']);
  });

  it('gives a named party that opens the sentence its act', () => {
    const c = one('جمهوری ترکیه به‌طور جداگانه نقض حریم هوایی سوریه را محکوم کرد.');
    expect([c.speaker, c.speakerText]).toEqual(['party', 'جمهوری ترکیه']);
    expect(one('ترکیه نیز خواستار ازسرگیری کار کمیته قانون اساسی شد.').speaker).toBe('party');
  });

  it('reads no commitment in a third party’s words, a quote in the first person, a link or the preamble', () => {
    expect(read('سخنگوی وزارت امور خارجه ایران از نتایج این نشست استقبال کرد.')).toEqual([]);
    expect(read('رئیس هیئت روسیه به خبرنگاران گفت: «ما تصمیم گرفتیم تبادل بازداشت‌شدگان را تمدید کنیم.»')).toEqual([]);
    expect(read('به گفته این مقام، طرف‌ها بر ادامه گفتگوها توافق کردند.')).toEqual([]);
    expect(read('بیشتر بخوانید: ایران و ترکیه بر همکاری تأکید کردند')).toEqual([]);
    expect(read('هیئت‌ها در آستانه گرد هم آمدند و به عنوان کشورهای ضامن، این بیانیه را تصویب کردند:')).toEqual([]);
    expect(read('کشورهای ضامن روند آستانه در روزهای ۱۸ و ۱۹ اردیبهشت در آستانه گرد هم آمدند و موارد زیر را اعلام کردند:')).toEqual([]);
    expect(read('نمایندگان کشورهای ضامن بیانیه را به شرح زیر صادر کردند:')).toEqual([]);
  });

  it('reads what a reporting frame introduces as the parties’', () => {
    const cs = read('به گزارش خبرنگار ما، در بیانیه پایانی این نشست آمده است که کشورهای ضامن حملات را قویاً محکوم کردند.');
    expect(cs.map((c) => [c.predicate, c.speaker])).toEqual([['condemn', 'parties']]);
    expect(read('طبق این بیانیه، طرف‌ها بر ادامه تبادل بازداشت‌شدگان توافق کردند.').map((c) => c.predicate)).toEqual(['agree']);
  });

  it('ends a commitment at a reporter’s clause after a comma', () => {
    expect(one('اقدامات یکجانبه را قاطعانه رد کردند، اما بند مربوط به تحریم‌ها حذف شد.').text).toBe('اقدامات یکجانبه را قاطعانه رد کردند');
  });
});

describe('Persian round pairs', () => {
  const OLD = `بیانیه مشترک ایران، روسیه و ترکیه در پایان بیست و یکمین دور نشست بین‌المللی سوریه در قالب آستانه

۱. حملات علیه غیرنظامیان در ادلب را قویاً محکوم کردند.

۲. خواستار ازسرگیری کار کمیته قانون اساسی در زمان مناسب شدند.

۳. بر برگزاری نشست بعدی در آستانه توافق کردند.`;

  it('says which commitments softened or strengthened', () => {
    const NEW = OLD.replace('قویاً محکوم کردند', 'ابراز نگرانی کردند').replace('در زمان مناسب', 'در اسرع وقت');
    const kinds = diffCommuniques(OLD, NEW).commitments.map((c) => `${c.kind} ${c.slots.join(',')}`);
    expect(kinds).toEqual(['softened act,booster', 'strengthened urgency', 'unchanged ']);
  });

  it('finds no change in a text retyped with Arabic letters, no ZWNJ, digits for ordinals and renamed places', () => {
    const NEW = OLD.replace('بیست و یکمین', '21مین').replace('ادلب', 'إدلب').replace('در آستانه توافق', 'در نورسلطان توافق').replace('ترکیه', 'تركيا').replace(/ی/g, 'ي').replace(/ک/g, 'ك').replace(/\u200c/g, '');
    expect(diffCommuniques(OLD, NEW).commitments.map((c) => c.kind)).toEqual(['unchanged', 'unchanged', 'unchanged']);
  });

  it('finds no change where a ZWNJ is typed as a space, hamza and ezafe are written otherwise', () => {
    const old = 'هیئت‌های سه کشور در آستانه گرد هم آمدند.\n\n۱. از تلاش‌های جامعهٔ بین‌المللی حمایت می‌کنند و در صورت لزوم همکاری خواهند کرد.\n\n۲. طرف‌ها بر نقش جامعه بین‌المللی در بازسازی سوریه تأکید کردند.';
    const retyped = old.replace(/\u200c/g, ' ').replace('هیئت', 'هیأت').replace('تأکید', 'تاکید').replace('جامعهٔ', 'جامعه‌ی');
    expect(diffCommuniques(old, retyped).commitments.map((c) => c.kind)).toEqual(['unchanged', 'unchanged', 'unchanged']);
  });

  it('finds no change where the future is typed as one word, a ZWNJ between auxiliary and verb («برگزار خواهند‌شد»)', () => {
    const old = 'بیانیه مشترک\n\n۱. توافق کردند که نشست‌های کارشناسی پیش از دور بعدی در تهران برگزار خواهند شد.';
    const changes = diffCommuniques(old, old.replace('خواهند شد', 'خواهند\u200cشد'), { lang: 'fa' }).commitments;
    expect(changes.map((c) => [c.kind, c.new?.strength])).toEqual([['unchanged', 4.25]]);
    expect(read('برای حل بحران خواهند\u200cکوشید.').map((c) => c.predicate)).toEqual(read('برای حل بحران خواهند کوشید.').map((c) => c.predicate));
    expect(read('برای حل بحران خواهند کوشید.')).toHaveLength(1);
  });
});

describe('Persian rounds', () => {
  it.each([
    ['بیانیه مشترک در پایان بیست و یکمین دور نشست بین‌المللی سوریه در قالب آستانه', '21st round'],
    ['دور بیست‌ویکم مذاکرات آستانه', '21st round'],
    ['نشست ۲۱ آستانه درباره سوریه', '21st round'],
    ['بیانیه مشترک در پایان 28مين دور نشست', '28th round'],
    ['نخستین دور گفتگوهای آستانه', '1st round'],
    ['سی و سومین نشست بین‌المللی', '33rd round'],
    ['دور سی‌ام', '30th round'],
  ])('%s → %s', (head, label) => {
    expect(roundLabel(head, { lang: 'fa' })).toBe(label);
  });

  it('reads the round of a whole statement, its language detected', () => {
    expect(roundLabel('بیانیه مشترک ایران، روسیه و ترکیه در پایان بیست و دومین دور نشست بین‌المللی سوریه\n\n۱. بر تعهد خود به حاکمیت سوریه تأکید کردند.')).toBe('22nd round');
  });

  it('reads no round where a head has none', () => {
    expect(roundLabel('نشست سه‌جانبه وزیران امور خارجه درباره سوریه', { lang: 'fa' })).toBeUndefined();
  });
});

describe('Persian layout lines', () => {
  const kinds = (text: string): string[] => (parseCommunique(text).layout ?? []).map((l) => l.kind);
  const story = 'کشورهای ضامن در بیانیه پایانی حملات به غیرنظامیان در ادلب را محکوم کردند.';

  it.each([
    ['صفحه ۲ از ۳', 'page-number'],
    ['کد خبر: ۱۲۳۴۵۶', 'dateline'],
    ['تاریخ انتشار: ۱۰ آذر ۱۴۰۳ - ۱۲:۳۰', 'dateline'],
    ['۱۰ آذر ۱۴۰۳ - ۱۲:۳۰', 'dateline'],
    ['خبرنگار: سارا امینی', 'byline'],
    ['بیشتر بخوانید: کمیته قانون اساسی همچنان در بن‌بست', 'read-also'],
    ['عکس: ایرنا', 'caption'],
    ['برچسب‌ها: سوریه، آستانه، ادلب', 'tags'],
    ['اشتراک‌گذاری', 'share'],
    ['کلیه حقوق این سایت محفوظ است.', 'footer'],
  ])('%s is %s', (line, kind) => {
    expect(kinds(`${story}\n\n${line}\n\n${story.replace('ادلب', 'حلب')}`)).toEqual([kind]);
  });

  it('keeps sentences that begin with the same words', () => {
    expect(kinds(`انتشار این بیانیه با استقبال روبه‌رو شد.\n\n${story}`)).toEqual([]);
  });
});

describe('Persian detection', () => {
  it('tells Persian from Arabic by stop words and letters, whichever keyboard typed them', () => {
    const persian = 'کشورهای ضامن بر تعهد خود به حاکمیت و تمامیت ارضی سوریه تأکید کردند و از همه طرف‌ها خواستند به آتش‌بس پایبند باشند.';
    const arabic = 'أكدت الدول الضامنة التزامها الراسخ بسيادة الجمهورية العربية السورية واستقلالها ووحدتها وسلامة أراضيها، ودعت إلى احترام وقف إطلاق النار.';
    expect(detectLanguage(persian)).toBe('fa');
    expect(detectLanguage(persian.replace(/ی/g, 'ي').replace(/ک/g, 'ك').replace(/\u200c/g, ''))).toBe('fa');
    expect(detectLanguage(arabic)).toBe('ar');
    expect(detectLanguage(arabic.replace(/ي/g, 'ی').replace(/ك/g, 'ک'))).toBe('ar');
  });

  it('reads a title with بین‌المللی as Persian', () => {
    expect(detectLanguage('بیانیه مشترک کشورهای ضامن روند آستانه درباره بیست و سومین دور نشست بین‌المللی سوریه')).toBe('fa');
  });
});
