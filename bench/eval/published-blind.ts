/**
 * Score a set of statements as published: `tsx bench/eval/published-blind.ts
 * [FOLDER] [--lib PATH] [--misses]`. FOLDER defaults to the newest
 * bench/eval/published-blind-* folder; PATH is a source or build entry of the
 * library to score (default: this checkout's src/), so that a set can be
 * scored on an older version first.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Communique, CommuniqueDiff } from '../../src/index.js';
import { readPublishedSet, scorePublishedSet } from './published-score.js';
import { printTable } from './table.js';

const args = process.argv.slice(2);
const libAt = args.indexOf('--lib');
const lib = libAt >= 0 ? pathToFileURL(resolve(args[libAt + 1] as string)).href : new URL('../../src/index.js', import.meta.url).href;
const here = fileURLToPath(new URL('.', import.meta.url));
const folder = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--lib') ?? readdirSync(here).filter((d) => d.startsWith('published-blind-')).sort().pop();
if (!folder) throw new Error('no bench/eval/published-blind-* folder');
const { diffCommuniques, parseCommunique } = (await import(lib)) as { diffCommuniques: (a: string, b: string) => CommuniqueDiff; parseCommunique: (t: string) => Communique };
const misses: string[] = [];
const rows = scorePublishedSet(readPublishedSet(folder), (t) => parseCommunique(t), (a, b) => diffCommuniques(a, b), misses);
printTable(`Statements as published, ${folder} (written blind; illustrative texts): published pair against clean pair`, [...rows].sort(([a], [b]) => a.localeCompare(b)));
if (args.includes('--misses')) for (const m of misses) console.log(`  ${m}`);
