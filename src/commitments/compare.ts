/** Compare the commitments of two rounds across their paragraph alignment. */
import type { AliasMap } from '../normalize/aliases.js';
import type { Commitment, CommitmentChange, Communique, ParagraphChange } from '../types.js';
import { added, classify, dropped } from './classify.js';
import type { CompiledLexicon } from './lexicon/index.js';
import { paragraphCommitments } from './extract.js';
import { matchCommitments } from './match.js';

/** Extract, match and classify the commitments of two rounds; changes in reading order of the new round. */
export function compareCommitments(
  oldDoc: Communique,
  newDoc: Communique,
  alignment: readonly ParagraphChange[],
  lexicons: { old: CompiledLexicon; new: CompiledLexicon },
  aliases: AliasMap,
): CommitmentChange[] {
  const oldCs = oldDoc.paragraphs.flatMap((p) => paragraphCommitments(p, lexicons.old));
  const newCs = newDoc.paragraphs.flatMap((p) => paragraphCommitments(p, lexicons.new));
  const pairs = matchCommitments(oldCs, newCs, alignment, aliases);

  // Reading order: the position of the paragraph change that holds the new
  // commitment (the old one for dropped commitments), then by offset.
  const oldPlace = new Map<number, number>();
  const newPlace = new Map<number, number>();
  alignment.forEach((c, i) => {
    c.old.forEach((p) => oldPlace.set(p, i));
    c.new.forEach((p) => newPlace.set(p, i));
  });
  const keyed: Array<{ key: [number, number, number]; change: CommitmentChange }> = [];
  const place = (c: Commitment, side: 'old' | 'new'): number => (side === 'old' ? oldPlace : newPlace).get(c.paragraph) ?? 0;
  const matchedOld = new Set<number>();
  const matchedNew = new Set<number>();
  for (const [o, n] of pairs) {
    matchedOld.add(o);
    matchedNew.add(n);
    const b = newCs[n] as Commitment;
    keyed.push({ key: [place(b, 'new'), 0, b.start], change: classify(oldCs[o] as Commitment, b, aliases) });
  }
  newCs.forEach((c, n) => {
    if (!matchedNew.has(n)) keyed.push({ key: [place(c, 'new'), 0, c.start], change: added(c) });
  });
  oldCs.forEach((c, o) => {
    if (!matchedOld.has(o)) keyed.push({ key: [place(c, 'old'), 1, c.start], change: dropped(c) });
  });
  keyed.sort((x, y) => x.key[0] - y.key[0] || x.key[1] - y.key[1] || x.key[2] - y.key[2]);
  return keyed.map((k) => k.change);
}
