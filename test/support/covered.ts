/** The conservation check of a parse: paragraphs and layout blocks hold every character. */
import { expect } from 'vitest';
import type { Communique } from '../../src/index.js';

/**
 * Every non-blank character of the source belongs to exactly one paragraph
 * (outside the layout inside it) or one layout block, whose text is the source's.
 */
export function expectCovered(doc: Communique): void {
  const count = new Int32Array(doc.source.length + 1);
  const add = (from: number, to: number, by: number) => {
    for (let i = from; i < to; i++) count[i] = (count[i] as number) + by;
  };
  for (const p of doc.paragraphs) {
    add(p.start, p.end, 1);
    for (const r of p.layout ?? []) add(r.start, r.end, -1);
  }
  for (const b of doc.layout ?? []) {
    expect(doc.source.slice(b.start, b.end)).toBe(b.text);
    if (b.within !== undefined) expect(doc.paragraphs[b.within]?.layout?.some((r) => r.start === b.start && r.end === b.end)).toBe(true);
    add(b.start, b.end, 1);
  }
  for (let i = 0; i < doc.source.length; i++) {
    const ch = doc.source.charAt(i);
    const n = count[i] as number;
    if (n === 1 || (n === 0 && /[\s\p{Cf}\u00ad\u180e]/u.test(ch))) continue;
    expect.fail(`offset ${i} (U+${ch.charCodeAt(0).toString(16)}) belongs to ${n} paragraphs or layout blocks`);
  }
}

