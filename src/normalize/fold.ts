/**
 * The folding every language shares: what makes cosmetic differences vanish
 * before a language pack folds its own letter variants. Used for comparison
 * only; displayed text is never altered.
 */

// Invisible format characters (Unicode category Cf): BOM, zero-width space and
// (non-)joiners, LRM/RLM/ALM, bidi embeddings, overrides and isolates, soft
// hyphen. They change nothing a reader sees, so they never change a key.
const FORMAT_CHARS = /\p{Cf}/gu;

// NFKC does not fold Arabic-Indic (U+0660–0669) or Extended Arabic-Indic /
// Persian (U+06F0–06F9) digits to ASCII; Arabic press texts mix all three.
function foldDigits(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0x0660 && cp <= 0x0669) out += String.fromCharCode(48 + cp - 0x0660);
    else if (cp >= 0x06f0 && cp <= 0x06f9) out += String.fromCharCode(48 + cp - 0x06f0);
    else out += ch;
  }
  return out;
}

// Diacritics on Latin letters (Türkiye/Turkiye, İdlib/Idlib) are spelling
// variants in transliterated names. Only marks after a Latin letter are
// removed: Cyrillic й (и + U+0306) must stay a different letter from и.
const LATIN_MARKS = /(\p{Script=Latin})\p{M}+/gu;

// Apostrophe variants inside words (Qur’an, Türkiye’s).
const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4]/g;

// Hyphen variants inside a word (de‐escalation, de–escalation).
const INNER_DASHES = /[\u2010-\u2013]/g;

const lower = (s: string): string => s.toLowerCase();

/**
 * Fold one word the way every language does: NFKC, no format characters,
 * ASCII digits, lower case (by `lowerCase`, for languages with their own case
 * rules), no Latin diacritics, one apostrophe and one hyphen, numbers without
 * leading zeros, and a word hyphenated at a line's end joined.
 */
export function foldCommon(text: string, lowerCase: (s: string) => string = lower): string {
  // Joined first: the soft hyphen (U+00AD) is a format character.
  let t = text.replace(LINE_END_HYPHEN, '').normalize('NFKC').replace(FORMAT_CHARS, '');
  t = lowerCase(foldDigits(t));
  t = t.normalize('NFD').replace(LATIN_MARKS, '$1').normalize('NFC');
  t = t.replace(APOSTROPHES, "'").replace(INNER_DASHES, '-');
  // A number written with leading zeros is the same number ("02" = "2").
  return LEADING_ZEROS.test(t) ? t.replace(LEADING_ZEROS, '') : t;
}

const LEADING_ZEROS = /^0+(?=\d+$)/;

// A word hyphenated at a line's end (one word to the tokenizer, with the hyphens of its
// isHyphen): its halves joined, "sover-\neignty" = "sovereignty".
const LINE_END_HYPHEN = /[-\u00ad\u2010\u2011\u2013]\r?\n[ \t]*/g;

// Quote and dash variants are one mark each for comparison: «» „“ ”“ "" ‘’ …
// and hyphen, non-breaking hyphen, figure/en/em dashes, minus sign. Arabic
// comma, semicolon and question mark fold to their Latin twins.
const PUNCT_FOLD: Readonly<Record<string, string>> = {
  '\u00ab': '"', '\u00bb': '"', '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"',
  '\u2033': '"', '\u301d': '"', '\u301e': '"', '\u2039': '"', '\u203a': '"',
  '\u2018': '"', '\u2019': '"', '\u201a': '"', '\u201b': '"', "'": '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u060c': ',', '\u061b': ';', '\u061f': '?', '\u066a': '%', '\u06d4': '.',
};

/** Fold one punctuation character for comparison. */
export function foldPunct(ch: string): string {
  const n = ch.normalize('NFKC');
  return PUNCT_FOLD[n] ?? n;
}
