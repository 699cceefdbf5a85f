/**
 * Public types of communique-diff. Everything here is re-exported from the
 * package entry point.
 *
 * @module
 */

/**
 * Language of a communiqué, detected from its script or given by the caller.
 * `'und'` (undetermined, as in BCP 47) is used when the text has no letters.
 */
export type Language = 'en' | 'ar' | 'ru' | 'und';

/** One paragraph of a {@link Communique}, with offsets into its `source`. */
export interface Paragraph {
  /** Position of the paragraph in its document, from 0. */
  index: number;
  /**
   * The paragraph's numbering as written ("1.", "2)", "(a)", "١-"), when it
   * has one. Kept apart from `text` so that renumbering is not a change of text.
   */
  label?: string;
  /**
   * The paragraph's text as written, without its label: exactly
   * `source.slice(textStart, end)`. Hard-wrapped lines keep their line breaks
   * here; comparison treats any run of whitespace as one space.
   */
  text: string;
  /** Offset of the paragraph's first character (its label, if any) in `source`. */
  start: number;
  /** Offset just past the paragraph's last non-blank character in `source`. */
  end: number;
  /** Offset of the first character of `text` in `source` (after the label). */
  textStart: number;
}

/** A parsed communiqué: its source text, language and paragraphs. */
export interface Communique {
  /** Detected (or given) language of the document. */
  lang: Language;
  /** The text exactly as passed to {@link parseCommunique}. */
  source: string;
  /** Paragraphs in reading order. Empty for an empty or blank text. */
  paragraphs: Paragraph[];
}

/**
 * A group of names that mean the same thing, such as
 * `['Turkey', 'Türkiye', 'Турция', 'تركيا']`. Each name is one word (hyphens
 * allowed: `'Nur-Sultan'`); matching is done after normalization, so case,
 * diacritics and letter variants do not matter.
 */
export type AliasGroup = readonly string[];

/** How {@link parseCommunique} splits a text into paragraphs. */
export type ParagraphMode = 'auto' | 'blank-line' | 'line';

/** Options of {@link parseCommunique}. */
export interface ParseOptions {
  /**
   * Language of the text. Detected from the script (Arabic, Cyrillic or Latin
   * letters) when not given.
   */
  lang?: Language;
  /**
   * How to find paragraphs:
   * - `'line'`: every non-blank line is a paragraph;
   * - `'blank-line'`: paragraphs are separated by blank lines, and the lines
   *   of a block that looks hard-wrapped (as text pasted from a PDF) are joined;
   * - `'auto'`: `'blank-line'` when the text has a blank line between two
   *   non-blank lines, `'line'` otherwise.
   * @default 'auto'
   */
  paragraphs?: ParagraphMode;
  /**
   * Longest text accepted, in UTF-16 code units (about 10 MB of English,
   * 5 MB of Arabic as UTF-8). Longer text gets a RangeError rather than a long
   * wait; pass `Infinity` to lift the limit. The work itself is bounded by
   * design (see the README's "Limits"), so the time grows about linearly with
   * the length.
   * @default 10_000_000
   */
  maxLength?: number;
}

/** One word-level edit. A paragraph's edits, read in order, spell out both versions. */
export interface TextEdit {
  /** Whether this run of text is common to both versions, only in the new one, or only in the old one. */
  op: 'equal' | 'insert' | 'delete';
  /**
   * The text of the run. For `'equal'` runs this is the new version's text;
   * for `'delete'` runs the old version's.
   */
  text: string;
  /**
   * Only on `'equal'` runs whose old text is written differently from the new
   * one in ways that vanish under normalization (diacritics, digits, quotes,
   * aliases such as Turkey/Türkiye): the old version's text.
   */
  oldText?: string;
}

/** The kind of a {@link ParagraphChange}. */
export type ParagraphChangeKind =
  | 'unchanged'
  | 'modified'
  | 'moved'
  | 'split'
  | 'merged'
  | 'added'
  | 'dropped';

/**
 * How one or more (or no) paragraphs of the old version correspond to one or
 * more (or no) paragraphs of the new version.
 */
export interface ParagraphChange {
  /**
   * - `unchanged`: same text (the label may have changed, see `relabeled`);
   * - `modified`: same place, different text;
   * - `moved`: found at another place (possibly also edited: see `edits`);
   * - `split`: one old paragraph became two or three new ones;
   * - `merged`: two or three old paragraphs became one new one;
   * - `added` / `dropped`: only in the new / old version.
   */
  kind: ParagraphChangeKind;
  /**
   * Indexes of the old version's paragraphs, ascending (empty for `added`).
   * Those of a `merged` change are usually consecutive, but may stand apart
   * when a paragraph between them moved away.
   */
  old: number[];
  /** Indexes of the new version's paragraphs, ascending (empty for `dropped`); a `split`'s may stand apart likewise. */
  new: number[];
  /**
   * Similarity of the two sides' normalized, stemmed words, from 0 (nothing in
   * common, and always for `added`/`dropped`) to 1 (the same words).
   */
  similarity: number;
  /**
   * True when the two sides differ as written but all differences vanish under
   * normalization (diacritics, digits, quotes, whitespace, aliases …).
   */
  cosmetic: boolean;
  /** True when a paragraph's numbering changed ("3." → "4."), which is not a change of text. */
  relabeled: boolean;
  /**
   * Word-level edits in reading order. Joining the `'equal'` (`oldText` if
   * present) and `'delete'` texts gives the old side; joining the `'equal'` and
   * `'insert'` texts gives the new side. A side with several paragraphs is
   * their texts joined by a line break (`'\n'`).
   */
  edits: TextEdit[];
}

/**
 * What a marker does to the strength of a commitment:
 * - `booster`: "strong", "unwavering", "in the strongest terms", الراسخ, твёрдую;
 * - `hedge`: "as appropriate", "consider", "where possible", حسب الاقتضاء, по возможности;
 * - `modal`: "must" (up), "should" (level), "may" (down);
 * - `negation`: "not", لم, не — just before the act;
 * - `scope`: "all", جميع, все;
 * - `time`: "immediately", "without delay", فوراً, немедленно.
 */
export type MarkerKind = 'booster' | 'hedge' | 'modal' | 'negation' | 'scope' | 'time';

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
}

/** A predicate (act) of a lexicon. */
export interface PredicateEntry {
  /** Canonical act this pattern signals, such as `'condemn'`. */
  predicate: string;
  /**
   * Words to match, after normalization (case, diacritics, letter variants):
   * `'called upon'`. Alternatives with `|` (`'urge|urged|urges'`), a prefix
   * with a final `*` (`'condemn*'`), and `~N` to allow up to N other words
   * between two words (`'expressed ~3 concern*'`).
   */
  pattern: string;
  /**
   * A noun (`'commitment'`, إدانة): it starts a commitment only where no act
   * has started one earlier in the sentence, so "reaffirmed their commitment"
   * is one commitment, not two.
   * @default false
   */
  nominal?: boolean;
  /** Strength of the act; defaults to {@link STRENGTH_SCALE}`[predicate]`. */
  strength?: number;
}

/** A marker of a lexicon. */
export interface MarkerEntry {
  /** What the marker does. */
  kind: MarkerKind;
  /** Words to match, in the syntax of {@link PredicateEntry.pattern}. */
  pattern: string;
  /** Strength added (negative: taken away); defaults to {@link MARKER_WEIGHTS}`[kind]`. */
  weight?: number;
}

/** The words communique-diff knows in one language. */
export interface Lexicon {
  /** Acts the parties perform. */
  predicates: PredicateEntry[];
  /** Words that move the strength of an act. */
  markers: MarkerEntry[];
  /**
   * A journalist's reporting words ("the statement reads", وأردف البيان,
   * говорится в заявлении), in the pattern syntax: attribution, never a commitment.
   */
  attribution: string[];
}

/** Options of {@link extractCommitments}. */
export interface CommitmentOptions {
  /**
   * Use only the lexicon of this language. By default all three are used:
   * their scripts do not overlap, so a text that quotes another language is
   * read whole.
   */
  lang?: Language;
  /** Entries added to the built-in lexicon of the language (see {@link LEXICONS}). */
  lexicon?: Partial<Lexicon>;
}

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
  /** New strength minus old strength (an absent side counts as 0). */
  delta: number;
  /**
   * The evidence, in words: `'booster "strong and unwavering" removed (−1)'`,
   * `'predicate "condemned" (condemn, 5) → "expressed concern" (express-concern, 3)'`.
   * Never empty.
   */
  reasons: string[];
}

/** The result of {@link diffCommuniques}. */
export interface CommuniqueDiff {
  /** The old version, parsed. */
  old: Communique;
  /** The new version, parsed. */
  new: Communique;
  /**
   * Paragraph alignment in reading order: the new version's order, with
   * dropped paragraphs where they stood in the old one. Every paragraph of
   * both versions appears in exactly one change.
   */
  alignment: ParagraphChange[];
  /**
   * Every commitment of both rounds, each in exactly one change, in reading
   * order of the new round (dropped ones where they stood).
   */
  commitments: CommitmentChange[];
}

/** Options of {@link diffCommuniques}. */
export interface DiffOptions extends ParseOptions {
  /** Entries added to the built-in commitment lexicon of the language (see {@link LEXICONS}). */
  lexicon?: Partial<Lexicon>;
  /**
   * More groups of names that mean the same thing, added to
   * {@link DEFAULT_ALIASES}.
   */
  aliases?: readonly AliasGroup[];
  /**
   * Least similarity (0..1) for two paragraphs at the same place to count as
   * one paragraph `modified` rather than one `dropped` and one `added`. In a
   * series, also the least similarity for a paragraph that comes back in its
   * old place to rejoin its lineage.
   * @default 0.35
   */
  minSimilarity?: number;
  /**
   * Least similarity (0..1) for a paragraph found at another place to count
   * as `moved` rather than `dropped` there and `added` here; in a series, for
   * a paragraph that comes back elsewhere to rejoin its lineage. Never lower
   * than `minSimilarity`.
   * @default 0.5
   */
  moveSimilarity?: number;
}

/** Options of the report renderers ({@link renderMarkdown}, {@link renderHtml}). */
export interface ReportOptions {
  /** Leave out paragraphs whose text did not change (moved paragraphs are kept). @default false */
  hideUnchanged?: boolean;
  /** Leave out paragraphs whose only differences are cosmetic (diacritics, digits, aliases …). @default false */
  hideCosmetic?: boolean;
  /** Title of the report. @default 'Communiqué change report' */
  title?: string;
  /** Name of the old round, such as "Round 20". @default 'old' */
  oldLabel?: string;
  /** Name of the new round, such as "Round 21". @default 'new' */
  newLabel?: string;
  /** HTML only: the inline redline, the side-by-side one, or both. @default 'both' */
  view?: 'inline' | 'side-by-side' | 'both';
}

/** The JSON form of a comparison, from {@link toJSON}; its JSON Schema ships as `communique-diff/schema.json`. */
export interface DiffJSON {
  /** Version of this shape; raised on any incompatible change. */
  schemaVersion: 1;
  /** Always `'communique-diff'`. */
  generator: 'communique-diff';
  /** The old round. */
  old: Communique;
  /** The new round. */
  new: Communique;
  /** Counts by kind, and whether anything more than cosmetic changed. */
  summary: {
    /** True when a paragraph changed more than cosmetically, or a commitment changed at all. */
    substantive: boolean;
    /** Paragraph changes by kind (`cosmetic` counted apart from `modified`). */
    paragraphs: Record<string, number>;
    /** Commitment changes by kind. */
    commitments: Record<string, number>;
  };
  /** As {@link CommuniqueDiff.alignment}. */
  alignment: ParagraphChange[];
  /** As {@link CommuniqueDiff.commitments}. */
  commitments: CommitmentChange[];
}

/**
 * One round given to {@link diffSeries}: its text, its parsed form, or either
 * with a label for reports ("Round 20"). Without a label, one is taken from
 * the text ("20th round") or made from the round's position.
 */
export type SeriesRound =
  | string
  | Communique
  | {
      /** The round's name in reports, such as "Round 20". */
      label: string;
      /** The round's text, or its parsed form. */
      text: string | Communique;
    };

/** Something that happened to a paragraph lineage between two rounds. */
export interface LineageEvent {
  /** The round where the change is seen (the later round of the pair): `pairs[round - 1]` holds it. */
  round: number;
  /** The kind of the paragraph change. */
  kind: Exclude<ParagraphChangeKind, 'unchanged'>;
  /** As {@link ParagraphChange.cosmetic}: the words differ only in ways that vanish under normalization (a split or merge may keep every word). */
  cosmetic: boolean;
  /** Index of the change in `pairs[round - 1].alignment`. */
  change: number;
}

/**
 * A paragraph followed through the rounds: through moves, splits and merges,
 * and across rounds where it was absent when it comes back (dropped, then
 * added again with the same words).
 */
export interface ParagraphLineage {
  /** For each round, the indexes of the lineage's paragraphs in it (empty where absent; two or more after a split). */
  paragraphs: number[][];
  /** First round where the lineage is seen. */
  first: number;
  /** Last round where the lineage is seen. */
  last: number;
  /** Changes in round order (unchanged rounds have none). */
  events: LineageEvent[];
}

/** Something that happened to a commitment between two rounds. */
export interface CommitmentEvent {
  /** The round where the change is seen (the later round of the pair): `pairs[round - 1]` holds it. */
  round: number;
  /** The kind of the commitment change. */
  kind: Exclude<CommitmentChange['kind'], 'unchanged'>;
  /** Index of the change in `pairs[round - 1].commitments`: its `reasons` are the evidence. */
  change: number;
}

/**
 * One commitment followed through the rounds. A commitment that disappears and
 * later comes back about the same thing stays one history: `dropped`, then
 * `added` again, with `null` in the rounds between.
 */
export interface CommitmentHistory {
  /** The canonical act when last seen (`'condemn'`, `'reaffirm'` …). */
  predicate: string;
  /** What the commitment is about, when last seen. */
  topic: string;
  /** Strength in each round, `null` where absent. */
  strengths: Array<number | null>;
  /** The commitment's words in each round, `null` where absent. */
  texts: Array<string | null>;
  /** The commitment in each round, `null` where absent. */
  commitments: Array<Commitment | null>;
  /** First round where the commitment is seen. */
  first: number;
  /** Last round where the commitment is seen. */
  last: number;
  /** Changes in round order: added, dropped, softened, strengthened, reworded. */
  events: CommitmentEvent[];
  /** Indexes into {@link Series.lineages} of the paragraphs that held the commitment, in order of first appearance. */
  lineages: number[];
}

/** The result of {@link diffSeries}. */
export interface Series {
  /** A label for each round: given, taken from the text ("20th round"), or "Round N". */
  labels: string[];
  /** Each round, parsed. */
  rounds: Communique[];
  /** The comparison of each round with the next: `pairs[i]` compares `rounds[i]` and `rounds[i + 1]`. */
  pairs: CommuniqueDiff[];
  /** Every paragraph of every round, in exactly one lineage; ordered by first round, then position. */
  lineages: ParagraphLineage[];
  /** Every commitment of every round, in exactly one history; ordered by first round, then position. */
  commitments: CommitmentHistory[];
}

/** Options of the series renderers ({@link renderSeriesMarkdown}, {@link renderSeriesHtml}). */
export interface SeriesReportOptions {
  /** Title of the report. @default 'Communiqué series report' */
  title?: string;
  /** Leave out unchanged paragraphs from each pair's redline. @default true */
  hideUnchanged?: boolean;
  /** Leave out cosmetic-only paragraphs from each pair's redline. @default false */
  hideCosmetic?: boolean;
  /** Leave out commitments that never changed from the timeline. @default false */
  hideSteady?: boolean;
  /** HTML only: the inline redline, the side-by-side one, or both. @default 'both' */
  view?: 'inline' | 'side-by-side' | 'both';
}

/** The JSON form of a series, from {@link seriesToJSON}. */
export interface SeriesJSON {
  /** Version of this shape; raised on any incompatible change. */
  schemaVersion: 1;
  /** Always `'communique-diff'`. */
  generator: 'communique-diff';
  /** As {@link Series.labels}. */
  labels: string[];
  /** As {@link Series.rounds}. */
  rounds: Communique[];
  /** Each pair in its {@link toJSON} form. */
  pairs: DiffJSON[];
  /** As {@link Series.lineages}. */
  lineages: ParagraphLineage[];
  /** As {@link Series.commitments}. */
  commitments: CommitmentHistory[];
}
