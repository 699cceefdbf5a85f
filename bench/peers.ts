/** The peers measured in the same run: diff-match-patch (line and word mode) and jsdiff's diffWords. */
import DiffMatchPatch from 'diff-match-patch';
import { diffWords } from 'diff';

/** diff-match-patch in its default mode: diff_main (which diffs lines first in long texts), then semantic cleanup. */
export function dmp(a: string, b: string): number {
  const d = new DiffMatchPatch();
  d.Diff_Timeout = 0;
  const diffs = d.diff_main(a, b);
  d.diff_cleanupSemantic(diffs);
  return diffs.length;
}

/**
 * diff-match-patch in word mode, its documented line-or-word recipe: each
 * distinct word (a run of non-space characters, or of spaces) mapped to one
 * character, diff_main on those characters without the line speed-up, the
 * characters mapped back, then semantic cleanup.
 */
export function dmpWords(a: string, b: string): number {
  const d = new DiffMatchPatch();
  d.Diff_Timeout = 0;
  const words: string[] = [''];
  const ids = new Map<string, number>();
  const encode = (text: string): string => {
    let out = '';
    for (const w of text.match(/\s+|\S+/g) ?? []) {
      let id = ids.get(w);
      if (id === undefined) {
        id = words.length;
        words.push(w);
        ids.set(w, id);
      }
      out += String.fromCharCode(id);
    }
    return out;
  };
  const chars1 = encode(a);
  const chars2 = encode(b);
  if (words.length > 0xffff) throw new RangeError(`dmpWords: ${words.length} distinct words, more than one UTF-16 code unit each can stand for`);
  const diffs = d.diff_main(chars1, chars2, false);
  d.diff_charsToLines_(diffs, words);
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
