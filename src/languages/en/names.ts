/**
 * Proper names in Latin script, keyed so that their transliteration variants
 * meet: Lavrentiev / Lavrentyev, Soussan / Sousan, Mekdad / Miqdad,
 * Hmeimim / Khmeimim, Raqqa / Raqqah, al-Tanf / at-Tanf. Romanizations of
 * Arabic, Persian and Russian names differ mostly in their vowels (e/i/y,
 * o/u, doubled or added vowels), in doubled consonants, in kh/h and q/k, in
 * a final h, and in how the Arabic article is assimilated (al-/ad-/at-/as-/
 * ash-/ez-…: the sun-letter rule); other consonants and an a against another
 * vowel stay (Iran / Iraq, Austria / Australia, Sudan / Sidon, Gaza / Giza are
 * other names). Tuned on bench/eval/words-dev-2026-12-01.
 */

// The Arabic article in its romanized and assimilated forms, as a hyphenated part of a name.
const ARTICLES = new Set(['al', 'el', 'ul', 'ad', 'ed', 'ar', 'er', 'as', 'es', 'ash', 'esh', 'at', 'et', 'az', 'ez', 'an', 'en', 'ath', 'adh']);

// Vowels by the sounds romanizations write alike: e, i and y (Mekdad / Miqdad, Sergey / Sergei,
// Kobani / Kobane); o and u (Qamishli's ou / u); a apart (Sudan / Sidon, Gaza / Giza are other
// places). A run of vowels is the sequence of its classes, each once (Raisi / Raeisi).
const VOWEL_CLASS: Readonly<Record<string, string>> = { a: 'A', e: 'I', i: 'I', y: 'I', o: 'U', u: 'U' };
const vowelRun = (run: string): string => [...run].map((v) => VOWEL_CLASS[v] ?? v).filter((c, i, all) => c !== all[i - 1]).join('');

// Names shorter than this keep their letters: "Ali" and "Ala", Mali and Male are others.
const MIN_LETTERS = 5;

function skeleton(word: string): string {
  // A first e or i is one letter (Ebrahim / Ibrahim); other first vowels stay (Önal and Ünal are two names).
  // Russian е at the start is written ye or e (Yerlan / Erlan, Yevgeny / Evgeny).
  return word
    .replace(/^y(?=e)/, '')
    .replace(/^e/, 'i')
    .replace(/kh/g, 'h')
    .replace(/q/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/(.)\1+/g, '$1')
    .replace(/(?<=[aeiouy])h$/, '')
    .replace(/(?<=.)[aeiouy]+/g, vowelRun);
}

/** The key of a Latin-script name (folded), or undefined for a word too short or not Latin. */
export function latinNameKey(folded: string): string | undefined {
  const word = folded.replace(/['’ʼʻ`]/g, '').replace(/ı/g, 'i');
  if (!/^[a-z-]+$/.test(word) || word.replace(/-/g, '').length < MIN_LETTERS) return undefined;
  const parts = word.split('-').filter((p) => p !== '' && !ARTICLES.has(p));
  if (parts.length === 0) return undefined;
  // Hyphens do not count (Amir-Abdollahian / Amirabdollahian).
  return `\u2116${skeleton(parts.join(''))}`;
}
