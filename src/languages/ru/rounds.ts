/**
 * Round numbers in Russian heads: «20-й раунд», «20-я международная встреча»,
 * «раунд № 20». Patterns read folded text (lower case, ё → е, and ordinal
 * words up to the twentieth and the thirtieth as figures: «двадцатый раунд»
 * reads as «20 раунд», and «двадцать первой встречи» as «21 встречи»; see
 * foldCyrillic).
 */
import type { RoundPatterns } from '../types.js';

export const rounds: RoundPatterns = {
  patterns: [
    /(?:^|[^\p{L}\d])(\d{1,3})\s*-?\s*(?:[йяегоым]{1,3})?\s+(?:раунд|международн\p{L}*\s+встреч|встреч)/u,
    /(?:раунд\p{L}*|встреч\p{L}*)\s+№?\s*(\d{1,3})(?!\d)/u,
  ],
  // foldCyrillic reads «двадцать первой» as «двадцать 1»: the tens and the unit are one number.
  ordinalsAsDigits: (folded) => folded.replace(COMPOUND, (_, tens: string, unit: string) => String((tens === 'двадцать' ? 20 : 30) + Number(unit))),
};

// Kept out of the (frozen) pack: replace() resets a global regex's lastIndex.
const COMPOUND = /(двадцать|тридцать)\s+([1-9])(?!\d)/gu;
