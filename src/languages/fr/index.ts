/**
 * French: the French texts of joint statements and UN documents, and the
 * French-language press that reports them.
 *
 * @module communique-diff/languages/fr
 */
import { deepFreeze } from '../../util/freeze.js';
import type { LanguagePack } from '../types.js';
import { concepts } from './concepts.js';
import { foldFrench } from './fold.js';
import { layout } from './layout.js';
import { frenchNameKey } from './names.js';
import { lexicon } from './lexicon.js';
import { rounds } from './rounds.js';
import { stemFrench } from './stem.js';

/**
 * The French language pack. French lower-cases as `String.prototype.toLowerCase`
 * does (no `lowerCase` of its own); the engine takes off accents (é → e) before
 * `foldFrench` (fold.ts).
 *
 * @example
 * ```ts
 * import { diffCommuniques } from 'communique-diff/core';
 * import { fr } from 'communique-diff/languages/fr';
 *
 * diffCommuniques(round20, round21, { languages: [fr] });
 * ```
 * @category Language packs
 */
export const fr: LanguagePack = /* @__PURE__ */ deepFreeze({
  code: 'fr',
  name: 'French',
  scripts: ['Latin'],
  direction: 'ltr',
  detection: {
    // The commonest French function words (in the statements as in the press), and the
    // elided l', d', qu' (detection reads "l'intégrité" as "l" and "intégrité"). Not "à"
    // (it folds to the English "a"), nor "son", "ne" (Turkish words too).
    stopWords: ['le', 'la', 'les', 'de', 'des', 'du', 'et', 'au', 'aux', 'pour', 'par', 'sur', 'dans', 'avec', 'leur', 'leurs', 'une', 'un', 'que', 'qui', 'ont', 'sont', 'l', 'd', 'qu'],
    // Accented letters that English and Turkish do not write (Turkish writes ç, â, î, û, ö, ü).
    letters: 'éèêëàùôœïÉÈÀ',
  },
  fold: foldFrench,
  stem: stemFrench,
  nameKey: frenchNameKey,
  // The article and the preposition elided before a vowel: l'engagement, l'Iran, d'intensifier,
  // d'urgence (lexicon patterns name the word). Not n' (a negation) or s' (s'engagent is one verb).
  clitics: ["l'", "d'"],
  // Also the auxiliaries: "…et ont condamné" starts a clause of its own, and a clause does
  // not end with "et ont" before the next act.
  connectors: ['et', 'ou', 'ainsi', 'mais', 'ont', 'a', 'sont', 'se', 'egalement', 'aussi'],
  coordinators: ['et', 'ou'],
  // One to twenty in words (hyphens are not compared: dix-sept is "dixsept").
  cardinals: ['un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dixsept', 'dixhuit', 'dixneuf', 'vingt'],
  // Titles before a name ("Mr. …").
  titles: ['mme', 'mlle', 'mm', 'dr', 'pr'],
  lexicon,
  rounds,
  layout,
  // Spellings in French. Sources: the French usage of the UN terminology database
  // (UNTERM: Turquie, then Türkiye since 2022; État islamique d'Iraq et du Levant,
  // EIIL; Haut-Commissariat des Nations Unies pour les réfugiés, HCR), the French
  // press's names of the Islamic State group (Daech, EI) and of Hayat Tahrir al-Cham,
  // and French exonyms (Alep, Sotchi, Nour-Soultan).
  aliases: {
    turkiye: ['Türkiye', 'Turquie'],
    astana: ['Astana', 'Nour-Soultan', 'Noursoultan'],
    isil: ['Daech', 'EI', "l'EI", 'EIIL', 'État-islamique', "l'État-islamique"],
    idlib: ['Idlib', 'Idleb'],
    nusra: ['Nosra', 'al-Nosra'],
    hts: ['HTS', 'HTC', 'Hayat-Tahrir-al-Cham'],
    'deir-ez-zor': ['Deir-ez-Zor', 'Deir-ez-Zour'],
    unhcr: ['HCR', 'UNHCR'],
    sochi: ['Sotchi'],
    kazakhstan: ['Kazakhstan'],
    aleppo: ['Alep'],
  },
  concepts,
});
