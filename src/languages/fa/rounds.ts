/**
 * Round numbers in Persian heads: «نشست ۲۱», «دور ۲۱», «۲۱مین نشست», and
 * spelled-out ordinals in both Persian forms — the adjective after the noun
 * («دور بیست‌ویکم مذاکرات آستانه», «نشست بیستم») and the -مین form before
 * it («بیست و یکمین نشست بین‌المللی», «نخستین دور»), 1–59 (the Astana talks
 * count about two a year). The head is folded word by word: digits are
 * ASCII, letters Persian (ي → ی, ك → ک), an ordinal in figures is spelled
 * out («۲۸مین» → «بیستوهشتمین»), and a ZWNJ between the parts of a number
 * («بیست‌ویکم») stays, read here as a space.
 */
import type { RoundPatterns } from '../types.js';
import { ordinalWord, TENS } from './numbers.js';

// Every ordinal 1–59 as the folding spells it, its words joined; «اول» and «نخست» are "first".
const VALUES = new Map<string, number>([['اول', 1], ['نخست', 1], ['هیجدهم', 18]]);
for (let n = 1; n < 60; n++) VALUES.set(ordinalWord(n) as string, n);
const J = '[\\s\\u200c]*';
const NOT_LETTER = '(?![\\p{L}\\p{M}])';
// A word, after «بیست و» and the like, and before «‌ام» («سی‌ام»). Kept out of
// the (frozen) pack: replace() resets a global regex's lastIndex.
const ORDINAL = new RegExp(`(?<![\\p{L}\\p{M}])(?:(?:${TENS.join('|')})${J}و${J})?\\p{L}+(?:${J}ام(?:ین)?)?${NOT_LETTER}`, 'gu');
const NOUN = '(?:دور|نشست|اجلاس)';

export const rounds: RoundPatterns = {
  patterns: [
    new RegExp(`(\\d{1,3})${J}ا?مین[\\s\\u200c]+${NOUN}${NOT_LETTER}`, 'u'),
    new RegExp(`(?<![\\p{L}\\p{M}])${NOUN}[\\s\\u200c]+(?:شماره[\\s\\u200c]+)?(\\d{1,3})(?:${J}ا?م)?(?![\\d\\p{L}\\p{M}])`, 'u'),
  ],
  ordinalsAsDigits(folded) {
    return folded.replace(ORDINAL, (whole) => {
      const w = whole.replace(/[\s\u200c]/g, '');
      const n = VALUES.get(w.replace(/ین$/, ''));
      return n ? `${n}${w.endsWith('ین') ? 'مین' : 'م'}` : whole;
    });
  },
};
