/**
 * Proper names in Cyrillic script, keyed so that their transliteration
 * variants meet: Лаврентьев / Лаврентиев, Сусан / Суссан, Микдад / Мекдад,
 * Абдоллахиан / Абдоллахьян, Манбидж / Манбиж, Эт-Танф / Ат-Танф, Ракка /
 * Эр-Ракка. Russian renderings of Arabic and Persian names differ in their
 * vowels (е/и/э, ы/и, й, ь and ъ between letters), doubled consonants, дж/ж,
 * and in the Arabic article (аль-/эль-/ар-/эр-/ат-/эт-…); other consonants
 * stay (Ирак / Иран). Tuned on bench/eval/words-dev-2026-12-01.
 */

const ARTICLES = new Set(['аль', 'эль', 'ал', 'эл', 'ар', 'эр', 'ас', 'эс', 'аш', 'эш', 'ат', 'эт', 'ад', 'эд', 'аз', 'эз', 'ан', 'эн']);

// Vowels by the sounds Russian renderings write alike: е, э, и, ы, й (Микдад / Мекдад, Камышли /
// Камышлы); о, у, ю; а, я apart (Судан / Сидон are other places). A run is its classes, each once.
const VOWEL_CLASS: Readonly<Record<string, string>> = { а: 'A', я: 'A', е: 'I', ё: 'U', э: 'I', и: 'I', ы: 'I', й: 'I', о: 'U', у: 'U', ю: 'U' };
const vowelRun = (run: string): string => [...run].map((v) => VOWEL_CLASS[v] ?? v).filter((c, i, all) => c !== all[i - 1]).join('');

// Names shorter than this keep their letters.
const MIN_LETTERS = 4;

function skeleton(word: string): string {
  // A first э, е or и is one letter (Эбрахим / Ибрахим); other first vowels stay (Онал and Унал are two names).
  // A last vowel after three letters or more is a case ending (Дейр-эз-Зора, Манбиджа), left out (Китае and Кито stay apart).
  return word
    .replace(/^[эе]/, 'и')
    // A soft sign before a vowel is the glide и writes (Абдоллахьян / Абдоллахиан).
    .replace(/ь(?=[яеёю])/g, 'и')
    .replace(/[ьъ]/g, '')
    .replace(/дж/g, 'ж')
    .replace(/(.)\1+/g, '$1')
    .replace(/(?<=.{3})[аеёиоуыэюя]$/, '')
    .replace(/(?<=.)[аеёиоуыэюяй]+/g, vowelRun);
}

/** The key of a Cyrillic-script name (folded), or undefined for a word too short or not Cyrillic. */
export function cyrillicNameKey(folded: string): string | undefined {
  if (!/^[а-яё-]+$/.test(folded) || folded.replace(/-/g, '').length < MIN_LETTERS) return undefined;
  const parts = folded.split('-').filter((p) => p !== '' && !ARTICLES.has(p));
  if (parts.length === 0) return undefined;
  return `\u2116${skeleton(parts.join(''))}`;
}
