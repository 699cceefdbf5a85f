/**
 * English folding: British and American spellings meet (-ise/-ize,
 * -isation/-ization, -our/-or, -tre/-ter, -ence/-ense in defence, programme),
 * and ordinal words meet their figures ("sixteenth" = "16th",
 * "twenty-first" = "21st"). For comparison only; applied alike to both
 * rounds, so a word folded to another word's form still compares equal only
 * to its own spellings.
 */
import { valueIn, words } from '../util.js';

const UNITS = words('first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth');
const TENS = words('twenty thirty forty fifty');
const TENS_ORDINAL = TENS.map((t) => `${t.slice(0, -1)}ieth`);

const suffix = (n: number): string => {
  const tens = n % 100;
  return tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
};

/** An ordinal word as figures ("sixteenth" → "16th"), or undefined. */
function ordinal(word: string): string | undefined {
  let n = valueIn(UNITS, word) || valueIn(TENS_ORDINAL, word, 20, 10);
  const dash = word.indexOf('-');
  if (!n && dash > 0) n = valueIn(TENS, word.slice(0, dash), 20, 10) + valueIn(UNITS.slice(0, 9), word.slice(dash + 1));
  return n > 0 ? `${n}${suffix(n)}` : undefined;
}

// Between two letters and three more (Da'esh, Da'esh's), not in a contraction (we'll, won't, they're) or a possessive.
const INNER_APOSTROPHE = /(?<=\p{L}\p{L})'(?=\p{L}{3})/gu;

// Longer stems only, so that short words keep their own form ("four" is not "for").
const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(\w{3,})isation(s?)$/, '$1ization$2'],
  [/^(\w{3,})is(e|es|ed|ing|er|ers)$/, '$1iz$2'],
  [/^(\w{3,})our(s|ed|ing|able|hoods?|ly|ful)?$/, '$1or$2'],
  [/^(\w{3,})tre(s)?$/, '$1ter$2'],
  [/^defence(s)?$/, 'defense$1'],
  [/^programme(s)?$/, 'program$1'],
];

/**
 * Fold an English word (already lower case): spelling variants, ordinal
 * words, and an apostrophe inside a transliterated name (Da'esh = Daesh;
 * contractions and the possessive 's keep theirs).
 */
export function foldEnglish(word: string): string {
  if (word.includes("'")) word = word.replace(INNER_APOSTROPHE, '');
  const n = ordinal(word);
  if (n) return n;
  for (const [re, to] of RULES) if (re.test(word)) return word.replace(re, to);
  return word;
}
