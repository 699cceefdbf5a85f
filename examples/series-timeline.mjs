#!/usr/bin/env node
// Follow every commitment through a series of rounds and write the timeline as HTML.
//
//   node examples/series-timeline.mjs ROUND1.txt ROUND2.txt ROUND3.txt ... [--out series.html]
//
// Copy this file into your project (after `npm install communique-diff`) and adapt it.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { diffSeries, renderSeriesHtml } from 'communique-diff';

const args = process.argv.slice(2);
const at = args.indexOf('--out');
const out = at >= 0 ? args.splice(at, 2)[1] : 'series.html';
if (args.length < 2) {
  console.error('usage: node series-timeline.mjs ROUND1.txt ROUND2.txt ... [--out series.html]');
  process.exit(2);
}

// A label per round: the file name; diffSeries reads "20th round" from the text when no label is given.
const series = diffSeries(args.map((path) => ({ label: basename(path, '.txt'), text: readFileSync(path, 'utf8') })));
writeFileSync(out, renderSeriesHtml(series, { title: 'Commitments across rounds', hideSteady: true }));

// When did each commitment change? One line per history that changed.
for (const h of series.commitments.filter((c) => c.events.length > 0)) {
  const story = h.events.map((e) => `${series.labels[e.round]}: ${e.kind}`).join(', ');
  console.log(`${h.predicate} ${JSON.stringify(h.topic.slice(0, 50))} — ${story} (strengths ${h.strengths.map((s) => s ?? '—').join(' → ')})`);
}
console.log(`timeline written to ${out}`);
