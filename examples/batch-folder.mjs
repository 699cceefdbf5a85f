#!/usr/bin/env node
// Compare every round in a folder with the next one: one HTML and one JSON report per pair.
//
//   node examples/batch-folder.mjs ROUNDS_FOLDER [OUT_FOLDER]
//
// Rounds are the folder's .txt files in natural order (round-9 before round-10).
// Copy this file into your project (after `npm install communique-diff`) and adapt it.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { diffCommuniques, renderHtml, toJSON } from 'communique-diff';

const [folder, outFolder = 'reports'] = process.argv.slice(2);
if (!folder) {
  console.error('usage: node batch-folder.mjs ROUNDS_FOLDER [OUT_FOLDER]');
  process.exit(2);
}
const natural = new Intl.Collator('en', { numeric: true }).compare;
const files = readdirSync(folder).filter((f) => f.endsWith('.txt')).sort(natural);
mkdirSync(outFolder, { recursive: true });

for (let i = 1; i < files.length; i++) {
  const [a, b] = [files[i - 1], files[i]];
  const diff = diffCommuniques(readFileSync(join(folder, a), 'utf8'), readFileSync(join(folder, b), 'utf8'));
  const name = `${basename(a, '.txt')}--${basename(b, '.txt')}`;
  writeFileSync(join(outFolder, `${name}.html`), renderHtml(diff, { oldLabel: a, newLabel: b, hideUnchanged: true }));
  writeFileSync(join(outFolder, `${name}.json`), JSON.stringify(toJSON(diff), null, 2));
  const counts = toJSON(diff).summary.commitments;
  console.log(`${name}: ${counts.added} added, ${counts.dropped} dropped, ${counts.softened} softened, ${counts.strengthened} strengthened`);
}
console.log(`${Math.max(0, files.length - 1)} pairs written to ${outFolder}/`);
