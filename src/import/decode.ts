/**
 * Decoding a text file's bytes when nobody says how it was encoded: UTF-8,
 * UTF-16 (little- or big-endian, with a byte-order mark or by the pattern of
 * its zero bytes), and the single-byte code pages that Arabic and Russian
 * texts still come in — Windows-1256, Windows-1251, KOI8-R — and Western
 * Windows-1252. Node's
 * `TextDecoder` (full ICU) knows them all, so no package is needed.
 */

// The WHATWG TextDecoder, a global of Node and of browsers (the build's libraries
// are ECMAScript only, without the DOM's or Node's types).
declare const TextDecoder: new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => { decode(input: Uint8Array): string };

/** An encoding {@link decodeText} can tell. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'windows-1256' | 'windows-1251' | 'koi8-r';

/** What {@link decodeText} gives: the text, and how it was read. */
export interface DecodedText {
  /** The text, without a byte-order mark. */
  text: string;
  /** The encoding it was read in. */
  encoding: TextEncodingName;
  /**
   * How the encoding was found: `'bom'` (a byte-order mark), `'valid'` (the
   * bytes are valid UTF-8, or a UTF-16 pattern of zero bytes), or `'guessed'`
   * (the single-byte code page whose reading has the most plausible words).
   */
  by: 'bom' | 'valid' | 'guessed';
}

/** Options of {@link decodeText}. */
export interface DecodeOptions {
  /** Read in this encoding instead of detecting one. */
  encoding?: TextEncodingName;
}

/** The encodings {@link decodeText} reads (and `options.encoding` accepts), in the order it tries them. @category Read documents */
export const TEXT_ENCODINGS: readonly TextEncodingName[] = Object.freeze(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'windows-1256', 'windows-1251', 'koi8-r']);
const ENCODINGS = TEXT_ENCODINGS;
// Windows-1252 (Western) first: a Latin text with a few accents ("Türkiye") reads the same
// in Windows-1256, and a tie goes to the first.
const LEGACY: readonly TextEncodingName[] = ['windows-1252', 'windows-1256', 'windows-1251', 'koi8-r'];

/** The error for bytes that are no text (a PDF, a Word file, an image): names what they look like. @category Read documents */
export class NotTextError extends Error {
  /** Always `'NotTextError'`. */
  override name = 'NotTextError';
}

// Node's decoder reads "windows-1252" as ISO-8859-1, so bytes 0x80–0x9F (curly
// quotes, dashes, €) come out as C1 controls; these are their Windows-1252
// characters (the WHATWG Encoding Standard's index; 0x81, 0x8D, 0x8F, 0x90
// and 0x9D are unassigned and stay as they are).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const C1 = /[\u0080-\u009f]/g;

function read(bytes: Uint8Array, encoding: TextEncodingName, fatal: boolean): string {
  const text = new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes);
  return encoding === 'windows-1252' ? text.replace(C1, (c) => CP1252_HIGH.charAt(c.charCodeAt(0) - 0x80)) : text;
}

// Magic numbers of documents that are not text: what to tell the reader instead of "binary".
const MAGIC: ReadonlyArray<[number[], string]> = [
  [[0x25, 0x50, 0x44, 0x46], 'a PDF file'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (a Word, OpenDocument or Excel file is one)'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Word .doc file'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
];

/** What a file that is no text looks like, or undefined. @category Read documents */
export function documentKind(bytes: Uint8Array): string | undefined {
  for (const [magic, kind] of MAGIC) if (magic.every((b, i) => bytes[i] === b)) return kind;
  return undefined;
}

/**
 * UTF-16 without a byte-order mark: in text of Latin, Cyrillic or Arabic
 * letters, spaces and digits, one byte of each pair is zero (Latin) or a
 * small block number (0x04 Cyrillic, 0x06 Arabic). The side of the pair that
 * is mostly such bytes tells the byte order.
 */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 4) return undefined;
  let even = 0;
  let odd = 0;
  // A trailing odd byte (a file cut short) does not change the pattern.
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  for (let i = 0; i + 1 < n; i += 2) {
    if ((bytes[i] as number) <= 0x06) even++;
    if ((bytes[i + 1] as number) <= 0x06) odd++;
  }
  const pairs = n / 2;
  // Seven pairs in ten: punctuation of the U+20xx block (quotes, dashes) has a high byte 0x20.
  if (odd >= 0.7 * pairs && even < 0.5 * pairs) return 'utf-16le';
  if (even >= 0.7 * pairs && odd < 0.5 * pairs) return 'utf-16be';
  return undefined;
}

const WORD = /\p{L}+/gu;
const ARABIC = /^[\u0600-\u06ff]+$/u;
const CYRILLIC = /^[\u0400-\u04ff]+$/u;
const LATIN = /^[\p{Script=Latin}]+$/u;
const ASCII_LETTERS = /[A-Za-z]/g;
/** Control characters other than tab, line breaks and form feed, and replacement characters, in `text`. */
function junkCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x08 || (c >= 0x0e && c <= 0x1f) || c === 0x7f || c === 0xfffd) n++;
  }
  return n;
}

/** Refuse a reading that is mostly not text: control characters or replacement characters in more than one character in a hundred. */
function expectText(decoded: DecodedText): DecodedText {
  const junk = junkCount(decoded.text);
  if (junk > 0 && junk * 100 > decoded.text.length) throw new NotTextError('looks like a binary file, not a text file (control characters where text has letters)');
  return decoded;
}

/**
 * How plausible a reading is: the letters in words of one script written in
 * a case pattern words have (all lower case, capitalized, or all capitals).
 * A wrong code page gives words that mix scripts (Arabic letters with
 * accented Latin ones) or case (КОИ8 read as 1251: «тЕЛУФ»).
 */
function plausibility(text: string): number {
  let score = 0;
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    if (!(ARABIC.test(w) || CYRILLIC.test(w) || LATIN.test(w))) continue;
    // Latin words are mostly unaccented: Cyrillic read as Windows-1252 is all accents («Ïîäòâåðäèëè»).
    if (LATIN.test(w) && w.replace(ASCII_LETTERS, '').length * 3 > w.length) continue;
    const rest = w.slice(1);
    if (ARABIC.test(w) || rest === rest.toLowerCase() || w === w.toUpperCase()) score += w.length;
  }
  return score;
}

/**
 * Decode the bytes of a text file: by its byte-order mark; as UTF-16 when its
 * zero bytes say so; as UTF-8 when the bytes are valid UTF-8; otherwise in the
 * single-byte code page (Windows-1252, -1256, -1251 or KOI8-R) whose reading
 * has the most plausible words. `options.encoding` skips the detection.
 * Throws a {@link NotTextError} for a PDF, a Word file or an image, and for
 * other bytes with zero bytes that are not UTF-16.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { decodeText } from 'communique-diff/import';
 *
 * const { text, encoding } = decodeText(readFileSync('round-21-ar.txt'));
 * // encoding: 'windows-1256' for a file saved by an old Arabic Windows
 * ```
 * @category Read documents
 */
export function decodeText(bytes: Uint8Array, options?: DecodeOptions): DecodedText {
  if (!(bytes instanceof Uint8Array)) throw new TypeError(`\`bytes\` must be a Uint8Array or a Buffer, received ${bytes === null ? 'null' : typeof bytes}`);
  const given = options?.encoding;
  if (given !== undefined && !ENCODINGS.includes(given)) throw new RangeError(`\`options.encoding\` must be one of ${ENCODINGS.join(', ')}, received ${JSON.stringify(given)}`);
  if (given !== undefined) return { text: stripBom(read(bytes, given, false)), encoding: given, by: 'valid' };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: read(bytes.subarray(3), 'utf-8', false), encoding: 'utf-8', by: 'bom' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: read(bytes.subarray(2), 'utf-16le', false), encoding: 'utf-16le', by: 'bom' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: read(bytes.subarray(2), 'utf-16be', false), encoding: 'utf-16be', by: 'bom' };
  const kind = documentKind(bytes);
  if (kind) throw new NotTextError(`looks like ${kind}, not a text file`);
  if (bytes.includes(0)) {
    const order = utf16Order(bytes);
    if (!order) throw new NotTextError('looks like a binary file (it contains zero bytes but is not UTF-16 text)');
    return expectText({ text: read(bytes.subarray(0, bytes.length - (bytes.length % 2)), order, false), encoding: order, by: 'valid' });
  }
  try {
    return expectText({ text: read(bytes, 'utf-8', true), encoding: 'utf-8', by: 'valid' });
  } catch (error) {
    if (error instanceof NotTextError) throw error;
    let best: DecodedText | undefined;
    let bestScore = -1;
    for (const encoding of LEGACY) {
      const text = read(bytes, encoding, false);
      const score = plausibility(text);
      if (score > bestScore) [best, bestScore] = [{ text, encoding, by: 'guessed' }, score];
    }
    return expectText(best as DecodedText);
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
