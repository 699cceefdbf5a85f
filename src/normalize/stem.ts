/** Pick a light stemmer by the script of the word (a communiqué may quote names in another script). */
import { stemArabic } from './arabic.js';
import { stemEnglish } from './english.js';
import { stemRussian } from './russian.js';
import { memoize } from '../util/memo.js';

const ARABIC = /\p{Script=Arabic}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

/** Light-stem a folded word with the stemmer of its script; other words pass through. */
export const stemWord: (folded: string) => string = memoize(stemWordUncached);

function stemWordUncached(folded: string): string {
  const first = folded.codePointAt(0) ?? 0;
  // Fast paths on the first letter; the regexes cover everything else.
  if (first >= 0x0600 && first <= 0x06ff) return stemArabic(folded);
  if (first >= 0x0400 && first <= 0x04ff) return stemRussian(folded);
  if (first < 0x80) return /[a-z]/.test(folded) ? stemEnglish(folded) : folded;
  if (ARABIC.test(folded)) return stemArabic(folded);
  if (CYRILLIC.test(folded)) return stemRussian(folded);
  if (LATIN.test(folded)) return stemEnglish(folded);
  return folded;
}
