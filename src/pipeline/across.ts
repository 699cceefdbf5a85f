/**
 * Two versions of one text in two languages: whether a pair is such, what
 * stands for a paragraph's item number, the numbers one side has and the
 * other lacks, and which side is a press report of the other.
 */
import type { CompiledLexicon } from '../commitments/lexicon.js';
import type { LanguagePack } from '../languages/types.js';
import { matchAt } from '../normalize/patterns.js';
import { foldCommon } from '../normalize/fold.js';
import { numbersIn } from '../normalize/numbers.js';
import { detectWith, eachWord } from '../segment/language.js';
import { SAME_LANGUAGE_OVERLAP, SAME_LANGUAGE_WINDOW } from '../params.js';
import { tokenize } from '../tokenize/tokens.js';
import type { Communique } from '../types/segment.js';

/** Lower-cased words of three letters or more of a text's first SAME_LANGUAGE_WINDOW characters. */
function wordSet(doc: Communique): Set<string> {
  const out = new Set<string>();
  eachWord(doc.source.slice(0, SAME_LANGUAGE_WINDOW), 3, Infinity, (w) => out.add(w.toLowerCase()));
  return out;
}

/**
 * Whether two parsed versions are in different languages. Two texts written
 * the same are one text. Languages given per side by the caller decide.
 * Detected ones decide unless the two texts share most of their words (the
 * overlap coefficient, common words ÷ the smaller text's, ≥
 * SAME_LANGUAGE_OVERLAP): two rounds of one language do, a text and its
 * translation do not, so a round that detection took for a neighbour of its
 * script (a short English text read as French) is still compared word by word.
 */
export function acrossLanguages(oldDoc: Communique, newDoc: Communique, sides: { old?: string; new?: string } | undefined, packs: readonly LanguagePack[]): boolean {
  // A text of no pack's language (only digits and punctuation) is in neither.
  const read = (lang: string): boolean => packs.some((p) => p.code === lang);
  if (oldDoc.lang === newDoc.lang || !read(oldDoc.lang) || !read(newDoc.lang) || oldDoc.source === newDoc.source) return false;
  if (sides?.old !== undefined && sides.new !== undefined) return true;
  const a = wordSet(oldDoc);
  const b = wordSet(newDoc);
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  const smaller = Math.min(a.size, b.size);
  return smaller === 0 || common / smaller < SAME_LANGUAGE_OVERLAP;
}

/**
 * Two versions detected in two languages of one script but found to be one
 * (see acrossLanguages: a short English round read as French): both read in
 * the language detected on the two texts together, so that one pack reads
 * both sides' words and commitments. Languages of two scripts stay (a mostly Arabic text quoting
 * an English one is read by the pack of each word's script anyway).
 */
export function inOneLanguage(oldDoc: Communique, newDoc: Communique, packs: readonly LanguagePack[]): [Communique, Communique] {
  const scripts = (lang: string): readonly string[] => packs.find((p) => p.code === lang)?.scripts ?? [];
  const shared = scripts(oldDoc.lang).some((s) => scripts(newDoc.lang).includes(s));
  if (oldDoc.lang === newDoc.lang || !shared) return [oldDoc, newDoc];
  // Detection on both heads together: the stop words of both texts decide.
  const lang = detectWith(`${oldDoc.source.slice(0, SAME_LANGUAGE_WINDOW)}\n${newDoc.source.slice(0, SAME_LANGUAGE_WINDOW)}`, packs);
  return [{ ...oldDoc, lang }, { ...newDoc, lang }];
}

/** The cross-language stem of a paragraph's item label ("3.", «۳-», "(iv)" has none): `¶3`. */
export function labelStem(label: string | undefined): string | undefined {
  if (label === undefined) return undefined;
  const digits = /\d+/.exec(foldCommon(label));
  return digits ? `¶${Number(digits[0])}` : undefined;
}

/** The numbers each side has that the other does not (by value, as many times as they occur), as written. */
export function numbersApart(oldText: string, newText: string): { old: string[]; new: string[] } {
  const a = numbersIn(oldText).map((n): [string, string] => [n.raw, n.value]);
  const b = numbersIn(newText).map((n): [string, string] => [n.raw, n.value]);
  const left = [...b];
  const old: string[] = [];
  for (const [raw, value] of a) {
    const j = left.findIndex(([, v]) => v === value);
    if (j >= 0) left.splice(j, 1);
    else old.push(raw);
  }
  return { old, new: left.map(([raw]) => raw) };
}

/**
 * Whether a text reports another: a reporting frame of its lexicon ("the
 * statement said", «أكد البيان», «говорится в заявлении») in one of its paragraphs.
 */
export function isReport(doc: Communique, lexicon: CompiledLexicon): boolean {
  // Only its reporting frames: a statement saved from a web page has a dateline too.
  for (const p of doc.paragraphs) {
    const words = tokenize(p.text, false).filter((t) => t.kind === 'word');
    const infos = words.map((t) => lexicon.word(t.text));
    const forms = infos.map((i) => i.form);
    for (let k = 0; k < infos.length; k++) {
      const starting = infos[k]?.attribution ?? [];
      if (starting.length > 0 && matchAt(starting, forms, k, forms.length)) return true;
    }
  }
  return false;
}
