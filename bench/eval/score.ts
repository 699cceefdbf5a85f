/** Scoring of an alignment against its labels. */
import type { CommuniqueDiff, ParagraphChange } from '../../src/index.js';
import type { ExpectedKind, ExpectedLink } from '../../test/support/variants.js';

/** The eval's kind of an actual change: a cosmetic-only modification counts as `cosmetic`. */
export function evalKind(c: ParagraphChange): ExpectedKind {
  return c.kind === 'modified' && c.cosmetic ? 'cosmetic' : c.kind;
}

const key = (kind: string, old: readonly number[], nw: readonly number[]): string => `${kind}|${old.join(',')}|${nw.join(',')}`;

import type { Row as Tally } from './table.js';

/** Compare one diff with its expected links, adding to the tallies by kind. */
export function scoreAlignment(diff: CommuniqueDiff, expected: readonly ExpectedLink[], tallies: Map<string, Tally>, misses: string[]): void {
  const actual = new Set(diff.alignment.map((c) => key(evalKind(c), c.old, c.new)));
  const wanted = new Set(expected.map((e) => key(e.kind, e.old, e.new)));
  const get = (k: string): Tally => {
    let t = tallies.get(k);
    if (!t) tallies.set(k, (t = { expected: 0, found: 0, actual: 0, correct: 0 }));
    return t;
  };
  for (const e of expected) {
    const t = get(e.kind);
    t.expected++;
    if (actual.has(key(e.kind, e.old, e.new))) t.found++;
    else misses.push(`expected ${e.kind} ${JSON.stringify(e.old)}→${JSON.stringify(e.new)}`);
  }
  for (const c of diff.alignment) {
    const t = get(evalKind(c));
    t.actual++;
    if (wanted.has(key(evalKind(c), c.old, c.new))) t.correct++;
    else misses.push(`got ${evalKind(c)} ${JSON.stringify(c.old)}→${JSON.stringify(c.new)} (similarity ${c.similarity})`);
  }
}
