/** Deep freezing of built-in data, so that no caller can change it (and with it later results). */

/**
 * Freeze a value and everything reachable from it through own properties
 * (objects, arrays, and functions' properties). RegExp objects are frozen
 * too: packs' patterns are used with `exec` only, which writes `lastIndex`
 * only on global or sticky patterns, and those are refused.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && (typeof value === 'object' || typeof value === 'function') && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value as object)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}
