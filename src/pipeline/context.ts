/**
 * What one call of a public function works with: the language packs, the
 * language if the caller gave one, and the reading, keying and compiled
 * lexicon of each text (made once per reading and shared by the texts read
 * alike, and by the pairs of a series).
 */
import { compileLexicon, type CompiledLexicon } from '../commitments/lexicon.js';
import type { AliasGroup, LanguagePack, Lexicon } from '../languages/types.js';
import { expectLanguagePacks, expectLexicon } from '../languages/validate.js';
import { aliasMapFor } from '../normalize/aliases.js';
import { conceptIndexFor } from '../normalize/concepts.js';
import type { Keying } from '../normalize/keys.js';
import { readingFor, type Reading } from '../normalize/reading.js';
import { expectCommunique } from '../segment/communique.js';
import { expectLang, parseWith } from '../segment/parse.js';
import type { Communique, ParseOptions } from '../types/segment.js';
import { describe, expectKnownOptions, expectOptionsObject } from '../util/validate.js';

/** Option names of each public function, for the check of unknown options. */
export const OPTION_NAMES = {
  parse: ['lang', 'paragraphs', 'maxLength', 'layout', 'languages'],
  diff: ['lang', 'paragraphs', 'maxLength', 'layout', 'languages', 'lexicon', 'aliases', 'minSimilarity', 'moveSimilarity', 'commitments'],
  commitments: ['lang', 'lexicon', 'languages'],
  normalize: ['lang', 'aliases', 'languages'],
  label: ['lang', 'languages'],
  detect: ['languages'],
} as const;

/** The packs, languages and caches of one call. */
export interface Context {
  packs: readonly LanguagePack[];
  /** The language the caller gave (`options.lang`), if any. */
  lang: string | undefined;
  /** The language of each side, where the caller gave one (`options.lang: { old, new }`). */
  sides: { old?: string; new?: string } | undefined;
  /** How a parsed text's words are keyed against a text in another language: by concepts, names and numbers. */
  crossKeying(doc: Communique): Keying;
  /** The reading of a parsed text. */
  reading(doc: Communique): Reading;
  /** How a parsed text's words are keyed (its reading and the alias lookup). */
  keying(doc: Communique): Keying;
  /** The lexicon that reads a parsed text's commitments. */
  lexicon(doc: Communique): CompiledLexicon;
  /** Parse a text given as argument `name`, or check a Communique given instead. */
  communique(name: string, value: unknown): Communique;
}

interface ContextOptions extends Omit<ParseOptions, 'lang'> {
  lang?: unknown;
  lexicon?: Partial<Lexicon>;
  aliases?: readonly AliasGroup[];
}

/**
 * Check `options` of a public function (an object, known option names, the
 * packs, the language, aliases and lexicon additions) and make the call's context.
 */
export function contextFor(options: unknown, names: readonly string[], perSide = false): Context {
  expectOptionsObject('options', options);
  const o = options as ContextOptions | undefined;
  expectKnownOptions('options', o, names);
  const packs = expectLanguagePacks('options.languages', o?.languages);
  const sides = perSide ? expectSideLangs(o?.lang, packs) : undefined;
  const asked = o?.lang;
  if (!perSide && asked !== null && typeof asked === 'object') {
    throw new TypeError(`\`options.lang\` must be one language for every text here (one of ${[...packs.map((p) => `'${p.code}'`), "'und'"].join(', ')}); a language per side ({ old, new }) is for diffCommuniques`);
  }
  const lang = sides ? undefined : expectLang('options.lang', o?.lang, packs);
  const aliases = expectAliasGroups('options.aliases', o?.aliases);
  const extra = o?.lexicon === undefined ? undefined : expectLexicon('options.lexicon', o.lexicon, true);
  const keyings = new Map<Reading, Keying>();
  const crossKeyings = new Map<Reading, Keying>();
  const lexicons = new Map<string, CompiledLexicon>();
  // A language given by the caller reads every text, a Communique passed in too;
  // one given for a side reads that side (and not the other, detected in the same language).
  const givenSides = new WeakSet<Communique>();
  const given = (doc: Communique): boolean => lang !== undefined || givenSides.has(doc);
  const reading = (doc: Communique): Reading => readingFor(packs, lang ?? doc.lang, given(doc));
  const keying = (doc: Communique): Keying => {
    const r = reading(doc);
    let k = keyings.get(r);
    if (!k) keyings.set(r, (k = { reading: r, aliases: aliasMapFor(r, aliases) }));
    return k;
  };
  return {
    packs,
    lang,
    sides,
    reading,
    keying,
    crossKeying(doc) {
      const k = keying(doc);
      let c = crossKeyings.get(k.reading);
      if (!c) crossKeyings.set(k.reading, (c = { ...k, concepts: conceptIndexFor(k.reading) }));
      return c;
    },
    lexicon(doc) {
      // Texts read by the same packs share one compiled lexicon (an English
      // and an Arabic round of one diff, with the same packs for each script).
      const r = reading(doc);
      let l = lexicons.get(r.lexiconKey);
      if (!l) lexicons.set(r.lexiconKey, (l = compileLexicon(r, extra, 'options.lexicon')));
      return l;
    },
    communique(name, value) {
      const side = name === 'oldText' ? sides?.old : name === 'newText' ? sides?.new : undefined;
      const mark = (doc: Communique): Communique => {
        if (side !== undefined) givenSides.add(doc);
        return doc;
      };
      if (typeof value === 'string') return mark(parseWith(name, value, sides ? { ...o, lang: side } : (o as ParseOptions | undefined), packs));
      if (value !== null && typeof value === 'object') {
        expectCommunique(name, value, packs);
        // A side's language given for a Communique passed in reads it: a copy says so.
        return side === undefined ? value : mark({ ...value, lang: side });
      }
      throw new TypeError(`\`${name}\` must be a string or a Communique, received ${describe(value)}`);
    },
  };
}

/**
 * The `lang` option of a pair given per side, `{ old?, new? }` (each a pack's
 * code), or undefined when it is a single language or left out.
 */
function expectSideLangs(value: unknown, packs: readonly LanguagePack[]): { old?: string; new?: string } | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  expectKnownOptions('options.lang', value as Record<string, unknown>, ['old', 'new']);
  const v = value as { old?: unknown; new?: unknown };
  const out: { old?: string; new?: string } = {};
  const old = expectLang('options.lang.old', v.old, packs);
  const next = expectLang('options.lang.new', v.new, packs);
  if (old !== undefined) out.old = old;
  if (next !== undefined) out.new = next;
  return out;
}

/** Check the `aliases` option: an array of arrays of strings. */
export function expectAliasGroups(name: string, value: unknown): readonly AliasGroup[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    throw new TypeError(`\`${name}\` must be an array of arrays of names, received ${describe(value)}`);
  }
  value.forEach((group: unknown, i) => {
    if (!Array.isArray(group) || group.some((n) => typeof n !== 'string')) {
      throw new TypeError(`\`${name}[${i}]\` must be an array of names (strings), received ${describe(group)}`);
    }
  });
  return value as readonly AliasGroup[];
}
