/**
 * communique-diff: align and diff diplomatic communiqués across rounds in
 * English, Arabic and Russian.
 *
 * @packageDocumentation
 */
export { parseCommunique } from './segment/parse.js';
export { detectLanguage } from './segment/language.js';
export { diffCommuniques } from './diff/communiques.js';
export { DEFAULT_ALIASES } from './normalize/aliases.js';
export { normalizeText } from './normalize/text.js';
export { extractCommitments } from './commitments/extract.js';
export { LEXICONS } from './commitments/lexicon/index.js';
export { MARKER_WEIGHTS, STRENGTH_SCALE } from './commitments/scale.js';
export { renderMarkdown } from './report/markdown.js';
export { renderHtml } from './report/html/render.js';
export { toJSON, SCHEMA_VERSION } from './report/json.js';

export type {
  AliasGroup,
  Commitment,
  CommitmentChange,
  CommitmentOptions,
  Communique,
  CommuniqueDiff,
  DiffJSON,
  DiffOptions,
  Language,
  Lexicon,
  Marker,
  MarkerEntry,
  MarkerKind,
  Paragraph,
  ParagraphChange,
  ParagraphChangeKind,
  ParagraphMode,
  ParseOptions,
  PredicateEntry,
  ReportOptions,
  TextEdit,
} from './types.js';
