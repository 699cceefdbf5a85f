/** diffSeries: every round compared with the next, paragraphs and commitments followed through all of them. */
import { DEFAULT_MIN_SIMILARITY, DEFAULT_MOVE_SIMILARITY, diffSharing, toCommunique } from '../diff/communiques.js';
import { expectAliasGroups } from '../diff/validate-input.js';
import { extractCommitments } from '../commitments/extract.js';
import { aliasMapWith } from '../normalize/aliases.js';
import type { Commitment, Communique, DiffOptions, Series, SeriesRound } from '../types.js';
import { describe, expectOptionsObject, expectUnitNumber } from '../util/validate.js';
import { commitmentHistories } from './histories.js';
import { labelFromText, uniqueLabels } from './labels.js';
import { paragraphLineages } from './lineages.js';

/** A round as given: its parsed text and its label, if one was given. */
function readRound(value: unknown, i: number, options: DiffOptions | undefined): { doc: Communique; label?: string } {
  const name = `rounds[${i}]`;
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && 'label' in value) {
    const { label, text } = value as { label: unknown; text: unknown };
    if (typeof label !== 'string') throw new TypeError(`\`${name}.label\` must be a string, received ${describe(label)}`);
    return { doc: toCommunique(`${name}.text`, text, options), label };
  }
  return { doc: toCommunique(name, value, options) };
}

/**
 * Compare a whole series of rounds: each round with the next (as
 * {@link diffCommuniques}), every paragraph followed through all rounds (its
 * lineage, through moves, splits and merges), and every commitment's strength
 * in each round with the rounds where it was added, dropped, softened,
 * strengthened or reworded. A paragraph or commitment that disappears and
 * later comes back is recognised as the same one: dropped, then added again,
 * in one lineage or history.
 *
 * @param rounds - The rounds in order: texts, parsed communiqués, or `{ label, text }`. Without a label, one is taken from the text ("20th round") or made from the position ("Round 3").
 * @param options - As for {@link diffCommuniques}; used for every pair.
 * @returns Labels, parsed rounds, the pairwise comparisons, paragraph lineages and commitment histories.
 * @throws TypeError when `rounds` is not an array, a round is neither text nor a Communique, or an option has the wrong type.
 * @throws RangeError when `rounds` is empty or an option is out of range.
 *
 * @example
 * ```ts
 * import { diffSeries } from 'communique-diff';
 *
 * const series = diffSeries([round18, round19, { label: 'Round 20', text: round20 }]);
 * for (const h of series.commitments) {
 *   console.log(h.predicate, h.strengths, h.events.map((e) => `${series.labels[e.round]}: ${e.kind}`));
 * }
 * ```
 */
export function diffSeries(rounds: readonly SeriesRound[], options?: DiffOptions): Series {
  if (!Array.isArray(rounds)) throw new TypeError(`\`rounds\` must be an array of texts, Communiques or { label, text } objects, received ${describe(rounds)}`);
  if (rounds.length === 0) throw new RangeError('`rounds` must hold at least one round, received an empty array');
  expectOptionsObject('options', options);
  const minSimilarity = expectUnitNumber('options.minSimilarity', options?.minSimilarity, DEFAULT_MIN_SIMILARITY);
  const moveSimilarity = Math.max(minSimilarity, expectUnitNumber('options.moveSimilarity', options?.moveSimilarity, DEFAULT_MOVE_SIMILARITY));
  const aliases = aliasMapWith(expectAliasGroups('options.aliases', options?.aliases));
  const read = rounds.map((r, i) => readRound(r, i, options));
  const docs = read.map((r) => r.doc);
  const labels = uniqueLabels(read.map((r, i) => r.label ?? labelFromText(r.doc.source) ?? `Round ${i + 1}`));
  // One cache of extracted commitments for all pairs: a round in two pairs is read once.
  const extracted = new Map<string, Commitment[]>();
  const pairs = docs.slice(1).map((doc, i) => diffSharing(docs[i] as Communique, doc, options, extracted));
  const { lineages, lineageOf } = paragraphLineages(docs, pairs, aliases, { minSimilarity, moveSimilarity });
  // Each round's commitments as its pairs found them (the first round's from
  // the first pair); a single round is read on its own.
  const roundCommitments: Commitment[][] =
    pairs.length === 0
      ? [extractCommitments(docs[0] as Communique, options?.lexicon !== undefined ? { lexicon: options.lexicon } : undefined)]
      : [
          (pairs[0]?.commitments ?? []).flatMap((c) => (c.old ? [c.old] : [])).sort((a, b) => a.start - b.start),
          ...pairs.map((p) => p.commitments.flatMap((c) => (c.new ? [c.new] : [])).sort((a, b) => a.start - b.start)),
        ];
  const commitments = commitmentHistories(roundCommitments, pairs, lineageOf, aliases);
  return { labels, rounds: docs, pairs, lineages, commitments };
}
