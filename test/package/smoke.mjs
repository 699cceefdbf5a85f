// Run after `npm run build`: the built package imports by its own name under ESM and diffs the seed.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { diffCommuniques, parseCommunique } from 'communique-diff';

const seed = readFileSync(new URL('../../seeds/000_2c8c40ae384e62cf.txt', import.meta.url), 'utf8');
const doc = parseCommunique(seed);
assert.equal(doc.lang, 'ar');
const diff = diffCommuniques(seed, seed.replace('المستمر', 'الثابت'));
assert.equal(diff.alignment.filter((c) => c.kind === 'modified').length, 1);
console.log('ESM import: ok');
