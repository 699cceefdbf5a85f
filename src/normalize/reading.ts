/**
 * How one text is read: the language pack of its language, and for words in
 * another script (an English name in an Arabic report, an Arabic name in an
 * English statement) the pack of that script. Which pack reads a word
 * depends on the text's language, given or detected, and on the script of
 * the word's first letter: a Latin word in a French text is French, in an
 * Arabic text it is read by the first pack of Latin script. With the
 * language given by the caller, only its pack is used.
 */
import type { LanguagePack } from '../languages/types.js';
import { memoize } from '../util/memo.js';
import { foldCommon } from './fold.js';

/** One text's way of folding, stemming and matching words. */
export interface Reading {
  /** The text's language code (`'und'` when it has none). */
  readonly lang: string;
  /** The pack of the text's language, if there is one. */
  readonly pack: LanguagePack | undefined;
  /** The packs that read this text's words: its own first, then one for each other script. */
  readonly packs: readonly LanguagePack[];
  /** Every pack in use (for alias groups, which span languages). */
  readonly all: readonly LanguagePack[];
  /**
   * The same for readings whose words are read by the same packs, script by
   * script (an English and an Arabic text with the built-in packs): they
   * share one compiled lexicon.
   */
  readonly lexiconKey: string;
  /** The pack that reads a word, by the script of its first letter; undefined for a word of no such script. */
  packOf(word: string): LanguagePack | undefined;
  /** Fold a word for comparison: the shared folding, then its pack's. */
  fold(word: string): string;
  /** Light-stem a folded word with its pack's stemmer. */
  stem(folded: string): string;
  /** The name key of a folded word written with a capital inside a sentence (its pack's `nameKey`), or undefined. */
  nameKey(folded: string): string | undefined;
  /** A word's form for lexicon matching: folded, without a leading clitic of its pack (وأكدت → اكدت). */
  form(word: string): string;
  /** How many code units at the start of a word (as written) are a clitic that `form` left out. */
  cliticLength(word: string): number;
  /** Folded connectors of the packs that read the text. */
  readonly connectors: ReadonlySet<string>;
  /** Folded coordinators ("and", "or") of the packs that read the text. */
  readonly coordinators: ReadonlySet<string>;
  /** Folded titles before a name ("mr", "mme") of the packs that read the text. */
  readonly titles: ReadonlySet<string>;
  /** Whether a period after this word (as written) ends no sentence: a one-letter initial ("A. Lavrentiev") or a pack's title ("Mr. Karin"). */
  abbreviates(word: string): boolean;
}

const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;

let nextId = 1;
const packIds = new WeakMap<LanguagePack, number>();
/** A number for each pack object, for cache keys by packs. */
export const packId = (p: LanguagePack): number => {
  let id = packIds.get(p);
  if (id === undefined) packIds.set(p, (id = nextId++));
  return id;
};

// Readings by packs in use, language and whether it was given. A process
// uses a few; the limit only guards against callers that make packs anew.
const READINGS_LIMIT = 64;
const readings = new Map<string, Reading>();

/**
 * The reading of a text in `lang` with the packs `all`. `given`: the caller
 * named the language, so only its pack reads the text.
 */
export function readingFor(all: readonly LanguagePack[], lang: string, given: boolean): Reading {
  const key = `${all.map(packId).join(',')}|${lang}|${given ? 1 : 0}`;
  let r = readings.get(key);
  if (!r) {
    if (readings.size >= READINGS_LIMIT) readings.clear();
    r = makeReading(all, lang, given);
    readings.set(key, r);
  }
  return r;
}

function makeReading(all: readonly LanguagePack[], lang: string, given: boolean): Reading {
  const pack = all.find((p) => p.code === lang);
  const packs: LanguagePack[] = pack ? [pack] : [];
  if (!(given && pack)) {
    // One pack for each script the text's own pack does not write: the first in `all`.
    const covered = new Set(pack?.scripts ?? []);
    for (const p of all) {
      const fresh = p.scripts.filter((s) => !covered.has(s));
      if (fresh.length === 0 || p === pack) continue;
      packs.push(p);
      fresh.forEach((s) => covered.add(s));
    }
  }
  const byScript = packs.flatMap((p) => p.scripts.map((s) => [new RegExp(`\\p{Script=${s}}`, 'u'), p] as const));
  const lexiconKey = byScript.map(([re, p]) => `${re.source}=${packId(p)}`).sort().join(',');
  const packOf = memoize((word: string): LanguagePack | undefined => {
    for (const ch of word) {
      if (!LETTER.test(ch)) continue;
      for (const [re, p] of byScript) if (re.test(ch)) return p;
      return undefined;
    }
    return undefined;
  });
  const fold = memoize((word: string): string => {
    const p = packOf(word);
    return p ? p.fold(foldCommon(word, p.lowerCase)) : foldCommon(word);
  });
  const stem = memoize((folded: string): string => packOf(folded)?.stem(folded) ?? folded);
  // Memoized as a string: '' for a word that is not read as a name.
  const name = memoize((folded: string): string => packOf(folded)?.nameKey?.(folded) ?? '');
  const clitic = (word: string, folded: string): string | undefined => packOf(word)?.clitics.find((c) => folded.length >= c.length + 2 && folded.startsWith(c));
  const form = memoize((word: string): string => {
    const folded = fold(word);
    const c = clitic(word, folded);
    return c === undefined ? folded : folded.slice(c.length);
  });
  const titles = new Set(packs.flatMap((p) => p.titles ?? []));
  return {
    lang,
    pack,
    packs,
    all,
    lexiconKey,
    packOf,
    fold,
    stem,
    nameKey: (folded) => name(folded) || undefined,
    form,
    cliticLength(word) {
      const c = clitic(word, fold(word));
      if (c === undefined) return 0;
      // The clitic's letters as written, with the marks (tashkeel) that follow them.
      let n = 0;
      let letters = 0;
      while (n < word.length && (letters < c.length || MARK.test(word.charAt(n)))) {
        if (!MARK.test(word.charAt(n))) letters++;
        n++;
      }
      return n;
    },
    connectors: new Set(packs.flatMap((p) => p.connectors)),
    coordinators: new Set(packs.flatMap((p) => p.coordinators ?? [])),
    titles,
    abbreviates: (word) => word.length === 1 || (titles.size > 0 && titles.has(fold(word))),
  };
}
