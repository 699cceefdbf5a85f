/** diffCommuniques: parse, align paragraphs, diff words. */
import { alignParagraphs, type AlignInput } from '../align/paragraphs.js';
import { compareCommitments } from '../commitments/compare.js';
import { compileLexicon } from '../commitments/lexicon/index.js';
import type { Link } from '../align/link.js';
import { hashFraction, LazyBags, StemSpace } from '../align/similarity.js';
import { aliasMapWith } from '../normalize/aliases.js';
import type { KeyedText } from '../normalize/keys.js';
import { parseArgument } from '../segment/parse.js';
import type { Commitment, Communique, CommuniqueDiff, DiffOptions, ParagraphChange } from '../types.js';
import { describe, expectOptionsObject, expectUnitNumber } from '../util/validate.js';
import { joinKeyed, keyedOf, rawTwins, sideText } from './side.js';
import { wordEdits } from './words.js';
import { expectAliasGroups, expectCommunique } from './validate-input.js';

// Defaults of DiffOptions; see its TSDoc. At 0.35 a paragraph rewritten in
// place with about a third of its weighted words kept is still one `modified`
// paragraph; below it, two unrelated paragraphs of the same genre (sharing
// "the parties", "Syria", "the Constitutional Committee") were paired in our
// labelled set (0.30 in the Arabic example pair). A paragraph found at another
// place needs more evidence to be the same one, hence the higher move bar.
export const DEFAULT_MIN_SIMILARITY = 0.35;
export const DEFAULT_MOVE_SIMILARITY = 0.5;

/** A text parsed, or a Communique checked; errors name the argument. */
export function toCommunique(name: string, value: unknown, options: DiffOptions | undefined): Communique {
  if (typeof value === 'string') return parseArgument(name, value, options);
  if (value !== null && typeof value === 'object') {
    expectCommunique(name, value);
    return value;
  }
  throw new TypeError(`\`${name}\` must be a string or a Communique, received ${describe(value)}`);
}

/**
 * Compare two versions of a communiqué: align their paragraphs (also when
 * moved, split or merged), diff each aligned pair word by word, and say which
 * commitments were added, dropped, softened, strengthened or reworded, with
 * the words that show it.
 *
 * @param oldText - The earlier round, as text or as parsed by {@link parseCommunique}.
 * @param newText - The later round, as text or parsed.
 * @param options - Language, paragraph mode, aliases and thresholds; see {@link DiffOptions}.
 * @returns The alignment, in reading order, with word edits for each paragraph, and the commitment changes.
 * @throws TypeError when an argument or option has the wrong type.
 * @throws RangeError when an option is out of range.
 *
 * @example
 * ```ts
 * import { diffCommuniques } from 'communique-diff';
 *
 * const diff = diffCommuniques(
 *   '1. Reaffirmed their strong commitment to the sovereignty of Syria.\n2. Agreed to meet in Astana.',
 *   '1. Agreed to meet in Astana.\n2. Reaffirmed their commitment to the sovereignty of Syria.',
 * );
 * diff.alignment.map((c) => c.kind); // ['unchanged', 'moved']
 * ```
 */
export function diffCommuniques(oldText: string | Communique, newText: string | Communique, options?: DiffOptions): CommuniqueDiff {
  return diffSharing(oldText, newText, options, new Map());
}

/**
 * diffCommuniques with a cache of the commitments found in each paragraph
 * text (at offset 0), which calls with the same options may share: diffSeries
 * passes one for all its pairs, so a round in two pairs is read once.
 */
export function diffSharing(oldText: string | Communique, newText: string | Communique, options: DiffOptions | undefined, extracted: Map<string, Commitment[]>): CommuniqueDiff {
  expectOptionsObject('options', options);
  const minSimilarity = expectUnitNumber('options.minSimilarity', options?.minSimilarity, DEFAULT_MIN_SIMILARITY);
  // A paragraph that may not count as modified in place may not count as moved either.
  const moveSimilarity = Math.max(minSimilarity, expectUnitNumber('options.moveSimilarity', options?.moveSimilarity, DEFAULT_MOVE_SIMILARITY));
  const aliases = aliasMapWith(expectAliasGroups('options.aliases', options?.aliases));
  const oldDoc = toCommunique('oldText', oldText, options);
  const newDoc = toCommunique('newText', newText, options);
  // The lexicons of all three languages (their scripts do not overlap): the
  // same for both rounds, whatever language each was detected as.
  const lexicon = compileLexicon(undefined, options?.lexicon, 'options.lexicon');

  // Paragraphs written the same and unique on each side ("twins") need no
  // comparison: most paragraphs of two rounds are such, and they are never
  // tokenized for the alignment. The others are keyed when first needed.
  const twins = rawTwins(oldDoc, newDoc);
  const keyedCache = new Map<string, KeyedText>();
  const oldKeyed = keyedOf(oldDoc, aliases, keyedCache);
  const newKeyed = keyedOf(newDoc, aliases, keyedCache);
  const space = new StemSpace();
  const twinOld = new Set(twins.map(([o]) => o));
  const twinNew = new Set(twins.map(([, n]) => n));
  const oldIds = oldDoc.paragraphs.map((_, i) => (twinOld.has(i) ? undefined : space.add(oldKeyed(i).stems)));
  const newIds = newDoc.paragraphs.map((_, i) => (twinNew.has(i) ? undefined : space.add(newKeyed(i).stems)));
  space.freeze(oldDoc.paragraphs.length - twinOld.size + newDoc.paragraphs.length - twinNew.size);
  const side = (doc: Communique, keyed: (i: number) => KeyedText, ids: Array<number[] | undefined>): AlignInput => ({
    length: doc.paragraphs.length,
    signature: (i) => keyed(i).signature,
    bags: new LazyBags(doc.paragraphs.length, (i) => space.bag(ids[i] ?? space.add(keyed(i).stems))),
    size: (i) => doc.paragraphs[i]?.text.length ?? 0,
    tie: (i) => hashFraction(doc.paragraphs[i]?.text ?? ''),
  });
  const links = alignParagraphs(space, side(oldDoc, oldKeyed, oldIds), side(newDoc, newKeyed, newIds), { minSimilarity, moveSimilarity }, twins);
  const alignment = links.map((l) => toChange(l, oldDoc, newDoc, oldKeyed, newKeyed));
  const commitments = compareCommitments(oldDoc, newDoc, alignment, lexicon, aliases, extracted);
  return { old: oldDoc, new: newDoc, alignment, commitments };
}

function pick(keyed: (i: number) => KeyedText, indexes: readonly number[]): KeyedText[] {
  return indexes.map((i) => keyed(i));
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
    cosmetic = oldJoined.signature === newJoined.signature;
  }
  let kind: ParagraphChange['kind'];
  if (link.kind === 'pair') kind = oldRaw === newRaw ? 'unchanged' : 'modified';
  else kind = link.kind;
  const relabeled =
    link.old.length === 1 && link.new.length === 1 && oldDoc.paragraphs[link.old[0] as number]?.label !== newDoc.paragraphs[link.new[0] as number]?.label;
  const similarity = kind === 'unchanged' || cosmetic ? 1 : Math.round(link.similarity * 1000) / 1000;
  return { kind, old: [...link.old], new: [...link.new], similarity, cosmetic, relabeled, edits };
}
