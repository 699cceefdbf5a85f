/** Checking the Communique objects that callers pass in instead of text. */
import type { LanguagePack } from '../languages/types.js';
import type { Communique } from '../types/segment.js';
import { describe } from '../util/validate.js';
import { languageCodes } from './parse.js';

const isOffset = (v: unknown, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;

/**
 * Check that a value has the shape of a Communique whose paragraphs point
 * into its source: a known language, and each paragraph's `text` exactly
 * `source.slice(textStart, end)` with `start ≤ textStart ≤ end`.
 */
export function expectCommunique(name: string, value: unknown, packs: readonly LanguagePack[]): asserts value is Communique {
  const doc = value as Partial<Communique> | null;
  if (doc === null || typeof doc !== 'object' || typeof doc.source !== 'string' || !Array.isArray(doc.paragraphs)) {
    throw new TypeError(`\`${name}\` must be a string or a Communique (with \`source\` and \`paragraphs\`), received ${describe(value)}`);
  }
  const codes = languageCodes(packs);
  if (!codes.includes(doc.lang as string)) {
    throw new RangeError(`\`${name}.lang\` must be one of ${codes.map((l) => `'${l}'`).join(', ')}, received ${describe(doc.lang)}`);
  }
  const source = doc.source;
  doc.paragraphs.forEach((p, i) => {
    const at = `${name}.paragraphs[${i}]`;
    if (p === null || typeof p !== 'object' || typeof p.text !== 'string') {
      throw new TypeError(`\`${at}\` must be a Paragraph with a string \`text\`, received ${describe(p)}`);
    }
    for (const key of ['start', 'textStart', 'end'] as const) {
      if (!isOffset(p[key], source.length)) {
        throw new TypeError(`\`${at}.${key}\` must be an offset into \`${name}.source\` (a whole number from 0 to ${source.length}), received ${describe(p[key])}; parse the text with parseCommunique to get one`);
      }
    }
    if (p.index !== i) throw new RangeError(`\`${at}.index\` must be ${i}, its position, received ${describe(p.index)}`);
    if (!(p.start <= p.textStart && p.textStart <= p.end) || source.slice(p.textStart, p.end) !== p.text) {
      throw new RangeError(`\`${at}\` must have \`text\` equal to \`source.slice(textStart, end)\` and start ≤ textStart ≤ end; its offsets do not point at its text`);
    }
  });
}
