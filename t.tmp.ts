import { diffCommuniques } from './src/index.ts';
import { pair } from './bench/corpus.ts';
for (const n of [35, 1000, 4000]) {
  const [a, b] = pair('en', n);
  console.log(n, a.length, 'chars');
  for (let k = 0; k < 2; k++) { const t = performance.now(); diffCommuniques(a, b); console.log('  ', Math.round(performance.now() - t), 'ms'); }
}
