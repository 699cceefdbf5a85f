/**
 * Round numbers in French heads: "21e réunion internationale", "21e cycle",
 * "la XXIe réunion", "le cycle 21", and spelled-out ordinals ("vingt et
 * unième réunion", "vingt-deuxième cycle"), rounds 1–59. Patterns read
 * folded text, where foldFrench has already written ordinals as figures
 * ("21ème", "XXIe", "vingt-deuxième" → "21e", "22e"; "unième" → "1e").
 */
import type { RoundPatterns } from '../types.js';

// "vingt et unième" folds word by word to "vingt et 1e" (and an unhyphenated
// "vingt deuxième" to "vingt 2e"): the tens and the unit are one number.
// Kept out of the (frozen) pack: replace() resets a global regex's lastIndex.
const COMPOUND = /\b(vingt|trente|quarante|cinquante)(?: et)? ([1-9])e\b/gu;
const TENS = ['vingt', 'trente', 'quarante', 'cinquante'];

/** How French heads write the number of a round. */
export const rounds: RoundPatterns = {
  patterns: [
    // The nouns of the statements' heads: réunion (internationale), cycle (de pourparlers), round, session.
    /(?:^|[^\p{L}\d])(\d{1,3})e\s+(?:reunion|cycle|round|session|serie)\b/u,
    /\b(?:cycle|round|session)\s+(?:n°\s*|no\s+|numero\s+)?(\d{1,3})(?!\d)/u,
  ],
  ordinalsAsDigits: (folded) => folded.replace(COMPOUND, (_, tens: string, unit: string) => `${20 + 10 * TENS.indexOf(tens) + Number(unit)}e`),
};
