/** toJSON: the stable, versioned JSON form of a comparison. */
import type { CommuniqueDiff } from '../types/pipeline.js';
import type { DiffJSON } from '../types/report.js';
import { expectDiff } from './expect.js';
import { countKinds, hasSubstantiveChange } from './summary.js';

/**
 * Version of the JSON form; raised on any incompatible change of its shape.
 * 2 (this version): commitments have `polarity` and `speaker` (and
 * `speakerText` for one named party), changes have `slots`, markers may be of
 * kind `condition`, and `lang` is any pack's code. Reading version 1: treat a
 * missing `polarity` as `'affirmative'`, `speaker` as `'parties'`, `slots` as
 * `[]`; reasons now begin with their slot (`act …` where version 1 wrote
 * `predicate …`). Added within version 2 (readers may ignore them):
 * `old.layout`/`new.layout` (layout lines: page numbers, running headers,
 * press furniture) and a paragraph's `layout` (layout inside it).
 * @category Reports
 */
export const SCHEMA_VERSION = 2;

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
 * @category Reports
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
