/** Comparison keys for the tokens of a paragraph. */
import type { Token } from '../tokenize/tokens.js';
import type { AliasMap } from './aliases.js';
import { ALIAS_STEM_MIN } from '../params.js';
import { foldPunct } from './fold.js';
import type { Reading } from './reading.js';

/** How one text's words are keyed: its reading and the alias lookup. */
export interface Keying {
  reading: Reading;
  aliases: AliasMap;
}

/** A paragraph ready for comparison: tokens with their keys, and stems for similarity. */
export interface KeyedText {
  tokens: Token[];
  /** One key per token: folded word (or its alias), folded punctuation, or ' ' for any whitespace. */
  keys: string[];
  /** Stems of the words, aliases resolved, for similarity. */
  stems: string[];
  /** The keys of words and punctuation joined: equal exactly when the texts differ only cosmetically. */
  signature: string;
}

/** Compute comparison keys for tokens. */
export function keyTokens(tokens: Token[], keying: Keying): KeyedText {
  const { reading, aliases } = keying;
  const keys: string[] = [];
  const stems: string[] = [];
  const parts: string[] = [];
  for (const t of tokens) {
    if (t.kind === 'space') {
      keys.push(' ');
      continue;
    }
    if (t.kind === 'punct') {
      const k = foldPunct(t.text);
      keys.push(k);
      parts.push(k);
      continue;
    }
    const folded = reading.fold(t.text);
    if (folded === '') {
      // A "word" of marks only (a stray tashkeel after a space): nothing to compare.
      keys.push(' ');
      continue;
    }
    const stem = reading.stem(folded);
    // An inflected name ("в Нур-Султане", "Türkiye's") is found through its stem (see ALIAS_STEM_MIN).
    const alias = aliases.get(folded) ?? (stem.length >= ALIAS_STEM_MIN ? aliases.get(stem) : undefined);
    const key = alias ?? folded;
    keys.push(key);
    parts.push(key);
    stems.push(alias ?? stem);
  }
  return { tokens, keys, stems, signature: parts.join('\u0001') };
}
