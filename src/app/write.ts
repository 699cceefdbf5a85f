/// <reference types="node" />
/**
 * The Node side of `communique-diff app`: the offline page with the browser
 * script's hash in its Content-Security-Policy.
 *
 * @module
 */
import { createHash } from 'node:crypto';
import { appPage } from './page.js';

/**
 * The file name of the browser script's bundle, built by tsup (see
 * tsup.config.ts) beside the CLI: `dist/app-client.js`. From the built CLI
 * (`dist/cli.js`), read it as `new URL(`./${APP_CLIENT_FILE}`, import.meta.url)`.
 */
export const APP_CLIENT_FILE = 'app-client.js';

/**
 * The base64 SHA-256 digest of a script's text, as a Content-Security-Policy
 * hash source takes it (`'sha256-<digest>'`): over the UTF-8 bytes of the
 * text exactly as it stands between `<script>` and `</script>`.
 *
 * @param source - The script's text.
 * @returns The digest, 44 base64 characters.
 */
export function scriptDigest(source: string): string {
  return createHash('sha256').update(source, 'utf8').digest('base64');
}

/**
 * The offline comparison page, ready to write to a file: one self-contained
 * HTML document with `clientSource` (the bundle `dist/app-client.js`) inline,
 * and a Content-Security-Policy that lets only that script run and makes no
 * network request possible.
 *
 * Carriage returns in `clientSource` are written as line feeds, as the HTML
 * parser would read them anyway (so the hash matches what the browser sees).
 *
 * @param clientSource - The text of the browser bundle, read as UTF-8.
 * @returns The page; write it as UTF-8.
 * @throws TypeError when `clientSource` is not a string.
 * @throws RangeError when `clientSource` contains `</script`, `<!--` or a NUL character.
 *
 * @example
 * ```ts
 * const client = await readFile(new URL(`./${APP_CLIENT_FILE}`, import.meta.url), 'utf8');
 * await writeFile('app.html', renderApp(client), 'utf8');
 * ```
 */
export function renderApp(clientSource: string): string {
  if (typeof clientSource !== 'string') throw new TypeError('`clientSource` must be a string');
  const source = clientSource.replace(/\r\n?/g, '\n');
  return appPage(source, scriptDigest(source));
}
