// One long-text measurement in a fresh plain-Node process running the built
// package (dist/), so that time and peak memory are the library's own:
// `node bench/long.mjs OLD_FILE NEW_FILE WHO` prints JSON { ms, peakMB, baseMB }:
// the median of a few runs after a warm-up, and the peak resident set. WHO is
// ours | redline | extract | tokenize | dmp | dmpwords | jsdiff. The peers
// (bench/peers.ts) and our tokenizer come from the bundle named by CD_BENCH_TOOLS,
// which bench/run.ts makes with esbuild.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { diffCommuniques, extractCommitments, parseCommunique } from '../dist/index.js';

const [oldFile, newFile, who = 'ours'] = process.argv.slice(2);
const a = readFileSync(oldFile, 'utf8');
const b = readFileSync(newFile, 'utf8');
const base = process.resourceUsage().maxRSS;
// `extract`: only what the contract makes every diff do beyond diff-match-patch's
// job — parse both texts and read the commitments of every distinct paragraph
// (`diff.commitments` lists them all, unchanged ones included). Nothing else.
const extract = () => {
  const oldDoc = parseCommunique(a);
  const seen = new Set(oldDoc.paragraphs.map((p) => p.text));
  const newDoc = parseCommunique(b);
  extractCommitments(oldDoc);
  extractCommitments({ ...newDoc, paragraphs: newDoc.paragraphs.filter((p) => !seen.has(p.text)).map((p, index) => ({ ...p, index })) });
};
if (!process.env.CD_BENCH_TOOLS) throw new Error('CD_BENCH_TOOLS must name the bundle of the peers and the tokenizer (bench/run.ts makes it)');
const { dmp, dmpWords, jsdiffWords, tokenize } = await import(pathToFileURL(process.env.CD_BENCH_TOOLS).href);
const runs = {
  ours: () => diffCommuniques(a, b),
  redline: () => diffCommuniques(a, b, { commitments: false }),
  extract,
  tokenize: () => {
    tokenize(a);
    tokenize(b);
  },
  dmp: () => dmp(a, b),
  dmpwords: () => dmpWords(a, b),
  jsdiff: () => jsdiffWords(a, b),
};
const run = runs[who];
if (!run) throw new RangeError(`WHO must be one of ${Object.keys(runs).join(', ')}, received ${who}`);
// Two unmeasured runs first (as tinybench's warm-up does), so that the median
// is of compiled code for every contender, not of the first, interpreted run.
// A peer (jsdiff, dmp's word mode) whose first run takes over SLOW_MS on long
// texts is measured by that run alone: compilation is a small part of such a run.
// Our own runs and diff-match-patch's line mode always take the warm median.
const SLOW_MS = 1000;
const slowPeer = who === 'jsdiff' || who === 'dmpwords';
const timedRun = () => {
  const t = performance.now();
  run();
  return performance.now() - t;
};
const first = timedRun();
const times = [first];
if (!slowPeer || first <= SLOW_MS) {
  times.length = 0;
  for (let i = 0; i < 1; i++) run();
  for (let i = 0; i < 7; i++) times.push(timedRun());
}
times.sort((x, y) => x - y);
console.log(JSON.stringify({ ms: times[Math.floor(times.length / 2)], peakMB: Math.round(process.resourceUsage().maxRSS / 1024), baseMB: Math.round(base / 1024) }));
