/**
 * Persian: the Persian texts of the statements and the Iranian press that reports them.
 *
 * @module communique-diff/languages/fa
 */
import { deepFreeze } from '../../util/freeze.js';
import type { LanguagePack } from '../types.js';
import { concepts } from './concepts.js';
import { foldPersian } from './fold.js';
import { layout } from './layout.js';
import { lexicon } from './lexicon.js';
import { rounds } from './rounds.js';
import { stemPersian } from './stem.js';

/**
 * The Persian language pack. Persian has no letter case, so it keeps the
 * default `lowerCase`; it is verb-final (`wordOrder: 'verb-final'`).
 *
 * @example
 * ```ts
 * import { diffCommuniques } from 'communique-diff/core';
 * import { fa } from 'communique-diff/languages/fa';
 *
 * diffCommuniques(round20, round21, { languages: [fa] });
 * ```
 * @category Language packs
 */
export const fa: LanguagePack = /* @__PURE__ */ deepFreeze({
  code: 'fa',
  name: 'Persian',
  scripts: ['Arabic'],
  direction: 'rtl',
  detection: {
    // Persian's commonest function words, seldom Arabic words as Arabic press
    // writes them (not «آن», which folds like Arabic أن/إن, nor «هم», Arabic "they").
    // Detection cuts words at a ZWNJ: «می» and «ها» of «می‌کنند» and «طرف‌ها»
    // count here, and «بین» of «بین‌المللی» in both packs (it is also Arabic بين).
    stopWords: ['و', 'در', 'به', 'از', 'که', 'را', 'این', 'با', 'است', 'برای', 'بر', 'تا', 'خود', 'می', 'ها', 'های', 'نیز', 'کردند', 'شد', 'درباره', 'بین'],
    // The four letters Persian adds to the Arabic alphabet. Not ی and ک: Arabic
    // texts typed on Persian keyboards have them too.
    letters: 'پچژگ',
  },
  // Subject-object-verb: «کشورهای ضامن … را محکوم کردند».
  wordOrder: 'verb-final',
  fold: foldPersian,
  stem: stemPersian,
  // The conjunction و is a word of its own in Persian, and verb prefixes (می، ن، ب) are matched with the verb.
  clitics: [],
  connectors: ['و', 'یا', 'اما', 'ولی', 'همچنین'],
  coordinators: ['و', 'یا'],
  // One to twenty in words.
  cardinals: ['یک', 'دو', 'سه', 'چهار', 'پنج', 'شش', 'هفت', 'هشت', 'نه', 'ده', 'یازده', 'دوازده', 'سیزده', 'چهارده', 'پانزده', 'شانزده', 'هفده', 'هجده', 'نوزده', 'بیست'],
  // «که» (that) and «تا» (so that) open the clause that says what was agreed, asked or decided.
  complementizers: ['که', 'تا'],
  lexicon,
  rounds,
  layout,
  // Spellings in Persian. Sources: Iranian press usage (IRNA, ISNA, Tasnim) of
  // the Astana talks: «ترکیه» and, since the UN's renaming in 2022, «تورکیه»;
  // «آستانه» and «آستانا», «نورسلطان» in 2019–2022; «داعش»; Arabic names
  // written with or without the article and a space («جبهه النصره»,
  // «دیرالزور»): a name of two words is written here with a hyphen, which
  // stands for the space. Not UNHCR: its Persian name («کمیساریای عالی سازمان
  // ملل در امور پناهندگان») is more words than an alias holds (one, or two
  // joined by a hyphen), and Persian has no acronym for it.
  aliases: {
    turkiye: ['ترکیه', 'تورکیه'],
    astana: ['آستانه', 'آستانا', 'نورسلطان', 'نور-سلطان'],
    isil: ['داعش'],
    idlib: ['ادلب'],
    nusra: ['النصره', 'جبههالنصره', 'جبهه-النصره'],
    hts: ['تحریرالشام', 'تحریر-الشام'],
    'deir-ez-zor': ['دیرالزور', 'دیر-الزور'],
    sochi: ['سوچی'],
    kazakhstan: ['قزاقستان', 'کازاخستان'],
    aleppo: ['حلب'],
  },
  concepts,
});
