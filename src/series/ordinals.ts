/**
 * Spelled-out ordinals in the head of a round ("the twentieth round",
 * «الجولة الحادية والعشرين», «двадцать первого раунда») rewritten as digits
 * ("20th round", «الجوله 21», «21 раунда»), so the label patterns, which read
 * digits, read them too. Works on folded text (see foldWord): lower case,
 * أ/إ/آ → ا, ة → ه, ى → ي, ё → е.
 */

/** Index = value: the ordinal words 1–19 and the tens. */
const EN_UNITS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const EN_TENS_ORDINAL = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

// Arabic ordinals as a round («الجولة», feminine) or a meeting («الاجتماع»,
// masculine) takes them: الأولى/الأول، الثانية/الثاني … العاشرة/العاشر; 11–19
// as «الحادية عشرة», «الثانية عشر»; the tens as «العشرين», and 21–99 as
// «الحادية والعشرين». Stems without the feminine ending; folded ى is ي.
const AR_UNITS = ['', 'اول', 'ثاني', 'ثالث', 'رابع', 'خامس', 'سادس', 'سابع', 'ثامن', 'تاسع', 'عاشر'];
const AR_TENS = ['', '', 'عشرين', 'ثلاثين', 'اربعين', 'خمسين', 'ستين', 'سبعين', 'ثمانين', 'تسعين'];

// Russian ordinal stems (any case ending follows) and the cardinal tens of
// compound ordinals («двадцать первый»). Longer stems are listed first where
// one begins another («пятнадцат» before «пят»).
const RU_ORDINAL_STEMS: ReadonlyArray<readonly [string, number]> = [
  ['одиннадцат', 11], ['двенадцат', 12], ['тринадцат', 13], ['четырнадцат', 14], ['пятнадцат', 15], ['шестнадцат', 16], ['семнадцат', 17], ['восемнадцат', 18], ['девятнадцат', 19],
  ['двадцат', 20], ['тридцат', 30], ['сороков', 40], ['пятидесят', 50],
  ['перв', 1], ['втор', 2], ['трет', 3], ['четверт', 4], ['пят', 5], ['шест', 6], ['седьм', 7], ['восьм', 8], ['девят', 9], ['десят', 10],
];
const RU_TENS: ReadonlyArray<readonly [string, number]> = [['двадцать', 20], ['тридцать', 30], ['сорок', 40], ['пятьдесят', 50]];

const alternation = (words: readonly string[]): string => words.filter((w) => w !== '').join('|');
const indexIn = (list: readonly string[], word: string | undefined): number => (word === undefined ? 0 : Math.max(0, list.indexOf(word)));

const EN = new RegExp(`\\b(?:(${alternation(EN_TENS)})[\\s-]+(${alternation(EN_UNITS.slice(1, 10))})|(${alternation(EN_UNITS)})|(${alternation(EN_TENS_ORDINAL)}))\\b`, 'gu');

// «ال» + unit stem + an optional feminine/long ending, then «عشر(ة)» (11–19) or
// «و(ال)» + tens (21–99); or «ال» + tens alone (20, 30 …). Only after the
// words for round and meeting, so other ordinals in the text stay as written.
const AR_ORDINAL = `ال(${alternation(AR_UNITS)}|حادي)[هي]?(?:\\s+(عشره?)|\\s+و(?:ال)?(${alternation(AR_TENS)}))?|ال(${alternation(AR_TENS)})`;
const AR = new RegExp(`((?:ال|لل)جوله|(?:ال|لل)اجتماع\\s+الدولي)\\s+(?:${AR_ORDINAL})(?![\\p{L}\\p{M}])`, 'gu');

const RU_STEM = `(${RU_ORDINAL_STEMS.map(([s]) => s).join('|')})\\p{L}{0,4}`;
const RU = new RegExp(`(?<![\\p{L}])(?:(${RU_TENS.map(([s]) => s).join('|')})\\s+)?${RU_STEM}(?![\\p{L}])(?=\\s+(?:раунд|международн|встреч))`, 'gu');

function englishOrdinal(tens: string | undefined, unit: string | undefined, alone: string | undefined, tensOrdinal: string | undefined): number {
  if (alone !== undefined) return indexIn(EN_UNITS, alone);
  if (tensOrdinal !== undefined) return 10 * indexIn(EN_TENS_ORDINAL, tensOrdinal);
  return 10 * indexIn(EN_TENS, tens) + indexIn(EN_UNITS, unit);
}

function arabicOrdinal(unit: string | undefined, teen: string | undefined, tens: string | undefined, tensAlone: string | undefined): number {
  if (tensAlone !== undefined) return 10 * indexIn(AR_TENS, tensAlone);
  const u = unit === 'حادي' ? 1 : indexIn(AR_UNITS, unit);
  if (teen !== undefined) return u <= 9 ? 10 + u : 0;
  if (tens !== undefined) return u <= 9 ? 10 * indexIn(AR_TENS, tens) + u : 0;
  // «الحادي» is only ever part of 11 or 21–91.
  return unit === 'حادي' ? 0 : u;
}

function russianOrdinal(tens: string | undefined, stem: string): number {
  const value = RU_ORDINAL_STEMS.find(([s]) => s === stem)?.[1] ?? 0;
  const t = RU_TENS.find(([s]) => s === tens)?.[1] ?? 0;
  return t > 0 && value >= 10 ? 0 : t + value;
}

/** The folded head with spelled-out ordinals of rounds written as digits. */
export function ordinalsAsDigits(folded: string): string {
  return folded
    .replace(EN, (whole, tens?: string, unit?: string, alone?: string, tensOrdinal?: string) => {
      const n = englishOrdinal(tens, unit, alone, tensOrdinal);
      return n > 0 ? `${n}th` : whole;
    })
    .replace(AR, (whole, noun: string, unit?: string, teen?: string, tens?: string, tensAlone?: string) => {
      const n = arabicOrdinal(unit, teen, tens, tensAlone);
      return n > 0 ? `${noun} ${n}` : whole;
    })
    .replace(RU, (whole, tens: string | undefined, stem: string) => {
      const n = russianOrdinal(tens, stem);
      return n > 0 ? `${n}` : whole;
    });
}
