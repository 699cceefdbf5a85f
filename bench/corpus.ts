/**
 * Deterministic benchmark texts generated from the illustrative rounds: a
 * typical round of 30–40 paragraphs, a series of 22 rounds, and long texts of
 * N paragraphs per side with about 10% of paragraphs edited, dropped, added,
 * moved or split.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCommunique } from '../src/index.js';
import { editWords, rng, VariantBuilder } from '../test/support/variants.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const read = (p: string): string => readFileSync(`${root}${p}`, 'utf8');

/** All paragraphs of the illustrative texts of one script, as a pool to draw from. */
function pool(lang: 'en' | 'ar'): string[] {
  const files =
    lang === 'en'
      ? ['examples/rounds/en-round-a.txt', 'examples/rounds/en-round-b.txt', 'examples/rounds/en-round-c.txt', 'bench/eval/texts/en-x.txt', 'bench/eval/texts/en-y.txt', 'bench/eval/texts/en-x2.txt']
      : ['examples/rounds/ar-round-a.txt', 'examples/rounds/ar-round-b.txt', 'seeds/000_2c8c40ae384e62cf.txt', 'bench/eval/texts/ar-x.txt', 'bench/eval/texts/ar-y.txt'];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const f of files) {
    for (const p of parseCommunique(read(f)).paragraphs) {
      if (seen.has(p.text)) continue;
      seen.add(p.text);
      out.push(p.text);
    }
  }
  return out;
}

/** A document of n paragraphs drawn from the pool, each made distinct by a few word changes. */
export function document(lang: 'en' | 'ar', n: number, seed: number): string[] {
  const random = rng(seed);
  const paragraphs = pool(lang);
  const words = paragraphs.join(' ').split(/\s+/);
  return Array.from({ length: n }, (_, i) => {
    const base = paragraphs[i % paragraphs.length] as string;
    return `${i + 1}. ${editWords(base, random, words)}`;
  });
}

/** The next round of a document: ~10% of paragraphs edited, dropped, added, moved or split. */
export function nextRound(paragraphs: readonly string[], seed: number, extra: readonly string[]): string[] {
  const random = rng(seed);
  const words = paragraphs.join(' ').split(/\s+/);
  const b = new VariantBuilder(paragraphs);
  const changes = Math.max(1, Math.round(paragraphs.length / 10));
  for (let k = 0; k < changes; k++) {
    const at = 1 + Math.floor(random() * (b.length - 3));
    switch (k % 5) {
      case 0:
        b.edit(at, (t) => editWords(t, random, words));
        break;
      case 1:
        b.drop(at);
        break;
      case 2:
        b.add(at, extra[k % extra.length] as string);
        break;
      case 3:
        b.move(at, Math.min(b.length - 1, at + 5));
        break;
      default:
        if (b.text(at).split(' ').length > 12) b.split(at);
        else b.edit(at, (t) => editWords(t, random, words));
    }
  }
  return b.paragraphs();
}

/** A pair of rounds of n paragraphs, as texts (one paragraph per line). */
export function pair(lang: 'en' | 'ar', n: number, seed = 1): [string, string] {
  const a = document(lang, n, seed);
  return [a.join('\n'), nextRound(a, seed + 1, document(lang, 20, seed + 2)).join('\n')];
}

/** A series of rounds, each the next round of the one before. */
export function series(lang: 'en' | 'ar', rounds: number, n: number): string[] {
  let current = document(lang, n, 11);
  const out = [current.join('\n')];
  for (let r = 1; r < rounds; r++) {
    current = nextRound(current, 100 + r, document(lang, 10, 200 + r));
    out.push(current.join('\n'));
  }
  return out;
}
