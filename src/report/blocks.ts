/** What renderers need to know about the paragraphs of a change: names, language and direction. */
import { DETECTION_PREFIX } from '../params.js';
import type { ParagraphChange } from '../types/diff.js';
import type { CommuniqueDiff } from '../types/pipeline.js';
import type { Communique } from '../types/segment.js';
import type { ReportMessages } from './locale/types.js';

// Letters of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana,
// N'Ko, their supplements and presentation forms): Unicode bidi class R or
// AL. Direction is a property of the script, so reports need no language pack.
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u;
const LETTER = /\p{L}/u;

/** The direction most of a text's letters are written in (right-to-left on a tie), or undefined without letters. */
export function directionOf(text: string): 'ltr' | 'rtl' | undefined {
  let rtl = 0;
  let ltr = 0;
  for (const ch of text.slice(0, DETECTION_PREFIX)) {
    if (RTL_LETTER.test(ch)) {
      // Tatweel (U+0640) stretches a word; it is not a letter and does not count.
      if (ch !== '\u0640' && LETTER.test(ch)) rtl++;
    } else if (LETTER.test(ch)) ltr++;
  }
  if (rtl === 0 && ltr === 0) return undefined;
  return rtl >= ltr ? 'rtl' : 'ltr';
}

const escapeAttr = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const docDirections = new WeakMap<Communique, 'ltr' | 'rtl'>();
/** The direction of a round: that of most letters of its source's head (found once per round). */
export function docDirection(doc: Communique): 'ltr' | 'rtl' {
  let d = docDirections.get(doc);
  if (d === undefined) docDirections.set(doc, (d = directionOf(doc.source) ?? 'ltr'));
  return d;
}

/**
 * Direction and language attributes for a piece of a document's text: its
 * own direction (the document's when it has no letters), and the document's
 * language when the piece reads in the document's direction (a piece in the
 * other direction is a quote in another language, left to inherit).
 */
export function langAndDir(text: string, doc: Communique): { dir: 'ltr' | 'rtl'; attrs: string } {
  const own = docDirection(doc);
  const dir = directionOf(text) ?? own;
  const lang = dir === own ? doc.lang : undefined;
  // (The language code is escaped: a diff revived from JSON may carry anything there.)
  return { dir, attrs: `dir="${dir}"${lang ? ` lang="${escapeAttr(lang)}"` : ''}` };
}

/** "¶3 (2.)": the paragraph's position, and its label when it has one. */
export function paragraphName(doc: Communique, index: number): string {
  const label = doc.paragraphs[index]?.label;
  return `¶${index + 1}${label ? ` (${label})` : ''}`;
}

/** "old ¶3 → new ¶4 + ¶5": where a change sits in each round. */
export function placeOf(diff: CommuniqueDiff, c: ParagraphChange, oldLabel: string, newLabel: string, arrow = '→'): string {
  const o = c.old.map((i) => paragraphName(diff.old, i)).join(' + ');
  const n = c.new.map((i) => paragraphName(diff.new, i)).join(' + ');
  return [o ? `${oldLabel} ${o}` : '', n ? `${newLabel} ${n}` : ''].filter(Boolean).join(` ${arrow} `);
}

/** Anchor id of the i-th paragraph change; `prefix` tells the pairs of a series apart ("pair-2-"). */
export const anchor = (i: number, prefix = ''): string => `${prefix}p-${i + 1}`;


/** The texts of the layout lines inside the paragraphs of a change's side (a page break in mid-paragraph), to show dimmed. */
export function layoutInside(doc: Communique, indexes: readonly number[]): Set<string> {
  const wanted = new Set(indexes);
  return new Set((doc.layout ?? []).filter((b) => b.within !== undefined && wanted.has(b.within)).map((b) => b.text.trim()));
}

/** Layout blocks of a text counted by kind, in the interface language's words ("2 page numbers, 1 running header"). */
export function layoutCounts(doc: Communique, m: ReportMessages): string {
  const counts = new Map<string, number>();
  for (const b of doc.layout ?? []) counts.set(b.kind, (counts.get(b.kind) ?? 0) + 1);
  return [...counts].map(([k, n]) => m.layoutCount(k, n)).join(m.comma);
}
