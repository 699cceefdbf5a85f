/**
 * One long-text measurement in a fresh process, so that peak memory is this
 * size's own: `tsx bench/long.ts N [ours|dmp|jsdiff]` prints JSON
 * { ms, peakMB } — the median of a few runs and the peak resident set.
 */
import { diffCommuniques } from '../src/index.js';
import { pair } from './corpus.js';
import { dmp, jsdiffWords } from './peers.js';

const n = Number(process.argv[2]);
const who = process.argv[3] ?? 'ours';
const [a, b] = pair('en', n);
const run = who === 'dmp' ? () => dmp(a, b) : who === 'jsdiff' ? () => jsdiffWords(a, b) : () => diffCommuniques(a, b);
const before = process.resourceUsage().maxRSS;
const reps = who === 'jsdiff' ? 1 : n >= 4000 ? 3 : 5;
const times: number[] = [];
for (let i = 0; i < reps; i++) {
  const t = performance.now();
  run();
  times.push(performance.now() - t);
}
times.sort((x, y) => x - y);
const peakMB = Math.round(process.resourceUsage().maxRSS / 1024);
console.log(JSON.stringify({ ms: times[Math.floor(times.length / 2)], peakMB, baseMB: Math.round(before / 1024), chars: a.length + b.length }));
