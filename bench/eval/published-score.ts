/**
 * Score a set of statements as published (a folder of cases, each with
 * old/new clean and published texts and the published texts' layout lines;
 * see its README): does a published pair give the diff of its clean pair?
 * - layout lines: of the lines labelled layout, how many the parse keeps out
 *   of the paragraphs (recall), and how many lines it keeps out are labelled
 *   (precision);
 * - paragraphs: of the clean text's paragraphs, how many the published text
 *   gives with the same words (whitespace aside);
 * - alignment and commitments: the published pair's changes against the
 *   clean pair's, compared by kind and words.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Communique, CommuniqueDiff } from '../../src/index.js';
import { plainWords } from './published.js';
import { addRows, emptyRow, type Row } from './table.js';

/** One case of the set. */
export interface PublishedCase {
  name: string;
  lang: string;
  oldClean: string;
  newClean: string;
  oldPublished: string;
  newPublished: string;
  layout: { old: Array<{ line: string; kind: string }>; new: Array<{ line: string; kind: string }> };
}

/** Read the cases of a folder under bench/eval. */
export function readPublishedSet(folder: string): PublishedCase[] {
  const dir = new URL(`./${folder}/`, import.meta.url).pathname;
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const at = (f: string): string => readFileSync(join(dir, d.name, f), 'utf8');
      return {
        name: d.name,
        lang: d.name.slice(0, 2),
        oldClean: at('old-clean.txt'),
        newClean: at('new-clean.txt'),
        oldPublished: at('old-published.txt'),
        newPublished: at('new-published.txt'),
        layout: JSON.parse(at('layout.json')) as PublishedCase['layout'],
      };
    });
}

const squash = plainWords;

/** Count matches between two multisets of strings into a row. */
function match(expected: readonly string[], found: readonly string[]): Row {
  const left = new Map<string, number>();
  for (const e of expected) left.set(e, (left.get(e) ?? 0) + 1);
  let tp = 0;
  for (const f of found) {
    const n = left.get(f) ?? 0;
    if (n > 0) {
      tp++;
      left.set(f, n - 1);
    }
  }
  return { expected: expected.length, found: tp, actual: found.length, correct: tp };
}

/** The lines of a parsed text kept out of its paragraphs: its layout blocks (whole lines). */
function layoutLines(doc: Communique): string[] {
  return (doc.layout ?? []).filter((b) => b.kind !== 'page-break').map((b) => b.text.trim());
}

function paragraphs(doc: Communique): string[] {
  return doc.paragraphs.map((p) => squash(`${p.label ?? ''} ${p.text}`));
}

function links(d: CommuniqueDiff): string[] {
  const side = (doc: Communique, ix: readonly number[]): string => ix.map((i) => squash(doc.paragraphs[i]?.text ?? '')).join(' ¶ ');
  return d.alignment.map((c) => `${c.kind}|${side(d.old, c.old)}|${side(d.new, c.new)}`);
}

/** A commitment's words without the layout lines inside it (a page number where a page broke its sentence). */
function words(text: string, doc: Communique): string {
  const layout = new Set((doc.layout ?? []).map((b) => b.text.trim()));
  return squash(text.split('\n').filter((l) => !layout.has(l.trim())).join('\n'));
}

function commitments(d: CommuniqueDiff): string[] {
  return d.commitments.map((c) => `${c.kind}|${c.old?.predicate ?? ''}|${words(c.old?.text ?? '', d.old)}|${c.new?.predicate ?? ''}|${words(c.new?.text ?? '', d.new)}`);
}

/** Rows by measure and language ("layout en", "paragraphs all", …). */
export function scorePublishedSet(cases: readonly PublishedCase[], parse: (text: string) => Communique, diff: (a: string, b: string) => CommuniqueDiff, misses: string[] = []): Map<string, Row> {
  const rows = new Map<string, Row>();
  const put = (what: string, lang: string, r: Row): void => {
    for (const key of [`${what} ${lang}`, `${what} all`]) rows.set(key, addRows([rows.get(key) ?? emptyRow(), r]));
  };
  for (const c of cases) {
    for (const side of ['old', 'new'] as const) {
      const published = side === 'old' ? c.oldPublished : c.newPublished;
      const clean = side === 'old' ? c.oldClean : c.newClean;
      const doc = parse(published);
      const found = layoutLines(doc);
      const expected = c.layout[side].map((l) => l.line.trim());
      const r = match(expected, found);
      put('layout lines', c.lang, r);
      if (r.correct < r.actual || r.found < r.expected) misses.push(`${c.name} ${side} layout: missed ${JSON.stringify(expected.filter((e) => !found.includes(e)))}, extra ${JSON.stringify(found.filter((f) => !expected.includes(f)))}`);
      const want = paragraphs(parse(clean));
      const got = paragraphs(doc);
      const p = match(want, got);
      put('paragraphs', c.lang, p);
      if (p.found < p.expected) misses.push(`${c.name} ${side} paragraphs not found: ${want.filter((w) => !got.includes(w)).map((w) => JSON.stringify(w.slice(0, 60))).join(', ')}`);
    }
    const clean = diff(c.oldClean, c.newClean);
    const published = diff(c.oldPublished, c.newPublished);
    put('alignment', c.lang, match(links(clean), links(published)));
    const cm = match(commitments(clean), commitments(published));
    put('commitments', c.lang, cm);
    if (cm.found < cm.expected) misses.push(`${c.name} commitments: ${cm.expected - cm.found} of the clean pair's changes not found as such`);
  }
  return rows;
}
