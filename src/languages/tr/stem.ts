/**
 * Turkish light stemming, for comparison only: the inflectional suffixes of
 * nouns (plural, possessive, case, -ki, the copula -dir) and the person
 * endings of verbs are taken off, so that "taraflar", "tarafların" and
 * "tarafından" meet, and "İdlib'deki" meets "İdlib".
 *
 * @module
 */

// The suffix chain of the Turkish noun, right to left, as light stemmers for
// Turkish IR strip it without a lexicon (the nominal suffix classes of
// Eryiğit & Adalı, "An affix stripping morphological analyzer for Turkish",
// 2004, and of the Snowball Turkish stemmer, Çilden 2006, without their verb
// classes and without derivational suffixes: "güvenlik" is not "güven").
// Written for folded text, where vowel harmony leaves a/e and i/u:
//   plural        -lar/-ler (also the verb's person ending: "vurguladılar")
//   possessive    -ımız/-imiz/-umuz/-ümüz (our), -(s)ı/-(s)i/-(s)u/-(s)ü (its; -ları/-leri, their, is plural + its)
//   case          genitive -(n)ın, accusative -(y)ı, dative -(y)a, locative -da/-ta, ablative -dan/-tan,
//                 instrumental -(y)la; after "its" -nı, -na, -nda, -ndan ("bölgesinde", "tarafından")
//   -ki           after the locative or genitive: "bölgedeki"
//   copula        -dır/-tir: "önemlidir"
// A buffer letter (n, s, y) follows a vowel only, and n before the other
// cases follows "its" only, so that "vatanı" is "vatan" + ı, not "vata" + nı.
// Second person endings are left out: the statements never speak to "you".
// The stem is the shortest that leaves a chain of these (the lazy group), of
// four letters at least: shorter stems are most often a root with a suffix
// of its own, and four keeps short names whole ("Soçi'de" → "soci").
const CHAIN = /^(.{4,}?)(?:l[ae]r)?(?:[iu]m[iu]z|(?<=[aeiou])s[iu]|[iu])?(?:(?<=[aeiou])n[iu]n|[iu]n|(?<=[iu])n(?:[iu]|[ae]|d[ae]n?)|[dt][ae]n?|(?<=[aeiou])y?(?:[ae]|[iu]|l[ae])|[ae]|[iu]|l[ae])?(?:k[iu])?(?:[dt][iu]r)?$/;

// A stem that ends in a vowel loses it (the bare "bölge" and the "bölge-" of
// "bölgesinde" meet), and a final g, b or d is its voiceless twin k, p, t,
// as the consonant alternation writes it before a vowel ("egemenlik",
// "egemenliği" → after folding "egemenligi"; "kitap"/"kitabı"; "umut"/"umudu").
const FINAL_VOWEL = /(?<=.{4})[aeiou]$/;
const VOICED: Readonly<Record<string, string>> = { g: 'k', b: 'p', d: 't' };

/**
 * Light-stem a folded Turkish word. A proper name's suffixes follow an
 * apostrophe ("Suriye'nin", "Astana'da"): the stem is the name's.
 */
export function stemTurkish(word: string): string {
  const apostrophe = word.indexOf("'");
  const w = apostrophe > 0 ? word.slice(0, apostrophe) : word;
  const stem = (CHAIN.exec(w)?.[1] ?? w).replace(FINAL_VOWEL, '');
  const last = stem.charAt(stem.length - 1);
  return stem.length > 3 ? stem.slice(0, -1) + (VOICED[last] ?? last) : stem;
}
