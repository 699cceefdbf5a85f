/**
 * Foreign proper names in Arabic script, keyed so that their spellings meet:
 * لافرنتييف / لافرينتيف, بيدرسن / بيدرسون, فرشينين / فيرشينين, جنيف / جينيف,
 * سيرغي / سيرجي, بوغدانوف / بوجدانوف. Arabic writes the vowels of a foreign
 * name with ي and و or leaves them out, and its g with غ or ج; its own words
 * change meaning with those letters only in short words and in the patterns
 * of the article and of broken plurals (مكتب / مكاتب), which are left alone.
 * Arabic has no capitals to tell a name by: every word is asked, and only a
 * word of five letters or more without the article gets a key. Tuned on
 * bench/eval/words-dev-2026-12-01.
 */

// Shorter words keep their letters: كبير / كبر, خلال / حلال, دولة / دولية differ.
const MIN_LETTERS = 5;
// The article, alone or after a joined conjunction or preposition (و، ف، ب، ل، ك).
const ARTICLE = /^[وفبلك]?ال/;
const LETTERS = /^[\u0621-\u064a]+$/;

/** The key of an Arabic-script name (folded), or undefined for a word too short, with the article, or not Arabic letters. */
export function arabicNameKey(folded: string): string | undefined {
  if (!LETTERS.test(folded) || folded.length < MIN_LETTERS || ARTICLE.test(folded)) return undefined;
  // The first and last letters stay; ي and و between them are vowels; غ is ج (the letter g).
  const inner = folded.slice(1, -1).replace(/[يو]/g, '');
  return `\u2116${`${folded[0]}${inner}${folded.slice(-1)}`.replace(/غ/g, 'ج')}`;
}
