// build.mjs — derives the *-published.txt files and layout.json of every case
// from the hand-written *-clean.txt files plus the per-case layout settings below.
// Usage: node build.mjs   (then: node check.mjs)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.dirname(fileURLToPath(import.meta.url));

function mulberry32(seed) {
  return function () {
    seed |= 0; seed = (seed + 0x6D2B79F5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------- hyphenation ----------
const EN_WORDS = `ab-duct-ees ac-tiv-i-ty ad-di-tion-al agen-cies agen-das ag-gra-vat-ed agri-cul-tur-al air-ports
an-nounce-ment ar-range-ments as-sis-tance at-tacks at-tempts au-thor-i-ties au-ton-o-my avi-a-tion be-long-ing
be-tween broad-en ca-pac-i-ty car-ried ca-su-al-ties ca-tas-tro-phe cease-fire char-ter ci-vil-ian ci-vil-ians
com-mit-ment com-mit-tee com-mu-ni-ties com-mu-ni-ty com-pro-mise con-cern con-cern-ing con-demned con-di-tions
con-fi-dence con-se-quences con-sti-tu-tion con-sti-tu-tion-al con-struc-tive con-sul-ta-tions con-tin-ue
con-tin-ued con-tra-dict con-vene con-vened con-ven-ing con-voys co-op-er-a-tion co-or-di-na-tion coun-cil
coun-tries coun-try cre-at-ing de-ci-sive del-e-ga-tions de-liv-er-ies de-liv-ery de-min-ing de-tain-ees
de-te-ri-o-ra-tion de-ter-mi-na-tion dev-as-tat-ing de-vel-op-ments dig-ni-fied dis-crim-i-na-tion dis-cussed
dis-cus-sions dis-placed dis-place-ment ear-li-est earth-quake eco-nom-ic ef-fec-tive ef-forts elec-tric-i-ty
elim-i-nat-ing em-pha-sized en-cour-aged en-dan-ger en-gage-ment en-shrined en-sur-ing es-ca-la-tion es-sen-tial
eu-phra-tes ex-cep-tion ex-change ex-ist-ing ex-plo-sive ex-pressed ex-ten-sion fa-cil-i-tat-ed fa-cil-i-tat-ing
fed-er-a-tion fight-ing fol-low-ing for-eign frag-ile frame-work fur-ther grat-i-tude great-er grow-ing
guar-an-tor guar-an-tors hand-over hard-ship high-light-ed high-way hos-pi-tal-i-ty hos-pi-tals host-ing
hu-man-i-tar-i-an iden-ti-fi-ca-tion il-le-gal im-ple-ment im-ple-men-ta-tion im-por-tance in-clud-ing in-crease
in-creased in-creas-ing in-de-pen-dence in-for-ma-tion in-fra-struc-ture ini-tia-tives in-teg-ri-ty in-ten-si-fy
in-ter-nal-ly in-ter-na-tion-al is-lam-ic ka-zakh-stan last-ing lat-a-kia lift-ing lo-gis-ti-cal main-tain
mea-sures mech-a-nism meet-ing mem-bers mil-i-tary miss-ing mo-ti-vat-ed na-tion-al na-tion-als na-tions
neigh-bour-ing net-works no-vem-ber oc-to-ber op-er-a-tion op-posed op-po-si-tion or-di-nary out-comes par-ties
pend-ing per-son-nel per-sons plat-form po-lit-i-cal po-lit-i-cal-ly po-lit-i-ci-za-tion pos-si-ble
pre-con-di-tions pres-ence pre-text pre-vent pre-ven-tion prin-ci-ples pri-or-i-ty pro-cess pro-gress proj-ects
pro-long pro-mot-ing pro-tect pro-tec-tion pro-vide prov-inces pur-pos-es read-i-ness re-af-firmed
re-con-struc-tion re-con-vene re-cov-ery re-frain ref-u-gees reg-u-lar re-ha-bil-i-ta-tion re-it-er-at-ed
re-ject-ed re-lat-ed re-lease rel-e-vant re-mains rem-nants re-mov-al re-pa-tri-ate re-pa-tri-a-tion
rep-re-sen-ta-tives re-pub-lic res-i-den-tial res-o-lu-tion res-o-lu-tions re-solve re-solv-ing re-spect
re-spect-ed res-to-ra-tion re-stric-tions re-sump-tion re-turn-ing rev-e-nues re-viewed rus-sian sanc-tions
sat-is-fac-tion se-cu-ri-ty sei-zure sep-a-ra-tist se-ri-ous ser-vices ses-sion set-tled set-tle-ment
si-mul-ta-ne-ous sin-cere sit-u-a-tion so-lu-tion sov-er-eign-ty spe-cial state-ment stead-fast strength-en
strong-est sub-stan-tive suf-fer-ing sup-port syr-i-ans tan-gi-ble ter-ri-to-ri-al ter-ror-ism ter-ror-ist
them-selves threat-en-ing through-out trans-fer tür-ki-ye un-der-lined un-der-min-ing un-der-scored un-hin-dered
uni-lat-er-al uni-ver-sal-ly un-wa-ver-ing var-i-ous vi-o-late vol-un-tary wel-comed with-out work-ing
wors-en-ing guar-an-tee de-ploy-ment`.split(/\s+/).filter(Boolean);
const EN = new Map();
for (const w of EN_WORDS) {
  const pts = []; let n = 0;
  for (const ch of w) { if (ch === '-') pts.push(n); else n++; }
  EN.set(w.replace(/-/g, ''), pts);
}
const RU_V = 'аеёиоуыэюя', RU_S = 'йьъ';
function ruBreaks(word) {
  const w = word.toLowerCase(), res = [];
  if (w.length < 5) return res;
  const isV = c => RU_V.includes(c);
  for (let i = 2; i <= w.length - 2; i++) {
    const left = w.slice(0, i), right = w.slice(i);
    if (![...left].some(isV) || ![...right].some(isV)) continue;
    const a = w[i - 1], b = w[i];
    if (RU_S.includes(b)) continue;
    if (isV(a) && isV(b)) continue;
    if (isV(a)) { if (isV(w[i + 1] || '')) res.push(i); continue; }     // V-CV
    if (!isV(b)) {                                                        // C-C
      if (RU_S.includes(a)) { res.push(i); continue; }                    // after й ь ъ
      if (a === 'с') continue;                                            // keep ст, ск, сп ... together
      if (!isV(w[i - 2]) && !RU_S.includes(w[i - 2])) continue;           // no CC- at the end of the left part
      if ('рл'.includes(b) && !'рлмн'.includes(a)) continue;               // keep тр, пр, бл ... together
      res.push(i); continue;
    }
    if (RU_S.includes(a)) res.push(i);                                    // ь/ъ/й before vowel
  }
  return res;
}
function breakPoints(core, lang) {
  if (lang === 'en') {
    const pts = EN.get(core.toLowerCase()) || [];
    return pts.filter(i => i >= 2 && core.length - i >= 3);
  }
  if (lang === 'ru') return ruBreaks(core).filter(i => core.length - i >= 2);
  return [];
}

// ---------- wrapping ----------
function wrap(text, width, lang, rnd, prob, stats) {
  const toks = text.split(' ');
  const units = [];
  for (let i = 0; i < toks.length; i++) {
    let t = toks[i];
    while (t.endsWith('-') && i + 1 < toks.length) t += ' ' + toks[++i]; // never leave "1-" at a line end
    units.push(t);
  }
  const lines = []; let cur = '';
  for (const u of units) {
    if (!cur) { cur = u; continue; }
    if (cur.length + 1 + u.length <= width) { cur += ' ' + u; continue; }
    const room = width - cur.length - 2; // a space and the hyphen
    let done = false;
    if (lang !== 'ar' && room >= 3 && !u.includes(' ') && !u.includes('-') && rnd() < prob) {
      const m = u.match(/^([^\p{L}]*)(\p{L}+)([^\p{L}]*)$/u);
      if (m) {
        const cands = breakPoints(m[2], lang).map(i => i + m[1].length).filter(i => i <= room);
        if (cands.length) {
          const i = Math.max(...cands);
          lines.push(cur + ' ' + u.slice(0, i) + '-');
          stats.hyph.push(u.slice(0, i) + '-' + u.slice(i));
          cur = u.slice(i); done = true;
        }
      }
    }
    if (!done) { lines.push(cur); cur = u; }
  }
  if (cur) lines.push(cur);
  return lines;
}

const AR_DIGITS = '٠١٢٣٤٥٦٧٨٩';
const ar = n => String(n).replace(/\d/g, d => AR_DIGITS[d]);

// ---------- PDF-like layout ----------
function buildPdf(clean, cfg, seed) {
  const rnd = mulberry32(seed);
  const stats = { hyph: [], splitPages: 0 };
  const paras = clean.trim().split(/\n\n/);
  const body = [];
  paras.forEach((p, pi) => wrap(p, cfg.width, cfg.lang, rnd, cfg.hyph ?? 0.7, stats).forEach((l, li) => body.push({ text: l, pi, li })));
  const first = cfg.firstCap ?? cfg.cap;
  const total = 1 + Math.max(0, Math.ceil((body.length - first) / cfg.cap));
  const out = [];
  let k = 0;
  for (let pg = 1; pg <= total; pg++) {
    const cap = pg === 1 ? first : cfg.cap;
    if (pg > 1) {
      if (cfg.ff) out.push({ text: '\f' });
      if (cfg.blankBetween) out.push({ text: '' });
    }
    for (const f of cfg.top(pg, total)) out.push(f);
    const chunk = body.slice(k, k + cap); k += cap;
    chunk.forEach(b => out.push({ text: b.text }));
    const nxt = body[k];
    if (nxt && nxt.li > 0) stats.splitPages++;
    if (cfg.blankBetween && pg < total) out.push({ text: '' });
    for (const f of cfg.bottom(pg, total)) out.push(f);
  }
  return { out, stats, pages: total, maxw: Math.max(...body.map(b => b.text.length)) };
}

// ---------- web-page layout ----------
function buildWeb(clean, spec) {
  const paras = clean.trim().split(/\n\n/);
  const items = []; // {text, kind|null}
  const used = new Set();
  for (const it of spec.items) {
    if (it[0] === 'p') {
      for (let i = it[1]; i <= (it[2] ?? it[1]); i++) { items.push({ text: paras[i] }); used.add(i); }
    } else if (it[0] === 'split') {
      const [, i, after, kind, line] = it; const p = paras[i]; const pos = p.indexOf(after);
      if (pos < 0) throw new Error('split text not found: ' + after);
      const cut = pos + after.length;
      items.push({ text: p.slice(0, cut).trim() }); items.push({ text: line, kind }); items.push({ text: p.slice(cut).trim() }); used.add(i);
    } else items.push({ text: it[2], kind: it[1] });
  }
  if (used.size !== paras.length) throw new Error('not all paragraphs used');
  const out = [];
  items.forEach((x, i) => {
    if (i > 0) {
      const prev = items[i - 1];
      const blank = spec.blank === 'all' ? true
        : spec.blank === 'paras' ? (!prev.kind && !x.kind)
        : spec.blank === 'after-paras' ? !prev.kind
        : false;
      if (blank) out.push({ text: '' });
    }
    out.push(x);
  });
  return { out };
}

// ---------- case settings ----------
const UN = (sym, job, date) => ({
  firstTop: [
    ['other', 'United Nations'], ['running-header', sym], ['other', 'General Assembly'], ['other', 'Security Council'],
    ['other', 'Distr.: General'], ['other', date], ['other', 'Original: English'],
  ],
});
const L = (kind, text) => ({ text, kind });

const CASES = {
  'en-1': {
    old: { kind: 'pdf', lang: 'en', width: 84, firstCap: 14, cap: 20, ff: true,
      top: (p) => p === 1 ? [...UN('A/80/211–S/2025/187', '', '21 March 2025').firstTop.map(([k, t]) => L(k, t)),
          L('other', 'Annex to the letter dated 18 March 2025 from the Permanent Representative of'),
          L('other', 'Kazakhstan to the United Nations addressed to the Secretary-General')]
        : [L('running-header', 'A/80/211–S/2025/187')],
      bottom: (p, n) => p === 1 ? [L('other', '25-04518 (E)')] : [L('page-number', `${p}/${n}`), L('other', '25-04518')] },
    new: { kind: 'pdf', lang: 'en', width: 86, firstCap: 12, cap: 21, ff: true,
      top: (p) => p === 1 ? [...UN('A/80/598–S/2025/702', '', '22 October 2025').firstTop.map(([k, t]) => L(k, t)),
          L('other', 'Annex to the letter dated 20 October 2025 from the Permanent Representative of'),
          L('other', 'Kazakhstan to the United Nations addressed to the Secretary-General')]
        : [L('running-header', 'A/80/598–S/2025/702')],
      bottom: (p, n) => p === 1 ? [L('other', '25-16930 (E)')] : [L('page-number', `${p}/${n}`), L('other', '25-16930')] },
  },
  'en-2': {
    old: { kind: 'pdf', lang: 'en', width: 62, cap: 22, blankBetween: true, hyph: 0.5,
      top: () => [L('running-header', 'Joint Statement – 26th International Meeting on Syria')],
      bottom: (p) => [L('page-number', `- ${p} -`)] },
    new: { kind: 'pdf', lang: 'en', width: 66, cap: 20, blankBetween: true, hyph: 0.5,
      top: (p) => p === 1 ? [] : [L('running-header', 'Joint Statement – 27th International Meeting on Syria')],
      bottom: (p, n) => [L('page-number', `Page ${p} of ${n}`)] },
  },
  'ar-1': {
    old: { kind: 'pdf', lang: 'ar', width: 70, cap: 11,
      top: () => [L('running-header', 'البيان المشترك للدول الضامنة – الاجتماع الدولي الرابع والعشرون')],
      bottom: (p) => [L('page-number', `الصفحة ${ar(p)}`)] },
    new: { kind: 'pdf', lang: 'ar', width: 74, cap: 13,
      top: () => [L('running-header', 'البيان المشترك للدول الضامنة – الاجتماع الدولي الخامس والعشرون')],
      bottom: (p, n) => [L('page-number', `الصفحة ${ar(p)} من ${ar(n)}`)] },
  },
  'ar-2': {
    old: { kind: 'pdf', lang: 'ar', width: 92, cap: 10, ff: true,
      top: () => [L('running-header', 'ترجمة غير رسمية')],
      bottom: (p) => [L('page-number', `– ${ar(p)} –`)] },
    new: { kind: 'pdf', lang: 'ar', width: 88, cap: 11, ff: true,
      top: (p) => [L('running-header', 'ترجمة غير رسمية'), ...(p > 1 ? [L('page-number', `– ${ar(p)} –`)] : [])],
      bottom: () => [] },
  },
  'ru-1': {
    old: { kind: 'pdf', lang: 'ru', width: 58, cap: 24, hyph: 0.6,
      top: () => [L('running-header', 'Неофициальный перевод')],
      bottom: (p, n) => [L('page-number', `Страница ${p} из ${n}`)] },
    new: { kind: 'pdf', lang: 'ru', width: 60, cap: 23, hyph: 0.6,
      top: () => [L('running-header', 'Неофициальный перевод')],
      bottom: (p, n) => [L('page-number', `Страница ${p} из ${n}`)] },
  },
  'ru-2': {
    old: { kind: 'pdf', lang: 'ru', width: 95, cap: 10, ff: true,
      top: (p) => p === 1 ? [] : [L('running-header', 'Совместное заявление государств-гарантов астанинского формата')],
      bottom: (p) => [L('page-number', `${p}`)] },
    new: { kind: 'pdf', lang: 'ru', width: 98, cap: 10, ff: true,
      top: (p) => p === 1 ? [] : [L('running-header', 'Совместное заявление государств-гарантов астанинского формата')],
      bottom: (p) => [L('page-number', `– ${p} –`)] },
  },
};

const W = (kind, text) => ['f', kind, text];
CASES['en-3'] = {
  old: { kind: 'web', blank: 'all', items: [
    W('headline', 'Astana talks: guarantors urge Constitutional Committee to reconvene'),
    W('byline', 'By Daniel Okafor'),
    W('dateline', 'Published 27 November 2024, 16:05 GMT+5 | Updated 27 November 2024, 18:40'),
    W('share', 'Share'),
    W('caption', 'Heads of the Iranian, Russian and Turkish delegations at the closing plenary in Astana. Photo: Caspian Wire / A. Sultanov'),
    W('other', 'ASTANA – Iran, Russia and Türkiye ended the 23rd round of the Astana talks on Syria on Wednesday, calling on the Syrian parties to break the deadlock in the Constitutional Committee.'),
    W('other', "The statement, released by the host country's Foreign Ministry, reads in full:"),
    ['p', 0, 4],
    W('read-also', "Read also: Kazakhstan offers to host donor conference on Syria's water crisis"),
    ['p', 5, 7],
    W('social', 'Kazakhstan MFA (@MFA_KZ) · 27 Nov 2024 · The 23rd International Meeting on Syria in the Astana format has concluded in Astana. #AstanaFormat'),
    ['p', 8, 9],
    W('other', 'Diplomats said the venue of the next round would be agreed through the usual channels.'),
    W('tags', 'Tags: Syria · Astana format · Iran · Russia · Türkiye'),
    W('share', 'Share on Facebook'), W('share', 'Share on X'), W('share', 'Share on Telegram'), W('share', 'Copy link'),
    W('footer', '© 2024 Caspian Wire. All rights reserved.'),
  ] },
  new: { kind: 'web', blank: 'paras', items: [
    W('other', 'Home / World / Middle East'),
    W('headline', 'Iran, Russia, Türkiye condemn terrorist activity in Idlib, back support for refugee hosts'),
    W('dateline', '24 May 2025 | 11:47'),
    W('byline', 'Staff Reporter, The Levant Monitor'),
    W('other', 'The three guarantor states of the Astana process issued the following statement on Friday at the conclusion of their 24th meeting:'),
    ['p', 0, 2],
    W('caption', 'Photo: The closing session of the 24th meeting (Kazakh MFA)'),
    ['p', 3, 5],
    W('read-also', 'Read also: Syrian refugees in Lebanon face new restrictions ahead of winter'),
    ['p', 6, 9],
    W('share', 'Share this article'),
    W('social', 'Embedded post: @mfa_russia – Joint statement of the guarantors adopted in Astana. 24 May 2025'),
    W('tags', 'Topics: Syria, Astana process, Idlib, refugees'),
    W('footer', '© 2025 The Levant Monitor – All rights reserved | Privacy policy | Terms of use'),
  ] },
};
CASES['en-4'] = {
  old: { kind: 'web', blank: 'none', items: [
    W('other', 'World › Middle East'),
    W('headline', 'Iran, Russia and Türkiye vow to protect civilians in Idlib'),
    W('byline', 'By Steppe Herald staff'),
    W('dateline', 'December 8, 2023 at 9:12 am'),
    W('share', 'Share'),
    W('other', 'The three guarantor countries issued the following joint statement at the end of two days of talks in the Kazakh capital:'),
    ['p', 0, 1],
    W('read-also', "Read also: UN envoy briefs Security Council on Syria's economic crisis"),
    ['p', 2],
    ['split', 3, 'including Al-Hol,', 'caption', 'A view of a camp for displaced people in north-east Syria. (File photo)'],
    ['p', 4, 8],
    W('social', '— Ministry of Foreign Affairs of Türkiye (@MFATurkiye) December 8, 2023'),
    W('tags', 'Tags: Astana process | Syria | Idlib | humanitarian aid'),
    W('other', 'More from Steppe Herald'),
    W('read-also', 'Read also: Damascus and Ankara trade accusations over water supplies'),
    W('footer', '© 2023 Steppe Herald Media. All rights reserved. Reproduction without permission is prohibited.'),
  ] },
  new: { kind: 'web', blank: 'none', items: [
    W('headline', 'Astana guarantors condemn attacks on aid convoys, urge repatriation from Al-Hol'),
    W('dateline', 'Posted: 25 January 2024 · 14:03'),
    W('byline', 'Reporting by Aigerim Bekova; editing by Tom Hale'),
    W('caption', 'Delegates attend the 22nd International Meeting on Syria in Astana, Kazakhstan. (Photo: Handout)'),
    W('other', 'Iran, Russia and Türkiye adopted a joint statement on Thursday. Below is the full text.'),
    ['p', 0, 3],
    W('read-also', 'Read also: Aid agencies warn of funding gap for Syria response'),
    ['p', 4, 5],
    W('social', 'Russian MFA 🇷🇺 @mfa_russia · Jan 25 — Joint Statement by Iran, Russia and Türkiye on the 22nd International Meeting on Syria in the Astana format.'),
    ['p', 6, 8],
    W('share', 'Share: Facebook | X | LinkedIn | Email'),
    W('tags', 'Related topics: Syria conflict, Kazakhstan, diplomacy'),
    W('footer', 'Copyright © 2024 Eurasia Dispatch. All rights reserved.'),
  ] },
};
CASES['ar-3'] = {
  old: { kind: 'web', blank: 'all', items: [
    W('headline', 'الدول الضامنة تدعو إلى عقد الدورة التاسعة للجنة الدستورية في أقرب وقت'),
    W('byline', 'كتب: سامر الحلبي'),
    W('dateline', 'نُشر في: الثلاثاء ١٢ تشرين الثاني/نوفمبر ٢٠٢٤ - ١٧:٤٥'),
    W('share', 'شارك'),
    W('caption', 'صورة جماعية لرؤساء الوفود المشاركة في الاجتماع الدولي حول سوريا في أستانا (أرشيف)'),
    W('other', 'أستانا – شبكة المشرق: اختتمت اليوم في العاصمة الكازاخستانية أعمال الاجتماع الدولي الثاني والعشرين حول سوريا بصيغة أستانا، وصدر في ختامه بيان مشترك جاء فيه:'),
    ['p', 0, 3],
    W('read-also', 'اقرأ أيضاً: المبعوث الأممي يحذّر من تفاقم الأزمة الاقتصادية في سوريا'),
    ['p', 4, 6],
    W('social', '— وزارة الخارجية الكازاخستانية (@MFA_KZ) ١٢ تشرين الثاني/نوفمبر ٢٠٢٤'),
    ['p', 7, 9],
    W('tags', 'الوسوم: سوريا، أستانا، إيران، روسيا، تركيا'),
    W('share', 'شارك على فيسبوك'), W('share', 'شارك على إكس'), W('share', 'واتساب'),
    W('footer', '© ٢٠٢٤ شبكة المشرق الإخبارية. جميع الحقوق محفوظة.'),
  ] },
  new: { kind: 'web', blank: 'after-paras', items: [
    W('other', 'الرئيسية / أخبار / سياسة'),
    W('headline', 'ضامنو أستانا يدعون إلى تهيئة الظروف لعودة اللاجئين السوريين'),
    W('dateline', '٢٠ أيار/مايو ٢٠٢٥ | ١٣:٠٥ بتوقيت مكة المكرمة'),
    W('byline', 'أستانا – مراسل الموقع'),
    W('other', 'أصدرت إيران وروسيا وتركيا بياناً مشتركاً في ختام الجولة الثالثة والعشرين من المحادثات، وفيما يلي نصه الكامل:'),
    ['p', 0, 2],
    W('read-also', 'اقرأ أيضاً: الأمم المتحدة: نقص التمويل يهدد المساعدات الغذائية لملايين السوريين'),
    ['p', 3, 5],
    W('caption', 'جانب من الجلسة العامة الختامية للاجتماع (وكالات)'),
    ['p', 6, 9],
    W('share', 'شارك الخبر'),
    W('tags', 'كلمات مفتاحية: سوريا | محادثات أستانا | اللاجئون'),
    W('footer', 'جميع الحقوق محفوظة © ٢٠٢٥ موقع الحدث اليوم'),
  ] },
};
CASES['ar-4'] = {
  old: { kind: 'web', blank: 'none', items: [
    W('other', 'الرئيسية › عربي ودولي'),
    W('headline', 'ضامنو أستانا يطالبون باستثناء القطاع الصحي السوري من العقوبات'),
    W('byline', 'المصدر: وكالات'),
    W('dateline', 'تاريخ النشر: ١٥/٦/٢٠٢٢ – ٢٠:١٠'),
    W('share', 'شارك'), W('share', 'غرّد'),
    W('other', 'أصدرت الدول الضامنة لصيغة أستانا بياناً مشتركاً في ختام جولة جديدة من المحادثات حول سوريا، هذا نصه:'),
    ['p', 0, 4],
    W('read-also', 'اقرأ أيضاً: منظمة الصحة العالمية تحذّر من نقص الأدوية في المستشفيات السورية'),
    ['p', 5, 7],
    W('social', 'تغريدة مضمّنة: وزارة الخارجية الإيرانية @IRIMFA_AR · ١٥ يونيو ٢٠٢٢'),
    ['p', 8, 9],
    W('tags', 'كلمات مفتاحية: سوريا | أستانا | اللاجئين | العقوبات'),
    W('footer', 'جميع الحقوق محفوظة © ٢٠٢٢'),
  ] },
  new: { kind: 'web', blank: 'none', items: [
    W('headline', 'الدول الضامنة تطالب بحل عاجل لأزمة مخيم الركبان'),
    W('dateline', 'الأربعاء ٢٣ تشرين الثاني/نوفمبر ٢٠٢٢، الساعة ١٩:٣٠'),
    W('byline', 'أستانا – مراسلنا'),
    W('caption', 'رؤساء وفود الدول الضامنة خلال الجلسة الختامية (تصوير: وكالة الأنباء)'),
    W('other', 'وجاء في البيان الختامي الذي وزعته وزارة الخارجية الكازاخستانية:'),
    ['p', 0, 2],
    ['split', 3, 'مخيم الركبان،', 'read-also', 'اقرأ أيضاً: الأردن يجدد موقفه من قضية مخيم الركبان'],
    ['p', 4, 6],
    W('social', '— الخارجية الروسية (@mid_rf) ٢٣ نوفمبر ٢٠٢٢'),
    ['p', 7, 9],
    W('share', 'شارك هذا الخبر: فيسبوك · إكس · تلغرام'),
    W('footer', '© ٢٠٢٢ جميع الحقوق محفوظة لموقع الرصد الإخباري'),
  ] },
};
CASES['ru-3'] = {
  old: { kind: 'web', blank: 'all', items: [
    W('headline', 'Гаранты астанинского формата призвали возобновить работу Конституционного комитета'),
    W('dateline', '25 января 2025, 18:20'),
    W('byline', 'Автор: Ирина Соколова'),
    W('caption', 'Заседание в астанинском формате. Фото: пресс-служба МИД Казахстана'),
    W('other', 'АСТАНА, 25 января. /Евразийский вестник/. Иран, Россия и Турция по итогам очередного раунда переговоров по Сирии приняли совместное заявление. Приводим текст документа полностью.'),
    ['p', 0, 3],
    W('read-also', 'Читайте также: В ООН предупредили о нехватке средств на гуманитарные программы в Сирии'),
    ['p', 4, 6],
    W('social', 'МИД России (@MID_RF) 25 января 2025 г.: «Завершилась 22-я Международная встреча по Сирии в астанинском формате»'),
    ['p', 7, 8],
    W('share', 'Поделиться'), W('share', 'ВКонтакте'), W('share', 'Telegram'), W('share', 'Одноклассники'),
    W('tags', 'Теги: Сирия, Астана, Иран, Турция'),
    W('footer', '© 2025 «Евразийский вестник». Все права защищены.'),
  ] },
  new: { kind: 'web', blank: 'paras', items: [
    W('other', 'Главная → В мире'),
    W('headline', 'Иран, Россия и Турция осудили нарушения перемирия в Идлибе'),
    W('dateline', 'Опубликовано: 14.07.2025 в 16:45'),
    W('byline', 'Текст: Алексей Мартынов'),
    W('other', 'Текст совместного заявления, опубликованного по итогам встречи:'),
    ['p', 0, 1],
    W('caption', 'Делегации на пленарном заседании. Фото: Евразийский вестник'),
    ['p', 2, 4],
    W('read-also', 'Читайте также: Турция и Сирия обсудили восстановление пограничных переходов'),
    ['p', 5, 8],
    W('social', 'Пост в Telegram-канале МИД России, 14 июля 2025 г.'),
    W('tags', 'Сирия • Астанинский процесс • Идлиб'),
    W('share', 'Поделиться:'),
    W('footer', '© 2025 Новостная служба «Восток-Запад». Все права защищены. 18+'),
  ] },
};
CASES['ru-4'] = {
  old: { kind: 'web', blank: 'none', items: [
    W('headline', 'Гаранты Астаны договорились продолжить координацию по Сирии'),
    W('dateline', '23 ноября 2022, 20:05 · Политика'),
    W('byline', 'Корреспондент «Степного обозрения»'),
    W('share', 'Поделиться'),
    W('other', 'Иран, Россия и Турция по итогам двухдневных консультаций в столице Казахстана приняли совместное заявление. Ниже приводится его текст.'),
    ['p', 0, 2],
    W('caption', 'Фото: МИД Республики Казахстан'),
    ['p', 3, 4],
    W('read-also', 'Читайте также: Казахстан предложил расширить состав наблюдателей астанинского формата'),
    ['p', 5, 8],
    W('social', '— Посольство России в Казахстане (@RusEmbKZ) 23 ноября 2022 г.'),
    W('tags', 'Теги: #Сирия #Астана #переговоры'),
    W('footer', '© 2022 «Степное обозрение». Использование материалов допускается только с гиперссылкой.'),
  ] },
  new: { kind: 'web', blank: 'none', items: [
    W('headline', 'Астанинская тройка обсудила последствия землетрясения и нормализацию между Анкарой и Дамаском'),
    W('dateline', '21.06.2023 19:40'),
    W('byline', 'Автор: Марат Ержанов'),
    W('other', 'Полный текст совместного заявления:'),
    ['p', 0, 2],
    ['split', 3, 'противодействовать сепаратистским планам,', 'read-also', 'Читайте также: В Анкаре прокомментировали итоги встречи в Астане'],
    ['p', 4, 8],
    W('share', 'Поделиться ВКонтакте'), W('share', 'Поделиться в Telegram'),
    W('tags', 'Темы: Сирия, Турция, Иран, Россия'),
    W('footer', '© 2023 «Степное обозрение». Все права защищены.'),
  ] },
};

// ---------- run ----------
let seed = 1000;
for (const [name, sides] of Object.entries(CASES)) {
  const layout = {};
  for (const side of ['old', 'new']) {
    const cfg = sides[side];
    const clean = fs.readFileSync(path.join(ROOT, name, `${side}-clean.txt`), 'utf8');
    const res = cfg.kind === 'pdf' ? buildPdf(clean, cfg, seed++) : buildWeb(clean, cfg);
    fs.writeFileSync(path.join(ROOT, name, `${side}-published.txt`), res.out.map(x => x.text).join('\n') + '\n');
    layout[side] = res.out.filter(x => x.kind).map(x => ({ line: x.text, kind: x.kind }));
    const info = cfg.kind === 'pdf'
      ? `pages=${res.pages} maxw=${res.maxw} splitPages=${res.stats.splitPages} hyph=${res.stats.hyph.length} ${res.stats.hyph.join(' ')}`
      : `lines=${res.out.length}`;
    console.log(name, side, info);
  }
  const fmt = arr => '[\n' + arr.map(e => '    ' + JSON.stringify(e)).join(',\n') + '\n  ]';
  fs.writeFileSync(path.join(ROOT, name, 'layout.json'), `{\n  "old": ${fmt(layout.old)},\n  "new": ${fmt(layout.new)}\n}\n`);
}
