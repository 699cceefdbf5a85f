/**
 * The functions of `communique-diff/core`: the pipeline with the language
 * packs of `options.languages`. The main entry calls them with every
 * built-in pack.
 */
import { paragraphCommitments } from '../commitments/extract.js';
import { headingsOf } from '../commitments/headings.js';
import type { LanguagePack } from '../languages/types.js';
import { keyTokens } from '../normalize/keys.js';
import { detectWith } from '../segment/language.js';
import { labelFromText } from '../series/labels.js';
import { tokenize } from '../tokenize/tokens.js';
import type { Commitment, CommitmentOptions } from '../types/commitments.js';
import type { CommuniqueDiff, DiffOptions, NormalizeOptions, RoundLabelOptions, Series, SeriesOptions, SeriesRound } from '../types/pipeline.js';
import type { Communique, LanguageOptions, ParseOptions } from '../types/segment.js';
import { describe, expectString } from '../util/validate.js';
import { contextFor, OPTION_NAMES } from './context.js';
import { diffInContext } from './diff.js';
import { seriesOf } from './series.js';

/** Options of a function of `communique-diff/core`: `languages` is required there. */
export type WithLanguages<T> = T & {
  /** The language packs to read texts with, such as `[en, ar]` from `communique-diff/languages/en` and `…/ar`. */
  languages: readonly LanguagePack[];
};

/**
 * Parse a communiqué into paragraphs and detect its language among the packs
 * of `options.languages`. See the main entry's `parseCommunique`.
 *
 * @param text - The communiqué.
 * @param options - The packs, language and paragraph mode; see {@link ParseOptions}.
 * @returns The parsed communiqué.
 * @throws TypeError when `text` is not a string, an option has the wrong type or is unknown.
 * @throws RangeError when an option has a value that is not allowed, or the text is longer than `options.maxLength`.
 * @category Read documents
 */
export function parseCommunique(text: string, options: WithLanguages<ParseOptions>): Communique {
  return contextFor(options, OPTION_NAMES.parse).communique('text', expectText(text));
}

const expectText = (text: unknown): string => {
  expectString('text', text);
  return text;
};

/**
 * The language of a text among the packs of `options.languages`: the pack of
 * the script most of its letters are in and, among packs of one script, the
 * one whose stop words the text uses most; `'und'` for a text without such
 * letters. See the main entry's `detectLanguage`.
 *
 * @param text - Any text.
 * @param options - The packs; see {@link LanguageOptions}.
 * @returns A pack's code, or `'und'`.
 * @category Read documents
 */
export function detectLanguage(text: string, options: WithLanguages<LanguageOptions>): string {
  expectString('text', text);
  return detectWith(text, contextFor(options, OPTION_NAMES.detect).packs);
}

/**
 * Compare two versions of a communiqué (or a text and its version in another
 * language) with the packs of `options.languages`. See the main entry's `diffCommuniques`.
 *
 * @param oldText - The earlier round, as text or parsed.
 * @param newText - The later round, as text or parsed.
 * @param options - The packs, language, paragraph mode, aliases and thresholds; see {@link DiffOptions}.
 * @returns The alignment with word edits, and the commitment changes.
 * @throws TypeError when an argument or option has the wrong type, or an option is unknown.
 * @throws RangeError when an option is out of range.
 * @category Compare
 */
export function diffCommuniques(oldText: string | Communique, newText: string | Communique, options: WithLanguages<DiffOptions>): CommuniqueDiff {
  return diffInContext(oldText, newText, options, contextFor(options, OPTION_NAMES.diff, true), new Map());
}

/**
 * Compare a whole series of rounds with the packs of `options.languages`. See
 * the main entry's `diffSeries`.
 *
 * @param rounds - The rounds in order: texts, parsed communiqués, or `{ label, text }`.
 * @param options - As for {@link diffCommuniques}; used for every pair.
 * @returns Labels, parsed rounds, the pairwise comparisons, paragraph lineages and commitment histories.
 * @throws TypeError when `rounds` is not an array, a round is neither text nor a Communique, or an option has the wrong type or is unknown.
 * @throws RangeError when `rounds` is empty or an option is out of range.
 * @category Compare
 */
export function diffSeries(rounds: readonly SeriesRound[], options: WithLanguages<SeriesOptions>): Series {
  return seriesOf(rounds, options);
}

/**
 * The commitments of a communiqué, read with the packs of `options.languages`.
 * See the main entry's `extractCommitments`.
 *
 * @param doc - A communiqué from {@link parseCommunique}.
 * @param options - The packs, language and lexicon additions; see {@link CommitmentOptions}.
 * @returns The commitments in reading order, with offsets into `doc.source`.
 * @throws TypeError when `doc` is not a Communique, or an option has the wrong type or is unknown.
 * @throws RangeError when an option is out of range or a lexicon pattern has no words.
 * @category Commitments
 */
export function extractCommitments(doc: Communique, options: WithLanguages<CommitmentOptions>): Commitment[] {
  if (doc === null || typeof doc !== 'object') throw new TypeError(`\`doc\` must be a Communique from parseCommunique, received ${describe(doc)}`);
  const ctx = contextFor(options, OPTION_NAMES.commitments);
  const parsed = ctx.communique('doc', doc);
  const lexicon = ctx.lexicon(parsed);
  const headings = headingsOf(parsed);
  return parsed.paragraphs.flatMap((p) => paragraphCommitments(p, lexicon, headings[p.index] === true));
}

/**
 * The form in which a text is compared, read with the packs of
 * `options.languages`. See the main entry's `normalizeText`.
 *
 * @param text - Any text.
 * @param options - The packs, language and alias groups; see {@link NormalizeOptions}.
 * @returns The normalized form.
 * @category Compare
 */
export function normalizeText(text: string, options: WithLanguages<NormalizeOptions>): string {
  expectString('text', text);
  if (Array.isArray(options)) throw new TypeError('`options` must be an object such as `{ aliases: [...] }`, received an array (normalizeText(text, aliases) became normalizeText(text, { aliases }))');
  const ctx = contextFor(options, OPTION_NAMES.normalize);
  // Words, not the keys of names (a name is compared by a key that its transliterations share; shown, it would read as code).
  const keyed = keyTokens(tokenize(text), ctx.keying({ lang: ctx.lang ?? detectWith(text, ctx.packs), source: text, paragraphs: [] }), false);
  return keyed.keys.join('').replace(/ {2,}/g, ' ').trim();
}

/**
 * The round a text says it is ("20th round"), read with the packs of
 * `options.languages`, or undefined when its head names none. See the main
 * entry's `roundLabel`.
 *
 * @param text - A round's text.
 * @param options - The packs and language; see {@link RoundLabelOptions}.
 * @returns A label such as "20th round", or undefined.
 * @category Read documents
 */
export function roundLabel(text: string, options: WithLanguages<RoundLabelOptions>): string | undefined {
  expectString('text', text);
  const ctx = contextFor(options, OPTION_NAMES.label);
  return labelFromText(text, ctx.reading({ lang: ctx.lang ?? detectWith(text, ctx.packs), source: text, paragraphs: [] }));
}

