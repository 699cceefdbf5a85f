/** Persian letter folding, for comparison only. */
import { ordinalWord } from './numbers.js';

// Marks that Persian print writes or leaves out at will (the set the Arabic
// pack folds): harakat (zabar, zir, pish), tanvin («فوراً»), tashdid, sukun,
// the small hamza above and below (U+0654/0655, also the ezafe of «جامعهٔ»),
// superscript alef, Quranic annotation marks and tatweel (U+0640).
const MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;

// Letter variants, each to the letter of the standard Persian keyboard
// (ISIRI 9147) — the direction of the Hazm and Parsivar normalizers, where
// Lucene's PersianNormalizer folds to the Arabic letters: Arabic yeh, alef
// maksura and yeh barree → ی; Arabic and swash kaf → ک; teh marbuta, heh with
// yeh above (ۀ), ae, heh goal and heh doachashmee → ه; alef with hamza or
// madda and alef wasla → ا («تأکید»/«تاکید», «آستانه»/«استانه»); hamza on
// waw → و («مؤثر»/«موثر»); hamza on yeh → ی («رئیس»/«رییس», «مسائل»/«مسایل»).
// Where Persian writes the same hamza on two seats, the seat of yeh: «هیأت»/«هیئت»,
// «مسأله»/«مسئله», «مسؤول»/«مسئول», «شؤون»/«شئون» (not «تأکید», «مؤثر»).
const SEAT = /(?<=[یيس])أ|ؤ(?=و)/g;
const FROM = 'يىےئكڪةۀەہھأإآٱؤ';
const TO = 'ییییککهههههااااو';
const LETTER = new RegExp(`[${FROM}]`, 'g');

// Two spellings that are one word: a final hamza after alef («اجراء»/«اجرا»,
// «امضاء»/«امضا»), and the ezafe after a silent heh, which the Academy of
// Persian Language and Literature's «دستور خط فارسی» writes as a small hamza
// («جامعهٔ», folded above) and press also as «ه‌ی» («جامعه‌ی») or not at all.
// (A few words end in a consonantal ه and ی, «آگاهی», «همراهی»: they fold with
// آگاه and همراه, a comparison key shared, never a displayed change.)
const FINAL = /(?<=..)(?:(ا)ء|(ه)ی)$/;

// An ordinal in figures («۲۷مین», «۲۱م»; the digits are ASCII by now) is spelled
// out, its words joined: the comparison keys of «بیست و هفتمین» joined are the
// same letters, so the two spellings are one.
const FIGURE = /^(\d{1,2})(ا?م(?:ین)?)$/;

/**
 * Fold a Persian word (already through the engine's shared folding, which
 * removes ZWNJ, so «می‌کنند» is «میکنند»): marks and tatweel out, Arabic
 * letter variants to the Persian ones (hamza to one seat), a final «اء» to «ا» and an ezafe «ه‌ی»
 * to «ه», an ordinal in figures to its letters. Idempotent; other scripts pass through.
 */
export function foldPersian(word: string): string {
  const w = word
    .replace(MARKS, '')
    .replace(SEAT, 'ئ')
    .replace(LETTER, (c) => TO.charAt(FROM.indexOf(c)))
    .replace(FINAL, '$1$2');
  const figure = FIGURE.exec(w);
  const spelled = figure && ordinalWord(Number(figure[1]));
  return spelled ? spelled + (figure[2]?.endsWith('ین') ? 'ین' : '') : w;
}
