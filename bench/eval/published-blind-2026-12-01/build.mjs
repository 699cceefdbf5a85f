// Builds <case>/{old,new}-published.txt and <case>/layout.json from the
// hand-written <case>/{old,new}-clean.txt files.  Deterministic (seeded).
// Usage: node build.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.dirname(fileURLToPath(import.meta.url));

// ---------- helpers ----------
function hash(s) { let h = 2166136261; for (const c of s) { h ^= c.codePointAt(0); h = Math.imul(h, 16777619); } return h >>> 0; }
function rng(seed) {
  return function () {
    seed = (seed + 0x6D2B79F5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const readParas = (f) => fs.readFileSync(f, 'utf8').trim().split(/\n\n/).map((p) => p.trim());

const VOWELS = { en: 'aeiouyüAEIOUYÜ', ru: 'аеёиоуыэюяАЕЁИОУЫЭЮЯ' };
const EN_DIGRAPHS = ['th', 'sh', 'ch', 'ph', 'gh', 'ck', 'qu', 'wh', 'ng'];

function splitPoints(word, lang) {
  const isV = (c) => VOWELS[lang].includes(c);
  const pts = [];
  for (let k = 3; k <= word.length - 3; k++) {
    const pre = word.slice(0, k), suf = word.slice(k);
    const a = word[k - 1], b = word[k], c = word[k + 1];
    if (![...pre].some(isV) || ![...suf].some(isV)) continue;
    if (lang === 'ru' && 'ьъйЬЪЙ'.includes(b)) continue;
    if (lang === 'en') {
      if (EN_DIGRAPHS.includes((a + b).toLowerCase())) continue;
      if (/^[^aeiouy]*e[ds]?$/i.test(suf)) continue; // "-med", "-ted", "-ses"
      if (/^[^aeiouy]*(ed|es|ly)$/i.test(suf)) continue;
      if (/(ti|si|ci)[aeiou]$/i.test(pre)) continue;            // not "Internatio-nal"
      if (isV(a) && isV(word[k - 2])) continue;                 // not "mee-ting"
      if (/^ings?$/i.test(suf)) { pts.push(k); continue; }      // "meet-ing"
    }
    if (isV(a) && !isV(b) && c && isV(c)) pts.push(k);                  // V-CV
    else if (lang === 'ru') {
      if ('ьъй'.includes(a) && !isV(b)) pts.push(k);                    // "боль-шой"
      else if (a === b && isV(word[k - 2])) pts.push(k);                // "предваритель-", "ан-ный"
    } else if (!isV(a) && !isV(b) && k >= 2 && isV(word[k - 2])) pts.push(k); // VC-CV
  }
  return pts;
}

// Greedy wrap with optional hyphenation; never breaks inside a token that
// already contains a hyphen, never leaves a line ending in a natural "-".
function wrap(par, width, lang, R, prob, stats) {
  const toks = par.split(/\s+/).filter(Boolean);
  const lines = [];
  let cur = '';
  const pushCur = (next) => {
    // keep a token that ends with "-" (e.g. "водо-") off the line end
    if (/-$/.test(cur) && cur.includes(' ')) {
      const i = cur.lastIndexOf(' ');
      lines.push(cur.slice(0, i));
      cur = cur.slice(i + 1) + ' ' + next;
    } else { lines.push(cur); cur = next; }
  };
  for (const tok of toks) {
    if (!cur) { cur = tok; continue; }
    if (cur.length + 1 + tok.length <= width) { cur += ' ' + tok; continue; }
    let done = false;
    const m = tok.match(/^(\p{L}+)([^\p{L}\-]*)$/u);
    if (lang !== 'ar' && m && m[1].length >= 7 && m[1] !== m[1].toUpperCase() && R() < prob) {
      const room = width - cur.length - 2;
      const pts = splitPoints(m[1], lang).filter((k) => k <= room);
      if (pts.length) {
        const k = Math.max(...pts);
        lines.push(cur + ' ' + m[1].slice(0, k) + '-');
        cur = m[1].slice(k) + m[2];
        stats.hyph++;
        done = true;
      }
    }
    if (!done) pushCur(tok);
  }
  if (cur) lines.push(cur);
  return lines;
}

function buildPdf(pars, cfg, side, seed) {
  // retry with other seeds / page lengths until the file shows at least two
  // hyphenated line ends (en, ru) and one page break inside a paragraph
  for (let attempt = 0; attempt < 200; attempt++) {
    const wantHB = (cfg.hyphenAtPageBreak || []).includes(side);
    const r = buildPdfOnce(pars, { ...cfg, pageLen: cfg.pageLen - (attempt % (wantHB ? 9 : 5)) }, side, seed + attempt);
    if (r.stats.midBreaks >= 1 && (cfg.lang === 'ar' || r.stats.hyph >= 2) && (!wantHB || r.stats.hyphBreaks >= 1)) return r;
  }
  throw new Error('no acceptable layout');
}

function buildPdfOnce(pars, cfg, side, seed) {
  const R = rng(seed);
  const stats = { hyph: 0, midBreaks: 0, hyphBreaks: 0, pages: 0, pageLen: cfg.pageLen };
  const body = []; // {text, endsPar}
  for (const p of pars) {
    const ls = wrap(p, cfg.width[side], cfg.lang, R, cfg.prob ?? 0.45, stats);
    ls.forEach((t, i) => body.push({ text: t, endsPar: i === ls.length - 1 }));
  }
  const pages = [];
  for (let i = 0; i < body.length; i += cfg.pageLen) pages.push(body.slice(i, i + cfg.pageLen));
  const T = pages.length;
  stats.pages = T;
  const out = [], layout = [];
  const furn = (arr) => arr.forEach(([kind, line]) => { out.push(line); layout.push({ line, kind }); });
  pages.forEach((pg, i) => {
    const p = i + 1;
    furn(cfg.top(p, T, side));
    pg.forEach((l) => out.push(l.text));
    if (i < T - 1 && !pg[pg.length - 1].endsPar) stats.midBreaks++;
    if (i < T - 1 && /-$/.test(pg[pg.length - 1].text)) stats.hyphBreaks++;
    furn(cfg.bottom(p, T, side));
  });
  return { text: out.join('\n') + '\n', layout, stats };
}

function buildWeb(pars, spec) {
  const out = [], layout = [];
  const blank = () => { if (spec.blank) out.push(''); };
  const furn = (arr) => (arr || []).forEach(([kind, line]) => { out.push(line); layout.push({ line, kind }); blank(); });
  const para = (t) => { out.push(t); blank(); };
  furn(spec.head);
  pars.forEach((p, i) => {
    const sp = spec.split?.[i];
    if (sp) {
      const j = p.indexOf(sp.after);
      if (j < 0) throw new Error('split marker not found: ' + sp.after);
      const cut = j + sp.after.length;
      para(p.slice(0, cut).trim());
      furn(sp.f);
      para(p.slice(cut).trim());
    } else para(p);
    furn(spec.after?.[i]);
  });
  furn(spec.tail);
  while (out.length && out[out.length - 1] === '') out.pop();
  return { text: out.join('\n') + '\n', layout, stats: {} };
}

// ---------- configurations ----------
const AR_DIG = (n) => String(n).replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[d]);

const PDF = {
  'en-1': {
    lang: 'en', width: { old: 72, new: 76 }, pageLen: 19, prob: 0.45,
    top: (p, T, s) => [['running-header', `Joint Statement — ${s === 'old' ? '20th' : '21st'} International Meeting on Syria in the Astana Format`]],
    bottom: (p, T) => [['page-number', `Page ${p} of ${T}`]],
  },
  'en-2': {
    lang: 'en', width: { old: 90, new: 86 }, pageLen: 15, prob: 0.5, hyphenAtPageBreak: ['new'],
    top: (p, T, s) => [['running-header', s === 'old' ? 'S/2022/512' : 'S/2022/897']],
    bottom: (p, T, s) => [
      ...(p === 1 ? [['other', s === 'old' ? '22-09417 (E)' : '22-26803 (E)']] : []),
      ['page-number', `${p}/${T}`],
    ],
  },
  'ar-1': {
    lang: 'ar', width: { old: 66, new: 70 }, pageLen: 17,
    top: (p, T, s) => (p === 1 ? [] : [['running-header', `البيان المشترك — الاجتماع الدولي ${s === 'old' ? 'التاسع عشر' : 'العشرون'} بشأن سوريا بصيغة أستانا`]]),
    bottom: (p, T) => [['page-number', `الصفحة ${p} من ${T}`]],
  },
  'ar-2': {
    lang: 'ar', width: { old: 84, new: 80 }, pageLen: 14,
    top: (p, T, s) => (p === 1 ? [] : [
      ['page-number', `- ${AR_DIG(p)} -`],
      ['running-header', `الجولة ${s === 'old' ? 'الحادية والعشرون' : 'الثانية والعشرون'} من محادثات أستانا — البيان المشترك`],
    ]),
    bottom: () => [],
  },
  'ru-1': {
    lang: 'ru', width: { old: 62, new: 65 }, pageLen: 24, prob: 0.5, hyphenAtPageBreak: ['new'],
    top: (p, T, s) => [['running-header', `Астанинский формат • ${s === 'old' ? '20-я' : '21-я'} Международная встреча по Сирии`]],
    bottom: (p) => [['page-number', `Стр. ${p}`]],
  },
  'ru-2': {
    lang: 'ru', width: { old: 94, new: 91 }, pageLen: 13, prob: 0.7,
    top: (p) => (p === 1 ? [] : [['running-header', 'Неофициальный перевод']]),
    bottom: (p) => [['page-number', `${p}`]],
  },
};

const EN_FOOT = '© 2024 Illustrative Daily News. All rights reserved.';
const RU_FOOT24 = '© 2024 «Пример Медиа». Все права защищены.';
const RU_FOOT21 = '© 2021 «Пример Медиа». Все права защищены. Перепечатка только с согласия редакции.';

const WEB = {
  'en-3': {
    old: {
      blank: true,
      head: [
        ['other', 'Home › World › Middle East'],
        ['headline', "Astana guarantors warn of regional spillover, reject 'local elections' in Syria's north-east"],
        ['byline', 'By Staff Writer'],
        ['dateline', 'Published 12 June 2024, 19:40 GMT | Updated 12 June 2024, 21:05 GMT'],
        ['share', 'Share'],
        ['caption', 'Delegations of Iran, Russia and Türkiye meet in Astana on Wednesday. (Photo: Illustrative Wire)'],
        ['other', 'ASTANA — Iran, Russia and Türkiye wrapped up a new round of talks on Syria on Wednesday with a joint statement that focused on the north-east of the country and on humanitarian funding. The full text of the statement follows.'],
      ],
      after: {
        3: [['read-also', 'Read also: UN envoy briefs Security Council on stalled constitutional talks']],
        6: [['social', '@GuarantorsDesk · 12 Jun: Joint statement adopted at the close of the 22nd Astana meeting on Syria. Full text on our website.']],
        8: [['read-also', 'Read also: Aid agencies say Syria appeal is less than a quarter funded']],
      },
      tail: [
        ['tags', 'Tags: Syria, Astana format, Iran, Russia, Türkiye'],
        ['share', 'Share on Facebook'],
        ['share', 'Share on X'],
        ['share', 'Copy link'],
        ['footer', EN_FOOT],
      ],
    },
    new: {
      blank: false,
      head: [
        ['other', 'Home › World › Middle East'],
        ['headline', 'Astana talks: guarantors urge restraint, vow to relaunch Syria constitutional track'],
        ['byline', 'By Staff Writer'],
        ['dateline', 'Published 11 November 2024, 18:02 GMT'],
        ['share', 'Share'],
        ['caption', 'Heads of delegations pose for a group photo at the close of the talks. (Photo: Illustrative Wire)'],
        ['other', 'ASTANA — The three guarantor states of the Astana format on Monday issued a joint statement at the end of the 23rd round. Below is the full text.'],
      ],
      after: {
        2: [['read-also', 'Read also: Strikes near Damascus airport disrupt flights for second time this month']],
        7: [['social', 'Guarantors Desk (@GuarantorsDesk) · 11 Nov 2024: The 24th round is expected in the first half of 2025. #Syria #Astana']],
      },
      split: { 5: { after: 'in particular donor states,', f: [['other', 'ADVERTISEMENT']] } },
      tail: [
        ['other', 'Reporting by Staff Writer; editing by the International Desk.'],
        ['tags', 'Tags: Syria, Astana format, Constitutional Committee, refugees'],
        ['share', 'Share this article'],
        ['footer', EN_FOOT],
        ['footer', 'Terms of Use | Privacy Policy'],
      ],
    },
  },
  'en-4': {
    old: {
      blank: false,
      head: [
        ['headline', 'Guarantors meet in Sochi, voice regret over stalled constitutional talks'],
        ['dateline', '17 February 2021 | 16:45'],
        ['byline', 'By our diplomatic correspondent'],
        ['share', 'Share | Tweet | Email'],
        ['caption', 'Photo: The Sochi round of the Astana talks opened on Tuesday. Illustrative image.'],
        ['other', 'The joint statement issued at the end of the meeting reads in full:'],
      ],
      after: {
        5: [['read-also', 'READ ALSO: Kazakhstan offers to host next round of Syria talks']],
        8: [['social', 'Embedded post: @IllustrativeMFA — Joint statement adopted in Sochi. Vaccines for all Syrians must be a priority.']],
      },
      tail: [
        ['other', 'The statement was published on the websites of the three foreign ministries.'],
        ['tags', 'Topics: Syria | Astana process | COVID-19'],
        ['share', 'Share this story'],
        ['footer', '© 2021 Illustrative World Report. All rights reserved.'],
      ],
    },
    new: {
      blank: true,
      head: [
        ['headline', 'Nur-Sultan round ends with call to intensify Syria constitutional work'],
        ['dateline', '8 July 2021 | 19:10'],
        ['byline', 'By our diplomatic correspondent'],
        ['share', 'Share | Tweet | Email'],
        ['caption', 'Photo: Delegations at the Nur-Sultan talks on Thursday. Illustrative image.'],
        ['other', 'Full text of the joint statement:'],
      ],
      split: { 3: { after: 'all existing agreements on Idlib,', f: [['other', 'Advertisement']] } },
      after: {
        6: [['read-also', 'READ ALSO: UN Security Council extends cross-border aid mechanism']],
        8: [['social', 'Embedded post: @IllustrativeMFA — Another round of talks concluded. Next meeting before the end of the year.']],
      },
      tail: [
        ['tags', 'Topics: Syria | Astana process | Detainees'],
        ['share', 'Share this story'],
        ['footer', '© 2021 Illustrative World Report. All rights reserved.'],
      ],
    },
  },
  'ar-3': {
    old: {
      blank: true,
      head: [
        ['other', 'الرئيسية » أخبار » عربي ودولي'],
        ['headline', 'الدول الضامنة لمسار أستانا تؤكد التزامها بوحدة سوريا وتدين الاعتداءات الإسرائيلية'],
        ['byline', 'كتب: محرر الشؤون الدولية'],
        ['dateline', 'نُشر في: الأربعاء 12 حزيران 2024 - 20:15'],
        ['share', 'شارك'],
        ['caption', 'جانب من الجلسة الختامية للاجتماع الدولي بشأن سوريا في أستانا (صورة توضيحية)'],
        ['other', 'اختتمت في العاصمة الكازاخية أستانا اليوم الأربعاء جولة جديدة من المحادثات بشأن سوريا، وأصدرت الدول الضامنة بياناً ختامياً جاء فيه:'],
      ],
      after: {
        2: [['read-also', 'اقرأ أيضاً: المبعوث الأممي يحذر من تدهور الوضع الإنساني في سوريا']],
        5: [['social', 'الخارجية (@MFA_Example): صدور البيان الختامي للجولة الثانية والعشرين من محادثات أستانا. #سوريا #أستانا']],
      },
      tail: [
        ['tags', 'الوسوم: سوريا، أستانا، إيران، روسيا، تركيا'],
        ['share', 'شارك على فيسبوك'],
        ['share', 'شارك على إكس'],
        ['footer', 'جميع الحقوق محفوظة © 2024 صحيفة المثال'],
      ],
    },
    new: {
      blank: false,
      head: [
        ['other', 'الرئيسية » أخبار » عربي ودولي'],
        ['headline', 'البيان الختامي لأستانا 23: تحذير من امتداد النزاعات الإقليمية إلى سوريا'],
        ['byline', 'كتب: محرر الشؤون الدولية'],
        ['dateline', 'نُشر في: الإثنين 11 تشرين الثاني 2024 - 19:05'],
        ['caption', 'صورة جماعية لرؤساء الوفود في ختام الاجتماع (صورة توضيحية)'],
        ['share', 'شارك'],
        ['other', 'وأصدرت الدول الضامنة في ختام الاجتماع بياناً جاء نصه كالتالي:'],
      ],
      after: {
        3: [['read-also', 'اقرأ أيضاً: غارات جديدة تستهدف محيط مطار دمشق الدولي']],
        7: [['social', 'تغريدة @MFA_Example: اختتام أعمال الاجتماع الدولي الثالث والعشرين بشأن سوريا بصيغة أستانا']],
      },
      split: { 5: { after: 'دون تسييس أو شروط مسبقة،', f: [['other', 'إعلان']] } },
      tail: [
        ['tags', 'الوسوم: سوريا، أستانا، اللجنة الدستورية'],
        ['share', 'شارك على فيسبوك'],
        ['share', 'شارك على إكس'],
        ['footer', 'جميع الحقوق محفوظة © 2024 صحيفة المثال'],
      ],
    },
  },
  'ar-4': {
    old: {
      blank: false,
      head: [
        ['headline', 'الدول الضامنة تجدد التزامها بوحدة سوريا وسلامة أراضيها'],
        ['dateline', 'نور سلطان - (وكالة المثال) - 22/12/2021'],
        ['byline', 'تحرير: قسم الأخبار الدولية'],
        ['caption', 'من اجتماع الدول الضامنة في نور سلطان (أرشيف)'],
        ['other', 'أصدرت الدول الضامنة لمسار أستانا في ختام اجتماعها اليوم الأربعاء البيان التالي:'],
      ],
      after: {
        4: [['read-also', 'اقرأ أيضاً: وصول قافلة مساعدات أممية جديدة إلى شمال غرب سوريا']],
        7: [['social', 'منشور على فيسبوك من صفحة وكالة المثال: الدول الضامنة تتفق على عقد الاجتماع المقبل مطلع العام']],
      },
      tail: [
        ['share', 'شارك الخبر'],
        ['tags', 'كلمات مفتاحية: سوريا | أستانا | إيران | روسيا | تركيا'],
        ['footer', '© 2021 وكالة المثال للأنباء. جميع الحقوق محفوظة.'],
      ],
    },
    new: {
      blank: true,
      head: [
        ['headline', 'بيان أستانا: إدانة شديدة للإرهاب ودعوة إلى تكثيف عمل اللجنة الدستورية'],
        ['dateline', 'نور سلطان - (وكالة المثال) - 16/06/2022'],
        ['byline', 'تحرير: قسم الأخبار الدولية'],
        ['caption', 'رؤساء وفود الدول الضامنة خلال الجلسة الختامية (صورة توضيحية)'],
        ['other', 'وفيما يلي نص البيان الختامي:'],
      ],
      split: { 2: { after: 'وتهديد الأمن القومي لدول الجوار،', f: [['other', 'إعلان']] } },
      after: {
        5: [['read-also', 'اقرأ أيضاً: الأمم المتحدة تدعو إلى تمويل عاجل لخطة الاستجابة في سوريا']],
        7: [['social', 'منشور على فيسبوك من صفحة وكالة المثال: تبادل جديد للمحتجزين بمشاركة الدول الضامنة']],
      },
      tail: [
        ['share', 'شارك الخبر'],
        ['tags', 'كلمات مفتاحية: سوريا | أستانا | اللجنة الدستورية'],
        ['footer', '© 2022 وكالة المثال للأنباء. جميع الحقوق محفوظة.'],
      ],
    },
  },
  'ru-3': {
    old: {
      blank: true,
      head: [
        ['other', 'Главная / Политика / Ближний Восток'],
        ['headline', 'Гаранты астанинского формата отвергли «местные выборы» на северо-востоке Сирии'],
        ['byline', 'Автор: Редакция международного отдела'],
        ['dateline', 'Опубликовано: 12.06.2024, 19:40'],
        ['caption', 'Фото: участники встречи в Астане. Иллюстрация'],
        ['other', 'Страны-гаранты по итогам встречи приняли совместное заявление. Приводим его текст полностью.'],
      ],
      after: {
        3: [['read-also', 'Читайте также: Спецпосланник ООН призвал возобновить работу Конституционного комитета']],
        6: [['social', 'Telegram-канал «Пример Медиа»: Гаранты договорились провести следующую встречу во второй половине года']],
      },
      tail: [
        ['share', 'Поделиться'],
        ['tags', 'Теги: Сирия, Астана, Иран, Россия, Турция'],
        ['other', '18+'],
        ['footer', RU_FOOT24],
      ],
    },
    new: {
      blank: false,
      head: [
        ['other', 'Главная / Политика / Ближний Восток'],
        ['headline', 'В Астане завершилась 23-я встреча по Сирии: гаранты призвали к сдержанности'],
        ['byline', 'Автор: Редакция международного отдела'],
        ['dateline', 'Опубликовано: 11.11.2024, 18:15 | Обновлено: 11.11.2024, 20:02'],
        ['share', 'Поделиться'],
        ['caption', 'Фото: пленарное заседание встречи. Иллюстрация'],
        ['other', 'Текст совместного заявления:'],
      ],
      after: {
        2: [['read-also', 'Читайте также: Израиль нанес новые удары по окрестностям Дамаска']],
        7: [['social', 'Telegram-канал «Пример Медиа»: Следующая встреча в астанинском формате пройдет в первой половине 2025 года']],
      },
      split: { 3: { after: 'безопасности соседних государств,', f: [['other', 'Реклама']] } },
      tail: [
        ['tags', 'Теги: Сирия, Астана, беженцы, Конституционный комитет'],
        ['share', 'Поделиться'],
        ['other', '18+'],
        ['footer', RU_FOOT24],
      ],
    },
  },
  'ru-4': {
    old: {
      blank: false,
      head: [
        ['headline', 'Гаранты выразили сожаление из-за отсутствия прогресса в Конституционном комитете'],
        ['dateline', '17 февраля 2021, 17:30'],
        ['byline', 'Автор: Анна Примерова'],
        ['caption', 'Фото: пресс-служба встречи в Сочи (иллюстрация)'],
        ['share', 'Поделиться'],
        ['other', 'Ниже приводится полный текст совместного заявления.'],
      ],
      after: {
        5: [['read-also', 'Читайте также: Казахстан готов принять следующий раунд переговоров по Сирии']],
        8: [['social', 'ВКонтакте | Пример Медиа: Совместное заявление по итогам встречи в Сочи опубликовано']],
      },
      tail: [
        ['tags', 'Теги: Сирия, Сочи, астанинский формат, COVID-19'],
        ['share', 'Поделиться: ВКонтакте | Telegram | Одноклассники'],
        ['footer', RU_FOOT21],
      ],
    },
    new: {
      blank: true,
      head: [
        ['headline', 'Гаранты в Нур-Султане решительно осудили активность террористов в Сирии'],
        ['dateline', '8 июля 2021, 18:55'],
        ['byline', 'Автор: Анна Примерова'],
        ['share', 'Поделиться'],
        ['caption', 'Фото: встреча в Нур-Султане (иллюстрация)'],
        ['other', 'Приводим полный текст совместного заявления.'],
      ],
      split: { 5: { after: 'всех договоренностей по Идлибу,', f: [['other', 'Реклама']] } },
      after: {
        7: [['read-also', 'Читайте также: СБ ООН продлил механизм трансграничной гуманитарной помощи']],
        8: [['social', 'ВКонтакте | Пример Медиа: В Нур-Султане прошел очередной обмен удерживаемыми лицами']],
      },
      tail: [
        ['tags', 'Теги: Сирия, Нур-Султан, астанинский формат'],
        ['share', 'Поделиться: ВКонтакте | Telegram | Одноклассники'],
        ['footer', RU_FOOT21],
      ],
    },
  },
};

// ---------- run ----------
for (const c of [...Object.keys(PDF), ...Object.keys(WEB)].sort()) {
  const layout = {};
  for (const side of ['old', 'new']) {
    const pars = readParas(path.join(ROOT, c, `${side}-clean.txt`));
    const r = PDF[c]
      ? buildPdf(pars, PDF[c], side, hash(c + side))
      : buildWeb(pars, WEB[c][side]);
    fs.writeFileSync(path.join(ROOT, c, `${side}-published.txt`), r.text);
    layout[side] = r.layout;
    console.log(c, side, JSON.stringify({ ...r.stats, ...(PDF[c] ? { width: PDF[c].width[side] } : {}) }), 'furniture lines:', r.layout.length);
  }
  fs.writeFileSync(path.join(ROOT, c, 'layout.json'), JSON.stringify(layout, null, 2) + '\n');
}
