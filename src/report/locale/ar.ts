/** The report's words in Arabic (Modern Standard Arabic). */
import type { CommitmentChange, Evidence } from '../../types/commitments.js';
import { signed as plainSigned } from '../../util/format.js';

// A signed number reads left to right in Arabic text: U+200E LEFT-TO-RIGHT MARK before it keeps
// its minus sign on its left (Unicode bidi rules W7 and N1), where an isolate control would show.
const signed = (n: number): string => `\u200e${plainSigned(n)}`;
import { headlineKinds } from './kinds.js';
import type { HeadlineCounts, ReportMessages } from './types.js';

// Counts are written "label: number" (as Arabic administrative prose often does), which
// avoids the agreement of a counted noun with its number; digits are Western, as in the
// guarantors' Arabic statements and most Arab press.
const SLOTS: Record<string, string> = {
  act: 'الفعل',
  negation: 'النفي',
  condition: 'الشرط',
  modality: 'درجة الإلزام',
  urgency: 'الاستعجال',
  scope: 'النطاق',
  booster: 'التوكيد',
  hedge: 'التحفظ',
  speaker: 'المتكلم',
  addressee: 'المخاطَب',
  object: 'الموضوع',
};
const slot = (s: string): string => SLOTS[s] ?? s;
const parties = 'الأطراف';

const LAYOUT: Record<string, string> = {
  'page-number': 'رقم الصفحة',
  'running-header': 'ترويسة',
  'page-break': 'فاصل صفحة',
  headline: 'عنوان',
  dateline: 'المكان والتاريخ',
  byline: 'اسم الكاتب',
  caption: 'تعليق صورة',
  'read-also': '«اقرأ أيضًا»',
  social: 'منشور على وسائل التواصل',
  share: '«شارك»',
  tags: 'وسوم',
  footer: 'تذييل',
  advertisement: 'إعلان',
};

const LAYOUT_PLURAL: Record<string, string> = {
  'page-number': 'أرقام الصفحات',
  'running-header': 'الترويسات',
  'page-break': 'فواصل الصفحات',
  headline: 'العناوين',
  dateline: 'المكان والتاريخ',
  byline: 'أسماء الكتّاب',
  caption: 'تعليقات الصور',
  social: 'منشورات وسائل التواصل',
  tags: 'الوسوم',
  footer: 'التذييلات',
  advertisement: 'الإعلانات',
};

function reason(e: Evidence, q: (text: string) => string, act: (name: string) => string): string {
  switch (e.kind) {
    case 'new':
      return `جديد: ${act(e.act)} ${q(e.actText)}، القوة ${e.strength}`;
    case 'gone':
      return `حُذف: ${act(e.act)} ${q(e.actText)}، القوة ${e.strength}`;
    case 'act':
      return `${slot(e.slot)} ${q(e.old.text)} (${act(e.old.act)}) ← ${q(e.new.text)} (${act(e.new.act)}): ${signed(e.delta)}`;
    case 'marker':
      if (e.old !== undefined && e.new !== undefined) return `${slot(e.slot)} ${q(e.old)} ← ${q(e.new)}: ${signed(e.delta)}`;
      return e.old !== undefined ? `حُذف ${slot(e.slot)} ${q(e.old)}: ${signed(e.delta)}` : `أضيف ${slot(e.slot)} ${q(e.new ?? '')}: ${signed(e.delta)}`;
    case 'speaker':
      return `المتكلم: ${e.old === undefined ? parties : q(e.old)} ← ${e.new === undefined ? parties : q(e.new)}: ${signed(e.delta)}`;
    case 'addressee':
      return `المخاطَب ${q(e.old)} ← ${q(e.new)}`;
    case 'wording':
      if (e.old !== undefined && e.new !== undefined) return `الكلمات ${q(e.old)} ← ${q(e.new)}`;
      return e.old !== undefined ? `حُذفت الكلمات ${q(e.old)}` : `أضيفت الكلمات ${q(e.new ?? '')}`;
    case 'punctuation':
      return 'تغيّرت علامات الترقيم فقط';
    case 'strength': {
      const both = e.shared.length > 0 ? `؛ وفي الصيغتين: ${e.shared.map((m) => `${slot(m.slot)} ${q(m.text)} ${signed(m.weight)}`).join('، ')}` : '';
      return e.old === e.new ? `القوة لم تتغير: ${e.new}${both}` : `القوة ${e.old} ← ${e.new}${both}`;
    }
    case 'same':
      if (e.translated) return 'الالتزام نفسه في اللغتين: الفعل نفسه، وقوته في حدود نصف درجة';
      if (e.cosmetic.length > 0) return `الالتزام نفسه، وتختلف كتابة الكلمات: ${e.cosmetic.slice(0, 3).map(([x, y]) => `${q(x)} ← ${q(y)}`).join('، ')}`;
      return e.punctuation ? 'الكلمات نفسها، وتختلف علامات الترقيم فقط' : 'الكلمات نفسها';
    case 'closest':
      return `الأقرب في النص ${e.round === 'old' ? 'السابق' : 'الجديد'}، وليس بالضرورة الالتزام نفسه: ${act(e.act)} ${q(e.text)}`;
  }
}

const VERBS: Record<string, string> = { softened: 'خُففت', dropped: 'حُذفت', strengthened: 'شُددت', added: 'أضيفت', reworded: 'أعيدت صياغتها' };

function headline(c: HeadlineCounts, top: CommitmentChange | undefined, act: (name: string) => string, q: (text: string) => string): string {
  if (c.across) return acrossHeadline(c, top, act, q);
  const parts = commitmentParts(c, top, act, q, VERBS);
  const p = c.paragraphs;
  const changed = (p.modified ?? 0) + (p.split ?? 0) + (p.merged ?? 0);
  const moves = [
    changed > 0 ? `تغيّرت صياغة ${changed} من ${c.total.new}` : '',
    p.moved ? `نُقلت ${p.moved}` : '',
    p.added ? `أضيفت ${p.added}` : '',
    p.dropped ? `حُذفت ${p.dropped}` : '',
  ].filter(Boolean);
  const cosmetic = p.cosmetic ? `فقرات تختلف كتابتها فقط: ${p.cosmetic}` : '';
  const first = parts.length > 0 ? `الالتزامات التي ${parts.join('، ')}.` : c.redlineOnly && (moves.length > 0 || cosmetic !== '') ? 'لم تُقارن الالتزامات: مقارنة الصياغة فقط.' : moves.length > 0 ? 'لم يتغير أي التزام.' : '';
  const second = moves.length > 0 ? `الفقرات: ${moves.join('، ')}${cosmetic ? `؛ ${cosmetic}` : ''}.` : cosmetic ? `لا تغيير جوهري؛ ${cosmetic}.` : '';
  const out = [first, second].filter(Boolean).join(' ');
  return out || 'لا تغيير: النصان متطابقان.';
}

// Across languages a change of strength reads as a difference between the two texts, not as an
// edit; counts keep the "label: number" form of the headline within one language.
const ACROSS_VERBS: Record<string, string> = {
  softened: 'التزامات أضعف في النص الجديد',
  dropped: 'التزامات وردت في النص السابق وحده',
  strengthened: 'التزامات أقوى في النص الجديد',
  added: 'التزامات وردت في النص الجديد وحده',
  reworded: 'التزامات صيغت بصورة أخرى',
};

/** The headline across languages: what differs between the two texts, and what a press report leaves out. */
function acrossHeadline(c: HeadlineCounts, top: CommitmentChange | undefined, act: (name: string) => string, q: (text: string) => string): string {
  const across = c.across ?? { numbers: 0, leftOut: 0 };
  const parts = commitmentParts(c, top, act, q, ACROSS_VERBS);
  const p = c.paragraphs;
  const items = [
    across.numbers > 0 ? `فقرات تختلف أرقامها: ${across.numbers}` : '',
    p.dropped ? `فقرات في النص السابق وحده: ${p.dropped}` : '',
    p.added ? `فقرات في النص الجديد وحده: ${p.added}` : '',
    p.moved ? `فقرات في موضع آخر: ${p.moved}` : '',
    p.split ? `فقرات مقسومة: ${p.split}` : '',
    p.merged ? `فقرات مدمجة: ${p.merged}` : '',
    across.leftOut > 0 ? `بنود من البيان لم يتناولها التقرير: ${across.leftOut}` : '',
  ].filter(Boolean);
  // (A redline only compared no commitment: it cannot say the versions agree.)
  if (parts.length === 0 && items.length === 0 && c.redlineOnly !== true) return 'بين اللغتين: النصان متوافقان، فكل التزام بالقوة نفسها والأرقام نفسها.';
  const commitments = parts.length > 0 ? parts.join('، ') : c.redlineOnly ? 'لم تُقارن الالتزامات' : 'لم تختلف قوة أي التزام';
  return `بين اللغتين: ${[commitments, ...items].join('؛ ')}.`;
}

const LANGUAGES: Record<string, string> = { en: 'الإنجليزية', ar: 'العربية', ru: 'الروسية', fr: 'الفرنسية', tr: 'التركية', fa: 'الفارسية', und: 'لغة غير محددة' };

/** Arabic. */
export const ar: ReportMessages = {
  lang: 'ar',
  dir: 'rtl',
  arrow: '←',
  title: { pair: 'تقرير التغييرات في البيان', series: 'البيانات عبر الجولات' },
  side: { old: 'السابق', new: 'الجديد' },
  text: {
    summary: 'الخلاصة',
    paragraphs: 'الفقرات',
    commitments: 'الالتزامات',
    commitmentChanges: 'تغييرات الالتزامات',
    noCommitmentChange: 'لم يُضف أي التزام ولم يُحذف أو يُخفف أو يُشدد أو تُعد صياغته.',
    commitmentsNotCompared: 'لم تُقارن الالتزامات: أُجريت المقارنة مع commitments: false (‎--redline-only‎ في سطر الأوامر).',
    cosmeticHeading: 'كُتب بصورة أخرى ولم يتغير',
    cosmeticNote: 'كلمات تختلف في الإملاء أو النقل الحرفي أو الاسم الجديد لمكان فقط: معلَّمة في النص مع صيغتها السابقة، ولا تُعد تغييرات.',
    layoutHeading: 'عناصر التنسيق، لم تُقارن',
    layoutNote: 'أرقام الصفحات والترويسات وفواصل الصفحات وعناصر صفحة الخبر: محفوظة كما كُتبت، ومستبعدة من المطابقة ومن الالتزامات.',
    view: 'العرض',
    inline: 'في النص',
    sideBySide: 'جنبًا إلى جنب',
    paragraph: 'الفقرة',
    renumbered: 'تغيّر الترقيم',
    was: 'كان',
    timeline: 'الالتزامات عبر الجولات',
    paragraphsAcross: 'الفقرات عبر الجولات',
    noCommitmentFound: 'لم يُعثر على أي التزام.',
    paragraphsThatChanged: 'الفقرات التي تغيّرت',
  },
  kinds: {
    modified: 'معدّلة',
    moved: 'منقولة',
    split: 'مقسومة',
    merged: 'مدمجة',
    added: 'مضافة',
    dropped: 'محذوفة',
    cosmetic: 'كتابة فقط',
    unchanged: 'بلا تغيير',
    'left-out': 'لم ترد في التقرير',
  },
  commitmentKinds: {
    added: 'مضاف',
    dropped: 'محذوف',
    softened: 'مخفَّف',
    strengthened: 'مشدَّد',
    reworded: 'معاد الصياغة',
    unchanged: 'بلا تغيير',
  },
  acts: {
    note: 'الإحاطة علمًا',
    consider: 'النظر',
    welcome: 'الترحيب',
    appreciate: 'التقدير',
    recall: 'الاستذكار',
    express: 'الإعراب',
    'express-hope': 'الإعراب عن الأمل',
    'express-confidence': 'الإعراب عن الثقة',
    emphasize: 'التأكيد',
    encourage: 'التشجيع',
    invite: 'توجيه الدعوة',
    support: 'الدعم',
    propose: 'الاقتراح',
    'express-concern': 'الإعراب عن القلق',
    'express-determination': 'الإعراب عن العزم',
    'express-readiness': 'الإعراب عن الاستعداد',
    reaffirm: 'إعادة التأكيد',
    commit: 'الالتزام',
    agree: 'الاتفاق',
    'call-upon': 'الدعوة',
    urge: 'الحث',
    request: 'الطلب',
    decide: 'اتخاذ القرار',
    demand: 'المطالبة',
    condemn: 'الإدانة',
    reject: 'الرفض',
  },
  layoutKinds: LAYOUT,
  layoutCount: (kind, n) => `${LAYOUT_PLURAL[kind] ?? LAYOUT[kind] ?? kind}: ${n}`,
  comma: '، ',
  slots: SLOTS,
  signed,
  paragraphCount: (a, b) => `الفقرات: ${a} ← ${b}`,
  series: {
    meta: (r, l, c) => `الجولات: ${r} · سلاسل الفقرات: ${l}${c === undefined ? '' : ` · الالتزامات: ${c}`}`,
    commitmentsLegend: 'القوة على سلّم الأفعال في كل جولة (— عند الغياب)؛ + مضاف، ✕ محذوف، ↓ مخفَّف، ↑ مشدَّد، ~ معاد الصياغة. كل علامة ترتبط بتعديلات تلك الجولة.',
    paragraphsLegend: 'أرقام الفقرات (¶) في كل جولة للفقرات التي تغيّرت. ✎ معدّلة، ⇅ منقولة، ⑂ مقسومة، ⋈ مدمجة، + مضافة، ✕ محذوفة.',
    act: 'الفعل',
    about: 'الموضوع',
    paragraph: 'الفقرة',
    noParagraphChanged: 'لم تتغير أي فقرة تغييرًا جوهريًا.',
  },
  across: {
    languages: LANGUAGES,
    line: (a, b) => `${a} ← ${b}، مقارنة بين لغتين: بلا مقارنة كلمة بكلمة`,
    report: (r, o) => `«${r}» تقرير صحفي عن «${o}»: البنود التي لم يتناولها مُدرجة على حدة، ولا تُعدّ محذوفة.`,
    leftOutHeading: 'بنود لم يتناولها التقرير',
    notInReport: 'لم ترد في التقرير',
    absent: 'لا مقابل لها في هذا النص',
    numbers: 'الأرقام',
    side: (label, language) => `${label} · ${language}`,
    tableNote: (a, b) => `يعرض القسم التالي كل فقرة من «${a}» بجانب مقابلها في «${b}» في جدول من عمودين: لا معنى للمقارنة كلمة بكلمة بين لغتين، فلا تُتعقَّب أي تغييرات.`,
  },
  trackedNote: (a, b) => `القسم التالي هو «${b}» مع التغييرات مقارنةً بـ«${a}» بصفتها تغييرات متعقَّبة: قبولها كلها يعطي «${b}»، ورفضها كلها يعطي «${a}». الفقرة المنقولة أو المقسومة أو المدمجة محذوفة من موضعها السابق ومُدرجة في موضعها الجديد.`,
  times: (n) => `${n}×`,
  reason,
  headline,
};

/** The headline's commitment changes, each worded with `verbs` (within one language, or across languages). */
function commitmentParts(c: HeadlineCounts, top: CommitmentChange | undefined, act: (name: string) => string, q: (text: string) => string, verbs: Record<string, string>): string[] {
  return headlineKinds(c, top).map(({ kind, n, shift }) => {
    let part = `${verbs[kind]}: ${n}`;
    if (shift) part += ` (${n > 1 ? 'منها ' : ''}${act(shift.from)} ← ${act(shift.to)}: ${q(shift.topic)})`;
    return part;
  });
}
