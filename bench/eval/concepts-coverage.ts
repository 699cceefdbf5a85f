/**
 * How well the packs' concepts tie a text to its translation: for each
 * labelled link of a cross-language set (see bench/eval/dev-cross-2026-12-01),
 * the cross-language stems of both sides (concepts, names, numbers) and
 * their Dice overlap. With `--show`, the stems found on one side only.
 *
 *   npx tsx bench/eval/concepts-coverage.ts bench/eval/dev-cross-2026-12-01 [--show]
 *   npx tsx bench/eval/concepts-coverage.ts --text fa "متن…"   (the stems of one text)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGE_PACKS } from '../../src/index.js';
import { aliasMapFor } from '../../src/normalize/aliases.js';
import { conceptIndexFor, conceptStems } from '../../src/normalize/concepts.js';
import { readingFor } from '../../src/normalize/reading.js';
import { tokenize } from '../../src/tokenize/tokens.js';

interface Link { old: number[]; new: number[] }
interface CrossPair { name: string; lang: { old: string; new: string }; old: string; new: string; links: Link[] }

export function stemsOf(text: string, lang: string): string[] {
  const reading = readingFor(LANGUAGE_PACKS, lang, false);
  return conceptStems(tokenize(text), reading, aliasMapFor(reading, undefined), conceptIndexFor(reading));
}

function dice(a: string[], b: string[]): number {
  const count = new Map<string, number>();
  for (const x of a) count.set(x, (count.get(x) ?? 0) + 1);
  let common = 0;
  for (const y of b) {
    const n = count.get(y) ?? 0;
    if (n > 0) {
      common++;
      count.set(y, n - 1);
    }
  }
  return a.length + b.length === 0 ? 1 : (2 * common) / (a.length + b.length);
}

const minus = (a: string[], b: string[]): string[] => a.filter((x) => !b.includes(x));

function main(): void {
  const args = process.argv.slice(2);
  if (args[0] === '--text') {
    console.log(stemsOf(args[2] ?? '', args[1] ?? 'en').join(' '));
    return;
  }
  const show = args.includes('--show');
  const target = args.find((a) => !a.startsWith('--')) ?? 'bench/eval/dev-cross-2026-12-01';
  const files = statSync(target).isDirectory() ? readdirSync(target).filter((f) => f.endsWith('.json')).map((f) => join(target, f)) : [target];
  let sum = 0;
  let links = 0;
  let empty = 0;
  for (const file of files) {
    for (const pair of JSON.parse(readFileSync(file, 'utf8')) as CrossPair[]) {
      const oldParas = pair.old.split(/\n\s*\n/);
      const newParas = pair.new.split(/\n\s*\n/);
      let pairSum = 0;
      let pairLinks = 0;
      for (const link of pair.links) {
        if (link.old.length === 0 || link.new.length === 0) continue;
        const a = stemsOf(link.old.map((i) => oldParas[i] ?? '').join('\n'), pair.lang.old);
        const b = stemsOf(link.new.map((i) => newParas[i] ?? '').join('\n'), pair.lang.new);
        const d = dice(a, b);
        if (a.length === 0 || b.length === 0) empty++;
        pairSum += d;
        pairLinks++;
        if (show && d < 0.999) console.log(`  ${pair.name} ${JSON.stringify(link)} dice ${d.toFixed(2)}\n    old only: ${minus(a, b).join(' ')}\n    new only: ${minus(b, a).join(' ')}`);
      }
      console.log(`${pair.name}: mean Dice ${(pairSum / Math.max(pairLinks, 1)).toFixed(3)} over ${pairLinks} links`);
      sum += pairSum;
      links += pairLinks;
    }
  }
  console.log(`All: mean Dice ${(sum / Math.max(links, 1)).toFixed(3)} over ${links} links; ${empty} links with a side without stems`);
}

main();
