/**
 * Arabic: statements in Arabic and the Arab press that reports them.
 *
 * @module communique-diff/languages/ar
 */
import { deepFreeze } from '../../util/freeze.js';
import type { LanguagePack } from '../types.js';
import { concepts } from './concepts.js';
import { foldArabic, stemArabic } from './letters.js';
import { layout } from './layout.js';
import { lexicon } from './lexicon.js';
import { rounds } from './rounds.js';

/**
 * The Arabic language pack.
 *
 * @example
 * ```ts
 * import { diffCommuniques } from 'communique-diff/core';
 * import { ar } from 'communique-diff/languages/ar';
 *
 * diffCommuniques(round20, round21, { languages: [ar] });
 * ```
 * @category Language packs
 */
export const ar: LanguagePack = /* @__PURE__ */ deepFreeze({
  code: 'ar',
  name: 'Arabic',
  scripts: ['Arabic'],
  direction: 'rtl',
  detection: {
    // Prepositions, relative pronouns and conjunctions of Modern Standard Arabic, folded.
    stopWords: ['في', 'من', 'علي', 'الي', 'ان', 'عن', 'مع', 'التي', 'الذي', 'هذا', 'هذه', 'كما', 'بين'],
    letters: '',
  },
  // Verb-subject-object: «شدد الجانب التركي على…».
  wordOrder: 'verb-first',
  fold: foldArabic,
  stem: stemArabic,
  // The conjunction و is written joined to the next word (وتم، ولم، وأكدت).
  clitics: ['و'],
  connectors: ['و', 'او', 'لكن', 'لكنها', 'لكنه', 'لكنهم'],
  coordinators: ['و', 'او'],
  // One to twenty in words (folded: ة as ه, hamza on alif off).
  cardinals: ['واحد', 'اثنان', 'ثلاثه', 'اربعه', 'خمسه', 'سته', 'سبعه', 'ثمانيه', 'تسعه', 'عشره', 'احد عشر', 'اثنا عشر', 'ثلاثه عشر', 'اربعه عشر', 'خمسه عشر', 'سته عشر', 'سبعه عشر', 'ثمانيه عشر', 'تسعه عشر', 'عشرون'],
  lexicon,
  rounds,
  layout,
  // Spellings in Arabic script (with the Persian spelling of Türkiye that Persian keyboards give).
  aliases: {
    turkiye: ['تركيا', 'تورکیه'],
    astana: ['أستانا', 'استانة', 'أستانة', 'آستانة', 'نور-سلطان', 'نورسلطان'],
    isil: ['داعش'],
    idlib: ['إدلب', 'ادلب'],
    nusra: ['النصرة'],
    sochi: ['سوتشي'],
    kazakhstan: ['كازاخستان', 'قازاقستان', 'قازاخستان'],
    syria: ['سوريا', 'سورية'],
    aleppo: ['حلب'],
  },
  concepts,
});
