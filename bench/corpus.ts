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

/**
 * Every distinct paragraph of the illustrative rounds of every language pack
 * (English, Arabic, Russian example rounds and texts, the seed, and the French,
 * Turkish and Persian development rounds), each with the words of its own text
 * for edits, interleaved source by source: a long text of many more distinct
 * paragraphs than `pool`'s, so that candidate lists are no longer than a real text's.
 */
function allPacksPool(): Array<{ text: string; words: string[] }> {
  const files = [
    ...['en-round-a', 'en-round-b', 'en-round-c', 'en-round20-statement', 'ar-round-a', 'ar-round-b', 'ru-round-a', 'ru-round-b'].map((f) => `examples/rounds/${f}.txt`),
    'seeds/000_2c8c40ae384e62cf.txt',
    ...['en-x', 'en-y', 'en-x2', 'en-y2', 'ar-x', 'ar-y', 'ar-x2', 'ar-y2', 'ru-x', 'ru-y', 'ru-x2', 'ru-y2'].map((f) => `bench/eval/texts/${f}.txt`),
  ];
  const texts = files.map(read);
  for (const lang of ['fr', 'tr', 'fa']) {
    for (const c of JSON.parse(read(`bench/eval/dev-fr-tr-fa-2026-12-01/${lang}.json`)) as Array<{ old: string; new: string }>) texts.push(c.old, c.new);
  }
  const seen = new Set<string>();
  const sources = texts.map((t) => {
    // A paragraph of several lines (a wrapped or quoted one) on one line: one paragraph a line.
    const ps = parseCommunique(t).paragraphs.map((p) => p.text.replace(/\s*\n\s*/g, ' ')).filter((p) => !seen.has(p) && seen.add(p));
    return { ps, words: t.split(/\s+/) };
  });
  // Round-robin over the sources: neighbouring paragraphs come from different texts.
  const out: Array<{ text: string; words: string[] }> = [];
  for (let i = 0; out.length < seen.size; i++) for (const s of sources) if (i < s.ps.length) out.push({ text: s.ps[i] as string, words: s.words });
  return out;
}

/** The number of distinct paragraphs a long text of each corpus is drawn from. */
export function poolSizes(): { en: number; all: number } {
  return { en: pool('en').length, all: allPacksPool().length };
}

/**
 * A pair of long texts of n paragraphs from every pack's rounds, the next round
 * with varied edits (~10% of paragraphs): words replaced, paragraphs dropped,
 * added, moved, split and merged, a marker inserted ("strongly", «بشدة»).
 */
export function allPacksPair(n: number, seed = 1): [string, string] {
  const random = rng(seed);
  const ps = allPacksPool();
  const a = Array.from({ length: n }, (_, i) => {
    const base = ps[i % ps.length] as { text: string; words: string[] };
    // The first pass through the pool as written, later ones with a few words changed.
    return `${i + 1}. ${i < ps.length ? base.text : editWords(base.text, random, base.words)}`;
  });
  const b = new VariantBuilder(a);
  const changes = Math.max(1, Math.round(n / 10));
  const markers = ['strongly', 'firmly', 'بشدة', 'решительно', 'fermement', 'kesinlikle', 'قاطعانه'];
  for (let k = 0; k < changes; k++) {
    const at = 1 + Math.floor(random() * (b.length - 3));
    const base = ps[Math.floor(random() * ps.length)] as { text: string; words: string[] };
    switch (Math.floor(random() * 7)) {
      case 0:
        b.edit(at, (t) => editWords(t, random, base.words));
        break;
      case 1:
        b.drop(at);
        break;
      case 2:
        b.add(at, editWords(base.text, random, base.words));
        break;
      case 3:
        b.move(at, Math.min(b.length - 1, at + 1 + Math.floor(random() * 40)));
        break;
      case 4:
        if (b.text(at).split(' ').length > 12) b.split(at);
        else b.edit(at, (t) => editWords(t, random, base.words));
        break;
      case 5:
        b.merge(at);
        break;
      default:
        b.edit(at, (t) => {
          const w = t.split(' ');
          w.splice(1 + Math.floor(random() * (w.length - 1)), 0, markers[k % markers.length] as string);
          return w.join(' ');
        });
    }
  }
  return [a.join('\n'), b.paragraphs().join('\n')];
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
