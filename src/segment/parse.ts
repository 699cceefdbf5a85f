/** Parsing: a text into paragraphs, with its language. */
import type { LanguagePack } from '../languages/types.js';
import { MAX_LENGTH } from '../params.js';
import type { Communique, ParagraphMode, ParseOptions } from '../types/segment.js';
import { expectBoolean, expectOneOf, expectPositiveNumber, expectString, expectWithinLength } from '../util/validate.js';
import { detectWith } from './language.js';
import { splitParagraphs } from './paragraphs.js';

const MODES: readonly ParagraphMode[] = ['auto', 'blank-line', 'line'];

/** The language codes `options.lang` accepts: those of the packs, and `'und'`. */
export function languageCodes(packs: readonly LanguagePack[]): string[] {
  return [...packs.map((p) => p.code), 'und'];
}

/** `options.lang`, checked against the packs in use (undefined when not given). */
export function expectLang(name: string, value: unknown, packs: readonly LanguagePack[]): string | undefined {
  return expectOneOf(name, value, languageCodes(packs));
}

/**
 * Parse a text given as the argument `name` (so errors name it: `oldText`,
 * `rounds[2]`) with the packs in use; options are already checked for
 * unknown names by the caller.
 */
export function parseWith(name: string, text: unknown, options: ParseOptions | undefined, packs: readonly LanguagePack[]): Communique {
  expectString(name, text);
  const lang = expectLang('options.lang', options?.lang, packs);
  const mode = expectOneOf('options.paragraphs', options?.paragraphs, MODES) ?? 'auto';
  expectWithinLength(name, text, expectPositiveNumber('options.maxLength', options?.maxLength, MAX_LENGTH));
  const layout = expectBoolean('options.layout', options?.layout) ?? true;
  const split = splitParagraphs(text, mode, packs, layout);
  return { lang: lang ?? detectWith(text, packs), source: text, paragraphs: split.paragraphs, layout: split.layout };
}
