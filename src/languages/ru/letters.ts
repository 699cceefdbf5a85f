/** Russian folding and light stemming, for comparison only. */

/**
 * Fold ё to е (Russian print writes ё only optionally), and an ordinal word
 * or a figure with its ending to the figure alone ("пятнадцатую", "15-ю",
 * "15-й" → "15"), since statements write rounds either way.
 */
export function foldCyrillic(text: string): string {
  const t = text.replace(/ё/g, 'е');
  const figure = FIGURE.exec(t);
  if (figure) return figure[1] as string;
  const m = ORDINAL.exec(t);
  return m ? String(ORDINAL_STEMS.indexOf(m[1] as string) + 1 + (m[1] === 'тридцат' ? 9 : 0)) : t;
}

// The stems of the ordinals 1–20 and 30, and their adjective endings (third: трет-ий, -ья, -ье, -ьего…).
const ORDINAL_STEMS = [
  'перв', 'втор', 'трет', 'четверт', 'пят', 'шест', 'седьм', 'восьм', 'девят', 'десят',
  'одиннадцат', 'двенадцат', 'тринадцат', 'четырнадцат', 'пятнадцат', 'шестнадцат', 'семнадцат', 'восемнадцат', 'девятнадцат', 'двадцат', 'тридцат',
];
const ORDINAL = new RegExp(`^(${ORDINAL_STEMS.join('|')})(ый|ой|ий|ая|ья|ое|ье|ую|ью|ого|ьего|ому|ьему|ом|ьем|ой|ьей|ые|ьи|ых|ьих|ым|ьим|ыми|ьими)$`);
// Ordinal endings only: «1990-х» (the 1990s) is not «1990».
const FIGURE = /^(\d+)-(й|я|е|ю|го|му|м|ой|ый|ая|ое|ую|ого|ому|ым)$/;

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
