/**
 * Checks of what callers pass as language data: language packs
 * (`options.languages`) and lexicon additions (`options.lexicon`). Errors name
 * the option path, what came and what is allowed.
 */
import { describe } from '../util/validate.js';
import type { LanguagePack, Lexicon, MarkerEntry, MarkerKind, PredicateEntry } from './types.js';

const MARKER_KINDS: readonly MarkerKind[] = ['booster', 'hedge', 'modal', 'negation', 'scope', 'time'];

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Why a lexicon pattern cannot match anything, or undefined when it can. */
export function patternProblem(pattern: string): string | undefined {
  const words = pattern.trim().split(/\s+/).filter((w) => !/^~\d{1,2}$/.test(w));
  if (words.length === 0 || words.some((w) => w.split('|').every((alt) => alt === '' || alt === '*'))) return 'has no words to match';
  return undefined;
}

/**
 * Check a lexicon: with `partial`, any of its three lists may be left out
 * (a user's additions); otherwise all three are required (a pack's lexicon).
 */
export function expectLexicon(name: string, value: unknown, partial: boolean): Lexicon {
  if (!isObject(value)) throw new TypeError(`\`${name}\` must be an object with \`predicates\`, \`markers\` or \`attribution\`, received ${describe(value)}`);
  const list = <T>(key: keyof Lexicon, check: (e: unknown) => boolean, allowed: string, pattern: (e: T) => string): T[] => {
    const v = value[key];
    if (v === undefined && partial) return [];
    if (!Array.isArray(v)) throw new TypeError(`\`${name}.${key}\` must be an array, received ${describe(v)}`);
    v.forEach((e: unknown, i) => {
      if (!check(e)) throw new TypeError(`\`${name}.${key}[${i}]\` must be ${allowed}, received ${describe(e)}`);
      const problem = patternProblem(pattern(e as T));
      if (problem) throw new RangeError(`\`${name}.${key}[${i}]${typeof e === 'string' ? '' : '.pattern'}\` ${problem}, received ${describe(pattern(e as T))}`);
    });
    return v as T[];
  };
  const entry = (e: unknown): e is { pattern: string } => isObject(e) && typeof e.pattern === 'string';
  return {
    predicates: list<PredicateEntry>('predicates', (e) => entry(e) && typeof (e as { predicate?: unknown }).predicate === 'string', 'an object with string `predicate` and `pattern`', (e) => e.pattern),
    markers: list<MarkerEntry>('markers', (e) => entry(e) && MARKER_KINDS.includes((e as { kind?: MarkerKind }).kind as MarkerKind), `an object with a string \`pattern\` and a \`kind\` of ${MARKER_KINDS.join(', ')}`, (e) => e.pattern),
    attribution: list<string>('attribution', (e) => typeof e === 'string', 'a pattern string', (e) => e),
  };
}

const checked = new WeakSet<object>();
const CODE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/** Check `options.languages`: a non-empty array of language packs with distinct codes. Each pack is checked once. */
export function expectLanguagePacks(name: string, value: unknown): readonly LanguagePack[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new TypeError(`\`${name}\` must be a non-empty array of language packs (such as \`en\` from 'communique-diff/languages/en'), received ${describe(value)}`);
  }
  const codes = new Set<string>();
  value.forEach((p: unknown, i) => {
    const at = `${name}[${i}]`;
    expectPack(at, p);
    if (codes.has(p.code)) throw new RangeError(`\`${at}.code\` repeats the language ${JSON.stringify(p.code)}; give each language once`);
    codes.add(p.code);
  });
  return value as readonly LanguagePack[];
}

function expectPack(at: string, p: unknown): asserts p is LanguagePack {
  if (isObject(p) && checked.has(p)) return;
  if (!isObject(p)) throw new TypeError(`\`${at}\` must be a language pack object, received ${describe(p)}`);
  const field = (key: string, ok: (v: unknown) => boolean, allowed: string, error: 'type' | 'range' = 'type'): void => {
    if (!ok(p[key])) {
      const message = `\`${at}.${key}\` must be ${allowed}, received ${describe(p[key])}`;
      throw error === 'type' ? new TypeError(message) : new RangeError(message);
    }
  };
  const strings = (v: unknown): boolean => Array.isArray(v) && v.every((s) => typeof s === 'string');
  const fn = (v: unknown): boolean => typeof v === 'function';
  field('code', (v) => typeof v === 'string', 'a BCP 47 language code string');
  field('code', (v) => CODE.test(v as string) && v !== 'und', "a BCP 47 language code such as 'fr' (not 'und')", 'range');
  field('name', (v) => typeof v === 'string', 'a string');
  field('scripts', (v) => strings(v) && (v as string[]).length > 0, 'a non-empty array of Unicode script names');
  (p.scripts as string[]).forEach((s, k) => {
    try {
      new RegExp(`\\p{Script=${s}}`, 'u');
    } catch {
      throw new RangeError(`\`${at}.scripts[${k}]\` must be a Unicode script name such as 'Latin', received ${describe(s)}`);
    }
  });
  field('direction', (v) => v === 'ltr' || v === 'rtl', "'ltr' or 'rtl'");
  field('detection', (v) => isObject(v) && strings(v.stopWords) && typeof v.letters === 'string', 'an object with `stopWords` (strings) and `letters` (a string)');
  field('lowerCase', (v) => v === undefined || fn(v), 'a function or undefined');
  field('fold', fn, 'a function');
  field('stem', fn, 'a function');
  field('clitics', strings, 'an array of strings');
  field('connectors', strings, 'an array of strings');
  expectLexicon(`${at}.lexicon`, p.lexicon, false);
  field('rounds', (v) => isObject(v) && Array.isArray(v.patterns) && (v.ordinalsAsDigits === undefined || fn(v.ordinalsAsDigits)), 'an object with `patterns` (RegExps) and an optional `ordinalsAsDigits` function');
  (p.rounds as { patterns: unknown[] }).patterns.forEach((re, k) => {
    if (!(re instanceof RegExp) || re.global || re.sticky) {
      throw new TypeError(`\`${at}.rounds.patterns[${k}]\` must be a RegExp without the g or y flag, received ${re instanceof RegExp ? String(re) : describe(re)}`);
    }
  });
  field('aliases', (v) => isObject(v) && Object.values(v).every(strings), 'an object of alias groups (arrays of names) by id');
  field('samples', strings, 'an array of sample texts');
  checked.add(p);
}
