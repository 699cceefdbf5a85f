/**
 * What reports need to know about a comparison across languages (a statement
 * and its translation, or a press report in another language): whether it is
 * one, which paragraph changes are items a press report leaves out, the
 * numbers a change's sides do not share, and the languages' names. Every
 * accessor reads the diff defensively: a diff revived from JSON may hold
 * anything in these optional fields.
 */
import { shorten } from '../commitments/evidence.js';
import type { ParagraphChange } from '../types/diff.js';
import type { CommuniqueDiff } from '../types/pipeline.js';
import type { Communique } from '../types/segment.js';
import { paragraphName } from './blocks.js';
import type { ReportMessages } from './locale/types.js';

/** Whether a comparison is across languages (`CommuniqueDiff.crossLanguage`). */
export const isAcross = (diff: CommuniqueDiff): boolean => diff.crossLanguage === true;

/** The side that is a press report of the other, when the comparison says so. */
export function reportSide(diff: CommuniqueDiff): 'old' | 'new' | undefined {
  const side = diff.coverage?.report;
  return side === 'old' || side === 'new' ? side : undefined;
}

const leftOutMemo = new WeakMap<CommuniqueDiff, ReadonlySet<number>>();

/**
 * The indexes of the alignment entries that are items a press report leaves
 * out: the changes with no paragraph on the report's side whose paragraphs on
 * the other side are all in `coverage.leftOut`. Empty without coverage.
 */
export function leftOutChanges(diff: CommuniqueDiff): ReadonlySet<number> {
  let found = leftOutMemo.get(diff);
  if (found) return found;
  const side = reportSide(diff);
  const listed = Array.isArray(diff.coverage?.leftOut) ? new Set(diff.coverage.leftOut) : new Set<number>();
  const out = new Set<number>();
  if (side !== undefined && listed.size > 0) {
    const other = side === 'new' ? 'old' : 'new';
    diff.alignment.forEach((c, i) => {
      const covered = Array.isArray(c?.[other]) ? c[other] : [];
      const reported = Array.isArray(c?.[side]) ? c[side] : [];
      if (reported.length === 0 && covered.length > 0 && covered.every((p) => listed.has(p))) out.add(i);
    });
  }
  leftOutMemo.set(diff, (found = out));
  return found;
}

/** The numbers apart of a change as a report shows them (ParagraphChange.numbers of a diff, perhaps revived from JSON: strings only; undefined when there are none). */
export function shownNumbers(c: ParagraphChange): { old: string[]; new: string[] } | undefined {
  const n = c.numbers;
  if (n === null || typeof n !== 'object') return undefined;
  const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const out = { old: list(n.old), new: list(n.new) };
  return out.old.length > 0 || out.new.length > 0 ? out : undefined;
}

/** An item a press report leaves out, as the reports list it. */
export interface LeftOutItem {
  /** Index of its change in the alignment. */
  index: number;
  /** The version it is in (the one that is not the report). */
  doc: Communique;
  /** Its paragraphs' names in that version ("¶2 (2.)"). */
  names: string;
  /** Its first words ("Condemned the continuing attacks…"). */
  text: string;
}

/** The items a press report leaves out, in reading order; none without a report. */
export function leftOutItems(diff: CommuniqueDiff): LeftOutItem[] {
  const side = reportSide(diff);
  if (side === undefined) return [];
  const doc = side === 'new' ? diff.old : diff.new;
  return [...leftOutChanges(diff)].map((index) => {
    const c = diff.alignment[index] as ParagraphChange;
    const paragraphs = side === 'new' ? c.old : c.new;
    return {
      index,
      doc,
      names: paragraphs.map((p) => paragraphName(doc, p)).join(' + '),
      text: shorten(paragraphs.map((p) => doc.paragraphs[p]?.text ?? '').join(' '), 60),
    };
  });
}

/** A language's name in the interface language ("Arabic", «العربية», «арабский»); a code it does not know by the code. */
function languageName(m: ReportMessages, code: string): string {
  const known = m.across.languages[code];
  if (known !== undefined) return known;
  try {
    return new Intl.DisplayNames([m.lang], { type: 'language', fallback: 'code' }).of(code) ?? code;
  } catch {
    // (Not a well-formed language tag: a diff revived from JSON may hold anything.)
    return code;
  }
}

/** The names of the two versions' languages, old then new. */
export function languagesOf(diff: CommuniqueDiff, m: ReportMessages): [string, string] {
  const code = (value: unknown): string => (typeof value === 'string' ? value : 'und');
  return [languageName(m, code(diff.old.lang)), languageName(m, code(diff.new.lang))];
}

/** The number of changes whose sides do not share all their numbers. */
export const numbersCount = (diff: CommuniqueDiff): number => diff.alignment.filter((c) => shownNumbers(c) !== undefined).length;
