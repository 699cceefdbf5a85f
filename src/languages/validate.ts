/**
 * Checks of what callers pass as language data: language packs
 * (`options.languages`) and lexicon additions (`options.lexicon`). Errors name
 * the option path, what came and what is allowed. The conformance suite
 * (test/languages) checks the built-in packs much further.
 */
import { describe } from '../util/validate.js';
import type { FurnitureKind, LanguagePack, Lexicon, MarkerKind } from './types.js';

const MARKER_KINDS: readonly MarkerKind[] = ['booster', 'hedge', 'condition', 'modal', 'negation', 'scope', 'time'];
const FURNITURE_KINDS: readonly FurnitureKind[] = ['dateline', 'byline', 'caption', 'read-also', 'social', 'share', 'tags', 'footer', 'advertisement'];

type Check = (v: unknown) => boolean;
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isFunction: Check = (v) => typeof v === 'function';
const strings: Check = (v) => Array.isArray(v) && v.every(isString);
const regexps = (v: unknown): boolean => Array.isArray(v) && v.every((re) => re instanceof RegExp && !re.global && !re.sticky);
const optional = (v: unknown, check: (v: unknown) => boolean): boolean => v === undefined || check(v);

/** Throw a TypeError (or, with `range`, a RangeError) naming `path` unless `ok`. */
function expect(ok: boolean, path: string, allowed: string, value: unknown, range = false): void {
  if (ok) return;
  const message = `\`${path}\` must be ${allowed}, received ${describe(value)}`;
  throw range ? new RangeError(message) : new TypeError(message);
}

/** Why a lexicon pattern cannot match anything, or undefined when it can. */
export function patternProblem(pattern: string): string | undefined {
  const words = pattern.trim().split(/\s+/).filter((w) => !/^~\d{1,2}$/.test(w));
  if (words.some((w) => /^~/.test(w))) return 'has a gap other than ~0 to ~99';
  return words.length === 0 || words.some((w) => w.split('|').every((alt) => alt === '' || alt === '*')) ? 'has no words to match' : undefined;
}

// What each list of a lexicon holds: how to check an entry, what is allowed, and its pattern.
const LISTS: ReadonlyArray<[keyof Lexicon, Check, string, (e: never) => string]> = [
  [
    'predicates',
    (e) => isObject(e) && isString(e.pattern) && isString(e.predicate) && optional(e.strength, Number.isFinite) && optional(e.nominal, (v) => typeof v === 'boolean') && optional(e.impersonal, (v) => typeof v === 'boolean') && optional(e.negative, (v) => typeof v === 'boolean'),
    'an object with string `predicate` and `pattern`, and optionally a finite `strength` and a boolean `nominal`, `impersonal` or `negative`',
    (e: { pattern: string }) => e.pattern,
  ],
  [
    'markers',
    (e) => isObject(e) && isString(e.pattern) && MARKER_KINDS.includes(e.kind as MarkerKind) && optional(e.weight, Number.isFinite),
    `an object with a string \`pattern\`, a \`kind\` of ${MARKER_KINDS.join(', ')}, and optionally a finite \`weight\``,
    (e: { pattern: string }) => e.pattern,
  ],
  ['attribution', isString, 'a pattern string', (e: string) => e],
  ['parties', isString, 'a pattern string', (e: string) => e],
  ['party', isString, 'a pattern string', (e: string) => e],
  ['thirdParty', isString, 'a pattern string', (e: string) => e],
  ['furniture', isString, 'a pattern string', (e: string) => e],
  ['addresseeEnds', isString, 'a pattern string', (e: string) => e],
  ['clauseBreaks', isString, 'a pattern string', (e: string) => e],
];
// A pack's lexicon must have these; the speaker lists may be left out.
const REQUIRED: ReadonlyArray<keyof Lexicon> = ['predicates', 'markers', 'attribution'];

/**
 * Check a list of lexicon entries at `path`: an array (`arrayAllowed` names
 * what is allowed), each entry as `check` says, each pattern able to match.
 */
function expectPatterns(path: string, v: unknown, arrayAllowed: string, check: Check, allowed: string, pattern: (e: never) => string): void {
  expect(Array.isArray(v), path, arrayAllowed, v);
  (v as unknown[]).forEach((e, i) => {
    expect(check(e), `${path}[${i}]`, allowed, e);
    const p = pattern(e as never);
    const problem = patternProblem(p);
    if (problem) throw new RangeError(`\`${path}[${i}]${isString(e) ? '' : '.pattern'}\` ${problem}, received ${describe(p)}`);
  });
}

/**
 * Check a lexicon: with `partial`, any of its three lists may be left out
 * (a user's additions); otherwise all three are required (a pack's lexicon).
 */
export function expectLexicon(name: string, value: unknown, partial: boolean): Lexicon {
  if (!isObject(value)) throw new TypeError(`\`${name}\` must be an object with \`predicates\`, \`markers\` or \`attribution\`, received ${describe(value)}`);
  const out = { predicates: [], markers: [], attribution: [] } as Partial<Record<keyof Lexicon, unknown[]>>;
  for (const [key, check, allowed, pattern] of LISTS) {
    const v = value[key];
    if (v === undefined && (partial || !REQUIRED.includes(key))) continue;
    expectPatterns(`${name}.${key}`, v, 'an array', check, allowed, pattern);
    out[key] = v as unknown[];
  }
  if (value.agents !== undefined) {
    expect(isObject(value.agents), `${name}.agents`, 'an object with `parties` and `party` (arrays of pattern strings), either optional', value.agents);
    const agents = value.agents as Record<string, unknown>;
    for (const key of Object.keys(agents)) expect(key === 'parties' || key === 'party', `${name}.agents.${key}`, 'absent: `agents` has only `parties` and `party`', agents[key]);
    for (const key of ['parties', 'party'] as const) {
      const list = agents[key];
      if (list !== undefined) expectPatterns(`${name}.agents.${key}`, list, 'an array of pattern strings', isString, 'a pattern string', (e: string) => e);
    }
    (out as Record<string, unknown>).agents = agents;
  }
  return out as unknown as Lexicon;
}

// The fields of a pack: how to check each, and what is allowed.
const FIELDS: ReadonlyArray<[string, Check, string]> = [
  ['code', (v) => isString(v) && /^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(v) && v !== 'und', "a BCP 47 language code such as 'fr' (not 'und')"],
  ['name', isString, 'a string'],
  ['scripts', (v) => strings(v) && (v as string[]).length > 0 && (v as string[]).every((s) => isScript(s)), "a non-empty array of Unicode script names such as 'Latin'"],
  ['direction', (v) => v === 'ltr' || v === 'rtl', "'ltr' or 'rtl'"],
  ['detection', (v) => isObject(v) && strings(v.stopWords) && isString(v.letters), 'an object with `stopWords` (strings) and `letters` (a string)'],
  ['lowerCase', (v) => v === undefined || isFunction(v), 'a function or undefined'],
  ['fold', isFunction, 'a function'],
  ['stem', isFunction, 'a function'],
  ['clitics', strings, 'an array of strings'],
  ['wordOrder', (v) => v === undefined || v === 'subject-first' || v === 'verb-first' || v === 'verb-final', "'subject-first', 'verb-first', 'verb-final' or undefined"],
  ['connectors', strings, 'an array of strings'],
  ['coordinators', (v) => v === undefined || strings(v), 'an array of strings or undefined'],
  ['cardinals', (v) => v === undefined || strings(v), 'an array of strings (the numbers from one, in words) or undefined'],
  ['titles', (v) => v === undefined || strings(v), 'an array of strings or undefined'],
  ['complementizers', (v) => v === undefined || strings(v), 'an array of strings or undefined'],
  ['rounds', (v) => isObject(v) && Array.isArray(v.patterns) && v.patterns.every((re) => re instanceof RegExp && !re.global && !re.sticky) && (v.ordinalsAsDigits === undefined || isFunction(v.ordinalsAsDigits)), 'an object with `patterns` (RegExps without the g or y flag) and an optional `ordinalsAsDigits` function'],
  ['layout', (v) => v === undefined || (isObject(v) && regexps(v.pageNumbers) && isObject(v.furniture) && Object.entries(v.furniture).every(([k, r]) => FURNITURE_KINDS.includes(k as FurnitureKind) && regexps(r))), `undefined or an object with \`pageNumbers\` (RegExps without the g or y flag) and \`furniture\` (such RegExps by kind: ${FURNITURE_KINDS.join(', ')})`],
  ['aliases', (v) => isObject(v) && Object.values(v).every(strings), 'an object of alias groups (arrays of names) by id'],
  ['concepts', (v) => v === undefined || (isObject(v) && Object.values(v).every((c) => (isString(c) || strings(c)) && [c].flat().every((p) => patternProblem(p as string) === undefined))), 'undefined or an object of concept patterns (a pattern or an array of patterns, each with words) by concept id'],
];

function isScript(s: string): boolean {
  if (!/^[A-Z][A-Za-z_]+$/.test(s)) return false;
  try {
    new RegExp(`\\p{Script=${s}}`, 'u');
    return true;
  } catch {
    return false;
  }
}

const checked = new WeakSet<object>();

/** Check `options.languages`: a non-empty array of language packs with distinct codes. Each pack object is checked once. */
export function expectLanguagePacks(name: string, value: unknown): readonly LanguagePack[] {
  expect(Array.isArray(value) && value.length > 0, name, "a non-empty array of language packs (such as `en` from 'communique-diff/languages/en')", value);
  const codes = new Set<unknown>();
  (value as unknown[]).forEach((p, i) => {
    const at = `${name}[${i}]`;
    expect(isObject(p), at, 'a language pack object', p);
    const pack = p as Record<string, unknown>;
    if (!checked.has(pack)) {
      for (const [key, check, allowed] of FIELDS) expect(check(pack[key]), `${at}.${key}`, allowed, pack[key]);
      expectLexicon(`${at}.lexicon`, pack.lexicon, false);
      checked.add(pack);
    }
    expect(!codes.has(pack.code), `${at}.code`, 'a language not given before in the array', pack.code, true);
    codes.add(pack.code);
  });
  return value as readonly LanguagePack[];
}
