/**
 * Scoring of the cross-language sets (bench/eval/*cross*): one round in two
 * languages with labelled paragraph links, commitments and numbers (see
 * bench/eval/dev-cross-2026-12-01/README.md). Per language pair: paragraph
 * links found exactly, divergences (softened, strengthened, added, dropped,
 * reworded) and all commitment labels by precision, recall and F1, numbers
 * that differ, and changes reported in faithful translations.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CommuniqueDiff } from '../../src/index.js';
import { foldCommon } from '../../src/normalize/fold.js';
import { scoreBlindPair, type BlindLabel, type BlindPair, type BlindResult } from './blind-score.js';
import { addRows, emptyRow, type Row } from './table.js';

/** A labelled pair of one round in two languages. */
export interface CrossPair {
  name: string;
  style: 'faithful' | 'divergent' | 'press';
  lang: { old: string; new: string };
  old: string;
  new: string;
  links: Array<{ old: number[]; new: number[] }>;
  expected: BlindLabel[];
  numbers?: Array<{ old?: string; new?: string }>;
  notCommitments?: string[];
}

/** The pairs of a cross-language set folder (every .json file in it). */
export function readCrossSet(folder: string): CrossPair[] {
  const dir = fileURLToPath(new URL(`./${folder}/`, import.meta.url));
  return readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(dir + f, 'utf8')) as CrossPair[]);
}

/** Rows by group, and the misses and violations, of a cross-language set. */
export interface CrossResult extends BlindResult {
  /** Changes reported in faithful translations (a divergence, a number apart, or no crossLanguage at all). */
  faithfulViolations: string[];
}

const DIVERGENCES = ['softened', 'strengthened', 'added', 'dropped', 'reworded'];
const linkKey = (l: { old: readonly number[]; new: readonly number[] }): string => `${[...l.old].sort((a, b) => a - b).join(',')}|${[...l.new].sort((a, b) => a - b).join(',')}`;
const value = (n: string): string => foldCommon(n).replace(/^0+(?=\d)/, '');

/** Score one cross-language diff against its labels, adding to `result`. */
export function scoreCrossPair(diff: CommuniqueDiff, pair: CrossPair, result: CrossResult): void {
  const group = `${pair.lang.old}-${pair.lang.new}`;
  const row = (key: string): Row => {
    let r = result.rows.get(key);
    if (!r) result.rows.set(key, (r = emptyRow()));
    return r;
  };
  // Commitments: the blind scorer's matching, grouped by language pair.
  const before = result.misses.length;
  const sub: BlindResult = { rows: new Map(), reporterViolations: result.reporterViolations, cosmeticViolations: [], misses: result.misses };
  scoreBlindPair(diff, { ...pair, style: pair.style === 'press' ? 'press' : 'statement' } as BlindPair, group, sub);
  for (const [k, r] of sub.rows) {
    const name = k === group ? `commitments ${group}` : k;
    result.rows.set(name, addRows([row(name), r]));
  }
  const divergence = addRows(DIVERGENCES.map((k) => sub.rows.get(`kind ${k}`) ?? emptyRow()));
  for (const name of ['divergences', `divergences ${group}`, `divergences style ${pair.style}`]) result.rows.set(name, addRows([row(name), divergence]));
  // Links: a gold link is found when the diff has one with exactly its paragraphs. Paragraphs
  // are the writer's blocks between blank lines; the library's are mapped to the block they
  // start in, and a block the library reads as layout only (a dateline) is left out of the links.
  const toGold = (side: 'old' | 'new'): { map: (i: number) => number; layoutOnly: Set<number> } => {
    const source = pair[side];
    const starts: number[] = [];
    const re = /\n[ \t]*\n\s*/g;
    starts.push(0);
    for (let m = re.exec(source); m; m = re.exec(source)) starts.push(m.index + m[0].length);
    const blockOf = (offset: number): number => {
      let k = 0;
      while (k + 1 < starts.length && (starts[k + 1] as number) <= offset) k++;
      return k;
    };
    const covered = new Set(diff[side].paragraphs.map((p) => blockOf(p.start)));
    const layoutOnly = new Set(starts.map((_, k) => k).filter((k) => !covered.has(k)));
    return { map: (i) => blockOf(diff[side].paragraphs[i]?.start ?? 0), layoutOnly };
  };
  const oldGold = toGold('old');
  const newGold = toGold('new');
  const predicted = new Set(diff.alignment.map((c) => linkKey({ old: [...new Set(c.old.map(oldGold.map))], new: [...new Set(c.new.map(newGold.map))] })));
  const gold = new Set(
    pair.links
      .map((l) => ({ old: l.old.filter((i) => !oldGold.layoutOnly.has(i)), new: l.new.filter((i) => !newGold.layoutOnly.has(i)) }))
      .filter((l) => l.old.length + l.new.length > 0)
      .map(linkKey),
  );
  for (const name of ['links', `links ${group}`, `links style ${pair.style}`]) {
    const r = row(name);
    r.expected += gold.size;
    r.actual += predicted.size;
    for (const g of gold) {
      if (!predicted.has(g)) continue;
      r.found++;
      r.correct++;
    }
  }
  for (const g of gold) if (!predicted.has(g)) result.misses.push(`${pair.name}: link ${g} not found`);
  for (const p of predicted) if (!gold.has(p)) result.misses.push(`${pair.name}: link ${p} not labelled`);
  // Numbers apart, by side and value.
  // A labelled difference is its digit runs on each side less those both sides have ("10-11" → "11 و12": 10 and 12).
  const runs = (n: string | undefined): string[] => [...foldCommon(n ?? '').matchAll(/\d+/g)].map(([d]) => value(d));
  const apart = (a: string[], b: string[]): string[] => {
    const left = [...b];
    return a.filter((x) => {
      const i = left.indexOf(x);
      if (i < 0) return true;
      left.splice(i, 1);
      return false;
    });
  };
  const goldNumbers = (pair.numbers ?? []).flatMap((n) => [...apart(runs(n.old), runs(n.new)).map((v) => `old ${v}`), ...apart(runs(n.new), runs(n.old)).map((v) => `new ${v}`)]);
  const found = diff.alignment.flatMap((c) => [...(c.numbers?.old ?? []).map((n) => `old ${value(n)}`), ...(c.numbers?.new ?? []).map((n) => `new ${value(n)}`)]);
  const left = [...found];
  const r = row('numbers');
  r.expected += goldNumbers.length;
  r.actual += found.length;
  for (const g of goldNumbers) {
    const i = left.indexOf(g);
    if (i >= 0) {
      left.splice(i, 1);
      r.found++;
      r.correct++;
    } else result.misses.push(`${pair.name}: number ${g} not found`);
  }
  for (const x of left) result.misses.push(`${pair.name}: number ${x} not labelled`);
  if (pair.style === 'faithful') {
    if (!diff.crossLanguage) result.faithfulViolations.push(`${pair.name}: not compared across languages (${diff.old.lang} / ${diff.new.lang})`);
    for (const c of diff.commitments) if (c.kind !== 'unchanged') result.faithfulViolations.push(`${pair.name}: ${c.kind}: ${c.reasons.join('; ').slice(0, 160)}`);
    for (const x of found) result.faithfulViolations.push(`${pair.name}: number ${x}`);
  }
  if (result.misses.length > before && !diff.crossLanguage) result.misses.push(`${pair.name}: read as one language (${diff.old.lang} / ${diff.new.lang})`);
}

/** Score a cross-language set with a diff function (given each pair's languages, or not). */
export function scoreCrossSet(pairs: readonly CrossPair[], diff: (pair: CrossPair) => CommuniqueDiff): CrossResult {
  const result: CrossResult = { rows: new Map(), reporterViolations: [], cosmeticViolations: [], misses: [], faithfulViolations: [] };
  for (const p of pairs) scoreCrossPair(diff(p), p, result);
  return result;
}
