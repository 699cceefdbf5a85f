/** The shape of a report interface language: every word a report writes around the quoted text. */
import type { CommitmentChange, Evidence } from '../../types/commitments.js';

/** Counts of changes by kind, for the headline. */
export interface HeadlineCounts {
  /** Commitment changes by kind (`added`, `dropped`, `softened`, `strengthened`, `reworded`). */
  commitments: Readonly<Record<string, number>>;
  /** Paragraph changes by shown kind (`modified`, `moved`, `split`, `merged`, `added`, `dropped`, `cosmetic`, `unchanged`). */
  paragraphs: Readonly<Record<string, number>>;
  /** Paragraphs in the old and the new round. */
  total: { old: number; new: number };
  /**
   * Present for a comparison across languages (`CommuniqueDiff.crossLanguage`):
   * then `paragraphs` counts the items a press report leaves out apart (as
   * `left-out`, not as `dropped` or `added`).
   */
  across?: {
    /** Paragraph changes whose sides do not share all their numbers. */
    numbers: number;
    /** Items of the statement a press report leaves out (0 without a report). */
    leftOut: number;
  };
  /** Present (and true) for a redline only (`CommuniqueDiff.redlineOnly`): commitments were not compared. */
  redlineOnly?: true;
}

/** The words of a report across languages (a statement and its translation, or a press report). */
export interface AcrossMessages {
  /** Names of languages by code, as a line names them ("Arabic", «العربية», «арабский»). */
  languages: Readonly<Record<string, string>>;
  /** The line that says the comparison is across languages: "English → Arabic, compared across languages: no word-level redline". */
  line(oldLanguage: string, newLanguage: string): string;
  /** The line that says one version is a press report of the other; the labels come in as given (placeholders in HTML). */
  report(reportLabel: string, otherLabel: string): string;
  /** Heading of the list of the items a press report leaves out. */
  leftOutHeading: string;
  /** What stands in the report's column for an item it leaves out. */
  notInReport: string;
  /** What stands in a version's column when it has no counterpart of the other's paragraph. */
  absent: string;
  /** The word before the numbers a change's sides do not share ("numbers: 2254 → 2245"). */
  numbers: string;
  /** A side's label with its language ("Round 20 · English"). */
  side(label: string, language: string): string;
  /** The Word report's note before its table of the two versions. */
  tableNote(oldLabel: string, newLabel: string): string;
}


/** The words of a report in one interface language. */
export interface ReportMessages {
  /** BCP 47 code of the language, for `lang`. */
  lang: string;
  /** Direction of the page. */
  dir: 'ltr' | 'rtl';
  /** The arrow from old to new, pointing the way the language reads ("→", «←»). */
  arrow: string;
  /** Default titles of a pair's and a series' report. */
  title: { pair: string; series: string };
  /** Default names of the two sides. */
  side: { old: string; new: string };
  /** Headings and fixed phrases. */
  text: {
    summary: string;
    paragraphs: string;
    commitments: string;
    commitmentChanges: string;
    noCommitmentChange: string;
    /** In place of the commitment changes of a redline only (`commitments: false`). */
    commitmentsNotCompared: string;
    cosmeticHeading: string;
    cosmeticNote: string;
    layoutHeading: string;
    layoutNote: string;
    view: string;
    inline: string;
    sideBySide: string;
    paragraph: string;
    renumbered: string;
    was: string;
    timeline: string;
    paragraphsAcross: string;
    noCommitmentFound: string;
    paragraphsThatChanged: string;
  };
  /** Display names of the paragraph change kinds (agreeing with "paragraph"), and of `left-out`, an item a press report leaves out. */
  kinds: Readonly<Record<string, string>>;
  /** Display names of the commitment change kinds (agreeing with "commitment"). */
  commitmentKinds: Readonly<Record<string, string>>;
  /** The canonical acts in words ("call upon"); an act not listed is shown with its hyphens as spaces. */
  acts: Readonly<Record<string, string>>;
  /** The kinds of layout lines in words, as a list item names them ("page number", «رقم الصفحة»). */
  layoutKinds: Readonly<Record<string, string>>;
  /** Layout lines of one kind counted ("2 page numbers", «أرقام الصفحات: 2»). */
  layoutCount(kind: string, n: number): string;
  /** Paragraph kinds as a count line names them ("Modified 3", «изменено 3»), where a language agrees them with the number. */
  paragraphCounts?: Readonly<Record<string, string>>;
  /** What joins the items of a list ("," in English and Russian, «،» in Arabic), with its space. */
  comma: string;
  /** The slots in words. */
  slots: Readonly<Record<string, string>>;
  /** A signed number as the language's text shows it ("−2"; in Arabic with a left-to-right mark, so the sign stays on its left). */
  signed(n: number): string;
  /** "18 → 19 paragraphs". */
  paragraphCount(oldCount: number, newCount: number): string;
  /** A series report's words. */
  series: {
    /** "5 rounds · 12 paragraph lineages · 30 commitments" (commitments left out, `undefined`, for a redline only). */
    meta(rounds: number, lineages: number, commitments: number | undefined): string;
    /** What the commitments' timeline shows. */
    commitmentsLegend: string;
    /** What the paragraphs' timeline shows. */
    paragraphsLegend: string;
    /** Column heads. */
    act: string;
    about: string;
    paragraph: string;
    /** When no paragraph changed more than cosmetically. */
    noParagraphChanged: string;
  };
  /** A report across languages. */
  across: AcrossMessages;
  /** The Word report's note before its tracked section. */
  trackedNote(oldLabel: string, newLabel: string): string;
  /** The occurrences of a cosmetic difference ("2×"). */
  times(n: number): string;
  /** One reason, in words; quoted text comes in already quoted. */
  reason(e: Evidence, q: (text: string) => string, act: (name: string) => string): string;
  /** The plain-language headline: one or two sentences. `top` is the strongest change, for a gloss. */
  headline(counts: HeadlineCounts, top: CommitmentChange | undefined, act: (name: string) => string, q: (text: string) => string): string;
}
