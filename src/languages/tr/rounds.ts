/**
 * Round numbers in Turkish heads: "21. Astana toplantısı", "Astana formatında
 * Suriye konulu 21. Uluslararası Toplantı", "görüşmelerin 21. turu", "21'inci
 * tur", and spelled-out ordinals ("yirmi birinci tur", "onuncu toplantı"),
 * rounds 1–59. Patterns read folded text: lower case, ASCII letters (ı as i,
 * ş as s, ü as u; see fold.ts).
 *
 * @module
 */
import type { RoundPatterns } from '../types.js';

// Ordinals, folded: the units' (birinci … dokuzuncu), after a ten's cardinal
// for 11–59 ("yirmi birinci"), and the tens' own (onuncu … ellinci).
const UNITS = 'birinci ikinci ucuncu dorduncu besinci altinci yedinci sekizinci dokuzuncu'.split(' ');
const TENS = 'on yirmi otuz kirk elli'.split(' ');
const TENTHS = 'onuncu yirminci otuzuncu kirkinci ellinci'.split(' ');
// Kept out of the (frozen) pack: replace() resets a global regex's lastIndex.
const ORDINAL = new RegExp(`\\b(?:(?:(${TENS.join('|')})\\s+)?(${UNITS.join('|')})|(${TENTHS.join('|')}))\\b`, 'gu');

// The round nouns: tur (round), toplantı (meeting), görüşme (talks), oturum (session), zirve (summit).
const NOUN = '(?:tur|toplanti|gorusme|oturum|zirve)';

/** Turkish round patterns. */
export const rounds: RoundPatterns = {
  patterns: [
    // A figure with its period ("21.") or its suffix ("21'inci", "28’INCI"), then the noun within three words.
    new RegExp(`(?:^|[^\\p{L}\\d.'’])(\\d{1,3})(?:\\.|['’]?[iu]?nc[iu])?\\s+(?:[\\p{L}'’-]+\\s+){0,3}?${NOUN}`, 'u'),
    new RegExp(`${NOUN}\\p{L}*\\s+(?:no\\.?\\s*)?(\\d{1,3})(?![\\d.])`, 'u'),
  ],
  ordinalsAsDigits: (folded) =>
    folded.replace(ORDINAL, (_, tens?: string, unit?: string, tenth?: string) => `${tenth ? 10 * (TENTHS.indexOf(tenth) + 1) : 10 * (TENS.indexOf(tens ?? '') + 1) + UNITS.indexOf(unit ?? '') + 1}.`),
};
