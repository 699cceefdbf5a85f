/**
 * Lexicon patterns: compiled once, matched against the words of a clause.
 * Words are compared in their form for matching (see Reading.form): folded,
 * without a leading clitic of their pack, so "وأكدت" matches "أكدت" and
 * "твёрдую" matches "твердую". Patterns go through the same function, so a
 * word that itself starts with a clitic's letters (وفق) still meets its
 * pattern. Matching is a left-to-right scan with bounded gaps: linear in the
 * number of words times the (small) pattern length.
 */

interface Part {
  exact: Set<string>;
  prefixes: string[];
  /** How many other words may stand between the previous part and this one. */
  gap: number;
}

/** A compiled pattern with the entry it came from. */
export interface Compiled<T> {
  parts: Part[];
  entry: T;
  /** Order in the lexicon: on equal length, the earlier entry wins. */
  order: number;
}

/**
 * Compile a pattern string ("express* ~3 concern|alarm"), with `form` giving
 * each word's form for matching. Throws a RangeError naming the pattern when
 * it has no words.
 */
export function compile<T>(pattern: string, entry: T, order: number, form: (word: string) => string): Compiled<T> {
  const parts: Part[] = [];
  let gap = 0;
  for (const raw of pattern.trim().split(/\s+/)) {
    const m = /^~(\d{1,2})$/.exec(raw);
    if (m) {
      gap = Number(m[1]);
      continue;
    }
    const part: Part = { exact: new Set(), prefixes: [], gap };
    for (const alt of raw.split('|')) {
      if (alt === '') continue;
      if (alt.endsWith('*')) part.prefixes.push(form(alt.slice(0, -1)));
      else part.exact.add(form(alt));
    }
    parts.push(part);
    gap = 0;
  }
  if (parts.length === 0 || parts.some((p) => p.exact.size === 0 && p.prefixes.length === 0)) {
    throw new RangeError(`lexicon pattern ${JSON.stringify(pattern)} has no words to match`);
  }
  return { parts, entry, order };
}

/**
 * Patterns grouped by the first character of their first word, so a word is
 * tried only against the patterns that can start with it.
 */
export interface PatternIndex<T> {
  byFirst: Map<string, Compiled<T>[]>;
}

/** Index compiled patterns by the first character of each alternative of their first word. */
export function indexPatterns<T>(patterns: readonly Compiled<T>[]): PatternIndex<T> {
  const byFirst = new Map<string, Compiled<T>[]>();
  for (const c of patterns) {
    const first = c.parts[0] as Part;
    const chars = new Set([...first.exact, ...first.prefixes].map((a) => a.charAt(0)));
    for (const ch of chars) {
      const list = byFirst.get(ch);
      if (list) list.push(c);
      else byFirst.set(ch, [c]);
    }
  }
  return { byFirst };
}

const NONE: never[] = [];

/**
 * The patterns whose first word matches `form` (most words match none). Look
 * this up once per word form (see CompiledLexicon.word), not once per use.
 */
export function startingWith<T>(index: PatternIndex<T>, form: string): readonly Compiled<T>[] {
  const found = (index.byFirst.get(form.charAt(0)) ?? NONE).filter((c) => partMatches(c.parts[0] as Part, form));
  return found.length === 0 ? NONE : found;
}

function partMatches(part: Part, form: string): boolean {
  if (part.exact.has(form)) return true;
  for (const p of part.prefixes) if (form.startsWith(p)) return true;
  return false;
}

/** A match: the indexes of the matched words (into the forms array). */
export interface Match<T> {
  entry: T;
  words: number[];
}

/**
 * The best match at word `at` of the patterns `starting` there (those whose
 * first word matches it, from {@link startingWith}): the one with the most
 * parts, then the shortest span, then the earliest in the lexicon. Words in
 * `blocked` cannot be used; a gap stops at a word in `barriers` (a word that
 * follows a comma or semicolon).
 */
export function matchAt<T>(
  starting: readonly Compiled<T>[],
  forms: readonly string[],
  at: number,
  limit: number,
  blocked?: ReadonlySet<number>,
  barriers?: ReadonlySet<number>,
): Match<T> | undefined {
  let best: Match<T> | undefined;
  let bestOrder = Infinity;
  if (starting.length === 0 || at >= forms.length || blocked?.has(at)) return undefined;
  for (const c of starting) {
    const words = [at];
    let pos = at;
    let ok = true;
    for (let k = 1; k < c.parts.length; k++) {
      const part = c.parts[k] as Part;
      let found = -1;
      for (let q = pos + 1; q <= Math.min(pos + 1 + part.gap, limit - 1); q++) {
        // A gap does not reach over a used word or across clause punctuation.
        if (blocked?.has(q) || (q > pos + 1 && barriers?.has(q))) break;
        if (partMatches(part, forms[q] as string)) {
          found = q;
          break;
        }
      }
      if (found < 0) {
        ok = false;
        break;
      }
      words.push(found);
      pos = found;
    }
    if (!ok) continue;
    const span = (words[words.length - 1] as number) - at;
    const bestSpan = best ? (best.words[best.words.length - 1] as number) - at : Infinity;
    if (!best || words.length > best.words.length || (words.length === best.words.length && (span < bestSpan || (span === bestSpan && c.order < bestOrder)))) {
      best = { entry: c.entry, words };
      bestOrder = c.order;
    }
  }
  return best;
}
