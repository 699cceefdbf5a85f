/** toJSON: the stable, versioned JSON form of a comparison. */
import type { CommuniqueDiff } from '../types/pipeline.js';
import type { DiffJSON } from '../types/report.js';
import { expectDiff } from './expect.js';
import { hasSubstantiveChange, reportCounts } from './summary.js';

/**
 * Version of the JSON form; raised on any incompatible change of its shape.
 * 2 (this version): commitments have `polarity` and `speaker` (and
 * `speakerText` for one named party), changes have `slots`, markers may be of
 * kind `condition`, and `lang` is any pack's code. Reading version 1: treat a
 * missing `polarity` as `'affirmative'`, `speaker` as `'parties'`, `slots` as
 * `[]`; reasons now begin with their slot (`act …` where version 1 wrote
 * `predicate …`). Added within version 2 (readers may ignore them):
 * `old.layout`/`new.layout` (layout lines: page numbers, running headers,
 * press furniture) and a paragraph's `layout` (layout inside it); across
 * languages, `crossLanguage` (true), `coverage` (the version that is a press
 * report and the other's paragraphs it leaves out), a paragraph change's
 * `numbers` (the numbers each side has that the other lacks) and `translated`
 * on evidence of kind `same`, as in {@link CommuniqueDiff}; `redlineOnly`
 * (true) for a diff made with `commitments: false`.
 * @category Reports
 */
export const SCHEMA_VERSION = 2;

/**
 * The JSON form of a comparison: versioned (`schemaVersion`), with a summary,
 * and described by the JSON Schema shipped as `communique-diff/schema.json`.
 * Returns plain data: pass it to `JSON.stringify`. A comparison across
 * languages keeps `crossLanguage` and `coverage` (and each change's `numbers`,
 * each evidence's `translated`), so that the data read back renders the same
 * reports as the comparison itself: the renderers take it as a diff.
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
  // The counts the reports show: items a press report leaves out apart (`left-out`).
  const counts = reportCounts(diff);
  const plain = JSON.parse(JSON.stringify({ old: diff.old, new: diff.new, alignment: diff.alignment, commitments: diff.commitments, coverage: diff.coverage })) as Pick<
    DiffJSON,
    'old' | 'new' | 'alignment' | 'commitments'
  > &
    Pick<CommuniqueDiff, 'coverage'>;
  return {
    schemaVersion: SCHEMA_VERSION,
    generator: 'communique-diff',
    // Across languages (optional within version 2): after `generator`, as a reader looks for it first.
    ...(diff.crossLanguage === true ? { crossLanguage: true as const } : {}),
    ...(plain.coverage ? { coverage: plain.coverage } : {}),
    ...(diff.redlineOnly === true ? { redlineOnly: true as const } : {}),
    old: plain.old,
    new: plain.new,
    summary: { substantive: hasSubstantiveChange(diff), paragraphs: counts.paragraphs, commitments: counts.commitments },
    alignment: plain.alignment,
    commitments: plain.commitments,
  };
}
