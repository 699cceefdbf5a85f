/** Scoring of commitment changes against their labels. */
import type { CommitmentChange, CommuniqueDiff } from '../../src/index.js';
import type { CommitmentCase, ExpectedCommitment } from './commitment-cases.js';

/** Counts for precision and recall of one kind. */
export interface Counts {
  expected: number;
  found: number;
  actual: number;
  correct: number;
}

// Whitespace runs count as one space, so that a label also fits the same text hard-wrapped.
const flat = (s: string): string => s.replace(/\s+/g, ' ');
const fits = (e: ExpectedCommitment, c: CommitmentChange): boolean =>
  e.kind === c.kind && (e.old === undefined || (c.old ? flat(c.old.text).includes(e.old) : false)) && (e.new === undefined || (c.new ? flat(c.new.text).includes(e.new) : false));

/**
 * Score one diff. With complete labels every change must be labelled; with
 * partial labels (seed variants) the changes not labelled must be `unchanged`,
 * and each counts as an expected and correct `unchanged`.
 */
export function scoreCommitments(diff: CommuniqueDiff, c: CommitmentCase, tally: (kind: string) => Counts, misses: string[]): void {
  const used = new Set<number>();
  for (const e of c.expected) {
    const t = tally(e.kind);
    t.expected++;
    const i = diff.commitments.findIndex((x, k) => !used.has(k) && fits(e, x));
    if (i >= 0) {
      used.add(i);
      t.found++;
    } else misses.push(`missed ${e.kind} ${JSON.stringify(e.old ?? '')} → ${JSON.stringify(e.new ?? '')}`);
  }
  diff.commitments.forEach((x, k) => {
    const t = tally(x.kind);
    t.actual++;
    if (used.has(k)) t.correct++;
    else if (c.partial && x.kind === 'unchanged') {
      // Implied by a partial label: counted in a row of its own, so the
      // hundreds of untouched seed commitments do not swamp the real labels.
      const implied = tally('unchanged (implied)');
      t.actual--;
      implied.expected++;
      implied.found++;
      implied.actual++;
      implied.correct++;
    } else misses.push(`unexpected ${x.kind}: ${x.reasons.join('; ').slice(0, 160)}`);
  });
}
