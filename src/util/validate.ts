/** Validation helpers for the public boundary: errors name the argument, what came and what is allowed. */

/** Describe a received value for an error message, without dumping large strings. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? `a string of ${value.length} characters` : JSON.stringify(value);
    case 'number':
    case 'boolean':
    case 'bigint':
      return `${typeof value} ${String(value)}`;
    case 'undefined':
      return 'undefined';
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      return 'an object';
  }
}

export function expectString(name: string, value: unknown): asserts value is string {
  if (typeof value !== 'string') {
    throw new TypeError(`\`${name}\` must be a string, received ${describe(value)}`);
  }
}

export function expectOptionsObject(name: string, value: unknown): void {
  if (value === undefined) return;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError(`\`${name}\` must be an object or undefined, received ${describe(value)}`);
  }
}

export function expectOneOf<T extends string>(name: string, value: unknown, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    throw new TypeError(`\`${name}\` must be one of ${allowed.map((a) => `'${a}'`).join(', ')}, received ${describe(value)}`);
  }
  if (!(allowed as readonly string[]).includes(value)) {
    throw new RangeError(`\`${name}\` must be one of ${allowed.map((a) => `'${a}'`).join(', ')}, received ${describe(value)}`);
  }
  return value as T;
}

/** `value` if it is a boolean, undefined if not given; otherwise a TypeError naming `name`. */
export function expectBoolean(name: string, value: unknown): boolean | undefined {
  if (value === undefined || typeof value === 'boolean') return value;
  throw new TypeError(`\`${name}\` must be true or false, received ${describe(value)}`);
}

export function expectUnitNumber(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number') {
    throw new TypeError(`\`${name}\` must be a number from 0 to 1, received ${describe(value)}`);
  }
  if (!(value >= 0 && value <= 1)) {
    throw new RangeError(`\`${name}\` must be a number from 0 to 1, received ${describe(value)}`);
  }
  return value;
}

/** A positive number (Infinity allowed), or the fallback when undefined. */
export function expectPositiveNumber(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number') throw new TypeError(`\`${name}\` must be a positive number, received ${describe(value)}`);
  if (!(value > 0)) throw new RangeError(`\`${name}\` must be a positive number, received ${describe(value)}`);
  return value;
}

/** Refuse a text longer than the limit, naming the argument and the option. */
export function expectWithinLength(name: string, text: string, max: number): void {
  if (text.length > max) {
    throw new RangeError(`\`${name}\` has ${text.length} characters, more than \`options.maxLength\` (${max}); raise the option to accept it`);
  }
}

/**
 * Refuse option names a function does not know: a misspelt option
 * (`minSimilarty`) would otherwise be a silent wrong result.
 */
export function expectKnownOptions(name: string, options: object | undefined, allowed: readonly string[]): void {
  if (options === undefined) return;
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) {
      throw new TypeError(`\`${name}.${key}\` is not an option here; the options are ${allowed.map((a) => `\`${a}\``).join(', ')}`);
    }
  }
}
