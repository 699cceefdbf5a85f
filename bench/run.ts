/**
 * `npm run bench [-- --write]`: speed and size, as medians and ratios in one
 * run (never as timed unit tests). With --write, the Markdown is also saved
 * to bench/RESULTS.md.
 *
 * 1. A typical pair: two rounds of 35 paragraphs (~1,500 words), EN and AR, all stages.
 * 2. A series of 22 rounds: the 21 consecutive pairs, and diffSeries over them.
 * 3. Long texts of 1,000–8,000 paragraphs per side, ~10% changed, on two corpora (every pack's rounds;
 *    the older English one): all stages, redline only, commitments alone, the tokenizer's floor;
 *    time, peak memory, growth exponent.
 * 4. Peers on the same texts: diff-match-patch in line and word mode, jsdiff diffWords.
 * 5. Published size of the library's own code, minified and gzipped.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { sizeRows } from './size.js';
import { Bench } from 'tinybench';
import { diffCommuniques, diffSeries, REPORT_FORMATS } from '../src/index.js';
import { tokenize } from '../src/tokenize/tokens.js';
import { allPacksPair, pair, poolSizes, series } from './corpus.js';
import { dmp, jsdiffWordsSegmenter } from './peers.js';
import { importBench } from './import.js';

const lines: string[] = [];
const out = (s = ''): void => {
  console.log(s);
  lines.push(s);
};
const ms = (x: number): string => (x < 10 ? x.toFixed(2) : x.toFixed(0));

out('# Benchmark results');
out();
out(`${new Date().toISOString().slice(0, 10)} · Node ${process.version} · ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length} · ${Math.round(totalmem() / 2 ** 30)} GiB`);
out();

// 1 and 2: tinybench medians.
const bench = new Bench({ time: 1000, warmupTime: 300 });
const [enA, enB] = pair('en', 35);
const [arA, arB] = pair('ar', 35, 5);
const rounds = series('en', 22, 35);
// A round in English and in Arabic: the development set's pairs of the two
// languages, English on one side and Arabic on the other, to 35 paragraphs each.
const [crossEn, crossAr] = crossPair(35);
bench
  .add('typical pair, EN (35 paragraphs)', () => void diffCommuniques(enA, enB))
  .add('typical pair, AR (35 paragraphs)', () => void diffCommuniques(arA, arB))
  .add('cross-language pair, EN → AR (35 paragraphs)', () => void diffCommuniques(crossEn, crossAr))
  .add('series of 22 rounds (21 pairs)', () => {
    for (let r = 1; r < rounds.length; r++) diffCommuniques(rounds[r - 1] as string, rounds[r] as string);
  })
  .add('diffSeries of 22 rounds (pairs, lineages, commitment histories)', () => void diffSeries(rounds))
  .add('typical pair, EN, redline only (commitments: false)', () => void diffCommuniques(enA, enB, { commitments: false }))
  .add('our tokenizer over both texts, typical pair EN (the floor)', () => {
    tokenize(enA);
    tokenize(enB);
  })
  .add('diff-match-patch, typical pair EN', () => void dmp(enA, enB))
  .add('jsdiff diffWords + Intl.Segmenter, typical pair AR', () => void jsdiffWordsSegmenter(arA, arB, 'ar'));
await bench.run();
out('## Typical pair and series (all stages: parse, align, word edits, commitments)');
out();
out('| task | median | target |');
out('|---|---:|---:|');
// Targets of issue 18 (diffSeries, which also follows lineages and histories, has none of its own).
const target: Record<string, string> = { 'cross-language pair, EN → AR (35 paragraphs)': '< 5 ms', 'typical pair, EN (35 paragraphs)': '< 1 ms', 'typical pair, AR (35 paragraphs)': '< 1 ms', 'series of 22 rounds (21 pairs)': '< 25 ms', 'diffSeries of 22 rounds (pairs, lineages, commitment histories)': '—', 'typical pair, EN, redline only (commitments: false)': '—', 'our tokenizer over both texts, typical pair EN (the floor)': 'floor' };
for (const t of bench.tasks) {
  const median = t.result.state === 'completed' ? t.result.latency.p50 : Number.NaN;
  out(`| ${t.name} | ${ms(median)} ms | ${target[t.name] ?? 'peer'} |`);
}
out();

// 3 and 4: long texts, each in a fresh process, on two corpora.
const work = mkdtempSync(join(tmpdir(), 'cd-bench-'));
// The peers and our tokenizer, bundled for the plain-Node processes of bench/long.mjs.
const tools = join(work, 'tools.mjs');
buildSync({
  stdin: { contents: "export { dmp, dmpWords, jsdiffWords } from './bench/peers.ts'; export { tokenize } from './src/tokenize/tokens.ts';", resolveDir: process.cwd(), loader: 'ts' },
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: tools,
  logLevel: 'silent',
});
const measure = (f: { old: string; new: string }, who: string): { ms: number; peakMB: number; baseMB: number } =>
  JSON.parse(execFileSync('node', ['bench/long.mjs', f.old, f.new, who], { encoding: 'utf8', env: { ...process.env, CD_BENCH_TOOLS: tools } })) as { ms: number; peakMB: number; baseMB: number };
const sizes = [1000, 2000, 4000, 8000];
const pools = poolSizes();
const corpora: Array<{ name: string; about: string; make: (n: number) => [string, string] }> = [
  {
    name: 'every pack',
    about: `paragraphs of every language pack's illustrative rounds (${pools.all} distinct ones, in six languages), the next round with varied edits (words replaced, paragraphs dropped, added, moved, split, merged, a marker inserted)`,
    make: (n) => allPacksPair(n),
  },
  { name: 'EN', about: `the English corpus of earlier runs (${pools.en} distinct paragraphs repeated with a few words changed; kept for comparison)`, make: (n) => pair('en', n) },
];
const ratio = (x: number, y: number | undefined): string => (y === undefined ? '—' : (x / y).toFixed(2));
const timed = (r: { ms: number } | undefined): string => (r ? `${ms(r.ms)} ms` : 'not run');
out('## Long texts (one paragraph per line, ~10% of paragraphs changed)');
out();
out('Each measured in a fresh `node` process running the built package: the median of 7 runs after 2 unmeasured warm-up runs; jsdiff (run up to 2,000 paragraphs) and the word mode of diff-match-patch by their first run alone where it takes over a second; peak RSS is the whole process (Node alone is about 45 MB). "Redline only" is `{ commitments: false }`. "Tokenize both" is our own tokenizer run once over each text: the floor. "Commitments alone" parses both texts and extracts the commitments of each distinct paragraph, nothing else: the part of a diff that `diff.commitments` (every commitment, unchanged ones included) requires beyond a redline.');
out();
for (const corpus of corpora) {
  out(`### Corpus: ${corpus.name} — ${corpus.about}`);
  out();
  out('| paragraphs per side | characters (both) | ours, all stages | peak RSS | redline only | commitments alone | tokenize both | diff-match-patch line mode | dmp word mode | jsdiff diffWords |');
  out('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  const rows: string[] = [];
  const ours: number[] = [];
  for (const n of sizes) {
    const [a, b] = corpus.make(n);
    const f = { old: join(work, `${corpus.name}-${n}-old.txt`), new: join(work, `${corpus.name}-${n}-new.txt`) };
    writeFileSync(f.old, a);
    writeFileSync(f.new, b);
    const o = measure(f, 'ours');
    const r = measure(f, 'redline');
    const x = measure(f, 'extract');
    const t = measure(f, 'tokenize');
    const d = measure(f, 'dmp');
    const w = measure(f, 'dmpwords');
    const j = n <= 2000 ? measure(f, 'jsdiff') : undefined;
    ours.push(o.ms);
    out(`| ${n} | ${a.length + b.length} | ${ms(o.ms)} ms | ${o.peakMB} MB | ${ms(r.ms)} ms | ${ms(x.ms)} ms | ${ms(t.ms)} ms | ${ms(d.ms)} ms | ${ms(w.ms)} ms | ${timed(j)} |`);
    rows.push(`| ${n} | ${ratio(o.ms, d.ms)} | ${ratio(r.ms, d.ms)} | ${ratio(o.ms, w.ms)} | ${ratio(o.ms, j?.ms)} | ${ratio(o.ms, t.ms)} |`);
  }
  out();
  out('| paragraphs per side | ours ÷ dmp line mode (target ≤ 2.0) | redline only ÷ dmp line mode (≤ 1.0) | ours ÷ dmp word mode (≤ 0.25) | ours ÷ jsdiff diffWords (≤ 0.1) | ours ÷ tokenize both (≤ 4) |');
  out('|---:|---:|---:|---:|---:|---:|');
  for (const row of rows) out(row);
  out();
  const exponent = Math.log((ours[3] as number) / (ours[0] as number)) / Math.log(8);
  out(`Growth exponent of our time from 1,000 to 8,000 paragraphs: ${exponent.toFixed(2)} (target ≤ 1.1).`);
  out();
}
const files = (n: number): { old: string; new: string; chars: number } => {
  const [a, b] = pair('en', n);
  const f = { old: join(work, `${n}-old.txt`), new: join(work, `${n}-new.txt`), chars: a.length + b.length };
  writeFileSync(f.old, a);
  writeFileSync(f.new, b);
  return f;
};

// 3b: every report format of a 10 MB pair, each in a fresh process: the render's time and the
// peak memory beside the diff's own (the render must stay within the diff's memory, not multiply it).
{
  const n = 40_000;
  const f = files(n);
  out(`## Reports of a ${(f.chars / 1e6).toFixed(1)} million-character pair (${n} paragraphs per side)`);
  out();
  out('Each format rendered in a fresh `node` process after the diff (all paragraphs shown, `hideUnchanged: false`); peak RSS is the whole process.');
  out();
  out('| format | render | render ÷ diff | peak RSS | diff alone, peak RSS | output |');
  out('|---|---:|---:|---:|---:|---:|');
  for (const format of Object.keys(REPORT_FORMATS)) {
    const r = JSON.parse(execFileSync('node', ['--max-old-space-size=4096', 'bench/report.mjs', f.old, f.new, format], { encoding: 'utf8' })) as { diffMs: number; renderMs: number; peakMB: number; diffPeakMB: number; bytes: number };
    out(`| ${format} | ${ms(r.renderMs)} ms | ${(r.renderMs / r.diffMs).toFixed(2)} | ${r.peakMB} MB | ${r.diffPeakMB} MB | ${(r.bytes / 1e6).toFixed(1)} MB |`);
  }
  out();
}

// 6: documents in (communique-diff/import): PDFs printed by Chromium from the example rounds.
await importBench(out, ms);

// 5: bundle sizes of what users import (bench/size.ts).
out('## Published size');
out();
out('Minified + gzipped, bundled from dist/ by esbuild as an application would (tree-shaking what is not imported), UTF-8, without the `diff` dependency.');
out();
out('| what | KB | target |');
out('|---|---:|---:|');
for (const [what, kb, target] of sizeRows(['en', 'ar', 'ru', 'fr', 'tr', 'fa'])) out(`| ${what} | ${kb.toFixed(2)} | ≤ ${target}${kb <= target ? ' ✔' : ' ✘'} |`);
const depCode = ['node_modules/diff/libesm/index.js'].map((f) => readFileSync(f, 'utf8')).join('\n');
out();
out(`Dependency \`diff\` (entry module only, not its imports): ${(depCode.length / 1024).toFixed(1)} KB unminified.`);

if (process.argv.includes('--write')) writeFileSync('bench/RESULTS.md', `${lines.join('\n')}\n`);

/** English and Arabic versions of the same rounds (bench/eval/dev-cross-2026-12-01), `n` paragraphs a side. */
function crossPair(n: number): [string, string] {
  const pairs = ['en-ar.json', 'ar-ru.json', 'en-fa.json'].flatMap((f) => JSON.parse(readFileSync(new URL(`./eval/dev-cross-2026-12-01/${f}`, import.meta.url), 'utf8')) as Array<{ lang: { old: string; new: string }; old: string; new: string }>);
  const en: string[] = [];
  const ar: string[] = [];
  for (const p of pairs.filter((x) => (x.lang.old === 'en' && x.lang.new === 'ar') || (x.lang.old === 'ar' && x.lang.new === 'en'))) {
    en.push(...(p.lang.old === 'en' ? p.old : p.new).split(/\n\s*\n/));
    ar.push(...(p.lang.old === 'ar' ? p.old : p.new).split(/\n\s*\n/));
  }
  const take = (ps: string[]): string => Array.from({ length: n }, (_, i) => ps[i % ps.length]).join('\n\n');
  return [take(en), take(ar)];
}
