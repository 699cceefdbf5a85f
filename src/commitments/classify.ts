/** Classify a matched pair of commitments and say why, in words. */
import { wordEdits } from '../diff/words.js';
import { keyTokens, type Keying } from '../normalize/keys.js';
import { MIN_STRENGTH_CHANGE, SPEAKER_PARTY_WEIGHT } from '../params.js';
import { tokenize } from '../tokenize/tokens.js';
import type { Commitment, CommitmentChange, CommitmentSlot, Marker } from '../types/commitments.js';
import { signed } from '../util/format.js';
import { comparedWords } from './words.js';

const MAX_QUOTE = 80;

/** Shorten a quotation for a reason line. */
export function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(flat.length > MAX_QUOTE ? `${flat.slice(0, MAX_QUOTE - 1)}…` : flat);
}

const round = (n: number): number => Math.round(n * 100) / 100;

/** The change for a commitment only in the new round. */
export function added(c: Commitment): CommitmentChange {
  return { kind: 'added', new: c, delta: c.strength, slots: [], reasons: [`${c.predicate} ${quote(c.predicateText)} (strength ${c.strength}) is new: ${quote(comparedWords(c))}`] };
}

/** The change for a commitment only in the old round. */
export function dropped(c: Commitment): CommitmentChange {
  return { kind: 'dropped', old: c, delta: -c.strength, slots: [], reasons: [`${c.predicate} ${quote(c.predicateText)} (strength ${c.strength}) is gone: ${quote(comparedWords(c))}`] };
}

/** The slot a marker kind fills, as reasons name it. */
const SLOT: Readonly<Record<Marker['kind'], CommitmentSlot>> = {
  booster: 'booster',
  hedge: 'hedge',
  condition: 'condition',
  modal: 'modality',
  negation: 'negation',
  scope: 'scope',
  time: 'urgency',
};

/**
 * The letters of a text's words, in order, without the hyphens, apostrophes
 * and periods inside or between them: equal when two texts differ only in
 * punctuation, cosmetics and where a name is cut into words ("Deir ez-Zor" /
 * "Deir-ez-Zor", "UN" / "U.N.", "de-escalation" / "deescalation").
 */
const lettersOnly = (k: ReturnType<typeof keyTokens>): string =>
  k.keys
    .filter((_, i) => k.tokens[i]?.kind === 'word')
    .join('')
    .replace(/[-'.⟨⟩\s]/g, '');

const who = (c: Commitment): string => (c.speaker === 'party' ? quote(c.speakerText ?? 'one party') : 'the parties');

/** Classify the same commitment in two rounds. */
export function classify(a: Commitment, b: Commitment, keying: { old: Keying; new: Keying }): CommitmentChange {
  // The same words are the same commitment: nothing to compare.
  if (comparedWords(a) === comparedWords(b) && a.predicate === b.predicate && a.strength === b.strength) return { kind: 'unchanged', old: a, new: b, delta: 0, slots: [], reasons: ['same wording'] };
  const delta = round(b.strength - a.strength);
  const oldKeyed = keyTokens(tokenize(comparedWords(a)), keying.old);
  const newKeyed = keyTokens(tokenize(comparedWords(b)), keying.new);
  // Each reason names its slot and quotes both sides; the deltas in
  // parentheses add up to the strength change.
  const reasons: string[] = [];
  const slots = new Set<CommitmentSlot>();
  if (a.predicate !== b.predicate || a.base !== b.base) {
    // The same act in a weaker or stronger form is a change of modality ("will continue" → "may continue").
    const slot: CommitmentSlot = a.predicate === b.predicate ? 'modality' : 'act';
    reasons.push(`${slot} ${quote(a.predicateText)} (${a.predicate}, ${a.base}) → ${quote(b.predicateText)} (${b.predicate}, ${b.base}) (${signed(round(b.base - a.base))})`);
    slots.add(slot);
  }
  for (const r of markerReasons(a.markers, b.markers, keying)) {
    reasons.push(r.text);
    slots.add(r.slot);
  }
  if (a.speaker !== b.speaker || (a.speakerText !== undefined && b.speakerText !== undefined && a.speakerText !== b.speakerText)) {
    const weight = (c: Commitment): number => (c.speaker === 'party' ? SPEAKER_PARTY_WEIGHT : 0);
    reasons.push(`speaker ${who(a)} → ${who(b)} (${signed(round(weight(b) - weight(a)))})`);
    slots.add('speaker');
  }
  // Another addressee, not the same one named more fully ("the Syrian parties" / "the Syrian parties concerned").
  if (a.addressee !== undefined && b.addressee !== undefined && otherAddressee(a.addressee, b.addressee, keying)) {
    reasons.push(`addressee ${quote(a.addressee)} → ${quote(b.addressee)} (±0)`);
    slots.add('addressee');
  }
  let kind: CommitmentChange['kind'];
  if (delta <= -MIN_STRENGTH_CHANGE) kind = 'softened';
  else if (delta >= MIN_STRENGTH_CHANGE) kind = 'strengthened';
  // Differences of punctuation, quotes, spelling or renamed places alone never make a change.
  else if (lettersOnly(oldKeyed) === lettersOnly(newKeyed)) kind = 'unchanged';
  else kind = 'reworded';

  if (kind === 'unchanged') {
    const cosmetic = cosmeticWords(oldKeyed, newKeyed);
    return {
      kind,
      old: a,
      new: b,
      delta,
      slots: [],
      reasons: cosmetic.length === 0 ? ['same words; only punctuation differs'] : [`only cosmetic differences: ${cosmetic.slice(0, 3).map(([x, y]) => `${quote(x)} → ${quote(y)}`).join(', ')}`],
    };
  }
  if (kind === 'reworded' || reasons.length === 0) {
    reasons.push(...wordingReasons(oldKeyed, newKeyed));
    if (slots.size === 0) slots.add('object');
  }
  // The markers both sides share count in both strengths: named, so that the figures add up for a reader.
  const shared = b.markers.filter((m) => m.weight !== 0 && a.markers.some((x) => x.kind === m.kind && x.weight === m.weight && x.text === m.text));
  const both = shared.length > 0 ? `, both with ${shared.map((m) => `${SLOT[m.kind]} ${quote(m.text)} ${signed(m.weight)}`).join(', ')}` : '';
  if (kind !== 'reworded') reasons.push(`strength ${a.strength} → ${b.strength}${both}`);
  else reasons.push(`strength unchanged at ${b.strength}${both}`);
  return { kind, old: a, new: b, delta, slots: [...slots], reasons };
}

/** Whether two addressees differ, beyond one naming the other more fully or cosmetically. */
function otherAddressee(a: string, b: string, keying: { old: Keying; new: Keying }): boolean {
  const x = lettersOnly(keyTokens(tokenize(a), keying.old));
  const y = lettersOnly(keyTokens(tokenize(b), keying.new));
  return !x.includes(y) && !y.includes(x);
}

/** The words written differently in two texts that differ only cosmetically, as pairs (old, new). */
function cosmeticWords(a: ReturnType<typeof keyTokens>, b: ReturnType<typeof keyTokens>): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const edits = wordEdits(a, b);
  for (let i = 0; i < edits.length; i++) {
    const e = edits[i] as (typeof edits)[number];
    const next = edits[i + 1];
    if (e.op === 'equal' && e.oldText !== undefined) {
      // An equal run spells both sides word for word: pair the words that differ.
      const olds = e.oldText.split(/\s+/);
      const news = e.text.split(/\s+/);
      olds.forEach((w, k) => {
        if (w !== news[k] && news[k] !== undefined) out.push([w, news[k] as string]);
      });
    } else if (e.op === 'delete' && next?.op === 'insert') {
      out.push([e.text.trim(), next.text.trim()]);
      i++;
    }
  }
  return out;
}

/** Markers removed, added or replaced, by kind and normalized wording, with the slot each fills. */
function markerReasons(before: readonly Marker[], after: readonly Marker[], keying: { old: Keying; new: Keying }): Array<{ slot: CommitmentSlot; text: string }> {
  const key = (m: Marker, k: Keying): string => `${m.kind}|${keyTokens(tokenize(m.text), k).signature}`;
  const left = [...before];
  const right: Marker[] = [];
  for (const m of after) {
    const i = left.findIndex((x) => key(x, keying.old) === key(m, keying.new));
    if (i >= 0) left.splice(i, 1);
    else right.push(m);
  }
  const out: Array<{ slot: CommitmentSlot; text: string }> = [];
  for (const m of left) {
    const j = right.findIndex((x) => x.kind === m.kind);
    const slot = SLOT[m.kind];
    if (j >= 0) {
      const r = right.splice(j, 1)[0] as Marker;
      out.push({ slot, text: `${slot} ${quote(m.text)} → ${quote(r.text)} (${signed(round(r.weight - m.weight))})` });
    } else out.push({ slot, text: `${slot} ${quote(m.text)} removed (${signed(round(-m.weight))})` });
  }
  for (const m of right) out.push({ slot: SLOT[m.kind], text: `${SLOT[m.kind]} ${quote(m.text)} added (${signed(round(m.weight))})` });
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
