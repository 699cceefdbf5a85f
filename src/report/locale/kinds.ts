/** What every locale's headline names first: the commitment changes by kind, in the order an analyst reads them. */
import type { CommitmentChange } from '../../types/commitments.js';
import type { HeadlineCounts } from './types.js';

/** One kind of commitment change a headline names: how many, and for the kind of the first change, its change of act. */
export interface HeadlineKind {
  kind: string;
  n: number;
  /** The first kind named (the headline's grammar may start with it). */
  first: boolean;
  /** The first change's act before and after (canonical names) and what it is about, as written in the new round. */
  shift?: { from: string; to: string; topic: string };
}

// Softened first: a commitment kept but weakened says most about a shift of position (docs/concepts.md, "Order of changes").
const ORDER = ['softened', 'dropped', 'strengthened', 'added', 'reworded'];

/** The kinds with changes, in headline order, the first change's shift of act on its kind. */
export function headlineKinds(c: HeadlineCounts, top: CommitmentChange | undefined): HeadlineKind[] {
  const out: HeadlineKind[] = [];
  for (const kind of ORDER) {
    const n = c.commitments[kind] ?? 0;
    if (n === 0) continue;
    const item: HeadlineKind = { kind, n, first: out.length === 0 };
    const shift = top && top.kind === kind ? top.evidence.find((e) => e.kind === 'act') : undefined;
    if (shift?.kind === 'act' && top?.new) item.shift = { from: shift.old.act, to: shift.new.act, topic: top.new.topic };
    out.push(item);
  }
  return out;
}
