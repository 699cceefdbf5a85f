/** Classify a matched pair of commitments and say why, in words. */
import { wordEdits } from '../diff/words.js';
import { keyTokens, stemsOf, type Keying } from '../normalize/keys.js';
import { CROSS_MIN_STRENGTH_CHANGE, CROSS_UNCOMPARED_MARKERS, CROSS_MODAL_TOLERANCE, MIN_STRENGTH_CHANGE, SPEAKER_PARTY_WEIGHT, TRANSLATED_ACTS } from '../params.js';
import { tokenize } from '../tokenize/tokens.js';
import type { LanguagePack } from '../languages/types.js';
import type { Commitment, CommitmentChange, CommitmentSlot, Evidence, Marker } from '../types/commitments.js';
import { reasonInEnglish } from './evidence.js';
import { MARKER_WEIGHTS } from './scale.js';
import { comparedWords } from './words.js';

const round = (n: number): number => Math.round(n * 100) / 100;

/** A change with its evidence, worded in English for `reasons`. */
export function withEvidence(change: Omit<CommitmentChange, 'reasons' | 'evidence'>, evidence: Evidence[]): CommitmentChange {
  return { ...change, reasons: evidence.map(reasonInEnglish), evidence };
}

/** The change for a commitment only in the new round. */
export function added(c: Commitment): CommitmentChange {
  return withEvidence({ kind: 'added', new: c, delta: c.strength, slots: [] }, [{ kind: 'new', act: c.predicate, actText: c.predicateText, strength: c.strength, text: comparedWords(c) }]);
}

/** The change for a commitment only in the old round. */
export function dropped(c: Commitment): CommitmentChange {
  return withEvidence({ kind: 'dropped', old: c, delta: -c.strength, slots: [] }, [{ kind: 'gone', act: c.predicate, actText: c.predicateText, strength: c.strength, text: comparedWords(c) }]);
}

/** Evidence of a commitment written word for word the same. */
export const SAME: Evidence = { kind: 'same', cosmetic: [], punctuation: false };

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
const lettersOnlyWords = (k: ReturnType<typeof keyTokens>, names = false): string[] =>
  k.keys
    .map((key, i) => (names ? (k.names?.[i] ?? key) : key))
    .filter((_, i) => k.tokens[i]?.kind === 'word')
    .map((w) => w.replace(/[-'.⟨⟩\s]/g, ''));
const lettersOnly = (k: ReturnType<typeof keyTokens>, names = false): string => lettersOnlyWords(k, names).join('');

/**
 * The words of a text with ordinals and numbers in words written as figures:
 * equal when two texts differ only in how they write a number ("dokuzuncu" /
 * "9.", «بیست و دومین» / «۲۲مین», "six" / "6"), as the packs read round
 * numbers (RoundPatterns.ordinalsAsDigits) and count (LanguagePack.cardinals).
 */
function numbersAsFigures(k: ReturnType<typeof keyTokens>, keying: Keying): string {
  let text = lettersOnlyWords(k, true).join(' ');
  for (const p of keying.reading.packs) {
    text = p.rounds.ordinalsAsDigits?.(text) ?? text;
    const cardinals = cardinalPattern(p);
    if (cardinals) text = text.replace(cardinals, (_, before: string, word: string) => `${before}${(p.cardinals?.indexOf(word) ?? -1) + 1}`);
  }
  // (Words stay apart, "2254 2" is not "22 542"; letters glued to a figure stay, "15km" is not "15m".)
  return text.replace(/\./g, '').replace(/\s+/g, ' ');
}

// A pack's numbers in words as one pattern (longest first: "on iki" before "on"), made once per pack.
const cardinalPatterns = new WeakMap<LanguagePack, RegExp | null>();
function cardinalPattern(pack: LanguagePack): RegExp | undefined {
  let re = cardinalPatterns.get(pack);
  if (re === undefined) {
    const words = [...(pack.cardinals ?? [])].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    re = words.length > 0 ? new RegExp(`(^|\\s)(${words.join('|')})(?=\\s|$)`, 'gu') : null;
    cardinalPatterns.set(pack, re);
  }
  return re ?? undefined;
}

const party = (c: Commitment): string | undefined => (c.speaker === 'party' ? (c.speakerText ?? 'one party') : undefined);

/** Evidence of the same commitment in two languages (a new object each time: a caller may change what it is given). */
const translated = (): Evidence => ({ kind: 'same', cosmetic: [], punctuation: false, translated: true });

/**
 * Across languages, a clause of one version that the other version's pack
 * read as part of another commitment (see CROSS_COVER_CONTAINMENT): its
 * content is there, so it is not dropped; its act and markers were not read
 * apart, so no change is claimed — the same commitment in translation.
 */
export function coveredChange(a: Commitment, b: Commitment): CommitmentChange {
  return withEvidence({ kind: 'unchanged', old: a, new: b, delta: 0, slots: [] }, [translated()]);
}

/**
 * Classify the same commitment in two rounds. `across`: the rounds are in two
 * languages, so words are not compared — markers meet by kind and weight, and
 * the same strength is the same commitment.
 */
export function classify(a: Commitment, b: Commitment, keying: { old: Keying; new: Keying }, across = false): CommitmentChange {
  // The same words are the same commitment: nothing to compare.
  if (comparedWords(a) === comparedWords(b) && a.predicate === b.predicate && a.strength === b.strength && a.speaker === b.speaker && (a.speakerText === b.speakerText || across || sameNames(a.speakerText ?? '', b.speakerText ?? '', keying))) return withEvidence({ kind: 'unchanged', old: a, new: b, delta: 0, slots: [] }, [SAME]);
  // Across languages one declarative verb for another, agreed for decided or welcomed for
  // commended is the translator's choice (TRANSLATED_ACTS).
  const sameDeclaration = across && a.predicate !== b.predicate && TRANSLATED_ACTS.some((g) => g.has(a.predicate) && g.has(b.predicate));
  // …and so is a modal a grade away ("should" / «должны», "may" / «يمكن»): modals are graded
  // otherwise in each language; only a change of two grades or more ("will" → "may") is one.
  const modal = (c: Commitment): number => c.markers.reduce((s, m) => s + (m.kind === 'modal' ? m.weight : 0), 0);
  const modalShift = across && Math.abs(modal(b) - modal(a)) <= CROSS_MODAL_TOLERANCE ? modal(b) - modal(a) : 0;
  // …and scope words are not compared (CROSS_UNCOMPARED_MARKERS).
  const uncompared = (c: Commitment): number => (across ? c.markers.reduce((s, m) => s + (CROSS_UNCOMPARED_MARKERS.has(m.kind) ? m.weight : 0), 0) : 0);
  let delta = round(b.strength - a.strength - (sameDeclaration ? b.base - a.base : 0) - modalShift - (uncompared(b) - uncompared(a)));
  const least = across ? CROSS_MIN_STRENGTH_CHANGE : MIN_STRENGTH_CHANGE;
  // The words of both sides, keyed when first compared (never across languages, where words cannot meet).
  let keyed: [ReturnType<typeof keyTokens>, ReturnType<typeof keyTokens>] | undefined;
  const both = (): [ReturnType<typeof keyTokens>, ReturnType<typeof keyTokens>] => (keyed ??= [keyTokens(tokenize(comparedWords(a)), keying.old), keyTokens(tokenize(comparedWords(b)), keying.new)]);
  // …and their word diff, made once for the list, cosmetic and wording checks.
  let diffed: Edits | undefined;
  const edits = (): Edits => (diffed ??= wordEdits(...both()));
  // Each reason names its slot and quotes both sides; the deltas in
  // parentheses add up to the strength change.
  const reasons: Evidence[] = [];
  const slots = new Set<CommitmentSlot>();
  if ((a.predicate !== b.predicate || a.base !== b.base) && !sameDeclaration) {
    // The same act in a weaker or stronger form is a change of modality ("will continue" → "may continue").
    const slot: CommitmentSlot = a.predicate === b.predicate ? 'modality' : 'act';
    reasons.push({ kind: 'act', slot, old: { text: a.predicateText, act: a.predicate, base: a.base }, new: { text: b.predicateText, act: b.predicate, base: b.base }, delta: round(b.base - a.base) });
    slots.add(slot);
  }
  const compared = (ms: readonly Marker[]): readonly Marker[] => (across ? ms.filter((m) => !CROSS_UNCOMPARED_MARKERS.has(m.kind)) : ms);
  for (const r of markerReasons(compared(a.markers), compared(b.markers), keying, across)) {
    reasons.push(r);
    slots.add(r.slot);
  }
  if (a.speaker !== b.speaker || (a.speakerText !== undefined && b.speakerText !== undefined && a.speakerText !== b.speakerText && (across || !sameNames(a.speakerText, b.speakerText, keying)))) {
    const weight = (c: Commitment): number => (c.speaker === 'party' ? SPEAKER_PARTY_WEIGHT : 0);
    const speaker: Evidence = { kind: 'speaker', delta: round(weight(b) - weight(a)) };
    const before = party(a);
    const after = party(b);
    if (before !== undefined) speaker.old = before;
    if (after !== undefined) speaker.new = after;
    reasons.push(speaker);
    slots.add('speaker');
  }
  // Another addressee, not the same one named more fully ("the Syrian parties" / "the Syrian parties concerned").
  if (a.addressee !== undefined && b.addressee !== undefined && (across ? otherAddresseeAcross(a.addressee, b.addressee, keying) : otherAddressee(a.addressee, b.addressee, keying))) {
    reasons.push({ kind: 'addressee', old: a.addressee, new: b.addressee });
    slots.add('addressee');
  }
  // Within one language, an item more or fewer in the act's list and nothing else ("attacks on
  // civilians" → "attacks on civilians and civilian infrastructure") widens or narrows its scope.
  const list = !across && slots.size === 0 && Math.abs(delta) < least ? listChange(edits(), keying) : undefined;
  if (list) {
    reasons.push(list);
    slots.add('scope');
    delta = round(delta + list.delta);
  }
  let kind: CommitmentChange['kind'];
  if (delta <= -least) kind = 'softened';
  else if (delta >= least) kind = 'strengthened';
  // Differences of punctuation, quotes, spelling or renamed places alone never make a change.
  // (A name counts as its name key on both sides when both write it with a capital: its transliterations are one name.)
  // Across languages, another act at the same strength ("agreed" / «دعت») is the same commitment reworded.
  else if (across && !slots.has('addressee') && !slots.has('act')) return withEvidence({ kind: 'unchanged', old: a, new: b, delta, slots: [] }, [translated()]);
  else if (across) kind = 'reworded';
  else if (!slots.has('speaker') && (lettersOnly(both()[0]) === lettersOnly(both()[1]) || lettersOnly(both()[0], true) === lettersOnly(both()[1], true) || numbersAsFigures(both()[0], keying.old) === numbersAsFigures(both()[1], keying.new))) kind = 'unchanged';
  else kind = 'reworded';

  if (kind === 'unchanged') {
    const cosmetic = cosmeticWords(edits());
    return withEvidence({ kind, old: a, new: b, delta, slots: [] }, [{ kind: 'same', cosmetic, punctuation: cosmetic.length === 0 }]);
  }
  // (Across languages the words cannot be compared: the addressee's reason says what changed.)
  if (!across && (kind === 'reworded' || reasons.length === 0)) {
    // (Not "punctuation changed" beside another reason when no word changed: a change of speaker alone.)
    const wording = wordingReasons(edits());
    if (reasons.length === 0 || wording[0]?.kind !== 'punctuation') reasons.push(...wording);
    if (slots.size === 0) slots.add('object');
  }
  // The markers both sides share count in both strengths: named, so that the figures add up for a reader.
  const shared = compared(b.markers).filter((m) => m.weight !== 0 && a.markers.some((x) => x.kind === m.kind && x.weight === m.weight && (across || x.text === m.text)));
  // (Across languages the new strength is the old one and the change: one declarative verb for another and a modal a grade away do not count.)
  reasons.push({ kind: 'strength', old: a.strength, new: kind === 'reworded' ? a.strength : across || list ? round(a.strength + delta) : b.strength, shared: shared.map((m) => ({ slot: SLOT[m.kind], text: m.text, weight: m.weight })) });
  return withEvidence({ kind, old: a, new: b, delta, slots: [...slots] }, reasons);
}

/**
 * Across languages, whether two addressees are others: each names concepts or
 * names (the Security Council, the international community, UNHCR) and they
 * share none. One that names nothing the lexicon knows is not compared.
 */
function otherAddresseeAcross(a: string, b: string, keying: { old: Keying; new: Keying }): boolean {
  const x = new Set(stemsOf(tokenize(a), keying.old).filter((s) => !s.startsWith('#')));
  const y = stemsOf(tokenize(b), keying.new).filter((s) => !s.startsWith('#'));
  return x.size > 0 && y.length > 0 && !y.some((s) => x.has(s));
}

/**
 * Whether two speakers name the same parties, in any order and spelling:
 * "Iran and Russia" / "Russia and Iran", «إيران وروسيا» / «روسيا و إيران»,
 * "Türkiye Cumhuriyeti" / "Türkiye" (one alias). Words are compared by their
 * alias or their form (a joined «و» off), without the packs' coordinators and
 * connectors ("and", «و», "и", "ve"). Other parties, or fewer ("Iran and
 * Russia" / "Russia and Türkiye", "Iran"), are another speaker.
 */
function sameNames(a: string, b: string, keying: { old: Keying; new: Keying }): boolean {
  const names = (text: string, k: Keying): string => {
    const keyed = keyTokens(tokenize(text), k, false);
    const out = new Set<string>();
    keyed.tokens.forEach((t, i) => {
      const key = keyed.keys[i];
      if (t.kind !== 'word' || key === undefined || key === ' ') return;
      // A word that is no alias is compared by its form, without a joined clitic.
      const w = key === k.reading.fold(t.text) ? k.reading.form(t.text) : key;
      if (w !== '' && !k.reading.coordinators.has(w) && !k.reading.connectors.has(w)) out.add(w);
    });
    return [...out].sort().join(' ');
  };
  return names(a, keying.old) === names(b, keying.new);
}

/** Whether two addressees differ, beyond one naming the other more fully or cosmetically. */
function otherAddressee(a: string, b: string, keying: { old: Keying; new: Keying }): boolean {
  const x = lettersOnly(keyTokens(tokenize(a), keying.old));
  const y = lettersOnly(keyTokens(tokenize(b), keying.new));
  return !x.includes(y) && !y.includes(x);
}

type Edits = ReturnType<typeof wordEdits>;

/** The words written differently in two texts that differ only cosmetically, as pairs (old, new), from their word diff. */
function cosmeticWords(edits: Edits): Array<[string, string]> {
  const out: Array<[string, string]> = [];
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
function markerReasons(before: readonly Marker[], after: readonly Marker[], keying: { old: Keying; new: Keying }, across: boolean): Array<Evidence & { kind: 'marker' }> {
  // Across languages a marker's words cannot meet: the same kind and weight is the same marker.
  const key = (m: Marker, k: Keying): string => (across ? `${m.kind}|${m.weight}` : `${m.kind}|${keyTokens(tokenize(m.text), k).signature}`);
  const left = [...before];
  const right: Marker[] = [];
  for (const m of after) {
    const i = left.findIndex((x) => key(x, keying.old) === key(m, keying.new));
    if (i >= 0) left.splice(i, 1);
    else right.push(m);
  }
  const out: Array<Evidence & { kind: 'marker' }> = [];
  for (const m of left) {
    const j = right.findIndex((x) => x.kind === m.kind);
    const slot = SLOT[m.kind];
    if (j >= 0) {
      const r = right.splice(j, 1)[0] as Marker;
      out.push({ kind: 'marker', slot, old: m.text, new: r.text, delta: round(r.weight - m.weight) });
    } else out.push({ kind: 'marker', slot, old: m.text, delta: round(-m.weight) });
  }
  for (const m of right) out.push({ kind: 'marker', slot: SLOT[m.kind], new: m.text, delta: round(m.weight) });
  return out;
}

/**
 * An item added to or removed from a list, and nothing else: the word diff of
 * two commitments only inserts (or only deletes) runs of words that each
 * start or end with a coordinator of their pack ("and civilian
 * infrastructure", «و کارکنان امدادی», "kuzeyindeki ve") and hold another
 * word. Its scope widens (or narrows) by one scope marker's weight.
 */
function listChange(edits: Edits, keying: { old: Keying; new: Keying }): (Evidence & { kind: 'marker' }) | undefined {
  const runs: string[] = [];
  let op: 'insert' | 'delete' | undefined;
  for (const e of edits) {
    if (e.op === 'equal') continue;
    if (op !== undefined && e.op !== op) return undefined;
    op = e.op;
    const reading = (op === 'insert' ? keying.new : keying.old).reading;
    const words = tokenize(e.text).filter((t) => t.kind === 'word').map((t) => t.text);
    const first = words[0];
    const last = words[words.length - 1];
    if (first === undefined || last === undefined) return undefined;
    const coordinator = (w: string): boolean => reading.coordinators.has(reading.fold(w));
    // «و» joined to the item it adds («والبنية»): a clitic that is a coordinator, before a word of
    // three letters or more («وفق», "according to", is one word).
    const clitic = reading.cliticLength(first);
    const joined = clitic > 0 && first.length - clitic >= 3 && reading.coordinators.has(reading.fold(first.slice(0, clitic)));
    const content = words.filter((w) => !coordinator(w)).length;
    if (content === 0 || !(joined || coordinator(first) || coordinator(last))) return undefined;
    runs.push(e.text.trim());
  }
  if (op === undefined || runs.length === 0) return undefined;
  const text = runs.join(' … ');
  return op === 'insert' ? { kind: 'marker', slot: 'scope', new: text, delta: MARKER_WEIGHTS.scope } : { kind: 'marker', slot: 'scope', old: text, delta: -MARKER_WEIGHTS.scope };
}

/** The words that changed, from the word diff of the two commitments. */
function wordingReasons(edits: Edits): Evidence[] {
  const out: Evidence[] = [];
  for (let i = 0; i < edits.length && out.length < 4; i++) {
    const e = edits[i];
    if (!e || e.op === 'equal') continue;
    const next = edits[i + 1];
    if (e.op === 'delete' && next?.op === 'insert') {
      out.push({ kind: 'wording', old: e.text, new: next.text });
      i++;
    } else out.push(e.op === 'insert' ? { kind: 'wording', new: e.text } : { kind: 'wording', old: e.text });
  }
  return out.length > 0 ? out : [{ kind: 'punctuation' }];
}
