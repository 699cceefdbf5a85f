/** The char codes of a string's characters, as a set (for punctuation look-ups in scans). */
export const charCodes = (chars: string): Set<number> => new Set([...chars].map((c) => c.charCodeAt(0)));
