/**
 * Types of parsing: a communiqué's paragraphs and the options of parseCommunique.
 *
 * @module
 */
import type { LanguagePack } from '../languages/types.js';

/**
 * Language of a communiqué: the code of a language pack (`'en'`, `'ar'`,
 * `'ru'`, `'fr'`, `'tr'`, `'fa'` built in), detected or given by the caller. `'und'`
 * (undetermined, as in BCP 47) is used when the text has no letters of any
 * pack's script.
 */
export type Language = 'en' | 'ar' | 'ru' | 'fr' | 'tr' | 'fa' | 'und' | (string & {});

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
  /**
   * Layout inside the paragraph: the running header, page number or page
   * break of a page that ends in mid-paragraph, as offsets into `source`
   * (each is also in {@link Communique.layout}). They stay in `text`, as
   * written, but are compared as a space and never read for commitments.
   */
  layout?: Array<{
    /** Offset of the layout line's first character in `source`. */
    start: number;
    /** Offset just past its last character. */
    end: number;
  }>;
}

/**
 * What a layout block is:
 * - page furniture of a document: `page-number` ("2", "- 2 -", "2/3", "Page 2 of 3",
 *   «الصفحة 2 من 3», «Стр. 2»), `running-header` (a line repeated at every page
 *   break, or a document symbol such as "S/2024/123"), `page-break` (a form feed);
 * - press furniture of a news page copied as text: `headline`, `dateline`
 *   (publication date and time), `byline`, `caption`, `read-also`, `social`
 *   (an embedded post), `share`, `tags`, `footer` ("© 2024 …"), `advertisement`
 *   (the label of an ad slot: "Advertisement", «إعلان», «Реклама»).
 */
export type LayoutKind =
  | 'page-number'
  | 'running-header'
  | 'page-break'
  | 'headline'
  | 'dateline'
  | 'byline'
  | 'caption'
  | 'read-also'
  | 'social'
  | 'share'
  | 'tags'
  | 'footer'
  | 'advertisement';

/**
 * A line of a text that is layout, not the statement: kept in the parse so
 * that nothing is lost, shown dimmed in reports, never aligned as a change
 * and never a source of commitments.
 */
export interface LayoutBlock {
  /** What the line is. */
  kind: LayoutKind;
  /** The line as written: exactly `source.slice(start, end)`. */
  text: string;
  /** Offset of its first character in the communiqué's source. */
  start: number;
  /** Offset just past its last non-blank character. */
  end: number;
  /** The paragraph it interrupts (a page break in mid-paragraph), if any. */
  within?: number;
}

/** A parsed communiqué: its source text, language and paragraphs. */
export interface Communique {
  /** Detected (or given) language of the document. */
  lang: Language;
  /** The text exactly as passed to {@link parseCommunique}. */
  source: string;
  /** Paragraphs in reading order. Empty for an empty or blank text. */
  paragraphs: Paragraph[];
  /**
   * Lines that are layout (page numbers, running headers, press furniture),
   * in reading order; with the paragraphs they hold every non-blank character
   * of `source` (a block inside a paragraph is in its range, and marked in
   * its `layout`). Always set by {@link parseCommunique}; a
   * Communique built by hand may leave it out.
   */
  layout?: LayoutBlock[];
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
  /**
   * Whether to find layout — page numbers, running headers, page breaks and
   * press furniture — and keep it out of the paragraphs. `false` reads every
   * line as text.
   * @default true
   */
  layout?: boolean;
}
