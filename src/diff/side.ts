/** The paragraphs of the two rounds made ready for comparison: twins, keyed forms, joined sides. */
import { keyTokens, type Keying, type KeyedText } from '../normalize/keys.js';
import { comparedKey, comparedTokens } from '../segment/compared.js';
import type { Token } from '../tokenize/tokens.js';
import type { Communique } from '../types/segment.js';

/** Pairs [old, new] of paragraphs written exactly the same, each text unique on its side. */
export function rawTwins(oldDoc: Communique, newDoc: Communique): Array<[number, number]> {
  const unique = (doc: Communique): Map<string, number> => {
    const m = new Map<string, number>();
    doc.paragraphs.forEach((p, i) => {
      const key = comparedKey(p);
      m.set(key, m.has(key) ? -1 : i);
    });
    return m;
  };
  const olds = unique(oldDoc);
  const news = unique(newDoc);
  const out: Array<[number, number]> = [];
  for (const [text, i] of olds) {
    const j = news.get(text);
    if (i >= 0 && j !== undefined && j >= 0) out.push([i, j]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/** The keyed form of each paragraph, made when first asked for (shared between rounds read alike, by text). */
export function keyedOf(doc: Communique, keying: Keying, cache: Map<string, KeyedText>): (i: number) => KeyedText {
  return (i) => {
    const p = doc.paragraphs[i];
    const key = p ? comparedKey(p) : '';
    let keyed = cache.get(key);
    if (!keyed) {
      keyed = keyTokens(p ? comparedTokens(p) : [], keying);
      cache.set(key, keyed);
    }
    return keyed;
  };
}

/** The text of a change's side: its paragraphs' texts joined by a line break (as `ParagraphChange.edits` spell it). */
export function sideText(doc: Communique, indexes: readonly number[]): string {
  return indexes.map((i) => doc.paragraphs[i]?.text ?? '').join('\n');
}

const BREAK: Token = { kind: 'space', text: '\n', start: -1 };

/** The keyed text of one or two paragraphs read together, joined by a line break. */
export function joinKeyed(parts: readonly KeyedText[]): KeyedText {
  if (parts.length === 1) return parts[0] as KeyedText;
  const tokens: Token[] = [];
  const keys: string[] = [];
  const stems: string[] = [];
  const sigs: string[] = [];
  const names: Array<string | undefined> = [];
  let anyName = false;
  parts.forEach((p, k) => {
    if (k > 0) {
      tokens.push(BREAK);
      keys.push(' ');
    }
    if (p.names) {
      anyName = true;
      p.names.forEach((n, i) => {
        if (n !== undefined) names[keys.length + i] = n;
      });
    }
    for (const t of p.tokens) tokens.push(t);
    for (const key of p.keys) keys.push(key);
    for (const stem of p.stems) stems.push(stem);
    if (p.signature !== '') sigs.push(p.signature);
  });
  const joined: KeyedText = { tokens, keys, stems, signature: sigs.join('\u0001') };
  if (anyName) joined.names = names;
  return joined;
}
