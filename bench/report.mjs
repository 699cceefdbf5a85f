// One report of a large pair in a fresh plain-Node process running the built
// package (dist/): `node bench/report.mjs OLD_FILE NEW_FILE FORMAT` prints JSON
// { diffMs, renderMs, peakMB, diffPeakMB, bytes }: the time to diff, the time to
// render in FORMAT (md, html, json, text, docx, or none), and the peak resident
// set after the diff and after rendering.
import { readFileSync } from 'node:fs';
import { diffCommuniques, REPORT_FORMATS } from '../dist/index.js';

const [oldFile, newFile, format = 'none'] = process.argv.slice(2);
const a = readFileSync(oldFile, 'utf8');
const b = readFileSync(newFile, 'utf8');
let t = performance.now();
const diff = diffCommuniques(a, b);
const diffMs = performance.now() - t;
const diffPeakMB = Math.round(process.resourceUsage().maxRSS / 1024);
let renderMs = 0;
let bytes = 0;
if (format !== 'none') {
  t = performance.now();
  const out = REPORT_FORMATS[format].pair(diff, { hideUnchanged: false });
  renderMs = performance.now() - t;
  bytes = typeof out === 'string' ? Buffer.byteLength(out) : out.length;
}
console.log(JSON.stringify({ diffMs, renderMs, peakMB: Math.round(process.resourceUsage().maxRSS / 1024), diffPeakMB, bytes }));
