#!/usr/bin/env node
// Compare two rounds and write an HTML change report.
//
//   node examples/diff-to-html.mjs OLD.txt NEW.txt [report.html]
//
// Copy this file into your project (after `npm install communique-diff`) and adapt it.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { diffCommuniques, renderHtml } from 'communique-diff';

const [oldPath, newPath, out = 'report.html'] = process.argv.slice(2);
if (!oldPath || !newPath) {
  console.error('usage: node diff-to-html.mjs OLD.txt NEW.txt [report.html]');
  process.exit(2);
}

const diff = diffCommuniques(readFileSync(oldPath, 'utf8'), readFileSync(newPath, 'utf8'));
writeFileSync(out, renderHtml(diff, { oldLabel: basename(oldPath), newLabel: basename(newPath), hideUnchanged: true }));

// The commitment changes, strongest first, with their evidence.
const changed = diff.commitments.filter((c) => c.kind !== 'unchanged').sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta));
for (const c of changed) console.log(`${c.kind.padEnd(12)} ${(c.new ?? c.old).predicate.padEnd(22)} ${c.reasons[0]}`);
console.log(`${changed.length} commitment changes; report written to ${out}`);
