/** Prepare the paragraphs of one version for comparison. */
import { keyTokens, type KeyedText } from '../normalize/keys.js';
import type { AliasMap } from '../normalize/aliases.js';
import { tokenize, type Token } from '../tokenize/tokens.js';
import type { Communique } from '../types.js';

/**
 * Tokenize and key every paragraph of a communiqué (once; reused by alignment
 * and word diff). `cache` is shared between the two rounds of a comparison:
 * a paragraph that did not change is keyed once.
 */
export function keyParagraphs(doc: Communique, aliases: AliasMap, cache: Map<string, KeyedText>): KeyedText[] {
  return doc.paragraphs.map((p) => {
    let keyed = cache.get(p.text);
    if (!keyed) {
      keyed = keyTokens(tokenize(p.text), aliases);
      cache.set(p.text, keyed);
    }
    return keyed;
  });
}

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
