/**
 * `npm run bench [-- --write]`: speed and size, as medians and ratios in one
 * run (never as timed unit tests). With --write, the Markdown is also saved
 * to bench/RESULTS.md.
 *
 * 1. A typical pair: two rounds of 35 paragraphs (~1,500 words), EN and AR, all stages.
 * 2. A series of 22 rounds: the 21 consecutive pairs, and diffSeries over them.
 * 3. Long texts of 1,000–8,000 paragraphs per side, ~10% changed: time, peak memory, growth exponent.
 * 4. Peers on the same texts: diff-match-patch (diff_main + cleanupSemantic) and jsdiff diffWords.
 * 5. Published size of the library's own code, minified and gzipped.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { sizeRows } from './size.js';
import { Bench } from 'tinybench';
import { diffCommuniques, diffSeries, REPORT_FORMATS } from '../src/index.js';
import { pair, series } from './corpus.js';
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
  .add('diff-match-patch, typical pair EN', () => void dmp(enA, enB))
  .add('jsdiff diffWords + Intl.Segmenter, typical pair AR', () => void jsdiffWordsSegmenter(arA, arB, 'ar'));
await bench.run();
out('## Typical pair and series (all stages: parse, align, word edits, commitments)');
out();
out('| task | median | target |');
out('|---|---:|---:|');
const target: Record<string, string> = { 'cross-language pair, EN → AR (35 paragraphs)': '< 5 ms', 'typical pair, EN (35 paragraphs)': '< 5 ms', 'typical pair, AR (35 paragraphs)': '< 5 ms', 'series of 22 rounds (21 pairs)': '< 100 ms', 'diffSeries of 22 rounds (pairs, lineages, commitment histories)': '< 100 ms' };
for (const t of bench.tasks) {
  const median = t.result.state === 'completed' ? t.result.latency.p50 : Number.NaN;
  out(`| ${t.name} | ${ms(median)} ms | ${target[t.name] ?? 'peer'} |`);
}
out();

// 3 and 4: long texts, each in a fresh process.
const work = mkdtempSync(join(tmpdir(), 'cd-bench-'));
const files = (n: number): { old: string; new: string; chars: number } => {
  const [a, b] = pair('en', n);
  const f = { old: join(work, `${n}-old.txt`), new: join(work, `${n}-new.txt`), chars: a.length + b.length };
  writeFileSync(f.old, a);
  writeFileSync(f.new, b);
  return f;
};
const measure = (f: { old: string; new: string }, who: string): { ms: number; peakMB: number; baseMB: number } =>
  JSON.parse(execFileSync('node', ['bench/long.mjs', f.old, f.new, who], { encoding: 'utf8' })) as { ms: number; peakMB: number; baseMB: number };
out('## Long texts (EN, one paragraph per line, ~10% of paragraphs changed)');
out();
out('Each measured in a fresh `node` process running the built package: the median of 7 runs after 2 unmeasured warm-up runs (jsdiff: one run); peak RSS is the whole process (Node alone is about 45 MB).');
out();
out('| paragraphs per side | characters (both) | ours | peak RSS | diff-match-patch | ours ÷ dmp | jsdiff diffWords | ours ÷ jsdiff | commitments of every distinct paragraph, alone | that ÷ dmp |');
out('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
const sizes = [1000, 2000, 4000, 8000];
const ours: number[] = [];
for (const n of sizes) {
  const f = files(n);
  const o = measure(f, 'ours');
  const d = measure(f, 'dmp');
  const j = n <= 2000 ? measure(f, 'jsdiff') : undefined;
  const x = measure(f, 'extract');
  ours.push(o.ms);
  out(`| ${n} | ${f.chars} | ${ms(o.ms)} ms | ${o.peakMB} MB | ${ms(d.ms)} ms | ${(o.ms / d.ms).toFixed(2)} | ${j ? `${ms(j.ms)} ms` : 'not run'} | ${j ? (o.ms / j.ms).toFixed(2) : '—'} | ${ms(x.ms)} ms | ${(x.ms / d.ms).toFixed(2)} |`);
}
out();
out('"Commitments of every distinct paragraph, alone" parses both texts and extracts the commitments of each distinct paragraph, nothing else (no alignment, no word edits): the part of a diff that the contract requires beyond what diff-match-patch does, because `diff.commitments` lists every commitment, unchanged ones included. Its ratio to diff-match-patch is a floor under ours ÷ dmp.');
const exponent = Math.log((ours[3] as number) / (ours[0] as number)) / Math.log(8);
out();
out(`Growth exponent of our time from 1,000 to 8,000 paragraphs: ${exponent.toFixed(2)} (target ≤ 1.2).`);
out();

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
