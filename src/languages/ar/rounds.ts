/**
 * Round numbers in Arabic heads: «الجولة الـ20», «الجولة 20», «الاجتماع
 * الدولي الـ20», «للجولة الـ 20» (after the preposition ل, ال is written ل),
 * and spelled-out ordinals as a round («الجولة», feminine) or a meeting
 * («الاجتماع», masculine) takes them: الأولى/الأول … العاشرة/العاشر; 11–19
 * «الحادية عشرة», «الثاني عشر»; «العشرين»; 21–59 «الحادية والعشرين». Patterns
 * read folded text (أ/إ/آ → ا, ة → ه, ى → ي).
 */
import type { RoundPatterns } from '../types.js';
import { alternation, valueIn, words } from '../util.js';

// Stems without the feminine ending; folded ى is ي.
const UNITS = words('اول ثاني ثالث رابع خامس سادس سابع ثامن تاسع عاشر');
const TENS = words('عشرين ثلاثين اربعين خمسين');
// Kept out of the (frozen) pack: replace() resets a global regex's lastIndex.
const ORDINAL = new RegExp(`((?:ال|لل)جوله|(?:ال|لل)اجتماع\\s+الدولي)\\s+(?:ال(${alternation([...UNITS, 'حادي'])})[هي]?(?:\\s+(عشره?)|\\s+و(?:ال)?(${alternation(TENS)}))?|ال(${alternation(TENS)}))(?![\\p{L}\\p{M}])`, 'gu');

export const rounds: RoundPatterns = {
  patterns: [/(?:ال|لل)(?:جوله|اجتماع\s+الدولي)\s+(?:ال[ـ]*\s*|رقم\s+)?(\d{1,3})(?!\d)/u],
  ordinalsAsDigits(folded) {
    return folded.replace(ORDINAL, (whole, noun: string, unit?: string, teen?: string, tens?: string, tensAlone?: string) => {
      // «الحادي» is only ever part of 11 or 21–51; «العاشر» never takes «عشر» or tens.
      const u = unit === 'حادي' ? 1 : valueIn(UNITS, unit);
      const n = tensAlone ? valueIn(TENS, tensAlone, 20, 10) : teen ? (u < 10 ? 10 + u : 0) : tens ? (u < 10 ? valueIn(TENS, tens, 20, 10) + u : 0) : unit === 'حادي' ? 0 : u;
      return n > 0 ? `${noun} ${n}` : whole;
    });
  },
};
