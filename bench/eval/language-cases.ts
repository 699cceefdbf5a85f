/**
 * Alignment cases in the languages the example rounds do not have (French,
 * Turkish, Persian): variants generated from the texts of a commitment set
 * (written by helpers from a brief, see each folder's README), with their
 * expected links recorded as they are made. Added paragraphs and edited-in
 * words come from the set's other texts, so every case stays in one language.
 */
import type { ExampleLang } from '../../test/support/fixtures.js';
import { readBlindSet } from './blind-score.js';
import { generated, type AlignmentCase } from './cases.js';

/** Variants of every `old` text of a set's pairs in `langs`, four a text. */
export function languageCases(folder: string, langs: readonly string[]): Array<AlignmentCase & { language: string }> {
  const out: Array<AlignmentCase & { language: string }> = [];
  for (const [lang, pairs] of readBlindSet(folder)) {
    if (!langs.includes(lang)) continue;
    pairs.forEach((pair, i) => {
      // Paragraphs and words of the language's other pairs: never the base text's own.
      const others = pairs.filter((_, k) => k !== i);
      const additions = others.flatMap((p) => p.new.split(/\n\s*\n/)).filter((p) => p.split(/\s+/).length >= 8);
      const words = [...new Set(others.flatMap((p) => p.new.split(/\s+/)).filter((w) => /^[\p{L}\u200c]{4,}$/u.test(w)))];
      for (let s = 1; s <= 4; s++) {
        // `lang` only names the pool that is not used here.
        out.push({ ...generated(`${folder} ${pair.name}, variant ${s}`, 'en' as ExampleLang, pair.old, 100 * s + i, additions, words), language: lang });
      }
    });
  }
  return out;
}
