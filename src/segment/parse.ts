/** parseCommunique: the public entry point of segmentation. */
import type { Communique, Language, ParagraphMode, ParseOptions } from '../types.js';
import { expectOneOf, expectOptionsObject, expectPositiveNumber, expectString, expectWithinLength } from '../util/validate.js';
import { detectLanguage } from './language.js';
import { splitParagraphs } from './paragraphs.js';

/** Languages accepted by the `lang` option. */
export const LANGUAGES: readonly Language[] = ['en', 'ar', 'ru', 'und'];
const MODES: readonly ParagraphMode[] = ['auto', 'blank-line', 'line'];
/** Default of ParseOptions.maxLength: ten million code units. */
export const DEFAULT_MAX_LENGTH = 10_000_000;

/**
 * Parse a communiqué into paragraphs and detect its language.
 *
 * The text is kept as it is (`source`); paragraphs are ranges of it. Line
 * endings, a byte-order mark, bidi and zero-width marks and trailing spaces
 * do not change the paragraphs found.
 *
 * @param text - The communiqué, in English, Arabic or Russian.
 * @param options - Language and paragraph mode; see {@link ParseOptions}.
 * @returns The parsed communiqué.
 * @throws TypeError when `text` is not a string or an option has the wrong type.
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
 */
export function parseCommunique(text: string, options?: ParseOptions): Communique {
  return parseArgument('text', text, options);
}

/** parseCommunique for an argument of another name (`oldText`, `newText`), so that errors name it. */
export function parseArgument(name: string, text: unknown, options?: ParseOptions): Communique {
  expectString(name, text);
  expectOptionsObject('options', options);
  const lang = expectOneOf('options.lang', options?.lang, LANGUAGES);
  const mode = expectOneOf('options.paragraphs', options?.paragraphs, MODES) ?? 'auto';
  expectWithinLength(name, text, expectPositiveNumber('options.maxLength', options?.maxLength, DEFAULT_MAX_LENGTH));
  return { lang: lang ?? detectLanguage(text), source: text, paragraphs: splitParagraphs(text, mode) };
}
