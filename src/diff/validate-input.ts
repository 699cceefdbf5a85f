/** Validation of the Communique objects and alias groups that callers pass in. */
import type { AliasGroup, Communique } from '../types.js';
import { describe } from '../util/validate.js';
import { LANGUAGES } from '../segment/parse.js';

/** Check that a value has the shape of a Communique whose paragraphs point into its source. */
export function expectCommunique(name: string, value: object): asserts value is Communique {
  const doc = value as Partial<Communique>;
  if (typeof doc.source !== 'string' || !Array.isArray(doc.paragraphs)) {
    throw new TypeError(`\`${name}\` must be a string or a Communique (with \`source\` and \`paragraphs\`), received ${describe(value)}`);
  }
  if (!LANGUAGES.includes(doc.lang as Communique['lang'])) {
    throw new RangeError(`\`${name}.lang\` must be one of ${LANGUAGES.map((l) => `'${l}'`).join(', ')}, received ${describe(doc.lang)}`);
  }
  doc.paragraphs.forEach((p, i) => {
    if (p === null || typeof p !== 'object' || typeof p.text !== 'string') {
      throw new TypeError(`\`${name}.paragraphs[${i}]\` must be a Paragraph with a string \`text\`, received ${describe(p)}`);
    }
  });
}

/** Check the `aliases` option: an array of arrays of strings. */
export function expectAliasGroups(name: string, value: unknown): readonly AliasGroup[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    throw new TypeError(`\`${name}\` must be an array of arrays of names, received ${describe(value)}`);
  }
  value.forEach((group: unknown, i) => {
    if (!Array.isArray(group) || group.some((n) => typeof n !== 'string')) {
      throw new TypeError(`\`${name}[${i}]\` must be an array of names (strings), received ${describe(group)}`);
    }
  });
  return value as readonly AliasGroup[];
}
