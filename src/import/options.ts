/** Checking the importers' options: an object of known names, each of the type it must be. */
import { describe, expectBoolean, expectKnownOptions, expectOneOf, expectOptionsObject } from '../util/validate.js';
import { TEXT_ENCODINGS } from './decode.js';
import { DOCUMENT_FORMATS } from './types.js';

// What each option is: how to check it.
const CHECKS: Readonly<Record<string, (name: string, value: unknown) => void>> = {
  encoding: (name, value) => void expectOneOf(name, value, TEXT_ENCODINGS),
  from: (name, value) => void expectOneOf(name, value, DOCUMENT_FORMATS),
  whole: (name, value) => void expectBoolean(name, value),
  rejectChanges: (name, value) => void expectBoolean(name, value),
  password: (name, value) => {
    if (value !== undefined && typeof value !== 'string') throw new TypeError(`\`${name}\` must be a string, received ${describe(value)}`);
  },
  maxPages: (name, value) => {
    if (value === undefined) return;
    if (typeof value !== 'number') throw new TypeError(`\`${name}\` must be a positive whole number, received ${describe(value)}`);
    if (!(Number.isInteger(value) && value > 0)) throw new RangeError(`\`${name}\` must be a positive whole number, received ${describe(value)}`);
  },
};

/** Check `options` (an object or undefined) against the option names `allowed`. */
export function expectImportOptions(options: unknown, allowed: readonly string[]): void {
  expectOptionsObject('options', options);
  expectKnownOptions('options', options as object | undefined, allowed);
  for (const key of allowed) CHECKS[key]?.(`options.${key}`, (options as Record<string, unknown> | undefined)?.[key]);
}
