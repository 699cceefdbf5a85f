/** Persian light stemming, for comparison only. */

// After the light Persian stemmer of L. Dolamic and J. Savoy (University of
// Neuchâtel, as in their CLEF 2008 Persian runs; Perl port
// Lingua::Stem::UniNE::FA): suffixes only, no prefixes, on a folded word (ZWNJ
// already out: «کشورهای», «نیروهای»). Where it strips one suffix by word
// length, this strips one suffix of each layer, outermost first, so that
// «سازمان» and «سازمان‌ها» still meet:
// 1. the plural -ها with the ezafe or indefinite ی and the possessive -شان
//    («تلاش‌هایشان», «کشورهای», «منطقه‌ای», which ends alike) and the
//    superlative -ترین;
// 2. the plurals -ان (-گان of a silent heh made ه again: «آوارگان» → «آواره»),
//    -ات («اقدامات») and -ین («طرفین», «نخستین»);
// 3. the ezafe or adjective -ی / -یی («نیروی», «سوری», «آمریکایی»).
// Each layer keeps at least three letters (-ها two), and -ان four: «ایران», «تهران»,
// «زمان», «بحران» stay whole. A final ه is kept: «آستانه» must not become
// «آستان», nor «استانه» «استان» (province), which would read as Astana.
const LAYERS: readonly RegExp[] = [/(?<=..)ها(?:یشان|یی|ی)?$|(?<=...)(?:شان|ترین)$/, /(?<=....)(?:گان|یان|ان)$|(?<=...)(?:ات|ین)$/, /(?<=...)یی?$/];

/** Light-stem a folded Persian word: plural, possessive and ezafe suffixes off, keeping at least three letters. */
export function stemPersian(word: string): string {
  let w = word;
  // Only -گان starts with گ: its heh comes back.
  for (const re of LAYERS) w = w.replace(re, (suffix) => (suffix.startsWith('گ') ? 'ه' : ''));
  return w;
}
