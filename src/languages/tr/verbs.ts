/**
 * Turkish verb forms for lexicon patterns, made from a verb's stem: a
 * lexicon pattern matches words by prefix, and a Turkish verb carries its
 * tense, person, negation and modality as suffixes ("kına-dı-lar",
 * "kına-ma-dı-lar", "kına-yabil-ir"), so each is a prefix of its own.
 *
 * @module
 */

// The verb forms follow Göksel & Kerslake, "Turkish: A Comprehensive Grammar"
// (Routledge, 2005), ch. 8: the statements' tenses are the past -DI and the
// reported/perfect -mIş (with -lAr and the copula -DIr: "teyit etmişlerdir"),
// the continuous -mAktA(dIr), the converb -(y)ArAk, the future -(y)AcAk, the
// abilitive -(y)Abil, the necessitative -mAlI; negation is -mA before them,
// "cannot" the impotential -(y)AmA. Stems and forms are written folded, as
// patterns are compared (ı as i, ü as u, ş as s: see fold.ts), where vowel
// harmony leaves A = a|e and I = i|u: each form is written with both, and a
// form of the wrong harmony ("kinadu") is no word, so it meets none.

/** A suffix with its harmony vowels (A, I) written both ways: "d" + I → "di|du". */
const both = (forms: string[], suffix: string): string[] =>
  forms.flatMap((f) => {
    const k = suffix.search(/[AI]/);
    if (k < 0) return [f + suffix];
    const [x, y] = suffix.charAt(k) === 'A' ? ['a', 'e'] : ['i', 'u'];
    return both([f + suffix.slice(0, k) + x, f + suffix.slice(0, k) + y], suffix.slice(k + 1));
  });

/** Forms of a stem: each suffix on the stem (A, I harmony vowels in either; a final `*` for a prefix), as alternatives. */
const forms = (stem: string, suffixes: string): string => suffixes.split(' ').flatMap((s) => both([''], stem + s)).join('|');

/**
 * The pieces of a stem that suffixes attach to: before a vowel, "et" is
 * "ed" ("ederek") and a vowel takes a buffer y ("kınayarak"); D is d, or t
 * after a voiceless consonant ("etti", "kaldı"; c is ç, which folding writes alike).
 */
function pieces(stem: string): { v: string; d: string } {
  const vowel = /[aeiou]$/.test(stem);
  return { v: vowel ? `${stem}y` : stem.replace(/(^|d)et$/, '$1ed'), d: /[cfhkpst]$/.test(stem) ? 't' : 'd' };
}

/** The passive stem: -n after a vowel, -In after l, -Il elsewhere ("kinan", "mutabik kalin", "kararlastiril", "teyit edil"). */
export function passive(stem: string): string {
  // "çağır" drops its second vowel: "çağrıldı".
  return /[aeiou]$/.test(stem) ? `${stem}n` : `${pieces(stem).v.replace(/cagir$/, 'cagr')}${stem.endsWith('l') ? 'In' : 'Il'}`;
}

/**
 * The affirmative finite forms of a stem, and its converbs: "kinadi|kinadilar|kinadiklar*|kinadig*|kinamis|…|kinayarak|kinayip".
 * The first person plural is among them only in the present continuous,
 * the tense of ministers' statements ("yineliyoruz"; a quoted "kınadık", we
 * condemned, is a minister's account). Not among them either: the pluperfect -mIştI ("kınamıştı": had
 * condemned, a reporter's background), nor the bare -mAktA, which is also
 * the infinitive's ablative ("kınamaktan kaçındılar": refrained from
 * condemning); nor the future and modal forms (see {@link modal}).
 */
export function affirmative(stem: string): string {
  const { v, d } = pieces(stem);
  return `${forms(stem, `${d}I ${d}IlAr ${d}IklAr* ${d}Ig* mIs mIslAr mIstIr* mIslArdIr mAktAd*`)}|${forms(v, 'ArAk Ip')}|${progressive(stem)}`;
}

/**
 * The present continuous -(I)yor in the plural: the first person, in which
 * ministers speak ("yineliyoruz", "kınıyoruz", "teyit ediyoruz"), and the
 * third ("kınıyorlar"); not the singular ("Bakan … kınıyor", a third party) or the
 * past continuous ("kınıyordu", a reporter's narrative). A final vowel of the
 * stem gives way to the suffix's.
 */
function progressive(stem: string): string {
  const base = /[aeiou]$/.test(stem) ? stem.slice(0, -1) : pieces(stem).v;
  return forms(base, 'Iyoruz IyorlAr*');
}

/**
 * The negative forms: -mA and the impotential -(y)AmA before the past, the
 * perfect, the continuous, the future and the aorist ("kınamadılar",
 * "mutabık kalamadılar", "teyit etmemişlerdir", "kınamayacak", "kınamaz").
 */
export function negative(stem: string): string {
  return [stem, `${pieces(stem).v}A`].map((s) => forms(s, 'mAdI* mAmIs* mAmAktA* mAyAcAk* mAz* mIyoruz mIyorlAr*')).join('|');
}

/** Refraining from the act or failing at it ("kınamaktan kaçındılar", "mutabık kalmayı başaramadılar"): its negation. */
export const refrained = (stem: string): string => `${forms(stem, 'mAktAn mAyI')} kacin*|basaramadi*|basaramamis*`;

// Verbs of saying that frame a reported act: one word, or two ("ifade ettiler", "dile getirdiler").
const SAYING = ['belirt*|vurgula*|kaydet*|acikla*|bildir*', 'ifade|dile et*|getir*'];

/**
 * The act reported as a clause ("kınadıklarını", "kınadığını") before a verb
 * of saying that frames it ("… saldırıları kınadıklarını belirttiler"): one
 * act, the reported one, whose words end with the frame. Two patterns.
 */
export function reported(stem: string): string[] {
  return SAYING.map((say) => verb(stem, (v) => `${forms(v, `${pieces(v).d}IklAr* ${pieces(v).d}Ig*`)} ${say}`));
}

/** Modalities a verb form carries in its suffixes. */
export type Modality = 'future' | 'must' | 'may';

/**
 * The forms of one modality, active and passive: the future -(y)AcAk
 * ("sürdürecekler", "yapılacak"), the necessitative -mAlI
 * ("kolaylaştırılmalıdır"), the abilitive -(y)Abil ("değerlendirebilirler").
 */
export function modal(stem: string, modality: Modality): string {
  return [stem, passive(stem)].map((s) => (modality === 'must' ? forms(s, 'mAlI*') : forms(pieces(s).v, modality === 'future' ? 'AcAk*' : 'Abil*'))).join('|');
}

/**
 * A pattern for a verb of one word or more ("kina", "teyit et", "cagri*
 * bulun"), its last word given the forms: "teyit etti|ettiler|…". The words
 * before it are kept as written (alternatives, prefixes, gaps).
 */
export function verb(stem: string, make: (stem: string) => string): string {
  const head = stem.slice(0, stem.lastIndexOf(' ') + 1);
  return head + make(stem.slice(head.length));
}
