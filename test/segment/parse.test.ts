import { describe, expect, it } from 'vitest';
import { parseCommunique } from '../../src/index.js';
import { SEED, exampleRound } from '../support/fixtures.js';

describe('parseCommunique: paragraphs', () => {
  it('reads the seed as one paragraph per line', () => {
    const doc = parseCommunique(SEED);
    expect(doc.lang).toBe('ar');
    expect(doc.paragraphs).toHaveLength(SEED.split('\n').length);
    expect(doc.paragraphs[0]?.text).toBe('أطراف مسار “أستانا” بشأن سوريا تصدر البيان الختامي للجولة الـ 20');
    // The last paragraph has an unclosed quote and no trailing newline: kept whole.
    expect(doc.paragraphs.at(-1)?.text.endsWith('بين الأطراف السورية.')).toBe(true);
  });

  it('points every paragraph into the source, label and text included', () => {
    for (const text of [SEED, exampleRound('en', 'a'), exampleRound('ar', 'a'), exampleRound('ru', 'a')]) {
      const doc = parseCommunique(text);
      for (const p of doc.paragraphs) {
        expect(doc.source.slice(p.textStart, p.end)).toBe(p.text);
        expect(doc.source.slice(p.start, p.end).startsWith(p.label ?? '')).toBe(true);
        expect(p.start).toBeLessThanOrEqual(p.textStart);
      }
    }
  });

  it('splits at blank lines and joins hard-wrapped lines, as pasted from a PDF', () => {
    const doc = parseCommunique(exampleRound('ru', 'a'));
    expect(doc.lang).toBe('ru');
    expect(doc.paragraphs).toHaveLength(11);
    expect(doc.paragraphs[1]?.label).toBe('1.');
    expect(doc.paragraphs[1]?.text).toBe(
      'Подтвердили твёрдую и неизменную приверженность суверенитету,\nнезависимости, единству и территориальной целостности Сирийской\nАрабской Республики, а также целям и принципам Устава ООН.',
    );
  });

  it('keeps numbered lines apart inside a block', () => {
    const doc = parseCommunique('Preamble line one\nand two.\n\n1. First point.\n2. Second point.');
    expect(doc.paragraphs.map((p) => [p.label, p.text])).toEqual([
      [undefined, 'Preamble line one\nand two.'],
      ['1.', 'First point.'],
      ['2.', 'Second point.'],
    ]);
  });

  it('does not change paragraphs for CRLF, BOM, NBSP, bidi and zero-width marks or trailing spaces', () => {
    const plain = parseCommunique('1. First.\n2. Second.\n3. Third.');
    const noisy = parseCommunique('\ufeff1. First.  \r\n\u200f2.\u00a0Second.\u200b\r\n\u202a3. Third.\u202c \t\r\n');
    const shape = (d: typeof plain) => d.paragraphs.map((p) => [p.label, p.text.replace(/[\u200b-\u200f\u202a-\u202e]/g, '')]);
    expect(shape(noisy)).toEqual(shape(plain));
  });

  it('honours the paragraph mode option', () => {
    const text = 'one\ntwo\n\nthree';
    expect(parseCommunique(text, { paragraphs: 'line' }).paragraphs.map((p) => p.text)).toEqual(['one', 'two', 'three']);
    expect(parseCommunique(text, { paragraphs: 'blank-line' }).paragraphs.map((p) => p.text)).toEqual(['one\ntwo', 'three']);
  });

  it('treats empty and blank text as a document without paragraphs', () => {
    expect(parseCommunique('').paragraphs).toEqual([]);
    expect(parseCommunique(' \n\r\n\t\u200f\ufeff').paragraphs).toEqual([]);
    expect(parseCommunique('').lang).toBe('und');
  });
});

describe('parseCommunique: labels', () => {
  it.each([
    ['1. Text', '1.'],
    ['12) Text', '12)'],
    ['(a) Text', '(a)'],
    ['b) Text', 'b)'],
    ['١- نص', '١-'],
    ['٣. نص', '٣.'],
    ['IV. Text', 'IV.'],
    ['(iii) Text', '(iii)'],
    ['б) Текст', 'б)'],
  ])('finds the label of %j', (text, label) => {
    const p = parseCommunique(text).paragraphs[0];
    expect(p?.label).toBe(label);
    expect(p?.text).toBe(text.slice(label.length + 1));
  });

  it.each(['A. Lavrentiev said', '2023 was', 'Mix. of words', '1.5 million', 'Resolution 2254 (2015)'])('finds no label in %j', (text) => {
    const p = parseCommunique(text).paragraphs[0];
    expect(p?.label).toBeUndefined();
    expect(p?.text).toBe(text);
  });
});

describe('parseCommunique: language and errors', () => {
  it.each([
    ['The parties reaffirmed', 'en'],
    ['Стороны подтвердили', 'ru'],
    ['أكدت الأطراف التزامها بقرار 2254 (UN)', 'ar'],
    ['2254 — 2672', 'und'],
  ])('detects the language of %j', (text, lang) => {
    expect(parseCommunique(text).lang).toBe(lang);
  });

  it('takes the language from the option', () => {
    expect(parseCommunique('Astana', { lang: 'ru' }).lang).toBe('ru');
  });

  it.each([undefined, null, 42, {}, [], Symbol('x'), () => 'text'])('rejects %s as text with a TypeError naming it', (value) => {
    // @ts-expect-error: testing runtime validation
    expect(() => parseCommunique(value)).toThrow(TypeError);
    // @ts-expect-error: testing runtime validation
    expect(() => parseCommunique(value)).toThrow(/`text` must be a string/);
  });

  it('rejects an unknown language or paragraph mode with a RangeError listing what is allowed', () => {
    expect(() => parseCommunique('x', { lang: 'de' })).toThrow(new RangeError("`options.lang` must be one of 'en', 'ar', 'ru', 'fr', 'tr', 'fa', 'und', received \"de\""));
    // @ts-expect-error: testing runtime validation
    expect(() => parseCommunique('x', { paragraphs: 3 })).toThrow(TypeError);
    // @ts-expect-error: testing runtime validation
    expect(() => parseCommunique('x', 'en')).toThrow(/`options` must be an object/);
  });
});
