/** Reading the two texts: whole files or all of standard input, as strict UTF-8. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

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

/** Decode bytes as UTF-8, refusing binary data and invalid sequences with a message naming the input. */
export function decode(bytes: Buffer, name: string): string {
  if (bytes.includes(0)) throw new InputError(`${name}: looks like a binary file (it contains NUL bytes), expected UTF-8 text`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError(`${name}: is not valid UTF-8 text`);
  }
}

/** Read one input: a file path, or "-" for standard input. */
export async function readInput(path: string, stdin: AsyncIterable<Buffer | string>): Promise<string> {
  if (path === '-') return decode(await readAll(stdin), 'standard input');
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
    return decode(await readFile(path), path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${path}: cannot be read (${code ?? 'unknown error'})`);
  }
}

// Natural order of file names: "round-9" before "round-10".
const NATURAL = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * The files of a series: the paths as given, or when the only path is a
 * folder, its `.txt` files in natural order. Throws InputError for a folder
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
  const names = (await readdir(only)).filter((n) => n.toLowerCase().endsWith('.txt')).sort(NATURAL.compare);
  if (names.length === 0) throw new InputError(`${only}: the folder holds no .txt files`);
  return names.map((n) => join(only, n));
}
