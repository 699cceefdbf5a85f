/** What renderers need to know about the paragraphs of a change: names, language and direction. */
import { detectLanguage } from '../segment/language.js';
import type { Communique, CommuniqueDiff, Language, ParagraphChange } from '../types.js';

/** Language and writing direction of a piece of text (detected; the document's language as fallback). */
export function langAndDir(text: string, fallback: Language): { lang: Language; dir: 'ltr' | 'rtl' } {
  const detected = detectLanguage(text);
  const lang = detected === 'und' ? fallback : detected;
  return { lang, dir: lang === 'ar' ? 'rtl' : 'ltr' };
}

/** "¶3 (2.)": the paragraph's position, and its label when it has one. */
export function paragraphName(doc: Communique, index: number): string {
  const label = doc.paragraphs[index]?.label;
  return `¶${index + 1}${label ? ` (${label})` : ''}`;
}

/** "old ¶3 → new ¶4 + ¶5": where a change sits in each round. */
export function placeOf(diff: CommuniqueDiff, c: ParagraphChange, oldLabel: string, newLabel: string): string {
  const o = c.old.map((i) => paragraphName(diff.old, i)).join(' + ');
  const n = c.new.map((i) => paragraphName(diff.new, i)).join(' + ');
  return [o ? `${oldLabel} ${o}` : '', n ? `${newLabel} ${n}` : ''].filter(Boolean).join(' → ');
}


/** Anchor id of the i-th paragraph change; `prefix` tells the pairs of a series apart ("pair-2-"). */
export const anchor = (i: number, prefix = ''): string => `${prefix}p-${i + 1}`;

/** Capitalize a kind for display. */
export const title = (kind: string): string => kind.charAt(0).toUpperCase() + kind.slice(1);

