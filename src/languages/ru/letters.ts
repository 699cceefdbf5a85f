/** Russian folding and light stemming, for comparison only. */

/** Fold ё to е: Russian print writes ё only optionally. */
export function foldCyrillic(text: string): string {
  return text.replace(/ё/g, 'е');
}

// Inflectional endings of Russian nouns, adjectives, participles and verbs
// (a subset of the Snowball Russian stemmer's suffix classes), longest first
// so that "ами" is tried before "и". Stripping one ending is enough to make
// the cases of one word meet; it is not a full morphological analysis.
const ENDINGS = [
  'иями', 'ями', 'ами', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ией', 'иях',
  'ость', 'ости', 'ться', 'тся', 'ует', 'уют', 'али', 'или', 'ать', 'ять', 'ить', 'еть',
  'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ый', 'ий', 'ой', 'ей', 'ую', 'юю', 'ом', 'ем', 'ах', 'ях',
  'ов', 'ев', 'ам', 'ям', 'ию', 'ия', 'ии', 'ть', 'ли', 'ла', 'ло', 'ют', 'ят', 'ет', 'ит',
  'а', 'я', 'о', 'е', 'ы', 'и', 'у', 'ю', 'ь', 'й',
];

/** Light-stem a folded Russian word by removing one inflectional ending, keeping at least three letters. */
export function stemRussian(word: string): string {
  for (const e of ENDINGS) {
    if (word.length - e.length >= 3 && word.endsWith(e)) return word.slice(0, -e.length);
  }
  return word;
}
