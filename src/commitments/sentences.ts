/** Sentence numbers for the words of a paragraph. */
import type { Token } from '../tokenize/tokens.js';

const TERMINATORS = new Set(['.', '!', '?', '؟', ';', '؛', '…', '۔']);

/**
 * For each token, the number of the sentence it is in. A sentence ends at a
 * terminator followed by a space, a closing quote or the end of the text; a
 * period after a one-letter word ("U.N.", "A. Lavrentiev") does not end one.
 */
export function sentenceIds(tokens: readonly Token[]): Int32Array {
  const ids = new Int32Array(tokens.length);
  let sentence = 0;
  let lastWordLength = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    ids[i] = sentence;
    if (t.kind === 'word') {
      lastWordLength = [...t.text].length;
      continue;
    }
    if (t.kind !== 'punct' || !TERMINATORS.has(t.text)) continue;
    const next = tokens[i + 1];
    const ends = next === undefined || next.kind === 'space' || (next.kind === 'punct' && next.text !== ',');
    if (ends && !(t.text === '.' && lastWordLength === 1)) sentence++;
  }
  return ids;
}
