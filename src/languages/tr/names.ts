/**
 * Proper names in Turkish texts, keyed so that their transliterations meet
 * (Sadıkpur / Sadeghpour, Lavrentiyev / Lavrentyev, Mikdad / Mekdad,
 * Humeymim / Hmeymim).
 *
 * @module
 */

// The rules of the English pack's Latin-script name key (src/languages/en/names.ts)
// that Turkish renderings of Arabic, Persian and Russian names need, after two
// Turkish spelling rules: a name's suffixes follow an apostrophe (TDK:
// "Lavrentiyev'in"), and Turkish writes x as ks, gh and q as ğ or k, w as v.
// Vowels go by the sounds romanizations write alike (e, i, y; o, u), each run
// once; doubled letters are one; a stays apart (Sudan / Sidon).
const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/'.*|-/g, ''],
  // Russian е at the start, written ye or e (Yerlan / Erlan, Yevgeni / Evgeni).
  [/^y(?=e)/, ''],
  [/x/g, 'ks'],
  [/[kg]h|q/g, 'k'],
  [/w/g, 'v'],
  [/(.)\1+/g, '$1'],
  [/(?<=.)[eiy]+/g, 'I'],
  [/(?<=.)[ou]+/g, 'U'],
];

// Names shorter than this keep their letters: "Ali" and "Ala" are two names.
const MIN_LETTERS = 5;

/** The comparison key of a name in a Turkish text (folded), or undefined for a word too short or not in Latin letters. */
export function turkishNameKey(folded: string): string | undefined {
  let w = folded;
  for (const [re, to] of RULES) w = w.replace(re, to);
  return /^[a-zIU]+$/.test(w) && w.length >= MIN_LETTERS ? `\u2116${w}` : undefined;
}
