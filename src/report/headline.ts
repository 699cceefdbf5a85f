/** The plain-language headline every report starts with: what changed, in one or two sentences. */
import type { CommuniqueDiff } from '../types/pipeline.js';
import type { ReportLocale } from '../types/report.js';
import { isAcross, leftOutChanges, numbersCount } from './across.js';
import { headlineParts, MESSAGES, plainParts, QUOTE_MARKS, type HeadlineCounts, type Part } from './locale/index.js';
import { changeOrder, reportCounts } from './summary.js';

/** The headline as parts (words and quotations), for renderers that isolate quotations. */
export function headlineOf(diff: CommuniqueDiff, locale: ReportLocale = 'en'): Part[] {
  const counts = reportCounts(diff);
  const top = changeOrder(diff.commitments)[0];
  const input: HeadlineCounts = { commitments: counts.commitments, paragraphs: counts.paragraphs, total: { old: diff.old.paragraphs.length, new: diff.new.paragraphs.length } };
  if (diff.redlineOnly === true) input.redlineOnly = true;
  if (isAcross(diff)) input.across = { numbers: numbersCount(diff), leftOut: leftOutChanges(diff).size };
  return headlineParts(MESSAGES[locale], input, top);
}

/**
 * What changed, in one or two plain sentences of the report's interface
 * language, generated from the counts and the first change in report order:
 * "Two commitments softened — one from condemn to express concern: “…” —, one
 * dropped and three added. 4 of 18 paragraphs changed in wording, 1 moved."
 * Across languages (a statement and its translation, or a press report in
 * another language) it says so and counts what differs between the versions:
 * "Across languages: two commitments weaker in the new version — …; numbers
 * differ in 1 paragraph; 3 items of the statement not in the report."
 * Quotations are isolated (U+2068 … U+2069) so that a quotation in another
 * script keeps its place in the sentence.
 * @category Reports
 */
export function headline(diff: CommuniqueDiff, locale: ReportLocale = 'en'): string {
  return plainParts(headlineOf(diff, locale), QUOTE_MARKS[locale]);
}
