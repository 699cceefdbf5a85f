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

/** A report format: how it renders a comparison of two rounds and a series. */
export interface ReportFormat {
  /** What the format is, for help texts: "Markdown (to read or forward by mail)". */
  description: string;
  /** The usual file name extension, without the dot. */
  extension: string;
  /** Render the comparison of two rounds. */
  pair(diff: CommuniqueDiff, options?: ReportOptions): string;
  /** Render a series. */
  series(series: Series, options?: SeriesReportOptions): string;
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/**
 * The report formats by name: `md`, `html` and `json`. JSON ignores the
 * report options (it always holds everything).
 *
 * @example
 * ```ts
 * import { diffCommuniques, REPORT_FORMATS } from 'communique-diff';
 *
 * const report = REPORT_FORMATS.html.pair(diffCommuniques(round20, round21), { oldLabel: 'Round 20', newLabel: 'Round 21' });
 * ```
 */
export const REPORT_FORMATS: Readonly<Record<'md' | 'html' | 'json', ReportFormat>> = /* @__PURE__ */ deepFreeze({
  md: { description: 'Markdown, to read in a viewer or forward by mail', extension: 'md', pair: renderMarkdown, series: renderSeriesMarkdown },
  html: { description: 'one self-contained HTML page, no scripts', extension: 'html', pair: renderHtml, series: renderSeriesHtml },
  json: { description: 'versioned JSON, described by the shipped JSON Schema', extension: 'json', pair: (diff) => json(toJSON(diff)), series: (series) => json(seriesToJSON(series)) },
});
