/**
 * Memoize a pure string function. Communiqués repeat their words ("the",
 * "Syria", "الأطراف") thousands of times; folding and stemming each distinct
 * word once is most of the speed of the comparison stage. The cache is
 * cleared when it reaches `limit` entries, so memory stays bounded in a
 * long-running process.
 */
export function memoize(fn: (s: string) => string, limit = 50_000): (s: string) => string {
  const cache = new Map<string, string>();
  return (s: string): string => {
    let v = cache.get(s);
    if (v === undefined) {
      if (cache.size >= limit) cache.clear();
      v = fn(s);
      cache.set(s, v);
    }
    return v;
  };
}
