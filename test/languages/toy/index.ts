/**
 * A toy language pack, to show that a language is one folder and one line
 * in the list of packs: Esperanto, which writes the Latin script like
 * English, so detection must tell the two apart by stop words. Its lexicon
 * knows a few acts of the genre. Illustrative only.
 */
import type { LanguagePack } from '../../../src/index.js';

// Esperanto's endings: -j (plural), -n (accusative), then the part of speech.
const ENDINGS = ['ojn', 'ajn', 'oj', 'aj', 'on', 'an', 'is', 'as', 'os', 'us', 'o', 'a', 'e', 'i'];

const pack: LanguagePack = {
  code: 'eo',
  name: 'Esperanto',
  scripts: ['Latin'],
  direction: 'ltr',
  detection: { stopWords: ['la', 'kaj', 'de', 'en', 'al', 'por', 'pri', 'ke', 'kun', 'ili', 'sian'], letters: 'ĉĝĥĵŝŭ' },
  fold: (word: string) => word,
  stem: (folded: string) => {
    for (const e of ENDINGS) if (folded.length - e.length >= 3 && folded.endsWith(e)) return folded.slice(0, -e.length);
    return folded;
  },
  clitics: [],
  connectors: ['kaj', 'au'],
  lexicon: {
    predicates: [
      { predicate: 'reaffirm', pattern: 'reasertis|reasertas' },
      { predicate: 'condemn', pattern: 'kondamnis|kondamnas' },
      { predicate: 'express-concern', pattern: 'esprimis ~3 zorgon|maltrankvilon' },
      { predicate: 'call-upon', pattern: 'alvokis ~2 al' },
      { predicate: 'agree', pattern: 'interkonsentis' },
    ],
    markers: [
      { kind: 'booster', pattern: 'firm*|fort*' },
      { kind: 'negation', pattern: 'ne' },
    ],
    attribution: ['laŭ la deklaro'],
  },
  rounds: { patterns: [/\b(\d{1,3})-a\s+rondo\b/u] },
  aliases: { turkiye: ['Turkio'], astana: ['Astano'] },
};

export const eo: LanguagePack = Object.freeze(pack);
