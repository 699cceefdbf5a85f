/** The peers measured in the same run: diff-match-patch and jsdiff's diffWords. */
import DiffMatchPatch from 'diff-match-patch';
import { diffWords } from 'diff';

/** diff-match-patch as the issue measures it: diff_main on characters, then semantic cleanup. */
export function dmp(a: string, b: string): number {
  const d = new DiffMatchPatch();
  d.Diff_Timeout = 0;
  const diffs = d.diff_main(a, b);
  d.diff_cleanupSemantic(diffs);
  return diffs.length;
}

/** jsdiff's diffWords without a segmenter (cuts Arabic into letters). */
export function jsdiffWords(a: string, b: string): number {
  return diffWords(a, b).length;
}

/** jsdiff's diffWords with Intl.Segmenter, the only way it handles Arabic. */
export function jsdiffWordsSegmenter(a: string, b: string, locale: string): number {
  return diffWords(a, b, { intlSegmenter: new Intl.Segmenter(locale, { granularity: 'word' }) }).length;
}
