/**
 * A development set for "as published" (tuned on, unlike the blind
 * published-blind-* sets): the pairs of the dev-* and spent-blind-* commitment
 * sets laid out by the generators of published.ts — as a PDF copied as text
 * (hard-wrapped, hyphenated, running header, page numbers) and as a news page
 * copied as text — and scored like the blind sets: the published pair's
 * alignment and commitments against the clean pair's, and the clean
 * paragraphs found. `tsx bench/eval/published-dev.ts [--misses]`.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { diffCommuniques, parseCommunique } from '../../src/index.js';
import { readBlindSet } from './blind-score.js';
import { asNewsCopy, asPdfCopy, HEADERS } from './published.js';
import { scorePublishedSet, type PublishedCase } from './published-score.js';
import { printTable } from './table.js';


/** The development cases: every pair of the tuned-on sets, as a PDF copy and as a news copy. */
export function publishedDevCases(): PublishedCase[] {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const cases: PublishedCase[] = [];
  for (const folder of readdirSync(here).filter((d) => d.startsWith('dev-') || d.startsWith('spent-blind-')).sort()) {
    for (const [lang, pairs] of readBlindSet(folder)) {
      pairs.forEach((pair, i) => {
        const pdf = (t: string, side: number) => asPdfCopy(t, { width: 64 + 9 * ((i + side) % 4), pageLines: 9 + ((i * 3 + side) % 8), header: HEADERS[lang] ?? 'Joint Statement', pageNumber: (i + side) % 2 === 0 ? (n, total) => `${n}/${total}` : (n) => `- ${n} -`, hyphenate: lang !== 'ar' });
        const base = { lang, oldClean: pair.old, newClean: pair.new, layout: { old: [], new: [] } };
        cases.push({ ...base, name: `${folder} ${lang} ${i} pdf`, oldPublished: pdf(pair.old, 0), newPublished: pdf(pair.new, 1) });
        cases.push({ ...base, name: `${folder} ${lang} ${i} news`, oldPublished: asNewsCopy(pair.old, lang, i % 2 === 0), newPublished: asNewsCopy(pair.new, lang, i % 2 === 1) });
      });
    }
  }
  return cases;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const misses: string[] = [];
  const rows = scorePublishedSet(publishedDevCases(), (t) => parseCommunique(t), (a, b) => diffCommuniques(a, b), misses);
  printTable('As published, development set (the tuned-on commitment pairs laid out by the generators)', [...rows].filter(([k]) => !k.startsWith('layout')).sort(([a], [b]) => a.localeCompare(b)));
  if (process.argv.includes('--misses')) for (const m of misses) console.log(`  ${m}`);
}
