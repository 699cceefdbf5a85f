/** diffCommuniques: parse, align paragraphs, diff words, compare commitments. */
import type { Link } from '../align/link.js';
import { alignParagraphs, type AlignInput } from '../align/paragraphs.js';
import { compareCommitments, type ExtractionCache } from '../commitments/compare.js';
import { joinKeyed, keyedOf, rawTwins, sideText } from '../diff/side.js';
import { wordEdits } from '../diff/words.js';
import { hashFraction, LazyBags, StemSpace } from '../match/similarity.js';
import type { KeyedText } from '../normalize/keys.js';
import { CROSS_MIN_SIMILARITY, CROSS_MOVE_SIMILARITY, LENGTH_RATIO_RANGE, MIN_SIMILARITY, MOVE_SIMILARITY } from '../params.js';
import type { ParagraphChange } from '../types/diff.js';
import type { CommuniqueDiff, DiffOptions } from '../types/pipeline.js';
import type { Communique } from '../types/segment.js';
import { plainText } from '../segment/compared.js';
import { expectBoolean, expectUnitNumber } from '../util/validate.js';
import { acrossLanguages, inOneLanguage, isReport, labelStem, numbersApart } from './across.js';
import type { Context } from './context.js';

/** The thresholds of the alignment, from the options (moveSimilarity never below minSimilarity). */
export function thresholds(options: DiffOptions | undefined, cross = false): { minSimilarity: number; moveSimilarity: number } {
  const minSimilarity = expectUnitNumber('options.minSimilarity', options?.minSimilarity, cross ? CROSS_MIN_SIMILARITY : MIN_SIMILARITY);
  // A paragraph that may not count as modified in place may not count as moved either.
  const moveSimilarity = Math.max(minSimilarity, expectUnitNumber('options.moveSimilarity', options?.moveSimilarity, cross ? CROSS_MOVE_SIMILARITY : MOVE_SIMILARITY));
  return { minSimilarity, moveSimilarity };
}

/**
 * Compare two texts (or parsed communiqués) in a call's context. `extracted`
 * caches the commitments found in each paragraph text, which calls in one
 * context may share: diffSeries passes one for all its pairs, so a round in
 * two pairs is read once. `oneReading`: two texts of one language detected
 * apart are read in one (a series passes false: each round keeps its reading).
 */
export function diffInContext(oldText: unknown, newText: unknown, options: DiffOptions | undefined, ctx: Context, extracted: ExtractionCache, oneReading = true): CommuniqueDiff {
  thresholds(options);
  const withCommitments = expectBoolean('options.commitments', options?.commitments) ?? true;
  const parsedOld = ctx.communique('oldText', oldText);
  const parsedNew = ctx.communique('newText', newText);
  // Two languages: paragraphs are compared by the concepts, names and numbers they share.
  // (One language given for both is one language, whatever a Communique passed in says.)
  const cross = ctx.lang === undefined && acrossLanguages(parsedOld, parsedNew, ctx.sides, ctx.packs);
  // (Not in a series, where each round keeps the language it was read in: its two pairs must read it alike.)
  const [oldDoc, newDoc] = cross || ctx.lang !== undefined || !oneReading ? [parsedOld, parsedNew] : inOneLanguage(parsedOld, parsedNew, ctx.packs);
  const params = thresholds(options, cross);
  const keying = cross ? { old: ctx.crossKeying(oldDoc), new: ctx.crossKeying(newDoc) } : { old: ctx.keying(oldDoc), new: ctx.keying(newDoc) };

  // Paragraphs written the same and unique on each side ("twins") need no
  // comparison: most paragraphs of two rounds are such, and they are never
  // tokenized for the alignment. The others are keyed when first needed.
  const twins = rawTwins(oldDoc, newDoc);
  const oldCache = new Map<string, KeyedText>();
  const oldKeyed = keyedOf(oldDoc, keying.old, oldCache);
  const newKeyed = keyedOf(newDoc, keying.new, keying.new === keying.old ? oldCache : new Map());
  const space = new StemSpace();
  const twinOld = new Set(twins.map(([o]) => o));
  const twinNew = new Set(twins.map(([, n]) => n));
  // Across languages, a paragraph's item number is one of its stems, and lengths count (Gale & Church).
  const stemsOf = (doc: Communique, keyed: (i: number) => KeyedText) => (i: number): string[] => {
    const label = cross ? labelStem(doc.paragraphs[i]?.label) : undefined;
    return label === undefined ? keyed(i).stems : [...keyed(i).stems, label];
  };
  const oldStems = stemsOf(oldDoc, oldKeyed);
  const newStems = stemsOf(newDoc, newKeyed);
  const oldIds = oldDoc.paragraphs.map((_, i) => (twinOld.has(i) ? undefined : space.add(oldStems(i))));
  const newIds = newDoc.paragraphs.map((_, i) => (twinNew.has(i) ? undefined : space.add(newStems(i))));
  space.freeze(oldDoc.paragraphs.length - twinOld.size + newDoc.paragraphs.length - twinNew.size);
  if (cross) space.lengthRatio = lengthRatio(oldDoc, newDoc);
  const side = (doc: Communique, keyed: (i: number) => KeyedText, ids: Array<number[] | undefined>, stems: (i: number) => string[]): AlignInput => ({
    length: doc.paragraphs.length,
    signature: (i) => keyed(i).signature,
    bags: new LazyBags(doc.paragraphs.length, (i) => space.bag(ids[i] ?? space.add(stems(i)), cross ? (doc.paragraphs[i]?.text.length ?? 0) : undefined)),
    size: (i) => doc.paragraphs[i]?.text.length ?? 0,
    tie: (i) => hashFraction(doc.paragraphs[i]?.text ?? ''),
  });
  const links = alignParagraphs(space, side(oldDoc, oldKeyed, oldIds, oldStems), side(newDoc, newKeyed, newIds, newStems), params, twins);
  if (!cross) {
    const alignment = links.map((l) => toChange(l, oldDoc, newDoc, oldKeyed, newKeyed));
    if (!withCommitments) return { old: oldDoc, new: newDoc, alignment, commitments: [], redlineOnly: true };
    const lexicon = { old: ctx.lexicon(oldDoc), new: ctx.lexicon(newDoc) };
    return { old: oldDoc, new: newDoc, alignment, commitments: compareCommitments(oldDoc, newDoc, alignment, lexicon, keying, extracted) };
  }
  const alignment = links.map((l) => acrossChange(l, oldDoc, newDoc));
  const lexicon = { old: ctx.lexicon(oldDoc), new: ctx.lexicon(newDoc) };
  // A press report of the other version: the items it leaves out are not dropped commitments.
  const oldReports = isReport(oldDoc, lexicon.old);
  const newReports = isReport(newDoc, lexicon.new);
  const report = newReports && !oldReports ? 'new' : oldReports && !newReports ? 'old' : undefined;
  const leftOut = report === undefined ? [] : alignment.filter((c) => c[report].length === 0).flatMap((c) => (report === 'new' ? c.old : c.new));
  // A report leaves out dates and figures as it leaves out items: only a number given otherwise is apart.
  if (report !== undefined) for (const c of alignment) if (c.numbers && (c.numbers.old.length === 0 || c.numbers.new.length === 0)) c.numbers = { old: [], new: [] };
  const commitments = withCommitments ? compareCommitments(oldDoc, newDoc, alignment, lexicon, keying, extracted, { across: true, leftOut: { side: report === 'new' ? 'old' : 'new', paragraphs: new Set(leftOut) } }) : [];
  const diff: CommuniqueDiff = { old: oldDoc, new: newDoc, alignment, commitments, crossLanguage: true };
  if (report !== undefined) diff.coverage = { report, leftOut };
  if (!withCommitments) diff.redlineOnly = true;
  return diff;
}

/** Characters of the new version for one of the old, over the whole texts (Gale & Church's c), within LENGTH_RATIO_RANGE. */
function lengthRatio(oldDoc: Communique, newDoc: Communique): number {
  const total = (doc: Communique): number => doc.paragraphs.reduce((n, p) => n + p.text.length, 0);
  const ratio = total(newDoc) / Math.max(total(oldDoc), 1);
  return Math.min(LENGTH_RATIO_RANGE[1], Math.max(LENGTH_RATIO_RANGE[0], ratio));
}

/** A link across languages: no word diff (each side's text deleted and inserted whole), with the numbers apart. */
function acrossChange(link: Link, oldDoc: Communique, newDoc: Communique): ParagraphChange {
  const oldRaw = sideText(oldDoc, link.old);
  const newRaw = sideText(newDoc, link.new);
  const edits: ParagraphChange['edits'] = [];
  if (oldRaw !== '') edits.push({ op: 'delete', text: oldRaw });
  if (newRaw !== '') edits.push({ op: 'insert', text: newRaw });
  const kind: ParagraphChange['kind'] = link.kind === 'pair' ? (oldRaw === newRaw ? 'unchanged' : 'modified') : link.kind;
  // Renumbered: item 3 became ٤ (the same number in other digits is no change).
  const relabeled = link.old.length === 1 && link.new.length === 1 && labelStem(oldDoc.paragraphs[link.old[0] as number]?.label) !== labelStem(newDoc.paragraphs[link.new[0] as number]?.label);
  const change: ParagraphChange = { kind, old: [...link.old], new: [...link.new], similarity: kind === 'unchanged' ? 1 : Math.round(link.similarity * 1000) / 1000, cosmetic: false, relabeled, edits: kind === 'unchanged' ? [{ op: 'equal', text: newRaw }] : edits };
  if (link.old.length > 0 && link.new.length > 0) change.numbers = numbersApart(plainSide(oldDoc, link.old), plainSide(newDoc, link.new));
  return change;
}

function pick(keyed: (i: number) => KeyedText, indexes: readonly number[]): KeyedText[] {
  return indexes.map((i) => keyed(i));
}

const SPACES = /\s+/g;

function plainSide(doc: Communique, indexes: readonly number[]): string {
  return indexes.map((i) => (doc.paragraphs[i] ? plainText(doc.paragraphs[i]) : '')).join(' ');
}

function toChange(link: Link, oldDoc: Communique, newDoc: Communique, oldKeyed: (i: number) => KeyedText, newKeyed: (i: number) => KeyedText): ParagraphChange {
  const oldRaw = sideText(oldDoc, link.old);
  const newRaw = sideText(newDoc, link.new);
  let edits;
  let cosmetic = false;
  if (link.old.length === 0) edits = newRaw === '' ? [] : [{ op: 'insert' as const, text: newRaw }];
  else if (link.new.length === 0) edits = oldRaw === '' ? [] : [{ op: 'delete' as const, text: oldRaw }];
  else if (oldRaw === newRaw) edits = [{ op: 'equal' as const, text: newRaw }];
  else {
    const oldJoined = joinKeyed(pick(oldKeyed, link.old));
    const newJoined = joinKeyed(pick(newKeyed, link.new));
    edits = wordEdits(oldJoined, newJoined);
    // Equal but for cosmetics: the same keys, or a word diff that finds only equal runs (names written otherwise).
    cosmetic = oldJoined.signature === newJoined.signature || (edits.length > 0 && edits.every((e) => e.op === 'equal'));
  }
  let kind: ParagraphChange['kind'];
  // Other line breaks or spacing (a text re-wrapped) leave a paragraph unchanged.
  // So do a page break and the hyphenation of a word at a line's end.
  if (link.kind === 'pair') kind = oldRaw === newRaw || oldRaw.replace(SPACES, ' ') === newRaw.replace(SPACES, ' ') || plainSide(oldDoc, link.old) === plainSide(newDoc, link.new) ? 'unchanged' : 'modified';
  else kind = link.kind;
  const oldLabel = link.old.length === 1 ? oldDoc.paragraphs[link.old[0] as number]?.label : undefined;
  const newLabel = link.new.length === 1 ? newDoc.paragraphs[link.new[0] as number]?.label : undefined;
  const relabeled = link.old.length === 1 && link.new.length === 1 && oldLabel !== newLabel;
  // A re-spaced paragraph is unchanged, not a cosmetic modification.
  if (kind === 'unchanged') cosmetic = false;
  const similarity = kind === 'unchanged' || cosmetic ? 1 : Math.round(link.similarity * 1000) / 1000;
  return { kind, old: [...link.old], new: [...link.new], similarity, cosmetic, relabeled, edits };
}
