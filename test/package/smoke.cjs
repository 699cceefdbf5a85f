// Run after `npm run build`: the built package loads by its own name under require().
const assert = require('node:assert/strict');
const { diffCommuniques } = require('communique-diff');

const diff = diffCommuniques('1. Reaffirmed their strong commitment.', '1. Reaffirmed their commitment.');
assert.deepEqual(diff.alignment.map((c) => c.kind), ['modified']);
console.log('CommonJS require: ok');
