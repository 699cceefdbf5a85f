/** seriesToJSON: the plain JSON form of a series. */
import type { Series } from '../../types/pipeline.js';
import type { SeriesJSON } from '../../types/report.js';
import { SCHEMA_VERSION, toJSON } from '../json.js';
import { expectSeries } from '../expect.js';

/**
 * The JSON form of a series: versioned like {@link toJSON}, with each pair in
 * the form {@link toJSON} gives it, and the lineages and commitment histories
 * as {@link diffSeries} returns them. Returns plain data: pass it to
 * `JSON.stringify`. Its JSON Schema ships as `communique-diff/series-schema.json`
 * (load `communique-diff/schema.json` beside it: the pairs refer to it).
 *
 * @param series - A result of {@link diffSeries}.
 * @returns Plain, JSON-serializable data.
 *
 * @example
 * ```ts
 * writeFileSync('series.json', JSON.stringify(seriesToJSON(diffSeries(rounds)), null, 2));
 * ```
 * @category Reports
 */
export function seriesToJSON(series: Series): SeriesJSON {
  expectSeries(series);
  const plain = JSON.parse(JSON.stringify({ rounds: series.rounds, lineages: series.lineages, commitments: series.commitments })) as Pick<SeriesJSON, 'rounds' | 'lineages' | 'commitments'>;
  return {
    schemaVersion: SCHEMA_VERSION,
    generator: 'communique-diff',
    labels: [...series.labels],
    rounds: plain.rounds,
    pairs: series.pairs.map(toJSON),
    lineages: plain.lineages,
    commitments: plain.commitments,
    ...(series.redlineOnly === true ? { redlineOnly: true as const } : {}),
  };
}
