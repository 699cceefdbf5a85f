/**
 * Types of parsing: a communiqué's paragraphs and the options of parseCommunique.
 *
 * @module
 */
import type { LanguagePack } from '../languages/types.js';

/**
 * Language of a communiqué: the code of a language pack (`'en'`, `'ar'`,
 * `'ru'` built in), detected or given by the caller. `'und'`
 * (undetermined, as in BCP 47) is used when the text has no letters of any
 * pack's script.
 */
export type Language = 'en' | 'ar' | 'ru' | 'und' | (string & {});

/** The option that says which language packs read the texts. */
export interface LanguageOptions {
  /**
   * The language packs to read texts with (see `LanguagePack`). Required by
   * the functions of `communique-diff/core`; the main entry uses every
   * built-in pack when it is not given.
   */
  languages?: readonly LanguagePack[];
}

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

/** How {@link parseCommunique} splits a text into paragraphs. */
export type ParagraphMode = 'auto' | 'blank-line' | 'line';

/** Options of {@link parseCommunique}. */
export interface ParseOptions extends LanguageOptions {
  /**
   * Language of the text: the code of one of the packs in use. Given, that
   * pack alone reads the text (paragraphs, comparison keys, commitments);
   * left out, the language is detected from the script of most letters and,
   * among packs of one script, from their stop words, and words in other
   * scripts are read by the pack of their script.
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
