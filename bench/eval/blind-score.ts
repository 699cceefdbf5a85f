/**
 * Scoring of the blind commitment sets (bench/eval/blind-*): labels written
 * by a writer who saw neither the lexicons nor the code. Per language, change
 * kind and slot: recall, precision, F1; and the two kinds of violation that
 * cost trust most: a commitment read from a reporter's, headline's or third
 * party's words, and a change reported in a cosmetic-only pair.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Commitment, CommitmentChange, CommuniqueDiff } from '../../src/index.js';
import { addRows, emptyRow, type Row } from './table.js';

/** One label of a blind set. */
export interface BlindLabel {
  kind: CommitmentChange['kind'];
  old?: string;
  new?: string;
  slot?: string;
}

/** One labelled pair of a blind set. */
export interface BlindPair {
  name: string;
  style: 'statement' | 'press' | 'cosmetic';
  old: string;
  new: string;
  expected: BlindLabel[];
  notCommitments?: string[];
}

/** The pairs of one blind set folder, by language. */
export function readBlindSet(folder: string): Map<string, BlindPair[]> {
  const dir = fileURLToPath(new URL(`./${folder}/`, import.meta.url));
  const out = new Map<string, BlindPair[]>();
  for (const f of readdirSync(dir).filter((n) => /^[a-z]{2}\.json$/.test(n)).sort()) {
    out.set(f.slice(0, 2), JSON.parse(readFileSync(dir + f, 'utf8')) as BlindPair[]);
  }
  return out;
}

/** What scoring one pair gives: rows by group, violations and misses. */
export interface BlindResult {
  rows: Map<string, Row>;
  reporterViolations: string[];
  cosmeticViolations: string[];
  misses: string[];
}

// A snippet resolves to a commitment when it is in the commitment's text, or
// in it with the word's first letters before it (the library starts an
// Arabic commitment after a joined conjunction, «وقرروا» → «قرروا»; the
// writer copied the word whole), or when, where it stands in the text, it
// holds the commitment's act words (the writer began at the subject,
// «Стороны договорились…», where the library begins at the act). Snippets
// were copied from the clause of their commitment, so any of these places it.
const LEAD = 3;
// …or start at the subject, up to this many characters before the commitment, and run more than
// this many into it.
const SUBJECT_LEAD = 40;
const SUBJECT_OVERLAP = 3;
// Any whitespace character as a space, offsets kept: a label also fits its text hard-wrapped.
// The last source flattened: a pair's labels are all checked against the same two texts.
let flatFrom = '';
let flatTo = '';
const flat = (s: string): string => {
  if (s !== flatFrom) [flatFrom, flatTo] = [s, s.replace(/\s/g, ' ')];
  return flatTo;
};
function within(snippet: string | undefined, c: Commitment | undefined, text: string): boolean {
  if (snippet === undefined) return true;
  if (c === undefined) return false;
  const source = flat(text);
  // The commitment's text is source.slice(c.start, c.end): this also holds a snippet inside it.
  if (source.slice(Math.max(0, c.start - LEAD), c.end).includes(snippet)) return true;
  const act = c.start + Math.max(0, c.text.indexOf(c.predicateText));
  for (let at = source.indexOf(snippet); at >= 0; at = source.indexOf(snippet, at + 1)) {
    if (at <= act && at + snippet.length >= act + c.predicateText.length) return true;
    // A snippet that starts at the subject ("Iran and Russia welcomed…", «Rusya ve İran, … çağırdı»),
    // which a commitment's text leaves out, and runs into the commitment: it places it.
    if (at < c.start && at + snippet.length > c.start + SUBJECT_OVERLAP && c.start - at <= SUBJECT_LEAD && !/[.;:!?]/.test(source.slice(at, c.start))) return true;
  }
  return false;
}
const fits = (e: BlindLabel, c: CommitmentChange, diff: CommuniqueDiff): boolean =>
  e.kind === c.kind && within(e.old, c.old, diff.old.source) && within(e.new, c.new, diff.new.source);

/** Whether a commitment overlaps the place of a snippet in its text. */
function overlaps(text: string, snippet: string, start: number, end: number): boolean {
  for (let at = text.indexOf(snippet); at >= 0; at = text.indexOf(snippet, at + 1)) if (at < end && at + snippet.length > start) return true;
  return false;
}

/** Score one diff against its labels, adding to `result`. */
export function scoreBlindPair(diff: CommuniqueDiff, pair: BlindPair, lang: string, result: BlindResult): void {
  const row = (key: string): Row => {
    let r = result.rows.get(key);
    if (!r) result.rows.set(key, (r = emptyRow()));
    return r;
  };
  const groups = (kind: string): string[] => [lang, `kind ${kind}`, `style ${pair.style}`];
  // Slots: a label's slot is found when its change is found with that slot
  // among the slots it names; a change counts once for each slot it names.
  const slotOf = (e: BlindLabel): string | undefined => (e.slot && ['softened', 'strengthened', 'reworded'].includes(e.kind) ? e.slot : undefined);
  const used = new Map<number, BlindLabel>();
  for (const e of pair.expected) {
    const i = diff.commitments.findIndex((x, k) => !used.has(k) && fits(e, x, diff));
    for (const g of groups(e.kind)) row(g).expected++;
    const slot = slotOf(e);
    if (slot) row(`slot ${slot}`).expected++;
    if (i >= 0) {
      used.set(i, e);
      for (const g of groups(e.kind)) row(g).found++;
      if (slot && (diff.commitments[i]?.slots ?? []).includes(slot as never)) row(`slot ${slot}`).found++;
    } else result.misses.push(`${pair.name}: missed ${e.kind}${e.slot ? ` (${e.slot})` : ''} ${JSON.stringify(e.old ?? '')} → ${JSON.stringify(e.new ?? '')}`);
  }
  diff.commitments.forEach((x, k) => {
    const label = used.get(k);
    for (const g of groups(x.kind)) {
      row(g).actual++;
      if (label) row(g).correct++;
    }
    for (const slot of x.slots ?? []) {
      row(`slot ${slot}`).actual++;
      if (label && slotOf(label) === slot) row(`slot ${slot}`).correct++;
    }
    if (!label) result.misses.push(`${pair.name}: unexpected ${x.kind}: ${x.reasons.join('; ').slice(0, 160)}`);
    // A commitment is read from someone else's words when its act's words lie
    // in a piece labelled as not the parties' (a frame inside a commitment's
    // sentence, «وأكد البيان … التزام الدول», is not such a reading).
    for (const side of ['old', 'new'] as const) {
      const c = x[side];
      if (!c) continue;
      const text = flat(diff[side].source);
      const at = c.start + Math.max(0, c.text.indexOf(c.predicateText));
      for (const s of pair.notCommitments ?? []) {
        if (overlaps(text, s, at, at + c.predicateText.length)) result.reporterViolations.push(`${pair.name}: commitment from ${JSON.stringify(s)}: ${JSON.stringify(c.text.slice(0, 100))}`);
      }
    }
    if (pair.style === 'cosmetic' && x.kind !== 'unchanged') result.cosmeticViolations.push(`${pair.name}: ${x.kind}: ${x.reasons.join('; ').slice(0, 160)}`);
  });
}

/** Score a blind set with a diff function; rows include "all". */
export function scoreBlindSet(set: Map<string, BlindPair[]>, diff: (a: string, b: string) => CommuniqueDiff): BlindResult {
  const result: BlindResult = { rows: new Map(), reporterViolations: [], cosmeticViolations: [], misses: [] };
  for (const [lang, pairs] of set) for (const p of pairs) scoreBlindPair(diff(p.old, p.new), p, lang, result);
  result.rows.set('all', addRows([...set.keys()].map((l) => result.rows.get(l) ?? emptyRow())));
  return result;
}
