/**
 * Proper names in French texts, keyed so that their transliterations meet
 * (Lavrentiev / Lavrentyev, Holmqvist / Holmkvist, Mekdad / Miqdad, Erlan /
 * Yerlan, Hmeimim / Khmeimim).
 *
 * @module
 */

// The rules of the English pack's Latin-script name key (src/languages/en/names.ts)
// that French renderings of Arabic, Persian and Russian names need. French writes
// the Arabic article as al-/el- and Russian е at the start as e or ie/ye (Erlan /
// Yerlan, Evgueni / Ievgueni); kh, gh and q stand for one k sound, w for v; vowels go
// by the sounds romanizations write alike (e, i, y; o, u, ou), each run once; doubled
// letters are one; a stays apart (Soudan / Sidon).
const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^[ld]['’]/, ''],
  [/^(?:al|el|ad|ar|as|at|ash|az|an)-/, ''],
  [/['’-]/g, ''],
  [/^[iy](?=e)/, ''],
  [/x/g, 'ks'],
  [/[kg]h|q/g, 'k'],
  [/w/g, 'v'],
  [/(.)\1+/g, '$1'],
  [/(?<=[aeiouy])h$/, ''],
  [/(?<=.)[eiy]+/g, 'I'],
  [/(?<=.)[ou]+/g, 'U'],
];

// Names shorter than this keep their letters: "Ali" and "Ala" are two names.
const MIN_LETTERS = 5;

/** The comparison key of a name in a French text (folded), or undefined for a word too short or not in Latin letters. */
export function frenchNameKey(folded: string): string | undefined {
  let w = folded;
  for (const [re, to] of RULES) w = w.replace(re, to);
  return /^[a-zIU]+$/.test(w) && w.length >= MIN_LETTERS ? `\u2116${w}` : undefined;
}
