/**
 * Turkish folding, for comparison only: after the engine's shared folding
 * (lower case by the Turkish rules, no Latin diacritics: ş → s, ç → c,
 * ğ → g, ö → o, ü → u), the dotless ı as i, and an ordinal written in
 * figures as its figures ("21'inci", "21inci" = "21").
 *
 * @module
 */

// ı is folded to i, although Turkish tells kır from kir: texts typed on
// keyboards or passed through systems without Turkish letters write
// "Idlib", "kinadilar", "Istanbul" (wire copy, ASCII transliteration), and
// a headline in capitals lower-cases its I to ı ("IDLIB" → "ıdlıb"). The
// shared folding already writes ş, ç, ğ, ö, ü without their marks, so ı is
// the one Turkish letter left that would keep two spellings of a word apart.
// The words that differ only in ı/i (kır/kir, sık/sik, ılık/ilik) are not
// words of the statements.
const DOTLESS = /ı/g;

// An ordinal in figures with its suffix, as the one TDK writes with a period
// ("21'inci" = "21."; after the folding above, -ıncı/-inci/-uncu/-üncü are
// -inci/-uncu, and after a vowel -ncı/-nci/-ncu/-ncü). In a text the period
// is punctuation to the tokenizer, so "21." and "21'inci" compare as the same
// letters.
const FIGURE_ORDINAL = /^(\d+)'?[iu]?nc[iu]$/;

// A period between digits before three more is a thousands separator in Turkish ("2.000" = "2000";
// the decimal mark is a comma): not in a date ("21.06.2024") or a version ("2.5").
const THOUSANDS = /(?<=\d)\.(?=\d{3}(?!\d))/g;

/** Fold a Turkish word (already lower case and without Latin diacritics): ı as i, "21'inci" as "21.", "2.000" as "2000". */
export function foldTurkish(word: string): string {
  return word.replace(DOTLESS, 'i').replace(FIGURE_ORDINAL, '$1.').replace(THOUSANDS, '');
}
