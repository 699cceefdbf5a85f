/** Compare the commitments of two rounds across their paragraph alignment. */
import type { AliasMap } from '../normalize/aliases.js';
import type { Token } from '../tokenize/tokens.js';
import type { Commitment, CommitmentChange, Communique, Paragraph, ParagraphChange } from '../types.js';
import { added, classify, dropped } from './classify.js';
import type { CompiledLexicon } from './lexicon/index.js';
import { paragraphCommitments } from './extract.js';
import { matchCommitments } from './match.js';

/** The commitments of a paragraph, extracted once per distinct text and moved to the paragraph's place. */
function cachedCommitments(p: Paragraph, lexicon: CompiledLexicon, cache: Map<string, Commitment[]>, tokensOf: (text: string) => readonly Token[] | undefined): Commitment[] {
  let relative = cache.get(p.text);
  if (!relative) {
    relative = paragraphCommitments({ index: 0, text: p.text, start: 0, end: p.text.length, textStart: 0 }, lexicon, tokensOf(p.text));
    cache.set(p.text, relative);
  }
  const shift = p.textStart;
  return relative.map((c) => ({
    ...c,
    paragraph: p.index,
    start: c.start + shift,
    end: c.end + shift,
    markers: c.markers.map((m) => ({ ...m, start: m.start + shift, end: m.end + shift })),
  }));
}

/** Extract, match and classify the commitments of two rounds; changes in reading order of the new round. */
export function compareCommitments(
  oldDoc: Communique,
  newDoc: Communique,
  alignment: readonly ParagraphChange[],
  lexicon: CompiledLexicon,
  aliases: AliasMap,
  tokensOf: (text: string) => readonly Token[] | undefined = () => undefined,
): CommitmentChange[] {
  // Most paragraphs of two rounds are word for word the same: extract each text once.
  const cache = new Map<string, Commitment[]>();
  const oldCs = oldDoc.paragraphs.flatMap((p) => cachedCommitments(p, lexicon, cache, tokensOf));
  const newCs = newDoc.paragraphs.flatMap((p) => cachedCommitments(p, lexicon, cache, tokensOf));
  const sameText = (c: ParagraphChange): boolean => oldDoc.paragraphs[c.old[0] as number]?.text === newDoc.paragraphs[c.new[0] as number]?.text;
  const pairs = matchCommitments(oldCs, newCs, alignment, aliases, sameText);

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
