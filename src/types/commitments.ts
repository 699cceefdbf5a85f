/**
 * Types of commitments and their changes.
 *
 * @module
 */
import type { Lexicon, MarkerKind } from '../languages/types.js';
import type { Language, LanguageOptions } from './segment.js';

/** Words that moved the strength of a commitment, with offsets into the communiqué's `source`. */
export interface Marker {
  /** What the marker does. */
  kind: MarkerKind;
  /** The words as written (adjacent markers of one kind form one phrase: "strong and unwavering"). */
  text: string;
  /** Offset of the first character in `source`. */
  start: number;
  /** Offset just past the last character in `source`. */
  end: number;
  /** How much the marker adds to (or, negative, takes from) the strength. */
  weight: number;
}

/** One act the parties perform in a communiqué: "reaffirmed their commitment to …", "condemned …". */
export interface Commitment {
  /** Index of the paragraph it is in. */
  paragraph: number;
  /** The commitment as written: from its act to the end of its clause. `source.slice(start, end)`. */
  text: string;
  /** Offset of the first character in the communiqué's `source`. */
  start: number;
  /** Offset just past the last character in `source`. */
  end: number;
  /**
   * The canonical act: `'reaffirm'`, `'emphasize'`, `'agree'`, `'decide'`, `'commit'`,
   * `'condemn'`, `'reject'`, `'demand'`, `'call-upon'`, `'urge'`, `'request'`, `'welcome'`,
   * `'note'`, `'express-concern'`, `'express-determination'`, `'express-readiness'`,
   * `'express-confidence'`, `'express-hope'`, `'express'`, `'appreciate'`, `'encourage'`,
   * `'invite'`, `'support'`, `'recall'` (see {@link STRENGTH_SCALE}), or one from a user lexicon.
   */
  predicate: string;
  /** The words of the act as written ("Condemned", "expressed … concern", "أعربت عن قلقها"). */
  predicateText: string;
  /** What the act is about: the rest of the clause, as written. */
  topic: string;
  /** The strength of the act alone, from {@link STRENGTH_SCALE}. */
  base: number;
  /** `base` plus the weights of the markers. */
  strength: number;
  /** The words that moved the strength from `base`. */
  markers: Marker[];
  /** `'negative'` when a negation governs the act ("could not agree", «لم تتفق», «не смогли договориться»; see the `negation` marker). */
  polarity: 'affirmative' | 'negative';
  /**
   * Who commits: `'parties'` (the statement's own voice, the parties or the
   * statement as subject) or `'party'` (one named party: "Türkiye stressed…").
   * Reporters', headlines' and third parties' words are never commitments.
   */
  speaker: 'parties' | 'party';
  /** The named party as written ("Türkiye", «الجانب التركي»), when `speaker` is `'party'`. */
  speakerText?: string;
  /** Whom the act asks, for acts that ask ("called upon **the international community** to…", «دعت **المجتمع الدولي** إلى»). */
  addressee?: string;
}

/** Options of {@link extractCommitments}. */
export interface CommitmentOptions extends LanguageOptions {
  /**
   * Read the text with this language's pack only. By default the text's
   * detected language is read with its pack, and words in other scripts with
   * the pack of their script (a report in Arabic that quotes an English
   * phrase is read whole).
   */
  lang?: Language;
  /** Entries added to the lexicons of the packs that read the text (see `LanguagePack.lexicon`). */
  lexicon?: Partial<Lexicon>;
}

/**
 * A part of a commitment that can change between rounds: its `act`, a
 * `negation`, a `condition`, its `modality`, `urgency`, `scope`, a `booster` or
 * `hedge`, the `speaker` (the parties or one named party), its `addressee`, or its `object`
 * (what it is about, in other words).
 */
export type CommitmentSlot = 'act' | 'negation' | 'condition' | 'modality' | 'urgency' | 'scope' | 'booster' | 'hedge' | 'speaker' | 'addressee' | 'object';

/** What happened to a commitment between two rounds, with the words that show it. */
export interface CommitmentChange {
  /**
   * - `added` / `dropped`: only in the new / old round;
   * - `softened` / `strengthened`: the same commitment, weaker / stronger;
   * - `reworded`: the same commitment and strength, other words;
   * - `unchanged`: the same words (cosmetic differences such as Turkey/Türkiye aside).
   */
  kind: 'added' | 'dropped' | 'softened' | 'strengthened' | 'reworded' | 'unchanged';
  /** The commitment in the old round (absent for `added`). */
  old?: Commitment;
  /** The commitment in the new round (absent for `dropped`). */
  new?: Commitment;
  /**
   * The slots that changed (for softened, strengthened and reworded), each
   * with a reason: `['act']` for "condemned" → "expressed concern",
   * `['condition']` for "as soon as conditions permit" added. Empty for added,
   * dropped and unchanged.
   */
  slots: CommitmentSlot[];
  /** New strength minus old strength (an absent side counts as 0). */
  delta: number;
  /**
   * The evidence, in words: `'booster "strong and unwavering" removed (−1)'`,
   * `'predicate "condemned" (condemn, 5) → "expressed concern" (express-concern, 3)'`.
   * Never empty.
   */
  reasons: string[];
  /**
   * The same evidence as data, one item per reason (in the same order): what
   * reports word in their own interface language.
   */
  evidence: Evidence[];
}

/** The words of an act on one side of an {@link Evidence} item of kind `act`. */
export interface ActEvidence {
  /** The act's words as written ("condemned"). */
  text: string;
  /** The canonical act ("condemn"). */
  act: string;
  /** The act's base strength. */
  base: number;
}

/**
 * One piece of evidence of a {@link CommitmentChange}, as data. `delta` is the
 * part of the strength change it accounts for; quoted words are as written.
 *
 * - `new` / `gone`: the commitment is only in the new / old round;
 * - `act`: the act (slot `act`) or its modality (slot `modality`, the same act weaker or stronger) changed;
 * - `marker`: a booster, hedge, condition, modal, negation, scope or urgency marker removed (`new` absent), added (`old` absent) or replaced;
 * - `speaker`: the parties (`undefined`) or a named party changed;
 * - `addressee`: whom the act asks changed;
 * - `wording`: words replaced, added or removed, for a reworded commitment;
 * - `punctuation`: only punctuation differs in a reworded one;
 * - `strength`: the strengths of both sides, with the markers they share;
 * - `same`: no change; `cosmetic` pairs the words written differently (old, new);
 * - `closest`: an added or dropped commitment's nearest one in the other round, not clearly the same.
 */
export type Evidence = OnlyEvidence | ActChangeEvidence | MarkerEvidence | SpeakerEvidence | AddresseeEvidence | WordingEvidence | PunctuationEvidence | StrengthEvidence | SameEvidence | ClosestEvidence;

/** {@link Evidence} of a commitment only in the new round (`new`) or only in the old (`gone`). */
export interface OnlyEvidence {
  /** `new` or `gone`. */
  kind: 'new' | 'gone';
  /** The canonical act. */
  act: string;
  /** The act's words as written. */
  actText: string;
  /** The commitment's strength. */
  strength: number;
  /** The commitment's words as compared. */
  text: string;
}

/** {@link Evidence} of a changed act (slot `act`) or of the same act weaker or stronger (slot `modality`). */
export interface ActChangeEvidence {
  /** Always `act`. */
  kind: 'act';
  /** `act` or `modality`. */
  slot: 'act' | 'modality';
  /** The old act. */
  old: ActEvidence;
  /** The new act. */
  new: ActEvidence;
  /** New base strength minus old. */
  delta: number;
}

/** {@link Evidence} of a marker removed (`new` absent), added (`old` absent) or replaced. */
export interface MarkerEvidence {
  /** Always `marker`. */
  kind: 'marker';
  /** The slot the marker fills. */
  slot: CommitmentSlot;
  /** The old marker's words. */
  old?: string;
  /** The new marker's words. */
  new?: string;
  /** Its part of the strength change. */
  delta: number;
}

/** {@link Evidence} of another speaker: the parties (absent) or one named party. */
export interface SpeakerEvidence {
  /** Always `speaker`. */
  kind: 'speaker';
  /** The old named party, absent for the parties. */
  old?: string;
  /** The new named party, absent for the parties. */
  new?: string;
  /** Its part of the strength change. */
  delta: number;
}

/** {@link Evidence} of another addressee. */
export interface AddresseeEvidence {
  /** Always `addressee`. */
  kind: 'addressee';
  /** The old addressee as written. */
  old: string;
  /** The new addressee as written. */
  new: string;
}

/** {@link Evidence} of words replaced, added (`old` absent) or removed (`new` absent) in a reworded commitment. */
export interface WordingEvidence {
  /** Always `wording`. */
  kind: 'wording';
  /** The old words. */
  old?: string;
  /** The new words. */
  new?: string;
}

/** {@link Evidence} that only punctuation changed in a reworded commitment. */
export interface PunctuationEvidence {
  /** Always `punctuation`. */
  kind: 'punctuation';
}

/** {@link Evidence} of the strengths of both sides, with the markers they share. */
export interface StrengthEvidence {
  /** Always `strength`. */
  kind: 'strength';
  /** The old strength. */
  old: number;
  /** The new strength. */
  new: number;
  /** The markers both sides have, which count in both strengths. */
  shared: SharedMarker[];
}

/** A marker both sides of a change have. */
export interface SharedMarker {
  /** The slot it fills. */
  slot: CommitmentSlot;
  /** Its words. */
  text: string;
  /** Its weight. */
  weight: number;
}

/** {@link Evidence} of no change. */
export interface SameEvidence {
  /** Always `same`. */
  kind: 'same';
  /** The words written differently, as pairs (old, new). */
  cosmetic: Array<[string, string]>;
  /** True when the words are the same and only punctuation differs. */
  punctuation: boolean;
  /** Across languages: the same commitment in both versions, in other words (the same act, or one declarative verb for another; strengths within half a level). */
  translated?: true;
}

/** {@link Evidence}, for an added or dropped commitment, of its nearest one in the other round, not clearly the same. */
export interface ClosestEvidence {
  /** Always `closest`. */
  kind: 'closest';
  /** The round the nearest one is in. */
  round: 'old' | 'new';
  /** How alike they are, from 0 to 1. */
  similarity: number;
  /** Its canonical act. */
  act: string;
  /** Its words as written. */
  text: string;
}
