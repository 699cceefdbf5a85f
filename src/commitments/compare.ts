/** Compare the commitments of two rounds across their paragraph alignment. */
import type { Keying } from '../normalize/keys.js';
import type { Commitment, CommitmentChange, Evidence, Marker } from '../types/commitments.js';
import type { ParagraphChange } from '../types/diff.js';
import { comparedKey, comparedText } from '../segment/compared.js';
import type { Communique, Paragraph } from '../types/segment.js';
import { added, classify, coveredChange, dropped, SAME } from './classify.js';
import { reasonInEnglish } from './evidence.js';
import { paragraphCommitments } from './extract.js';
import { headingsOf } from './headings.js';
import type { CompiledLexicon } from './lexicon.js';
import { matchCommitments } from './match.js';
import { carryComparedWords } from './words.js';

const SAME_WORDING = reasonInEnglish(SAME);

/** A commitment found at offset 0 of its text, moved to its paragraph's place. */
function placed(c: Commitment, p: Paragraph): Commitment {
  const shift = p.textStart;
  const markers: Marker[] = c.markers.map((m) => ({ kind: m.kind, text: m.text, start: m.start + shift, end: m.end + shift, weight: m.weight }));
  return carryComparedWords(c, { ...c, paragraph: p.index, start: c.start + shift, end: c.end + shift, markers });
}

/** A change and where it goes in reading order: its alignment entry, new side (0) before dropped (1), then offset. */
interface Placed {
  side: 0 | 1;
  start: number;
  change: CommitmentChange;
}

/** Commitments already extracted, by compiled lexicon and paragraph text (at offset 0). */
export type ExtractionCache = Map<CompiledLexicon, Map<string, Commitment[]>>;

/** How two versions in two languages are compared (see CommuniqueDiff.crossLanguage and coverage). */
export interface Across {
  across: true;
  /** Paragraphs of one version that a press report (the other) leaves out: their commitments are not changes. */
  leftOut: { side: 'old' | 'new'; paragraphs: ReadonlySet<number> };
}

/** Extract, match and classify the commitments of two rounds; changes in reading order of the new round. */
export function compareCommitments(
  oldDoc: Communique,
  newDoc: Communique,
  alignment: readonly ParagraphChange[],
  lexicon: { old: CompiledLexicon; new: CompiledLexicon },
  keying: { old: Keying; new: Keying },
  cache: ExtractionCache = new Map(),
  across?: Across,
): CommitmentChange[] {
  const outside = (side: 'old' | 'new', p: number): boolean => across?.leftOut.side === side && across.leftOut.paragraphs.has(p);
  // Most paragraphs of two rounds are word for word the same: extract each
  // text once (`cache`: the commitments of each text at offset 0, by
  // lexicon, which calls with the same options may share).
  const relativeWith = (lex: CompiledLexicon, doc: Communique) => {
    let texts = cache.get(lex);
    if (!texts) cache.set(lex, (texts = new Map()));
    const known = texts;
    const headings = headingsOf(doc);
    // By paragraph index too: a paragraph is asked for more than once, and its text is hashed once.
    const byIndex = new Array<Commitment[] | undefined>(doc.paragraphs.length);
    return (p: Paragraph): Commitment[] => {
      const found = byIndex[p.index];
      if (found !== undefined && doc.paragraphs[p.index] === p) return found;
      // A heading is read apart from a paragraph of the same words.
      const heading = headings[p.index] === true;
      const text = comparedKey(p);
      const key = heading ? `\u0001${text}` : text;
      let cs = known.get(key);
      if (!cs) {
        const at: Paragraph = { index: 0, text: p.text, start: 0, end: p.text.length, textStart: 0 };
        if (p.layout) at.layout = p.layout.map((r) => ({ start: r.start - p.textStart, end: r.end - p.textStart }));
        cs = paragraphCommitments(at, lex, heading);
        known.set(key, cs);
      }
      if (doc.paragraphs[p.index] === p) byIndex[p.index] = cs;
      return cs;
    };
  };
  const oldRelative = relativeWith(lexicon.old, oldDoc);
  const newRelative = relativeWith(lexicon.new, newDoc);
  // Changes gathered per alignment entry, which gives the reading order: those
  // of unchanged texts already in order, the others to be sorted.
  const inOrder: Array<CommitmentChange[] | undefined> = new Array(alignment.length);
  const buckets: Array<Placed[] | undefined> = new Array(alignment.length);
  // A paragraph whose text did not change (in place or moved) holds the same
  // commitments in the same order: they are unchanged, without matching or comparing.
  const oldCs: Commitment[] = [];
  const newCs: Commitment[] = [];
  alignment.forEach((entry, i) => {
    const oldP = entry.old.length === 1 ? oldDoc.paragraphs[entry.old[0] as number] : undefined;
    const newP = entry.new.length === 1 ? newDoc.paragraphs[entry.new[0] as number] : undefined;
    if (oldP && newP && comparedText(oldP) === comparedText(newP) && lexicon.old === lexicon.new && oldRelative(oldP) === newRelative(newP)) {
      inOrder[i] = newRelative(newP).map((c) => ({ kind: 'unchanged', old: placed(c, oldP), new: placed(c, newP), delta: 0, slots: [], reasons: [SAME_WORDING], evidence: [SAME] }));
      return;
    }
    for (const o of entry.old) {
      if (outside('old', o)) continue;
      const p = oldDoc.paragraphs[o] as Paragraph;
      for (const c of oldRelative(p)) oldCs.push(placed(c, p));
    }
    for (const n of entry.new) {
      if (outside('new', n)) continue;
      const p = newDoc.paragraphs[n] as Paragraph;
      for (const c of newRelative(p)) newCs.push(placed(c, p));
    }
  });

  // The others are matched inside aligned groups, then across the text.
  const oldPlace = new Map<number, number>();
  const newPlace = new Map<number, number>();
  alignment.forEach((c, i) => {
    c.old.forEach((p) => oldPlace.set(p, i));
    c.new.forEach((p) => newPlace.set(p, i));
  });
  const put = (at: number | undefined, item: Placed): void => {
    const i = at ?? 0;
    (buckets[i] ??= []).push(item);
  };
  const matchedOld = new Set<number>();
  const matchedNew = new Set<number>();
  const matching = matchCommitments(oldCs, newCs, alignment, keying, across !== undefined);
  // Covered clauses after the pairs: a commitment's own pair comes first (series histories rely on it).
  const compared = (covered: boolean) => ([o, n]: [number, number]): void => {
    matchedOld.add(o);
    matchedNew.add(n);
    const a = oldCs[o] as Commitment;
    const b = newCs[n] as Commitment;
    put(newPlace.get(b.paragraph), { side: 0, start: b.start, change: covered ? coveredChange(a, b) : classify(a, b, keying, across !== undefined) });
  };
  matching.pairs.forEach(compared(false));
  matching.covered.forEach(compared(true));
  const closest = (change: CommitmentChange, other: Commitment | undefined, sim: number | undefined, round: 'old' | 'new'): CommitmentChange => {
    if (other && sim !== undefined) {
      const e: Evidence = { kind: 'closest', round, similarity: Math.round(sim * 100) / 100, act: other.predicate, text: other.text };
      change.evidence.push(e);
      change.reasons.push(reasonInEnglish(e));
    }
    return change;
  };
  newCs.forEach((c, n) => {
    const near = matching.closestOld.get(n);
    if (!matchedNew.has(n)) put(newPlace.get(c.paragraph), { side: 0, start: c.start, change: closest(added(c), near && oldCs[near[0]], near?.[1], 'old') });
  });
  oldCs.forEach((c, o) => {
    const near = matching.closestNew.get(o);
    if (!matchedOld.has(o)) put(oldPlace.get(c.paragraph), { side: 1, start: c.start, change: closest(dropped(c), near && newCs[near[0]], near?.[1], 'new') });
  });
  const out: CommitmentChange[] = [];
  for (let i = 0; i < alignment.length; i++) {
    const ready = inOrder[i];
    if (ready) for (const c of ready) out.push(c);
    const bucket = buckets[i];
    if (!bucket) continue;
    if (bucket.length > 1) bucket.sort((x, y) => x.side - y.side || x.start - y.start);
    for (const item of bucket) out.push(item.change);
  }
  return out;
}
