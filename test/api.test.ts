import { expect, it } from 'vitest';
import * as core from '../src/core.js';
import * as api from '../src/index.js';
import * as ar from '../src/languages/ar/index.js';
import * as en from '../src/languages/en/index.js';
import * as fa from '../src/languages/fa/index.js';
import * as fr from '../src/languages/fr/index.js';
import * as ru from '../src/languages/ru/index.js';
import * as tr from '../src/languages/tr/index.js';

// A change here is a change of the public API: update README and CHANGELOG with it.
const FUNCTIONS = ['detectLanguage', 'diffCommuniques', 'diffSeries', 'extractCommitments', 'hasSubstantiveChange', 'headline', 'normalizeText', 'parseCommunique', 'renderDocx', 'renderHtml', 'renderMarkdown', 'renderSeriesHtml', 'renderSeriesMarkdown', 'renderText', 'roundLabel', 'seriesToJSON', 'toJSON'];

it('exports exactly the documented public API from the main entry', () => {
  expect(Object.keys(api).sort()).toEqual([...FUNCTIONS, 'DEFAULT_ALIASES', 'LANGUAGE_PACKS', 'LEXICONS', 'MARKER_WEIGHTS', 'REPORT_FORMATS', 'REPORT_LOCALES', 'SCHEMA_VERSION', 'STRENGTH_SCALE'].sort());
});

it('exports the same functions from the core, without any language data', () => {
  expect(Object.keys(core).sort()).toEqual([...FUNCTIONS, 'MARKER_WEIGHTS', 'REPORT_FORMATS', 'REPORT_LOCALES', 'SCHEMA_VERSION', 'STRENGTH_SCALE'].sort());
});

it('exports one named pack from each language entry', () => {
  expect(Object.keys(en)).toEqual(['en']);
  expect(Object.keys(ar)).toEqual(['ar']);
  expect(Object.keys(ru)).toEqual(['ru']);
  expect(Object.keys(fr)).toEqual(['fr']);
  expect(Object.keys(tr)).toEqual(['tr']);
  expect(Object.keys(fa)).toEqual(['fa']);
  expect(api.LANGUAGE_PACKS).toEqual([en.en, ar.ar, ru.ru, fr.fr, tr.tr, fa.fa]);
});

it('core functions refuse to run without language packs, saying where to get them', () => {
  // @ts-expect-error: testing runtime validation
  expect(() => core.diffCommuniques('a', 'b')).toThrow(/`options.languages` must be a non-empty array of language packs .*communique-diff\/languages\/en/);
  // @ts-expect-error: testing runtime validation
  expect(() => core.parseCommunique('a', {})).toThrow(TypeError);
  expect(() => core.detectLanguage('a', { languages: [] })).toThrow(TypeError);
});
