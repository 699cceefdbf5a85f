/**
 * Turkish lower-casing: dotted and dotless i are two letters, so capital I
 * is ı and capital İ is i ("IRAK" → "ırak", "İDLİB" → "idlib").
 *
 * @module
 */

// Not `toLocaleLowerCase('tr')`: its result depends on the locale data of the
// runtime (a Node built with small-icu, or an engine without Turkish, falls
// back to the root locale silently, and "IRAK" becomes "irak"). The two
// Turkish rules are the only ones that differ from the default mapping
// (Unicode SpecialCasing.txt, conditions for tr and az), so they are written out.
// A decomposed İ (I + U+0307 COMBINING DOT ABOVE) is i too.
const DOTTED = /I\u0307|İ/g;

/** Lower-case a word by the Turkish rules: I → ı, İ → i, the rest as `String.prototype.toLowerCase`. */
export function lowerCaseTurkish(word: string): string {
  return word.replace(DOTTED, 'i').replace(/I/g, 'ı').toLowerCase();
}
