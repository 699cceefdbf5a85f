/** Checking the Communique objects that callers pass in instead of text. */
import type { LanguagePack } from '../languages/types.js';
import type { Communique } from '../types/segment.js';
import { describe, expectOneOf } from '../util/validate.js';
import { languageCodes } from './parse.js';

/**
 * Check that a value has the shape of a Communique whose paragraphs point
 * into its source: a known language, and each paragraph at its index with
 * whole-number offsets, `start ≤ textStart ≤ end`, and `text` exactly
 * `source.slice(textStart, end)`.
 */
export function expectCommunique(name: string, value: unknown, packs: readonly LanguagePack[]): asserts value is Communique {
  const doc = value as Partial<Communique> | null;
  const source = doc?.source;
  if (typeof source !== 'string' || !Array.isArray(doc?.paragraphs)) {
    throw new TypeError(`\`${name}\` must be a string or a Communique (with \`source\` and \`paragraphs\`), received ${describe(value)}`);
  }
  expectOneOf(`${name}.lang`, doc.lang, languageCodes(packs));
  doc.paragraphs.forEach((p, i) => {
    const ok =
      p !== null && typeof p === 'object' && typeof p.text === 'string' && p.index === i && (p.label === undefined || typeof p.label === 'string') &&
      [p.start, p.textStart, p.end].every(Number.isInteger) && 0 <= p.start && p.start <= p.textStart && p.textStart <= p.end && p.end <= source.length &&
      source.slice(p.textStart, p.end) === p.text;
    if (!ok) {
      throw new TypeError(`\`${name}.paragraphs[${i}]\` must be a Paragraph of \`${name}.source\`: \`index\` ${i}, whole-number offsets 0 ≤ start ≤ textStart ≤ end ≤ source.length, a string \`label\` if any, and \`text\` equal to \`source.slice(textStart, end)\` (parse the text with parseCommunique), received ${describe(p)}`);
    }
  });
}
