/**
 * Similarity of paragraphs: IDF-weighted Dice overlap of their stem
 * multisets. Rare words (names, resolution numbers, "Idlib") weigh more than
 * the words every paragraph of a communiqué shares ("the", "parties",
 * "reaffirmed").
 */
import { LENGTH_FLOOR, LENGTH_VARIANCE } from '../params.js';

/**
 * A multiset of stem ids with its total weight, as two parallel typed arrays
 * sorted by id: compact (thousands of paragraphs are held at once) and
 * intersected by a linear merge.
 */
export interface Bag {
  ids: Int32Array;
  counts: Int32Array;
  weight: number;
  /**
   * A number in [0, 1) that depends only on the words of the paragraph, used
   * to break exact ties the same way whichever version is called old.
   */
  tie: number;
  /** Characters of the paragraph as written, where lengths count (see StemSpace.lengthRatio). */
  length?: number;
}

/** Bags by paragraph index: an array, or a list that builds each bag when first asked for. */
export interface Bags {
  readonly length: number;
  /** The bag of an item; a RangeError for an index out of range (a bug, never an input). */
  at(index: number): Bag;
}

/** Bags built when first asked for, so paragraphs that need no comparison are never keyed. */
export class LazyBags implements Bags {
  private readonly built: Array<Bag | undefined>;
  constructor(
    readonly length: number,
    private readonly build: (index: number) => Bag,
  ) {
    this.built = new Array<Bag | undefined>(length);
  }

  at(index: number): Bag {
    if (!(index >= 0 && index < this.length)) throw new RangeError(`no bag at ${index} of ${this.length}`);
    let bag = this.built[index];
    if (!bag) this.built[index] = bag = this.build(index);
    return bag;
  }
}

/**
 * How likely a paragraph of `a` characters and one of `b` are to be each
 * other's translation, after Gale & Church ("A Program for Aligning Sentences
 * in Bilingual Corpora", Computational Linguistics 19(1), 1993): with c the
 * characters of the other language for one of this one and s² the variance
 * of that ratio per character, their δ = (b − a·c) / √(a·s²) is about
 * standard normal, and the two-tailed probability 2(1 − Φ(|δ|)) is the odds.
 * Here δ is taken on the log ratio, |ln(b / a·c)| · √(m / s²) with m the two
 * lengths' mean in a common unit — the same to first order, and the same
 * whichever paragraph is called old (b, a and 1/c give the same odds).
 */
export function lengthOdds(a: number, b: number, c: number): number {
  const x = Math.max(a, 1);
  const y = Math.max(b, 1);
  const root = Math.sqrt(c);
  const mean = (x * root + y / root) / 2;
  const delta = Math.abs(Math.log(y / (x * c))) * Math.sqrt(mean / LENGTH_VARIANCE);
  return 2 * (1 - normalCdf(delta));
}

/** Φ, the standard normal distribution function (Abramowitz & Stegun 26.2.17, error below 7.5e-8). */
function normalCdf(x: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(x));
  const d = 0.3989422804014327 * Math.exp((-x * x) / 2);
  const p = d * t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  return x >= 0 ? 1 - p : p;
}

/** FNV-1a hash of a string, as a fraction of 2^32. */
export function hashFraction(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) / 4294967296;
}

/** Stem ids and inverse document frequencies over the paragraphs of both versions. */
export class StemSpace {
  private readonly ids = new Map<string, number>();
  private readonly hashes: number[] = [];
  private df: number[] = [];
  private idf: number[] = [];
  private frozenCount = 0;

  /**
   * Across languages (a text and its translation), the characters of the
   * new version for one of the old (Gale & Church's c): similarity is then
   * weighed by how likely the two lengths are for one paragraph and its
   * translation. Undefined within one language.
   */
  lengthRatio: number | undefined;

  /** Register a paragraph's stems (once per paragraph) and return its stem ids. */
  add(stems: readonly string[]): number[] {
    const out: number[] = [];
    const seen = new Set<number>();
    for (const s of stems) {
      let id = this.ids.get(s);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(s, id);
        this.df.push(0);
        this.hashes.push(hashFraction(s));
        // A stem first seen after freezing (in a paragraph keyed late) is as
        // rare as can be: found in one paragraph.
        if (this.frozenCount > 0) this.idf[id] = Math.log(1 + this.frozenCount);
      }
      out.push(id);
      if (!seen.has(id)) {
        seen.add(id);
        this.df[id] = (this.df[id] ?? 0) + 1;
      }
    }
    return out;
  }

  /**
   * Freeze the weights once every paragraph is added. idf = ln(1 + N / df),
   * the smoothed form that keeps words found in every paragraph above zero.
   */
  freeze(paragraphCount: number): void {
    const n = Math.max(paragraphCount, 1);
    this.frozenCount = n;
    this.idf = this.df.map((d) => Math.log(1 + n / Math.max(d, 1)));
  }

  /** The weight (idf) of a stem id. */
  weight(id: number): number {
    return this.idf[id] ?? 0;
  }

  /** Build a weighted bag from stem ids (and the paragraph's length, where lengths count). */
  bag(stemIds: readonly number[], length?: number): Bag {
    const sorted = Int32Array.from(stemIds).sort();
    let distinct = 0;
    for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) distinct++;
    const ids = new Int32Array(distinct);
    const counts = new Int32Array(distinct);
    let weight = 0;
    let tie = 0;
    let d = -1;
    for (let k = 0; k < sorted.length; k++) {
      const id = sorted[k] as number;
      if (k === 0 || id !== sorted[k - 1]) ids[++d] = id;
      counts[d] = (counts[d] as number) + 1;
      weight += this.idf[id] ?? 0;
      tie += this.hashes[id] ?? 0;
    }
    const bag: Bag = { ids, counts, weight, tie: tie % 1 };
    if (length !== undefined) bag.length = length;
    return bag;
  }

  /** The bag of two paragraphs taken together. */
  union(a: Bag, b: Bag): Bag {
    const ids: number[] = [];
    const counts: number[] = [];
    let i = 0;
    let j = 0;
    while (i < a.ids.length || j < b.ids.length) {
      const x = i < a.ids.length ? (a.ids[i] as number) : Infinity;
      const y = j < b.ids.length ? (b.ids[j] as number) : Infinity;
      if (x === y) {
        ids.push(x);
        counts.push((a.counts[i++] as number) + (b.counts[j++] as number));
      } else if (x < y) {
        ids.push(x);
        counts.push(a.counts[i++] as number);
      } else {
        ids.push(y);
        counts.push(b.counts[j++] as number);
      }
    }
    const bag: Bag = { ids: Int32Array.from(ids), counts: Int32Array.from(counts), weight: a.weight + b.weight, tie: (a.tie + b.tie) % 1 };
    if (a.length !== undefined && b.length !== undefined) bag.length = a.length + b.length;
    return bag;
  }

  /** Weight of what two bags have in common (multiset intersection), by a merge of the sorted ids. */
  overlap(a: Bag, b: Bag): number {
    let w = 0;
    let i = 0;
    let j = 0;
    const ai = a.ids;
    const bi = b.ids;
    while (i < ai.length && j < bi.length) {
      const x = ai[i] as number;
      const y = bi[j] as number;
      if (x === y) {
        w += Math.min(a.counts[i] as number, b.counts[j] as number) * (this.idf[x] ?? 0);
        i++;
        j++;
      } else if (x < y) i++;
      else j++;
    }
    return w;
  }

  /** A tie-break for pairing two bags, the same whichever is old: in [0, 1). */
  tieBreak(a: Bag, b: Bag): number {
    return (a.tie + b.tie) % 1;
  }

  /**
   * Dice similarity, 0..1. Two empty bags are equal (1), except across languages (0). Across languages,
   * weighed by the likelihood of the two lengths (see {@link lengthOdds}).
   */
  similarity(a: Bag, b: Bag): number {
    const total = a.weight + b.weight;
    // Across languages two paragraphs that name nothing (no concept, name or number) share no evidence.
    if (total === 0) return this.lengthRatio === undefined ? 1 : 0;
    const dice = (2 * this.overlap(a, b)) / total;
    if (this.lengthRatio === undefined || a.length === undefined || b.length === undefined) return dice;
    return dice * (LENGTH_FLOOR + (1 - LENGTH_FLOOR) * lengthOdds(a.length, b.length, this.lengthRatio));
  }

  /** Share of `part`'s weight that is also in `whole`, 0..1. */
  containment(part: Bag, whole: Bag): number {
    if (part.weight === 0) return 1;
    return this.overlap(part, whole) / part.weight;
  }
}
