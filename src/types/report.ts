/**
 * Types of the reports and the JSON forms.
 *
 * @module
 */
import type { CommitmentChange } from './commitments.js';
import type { ParagraphChange } from './diff.js';
import type { CommitmentHistory, CommuniqueDiff, ParagraphLineage } from './pipeline.js';
import type { Communique } from './segment.js';

/** The languages of a report's own words (headings, counts, reasons): English, Arabic or Russian. */
export type ReportLocale = 'en' | 'ar' | 'ru';

/** Options of the report renderers ({@link renderMarkdown}, {@link renderHtml}, {@link renderText}, {@link renderDocx}). */
export interface ReportOptions {
  /** The language of the report's own words (headings, counts, reasons); the quoted text stays as written. @default 'en' */
  locale?: ReportLocale;
  /** Leave out paragraphs whose text did not change (moved paragraphs are kept). @default false */
  hideUnchanged?: boolean;
  /** Leave out paragraphs whose only differences are cosmetic (diacritics, digits, aliases …). @default false */
  hideCosmetic?: boolean;
  /** Title of the report. @default 'Communiqué change report' (in the `locale`) */
  title?: string;
  /** Name of the old round, such as "Round 20". @default 'old' (in the `locale`) */
  oldLabel?: string;
  /** Name of the new round, such as "Round 21". @default 'new' (in the `locale`) */
  newLabel?: string;
  /** HTML only: the inline redline, the side-by-side one, or both. @default 'both' */
  view?: 'inline' | 'side-by-side' | 'both';
}

/** The JSON form of a comparison, from {@link toJSON}; its JSON Schema ships as `communique-diff/schema.json`. */
export interface DiffJSON {
  /** Version of this shape; raised on any incompatible change. */
  schemaVersion: 2;
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
  /** As {@link CommuniqueDiff.crossLanguage}: present when the rounds are in two languages. */
  crossLanguage?: true;
  /** As {@link CommuniqueDiff.coverage}. */
  coverage?: CommuniqueDiff['coverage'];
  /** As {@link CommuniqueDiff.redlineOnly}: present when commitments were not compared. */
  redlineOnly?: true;
}

/** Options of the series renderers ({@link renderSeriesMarkdown}, {@link renderSeriesHtml}). */
export interface SeriesReportOptions {
  /** The language of the report's own words (headings, counts, reasons). @default 'en' */
  locale?: ReportLocale;
  /** Title of the report. @default 'Communiqué series report' (in the `locale`) */
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
  schemaVersion: 2;
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
  /** As {@link Series.redlineOnly}: present when commitments were not compared. */
  redlineOnly?: true;
}
