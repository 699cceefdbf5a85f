/**
 * `npm run demo [-- en|ar|ru]`: diff two illustrative rounds bundled in
 * examples/rounds and print a plain-text summary with a word-level redline
 * ([-deleted-] {+inserted+}).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { diffCommuniques, type ParagraphChange } from '../src/index.js';

const lang = process.argv[2] ?? 'en';
if (!['en', 'ar', 'ru'].includes(lang)) {
  console.error(`usage: npm run demo -- [en|ar|ru] (received ${JSON.stringify(lang)})`);
  process.exit(2);
}
const dir = fileURLToPath(new URL('./rounds/', import.meta.url));
const oldText = readFileSync(`${dir}${lang}-round-a.txt`, 'utf8');
const newText = readFileSync(`${dir}${lang}-round-b.txt`, 'utf8');
const diff = diffCommuniques(oldText, newText);

const counts = new Map<string, number>();
for (const c of diff.alignment) {
  const kind = c.kind === 'modified' && c.cosmetic ? 'cosmetic only' : c.kind;
  counts.set(kind, (counts.get(kind) ?? 0) + 1);
}
console.log(`communique-diff demo: examples/rounds/${lang}-round-a.txt → ${lang}-round-b.txt (illustrative texts)`);
console.log(`${diff.old.paragraphs.length} → ${diff.new.paragraphs.length} paragraphs, language ${diff.new.lang}`);
console.log([...counts].map(([k, n]) => `${n} ${k}`).join(', '));
console.log('');

// Commitments first: what the parties newly committed to, stopped saying, softened or strengthened.
const substantive = diff.commitments.filter((c) => c.kind !== 'unchanged');
console.log(`# Commitments: ${substantive.length} changed of ${diff.commitments.length}, strongest change first`);
for (const c of [...substantive].sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta))) {
  const act = c.new ?? c.old;
  console.log(`- ${c.kind.toUpperCase()} (${c.delta > 0 ? '+' : ''}${c.delta}) ${act?.predicate}: ${JSON.stringify(act?.text.replace(/\s+/g, ' ').slice(0, 90))}`);
  for (const r of c.reasons) console.log(`    · ${r}`);
}
console.log('');
console.log('# Paragraphs');
console.log('');

const where = (c: ParagraphChange): string => {
  const o = c.old.map((i) => `old ${i}`).join('+');
  const n = c.new.map((i) => `new ${i}`).join('+');
  return [o, n].filter(Boolean).join(' → ');
};
for (const c of diff.alignment) {
  if (c.kind === 'unchanged') continue;
  const flags = [c.cosmetic ? 'cosmetic only' : '', c.relabeled ? 'renumbered' : '', c.similarity > 0 && c.similarity < 1 ? `similarity ${c.similarity}` : '']
    .filter(Boolean)
    .join(', ');
  console.log(`## ${c.kind.toUpperCase()} (${where(c)})${flags ? ` — ${flags}` : ''}`);
  const redline = c.edits.map((e) => (e.op === 'equal' ? e.text : e.op === 'delete' ? `[-${e.text}-]` : `{+${e.text}+}`)).join('');
  console.log(redline.replace(/\s*\n\s*/g, ' ¶ '));
  console.log('');
}
