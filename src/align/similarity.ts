/**
 * Similarity of paragraphs: IDF-weighted Dice overlap of their stem
 * multisets. Rare words (names, resolution numbers, "Idlib") weigh more than
 * the words every paragraph of a communiqué shares ("the", "parties",
 * "reaffirmed").
 */

/** A multiset of stem ids with its total weight. */
export interface Bag {
  counts: Map<number, number>;
  weight: number;
  /**
   * A number in [0, 1) that depends only on the words of the paragraph, used
   * to break exact ties the same way whichever version is called old.
   */
  tie: number;
}

/** FNV-1a hash of a string, as a fraction of 2^32. */
function hashFraction(s: string): number {
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
    this.idf = this.df.map((d) => Math.log(1 + n / Math.max(d, 1)));
  }

  /** The weight (idf) of a stem id. */
  weight(id: number): number {
    return this.idf[id] ?? 0;
  }

  /** Build a weighted bag from stem ids. */
  bag(ids: readonly number[]): Bag {
    const counts = new Map<number, number>();
    let weight = 0;
    let tie = 0;
    for (const id of ids) {
      counts.set(id, (counts.get(id) ?? 0) + 1);
      weight += this.idf[id] ?? 0;
      tie += this.hashes[id] ?? 0;
    }
    return { counts, weight, tie: tie % 1 };
  }

  /** The bag of two paragraphs taken together. */
  union(a: Bag, b: Bag): Bag {
    const counts = new Map(a.counts);
    for (const [id, c] of b.counts) counts.set(id, (counts.get(id) ?? 0) + c);
    return { counts, weight: a.weight + b.weight, tie: (a.tie + b.tie) % 1 };
  }

  /** Weight of what two bags have in common (multiset intersection). */
  overlap(a: Bag, b: Bag): number {
    const [small, large] = a.counts.size <= b.counts.size ? [a, b] : [b, a];
    let w = 0;
    for (const [id, c] of small.counts) {
      const d = large.counts.get(id);
      if (d !== undefined) w += Math.min(c, d) * (this.idf[id] ?? 0);
    }
    return w;
  }

  /** A tie-break for pairing two bags, the same whichever is old: in [0, 1). */
  tieBreak(a: Bag, b: Bag): number {
    return (a.tie + b.tie) % 1;
  }

  /** Dice similarity, 0..1. Two empty bags are equal (1). */
  similarity(a: Bag, b: Bag): number {
    const total = a.weight + b.weight;
    if (total === 0) return 1;
    return (2 * this.overlap(a, b)) / total;
  }

  /** Share of `part`'s weight that is also in `whole`, 0..1. */
  containment(part: Bag, whole: Bag): number {
    if (part.weight === 0) return 1;
    return this.overlap(part, whole) / part.weight;
  }
}
