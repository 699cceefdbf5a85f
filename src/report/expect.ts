/** Checks that renderers were given what diffCommuniques and diffSeries return. */
import type { CommuniqueDiff, Series } from '../types/pipeline.js';
import { describe } from '../util/validate.js';

/** Check that a value looks like a result of diffCommuniques. */
export function expectDiff(diff: unknown): asserts diff is CommuniqueDiff {
  const d = diff as Partial<CommuniqueDiff> | null;
  if (d === null || typeof d !== 'object' || !Array.isArray(d.alignment) || !Array.isArray(d.commitments) || typeof d.old !== 'object' || typeof d.new !== 'object') {
    throw new TypeError(`\`diff\` must be a result of diffCommuniques, received ${diff === null ? 'null' : typeof diff}`);
  }
}

/** Check that a value looks like a result of diffSeries. */
export function expectSeries(series: unknown): asserts series is Series {
  const s = series as Partial<Series> | null;
  if (s === null || typeof s !== 'object' || !Array.isArray(s.labels) || !Array.isArray(s.rounds) || !Array.isArray(s.pairs) || !Array.isArray(s.lineages) || !Array.isArray(s.commitments)) {
    throw new TypeError(`\`series\` must be a result of diffSeries, received ${describe(series)}`);
  }
}
