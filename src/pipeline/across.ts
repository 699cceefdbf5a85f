/**
 * Two versions of one text in two languages: whether a pair is such, what
 * stands for a paragraph's item number, the numbers one side has and the
 * other lacks, and which side is a press report of the other.
 */
import type { CompiledLexicon } from '../commitments/lexicon.js';
import type { LanguagePack } from '../languages/types.js';
import { matchAt } from '../normalize/patterns.js';
import { foldCommon } from '../normalize/fold.js';
import { SAME_LANGUAGE_OVERLAP } from '../params.js';
import { tokenize } from '../tokenize/tokens.js';
import type { Communique } from '../types/segment.js';

const WORD = /[\p{L}\p{M}]{3,}/gu;

/** Lower-cased words of three letters or more of a text's first 3,000 characters. */
function wordSet(doc: Communique): Set<string> {
  const out = new Set<string>();
  for (const [w] of doc.source.slice(0, 3000).matchAll(WORD)) out.add(w.toLowerCase());
  return out;
}

/**
 * Whether two parsed versions are in different languages. Languages given
 * per side by the caller decide. Detected ones decide unless the two texts
 * share most of their words (Jaccard ≥ SAME_LANGUAGE_OVERLAP): two rounds of
 * one language do, a text and its translation do not, so a round that
 * detection took for a neighbour of its script (a short English text read
 * as French) is still compared word by word.
 */
export function acrossLanguages(oldDoc: Communique, newDoc: Communique, sides: { old?: string; new?: string } | undefined, packs: readonly LanguagePack[]): boolean {
  // A text of no pack's language (only digits and punctuation) is in neither.
  const read = (lang: string): boolean => packs.some((p) => p.code === lang);
  if (oldDoc.lang === newDoc.lang || !read(oldDoc.lang) || !read(newDoc.lang)) return false;
  if (sides?.old !== undefined && sides.new !== undefined) return true;
  const a = wordSet(oldDoc);
  const b = wordSet(newDoc);
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  const union = a.size + b.size - common;
  return union === 0 || common / union < SAME_LANGUAGE_OVERLAP;
}

/** The cross-language stem of a paragraph's item label ("3.", «۳-», "(iv)" has none): `¶3`. */
export function labelStem(label: string | undefined): string | undefined {
  if (label === undefined) return undefined;
  const digits = /\d+/.exec(foldCommon(label));
  return digits ? `¶${Number(digits[0])}` : undefined;
}

// A number: a run of digits (ASCII, Arabic-Indic, Persian), with its thousands and decimal groups
// ("2,254", "0.5", «۲٫۵»), wherever it stands in a word ("19–20", «۱۹مین», "31'inci", «و12»).
const NUMBER = /[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,\u066b\u066c][0-9\u0660-\u0669\u06f0-\u06f9]{3})*(?:[.,\u066b][0-9\u0660-\u0669\u06f0-\u06f9]+)?/g;
// A digit of any of the scripts the engine folds (ASCII, Arabic-Indic, Persian): only such words are folded.
const DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9]/;

/** The numbers of a text as written, with their values (digits folded, no leading zeros). */
function numbersOf(text: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const t of tokenize(text, false)) {
    if (t.kind !== 'word' || !DIGIT.test(t.text)) continue;
    for (const [raw] of t.text.matchAll(NUMBER)) out.push([raw, foldCommon(raw).replace(/^0+(?=\d)/, '')]);
  }
  return out;
}

/** The numbers each side has that the other does not (by value, as many times as they occur), as written. */
export function numbersApart(oldText: string, newText: string): { old: string[]; new: string[] } {
  const a = numbersOf(oldText);
  const b = numbersOf(newText);
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
 * Whether a text reports another: a dateline or byline among its layout, or
 * a reporting frame of its lexicon ("the statement said", «أكد البيان»,
 * «говорится в заявлении») in one of its paragraphs.
 */
export function isReport(doc: Communique, lexicon: CompiledLexicon): boolean {
  if (doc.layout?.some((b) => b.kind === 'dateline' || b.kind === 'byline')) return true;
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
