/** Arabic letter folding and light stemming, for comparison only. */

// Tashkeel (harakat, tanween, shadda, sukun, U+064B–065F), superscript alef
// (U+0670), Quranic annotation marks (U+06D6–06ED) and tatweel (U+0640) are
// optional in Arabic print: the same word is written with or without them.
const ARABIC_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;

// Letter variants that press texts use interchangeably (the folding used by
// Larkey, Ballesteros & Connell's light stemmers, "Light Stemming for Arabic
// Information Retrieval", 2007): alef with hamza/madda/wasla → bare alef, alef
// maqsura → ya, ta marbuta → ha; hamza on waw/ya → hamza (مسؤول/مسئول); the
// Persian keheh and farsi yeh that Persian keyboards type → Arabic kaf and ya.
const ARABIC_LETTERS: Readonly<Record<string, string>> = {
  '\u0623': '\u0627', '\u0625': '\u0627', '\u0622': '\u0627', '\u0671': '\u0627',
  '\u0649': '\u064a', '\u0629': '\u0647', '\u0624': '\u0621', '\u0626': '\u0621',
  '\u06a9': '\u0643', '\u06cc': '\u064a', '\u06c0': '\u0647',
};
const ARABIC_LETTER_RE = /[\u0623\u0625\u0622\u0671\u0649\u0629\u0624\u0626\u06a9\u06cc\u06c0]/g;

/**
 * Fold Arabic diacritics, tatweel and letter variants; the hamza written on
 * a dotless ya after it (المبادىء) is the hamza on ya (المبادئ). Other
 * scripts pass through.
 */
export function foldArabic(text: string): string {
  return text.replace(ARABIC_MARKS, '').replace(DOTLESS_YA_HAMZA, '\u0621').replace(ARABIC_LETTER_RE, (c) => ARABIC_LETTERS[c] ?? c);
}

// Only after a dotless ya (ى): «البطيء» (slow) and «البطء» (slowness) stay apart.
const DOTLESS_YA_HAMZA = /\u0649\u0621/g;

// Light10 affixes (Larkey et al. 2007), on text already folded by foldArabic
// (so ة is ه and ى is ي). Prefixes are the conjunction و and the article with
// its attached prepositions; suffixes are the commonest inflections.
const PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];

/** Light-stem a folded Arabic word: strip و, the article and common suffixes, keeping at least two letters. */
export function stemArabic(word: string): string {
  let w = word;
  if (w.length > 3 && w.startsWith('و')) w = w.slice(1);
  for (const p of PREFIXES) {
    if (w.startsWith(p) && w.length - p.length >= 2) {
      w = w.slice(p.length);
      break;
    }
  }
  for (const s of SUFFIXES) {
    if (w.length > s.length + 1 && w.endsWith(s)) w = w.slice(0, -s.length);
  }
  return w;
}
