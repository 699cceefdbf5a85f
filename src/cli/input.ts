/** Reading the two texts: whole files or all of standard input, in the encoding they come in. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DocumentError, importDocument, NotTextError, type DocumentFormat, type ImportOptions, type TextEncodingName } from '../import/index.js';

/** A problem with an input: the message names the file; exit code 2. */
export class InputError extends Error {
  override name = 'InputError';
}

/** Read all of a stream (standard input) before anything is diffed. */
export async function readAll(stream: AsyncIterable<Buffer | string>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

// How the CLI names an encoding it had to guess or read from a byte-order mark.
const ENCODING_NAMES: Readonly<Record<string, string>> = {
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
  'windows-1252': 'Windows-1252 (Western)',
  'windows-1256': 'Windows-1256 (Arabic)',
  'windows-1251': 'Windows-1251 (Cyrillic)',
  'koi8-r': 'KOI8-R (Cyrillic)',
};

/**
 * Read a document's bytes (importDocument of communique-diff/import), told
 * by its content or by `from`: text in UTF-8, UTF-16 or a guessed Arabic or
 * Cyrillic code page, which `note` is told about, a web page, a Word file or
 * a PDF; a document that cannot be read is refused with a message naming the
 * input.
 */
export async function decode(bytes: Buffer, name: string, note: (message: string) => void = () => {}, given?: TextEncodingName, from?: DocumentFormat): Promise<string> {
  try {
    const options: ImportOptions = {};
    if (given) options.encoding = given;
    if (from) options.from = from;
    const { text, source, warnings } = await importDocument(bytes, options);
    const encoding = source.encoding;
    if ((source.format === 'txt' || source.format === 'html') && encoding && encoding !== 'utf-8' && !given) {
      const named = ENCODING_NAMES[encoding] ?? encoding;
      if (source.encodingGuessed) note(`${name}: not UTF-8; read as ${named}, a guess (if the report looks garbled, save the file as UTF-8)`);
      else note(`${name}: read as ${named}`);
    }
    // The guess is said above, with what to do about it (the importers give it as their first
    // warning); the other warnings as they are.
    for (const w of source.encodingGuessed ? warnings.slice(1) : warnings) note(`${name}: ${w}`);
    return text;
  } catch (error) {
    if (error instanceof NotTextError) throw new InputError(`${name}: ${error.message}; save its text as a .txt file`);
    if (error instanceof DocumentError) throw new InputError(`${name}: ${error.message}`);
    throw error;
  }
}

/** Read one input: a file path, or "-" for standard input. */
export async function readInput(path: string, stdin: AsyncIterable<Buffer | string>, note?: (message: string) => void, encoding?: TextEncodingName, from?: DocumentFormat): Promise<string> {
  if (path === '-') return decode(await readAll(stdin), 'standard input', note, encoding, from);
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${path}: no such file`);
    if (code === 'EACCES') throw new InputError(`${path}: permission denied`);
    throw new InputError(`${path}: cannot be read (${code ?? 'unknown error'})`);
  }
  if (info.isDirectory()) throw new InputError(`${path}: is a directory, expected a text file`);
  try {
    return await decode(await readFile(path), path, note, encoding, from);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${path}: cannot be read (${code ?? 'unknown error'})`);
  }
}

// The documents of a series folder, by their names.
const DOCUMENT_NAME = /\.(?:txt|html?|docx|pdf)$/i;

// Natural order of file names: "round-9" before "round-10".
const NATURAL = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * The files of a series: the paths as given, or when the only path is a
 * folder, its `.txt`, `.html`, `.docx` and `.pdf` files in natural order. Throws InputError for a folder
 * without text files.
 */
export async function seriesPaths(paths: readonly string[]): Promise<string[]> {
  if (paths.length !== 1 || paths[0] === '-') return [...paths];
  const only = paths[0] as string;
  let info;
  try {
    info = await stat(only);
  } catch {
    return [only];
  }
  if (!info.isDirectory()) return [only];
  const names = (await readdir(only)).filter((n) => DOCUMENT_NAME.test(n)).sort(NATURAL.compare);
  if (names.length === 0) throw new InputError(`${only}: the folder holds no .txt, .html, .docx or .pdf files`);
  return names.map((n) => join(only, n));
}
