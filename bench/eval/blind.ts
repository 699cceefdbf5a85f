/**
 * Score a blind commitment set: `tsx bench/eval/blind.ts [FOLDER] [--lib PATH] [--misses]`.
 * FOLDER defaults to the newest bench/eval/blind-* folder; PATH is a build or
 * source entry of the library to score (default: this checkout's src/), so
 * that a set can be scored on an older version first.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import type { CommuniqueDiff } from '../../src/index.js';
import { readBlindSet, scoreBlindSet } from './blind-score.js';
import { printTable } from './table.js';

const args = process.argv.slice(2);
const libAt = args.indexOf('--lib');
const lib = libAt >= 0 ? pathToFileURL(resolve(args[libAt + 1] as string)).href : new URL('../../src/index.js', import.meta.url).href;
const here = fileURLToPath(new URL('.', import.meta.url));
const folder = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--lib') ?? readdirSync(here, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name.startsWith('blind-')).map((d) => d.name).sort().pop();
if (!folder) throw new Error('no bench/eval/blind-* folder');
const { diffCommuniques } = (await import(lib)) as { diffCommuniques: (a: string, b: string) => CommuniqueDiff };
const result = scoreBlindSet(readBlindSet(folder), (a, b) => diffCommuniques(a, b));
const order = (k: string): string => (k === 'all' ? '0' : /^[a-z]{2}$/.test(k) ? `1${k}` : `2${k}`);
printTable(`Blind commitment set ${folder} (labels written blind; illustrative texts)`, [...result.rows].sort((x, y) => order(x[0]).localeCompare(order(y[0]))));
console.log(`\nCommitments read from a reporter's, headline's or third party's words: ${result.reporterViolations.length}`);
console.log(`Changes reported in cosmetic-only pairs: ${result.cosmeticViolations.length}`);
if (args.includes('--misses')) for (const m of [...result.misses, ...result.reporterViolations, ...result.cosmeticViolations]) console.log(`  ${m}`);
