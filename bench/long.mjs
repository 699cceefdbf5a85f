// One long-text measurement in a fresh plain-Node process running the built
// package (dist/), so that time and peak memory are the library's own:
// `node bench/long.mjs OLD_FILE NEW_FILE ours|dmp|jsdiff|extract` prints JSON
// { ms, peakMB, baseMB }: the median of a few runs after a warm-up, and the
// peak resident set.
import { readFileSync } from 'node:fs';
import DiffMatchPatch from 'diff-match-patch';
import { diffWords } from 'diff';
import { diffCommuniques, extractCommitments, parseCommunique } from '../dist/index.js';

const [oldFile, newFile, who = 'ours'] = process.argv.slice(2);
const a = readFileSync(oldFile, 'utf8');
const b = readFileSync(newFile, 'utf8');
const base = process.resourceUsage().maxRSS;
const dmp = () => {
  const d = new DiffMatchPatch();
  d.Diff_Timeout = 0;
  const diffs = d.diff_main(a, b);
  d.diff_cleanupSemantic(diffs);
};
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
const run = who === 'dmp' ? dmp : who === 'jsdiff' ? () => diffWords(a, b) : who === 'extract' ? extract : () => diffCommuniques(a, b);
// Two unmeasured runs first (as tinybench's warm-up does), so that the median
// is of compiled code for every contender, not of the first, interpreted run.
const warmup = who === 'jsdiff' ? 0 : 2;
const reps = who === 'jsdiff' ? 1 : 7;
const times = [];
for (let i = 0; i < warmup; i++) run();
for (let i = 0; i < reps; i++) {
  const t = performance.now();
  run();
  times.push(performance.now() - t);
}
times.sort((x, y) => x - y);
console.log(JSON.stringify({ ms: times[Math.floor(times.length / 2)], peakMB: Math.round(process.resourceUsage().maxRSS / 1024), baseMB: Math.round(base / 1024) }));
