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

export type {
  AliasGroup,
  CommitmentChange,
  Communique,
  CommuniqueDiff,
  DiffOptions,
  Language,
  Paragraph,
  ParagraphChange,
  ParagraphChangeKind,
  ParagraphMode,
  ParseOptions,
  TextEdit,
} from './types.js';
