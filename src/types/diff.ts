/**
 * Types of the paragraph alignment and word-level edits.
 *
 * @module
 */

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
   * - `unchanged`: same text, or the same text wrapped or spaced otherwise (the label may have changed, see `relabeled`);
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
  /**
   * Across languages (see `CommuniqueDiff.crossLanguage`), the numbers of
   * the two sides that the other does not have (dates, resolution numbers,
   * counts), as written: "2254" against "۲۲۴۵". The same value in other
   * digits is the same number. Against a press report (see `CommuniqueDiff.coverage`),
   * only numbers given otherwise: a report leaves out dates and figures as it
   * leaves out items. Absent within one language, where the edits show them.
   */
  numbers?: NumbersApart;
}

/** Numbers of two aligned paragraphs in two languages that the other lacks, as written: see {@link ParagraphChange.numbers}. */
export interface NumbersApart {
  /** Numbers of the old side that the new one lacks. */
  old: string[];
  /** Numbers of the new side that the old one lacks. */
  new: string[];
}
