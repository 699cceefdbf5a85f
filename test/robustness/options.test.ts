/**
 * Options are validated at the boundary: a wrong type gets a TypeError and an
 * out-of-range value a RangeError, each naming the option (as ky does, every
 * option meets every kind of wrong value).
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ALIASES,
  detectLanguage,
  diffCommuniques,
  diffSeries,
  extractCommitments,
  LANGUAGE_PACKS,
  LEXICONS,
  MARKER_WEIGHTS,
  normalizeText,
  parseCommunique,
  renderHtml,
  renderMarkdown,
  renderSeriesHtml,
  renderSeriesMarkdown,
  REPORT_FORMATS,
  roundLabel,
  STRENGTH_SCALE,
} from '../../src/index.js';

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
  ['commitments', (o) => diffCommuniques('a', 'b', o), (v) => v === true],
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
  ['commitments', (o) => diffSeries(['a', 'b'], o), (v) => v === true],
  ['commitments', (o) => diffSeries(['a'], o), (v) => v === true],
  ['lexicon', (o) => diffSeries(['a'], o), (v) => typeof v === 'object' && v !== null && !Array.isArray(v)],
  ['lexicon', (o) => diffSeries(['a', 'b'], o), (v) => typeof v === 'object' && v !== null && !Array.isArray(v)],
  ['title', (o) => renderSeriesHtml(series, o), (v) => typeof v === 'string'],
  ['hideUnchanged', (o) => renderSeriesMarkdown(series, o), (v) => v === true],
  ['hideCosmetic', (o) => renderSeriesHtml(series, o), (v) => v === true],
  ['hideSteady', (o) => renderSeriesMarkdown(series, o), (v) => v === true],
  ['view', (o) => renderSeriesHtml(series, o), () => false],
  ['languages', (o) => diffCommuniques('a', 'b', o), () => false],
  ['languages', (o) => parseCommunique('x', o), () => false],
  ['languages', (o) => detectLanguage('x', o), () => false],
  ['languages', (o) => normalizeText('x', o), () => false],
  ['lang', (o) => normalizeText('x', o), () => false],
  ['aliases', (o) => normalizeText('x', o), (v) => Array.isArray(v)],
  ['lang', (o) => roundLabel('x', o), () => false],
  ['lang', (o) => extractCommitments(doc, o), () => false],
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

describe('unknown option names', () => {
  // A misspelt option would otherwise be a silent wrong result.
  const CALLS: Array<[string, (o: Record<string, unknown>) => unknown]> = [
    ['parseCommunique', (o) => parseCommunique('x', o)],
    ['detectLanguage', (o) => detectLanguage('x', o)],
    ['diffCommuniques', (o) => diffCommuniques('a', 'b', o)],
    ['diffSeries', (o) => diffSeries(['a', 'b'], o)],
    ['extractCommitments', (o) => extractCommitments(doc, o)],
    ['normalizeText', (o) => normalizeText('x', o)],
    ['roundLabel', (o) => roundLabel('x', o)],
    ['renderMarkdown', (o) => renderMarkdown(diff, o)],
    ['renderHtml', (o) => renderHtml(diff, o)],
    ['renderSeriesMarkdown', (o) => renderSeriesMarkdown(series, o)],
    ['renderSeriesHtml', (o) => renderSeriesHtml(series, o)],
  ];
  it.each(CALLS)('%s refuses them with a TypeError naming the option and the allowed ones', (_, call) => {
    expect(() => call({ minSimilarty: 0.4 })).toThrow(TypeError);
    expect(() => call({ minSimilarty: 0.4 })).toThrow(/`options.minSimilarty` is not an option here; the options are `/);
  });
  it('lists the allowed options', () => {
    expect(() => diffCommuniques('a', 'b', { minSimilarty: 0.4 } as never)).toThrow(
      new TypeError('`options.minSimilarty` is not an option here; the options are `lang`, `paragraphs`, `maxLength`, `layout`, `languages`, `lexicon`, `aliases`, `minSimilarity`, `moveSimilarity`, `commitments`'),
    );
  });
});

describe('a Communique passed in instead of text', () => {
  const good = parseCommunique('1. Reaffirmed their commitment.\n2. Agreed to meet.');
  it('is taken as it is when its paragraphs point into its source', () => {
    expect(diffCommuniques(good, good).alignment.map((c) => c.kind)).toEqual(['unchanged', 'unchanged']);
  });
  it.each([
    ['without offsets', { ...good, paragraphs: good.paragraphs.map((p) => ({ index: p.index, text: p.text })) }],
    ['with offsets that point elsewhere', { ...good, paragraphs: good.paragraphs.map((p) => ({ ...p, textStart: p.textStart + 1 })) }],
    ['with paragraphs out of order', { ...good, paragraphs: [...good.paragraphs].reverse() }],
    ['with NaN offsets', { ...good, paragraphs: good.paragraphs.map((p) => ({ ...p, end: Number.NaN })) }],
  ])('is refused %s, with an error naming the paragraph', (_, doc) => {
    expect(() => diffCommuniques(doc as never, good)).toThrow(TypeError);
    expect(() => diffCommuniques(doc as never, good)).toThrow(/`oldText.paragraphs\[[01]\]` must be a Paragraph of `oldText.source`/);
    expect(() => extractCommitments(doc as never)).toThrow(/`doc.paragraphs\[[01]\]`/);
  });
});

describe('built-in data', () => {
  it('is deeply frozen: pushing to a lexicon or rescaling an act throws instead of changing later results', () => {
    expect(() => (LEXICONS.en.predicates as unknown[]).push({ predicate: 'condemn', pattern: 'frown*' })).toThrow(TypeError);
    expect(() => ((STRENGTH_SCALE as Record<string, number>).condemn = 1)).toThrow(TypeError);
    expect(() => ((MARKER_WEIGHTS as Record<string, number>).booster = 3)).toThrow(TypeError);
    expect(() => (DEFAULT_ALIASES[0] as string[]).push('Turquie')).toThrow(TypeError);
    expect(() => (LANGUAGE_PACKS[0]?.connectors as string[]).push('plus')).toThrow(TypeError);
    expect(() => ((REPORT_FORMATS as Record<string, unknown>).txt = {})).toThrow(TypeError);
    expect(extractCommitments(parseCommunique('They frowned upon the attacks.'))).toEqual([]);
  });
});

describe('normalizeText', () => {
  it('takes an options object like every other function, and says so when given the old array', () => {
    expect(normalizeText('Kyiv', { aliases: [['Kyiv', 'Kiev']] })).toBe('⟨kyiv⟩');
    expect(() => normalizeText('Kyiv', [['Kyiv', 'Kiev']] as never)).toThrow(/normalizeText\(text, \{ aliases \}\)/);
  });
});

describe('`lang` means one thing everywhere', () => {
  // An Arabic report that quotes an English act: detected, both are read; given as Arabic, only the Arabic pack reads it.
  const text = 'أكدت الأطراف التزامها بسيادة سوريا. The parties condemned the attacks on civilians.';
  const acts = (lang?: string): string[] => extractCommitments(parseCommunique(text), lang ? { lang } : undefined).map((c) => c.predicate);
  const diffActs = (lang?: string): string[] => diffCommuniques(text, text, lang ? { lang } : undefined).commitments.map((c) => c.new?.predicate ?? '');
  it('selects that pack for commitments in diffCommuniques as in extractCommitments', () => {
    expect(acts()).toContain('condemn');
    expect(acts('ar')).not.toContain('condemn');
    expect(diffActs('ar')).toEqual(acts('ar'));
    expect(diffActs()).toEqual(acts());
    expect(diffSeries([text], { lang: 'ar' }).commitments.map((h) => h.predicate)).toEqual(acts('ar'));
  });
  it('selects it for parsing too', () => {
    expect(parseCommunique(text, { lang: 'ru' }).lang).toBe('ru');
    expect(diffCommuniques(text, text, { lang: 'ru' }).old.lang).toBe('ru');
  });
});

describe('`lang` given, with parsed communiqués passed in', () => {
  const a = 'Condemned the attacks. أدانت الأطراف الهجمات.';
  const b = 'Strongly condemned the attacks. أدانت الأطراف بشدة الهجمات.';
  it('reads them as that language, as it reads texts', () => {
    const fromText = diffCommuniques(a, b, { lang: 'ar' }).commitments.map((c) => `${c.kind} ${c.new?.predicateText}`);
    const fromDocs = diffCommuniques(parseCommunique(a), parseCommunique(b), { lang: 'ar' }).commitments.map((c) => `${c.kind} ${c.new?.predicateText}`);
    expect(fromDocs).toEqual(fromText);
    expect(fromText).toEqual(['strengthened أدانت']);
    expect(extractCommitments(parseCommunique(b), { lang: 'ar' }).map((c) => c.predicateText)).toEqual(['أدانت']);
  });
});

describe('two sides detected as different languages', () => {
  it('read the same paragraph the same way on both sides (one lexicon for the same packs)', () => {
    const ar = 'أدانت الأطراف بشدة الهجمات على المدنيين في إدلب.';
    const oldText = `Reaffirmed their commitment to the sovereignty of Syria and to the purposes of the Charter.\n\n${ar}`;
    const newText = `${ar}\n\nأكدت الأطراف أهمية عودة اللاجئين إلى ديارهم.\n\nDiscussed the situation.`;
    const diff = diffCommuniques(oldText, newText);
    expect([diff.old.lang, diff.new.lang]).toEqual(['en', 'ar']);
    const same = diff.commitments.find((c) => c.new?.text.startsWith('أدانت'));
    expect(same?.kind).toBe('unchanged');
    expect(same?.reasons).toEqual(['same wording']);
  });
});

describe('a Communique with offsets outside its source', () => {
  it('is refused', () => {
    const doc = parseCommunique('Reaffirmed their commitment.');
    const p = doc.paragraphs[0] as (typeof doc.paragraphs)[number];
    for (const bad of [{ ...p, start: -3, textStart: -3 }, { ...p, end: 999 }, { ...p, label: 42 }]) {
      expect(() => extractCommitments({ ...doc, paragraphs: [bad as never] })).toThrow(/`doc.paragraphs\[0\]`/);
    }
  });
});
