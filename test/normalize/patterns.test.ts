/** The lexicon pattern compiler and matcher: alternatives, prefixes, bounded gaps, and the choice among matches. */
import { describe, expect, it } from 'vitest';
import { compile, indexPatterns, matchAt, startingWith } from '../../src/normalize/patterns.js';

const form = (w: string): string => w.toLowerCase();
const words = (s: string): string[] => s.toLowerCase().split(' ');
const match = (patterns: string[], text: string, at = 0, barriers?: Set<number>) => {
  const compiled = patterns.map((p, i) => compile(p, p, i, form));
  const ws = words(text);
  const hit = matchAt(startingWith(indexPatterns(compiled), ws[at] as string), ws, at, ws.length, undefined, barriers);
  return hit && { entry: hit.entry, words: hit.words };
};

describe('lexicon patterns', () => {
  it('match alternatives and prefixes', () => {
    expect(match(['urge|urged'], 'urged the parties')).toEqual({ entry: 'urge|urged', words: [0] });
    expect(match(['condemn*'], 'condemning attacks')?.words).toEqual([0]);
    expect(match(['condemn*'], 'condone attacks')).toBeUndefined();
  });
  it('allow up to N other words between two words with ~N, and no more', () => {
    expect(match(['expressed ~3 concern'], 'expressed their deep and grave concern')).toBeUndefined();
    expect(match(['expressed ~3 concern'], 'expressed their grave concern')?.words).toEqual([0, 3]);
  });
  it('do not reach across clause punctuation with a gap (a barrier: the word after a comma)', () => {
    expect(match(['called ~2 for'], 'called upon for')?.words).toEqual([0, 2]);
    expect(match(['called ~2 for'], 'called upon for', 0, new Set([2]))).toBeUndefined();
    expect(match(['called ~2 for'], 'called for', 0, new Set([1]))?.words).toEqual([0, 1]);
  });
  it('prefer the match with most parts, then the shortest span, then the earlier entry', () => {
    expect(match(['called', 'called upon'], 'called upon the parties')?.entry).toBe('called upon');
    expect(match(['called ~2 for', 'called ~1 for'], 'called for peace')?.entry).toBe('called ~2 for');
  });
  it('index patterns by their first word', () => {
    const idx = indexPatterns([compile('welcome*', 1, 0, form), compile('note|noted', 2, 1, form)]);
    expect(startingWith(idx, 'welcomed').map((c) => c.entry)).toEqual([1]);
    expect(startingWith(idx, 'noted').map((c) => c.entry)).toEqual([2]);
    expect(startingWith(idx, 'nothing')).toEqual([]);
  });
  it('refuse a pattern with no words', () => {
    expect(() => compile('  ', null, 0, form)).toThrow(RangeError);
    expect(() => compile('~2', null, 0, form)).toThrow(/has no words to match/);
  });
});
