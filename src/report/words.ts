/**
 * The words of a redline as a reader sees them: in a run that differs only
 * cosmetically, which words are written differently (and how they were
 * written); in a replaced word, which letters changed.
 */
import { diffArrays, diffChars } from 'diff';
import levenshtein from 'fast-levenshtein';
import { LETTER_DIFF_MAX, LETTER_DIFF_SHARE } from '../params.js';
import type { TextEdit } from '../types/diff.js';
import type { CommuniqueDiff } from '../types/pipeline.js';

/** A piece of a cosmetic run: words written the same, or written differently (`was` holds the old form). */
export interface CosmeticPiece {
  text: string;
  was?: string;
}

// Words (letters, marks, digits, inner hyphens and apostrophes) apart from the spaces and punctuation between them.
const WORDS = /([^\p{L}\p{M}\p{N}'’-]+)/u;

/**
 * The pieces of an equal run whose old text differs cosmetically: the words
 * written differently, each with its old form, and the rest as it is. Only
 * the differing words are marked (not the run).
 */
export function cosmeticPieces(text: string, oldText: string): CosmeticPiece[] {
  const a = oldText.split(WORDS);
  const b = text.split(WORDS);
  const out: CosmeticPiece[] = [];
  const push = (p: CosmeticPiece): void => {
    const last = out[out.length - 1];
    if (last && last.was === undefined && p.was === undefined) last.text += p.text;
    else out.push(p);
  };
  let removed: string[] = [];
  for (const c of diffArrays(a, b)) {
    if (c.removed) removed = c.value;
    else if (c.added) {
      // A space between the differing words stays inside the piece: one name, one mark.
      const was = removed.join('').trim();
      // (Pieces keep their spaces and punctuation outside the mark.)
      const lead = c.value.join('').match(/^\s*/)?.[0] ?? '';
      const body = c.value.join('').slice(lead.length);
      const trail = body.match(/\s*$/)?.[0] ?? '';
      if (lead) push({ text: lead });
      push(was ? { text: body.slice(0, body.length - trail.length), was } : { text: body.slice(0, body.length - trail.length) });
      if (trail) push({ text: trail });
      removed = [];
    } else {
      removed = [];
      push({ text: c.value.join('') });
    }
  }
  // Only words are marked: punctuation written otherwise (quotation marks, dashes) is shown as it is.
  return out
    .map((p) => (p.was !== undefined && !WORDLIKE.test(p.text) && !WORDLIKE.test(p.was) ? { text: p.text } : p))
    .filter((p) => p.text !== '' || p.was !== undefined);
}

const WORDLIKE = /[\p{L}\p{N}]/u;

/** The words written differently across a comparison, old form → new form, with how often, in reading order. */
export function cosmeticList(diff: CommuniqueDiff): Array<{ was: string; now: string; times: number }> {
  const found = new Map<string, { was: string; now: string; times: number }>();
  for (const change of diff.alignment) {
    for (const e of change.edits) {
      if (e.op !== 'equal' || e.oldText === undefined) continue;
      for (const p of cosmeticPieces(e.text, e.oldText)) {
        if (p.was === undefined) continue;
        const key = `${p.was}\u0000${p.text}`;
        const seen = found.get(key);
        if (seen) seen.times++;
        else found.set(key, { was: p.was, now: p.text, times: 1 });
      }
    }
  }
  return [...found.values()];
}

/** A word's letters, marked where they differ from the other form. */
export type Letters = Array<{ text: string; changed: boolean }>;

/**
 * When a deleted run and the inserted run after it are one word each that
 * differ by a few letters (at most LETTER_DIFF_MAX, and LETTER_DIFF_SHARE of
 * the longer), the letters of each marked where they differ; otherwise undefined.
 */
export function letterDiff(deleted: string, inserted: string): { old: Letters; new: Letters } | undefined {
  const a = deleted.trim();
  const b = inserted.trim();
  if (a === '' || b === '' || /\s/.test(a) || /\s/.test(b) || a !== deleted || b !== inserted) return undefined;
  const distance = levenshtein.get(a, b);
  if (distance === 0 || distance > LETTER_DIFF_MAX || distance > LETTER_DIFF_SHARE * Math.max([...a].length, [...b].length)) return undefined;
  const old: Letters = [];
  const now: Letters = [];
  for (const c of diffChars(a, b)) {
    if (!c.added) old.push({ text: c.value, changed: c.removed });
    if (!c.removed) now.push({ text: c.value, changed: c.added });
  }
  return { old, new: now };
}

/** Whether a run of `op` right after a run of `last` is a deletion beside an insertion (or the reverse), which reports set apart. */
export const besideOther = (last: TextEdit['op'] | undefined, op: TextEdit['op']): boolean => last !== undefined && last !== 'equal' && op !== 'equal' && last !== op;

/** Whether edits `i` and `i + 1` are a replaced word with a letter diff. */
export function replacedWord(edits: readonly TextEdit[], i: number): ReturnType<typeof letterDiff> {
  const e = edits[i];
  const next = edits[i + 1];
  return e?.op === 'delete' && next?.op === 'insert' ? letterDiff(e.text, next.text) : undefined;
}
