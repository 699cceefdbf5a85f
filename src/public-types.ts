/**
 * The public types, exported by both the main entry and the core.
 *
 * @module
 */
export type { AliasGroup, FurnitureKind, LanguageDetection, LanguagePack, LayoutPatterns, Lexicon, MarkerEntry, MarkerKind, PredicateEntry, RoundPatterns } from './languages/types.js';
export type {
  ActChangeEvidence,
  ActEvidence,
  AddresseeEvidence,
  ClosestEvidence,
  Commitment,
  CommitmentChange,
  CommitmentOptions,
  CommitmentSlot,
  Evidence,
  Marker,
  MarkerEvidence,
  OnlyEvidence,
  PunctuationEvidence,
  SameEvidence,
  SharedMarker,
  SpeakerEvidence,
  StrengthEvidence,
  WordingEvidence,
} from './types/commitments.js';
export type { NumbersApart, ParagraphChange, ParagraphChangeKind, TextEdit } from './types/diff.js';
export type {
  CommitmentEvent,
  CommitmentHistory,
  CommuniqueDiff,
  Coverage,
  DiffOptions,
  LineageEvent,
  NormalizeOptions,
  ParagraphLineage,
  RoundLabelOptions,
  Series,
  SeriesOptions,
  SeriesRound,
  SideLanguages,
} from './types/pipeline.js';
export type { DiffJSON, ReportLocale, ReportOptions, SeriesJSON, SeriesReportOptions } from './types/report.js';
export type { Communique, Language, LanguageOptions, LayoutBlock, LayoutKind, Paragraph, ParagraphMode, ParseOptions } from './types/segment.js';
