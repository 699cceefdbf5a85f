// check.mjs — validates every case folder (en-N, ar-N, ru-N) next to this script.
// Usage: node check.mjs        exit code 0 = all cases pass
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.dirname(fileURLToPath(import.meta.url));
const KINDS = new Set(['page-number', 'running-header', 'headline', 'dateline', 'byline', 'caption',
  'read-also', 'social', 'share', 'tags', 'footer', 'other']);
const collapse = s => s.replace(/\s+/g, ' ').trim();
let failures = 0, checked = 0;
const fail = (where, msg) => { failures++; console.log(`FAIL ${where}: ${msg}`); };

const cases = fs.readdirSync(ROOT).filter(d => /^(en|ar|ru)-\d+$/.test(d)).sort();
for (const name of cases) {
  const dir = path.join(ROOT, name);
  const n = Number(name.split('-')[1]);
  const lang = name.split('-')[0];
  const read = f => fs.readFileSync(path.join(dir, f), 'utf8');
  let layout;
  try { layout = JSON.parse(read('layout.json')); } catch (e) { fail(name, 'layout.json: ' + e.message); continue; }
  for (const side of ['old', 'new']) {
    const where = `${name}/${side}`;
    checked++;
    const clean = read(`${side}-clean.txt`);
    const pub = read(`${side}-published.txt`);

    // clean file: paragraphs separated by exactly one blank line, 6-14 paragraphs
    const body = clean.replace(/\n+$/, '');
    if (/\n\s*\n\s*\n/.test(body)) fail(where, 'clean file has more than one blank line between paragraphs');
    const paras = body.split(/\n[ \t]*\n/);
    if (paras.length < 6 || paras.length > 14) fail(where, `clean file has ${paras.length} paragraphs (need 6-14)`);
    if (paras.some(p => !p.trim())) fail(where, 'empty paragraph in clean file');

    // layout entries
    const entries = layout[side];
    if (!Array.isArray(entries)) { fail(where, 'layout.json has no array for ' + side); continue; }
    for (const e of entries) {
      if (!KINDS.has(e.kind)) fail(where, `bad kind ${JSON.stringify(e.kind)}`);
      if (typeof e.line !== 'string' || !e.line.trim() || e.line.includes('\f')) fail(where, `bad line ${JSON.stringify(e.line)}`);
    }

    // remove the layout lines, one occurrence each, in order
    const lines = pub.split(/\r?\n/);
    const kept = []; let j = 0;
    for (const l of lines) {
      if (j < entries.length && l === entries[j].line) { j++; continue; }
      kept.push(l);
    }
    if (j < entries.length) fail(where, `layout line #${j + 1} not found in order: ${JSON.stringify(entries[j].line)}`);
    for (const e of entries.filter((x, i) => entries.findIndex(y => y.line === x.line) === i)) {
      const count = lines.filter(l => l === e.line).length;
      const listed = entries.filter(x => x.line === e.line).length;
      if (count !== listed) fail(where, `line ${JSON.stringify(e.line)} occurs ${count}x but is listed ${listed}x`);
    }

    // remove form feeds, join hyphenated line ends, collapse whitespace
    let text = kept.join('\n').replace(/\f/g, '');
    const cleanC = collapse(clean);
    const joins = [];
    text = text.replace(/(\S*\p{L})-[ \t]*\n\s*(\p{L}\S*)/gu, (m, a, b) => { joins.push([a, b]); return a + b; });
    for (const [a, b] of joins) {
      const wa = a.match(/[\p{L}\p{N}-]+$/u)[0], wb = b.match(/^[\p{L}\p{N}-]+/u)[0];
      if (lang === 'ar') fail(where, `hyphenation in Arabic text: ${wa}-${wb}`);
      if (cleanC.includes(`${wa}-${wb}`)) fail(where, `word split at its own hyphen: ${wa}-${wb}`);
    }
    const got = collapse(text);
    if (got !== cleanC) {
      let i = 0; while (i < got.length && got[i] === cleanC[i]) i++;
      fail(where, `text differs at char ${i}:\n   published: …${got.slice(Math.max(0, i - 40), i + 40)}…\n   clean:     …${cleanC.slice(Math.max(0, i - 40), i + 40)}…`);
    }

    // layout style checks
    if (n <= 2) { // PDF-like
      const textLines = kept.filter(l => l.replace(/\f/g, '').trim());
      const maxw = Math.max(...textLines.map(l => l.length));
      if (maxw > 100) fail(where, `PDF-like line longer than 100 characters (${maxw})`);
      if (textLines.length <= paras.length) fail(where, 'PDF-like text does not look hard-wrapped');
      if (lang !== 'ar' && joins.length === 0) fail(where, 'no hyphenated line ends');
      if (!entries.some(e => e.kind === 'page-number')) fail(where, 'no page numbers');
      if (!entries.some(e => e.kind === 'running-header')) fail(where, 'no running header');
    } else { // web-like
      for (const k of ['headline', 'read-also', 'share', 'footer'])
        if (!entries.some(e => e.kind === k)) fail(where, `no ${k} line`);
    }
  }
}
if (cases.length !== 12) fail('all', `expected 12 cases, found ${cases.length}`);
console.log(failures ? `${failures} problem(s) in ${checked} files checked` : `OK: ${cases.length} cases, ${checked} published files checked, all pass`);
process.exit(failures ? 1 : 0);
