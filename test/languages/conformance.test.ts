/**
 * The conformance suite every language pack passes: every built-in pack
 * (each registered pack, with the sample paragraphs in `samples.ts` beside
 * its index: a new pack gets the suite by being registered) and the toy pack
 * in ./toy.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import '../support/fc-config.js';
import { foldCommon } from '../../src/normalize/fold.js';
import * as core from '../../src/core.js';
import { LANGUAGE_PACKS, type LanguagePack } from '../../src/index.js';
import { eo } from './toy/index.js';
import { samples as eoSamples } from './toy/samples.js';

const samplesOf = async (code: string): Promise<readonly string[]> => ((await import(`../../src/languages/${code}/samples.ts`)) as { samples: readonly string[] }).samples;
const PACKS: Array<[LanguagePack, readonly string[]]> = [...(await Promise.all(LANGUAGE_PACKS.map(async (p) => [p, await samplesOf(p.code)] as [LanguagePack, readonly string[]]))), [eo, eoSamples]];
const ALL = PACKS.map(([p]) => p);

/** Words of a pack's samples and lexicon, as a reader meets them. */
function wordsOf(pack: LanguagePack, samples: readonly string[]): string[] {
  const text = [...samples, ...pack.lexicon.predicates.map((e) => e.pattern), ...pack.lexicon.markers.map((e) => e.pattern), ...pack.lexicon.attribution].join(' ');
  return [...new Set(text.match(/[\p{L}\p{M}]+/gu) ?? [])];
}

function isDeeplyFrozen(value: unknown, seen = new Set<unknown>()): boolean {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function') || seen.has(value)) return true;
  seen.add(value);
  if (!Object.isFrozen(value)) return false;
  return Reflect.ownKeys(value as object).every((k) => isDeeplyFrozen((value as Record<PropertyKey, unknown>)[k], seen));
}

describe.each(PACKS.map(([p, s]) => [p.code, p, s] as const))('language pack %s', (_, pack, samples) => {
  it('is complete: the engine accepts it, and it names its language, scripts and direction', () => {
    expect(() => core.detectLanguage('x', { languages: [pack] })).not.toThrow();
    expect(pack.name).toMatch(/^\p{Lu}/u);
    for (const s of pack.scripts) expect(() => new RegExp(`\\p{Script=${s}}`, 'u')).not.toThrow();
    expect(samples.length).toBeGreaterThanOrEqual(2);
    for (const s of samples) expect(s.split(/\s+/).length, s).toBeGreaterThanOrEqual(10);
  });

  it('writes its connectors, clitics and alias ids in folded form, as the words they meet', () => {
    const folded = (w: string): string => pack.fold(foldCommon(w, pack.lowerCase));
    for (const w of [...pack.connectors, ...pack.clitics, ...(pack.complementizers ?? []), ...(pack.coordinators ?? []), ...(pack.titles ?? []), ...Object.keys(pack.aliases)]) expect(folded(w), w).toBe(w);
    // Numbers in words: each of their words folded.
    for (const n of pack.cardinals ?? []) for (const w of n.split(' ')) expect(folded(w), n).toBe(w);
  });

  it('is frozen, so that no caller can change later results', () => {
    if (pack !== eo) expect(isDeeplyFrozen(pack)).toBe(true);
  });

  it('writes its samples in its direction', () => {
    const rtl = (t: string): boolean => (t.match(/[\u0590-\u08ff]/gu)?.length ?? 0) > (t.match(/[A-Za-z\u00c0-\u024f\u0400-\u04ff]/gu)?.length ?? 0);
    for (const s of samples) expect(rtl(s) ? 'rtl' : 'ltr').toBe(pack.direction);
  });

  it('folds idempotently, for any word and for its own words', () => {
    for (const w of wordsOf(pack, samples)) expect(pack.fold(pack.fold(w.toLowerCase())), w).toBe(pack.fold(w.toLowerCase()));
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 12 }), (w) => pack.fold(pack.fold(w)) === pack.fold(w)));
  });

  it('stems stably: deterministic, never longer, never empty', () => {
    for (const w of wordsOf(pack, samples)) {
      const f = pack.fold(w.toLowerCase());
      const s = pack.stem(f);
      expect(pack.stem(f), w).toBe(s);
      expect(s.length, w).toBeLessThanOrEqual(f.length);
      expect(s.length, w).toBeGreaterThan(0);
    }
  });

  it('compiles its lexicon, and finds commitments in its samples', () => {
    for (const s of samples) {
      const doc = core.parseCommunique(s, { languages: [pack] });
      expect(core.extractCommitments(doc, { languages: [pack] }).length, s).toBeGreaterThan(0);
    }
  });

  it('reads none of its samples as layout, and its layout patterns only test', () => {
    expect(core.parseCommunique(samples.join('\n'), { languages: [pack] }).layout).toEqual([]);
    expect(core.parseCommunique(samples.join('\n\n'), { languages: ALL }).layout).toEqual([]);
    const patterns = [...(pack.layout?.pageNumbers ?? []), ...Object.values(pack.layout?.furniture ?? {}).flat()];
    for (const re of patterns) expect(re.global || re.sticky, String(re)).toBe(false);
  });

  it('is detected on its own samples among every pack, and its round patterns only read', () => {
    for (const s of samples) expect(core.detectLanguage(s, { languages: ALL }), s).toBe(pack.code);
    for (const re of pack.rounds.patterns) expect(re.global || re.sticky).toBe(false);
  });
});
