/**
 * Russian: the statements' Russian text and the Russian press.
 *
 * @module communique-diff/languages/ru
 */
import { deepFreeze } from '../../util/freeze.js';
import type { LanguagePack } from '../types.js';
import { concepts } from './concepts.js';
import { foldCyrillic, stemRussian } from './letters.js';
import { layout } from './layout.js';
import { lexicon } from './lexicon.js';
import { cyrillicNameKey } from './names.js';
import { rounds } from './rounds.js';

/**
 * The Russian language pack.
 *
 * @example
 * ```ts
 * import { diffCommuniques } from 'communique-diff/core';
 * import { ru } from 'communique-diff/languages/ru';
 *
 * diffCommuniques(round20, round21, { languages: [ru] });
 * ```
 * @category Language packs
 */
export const ru: LanguagePack = /* @__PURE__ */ deepFreeze({
  code: 'ru',
  name: 'Russian',
  scripts: ['Cyrillic'],
  direction: 'ltr',
  detection: {
    stopWords: ['и', 'в', 'на', 'с', 'по', 'о', 'об', 'к', 'из', 'что', 'для', 'от', 'также', 'их'],
    letters: '',
  },
  fold: foldCyrillic,
  nameKey: cyrillicNameKey,
  stem: stemRussian,
  clitics: [],
  connectors: ['и', 'или', 'а', 'также', 'но', 'однако'],
  coordinators: ['и', 'или'],
  // One to twenty in words.
  cardinals: ['один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять', 'десять', 'одиннадцать', 'двенадцать', 'тринадцать', 'четырнадцать', 'пятнадцать', 'шестнадцать', 'семнадцать', 'восемнадцать', 'девятнадцать', 'двадцать'],
  // Titles before a name ("Mr. …").
  titles: ['г', 'гн', 'д-р', 'проф'],
  lexicon,
  rounds,
  layout,
  // Spellings in Cyrillic script.
  aliases: {
    turkiye: ['Турция', 'Туркия', 'Тюркийе'],
    astana: ['Астана', 'Нур-Султан'],
    isil: ['ИГИЛ'],
    idlib: ['Идлиб', 'Идлеб'],
    nusra: ['Нусра'],
    hts: ['ХТШ'],
    'deir-ez-zor': ['Дейр-эз-Зор'],
    unhcr: ['УВКБ'],
    sochi: ['Сочи'],
    kazakhstan: ['Казахстан'],
    // Халеб: the traditional Russian name of Aleppo.
    aleppo: ['Алеппо', 'Халеб'],
  },
  concepts,
});
