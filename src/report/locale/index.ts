/**
 * The report interface languages, and the one way renderers word a reason or
 * a headline: as parts, plain words and quotations, so that each format
 * isolates a quotation as a whole (HTML `<bdi>`, Markdown and the terminal
 * U+2068…U+2069) with its own punctuation inside.
 */
import type { CommitmentChange, Evidence } from '../../types/commitments.js';
import type { ReportLocale } from '../../types/report.js';
import { shorten } from '../../commitments/evidence.js';
import { ar } from './ar.js';
import { en } from './en.js';
import { ru } from './ru.js';
import type { HeadlineCounts, ReportMessages } from './types.js';

export type { AcrossMessages, HeadlineCounts, ReportMessages } from './types.js';

/** The interface languages by code. */
export const MESSAGES: Readonly<Record<ReportLocale, ReportMessages>> = { en, ar, ru };

/** A piece of a worded line: the report's own words, or a quotation of the texts (to isolate, as written). */
export type Part = { text: string } | { quote: string };

// A quotation stands in the worded line as a placeholder of two control characters
// around its number; the texts themselves never pass through the line.
// eslint-disable-next-line no-control-regex -- the placeholder is made of control characters on purpose
const PLACEHOLDER = /\u0001(\d+)\u0002/g;

function worded(write: (q: (text: string) => string) => string, max: number): Part[] {
  const quotes: string[] = [];
  const line = write((text) => `\u0001${quotes.push(shorten(text, max)) - 1}\u0002`);
  const parts: Part[] = [];
  let last = 0;
  for (const m of line.matchAll(PLACEHOLDER)) {
    if (m.index > last) parts.push({ text: line.slice(last, m.index) });
    parts.push({ quote: quotes[Number(m[1])] ?? '' });
    last = m.index + m[0].length;
  }
  if (last < line.length) parts.push({ text: line.slice(last) });
  return parts;
}

/** An act in the interface language's words ("call-upon" → "call upon"); an act of a user lexicon with its hyphens as spaces. */
export function actWords(m: ReportMessages, act: string): string {
  return m.acts[act] ?? act.replace(/-/g, ' ');
}

/** Counts by kind on one line, zeros and unchanged left out ("Modified 3, Moved 1"), or "—". */
export function countsLine(counts: Readonly<Record<string, number>>, kinds: Readonly<Record<string, string>>, m: ReportMessages): string {
  if (kinds === m.kinds && m.paragraphCounts) kinds = m.paragraphCounts;
  return (
    Object.entries(counts)
      .filter(([k, n]) => n > 0 && k !== 'unchanged')
      .map(([k, n]) => `${kinds[k] ?? k} ${n}`)
      .join(m.comma) || '—'
  );
}

/** A layout kind in the interface language's words. */
export function layoutKind(m: ReportMessages, kind: string): string {
  return m.layoutKinds[kind] ?? kind.replace(/-/g, ' ');
}

/** A reason, as parts. */
export function reasonParts(m: ReportMessages, e: Evidence): Part[] {
  return worded((q) => m.reason(e, q, (a) => actWords(m, a)), 80);
}

/** The headline, as parts. */
export function headlineParts(m: ReportMessages, counts: HeadlineCounts, top: CommitmentChange | undefined): Part[] {
  return worded((q) => m.headline(counts, top, (a) => actWords(m, a), q), 60);
}

/** A change's heading act: "condemn → express concern" when the act changed, else the act. */
export function changeActs(m: ReportMessages, c: CommitmentChange): string {
  const a = c.old?.predicate;
  const b = c.new?.predicate;
  if (a !== undefined && b !== undefined && a !== b) return `${actWords(m, a)} ${m.arrow} ${actWords(m, b)}`;
  return actWords(m, b ?? a ?? '');
}

/** Quotation marks of each interface language, around an isolated quotation. */
export const QUOTE_MARKS: Readonly<Record<ReportLocale, readonly [string, string]>> = { en: ['“', '”'], ar: ['«', '»'], ru: ['«', '»'] };

/**
 * Parts as plain text, each quotation inside `marks`: isolated with U+2068
 * FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE (Markdown, the
 * headline), or, where isolate controls would show or not hold (a terminal,
 * Word), followed by `after` (a direction mark) instead.
 */
export function plainParts(parts: readonly Part[], marks: readonly [string, string], clean: (text: string) => string = (t) => t, plain?: { after: string }): string {
  return parts
    .map((p) => {
      if (!('quote' in p)) return clean(p.text);
      return plain ? `${marks[0]}${clean(p.quote)}${marks[1]}${plain.after}` : `${marks[0]}\u2068${clean(p.quote)}\u2069${marks[1]}`;
    })
    .join('');
}
