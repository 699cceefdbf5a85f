/**
 * French folding, for comparison only: the ligatures œ and æ as two letters
 * (vœux = voeux, as keyboards without the ligature write it), and ordinals
 * as figures with the short suffix, whichever way they are written: "21e",
 * "21ème", "XXIe", "vingt-et-unième" → "21e"; "1er", "1re", "première" →
 * "1e"; "second", "deuxième", "2nd" → "2e" ("vingt et unième", three words,
 * folds to "vingt et 1e": rounds.ts reads it). The engine has already
 * lower-cased the word and taken off its accents.
 */

// Figures with an ordinal suffix as the Imprimerie nationale's Lexique des
// règles typographiques writes them (21e, 1er, 1re, 2nd, 2de) and as the press
// also does (21ème, 21ième); roman numerals with the suffix from 10 on (XXIe),
// so that no French word (vie, le) reads as a number.
const FIGURE = /^(\d{1,3})(?:e|i?eme|er|e?re|nde?|de)$/;
const ROMAN = /^(x{1,3})(i{0,3}|iv|ix|vi{0,3})e$/;
// Ordinal words: the cardinal's stem before -ième (quatr-, cinqu-, neuv-, onz-…), 1–16 and
// the tens, after a ten in compounds (dix-septième, vingt-et-unième, trente-deuxième).
// Rounds of the Astana talks stay below 60 (about two a year since 2017).
const STEMS = 'un deux trois quatr cinqu six sept huit neuv dix onz douz treiz quatorz quinz seiz'.split(' ');
const TENS = 'dix vingt trent quarant cinquant'.split(' ');
const ORDINAL = /^(?:(dix|vingt|trente|quarante|cinquante)-(?:et-)?)?([a-z]+)ieme$/;
const tens = (w: string): number => (TENS.indexOf(w) + 1) * 10;

/** Fold a French word (lower case, accents already off): ligatures, ordinals. */
export function foldFrench(word: string): string {
  const w = word.replace(/œ/g, 'oe').replace(/æ/g, 'ae');
  const figure = FIGURE.exec(w);
  if (figure) return `${figure[1]}e`;
  const roman = ROMAN.exec(w);
  const u = roman?.[2] ?? '';
  const o = ORDINAL.exec(w);
  const unit = o ? STEMS.indexOf(o[2] as string) + 1 || (o[1] ? 0 : tens(o[2] as string)) : 0;
  const n = roman
    ? (roman[1] as string).length * 10 + (u === 'iv' ? 4 : u === 'ix' ? 9 : (u[0] === 'v' ? 5 : 0) + u.split('i').length - 1)
    : /^premiere?$/.test(w) ? 1 : /^seconde?$/.test(w) ? 2 : unit && unit + (o?.[1] ? tens(o[1].replace(/e$/, '')) : 0);
  return n > 0 ? `${n}e` : w;
}
