/**
 * Options are validated at the boundary: a wrong type gets a TypeError and an
 * out-of-range value a RangeError, each naming the option (as ky does, every
 * option meets every kind of wrong value).
 */
import { describe, expect, it } from 'vitest';
import { diffCommuniques, diffSeries, extractCommitments, parseCommunique, renderHtml, renderMarkdown, renderSeriesHtml, renderSeriesMarkdown } from '../../src/index.js';

const WRONG: unknown[] = [true, 666, 'hello', [], null, () => {}, Symbol('x'), { a: 1 }, Number.NaN, -1];
const diff = diffCommuniques('1. Reaffirmed.', '1. Reaffirmed strongly.');
const doc = parseCommunique('Reaffirmed.');
const series = diffSeries(['1. Reaffirmed.', '1. Reaffirmed strongly.']);

/** For each option, which of the WRONG values are in fact allowed. */
const OPTIONS: Array<[string, (o: Record<string, unknown>) => unknown, (v: unknown) => boolean]> = [
  ['lang', (o) => parseCommunique('x', o), () => false],
  ['paragraphs', (o) => parseCommunique('x', o), () => false],
  ['maxLength', (o) => parseCommunique('x', o), (v) => v === 666],
  ['minSimilarity', (o) => diffCommuniques('a', 'b', o), () => false],
  ['moveSimilarity', (o) => diffCommuniques('a', 'b', o), () => false],
  ['aliases', (o) => diffCommuniques('a', 'b', o), (v) => Array.isArray(v)],
  ['lexicon', (o) => extractCommitments(doc, o), (v) => typeof v === 'object' && v !== null && !Array.isArray(v)],
  ['hideUnchanged', (o) => renderHtml(diff, o), (v) => v === true],
  ['hideCosmetic', (o) => renderMarkdown(diff, o), (v) => v === true],
  ['title', (o) => renderHtml(diff, o), (v) => typeof v === 'string'],
  ['oldLabel', (o) => renderMarkdown(diff, o), (v) => typeof v === 'string'],
  ['newLabel', (o) => renderHtml(diff, o), (v) => typeof v === 'string'],
  ['view', (o) => renderHtml(diff, o), () => false],
  // The same options through diffSeries and the series renderers.
  ['lang', (o) => diffSeries(['a', 'b'], o), () => false],
  ['minSimilarity', (o) => diffSeries(['a', 'b'], o), () => false],
  ['moveSimilarity', (o) => diffSeries(['a', 'b'], o), () => false],
  ['aliases', (o) => diffSeries(['a', 'b'], o), (v) => Array.isArray(v)],
  ['lexicon', (o) => diffSeries(['a'], o), (v) => typeof v === 'object' && v !== null && !Array.isArray(v)],
  ['lexicon', (o) => diffSeries(['a', 'b'], o), (v) => typeof v === 'object' && v !== null && !Array.isArray(v)],
  ['title', (o) => renderSeriesHtml(series, o), (v) => typeof v === 'string'],
  ['hideUnchanged', (o) => renderSeriesMarkdown(series, o), (v) => v === true],
  ['hideCosmetic', (o) => renderSeriesHtml(series, o), (v) => v === true],
  ['hideSteady', (o) => renderSeriesMarkdown(series, o), (v) => v === true],
  ['view', (o) => renderSeriesHtml(series, o), () => false],
];

describe('option validation', () => {
  OPTIONS.forEach(([name, call, allowed], i) => {
    it(`names \`options.${name}\` in the error for every wrong value (case ${i + 1})`, () => {
      for (const value of WRONG) {
        if (allowed(value)) continue;
        let error: unknown;
        try {
          call({ [name]: value });
        } catch (e) {
          error = e;
        }
        expect(error instanceof TypeError || error instanceof RangeError, `${name} = ${String(value)}`).toBe(true);
        expect((error as Error).message).toContain(`options.${name}`);
      }
    });
  });

  it('says what was received and what is allowed', () => {
    expect(() => parseCommunique('x', { maxLength: 0 })).toThrow(new RangeError('`options.maxLength` must be a positive number, received number 0'));
    // @ts-expect-error: testing runtime validation
    expect(() => renderHtml(diff, { title: 42 })).toThrow(new TypeError('`options.title` must be a string, received number 42'));
    // @ts-expect-error: testing runtime validation
    expect(() => diffCommuniques('a', 'b', { minSimilarity: '0.5' })).toThrow(new TypeError('`options.minSimilarity` must be a number from 0 to 1, received "0.5"'));
  });

  it('rejects a non-object options argument', () => {
    // @ts-expect-error: testing runtime validation
    expect(() => diffCommuniques('a', 'b', 'fast')).toThrow(new TypeError('`options` must be an object or undefined, received "fast"'));
  });
});
