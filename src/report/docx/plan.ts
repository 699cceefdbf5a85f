/**
 * The order of the tracked document's paragraphs. Accepting every change
 * must give the new round's paragraphs in order, and rejecting every change
 * the old round's in order, as Word and fromDocx read them: each Word
 * paragraph is one paragraph of a round or of both.
 *
 * A change of one paragraph into one paragraph becomes one Word paragraph
 * with its word edits, when it stands in order in both rounds. Every other
 * paragraph is written whole: deleted (an old paragraph) or inserted (a new
 * one). That covers a moved paragraph (deleted where it stood, inserted where
 * it stands: a move revision needs a date, and tracked changes here have
 * none), and the sides of a split or a merge, whose paragraph marks would
 * otherwise have to be tracked revisions that fromDocx does not read.
 */
import type { ParagraphChange, TextEdit } from '../../types/diff.js';
import type { CommuniqueDiff } from '../../types/pipeline.js';

/** One Word paragraph of the tracked document. */
export type PlannedParagraph =
  /** One old and one new paragraph in one Word paragraph, with the change's word edits. */
  | { kind: 'pair'; change: ParagraphChange; old: number; new: number }
  /** An old paragraph, deleted whole. */
  | { kind: 'old'; index: number }
  /** A new paragraph, inserted whole. */
  | { kind: 'new'; index: number };

const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The text of one side spelled by some edits (`'equal'` runs give their old text on the old side). */
export function spelled(edits: readonly TextEdit[], side: 'old' | 'new'): string {
  let out = '';
  for (const e of edits) {
    if (e.op === 'equal') out += side === 'old' ? (e.oldText ?? e.text) : e.text;
    else if (e.op === (side === 'old' ? 'delete' : 'insert')) out += e.text;
  }
  return out;
}

/** Whether a change's edits spell both paragraphs (whitespace aside), as they do in a result of diffCommuniques. */
function editsSpell(edits: unknown, oldText: string, newText: string): edits is TextEdit[] {
  if (!Array.isArray(edits) || !edits.every((e: Partial<TextEdit> | null) => typeof e?.text === 'string' && (e.oldText === undefined || typeof e.oldText === 'string'))) return false;
  return flat(spelled(edits, 'old')) === flat(oldText) && flat(spelled(edits, 'new')) === flat(newText);
}

const indexes = (value: unknown, length: number): number[] => (Array.isArray(value) ? value.filter((i): i is number => Number.isInteger(i) && i >= 0 && i < length) : []);

interface Candidate {
  change: ParagraphChange;
  old: number;
  new: number;
  weight: number;
}

/**
 * The candidates that stand in order in both rounds: a chain increasing in
 * both indexes, of greatest weight (a heaviest increasing subsequence, with a
 * Fenwick tree of prefix maxima over the old index: O(n log n)). A moved
 * change weighs less, so that of two swapped paragraphs the one the
 * alignment calls moved is the one written twice.
 */
function inOrder(candidates: Candidate[], oldLength: number): Candidate[] {
  const byNew = [...candidates].sort((a, b) => a.new - b.new);
  // tree[k]: the best chain ending at an old index in k's range, as [score, candidate].
  const tree: Array<[number, number]> = Array.from({ length: oldLength + 1 }, () => [0, -1]);
  const score = new Array<number>(byNew.length).fill(0);
  const prev = new Array<number>(byNew.length).fill(-1);
  byNew.forEach((c, n) => {
    let best: [number, number] = [0, -1];
    for (let k = c.old; k > 0; k -= k & -k) if ((tree[k] as [number, number])[0] > best[0]) best = tree[k] as [number, number];
    score[n] = best[0] + c.weight;
    prev[n] = best[1];
    for (let k = c.old + 1; k <= oldLength; k += k & -k) if ((score[n] as number) > (tree[k] as [number, number])[0]) tree[k] = [score[n] as number, n];
  });
  let end = -1;
  score.forEach((s, n) => {
    if (end < 0 || s > (score[end] as number)) end = n;
  });
  const chain: Candidate[] = [];
  for (let n = end; n >= 0; n = prev[n] as number) chain.push(byNew[n] as Candidate);
  return chain.reverse();
}

/**
 * The Word paragraphs of the tracked document, in order. Between two
 * paragraphs written with their edits, the deleted and inserted paragraphs
 * follow the alignment's reading order (a deleted one first on a tie), each
 * side in its own round's order.
 *
 * @param diff - A comparison.
 * @returns The paragraphs: restricted to old paragraphs (`pair` and `old`) they are the old round in order, restricted to new ones the new round.
 */
export function planParagraphs(diff: CommuniqueDiff): PlannedParagraph[] {
  const m = diff.old.paragraphs.length;
  const n = diff.new.paragraphs.length;
  // Which change holds each paragraph (its place in reading order), and how many do.
  const ownerOld = new Array<number>(m).fill(-1);
  const ownerNew = new Array<number>(n).fill(-1);
  const countOld = new Array<number>(m).fill(0);
  const countNew = new Array<number>(n).fill(0);
  diff.alignment.forEach((c, k) => {
    for (const i of indexes(c?.old, m)) {
      if (ownerOld[i] === -1) ownerOld[i] = k;
      countOld[i] = (countOld[i] ?? 0) + 1;
    }
    for (const j of indexes(c?.new, n)) {
      if (ownerNew[j] === -1) ownerNew[j] = k;
      countNew[j] = (countNew[j] ?? 0) + 1;
    }
  });
  const candidates: Candidate[] = [];
  for (const c of diff.alignment) {
    const [i, j] = [indexes(c?.old, m), indexes(c?.new, n)];
    if (c?.old.length !== 1 || c.new.length !== 1 || i.length !== 1 || j.length !== 1) continue;
    const [oi, nj] = [i[0] as number, j[0] as number];
    if (countOld[oi] !== 1 || countNew[nj] !== 1) continue;
    if (!editsSpell(c.edits, diff.old.paragraphs[oi]?.text ?? '', diff.new.paragraphs[nj]?.text ?? '')) continue;
    candidates.push({ change: c, old: oi, new: nj, weight: c.kind === 'moved' ? 1 : 2 });
  }
  const out: PlannedParagraph[] = [];
  let nextOld = 0;
  let nextNew = 0;
  for (const pair of [...inOrder(candidates, m), undefined]) {
    const [toOld, toNew] = pair ? [pair.old, pair.new] : [m, n];
    // The paragraphs before this pair on each side, merged by reading order.
    while (nextOld < toOld || nextNew < toNew) {
      const takeOld = nextNew >= toNew || (nextOld < toOld && (ownerOld[nextOld] as number) <= (ownerNew[nextNew] as number));
      out.push(takeOld ? { kind: 'old', index: nextOld++ } : { kind: 'new', index: nextNew++ });
    }
    if (!pair) break;
    out.push({ kind: 'pair', change: pair.change, old: pair.old, new: pair.new });
    nextOld = pair.old + 1;
    nextNew = pair.new + 1;
  }
  return out;
}
