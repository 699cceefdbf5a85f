/** Classify a matched pair of commitments and say why, in words. */
import { wordEdits } from '../diff/words.js';
import { keyTokens, type Keying } from '../normalize/keys.js';
import { MIN_STRENGTH_CHANGE } from '../params.js';
import { tokenize } from '../tokenize/tokens.js';
import type { Commitment, CommitmentChange, Marker } from '../types/commitments.js';
import { signed } from '../util/format.js';

const MAX_QUOTE = 80;

/** Shorten a quotation for a reason line. */
export function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(flat.length > MAX_QUOTE ? `${flat.slice(0, MAX_QUOTE - 1)}…` : flat);
}

const round = (n: number): number => Math.round(n * 100) / 100;

/** The change for a commitment only in the new round. */
export function added(c: Commitment): CommitmentChange {
  return { kind: 'added', new: c, delta: c.strength, reasons: [`${c.predicate} ${quote(c.predicateText)} (strength ${c.strength}) is new: ${quote(c.text)}`] };
}

/** The change for a commitment only in the old round. */
export function dropped(c: Commitment): CommitmentChange {
  return { kind: 'dropped', old: c, delta: -c.strength, reasons: [`${c.predicate} ${quote(c.predicateText)} (strength ${c.strength}) is gone: ${quote(c.text)}`] };
}

/** Classify the same commitment in two rounds. */
export function classify(a: Commitment, b: Commitment, keying: { old: Keying; new: Keying }): CommitmentChange {
  // The same words are the same commitment: nothing to compare.
  if (a.text === b.text && a.predicate === b.predicate && a.strength === b.strength) return { kind: 'unchanged', old: a, new: b, delta: 0, reasons: ['same wording'] };
  const delta = round(b.strength - a.strength);
  const oldKeyed = keyTokens(tokenize(a.text), keying.old);
  const newKeyed = keyTokens(tokenize(b.text), keying.new);
  const reasons: string[] = [];
  if (a.predicate !== b.predicate) {
    reasons.push(`predicate ${quote(a.predicateText)} (${a.predicate}, ${a.base}) → ${quote(b.predicateText)} (${b.predicate}, ${b.base})`);
  }
  reasons.push(...markerReasons(a.markers, b.markers, keying));
  let kind: CommitmentChange['kind'];
  if (delta <= -MIN_STRENGTH_CHANGE) kind = 'softened';
  else if (delta >= MIN_STRENGTH_CHANGE) kind = 'strengthened';
  else if (oldKeyed.signature === newKeyed.signature) kind = 'unchanged';
  else kind = 'reworded';

  if (kind === 'unchanged') {
    const cosmetic = cosmeticWords(oldKeyed, newKeyed);
    return {
      kind,
      old: a,
      new: b,
      delta,
      reasons: cosmetic.length === 0 ? ['same wording'] : [`only cosmetic differences: ${cosmetic.slice(0, 3).map(([x, y]) => `${quote(x)} → ${quote(y)}`).join(', ')}`],
    };
  }
  if (kind === 'reworded' || reasons.length === 0) reasons.push(...wordingReasons(oldKeyed, newKeyed));
  if (kind !== 'reworded') reasons.push(`strength ${a.strength} → ${b.strength} (${signed(delta)})`);
  else reasons.push(`strength unchanged at ${b.strength}`);
  return { kind, old: a, new: b, delta, reasons };
}

/**
 * The words written differently in two texts that are equal after
 * normalization: their tokens correspond one to one.
 */
function cosmeticWords(a: ReturnType<typeof keyTokens>, b: ReturnType<typeof keyTokens>): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const left = a.tokens.filter((t) => t.kind !== 'space');
  const right = b.tokens.filter((t) => t.kind !== 'space');
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i]?.text ?? '';
    const y = right[i]?.text ?? '';
    if (x !== y) out.push([x, y]);
  }
  return out;
}

/** Markers removed, added or replaced, by kind and normalized wording. */
function markerReasons(before: readonly Marker[], after: readonly Marker[], keying: { old: Keying; new: Keying }): string[] {
  const key = (m: Marker, k: Keying): string => `${m.kind}|${keyTokens(tokenize(m.text), k).signature}`;
  const left = [...before];
  const right: Marker[] = [];
  for (const m of after) {
    const i = left.findIndex((x) => key(x, keying.old) === key(m, keying.new));
    if (i >= 0) left.splice(i, 1);
    else right.push(m);
  }
  const out: string[] = [];
  for (const m of left) {
    const j = right.findIndex((x) => x.kind === m.kind);
    if (j >= 0) {
      const r = right.splice(j, 1)[0] as Marker;
      out.push(`${m.kind} ${quote(m.text)} → ${quote(r.text)} (${signed(round(r.weight - m.weight))})`);
    } else out.push(`${m.kind} ${quote(m.text)} removed (${signed(round(-m.weight))})`);
  }
  for (const m of right) out.push(`${m.kind} ${quote(m.text)} added (${signed(round(m.weight))})`);
  return out;
}

/** The words that changed, from a word diff of the two commitments. */
function wordingReasons(a: ReturnType<typeof keyTokens>, b: ReturnType<typeof keyTokens>): string[] {
  const edits = wordEdits(a, b);
  const out: string[] = [];
  for (let i = 0; i < edits.length && out.length < 4; i++) {
    const e = edits[i];
    if (!e || e.op === 'equal') continue;
    const next = edits[i + 1];
    if (e.op === 'delete' && next?.op === 'insert') {
      out.push(`wording ${quote(e.text)} → ${quote(next.text)}`);
      i++;
    } else out.push(`words ${quote(e.text)} ${e.op === 'insert' ? 'added' : 'removed'}`);
  }
  return out.length > 0 ? out : ['punctuation changed'];
}
