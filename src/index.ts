/**
 * communique-diff: align and diff diplomatic communiqués across rounds in
 * English, Arabic and Russian.
 *
 * @packageDocumentation
 */
export { parseCommunique } from './segment/parse.js';
export { detectLanguage } from './segment/language.js';
export { diffCommuniques } from './diff/communiques.js';
export { diffSeries } from './series/series.js';
export { DEFAULT_ALIASES } from './normalize/aliases.js';
export { normalizeText } from './normalize/text.js';
export { extractCommitments } from './commitments/extract.js';
export { LEXICONS } from './commitments/lexicon/index.js';
export { MARKER_WEIGHTS, STRENGTH_SCALE } from './commitments/scale.js';
export { renderMarkdown } from './report/markdown.js';
export { renderHtml } from './report/html/render.js';
export { toJSON, SCHEMA_VERSION } from './report/json.js';
export { renderSeriesMarkdown } from './report/series/markdown.js';
export { renderSeriesHtml } from './report/series/html.js';
export { seriesToJSON } from './report/series/json.js';

export type {
  AliasGroup,
  Commitment,
  CommitmentChange,
  CommitmentEvent,
  CommitmentHistory,
  CommitmentOptions,
  Communique,
  CommuniqueDiff,
  DiffJSON,
  DiffOptions,
  Language,
  Lexicon,
  LineageEvent,
  Marker,
  MarkerEntry,
  MarkerKind,
  Paragraph,
  ParagraphChange,
  ParagraphChangeKind,
  ParagraphLineage,
  ParagraphMode,
  ParseOptions,
  PredicateEntry,
  ReportOptions,
  Series,
  SeriesJSON,
  SeriesReportOptions,
  SeriesRound,
  TextEdit,
} from './types.js';
