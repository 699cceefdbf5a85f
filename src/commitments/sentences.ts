/** Sentence numbers for the tokens of a paragraph. */
import { PUNCT, WORD, type TokenScan } from '../tokenize/tokens.js';
import { charCodes } from '../util/chars.js';

const TERMINATORS = charCodes(".!?؟;؛…۔");
const COMMA = 0x2c;
const PERIOD = 0x2e;
const SPACE_OR_FORMAT = /[\s\p{Cf}]/u;

/**
 * For each token, the number of the sentence it is in. A sentence ends at a
 * terminator followed by a space, a closing quote or the end of the text; a
 * period after a word that `abbreviates` says is an initial or a title
 * ("U.N.", "A. Lavrentiev", "Mr. Karin") does not end one. The scan may leave
 * out whitespace tokens; `text` is what it came from.
 */
export function sentenceIds(tokens: TokenScan, text: string, abbreviates: (word: string) => boolean): Int32Array {
  const { count, kinds, starts, ends } = tokens;
  const ids = new Int32Array(count);
  let sentence = 0;
  let lastWordStart = 0;
  let lastWordEnd = 0;
  for (let i = 0; i < count; i++) {
    ids[i] = sentence;
    const kind = kinds[i];
    const start = starts[i] as number;
    const end = ends[i] as number;
    if (kind === WORD) {
      lastWordStart = start;
      lastWordEnd = end;
      continue;
    }
    // Punctuation tokens are one character: terminators are all in the BMP.
    const code = text.charCodeAt(start);
    if (kind !== PUNCT || end - start !== 1 || !TERMINATORS.has(code)) continue;
    // The scan may leave out whitespace: look at the text itself.
    const nextIsMark = i + 1 < count && kinds[i + 1] === PUNCT && starts[i + 1] === end && text.charCodeAt(end) !== COMMA;
    const ends_ = end >= text.length || SPACE_OR_FORMAT.test(text.charAt(end)) || nextIsMark;
    if (ends_ && !(code === PERIOD && abbreviates(text.slice(lastWordStart, lastWordEnd)))) sentence++;
  }
  return ids;
}
