/**
 * `npm run eval`: alignment quality over the labelled set. Prints, per
 * language and per kind, recall (expected links found with the right kind),
 * precision (links produced that were expected) and F1. Exits 1 when overall
 * link accuracy is under the 95% target, so a regression is not missed.
 */
import { diffCommuniques } from '../../src/index.js';
import { alignmentCases } from './cases.js';
import { scoreAlignment, type Tally } from './score.js';

const TARGET = 0.95;
const verbose = process.argv.includes('--verbose');

const byLang = new Map<string, Map<string, Tally>>();
const all = new Map<string, Tally>();
const cases = alignmentCases();
for (const c of cases) {
  const diff = diffCommuniques(c.old, c.new);
  const misses: string[] = [];
  let tallies = byLang.get(c.lang);
  if (!tallies) byLang.set(c.lang, (tallies = new Map()));
  scoreAlignment(diff, c.expected, tallies, misses);
  scoreAlignment(diff, c.expected, all, []);
  if (verbose && misses.length > 0) console.log(`${c.name}:\n  ${misses.join('\n  ')}`);
}

const sum = (m: Map<string, Tally>): Tally =>
  [...m.values()].reduce((a, t) => ({ expected: a.expected + t.expected, found: a.found + t.found, actual: a.actual + t.actual, correct: a.correct + t.correct }), { expected: 0, found: 0, actual: 0, correct: 0 });
const pct = (x: number): string => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : '—');
const row = (name: string, t: Tally): string => {
  const recall = t.found / t.expected;
  const precision = t.correct / t.actual;
  const f1 = (2 * precision * recall) / (precision + recall);
  return `| ${name.padEnd(10)} | ${String(t.expected).padStart(5)} | ${pct(recall).padStart(7)} | ${pct(precision).padStart(9)} | ${pct(f1).padStart(7)} |`;
};

console.log(`Alignment evaluation: ${cases.length} labelled pairs\n`);
console.log('| group      | links |  recall | precision |      F1 |');
console.log('|------------|-------|---------|-----------|---------|');
for (const [lang, t] of [...byLang].sort()) console.log(row(lang, sum(t)));
for (const [kind, t] of [...all].sort()) console.log(row(kind, t));
const total = sum(all);
console.log(row('all', total));
const accuracy = total.found / total.expected;
console.log(`\nLink accuracy (expected links with the right kind): ${pct(accuracy)} (target ${pct(TARGET)})`);
if (accuracy < TARGET) process.exitCode = 1;
