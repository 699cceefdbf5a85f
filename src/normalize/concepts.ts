/**
 * What a text and its translation share: the concepts of the domain (each
 * pack's `concepts`, by an id that means the same in every language), names
 * through alias groups, and numbers. A paragraph's cross-language stems are
 * these keys only; its words in one language say nothing of a paragraph in
 * another.
 */
import type { Token } from '../tokenize/tokens.js';
import type { AliasMap } from './aliases.js';
import { compile, indexPatterns, matchAt, startingWith, type Compiled, type PatternIndex } from './patterns.js';
import { numbersIn } from './numbers.js';
import type { Reading } from './reading.js';

/** Whether a word holds an ASCII, Arabic-Indic or Persian digit, by code unit: a regex test per word was a good part of keying's time. */
function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9)) return true;
  }
  return false;
}

/** The concept patterns of the packs that read one text, indexed for matching, with what each word form met. */
export interface ConceptIndex {
  index: PatternIndex<string>;
  /** A word as written → its form for concepts and the patterns that may start at it (cached: a text repeats its words). */
  words: Map<string, { form: string; starting: readonly Compiled<string>[] }>;
}

const indexes = new WeakMap<Reading, ConceptIndex>();

// Words remembered per reading, as the compiled lexicon remembers its words.
const WORD_CACHE_LIMIT = 50_000;

/** A word's form for concepts: its stem, so that a pattern's word meets its inflections (السيادة, суверенитета, egemenliğine). */
const conceptForm = (reading: Reading, word: string): string => reading.stem(reading.form(word));

/**
 * The concepts of every pack that reads a text's words (its own pack, and
 * one for each other script), compiled with the text's word forms (stemmed); once per reading.
 */
export function conceptIndexFor(reading: Reading): ConceptIndex {
  let found = indexes.get(reading);
  if (!found) {
    const compiled = [];
    let order = 0;
    for (const p of reading.packs) {
      for (const [id, patterns] of Object.entries(p.concepts ?? {})) {
        for (const pattern of typeof patterns === 'string' ? [patterns] : patterns) compiled.push(compile(pattern, id, order++, (w) => conceptForm(reading, w)));
      }
    }
    found = { index: indexPatterns(compiled), words: new Map() };
    indexes.set(reading, found);
  }
  return found;
}


/**
 * The cross-language stems of a paragraph's tokens: `§id` for each concept
 * named (the longest pattern at each word, words used once), the alias key
 * of a name (`⟨turkiye⟩`), and `#n` for each number as written (numbersIn:
 * "20th", «20-й», «۲۰مین» are `#20`, "2,254" and «۲۲۵۴» `#2254`). Other words give nothing.
 */
export function conceptStems(tokens: readonly Token[], reading: Reading, aliases: AliasMap, concepts: ConceptIndex): string[] {
  const words: string[] = [];
  for (const t of tokens) if (t.kind === 'word') words.push(t.text);
  const infos = words.map((w) => {
    let info = concepts.words.get(w);
    if (!info) {
      if (concepts.words.size >= WORD_CACHE_LIMIT) concepts.words.clear();
      const form = conceptForm(reading, w);
      info = { form, starting: startingWith(concepts.index, form) };
      concepts.words.set(w, info);
    }
    return info;
  });
  const forms = infos.map((i) => i.form);
  // Numbers from the text as written: a language's folding may spell out an ordinal's digits («۲۱مین»).
  // (Only where a token has a digit: most clauses have none.)
  // (Digits are word characters to the tokenizer: only words can hold one.)
  const out: string[] = words.some(hasDigit) ? numbersIn(tokens.map((t) => t.text).join('')).map((n) => `#${n.value}`) : [];
  // Words a concept used; those in its gaps ("integrity ~2 territory") may name concepts of their own.
  const used = new Set<number>();
  for (let i = 0; i < forms.length; i++) {
    if (used.has(i)) continue;
    const info = infos[i] as { form: string; starting: readonly Compiled<string>[] };
    const m = info.starting.length > 0 ? matchAt(info.starting, forms, i, forms.length, used) : undefined;
    if (m) {
      out.push(`§${m.entry}`);
      for (const w of m.words) used.add(w);
      continue;
    }
    if (hasDigit(words[i] as string)) continue;
    const folded = reading.fold(words[i] as string);
    const alias = aliases.get(folded) ?? aliases.get(reading.stem(folded));
    if (alias !== undefined) out.push(alias);
  }
  return out;
}
