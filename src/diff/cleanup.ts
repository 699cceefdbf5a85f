/**
 * Semantic cleanup of word edits, after diff-match-patch's
 * `diff_cleanupSemantic` (Fraser, 2006): an equality between two changes that
 * is no longer than the changes on either side of it is folded into them, so
 * that a redline reads as phrases replaced, not as a confetti of common
 * spaces, articles and commas between changed words.
 */

/** An edit that keeps both sides' text of an equality. */
export interface RawEdit {
  op: 'equal' | 'insert' | 'delete';
  /** Old side's text (equal and delete). */
  old: string;
  /** New side's text (equal and insert). */
  new: string;
  /** Words in this run (not spaces or punctuation). */
  words: number;
}

interface Block {
  equal: boolean;
  old: string;
  new: string;
  words: number;
}

/** Group raw edits into alternating equality and change blocks. */
function toBlocks(edits: readonly RawEdit[]): Block[] {
  const blocks: Block[] = [];
  for (const e of edits) {
    const equal = e.op === 'equal';
    const last = blocks[blocks.length - 1];
    if (last && last.equal === equal) {
      last.old += e.old;
      last.new += e.new;
      last.words += e.words;
    } else {
      blocks.push({ equal, old: e.old, new: e.new, words: e.words });
    }
  }
  return blocks;
}

function changeSize(b: Block): number {
  return Math.max(b.old.length, b.new.length);
}

/** Fold short equalities between changes into the changes; returns blocks of equalities and changes. */
export function semanticCleanup(edits: readonly RawEdit[]): Array<{ equal: boolean; old: string; new: string }> {
  return shiftSharedSpace(foldEqualities(edits));
}

const LEADING_SPACE = /^\s+/u;
const TRAILING_SPACE = /\s+$/u;

/**
 * Whitespace that both sides of a replacement start or end with belongs to
 * the text around it: "‹condemned› ‹expressed concern over› the attacks"
 * rather than "‹condemned ›‹expressed concern over ›the attacks".
 */
function shiftSharedSpace(blocks: Block[]): Block[] {
  const out: Block[] = [];
  const pushEqual = (text: string, old: string): void => {
    const last = out[out.length - 1];
    if (last?.equal) {
      last.old += old;
      last.new += text;
    } else if (text !== '' || old !== '') {
      out.push({ equal: true, old, new: text, words: 0 });
    }
  };
  for (const b of blocks) {
    if (b.equal || b.old === '' || b.new === '') {
      if (b.equal) pushEqual(b.new, b.old);
      else out.push(b);
      continue;
    }
    const lead = sharedSpace(LEADING_SPACE.exec(b.old)?.[0], LEADING_SPACE.exec(b.new)?.[0]);
    const trail = sharedSpace(TRAILING_SPACE.exec(b.old)?.[0], TRAILING_SPACE.exec(b.new)?.[0]);
    const oldCore = b.old.slice(lead.length, b.old.length - trail.length);
    const newCore = b.new.slice(lead.length, b.new.length - trail.length);
    if (oldCore === '' || newCore === '') {
      out.push(b);
      continue;
    }
    if (lead !== '') pushEqual(lead, lead);
    out.push({ equal: false, old: oldCore, new: newCore, words: b.words });
    if (trail !== '') out.push({ equal: true, old: trail, new: trail, words: 0 });
  }
  // Adjacent equalities left by the shifts are one run.
  const merged: Block[] = [];
  for (const b of out) {
    const last = merged[merged.length - 1];
    if (last && last.equal && b.equal) {
      last.old += b.old;
      last.new += b.new;
    } else merged.push({ ...b });
  }
  return merged;
}

function sharedSpace(a: string | undefined, b: string | undefined): string {
  return a !== undefined && a === b ? a : '';
}

function foldEqualities(edits: readonly RawEdit[]): Block[] {
  const blocks = toBlocks(edits);
  const out: Block[] = [];
  for (const b of blocks) {
    out.push({ ...b });
    // Look at the last three: change, equality, change.
    while (out.length >= 3) {
      const c2 = out[out.length - 1] as Block;
      const eq = out[out.length - 2] as Block;
      const c1 = out[out.length - 3] as Block;
      if (c2.equal || !eq.equal || c1.equal) break;
      const size = eq.new.length;
      const trivial = eq.words === 0;
      if (!trivial && (size > changeSize(c1) || size > changeSize(c2))) break;
      out.length -= 3;
      out.push({ equal: false, old: c1.old + eq.old + c2.old, new: c1.new + eq.new + c2.new, words: 0 });
    }
  }
  return out;
}
