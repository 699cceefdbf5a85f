/** The char codes of a string's characters, as a set (for punctuation look-ups in scans). */
export const charCodes = (chars: string): Set<number> => new Set([...chars].map((c) => c.charCodeAt(0)));

/** The value of a {@link bmpTable} entry not yet classified. */
export const UNCLASSIFIED = 0xff;

/**
 * A class (0–254) for each BMP code unit, for scans that look up every
 * character: those below `eagerBelow` classified now, the others UNCLASSIFIED
 * until the scan first meets them and stores what it finds (surrogates stay
 * UNCLASSIFIED: a character outside the BMP is classified whole, each time).
 * A regex test per character was a good part of every scan's time.
 */
export function bmpTable(eagerBelow: number, classify: (code: number) => number): Uint8Array {
  const table = new Uint8Array(0x10000).fill(UNCLASSIFIED);
  for (let c = 0; c < eagerBelow; c++) table[c] = classify(c);
  return table;
}
