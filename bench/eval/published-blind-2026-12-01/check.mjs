// Verifies every case: published file minus layout.json lines, with
// hyphenated line ends joined and whitespace collapsed, equals the clean file
// with whitespace collapsed.  Usage: node check.mjs   (exit code 1 on failure)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.dirname(fileURLToPath(import.meta.url));
const KINDS = new Set(['page-number', 'running-header', 'headline', 'dateline', 'byline', 'caption',
  'read-also', 'social', 'share', 'tags', 'footer', 'other']);
const collapse = (s) => s.replace(/\s+/g, ' ').trim();

let failures = 0, checked = 0;
const fail = (c, side, msg) => { failures++; console.log(`FAIL ${c} ${side}: ${msg}`); };

const cases = fs.readdirSync(ROOT).filter((d) => /^(en|ar|ru)-\d+$/.test(d)).sort();
if (cases.length !== 12) { failures++; console.log(`FAIL: expected 12 cases, found ${cases.length}`); }

for (const c of cases) {
  const dir = path.join(ROOT, c);
  const n = Number(c.split('-')[1]);
  let layout;
  try { layout = JSON.parse(fs.readFileSync(path.join(dir, 'layout.json'), 'utf8')); }
  catch (e) { fail(c, '-', 'layout.json: ' + e.message); continue; }
  for (const side of ['old', 'new']) {
    checked++;
    const clean = fs.readFileSync(path.join(dir, `${side}-clean.txt`), 'utf8');
    const pub = fs.readFileSync(path.join(dir, `${side}-published.txt`), 'utf8');

    // clean-file shape: 6-14 paragraphs separated by exactly one blank line
    const body = clean.replace(/\n+$/, '');
    if (/\n[ \t]*\n[ \t]*\n/.test(body)) fail(c, side, 'clean file has more than one blank line between paragraphs');
    const paras = body.split(/\n[ \t]*\n/);
    if (paras.length < 6 || paras.length > 14) fail(c, side, `clean file has ${paras.length} paragraphs`);
    if (paras.some((p) => p.includes('\n'))) fail(c, side, 'a clean paragraph spans several lines');

    // layout entries: valid kinds, matched in order as exact lines
    const entries = layout[side];
    if (!Array.isArray(entries)) { fail(c, side, 'layout side missing'); continue; }
    for (const e of entries) if (!KINDS.has(e.kind)) fail(c, side, `bad kind ${e.kind}`);
    const lines = pub.split(/\r?\n/);
    const kept = [];
    let j = 0;
    for (const line of lines) {
      if (j < entries.length && line === entries[j].line) { j++; continue; }
      kept.push(line);
    }
    if (j < entries.length) { fail(c, side, `layout line not found in order: ${JSON.stringify(entries[j].line)}`); continue; }

    // PDF cases (1-2): no blank lines at all, some hyphenation, furniture present
    if (n <= 2) {
      if (lines.slice(0, -1).some((l) => l.trim() === '')) fail(c, side, 'PDF-style file contains blank lines');
      if (!entries.some((e) => e.kind === 'page-number')) fail(c, side, 'no page numbers');
      if (!entries.some((e) => e.kind === 'running-header')) fail(c, side, 'no running header');
      const w = Math.max(...kept.map((l) => [...l].length));
      if (w > 95) fail(c, side, `line width ${w} > 95`);
    }

    const joined = kept.map((l) => l.replace(/[ \t]+$/, '')).join('\n').replace(/-\n/g, '');
    const got = collapse(joined), want = collapse(clean);
    if (got !== want) {
      let k = 0; while (k < got.length && got[k] === want[k]) k++;
      fail(c, side, `text mismatch at char ${k}:\n  got:  …${got.slice(Math.max(0, k - 40), k + 40)}…\n  want: …${want.slice(Math.max(0, k - 40), k + 40)}…`);
      continue;
    }
    console.log(`ok   ${c} ${side}  (${paras.length} paragraphs, ${entries.length} layout lines)`);
  }
}
console.log(failures ? `\n${failures} failure(s)` : `\nAll ${checked} case sides pass.`);
process.exit(failures ? 1 : 0);
