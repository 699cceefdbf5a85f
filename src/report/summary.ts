/** What every report starts with: counts by kind and the commitment changes, strongest first. */
import type { CommitmentChange } from '../types/commitments.js';
import type { ParagraphChange } from '../types/diff.js';
import type { CommuniqueDiff } from '../types/pipeline.js';
import { isAcross, leftOutChanges, shownNumbers } from './across.js';
import { expectDiff } from './expect.js';

/** Paragraph kinds in report order; `cosmetic` is a modified paragraph whose differences all vanish under normalization. */
export const PARAGRAPH_KINDS = ['modified', 'moved', 'split', 'merged', 'added', 'dropped', 'cosmetic', 'unchanged'] as const;
/** Commitment kinds in report order. */
export const COMMITMENT_KINDS = ['added', 'dropped', 'softened', 'strengthened', 'reworded', 'unchanged'] as const;

/** The kind a report shows for a paragraph change. */
export function shownKind(c: ParagraphChange): (typeof PARAGRAPH_KINDS)[number] {
  return c.kind === 'modified' && c.cosmetic ? 'cosmetic' : c.kind;
}

/** True when a paragraph change is more than cosmetic or renumbering. */
export function isSubstantiveParagraph(c: ParagraphChange): boolean {
  return c.kind !== 'unchanged' && !(c.kind === 'modified' && c.cosmetic);
}

/**
 * Across languages, true when a paragraph change is a divergence: a paragraph
 * only in one version (not an item a press report leaves out), moved, split
 * or merged, or with numbers the other side lacks. A paragraph and its
 * translation in place are `modified`, which is no divergence.
 */
function isSubstantiveAcross(diff: CommuniqueDiff, c: ParagraphChange, index: number): boolean {
  if (leftOutChanges(diff).has(index)) return false;
  return (c.kind !== 'unchanged' && c.kind !== 'modified') || shownNumbers(c) !== undefined;
}

/**
 * Whether a comparison found anything more than cosmetic: a paragraph that
 * changed more than cosmetically or by renumbering, or any commitment change.
 * Across languages (`crossLanguage`), where every paragraph differs in its
 * words: a commitment change, a paragraph only in one version (an item a
 * press report leaves out aside), moved, split or merged, or numbers one
 * side lacks. A redline only (`redlineOnly`: made with `commitments: false`)
 * compared no commitment: only its paragraphs count. The CLI's exit status 1
 * means this is true.
 *
 * @param diff - A result of {@link diffCommuniques}.
 * @returns True when something substantive changed.
 *
 * @example
 * ```ts
 * if (hasSubstantiveChange(diffCommuniques(draft, final))) console.log('the final text differs');
 * ```
 * @category Compare
 */
export function hasSubstantiveChange(diff: CommuniqueDiff): boolean {
  expectDiff(diff);
  const paragraphs = isAcross(diff) ? diff.alignment.some((c, i) => isSubstantiveAcross(diff, c, i)) : diff.alignment.some(isSubstantiveParagraph);
  return paragraphs || diff.commitments.some((c) => c.kind !== 'unchanged');
}

/** Counts of paragraph and commitment changes by kind (every kind present, zeros included). */
export function countKinds(diff: CommuniqueDiff): { paragraphs: Record<string, number>; commitments: Record<string, number> } {
  const paragraphs = Object.fromEntries(PARAGRAPH_KINDS.map((k) => [k, 0])) as Record<string, number>;
  const commitments = Object.fromEntries(COMMITMENT_KINDS.map((k) => [k, 0])) as Record<string, number>;
  for (const c of diff.alignment) paragraphs[shownKind(c)] = (paragraphs[shownKind(c)] ?? 0) + 1;
  for (const c of diff.commitments) commitments[c.kind] = (commitments[c.kind] ?? 0) + 1;
  return { paragraphs, commitments };
}

/** The kind a report shows for a paragraph change: `left-out` for an item a press report leaves out, else as {@link shownKind}. */
export function reportKind(diff: CommuniqueDiff, c: ParagraphChange, index: number): string {
  return leftOutChanges(diff).has(index) ? 'left-out' : shownKind(c);
}

/**
 * Counts of paragraph and commitment changes by kind as reports show them:
 * as {@link countKinds}, but the items a press report leaves out counted as
 * `left-out` (after `dropped`), not as dropped or added.
 */
export function reportCounts(diff: CommuniqueDiff): { paragraphs: Record<string, number>; commitments: Record<string, number> } {
  const counts = countKinds(diff);
  const left = leftOutChanges(diff);
  if (left.size === 0) return counts;
  const paragraphs: Record<string, number> = {};
  for (const [k, n] of Object.entries(counts.paragraphs)) {
    paragraphs[k] = n;
    if (k === 'dropped') paragraphs['left-out'] = 0;
  }
  for (const i of left) {
    const kind = shownKind(diff.alignment[i] as ParagraphChange);
    paragraphs[kind] = (paragraphs[kind] ?? 1) - 1;
    paragraphs['left-out'] = (paragraphs['left-out'] ?? 0) + 1;
  }
  return { paragraphs, commitments: counts.commitments };
}

// The order reports list commitment changes in. An analyst reads first what
// the parties walked back: a commitment kept but weakened says most about a
// shift of position, then one dropped (which may live on in other words), then
// one strengthened; new commitments next, and rewordings of the same strength
// last. Within a kind the larger change of strength comes first, then reading
// order of the new round (of the old for dropped ones).
const ORDER: Readonly<Record<string, number>> = { softened: 0, dropped: 1, strengthened: 2, added: 3, reworded: 4 };

/**
 * Commitment changes other than `unchanged`, in report order: softened,
 * dropped, strengthened, added, reworded; within a kind the larger change of
 * strength first, then reading order.
 */
export function changeOrder(changes: readonly CommitmentChange[]): CommitmentChange[] {
  return changes
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.kind !== 'unchanged')
    .sort((a, b) => (ORDER[a.c.kind] ?? 5) - (ORDER[b.c.kind] ?? 5) || Math.abs(b.c.delta) - Math.abs(a.c.delta) || a.i - b.i)
    .map(({ c }) => c);
}

// Alignment entries by paragraph, per side, built once per comparison (a report looks one up per commitment change).
const places = new WeakMap<CommuniqueDiff, { old: Map<number, number>; new: Map<number, number> }>();

/** Index of the alignment entry that holds a commitment's paragraph (the new side first). */
export function changeIndexOf(diff: CommuniqueDiff, c: CommitmentChange): number {
  let at = places.get(diff);
  if (!at) {
    const index = { old: new Map<number, number>(), new: new Map<number, number>() };
    diff.alignment.forEach((a, i) => {
      for (const p of a.old) if (!index.old.has(p)) index.old.set(p, i);
      for (const p of a.new) if (!index.new.has(p)) index.new.set(p, i);
    });
    places.set(diff, (at = index));
  }
  const side = c.new ? 'new' : 'old';
  const paragraph = (c.new ?? c.old)?.paragraph ?? -1;
  return at[side].get(paragraph) ?? -1;
}

/** Paragraph changes a report shows, after the hide options. */
export function visibleChanges(diff: CommuniqueDiff, options: { hideUnchanged: boolean; hideCosmetic: boolean }): Array<{ change: ParagraphChange; index: number }> {
  return diff.alignment
    .map((change, index) => ({ change, index }))
    .filter(({ change }) => !(options.hideUnchanged && change.kind === 'unchanged') && !(options.hideCosmetic && shownKind(change) === 'cosmetic'));
}
