/** normalizeText: the comparison form of a text, for callers who want to see what is compared. */
import { tokenize } from '../tokenize/tokens.js';
import type { AliasGroup } from '../types.js';
import { expectString } from '../util/validate.js';
import { expectAliasGroups } from '../diff/validate-input.js';
import { aliasMapWith } from './aliases.js';
import { keyTokens } from './keys.js';

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
 * @param aliases - Alias groups to use in addition to {@link DEFAULT_ALIASES}.
 * @returns The normalized form.
 *
 * @example
 * ```ts
 * normalizeText('«إدلب» ١٠'); // '"⟨idlib⟩" 10'
 * ```
 */
export function normalizeText(text: string, aliases: readonly AliasGroup[] = []): string {
  expectString('text', text);
  const keyed = keyTokens(tokenize(text), aliasMapWith(expectAliasGroups('aliases', aliases)));
  return keyed.keys.join('').replace(/ {2,}/g, ' ').trim();
}
