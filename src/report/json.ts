/** toJSON: the stable, versioned JSON form of a comparison. */
import type { CommuniqueDiff, DiffJSON } from '../types.js';
import { countKinds, hasSubstantiveChange } from './summary.js';

/** Version of the JSON form; raised on any incompatible change of its shape. */
export const SCHEMA_VERSION = 1;

/**
 * The JSON form of a comparison: versioned (`schemaVersion`), with a summary,
 * and described by the JSON Schema shipped as `communique-diff/schema.json`.
 * Returns plain data: pass it to `JSON.stringify`.
 *
 * @param diff - A result of {@link diffCommuniques}.
 * @returns Plain, JSON-serializable data.
 *
 * @example
 * ```ts
 * const json = JSON.stringify(toJSON(diffCommuniques(round20, round21)), null, 2);
 * ```
 */
export function toJSON(diff: CommuniqueDiff): DiffJSON {
  expectDiff(diff);
  const counts = countKinds(diff);
  const plain = JSON.parse(JSON.stringify({ old: diff.old, new: diff.new, alignment: diff.alignment, commitments: diff.commitments })) as Pick<
    DiffJSON,
    'old' | 'new' | 'alignment' | 'commitments'
  >;
  return {
    schemaVersion: SCHEMA_VERSION,
    generator: 'communique-diff',
    old: plain.old,
    new: plain.new,
    summary: { substantive: hasSubstantiveChange(diff), paragraphs: counts.paragraphs, commitments: counts.commitments },
    alignment: plain.alignment,
    commitments: plain.commitments,
  };
}

/** Check that a value looks like a result of diffCommuniques. */
export function expectDiff(diff: unknown): asserts diff is CommuniqueDiff {
  const d = diff as Partial<CommuniqueDiff> | null;
  if (d === null || typeof d !== 'object' || !Array.isArray(d.alignment) || !Array.isArray(d.commitments) || typeof d.old !== 'object' || typeof d.new !== 'object') {
    throw new TypeError(`\`diff\` must be a result of diffCommuniques, received ${diff === null ? 'null' : typeof diff}`);
  }
}
