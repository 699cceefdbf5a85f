/**
 * Memoize a pure function of a string. Communiqués repeat their words ("the",
 * "Syria", "الأطراف") thousands of times; folding and stemming each distinct
 * word once is most of the speed of the comparison stage. The cache is
 * cleared when it reaches `limit` entries, so memory stays bounded in a
 * long-running process.
 */
export function memoize<T>(fn: (s: string) => T, limit = 50_000): (s: string) => T {
  const cache = new Map<string, T>();
  return (s: string): T => {
    let v = cache.get(s);
    if (v === undefined && !cache.has(s)) {
      if (cache.size >= limit) cache.clear();
      v = fn(s);
      cache.set(s, v);
    }
    return v as T;
  };
}
