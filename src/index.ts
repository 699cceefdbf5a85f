/**
 * communique-diff: align and diff diplomatic communiqués across rounds in
 * English, Arabic, Russian, French, Turkish and Persian, and one round in two
 * of them. This entry reads texts with every built-in
 * language pack; `communique-diff/core` and `communique-diff/languages/<code>`
 * let a bundle carry only the packs it uses.
 *
 * @packageDocumentation
 * @module communique-diff
 */
import * as core from './pipeline/api.js';
import { LANGUAGE_PACKS } from './languages/registry.js';
import type { Lexicon } from './languages/types.js';
import { aliasGroupsOf } from './normalize/aliases.js';
import type { Commitment, CommitmentOptions } from './types/commitments.js';
import type { CommuniqueDiff, DiffOptions, NormalizeOptions, RoundLabelOptions, Series, SeriesOptions, SeriesRound } from './types/pipeline.js';
import type { Communique, Language, LanguageOptions, ParseOptions } from './types/segment.js';
import { deepFreeze } from './util/freeze.js';

export { LANGUAGE_PACKS };
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

/**
 * The built-in lexicons of acts, markers and attribution, one per language
 * (the `lexicon` of each built-in pack). Read them to see what is recognized;
 * extend them with the `lexicon` option. Frozen.
 * @category Commitments
 */
export const LEXICONS: Readonly<Record<'en' | 'ar' | 'ru' | 'fr' | 'tr' | 'fa', Lexicon>> = /* @__PURE__ */ deepFreeze(
  Object.fromEntries(LANGUAGE_PACKS.map((p) => [p.code, p.lexicon])) as Record<'en' | 'ar' | 'ru' | 'fr' | 'tr' | 'fa', Lexicon>,
);

/**
 * The built-in alias groups: spellings of one name in the built-in packs'
 * languages (renamed states and cities, transliterations), merged from the
 * packs' `aliases`; the first name of each group is its canonical form.
 * Extend them with the `aliases` option. Frozen.
 * @category Language packs
 */
export const DEFAULT_ALIASES: readonly (readonly string[])[] = /* @__PURE__ */ deepFreeze(aliasGroupsOf(LANGUAGE_PACKS).map((g) => g.names));

/** The options with the built-in packs, unless the caller gave packs (or gave something that is not an options object, which core reports). */
function withPacks<T extends LanguageOptions>(options: T | undefined): core.WithLanguages<T> {
  if (options === undefined) return { languages: LANGUAGE_PACKS } as core.WithLanguages<T>;
  if (options === null || typeof options !== 'object' || Array.isArray(options) || options.languages !== undefined) return options as core.WithLanguages<T>;
  return { ...options, languages: LANGUAGE_PACKS };
}

/**
 * Parse a communiqué into paragraphs and detect its language.
 *
 * The text is kept as it is (`source`); paragraphs are ranges of it. Line
 * endings, a byte-order mark, bidi and zero-width marks and trailing spaces
 * do not change the paragraphs found.
 *
 * @param text - The communiqué, in English, Arabic or Russian (or the language of a pack in `options.languages`).
 * @param options - Language and paragraph mode; see {@link ParseOptions}.
 * @returns The parsed communiqué.
 * @throws TypeError when `text` is not a string, an option has the wrong type or is unknown.
 * @throws RangeError when an option has a value that is not allowed, or the text is longer than `options.maxLength`.
 *
 * @example
 * ```ts
 * import { parseCommunique } from 'communique-diff';
 *
 * const doc = parseCommunique('1. Reaffirmed their commitment.\n2. Agreed to meet again.');
 * doc.lang;                  // 'en'
 * doc.paragraphs[1]?.label;  // '2.'
 * doc.paragraphs[1]?.text;   // 'Agreed to meet again.'
 * ```
 * @category Read documents
 */
export function parseCommunique(text: string, options?: ParseOptions): Communique {
  return core.parseCommunique(text, withPacks(options));
}

/**
 * The language of a text: the pack whose script has most of its letters
 * (Cyrillic → `'ru'` with the built-in packs; among packs of one script —
 * English, French and Turkish in Latin, Arabic and Persian in Arabic script —
 * the one whose stop words and own letters the text uses most), `'und'` for a text without letters. Arabic press reports
 * quote Latin names and numbers, and English texts quote Arabic names, so the
 * majority decides, not the first letter.
 *
 * @param text - Any text.
 * @param options - Other packs to choose among; see {@link LanguageOptions}.
 * @returns A pack's code, or `'und'` when the text has no letters of any pack's script.
 *
 * @example
 * ```ts
 * detectLanguage('أكدت الأطراف التزامها بقرار مجلس الأمن 2254'); // 'ar'
 * detectLanguage('Подтвердили приверженность'); // 'ru'
 * detectLanguage('Les parties ont réaffirmé leur attachement à la souveraineté de la Syrie'); // 'fr'
 * detectLanguage('کشورهای ضامن بر تعهد خود به حاکمیت سوریه تأکید کردند'); // 'fa'
 * detectLanguage('2254'); // 'und'
 * ```
 * @category Read documents
 */
export function detectLanguage(text: string, options?: LanguageOptions): Language {
  return core.detectLanguage(text, withPacks(options));
}

/**
 * Compare two versions of a communiqué: align their paragraphs (also when
 * moved, split or merged), diff each aligned pair word by word, and say which
 * commitments were added, dropped, softened, strengthened or reworded, with
 * the words that show it. Two versions in two languages (detected, or given
 * per side: `lang: { old: 'en', new: 'fa' }`) are compared across languages:
 * paragraphs aligned by the concepts, names and numbers they share, no word
 * diff, commitments compared by act and strength (see
 * {@link CommuniqueDiff.crossLanguage}).
 *
 * @param oldText - The earlier round, as text or as parsed by {@link parseCommunique}.
 * @param newText - The later round, as text or parsed.
 * @param options - Language, paragraph mode, aliases and thresholds; see {@link DiffOptions}.
 * @returns The alignment, in reading order, with word edits for each paragraph, and the commitment changes.
 * @throws TypeError when an argument or option has the wrong type, or an option is unknown.
 * @throws RangeError when an option is out of range.
 *
 * @example
 * ```ts
 * import { diffCommuniques } from 'communique-diff';
 *
 * const diff = diffCommuniques(
 *   '1. Reaffirmed their strong commitment to the sovereignty of Syria.\n2. Agreed to meet in Astana.',
 *   '1. Agreed to meet in Astana.\n2. Reaffirmed their commitment to the sovereignty of Syria.',
 * );
 * diff.alignment.map((c) => c.kind); // ['unchanged', 'moved']
 * ```
 * @category Compare
 */
export function diffCommuniques(oldText: string | Communique, newText: string | Communique, options?: DiffOptions): CommuniqueDiff {
  return core.diffCommuniques(oldText, newText, withPacks(options));
}

/**
 * Compare a whole series of rounds: each round with the next (as
 * {@link diffCommuniques}), every paragraph followed through all rounds (its
 * lineage, through moves, splits and merges), and every commitment's strength
 * in each round with the rounds where it was added, dropped, softened,
 * strengthened or reworded. A paragraph or commitment that disappears and
 * later comes back is recognised as the same one: dropped, then added again,
 * in one lineage or history.
 *
 * @param rounds - The rounds in order: texts, parsed communiqués, or `{ label, text }`. Without a label, one is taken from the text ("20th round", see {@link roundLabel}) or made from the position ("Round 3").
 * @param options - As for {@link diffCommuniques}; used for every pair.
 * @returns Labels, parsed rounds, the pairwise comparisons, paragraph lineages and commitment histories.
 * @throws TypeError when `rounds` is not an array, a round is neither text nor a Communique, or an option has the wrong type or is unknown.
 * @throws RangeError when `rounds` is empty or an option is out of range.
 *
 * @example
 * ```ts
 * import { diffSeries } from 'communique-diff';
 *
 * const series = diffSeries([round18, round19, { label: 'Round 20', text: round20 }]);
 * for (const h of series.commitments) {
 *   console.log(h.predicate, h.strengths, h.events.map((e) => `${series.labels[e.round]}: ${e.kind}`));
 * }
 * ```
 * @category Compare
 */
export function diffSeries(rounds: readonly SeriesRound[], options?: SeriesOptions): Series {
  return core.diffSeries(rounds, withPacks(options));
}

/**
 * Find the commitments of a communiqué: each act the parties perform
 * (reaffirm, condemn, call upon, welcome …) with what it is about, the
 * markers that move its strength, and its strength on {@link STRENGTH_SCALE}.
 *
 * A journalist's reporting words ("the statement reads", وأردف البيان) are
 * attribution, not commitments: the quoted content carries the commitment.
 *
 * @param doc - A communiqué from {@link parseCommunique}.
 * @param options - Language of the lexicon and lexicon additions; see {@link CommitmentOptions}.
 * @returns The commitments in reading order, with offsets into `doc.source`.
 * @throws TypeError when `doc` is not a Communique, or an option has the wrong type or is unknown.
 * @throws RangeError when an option is out of range or a lexicon pattern has no words.
 *
 * @example
 * ```ts
 * import { extractCommitments, parseCommunique } from 'communique-diff';
 *
 * const doc = parseCommunique('Condemned in the strongest terms the attacks and demanded that they be stopped immediately.');
 * extractCommitments(doc).map((c) => [c.predicate, c.strength]);
 * // [['condemn', 6], ['demand', 5.5]]
 * ```
 * @category Commitments
 */
export function extractCommitments(doc: Communique, options?: CommitmentOptions): Commitment[] {
  return core.extractCommitments(doc, withPacks(options));
}

/**
 * The form in which communique-diff compares text: Unicode NFKC, lower case,
 * one space for any whitespace, one form of each quote and dash, ASCII digits,
 * no Arabic diacritics or tatweel, folded alef/hamza, alef maqsura and ta
 * marbuta, ё as е, and aliases replaced by their group's canonical key
 * (shown as `⟨name⟩`). Two paragraphs whose normalized forms are equal differ
 * only cosmetically.
 *
 * This is for inspection and debugging; the library never displays it.
 *
 * @param text - Any text.
 * @param options - Language and alias groups to use in addition to {@link DEFAULT_ALIASES}; see {@link NormalizeOptions}.
 * @returns The normalized form.
 * @throws TypeError when `text` is not a string or an option has the wrong type or is unknown.
 *
 * @example
 * ```ts
 * normalizeText('«إدلب» ١٠'); // '"⟨idlib⟩" 10'
 * normalizeText('Aleppo', { aliases: [['Aleppo', 'Halab', 'حلب']] }); // '⟨aleppo⟩'
 * ```
 * @category Compare
 */
export function normalizeText(text: string, options?: NormalizeOptions): string {
  return core.normalizeText(text, withPacks(options));
}

/**
 * The round a text says it is, as "20th round", read from its title and
 * first lines ("the 20th International Meeting", "the Twentieth round",
 * «الجولة الـ20», «الجولة الحادية والعشرين», «20-й раунд»), or undefined when
 * they name no round. {@link diffSeries} labels rounds with it.
 *
 * @param text - A round's text.
 * @param options - Language of the text; see {@link RoundLabelOptions}.
 * @returns A label such as "20th round", or undefined.
 *
 * @example
 * ```ts
 * roundLabel('Joint Statement on the 21st International Meeting on Syria in the Astana format'); // '21st round'
 * ```
 * @category Read documents
 */
export function roundLabel(text: string, options?: RoundLabelOptions): string | undefined {
  return core.roundLabel(text, withPacks(options));
}

export type * from './public-types.js';
