/**
 * Spelled-out ordinals in the head of a round ("the twentieth round",
 * «الجولة الحادية والعشرين») rewritten as digits ("20th round", «الجوله 21»),
 * so the label patterns, which read digits, read them too. Works on folded
 * text (see foldWord): lower case, أ/إ/آ → ا, ة → ه, ى → ي. Rounds 1–59 are
 * read: the Astana talks count about two a year. Arabic press reports spell
 * the number out often; Russian texts write it in digits («20-й раунд»), so
 * Russian ordinal words are not read (their stems and case endings would
 * cost a third of this module's weight in the bundle for a rare form).
 */

const words = (list: string): string[] => list.split(' ');
/** A regex alternation, longest first, so that no word stops at a shorter one it begins with. */
const alternation = (list: readonly string[]): string => [...list].sort((x, y) => y.length - x.length).join('|');
/** Value of a word in a list that starts at `first` and counts by `step`; 0 when absent. */
const valueIn = (list: readonly string[], word: string | undefined, first = 1, step = 1): number => {
  const i = word === undefined ? -1 : list.indexOf(word);
  return i < 0 ? 0 : first + i * step;
};

// English: 1st–19th as words, the tens, and the tens' ordinals (twenty → twentieth).
const EN_UNITS = words('first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth');
const EN_TENS = words('twenty thirty forty fifty');
const EN_TENS_ORDINAL = EN_TENS.map((t) => `${t.slice(0, -1)}ieth`);
const EN = new RegExp(`\\b(?:(${alternation(EN_TENS)})[\\s-]+(${alternation(EN_UNITS.slice(0, 9))})|(${alternation(EN_UNITS)})|(${alternation(EN_TENS_ORDINAL)}))\\b`, 'gu');

// Arabic, as a round («الجولة», feminine) or a meeting («الاجتماع», masculine)
// takes them: الأولى/الأول … العاشرة/العاشر (stems without the feminine ending;
// folded ى is ي); 11–19 «الحادية عشرة», «الثاني عشر»; «العشرين»; 21–59
// «الحادية والعشرين». Only after the words for round and meeting.
const AR_UNITS = words('اول ثاني ثالث رابع خامس سادس سابع ثامن تاسع عاشر');
const AR_TENS = words('عشرين ثلاثين اربعين خمسين');
const AR = new RegExp(
  `((?:ال|لل)جوله|(?:ال|لل)اجتماع\\s+الدولي)\\s+(?:ال(${alternation([...AR_UNITS, 'حادي'])})[هي]?(?:\\s+(عشره?)|\\s+و(?:ال)?(${alternation(AR_TENS)}))?|ال(${alternation(AR_TENS)}))(?![\\p{L}\\p{M}])`,
  'gu',
);

/** The folded head with spelled-out ordinals of rounds written as digits. */
export function ordinalsAsDigits(folded: string): string {
  const digits = (whole: string, n: number, prefix = ''): string => (n > 0 ? `${prefix}${n}` : whole);
  return folded
    .replace(EN, (whole, tens?: string, unit?: string, alone?: string, tensOrdinal?: string) => {
      const n = alone ? valueIn(EN_UNITS, alone) : tensOrdinal ? valueIn(EN_TENS_ORDINAL, tensOrdinal, 20, 10) : valueIn(EN_TENS, tens, 20, 10) + valueIn(EN_UNITS, unit);
      return digits(whole, n) + (n > 0 ? 'th' : '');
    })
    .replace(AR, (whole, noun: string, unit?: string, teen?: string, tens?: string, tensAlone?: string) => {
      // «الحادي» is only ever part of 11 or 21–51; «العاشر» never takes «عشر» or tens.
      const u = unit === 'حادي' ? 1 : valueIn(AR_UNITS, unit);
      const n = tensAlone ? valueIn(AR_TENS, tensAlone, 20, 10) : teen ? (u < 10 ? 10 + u : 0) : tens ? (u < 10 ? valueIn(AR_TENS, tens, 20, 10) + u : 0) : unit === 'حادي' ? 0 : u;
      return digits(whole, n, `${noun} `);
    });
}
