/** The built-in lexicons, and compiling them (with a user's additions) for matching. */
import type { Language, Lexicon, MarkerEntry, PredicateEntry } from '../../types.js';
import { describe } from '../../util/validate.js';
import { compile, indexPatterns, matchForm, startingWith, type Compiled } from '../patterns.js';
import { MARKER_WEIGHTS, STRENGTH_SCALE } from '../scale.js';
import { ar } from './ar.js';
import { en } from './en.js';
import { ru } from './ru.js';

/**
 * The built-in lexicons of acts, markers and attribution, one per language.
 * Read them to see what is recognized; extend them with the `lexicon` option.
 */
export const LEXICONS: Readonly<Record<'en' | 'ar' | 'ru', Lexicon>> = { en, ar, ru };

/** A predicate entry with its strength resolved. */
export interface ResolvedPredicate {
  predicate: string;
  nominal: boolean;
  strength: number;
}

/** A marker entry with its weight resolved. */
export interface ResolvedMarker {
  kind: MarkerEntry['kind'];
  weight: number;
}

/** What the lexicon knows of one word as written: its form for matching, and the patterns that may start at it. */
export interface WordInfo {
  form: string;
  predicates: readonly Compiled<ResolvedPredicate>[];
  markers: readonly Compiled<ResolvedMarker>[];
  attribution: readonly Compiled<null>[];
}

/** A lexicon ready for matching. */
export interface CompiledLexicon {
  /**
   * The word's form and starting patterns, computed once per distinct word
   * (communiqués repeat their words thousands of times) and cached up to
   * 50,000 words: reading a text costs one look-up a word.
   */
  word(raw: string): WordInfo;
}

const WORD_CACHE_LIMIT = 50_000;

const cache = new Map<string, CompiledLexicon>();

// Without a language given, all three lexicons are used: their scripts do not
// overlap, so nothing is lost, and a press report in Arabic that quotes an
// English phrase (or a text whose detected language tips the other way) is
// still read whole.
function lexiconsFor(lang: Language | undefined): Lexicon[] {
  return lang === undefined || lang === 'und' ? [en, ar, ru] : [LEXICONS[lang]];
}

function resolvePredicate(e: PredicateEntry, where: string): ResolvedPredicate {
  const strength = e.strength ?? STRENGTH_SCALE[e.predicate];
  if (typeof strength !== 'number' || !Number.isFinite(strength)) {
    throw new RangeError(`${where}: predicate ${JSON.stringify(e.predicate)} is not on the strength scale; give it a \`strength\` or use one of ${Object.keys(STRENGTH_SCALE).join(', ')}`);
  }
  return { predicate: e.predicate, nominal: e.nominal === true, strength };
}

/** Compile the lexicon of a language plus a user's additions (validated here, at the boundary). */
export function compileLexicon(lang: Language | undefined, extra: Partial<Lexicon> | undefined, name: string): CompiledLexicon {
  const cacheKey = lang ?? 'all';
  const cached = extra === undefined ? cache.get(cacheKey) : undefined;
  if (cached) return cached;
  const parts = [...lexiconsFor(lang), ...(extra !== undefined ? [validateExtra(extra, name)] : [])];
  let order = 0;
  const predicates: Compiled<ResolvedPredicate>[] = [];
  const markers: Compiled<ResolvedMarker>[] = [];
  const attribution: Compiled<null>[] = [];
  for (const lex of parts) {
    lex.predicates.forEach((e) => predicates.push(compile(e.pattern, resolvePredicate(e, name), order++)));
    lex.markers.forEach((e) => markers.push(compile(e.pattern, { kind: e.kind, weight: e.weight ?? MARKER_WEIGHTS[e.kind] }, order++)));
    lex.attribution.forEach((p) => attribution.push(compile(p, null, order++)));
  }
  const index = { predicates: indexPatterns(predicates), markers: indexPatterns(markers), attribution: indexPatterns(attribution) };
  const words = new Map<string, WordInfo>();
  const out: CompiledLexicon = {
    word(raw) {
      let info = words.get(raw);
      if (info === undefined) {
        const form = matchForm(raw);
        info = { form, predicates: startingWith(index.predicates, form), markers: startingWith(index.markers, form), attribution: startingWith(index.attribution, form) };
        if (words.size >= WORD_CACHE_LIMIT) words.clear();
        words.set(raw, info);
      }
      return info;
    },
  };
  if (extra === undefined) cache.set(cacheKey, out);
  return out;
}

const KINDS = Object.keys(MARKER_WEIGHTS);

function validateExtra(extra: unknown, name: string): Lexicon {
  if (extra === null || typeof extra !== 'object' || Array.isArray(extra)) {
    throw new TypeError(`\`${name}\` must be an object with \`predicates\`, \`markers\` or \`attribution\`, received ${describe(extra)}`);
  }
  const x = extra as Partial<Lexicon>;
  const list = <T>(key: keyof Lexicon, check: (e: unknown) => boolean, allowed: string): T[] => {
    const v = x[key];
    if (v === undefined) return [];
    if (!Array.isArray(v)) throw new TypeError(`\`${name}.${key}\` must be an array, received ${describe(v)}`);
    v.forEach((e, i) => {
      if (!check(e)) throw new TypeError(`\`${name}.${key}[${i}]\` must be ${allowed}, received ${describe(e)}`);
    });
    return v as T[];
  };
  const isObj = (e: unknown): e is Record<string, unknown> => e !== null && typeof e === 'object';
  return {
    predicates: list<PredicateEntry>('predicates', (e) => isObj(e) && typeof e.predicate === 'string' && typeof e.pattern === 'string', 'an object with string `predicate` and `pattern`'),
    markers: list<MarkerEntry>('markers', (e) => isObj(e) && typeof e.pattern === 'string' && KINDS.includes(e.kind as string), `an object with a string \`pattern\` and a \`kind\` of ${KINDS.join(', ')}`),
    attribution: list<string>('attribution', (e) => typeof e === 'string', 'a pattern string'),
  };
}
