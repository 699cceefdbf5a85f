/**
 * The one registry of report formats (as mdast-util-to-markdown keeps one
 * table of handlers): each format renders a pair and a series. The CLI's
 * `--format` choices, its help and its dispatch come from here; adding a
 * format is one entry.
 */
import type { CommuniqueDiff, Series } from '../types/pipeline.js';
import type { ReportOptions, SeriesReportOptions } from '../types/report.js';
import { renderHtml } from './html/render.js';
import { toJSON } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderSeriesHtml } from './series/html.js';
import { seriesToJSON } from './series/json.js';
import { renderSeriesMarkdown } from './series/markdown.js';
import { deepFreeze } from '../util/freeze.js';
import { expectOptionsObject } from '../util/validate.js';
import { renderDocx } from './docx/render.js';
import { expectSeries } from './expect.js';
import { resolveSeriesOptions, pairOptions } from './series/timeline.js';
import { renderText } from './text.js';
import { MESSAGES } from './locale/index.js';

/**
 * A report format: how it renders a comparison of two rounds and a series.
 * `Output` is `string` for the text formats and `Uint8Array` for Word.
 */
export interface ReportFormat<Output extends string | Uint8Array = string> {
  /** What the format is, for help texts: "Markdown (to read or forward by mail)". */
  description: string;
  /** The usual file name extension, without the dot. */
  extension: string;
  /** Whether the output is bytes (a file to write, not text to print). */
  binary: Output extends string ? false : true;
  /** Render the comparison of two rounds. */
  pair(diff: CommuniqueDiff, options?: ReportOptions): Output;
  /** Render a series. */
  series(series: Series, options?: SeriesReportOptions): Output;
}

/** The report formats by name. */
export interface ReportFormats {
  /** Markdown ({@link renderMarkdown}). */
  md: ReportFormat;
  /** One self-contained HTML page ({@link renderHtml}). */
  html: ReportFormat;
  /** Versioned JSON ({@link toJSON}). */
  json: ReportFormat;
  /** A word diff for a terminal ({@link renderText}); `color` is the CLI's to set. */
  text: ReportFormat;
  /** A Word document with the redline as tracked changes ({@link renderDocx}). */
  docx: ReportFormat<Uint8Array>;
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** A series for a terminal: each pair's report in turn, under a rule (a series of one round: its title and counts); `color` as for {@link renderText}. */
function renderSeriesText(series: Series, options?: SeriesReportOptions & { color?: boolean }): string {
  expectSeries(series);
  expectOptionsObject('options', options);
  const { color, ...rest } = options ?? {};
  const o = resolveSeriesOptions(options === undefined ? undefined : rest);
  if (series.pairs.length === 0) return `${o.title}\n${MESSAGES[o.locale].series.meta(series.rounds.length, series.lineages.length, series.redlineOnly === true ? undefined : series.commitments.length)}\n`;
  return series.pairs.map((pair, i) => renderText(pair, { ...pairOptions(series, i, o), title: `${o.title} (${i + 1}/${series.pairs.length})`, ...(color === undefined ? {} : { color }) })).join(`${'─'.repeat(40)}\n`);
}

/** A series in Word: the newest round, with its changes from the round before tracked (one document holds one set of tracked changes). */
function renderSeriesDocx(series: Series, options?: SeriesReportOptions): Uint8Array {
  expectSeries(series);
  const o = resolveSeriesOptions(options);
  const last = series.pairs.length - 1;
  const pair = series.pairs[last];
  if (!pair) throw new RangeError('`series` must hold at least two rounds for a Word report');
  return renderDocx(pair, pairOptions(series, last, o));
}

/**
 * The report formats by name: `md`, `html`, `json`, `text` and `docx`. JSON
 * ignores the report options (it always holds everything). A series as text
 * is each pair's report in turn, without the timeline; in Word it is the
 * newest pair (one document holds one set of tracked changes), and a series
 * of one round has none (RangeError).
 *
 * @example
 * ```ts
 * import { diffCommuniques, REPORT_FORMATS } from 'communique-diff';
 *
 * const report = REPORT_FORMATS.html.pair(diffCommuniques(round20, round21), { oldLabel: 'Round 20', newLabel: 'Round 21' });
 * ```
 * @category Reports
 */
export const REPORT_FORMATS: Readonly<ReportFormats> = /* @__PURE__ */ deepFreeze({
  md: { description: 'Markdown, to read in a viewer or forward by mail', extension: 'md', binary: false, pair: renderMarkdown, series: renderSeriesMarkdown },
  html: { description: 'one self-contained HTML page, no scripts', extension: 'html', binary: false, pair: renderHtml, series: renderSeriesHtml },
  json: { description: 'versioned JSON, described by the shipped JSON Schema', extension: 'json', binary: false, pair: (diff) => json(toJSON(diff)), series: (series) => json(seriesToJSON(series)) },
  text: { description: 'a coloured word diff for a terminal (the default there)', extension: 'txt', binary: false, pair: renderText, series: renderSeriesText },
  docx: { description: 'a Word document: the new round with the changes tracked', extension: 'docx', binary: true, pair: renderDocx, series: renderSeriesDocx },
});
