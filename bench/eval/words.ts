/**
 * Score a set of labelled word pairs: `tsx bench/eval/words.ts FOLDER [--lib PATH] [--misses]`.
 * See words-score.ts.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CommuniqueDiff } from '../../src/index.js';
import { printTable } from './table.js';
import { readWordPairs, scoreWordPairs } from './words-score.js';

const args = process.argv.slice(2);
const libAt = args.indexOf('--lib');
const lib = libAt >= 0 ? pathToFileURL(resolve(args[libAt + 1] as string)).href : new URL('../../src/index.js', import.meta.url).href;
const folder = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--lib');
if (!folder) throw new Error('usage: tsx bench/eval/words.ts FOLDER [--lib PATH] [--misses]');
const { diffCommuniques } = (await import(lib)) as { diffCommuniques: (a: string, b: string, o?: { lang?: string }) => CommuniqueDiff };
const misses: string[] = [];
const rows = scoreWordPairs(readWordPairs(folder), (a, b, lang) => diffCommuniques(a, b, { lang }), misses);
printTable(`Cosmetic word differences, ${folder} (illustrative texts)`, [...rows].sort(([a], [b]) => a.localeCompare(b)));
if (args.includes('--misses')) for (const m of misses) console.log(`  ${m}`);
