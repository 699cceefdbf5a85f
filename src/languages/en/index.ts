/**
 * English: the joint statements' own English text and UN documents.
 *
 * @module communique-diff/languages/en
 */
import { deepFreeze } from '../../util/freeze.js';
import type { LanguagePack } from '../types.js';
import { concepts } from './concepts.js';
import { layout } from './layout.js';
import { lexicon } from './lexicon.js';
import { latinNameKey } from './names.js';
import { foldEnglish } from './spelling.js';
import { rounds } from './rounds.js';
import { stemEnglish } from './stem.js';

/**
 * The English language pack.
 *
 * @example
 * ```ts
 * import { diffCommuniques } from 'communique-diff/core';
 * import { en } from 'communique-diff/languages/en';
 *
 * diffCommuniques(round20, round21, { languages: [en] });
 * ```
 * @category Language packs
 */
export const en: LanguagePack = /* @__PURE__ */ deepFreeze({
  code: 'en',
  name: 'English',
  scripts: ['Latin'],
  direction: 'ltr',
  detection: {
    // The commonest English function words (they are also the commonest words of the statements).
    stopWords: ['the', 'of', 'and', 'to', 'in', 'on', 'for', 'with', 'that', 'their', 'by', 'as', 'at', 'from', 'is', 'was', 'be', 'this', 'which'],
    letters: '',
  },
  fold: foldEnglish,
  nameKey: latinNameKey,
  stem: stemEnglish,
  clitics: [],
  connectors: ['and', 'or', 'as', 'well', 'but', 'however', 'while'],
  coordinators: ['and', 'or'],
  // One to twenty in words.
  cardinals: ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'],
  // Titles before a name ("Mr. …").
  titles: ['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'amb'],
  lexicon,
  rounds,
  layout,
  // Spellings in Latin script. Sources: the renaming of Turkey to Türkiye at
  // the UN (2022) and of Astana to Nur-Sultan and back (2019, 2022); the names
  // the Astana statements use for the Islamic State group; common
  // transliterations of Syrian place names.
  aliases: {
    turkiye: ['Türkiye', 'Turkey', 'Turkiye'],
    astana: ['Astana', 'Nur-Sultan', 'Nursultan'],
    isil: ['ISIL', 'ISIS', 'Daesh', 'Daish'],
    idlib: ['Idlib', 'Idleb'],
    nusra: ['Nusra', 'Nusrah'],
    hts: ['HTS', 'Hayat-Tahrir-al-Sham'],
    'deir-ez-zor': ['Deir-ez-Zor', 'Deir-ez-Zour', 'Deir-Ezzor'],
    unhcr: ['UNHCR'],
    sochi: ['Sochi'],
    // Kazakhstan's own Latin alphabet (2018–2021 reforms) writes it Qazaqstan; Aleppo is Halab in Arabic romanization.
    kazakhstan: ['Kazakhstan', 'Qazaqstan'],
    aleppo: ['Aleppo', 'Halab'],
  },
  concepts,
});
