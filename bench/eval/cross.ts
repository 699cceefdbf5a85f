/**
 * Score a cross-language set: `tsx bench/eval/cross.ts FOLDER [--lib PATH] [--given] [--misses]`.
 * FOLDER is a bench/eval folder of cross-language pairs; PATH a build or
 * source entry of the library to score (default: this checkout's src/);
 * `--given` passes each pair's languages (`lang: { old, new }`) instead of
 * detecting them.
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import type { CommuniqueDiff, DiffOptions } from '../../src/index.js';
import { readCrossSet, scoreCrossSet } from './cross-score.js';
import { printTable } from './table.js';

const args = process.argv.slice(2);
const libAt = args.indexOf('--lib');
const lib = libAt >= 0 ? pathToFileURL(resolve(args[libAt + 1] as string)).href : new URL('../../src/index.js', import.meta.url).href;
const folder = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--lib');
if (!folder) throw new Error('usage: tsx bench/eval/cross.ts FOLDER [--lib PATH] [--given] [--misses]');
const { diffCommuniques } = (await import(lib)) as { diffCommuniques: (a: string, b: string, o?: DiffOptions) => CommuniqueDiff };
const given = args.includes('--given');
const result = scoreCrossSet(readCrossSet(folder), (p) => diffCommuniques(p.old, p.new, given ? { lang: { old: p.lang.old, new: p.lang.new } } : undefined));
printTable(`Cross-language set ${folder} (illustrative texts${given ? ', languages given' : ', languages detected'})`, [...result.rows].sort(([a], [b]) => a.localeCompare(b)));
console.log(`\nChanges reported in faithful translations: ${result.faithfulViolations.length}`);
console.log(`Commitments read from a reporter's, headline's or third party's words: ${result.reporterViolations.length}`);
if (args.includes('--misses')) for (const m of [...result.faithfulViolations, ...result.misses, ...result.reporterViolations]) console.log(`  ${m}`);
