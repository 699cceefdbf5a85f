/**
 * French light stemming, for comparison only. It follows the light stemmer
 * of Jacques Savoy ("A stemming procedure and stopword list for general
 * French corpora", JASIS 50(10), 1999; Lucene's FrenchLightStemmer and
 * FrenchMinimalStemmer): inflection only — elision, plural, feminine, the
 * verb endings of the statements' tenses — and no derivation, so that
 * "réaffirmé", "réaffirmées", "réaffirment", "réaffirmant" meet, and
 * "engagement" stays apart from "engagé".
 */

// An elided article, pronoun or conjunction written joined by its apostrophe:
// l'intégrité, d'Idlib, qu'elles, s'engagent, n'ont, jusqu'à, lorsqu'il.
const ELISION = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)'(?=.)/;

// Verb endings of the present, future and conditional (3rd person) and the
// participles and infinitive, longest first; what remains keeps 3 letters at
// least (Savoy's rule), so "sera", "mer", "fait" stay whole.
const ENDINGS = ['eraient', 'eront', 'erait', 'aient', 'era', 'ent', 'ant', 'er'];

/** Light-stem a folded French word. */
export function stemFrench(word: string): string {
  let w = word.replace(ELISION, '');
  // Plural: -aux → -al (internationaux = international), else a final s or x (not -ss).
  if (w.length > 4 && w.endsWith('aux')) w = `${w.slice(0, -3)}al`;
  else if (w.length > 3 && /[^s][sx]$/.test(w)) w = w.slice(0, -1);
  // Feminine: -e, -ée (and -enne → -en: syrienne = syrien).
  if (w.length > 4) w = w.replace(/(?<=n)ne$|e{1,2}$/, '');
  for (const e of ENDINGS) {
    if (w.endsWith(e) && w.length - e.length >= 3) return w.slice(0, -e.length);
  }
  return w;
}
