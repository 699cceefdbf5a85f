/** Sentence numbers for the words of a paragraph. */
import type { Token } from '../tokenize/tokens.js';

const TERMINATORS = new Set(['.', '!', '?', '؟', ';', '؛', '…', '۔']);

/**
 * For each token, the number of the sentence it is in. A sentence ends at a
 * terminator followed by a space, a closing quote or the end of the text; a
 * period after a one-letter word ("U.N.", "A. Lavrentiev") does not end one.
 * `tokens` may leave out whitespace tokens; `text` is what they came from.
 */
export function sentenceIds(tokens: readonly Token[], text: string): Int32Array {
  const ids = new Int32Array(tokens.length);
  let sentence = 0;
  let lastWordLength = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    ids[i] = sentence;
    if (t.kind === 'word') {
      lastWordLength = t.text.length;
      continue;
    }
    if (t.kind !== 'punct' || !TERMINATORS.has(t.text)) continue;
    // The token list may leave out whitespace: look at the text itself.
    const after = t.start + t.text.length;
    const next = tokens[i + 1];
    const ends = after >= text.length || /[\s\p{Cf}]/u.test(text.charAt(after)) || (next !== undefined && next.kind === 'punct' && next.start === after && next.text !== ',');
    if (ends && !(t.text === '.' && lastWordLength === 1)) sentence++;
  }
  return ids;
}
