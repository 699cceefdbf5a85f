/**
 * Types of the results of diffCommuniques and diffSeries, and their options.
 *
 * @module
 */
import type { AliasGroup, Lexicon } from '../languages/types.js';
import type { CommitmentChange, Commitment } from './commitments.js';
import type { ParagraphChange, ParagraphChangeKind } from './diff.js';
import type { Communique, Language, LanguageOptions, ParseOptions } from './segment.js';

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
   * order of the new round (dropped ones where they stood) — except, across
   * languages, those of the items a press report leaves out (see `coverage`):
   * an item not reported is not a commitment dropped.
   */
  commitments: CommitmentChange[];
  /**
   * Present (and true) when the two versions are in different languages (a
   * statement and its translation, or a press report in another language):
   * paragraphs were aligned by the concepts, names and numbers they share,
   * commitments compared by act, markers and strength — a faithful
   * translation is `unchanged` —, and no word-level redline was made (each
   * change's `edits` are its old text deleted and its new text inserted;
   * reports show the two side by side). See docs/concepts.md, "Across languages".
   */
  crossLanguage?: true;
  /**
   * Across languages, when one version is a press report of the other (it
   * quotes it through reporting frames such as "the statement said", or has
   * a dateline or byline): which version is the report, and the other's
   * paragraphs it leaves out. Those paragraphs are `dropped` (or `added`)
   * changes of the alignment, but their commitments are not changes: a report
   * that leaves an item out has not dropped a commitment.
   */
  coverage?: Coverage;
  /**
   * Present (and true) when the diff was made with `commitments: false`
   * ({@link DiffOptions.commitments}): a redline only. `commitments` is then
   * `[]` because commitments were not read, not because none changed, and
   * the reports say so.
   */
  redlineOnly?: true;
}

/**
 * Options of {@link diffSeries}: those of {@link diffCommuniques}, with one
 * language for every round (or each round's detected): a pair of rounds in
 * two languages is compared across languages.
 */
export interface SeriesOptions extends Omit<DiffOptions, 'lang'> {
  /** Language of every round, as for {@link ParseOptions.lang}; detected round by round when left out. */
  lang?: Language;
}

/** Across languages, which version is a press report of the other and what it leaves out: see {@link CommuniqueDiff.coverage}. */
export interface Coverage {
  /** The version that is the report. */
  report: 'old' | 'new';
  /** Paragraph indexes of the other version that the report does not cover. */
  leftOut: number[];
}

/** The language of each version, for {@link DiffOptions.lang}: a side left out is detected. */
export interface SideLanguages {
  /** Language of the old version. */
  old?: Language;
  /** Language of the new version. */
  new?: Language;
}

/** Options of {@link diffCommuniques}. */
export interface DiffOptions extends Omit<ParseOptions, 'lang'> {
  /**
   * Language of both texts, as for {@link ParseOptions.lang}, or of each
   * (`{ old: 'en', new: 'fa' }`; diffCommuniques only). Texts in two
   * languages are compared across languages: see {@link CommuniqueDiff.crossLanguage}.
   */
  lang?: Language | SideLanguages;
  /** Entries added to the lexicons of the packs that read the texts (see `LanguagePack.lexicon`). */
  lexicon?: Partial<Lexicon>;
  /**
   * More groups of names that mean the same thing, added to the packs'
   * built-in ones (`LanguagePack.aliases`); the first name of a group is its
   * canonical form.
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
  /**
   * Whether to read and compare the commitments of the two texts. `false`
   * makes a redline only (paragraphs aligned, word edits), for long texts
   * outside the genre — treaties, laws, drafts — where only the redline
   * matters: `commitments` is then `[]`, {@link CommuniqueDiff.redlineOnly}
   * is true and the reports say that commitments were not compared. In a
   * series, every pair is a redline and `Series.commitments` is `[]`.
   * @default true
   */
  commitments?: boolean;
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
  /** Every commitment of every round, in exactly one history; ordered by first round, then position. `[]` with `commitments: false`. */
  commitments: CommitmentHistory[];
  /** Present (and true) when the series was made with `commitments: false`: every pair is a redline only (see {@link CommuniqueDiff.redlineOnly}). */
  redlineOnly?: true;
}

/** Options of {@link normalizeText}. */
export interface NormalizeOptions extends LanguageOptions {
  /** Language of the text, as for {@link ParseOptions.lang}: given, only its pack folds the words; detected when left out. */
  lang?: Language;
  /** More groups of names that mean the same thing, as for {@link DiffOptions.aliases}. */
  aliases?: readonly AliasGroup[];
}

/** Options of {@link roundLabel}. */
export interface RoundLabelOptions extends LanguageOptions {
  /** Language of the text, as for {@link ParseOptions.lang}. */
  lang?: Language;
}
