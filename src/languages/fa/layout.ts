/**
 * Persian page numbers and press furniture, as line patterns.
 *
 * @module
 */
import type { LayoutPatterns } from '../types.js';

// Layout keys are not folded by the pack: a line may be typed with Persian or
// Arabic ی/ک and with آ or ا, so each pattern takes either.
const re = (source: string): RegExp => new RegExp(source.replace(/ی/g, '[یيى]').replace(/ک/g, '[کك]').replace(/آ/g, '[آا]'), 'u');
// A colon or a dash after a keyword that also starts ordinary sentences («انتشار این بیانیه…»).
const SEP = ' ?[:：|\\-–] ?';

// Sources: the page footers of Persian PDFs («صفحه ۲ از ۳», «ص ۲») and the
// furniture of Iranian news sites (IRNA, ISNA, Tasnim, Mehr): «کد خبر: ۱۲۳۴۵»,
// «تاریخ انتشار: ۱۰ آذر ۱۴۰۳ - ۱۲:۳۰» (Solar Hijri years 13xx–14xx),
// «خبرنگار: …», «منبع: …», «بیشتر بخوانید: …», «اشتراک‌گذاری» rows with the
// Iranian messengers (ایتا، بله، روبیکا), «عکس: …», «برچسب‌ها: …», «کلیه حقوق
// … محفوظ است». The key has no ZWNJ: «برچسب‌ها» is «برچسبها».
export const layout: LayoutPatterns = {
  pageNumbers: [/^(?:صفحه|ص\.?) ?\d{1,3}(?: ?(?:از|\/) ?\d{1,3})?$/],
  furniture: {
    dateline: [re(`^(?:(?:تاریخ|زمان) انتشار|انتشار|به ?روز ?رسانی|کد خبر|شناسه خبر)${SEP}.{0,60}$|^(?:\\p{L}+،? )?\\d{1,2} \\p{L}+ (?:13|14|19|20)\\d\\d(?: ?[-،,|] ?(?:ساعت )?\\d{1,2}:\\d\\d)?$`)],
    byline: [re(`^(?:نویسنده|خبرنگار|گزارشگر|گزارش|ترجمه|مترجم|دبیر|منبع)${SEP}[^.]{1,50}$|^به قلم [^.]{1,50}$`)],
    caption: [re(`^(?:عکس|تصویر)${SEP}.{0,200}$`)],
    'read-also': [re(`^(?:(?:بیشتر|همچنین) بخوانید|بخوانید|(?:مطالب|اخبار) مرتبط)(?:${SEP}.{0,200})?$`)],
    share: [re('^(?:اشتراک ?گذاری|اشتراک|چاپ)(?:(?: ?[|·•،,] ?| )(?:تلگرام|واتساپ|ایتا|بله|روبیکا|چاپ))*$')],
    tags: [re(`^(?:برچسب|کلید ?واژه|تگ) ?(?:ها)?${SEP}.{0,200}$`)],
    // «©» lines are every pack's (the English pack's footer reads them).
    footer: [re('^(?:کلیه|تمامی|همه) حقوق .{0,80}محفوظ.{0,40}$')],
  },
};
