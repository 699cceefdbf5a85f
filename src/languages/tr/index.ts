/**
 * Turkish: the statements' Turkish text and the Turkish press that reports them.
 *
 * @module communique-diff/languages/tr
 */
import { deepFreeze } from '../../util/freeze.js';
import type { LanguagePack } from '../types.js';
import { lowerCaseTurkish } from './case.js';
import { concepts } from './concepts.js';
import { foldTurkish } from './fold.js';
import { layout } from './layout.js';
import { lexicon } from './lexicon.js';
import { turkishNameKey } from './names.js';
import { rounds } from './rounds.js';
import { stemTurkish } from './stem.js';

/**
 * The Turkish language pack.
 *
 * @example
 * ```ts
 * import { diffCommuniques } from 'communique-diff/core';
 * import { tr } from 'communique-diff/languages/tr';
 *
 * diffCommuniques(round20, round21, { languages: [tr] });
 * ```
 * @category Language packs
 */
export const tr: LanguagePack = /* @__PURE__ */ deepFreeze({
  code: 'tr',
  name: 'Turkish',
  scripts: ['Latin'],
  direction: 'ltr',
  detection: {
    // The commonest function words of Turkish news text (conjunctions, postpositions, the
    // article-like "bir"), none a word of English, French or Esperanto (not "de", "da", "en",
    // "her"), and words of the statements that texts typed without Turkish letters keep
    // ("suriye", "uluslararasi", "ettiler"); written folded, as detection compares them.
    stopWords: ['ve', 'bir', 'bu', 'ile', 'icin', 'olarak', 'olan', 'ki', 'gibi', 'daha', 'tum', 'iliskin', 'yonelik', 'dair', 'uzere', 'ayrica', 'arasinda', 'veya', 'ise', 'konusunda', 'suriye', 'uluslararasi', 'ettiler', 'bulundular'],
    // Letters of the Turkish alphabet that English and French lack.
    letters: 'ıİşŞğĞ',
  },
  lowerCase: lowerCaseTurkish,
  fold: foldTurkish,
  nameKey: turkishNameKey,
  stem: stemTurkish,
  clitics: [],
  connectors: ['ve', 'veya', 'ya', 'ile', 'ayrica', 'ancak', 'ama', 'fakat', 'hem'],
  coordinators: ['ve', 'veya', 'ya', 'ile'],
  // One to twenty in words (11–19 in two words).
  cardinals: ['bir', 'iki', 'uc', 'dort', 'bes', 'alti', 'yedi', 'sekiz', 'dokuz', 'on', 'on bir', 'on iki', 'on uc', 'on dort', 'on bes', 'on alti', 'on yedi', 'on sekiz', 'on dokuz', 'yirmi'],
  // Titles before a name ("Mr. …").
  titles: ['sn', 'dr', 'prof', 'doc'],
  // Subject … object … verb: "Taraflar … bağlılıklarını teyit ettiler".
  wordOrder: 'verb-final',
  lexicon,
  rounds,
  layout,
  // Turkish spellings (TDK's Yazım Kılavuzu and the Turkish press): the country's own name
  // (and "Türkiye Cumhuriyeti", written in two words, which the hyphenated form joins);
  // Nur-Sultan, Astana's name in 2019–2022; DEAŞ and IŞİD for the Islamic State group;
  // Halep, Soçi, Kazakistan, Deyrizor; BMMYK, the Turkish acronym of UNHCR.
  aliases: {
    turkiye: ['Türkiye', 'Turkey', 'Türkiye-Cumhuriyeti'],
    astana: ['Astana', 'Nur-Sultan', 'Nursultan'],
    isil: ['DEAŞ', 'DAEŞ', 'IŞİD', 'IŞID'],
    idlib: ['İdlib', 'Idlib', 'İdleb'],
    nusra: ['Nusra'],
    hts: ['HTŞ', 'Heyet-Tahrir-Şam'],
    'deir-ez-zor': ['Deyrizor', 'Deyr-ez-Zor', 'Deyrezzor'],
    unhcr: ['BMMYK'],
    sochi: ['Soçi'],
    kazakhstan: ['Kazakistan'],
    aleppo: ['Halep'],
  },
  concepts,
});
