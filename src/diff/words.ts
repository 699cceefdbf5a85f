/** Word-level edits between two keyed texts, through jsdiff's Myers diff on comparison keys. */
import { diffArrays } from 'diff';
import type { KeyedText } from '../normalize/keys.js';
import { WORD_DIFF_WORK } from '../params.js';
import type { TextEdit } from '../types/diff.js';
import { semanticCleanup, type RawEdit } from './cleanup.js';

/**
 * Diff two texts word by word. Tokens are compared by their keys (so
 * cosmetic variants are equal); the result spells out both texts exactly.
 */
export function wordEdits(oldText: KeyedText, newText: KeyedText): TextEdit[] {
  const total = oldText.keys.length + newText.keys.length;
  const maxEditLength = Math.max(64, Math.floor(WORD_DIFF_WORK / Math.max(total, 1)));
  // Two tokens are the same word when their keys are equal, or their name keys (a name's transliterations).
  const ok = oldText.keys;
  const nk = newText.keys;
  const on = oldText.names;
  const nn = newText.names;
  const same = (i: number, j: number): boolean => ok[i] === nk[j] || (on !== undefined && nn !== undefined && on[i] !== undefined && on[i] === nn[j]);
  const oldIndexes = ok.map((_, i) => i);
  const newIndexes = nk.map((_, j) => j);
  const changes =
    on === undefined || nn === undefined
      ? (diffArrays(ok, nk, { maxEditLength }) ?? coarseChanges(ok.length, nk.length, (i, j) => ok[i] === nk[j]))
      : (diffArrays(oldIndexes, newIndexes, { maxEditLength, comparator: same }) ?? coarseChanges(ok.length, nk.length, same));
  const raw: RawEdit[] = [];
  let i = 0;
  let j = 0;
  for (const c of changes) {
    const count = c.count;
    if (c.added) {
      raw.push(run('insert', newText, j, count));
      j += count;
    } else if (c.removed) {
      raw.push(run('delete', oldText, i, count));
      i += count;
    } else {
      const o = run('equal', oldText, i, count);
      const n = run('equal', newText, j, count);
      raw.push({ op: 'equal', old: o.old, new: n.old, words: n.words });
      i += count;
      j += count;
    }
  }
  const edits: TextEdit[] = [];
  for (const b of semanticCleanup(raw)) {
    if (b.equal) {
      const e: TextEdit = { op: 'equal', text: b.new };
      if (b.old !== b.new) e.oldText = b.old;
      edits.push(e);
    } else {
      if (b.old !== '') edits.push({ op: 'delete', text: b.old });
      if (b.new !== '') edits.push({ op: 'insert', text: b.new });
    }
  }
  return edits;
}

// Past WORD_DIFF_WORK the common beginning and end are kept and the middle
// is shown as replaced: coarser, but bounded and exact.

interface Change {
  added: boolean;
  removed: boolean;
  count: number;
}

/** Common prefix and suffix as equal, the middle as deleted and inserted. */
function coarseChanges(a: number, b: number, same: (i: number, j: number) => boolean): Change[] {
  let p = 0;
  while (p < a && p < b && same(p, p)) p++;
  let q = 0;
  while (q < a - p && q < b - p && same(a - 1 - q, b - 1 - q)) q++;
  const out: Change[] = [];
  if (p > 0) out.push({ added: false, removed: false, count: p });
  if (a - p - q > 0) out.push({ added: false, removed: true, count: a - p - q });
  if (b - p - q > 0) out.push({ added: true, removed: false, count: b - p - q });
  if (q > 0) out.push({ added: false, removed: false, count: q });
  return out;
}

function run(op: RawEdit['op'], text: KeyedText, from: number, count: number): RawEdit {
  let s = '';
  let words = 0;
  for (let k = from; k < from + count; k++) {
    const t = text.tokens[k];
    if (!t) continue;
    s += t.text;
    if (t.kind === 'word') words++;
  }
  return op === 'insert' ? { op, old: '', new: s, words } : { op, old: s, new: op === 'equal' ? s : '', words };
}
