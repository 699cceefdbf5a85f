/**
 * `communique-diff/core`: every function of communique-diff without a
 * language pack, so that a bundle carries only the packs it uses. The
 * functions that read text take the packs in `options.languages`:
 *
 * ```ts
 * import { diffCommuniques, renderHtml } from 'communique-diff/core';
 * import { ar } from 'communique-diff/languages/ar';
 *
 * const html = renderHtml(diffCommuniques(round20, round21, { languages: [ar] }));
 * ```
 *
 * @packageDocumentation
 * @module communique-diff/core
 */
export { detectLanguage, diffCommuniques, diffSeries, extractCommitments, normalizeText, parseCommunique, roundLabel } from './pipeline/api.js';
export type { WithLanguages } from './pipeline/api.js';
export { MARKER_WEIGHTS, STRENGTH_SCALE } from './commitments/scale.js';
export { REPORT_FORMATS } from './report/formats.js';
export type { ReportFormat, ReportFormats } from './report/formats.js';
export { renderMarkdown } from './report/markdown.js';
export { renderHtml } from './report/html/render.js';
export { renderText } from './report/text.js';
export type { TextReportOptions } from './report/text.js';
export { renderDocx } from './report/docx/render.js';
export { headline } from './report/headline.js';
export { REPORT_LOCALES } from './report/options.js';
export { toJSON, SCHEMA_VERSION } from './report/json.js';
export { renderSeriesMarkdown } from './report/series/markdown.js';
export { renderSeriesHtml } from './report/series/html.js';
export { seriesToJSON } from './report/series/json.js';
export { hasSubstantiveChange } from './report/summary.js';

export type * from './public-types.js';
