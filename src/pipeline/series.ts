/** diffSeries: every round compared with the next, paragraphs and commitments followed through all of them. */
import type { ExtractionCache } from '../commitments/compare.js';
import { paragraphCommitments } from '../commitments/extract.js';
import { headingsOf } from '../commitments/headings.js';
import { commitmentHistories } from '../series/histories.js';
import { labelFromText, uniqueLabels } from '../series/labels.js';
import { paragraphLineages } from '../series/lineages.js';
import type { Commitment } from '../types/commitments.js';
import type { Series, SeriesOptions } from '../types/pipeline.js';
import type { Communique } from '../types/segment.js';
import { describe, expectBoolean } from '../util/validate.js';
import { contextFor, OPTION_NAMES, type Context } from './context.js';
import { diffInContext, thresholds } from './diff.js';

/** A round as given: its parsed text and its label, if one was given. */
function readRound(value: unknown, i: number, ctx: Context): { doc: Communique; label?: string } {
  const name = `rounds[${i}]`;
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && 'label' in value) {
    const { label, text } = value as { label: unknown; text: unknown };
    if (typeof label !== 'string') throw new TypeError(`\`${name}.label\` must be a string, received ${describe(label)}`);
    return { doc: ctx.communique(`${name}.text`, text), label };
  }
  return { doc: ctx.communique(name, value) };
}

/** diffSeries with the packs of `options.languages` (see the main entry's diffSeries). */
export function seriesOf(rounds: unknown, options: SeriesOptions | undefined): Series {
  if (!Array.isArray(rounds)) throw new TypeError(`\`rounds\` must be an array of texts, Communiques or { label, text } objects, received ${describe(rounds)}`);
  if (rounds.length === 0) throw new RangeError('`rounds` must hold at least one round, received an empty array');
  const ctx = contextFor(options, OPTION_NAMES.diff);
  thresholds(options);
  const read = rounds.map((r: unknown, i) => readRound(r, i, ctx));
  const docs = read.map((r) => r.doc);
  const labels = uniqueLabels(read.map((r, i) => r.label ?? labelFromText(r.doc.source, ctx.reading(r.doc)) ?? `Round ${i + 1}`));
  // One cache of extracted commitments for all pairs: a round in two pairs is read once.
  const extracted: ExtractionCache = new Map();
  const pairs = docs.slice(1).map((doc, i) => diffInContext(docs[i] as Communique, doc, options, ctx, extracted, false));
  // A series in several languages: a paragraph or commitment that comes back (in any round's
  // language) is found again by the concepts, names and numbers it shares, at the bars across languages.
  const mixed = pairs.some((p) => p.crossLanguage === true);
  const params = thresholds(options, mixed);
  const keyingOf = (r: number) => (mixed ? ctx.crossKeying(docs[r] as Communique) : ctx.keying(docs[r] as Communique));
  const { lineages, lineageOf } = paragraphLineages(docs, pairs, keyingOf, params);
  // Each round's commitments as its pairs found them (the first round's from
  // the first pair); a single round is read on its own.
  // A redline only (options.commitments false, checked by diffInContext or here for a single round): no histories.
  if (expectBoolean('options.commitments', options?.commitments) === false) return { labels, rounds: docs, pairs, lineages, commitments: [], redlineOnly: true };
  const only = docs[0] as Communique;
  const headings = headingsOf(only);
  const roundCommitments: Commitment[][] =
    pairs.length === 0
      ? [only.paragraphs.flatMap((p, i) => paragraphCommitments(p, ctx.lexicon(only), headings[i] === true))]
      : [
          (pairs[0]?.commitments ?? []).flatMap((c) => (c.old ? [c.old] : [])).sort((a, b) => a.start - b.start),
          ...pairs.map((p) => p.commitments.flatMap((c) => (c.new ? [c.new] : [])).sort((a, b) => a.start - b.start)),
        ];
  const commitments = commitmentHistories(roundCommitments, pairs, lineageOf, keyingOf);
  return { labels, rounds: docs, pairs, lineages, commitments };
}
