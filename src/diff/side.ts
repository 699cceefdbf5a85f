/** Keyed texts of several paragraphs read together. */
import type { KeyedText } from '../normalize/keys.js';
import type { Token } from '../tokenize/tokens.js';

const BREAK: Token = { kind: 'space', text: '\n', start: -1 };

/** The keyed text of one or two paragraphs read together, joined by a line break. */
export function joinKeyed(parts: readonly KeyedText[]): KeyedText {
  if (parts.length === 1) return parts[0] as KeyedText;
  const tokens: Token[] = [];
  const keys: string[] = [];
  const stems: string[] = [];
  const sigs: string[] = [];
  parts.forEach((p, k) => {
    if (k > 0) {
      tokens.push(BREAK);
      keys.push(' ');
    }
    tokens.push(...p.tokens);
    keys.push(...p.keys);
    stems.push(...p.stems);
    if (p.signature !== '') sigs.push(p.signature);
  });
  return { tokens, keys, stems, signature: sigs.join('\u0001') };
}
