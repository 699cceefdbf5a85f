/**
 * Bundle sizes of what users import, minified and gzipped: the main entry,
 * the core with one pack, and each pack. Each is bundled from the built
 * package (dist/) by esbuild as an application bundler would, tree-shaking
 * what is not imported; `diff` is left out (a dependency, counted apart).
 * Run alone with `tsx bench/size.ts`; `npm run bench` includes it.
 */
import { buildSync } from 'esbuild';
import { gzipSync } from 'node:zlib';

/** Minified + gzipped KB of a bundle of `code` (an entry module importing from dist/). */
export function bundleKb(code: string): number {
  const out = buildSync({ stdin: { contents: code, resolveDir: process.cwd() }, bundle: true, minify: true, write: false, format: 'esm', charset: 'utf8', target: 'es2022', external: ['diff'], logLevel: 'silent' });
  return gzipSync(out.outputFiles[0]?.contents ?? new Uint8Array()).length / 1024;
}

const PIPELINE = 'diffCommuniques, diffSeries, extractCommitments, parseCommunique, detectLanguage, normalizeText, roundLabel';

/** The rows of the size table: [what, KB, target]. */
export function sizeRows(codes: readonly string[]): Array<[string, number, number]> {
  const rows: Array<[string, number, number]> = [['main entry `communique-diff` (every pack, every function)', bundleKb("export * from './dist/index.js';"), 30]];
  for (const c of codes) {
    rows.push([`\`communique-diff/core\` (every function) + \`languages/${c}\``, bundleKb(`export * from './dist/core.js'; export * from './dist/languages/${c}.js';`), 22]);
  }
  for (const c of codes) {
    rows.push([`core pipeline functions (no reports) + \`languages/${c}\``, bundleKb(`export { ${PIPELINE} } from './dist/core.js'; export * from './dist/languages/${c}.js';`), 22]);
  }
  const core = bundleKb("export * from './dist/core.js';");
  for (const c of codes) {
    const alone = bundleKb(`export * from './dist/core.js'; export * from './dist/languages/${c}.js';`) - core;
    rows.push([`pack \`${c}\` (what it adds to the core)`, alone, 5]);
    // Its concept lexicon (for comparison across languages), bundled alone from the source.
    const concepts = bundleKb(`export { concepts } from './src/languages/${c}/concepts.ts';`);
    rows.push([`pack \`${c}\` without its concepts (${concepts.toFixed(1)} KB of them)`, alone - concepts, 5]);
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [what, kb, target] of sizeRows(['en', 'ar', 'ru', 'fr', 'tr', 'fa'])) console.log(`${kb.toFixed(2).padStart(6)} KB  (target ≤ ${target})  ${what}`);
}
