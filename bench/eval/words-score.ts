/**
 * Cosmetic word differences: does the library show a replaced word as the
 * same word written differently (cosmetic: an equal run of the word diff,
 * with its old spelling) or as a change (deleted and inserted)? Labelled
 * pairs in bench/eval/words-* folders (pairs.json: old and new text, and each
 * replaced word labelled cosmetic or substantive).
 *
 * `tsx bench/eval/words-score.ts FOLDER [--lib PATH] [--misses]`: PATH is a
 * source or build entry of the library (default: this checkout's src/), so a
 * set can be scored on an older version first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CommuniqueDiff } from '../../src/index.js';
import { emptyRow, type Row } from './table.js';

/** One labelled pair. */
export interface WordPair {
  id: string;
  lang: string;
  old: string;
  new: string;
  changes: Array<{ old: string; new: string; label: 'cosmetic' | 'substantive'; why?: string }>;
}

/** The pairs of a folder. */
export const readWordPairs = (folder: string): WordPair[] => JSON.parse(readFileSync(join(folder, 'pairs.json'), 'utf8')) as WordPair[];

const boundary = (word: string): RegExp => new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{M}\\p{N}])`, 'u');

/** Whether the new word of a change is shown as cosmetic: every letter of it in an equal run. */
export function shownCosmetic(diff: CommuniqueDiff, word: string): boolean | undefined {
  for (const change of diff.alignment) {
    if (change.new.length === 0) continue;
    let side = '';
    const equal: boolean[] = [];
    for (const e of change.edits) {
      if (e.op === 'delete') continue;
      side += e.text;
      for (let k = 0; k < e.text.length; k++) equal.push(e.op === 'equal');
    }
    const m = boundary(word).exec(side);
    if (!m) continue;
    for (let k = m.index; k < m.index + m[0].length; k++) if (!equal[k]) return false;
    return true;
  }
  return undefined;
}

/** Rows by language and label: `cosmetic` (shown cosmetic when labelled so) and `substantive` (shown as a change when labelled so). */
export function scoreWordPairs(pairs: readonly WordPair[], diff: (a: string, b: string, lang: string) => CommuniqueDiff, misses: string[] = []): Map<string, Row> {
  const rows = new Map<string, Row>();
  const row = (k: string): Row => {
    let r = rows.get(k);
    if (!r) rows.set(k, (r = emptyRow()));
    return r;
  };
  for (const p of pairs) {
    const d = diff(p.old, p.new, p.lang);
    for (const c of p.changes) {
      const shown = shownCosmetic(d, c.new);
      const cosmetic = shown === true;
      for (const key of [`cosmetic ${p.lang}`, 'cosmetic all']) {
        const r = row(key);
        if (c.label === 'cosmetic') r.expected++;
        if (cosmetic) r.actual++;
        if (cosmetic && c.label === 'cosmetic') {
          r.found++;
          r.correct++;
        }
      }
      for (const key of [`substantive ${p.lang}`, 'substantive all']) {
        const r = row(key);
        if (c.label === 'substantive') r.expected++;
        if (!cosmetic) r.actual++;
        if (!cosmetic && c.label === 'substantive') {
          r.found++;
          r.correct++;
        }
      }
      if (cosmetic !== (c.label === 'cosmetic')) misses.push(`${p.id} ${c.label}: ${c.old} → ${c.new}${shown === undefined ? ' (word not found in the alignment)' : ''}${c.why ? ` — ${c.why}` : ''}`);
    }
  }
  return rows;
}
