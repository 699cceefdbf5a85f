// Independent re-check of en.json / ar.json / ru.json (run: node check.cjs)
const fs = require('fs');
let bad = 0;
const count = (t, s) => t.split(s).length - 1;
for (const lang of ['en', 'ar', 'ru']) {
  const pairs = JSON.parse(fs.readFileSync(__dirname + `/${lang}.json`, 'utf8'));
  const kinds = {};
  for (const p of pairs) {
    for (const l of p.expected) {
      kinds[l.kind] = (kinds[l.kind] || 0) + 1;
      for (const side of ['old', 'new']) {
        if (!(side in l)) continue;
        const n = count(p[side], l[side]);
        const w = l[side].trim().split(/\s+/).length;
        if (n !== 1 || w < 3 || w > 7) { bad++; console.log('BAD', p.name, side, n, w, l[side]); }
      }
    }
    for (const s of p.notCommitments) {
      const a = count(p.old, s), b = count(p.new, s);
      if (a > 1 || b > 1 || a + b === 0) { bad++; console.log('BAD notCommitment', p.name, s); }
    }
  }
  console.log(lang, pairs.length, 'pairs', JSON.stringify(kinds));
}
console.log(bad ? `${bad} problems` : 'all snippets OK');
process.exit(bad ? 1 : 0);
