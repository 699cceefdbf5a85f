/**
 * importDocument: any document the importers read, told by its content
 * (magic bytes, then markup) rather than by its name.
 */
import { decodeText, documentKind, type TextEncodingName } from './decode.js';
import { fromDocx } from './docx.js';
import { fromHtml } from './html.js';
import { fromPdf, type PdfOptions } from './pdf.js';
import { expectImportOptions } from './options.js';
import { DocumentError, type DocumentFormat, type ImportedText } from './types.js';

export { DOCUMENT_FORMATS } from './types.js';

// Markup at the start of a text (after a byte-order mark, blank space and comments): HTML.
const HTML_START = /^\uFEFF?\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|main|section|table|h[1-6]|ul|ol|span|br)\b/i;

/**
 * What a document is, by its content: `'pdf'` (starts with `%PDF`),
 * `'docx'` (a ZIP archive, as Word files are), `'html'` (text that starts
 * with markup), otherwise `'txt'`.
 * @category Read documents
 */
export function detectFormat(bytes: Uint8Array): DocumentFormat {
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return 'pdf';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'docx';
  if (documentKind(bytes) !== undefined) return 'txt';
  const head = bytes.subarray(0, 4096);
  // UTF-16 markup has a zero byte beside every ASCII character: read the head as text first.
  let text: string;
  try {
    text = decodeText(head).text;
  } catch {
    return 'txt';
  }
  return HTML_START.test(text) ? 'html' : 'txt';
}

/** Options of {@link importDocument}. */
export interface ImportOptions extends PdfOptions {
  /** Read the document as this format instead of telling it by its content. */
  from?: DocumentFormat;
  /** The encoding of a text or HTML file; left out, detected (see `decodeText`). */
  encoding?: TextEncodingName;
}

/**
 * Read a document — text in any encoding `decodeText` knows, a web page, a
 * Word file, a PDF — told by its content, into text for `diffCommuniques`.
 *
 * @param bytes - The file's bytes.
 * @param options - `from` to name the format; `encoding`; the PDF options.
 * @returns A promise of the text, where it came from, what was left out, and warnings.
 * @throws TypeError or RangeError for a bad argument or option; DocumentError (the promise rejects) for a document that cannot be read, NotTextError for binary data that is no document.
 *
 * @example
 * ```ts
 * import { readFile } from 'node:fs/promises';
 * import { diffCommuniques } from 'communique-diff';
 * import { importDocument } from 'communique-diff/import';
 *
 * const [a, b] = await Promise.all(['round-20.pdf', 'round-21.docx'].map(async (f) => (await importDocument(await readFile(f))).text));
 * const diff = diffCommuniques(a, b);
 * ```
 * @category Read documents
 */
export async function importDocument(bytes: Uint8Array, options?: ImportOptions): Promise<ImportedText> {
  if (!(bytes instanceof Uint8Array)) throw new TypeError(`\`bytes\` must be a Uint8Array (a Buffer), received ${bytes === null ? 'null' : typeof bytes}`);
  expectImportOptions(options, ['from', 'encoding', 'maxPages', 'password']);
  const from = options?.from;
  if (bytes.length === 0) throw new DocumentError('is empty (0 bytes)');
  const format = from ?? detectFormat(bytes);
  if (format === 'pdf') return fromPdf(bytes, { ...(options?.maxPages !== undefined ? { maxPages: options.maxPages } : {}), ...(options?.password !== undefined ? { password: options.password } : {}) });
  if (format === 'docx') return fromDocx(bytes);
  if (format === 'html') return fromHtml(bytes, options?.encoding ? { encoding: options.encoding } : undefined);
  const decoded = decodeText(bytes, options?.encoding ? { encoding: options.encoding } : undefined);
  if (decoded.text.trim() === '') throw new DocumentError('has no text (only blank space)');
  const warnings = decoded.by === 'guessed' ? [`not UTF-8: read as ${decoded.encoding}, a guess`] : [];
  return { text: decoded.text, source: { format: 'txt', encoding: decoded.encoding, ...(decoded.by === 'guessed' ? { encodingGuessed: true } : {}) }, removed: [], warnings };
}
