/**
 * Round numbers in English heads: "20th round", "round 20", "the 20th
 * International Meeting", and spelled-out ordinals ("the Twentieth
 * International Meeting", "twenty-first round"), rounds 1–59 (the Astana
 * talks count about two a year). Patterns read folded text: lower case,
 * ASCII digits.
 */
import type { RoundPatterns } from '../types.js';
import { alternation, valueIn, words } from '../util.js';

// 1st–19th as words, the tens, and the tens' ordinals (twenty → twentieth).
const UNITS = words('first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth');
const TENS = words('twenty thirty forty fifty');
const TENS_ORDINAL = TENS.map((t) => `${t.slice(0, -1)}ieth`);
// Kept out of the (frozen) pack: replace() resets a global regex's lastIndex.
const ORDINAL = new RegExp(`\\b(?:(${alternation(TENS)})[\\s-]+(${alternation(UNITS.slice(0, 9))})|(${alternation(UNITS)})|(${alternation(TENS_ORDINAL)}))\\b`, 'gu');

export const rounds: RoundPatterns = {
  patterns: [
    /\b(\d{1,3})(?:st|nd|rd|th)\s+(?:round|international\s+meeting|high-level\s+meeting|meeting)\b/u,
    /\bround\s+(\d{1,3})\b/u,
  ],
  ordinalsAsDigits(folded) {
    return folded.replace(ORDINAL, (whole, tens?: string, unit?: string, alone?: string, tensOrdinal?: string) => {
      const n = alone ? valueIn(UNITS, alone) : tensOrdinal ? valueIn(TENS_ORDINAL, tensOrdinal, 20, 10) : valueIn(TENS, tens, 20, 10) + valueIn(UNITS, unit);
      return n > 0 ? `${n}th` : whole;
    });
  },
};
