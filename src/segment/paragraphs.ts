/** Split a source text into paragraphs with offsets into it. */
import { SHORT_LAST_LINE, WRAP_MAX, WRAP_MIN, WRAPPED_SHARE } from '../params.js';
import type { LanguagePack } from '../languages/types.js';
import type { LayoutBlock, LayoutKind, Paragraph, ParagraphMode } from '../types/segment.js';
import { isHyphen } from '../tokenize/tokens.js';
import { labelLength } from './labels.js';
import { findLayout, isPressKind } from './layout.js';
import { CASED_START, endsInAbbreviation, endsInSentenceMark, endsSentence, isBlankChar, lineWidths, LOWER_START, splitLines, startsWithLabel, type Line } from './lines.js';

// In a script without case, a wrapped line is at least this share of the usual width.
const UNCASED_FULL = 0.85;
const LETTER_END = /\p{L}$/u;

function hasBlankLineInside(lines: Line[]): boolean {
  let seenText = false;
  let blankAfterText = false;
  for (const l of lines) {
    if (l.end > l.start) {
      if (blankAfterText) return true;
      seenText = true;
    } else if (seenText) {
      blankAfterText = true;
    }
  }
  return false;
}

/** The length of a line's first word, with the punctuation attached to it. */
function firstWordLength(source: string, l: Line): number {
  let i = l.start;
  while (i < l.end && !isBlankChar(source.charCodeAt(i))) i++;
  return i - l.start;
}

/** Whether line `a` ends in a hyphen and line `b` goes on with a lower-case letter: one word cut in two. */
function hyphenatedEnd(source: string, a: Line, b: Line): boolean {
  const c = source.charCodeAt(a.end - 1);
  return isHyphen(c) && LETTER_END.test(source.slice(Math.max(a.start, a.end - 3), a.end - 1)) && LOWER_START.test(source.slice(b.start, b.start + 2));
}

/** The usual length of a text's lines: the 90th percentile, so that one overlong line does not set it. */
function usualWidth(lines: readonly Line[], widthOf: (l: Line) => number): number {
  // (A typed array sorts numbers without a comparator call per step.)
  const lengths = Float64Array.from(lines, widthOf).sort();
  return lengths[Math.min(lengths.length - 1, Math.floor(lengths.length * 0.9))] ?? 0;
}

/**
 * Whether lines without blank lines between them are a hard-wrapped text (a
 * PDF's text, a mail) rather than one paragraph a line: its usual line is of
 * a wrapping width, and a good share of its lines stop at about that width
 * in mid-sentence.
 */
function looksWrapped(source: string, lines: readonly Line[], widthOf: (l: Line) => number): boolean {
  if (lines.length < 3) return false;
  const width = usualWidth(lines, widthOf);
  if (width < WRAP_MIN || width > WRAP_MAX) return false;
  // A line wrapped in mid-sentence: long, without a sentence's end, and followed by a line
  // that goes on in lower case; in a script without case (Arabic), a line of near-full width
  // followed by one that is not numbered.
  let wrapped = 0;
  for (let k = 0; k + 1 < lines.length; k++) {
    const l = lines[k] as Line;
    const next = lines[k + 1] as Line;
    const len = widthOf(l);
    if (len < SHORT_LAST_LINE * width || endsInSentenceMark(source.slice(l.start, l.end))) continue;
    const first = source.slice(next.start, next.start + 2);
    if (LOWER_START.test(first) || (!CASED_START.test(first) && len >= UNCASED_FULL * width && !startsWithLabel(source, next))) wrapped++;
  }
  return wrapped >= Math.max(2, WRAPPED_SHARE * lines.length);
}

/** Group lines into paragraph ranges: one per line, or per block of lines with hard wraps joined. */
function groupLines(source: string, lines: Line[], mode: ParagraphMode, widthOf: (l: Line) => number): Line[] {
  const text = lines.filter((l) => l.end > l.start);
  if (mode === 'line') return text;
  const out: Line[] = [];
  if (mode === 'auto' && !hasBlankLineInside(lines) && !looksWrapped(source, text, widthOf)) {
    // One paragraph a line, but a word hyphenated at a line's end goes on.
    for (const l of text) {
      const last = out[out.length - 1];
      // …and so does a sentence that a page break cut (layout lines taken out between).
      const cut = l.gap === true && last !== undefined && !endsSentence(source, last) && LOWER_START.test(source.slice(l.start, l.start + 2));
      if (last && (hyphenatedEnd(source, last, l) || cut)) last.end = l.end;
      else out.push({ ...l });
    }
    return out;
  }
  let block: Line[] = [];
  const textNumbered = text.filter((l) => startsWithLabel(source, l)).length >= 2;
  const flush = (): void => {
    if (block.length === 0) return;
    const widest = usualWidth(block, widthOf);
    // In a numbered text, a sentence that ends at a line's end after the first number goes on
    // its numbered paragraph: there, only a number (or a short line) starts a paragraph.
    const labelled = block.map((l) => startsWithLabel(source, l));
    // Numbered is the text's property: a block of one item (blank lines between items) is numbered too.
    const numbered = textNumbered || labelled.filter(Boolean).length >= 2;
    let seenLabel = labelled[0] === true;
    let cur: Line = { ...(block[0] as Line) };
    for (let k = 1; k < block.length; k++) {
      const prev = block[k - 1] as Line;
      const line = block[k] as Line;
      const prevText = source.slice(prev.start, prev.end);
      const prevLen = widthOf(prev);
      // A new paragraph starts at a numbered line, after a line too long to be wrapped, after
      // a short line (a paragraph's last line, or a heading: "Joint Statement …", «البيان
      // الختامي»), and after a sentence's end when the next line's first word would have fit
      // on the line: a wrapping program would have put it there.
      // A sentence ends at the line's end unless its last word is an abbreviation ("the
      // U.N.", "Mr."); a line is short only when the next line's first word would have fitted
      // on it (a wrapping program would have put it there).
      const ends = endsInSentenceMark(prevText) && !endsInAbbreviation(prevText);
      const short = prevLen < SHORT_LAST_LINE * widest && prevLen + 1 + firstWordLength(source, line) <= widest;
      const item = labelled[k] === true;
      // A page break (layout lines taken out) changes none of this: in a numbered text, an
      // item of two sentences may break between them at a page's end.
      // Where blank lines stood around the layout, a sentence's end before a capital is a paragraph's.
      // Press furniture with blank lines on both sides (a dateline under a title) stood between paragraphs.
      const breakHere = item || prevLen > WRAP_MAX || short || line.gapApart === true || ((line.gapBlank === true || !(numbered && seenLabel)) && ends && !LOWER_START.test(source.slice(line.start, line.start + 2)));
      if (item) seenLabel = true;
      if (breakHere) {
        out.push(cur);
        cur = { ...line };
      } else {
        cur.end = line.end;
      }
    }
    out.push(cur);
    block = [];
  };
  for (const l of lines) {
    if (l.end > l.start) block.push(l);
    else flush();
  }
  flush();
  return out;
}

/**
 * The lines to read as text: layout lines taken out, with the blank lines
 * around them and around page breaks, so that a paragraph cut by a page
 * break reads on; the first line after such a gap is marked `gap`.
 */
function withoutLayout(source: string, lines: readonly Line[], kinds: ReadonlyArray<LayoutKind | undefined>, breaks: readonly number[]): Line[] {
  if (!kinds.some((k) => k !== undefined) && breaks.length === 0) return lines.slice();
  const out: Line[] = [];
  let k = 0;
  while (k < lines.length) {
    const l = lines[k] as Line;
    if (l.end > l.start && kinds[k] === undefined) {
      out.push(l);
      k++;
      continue;
    }
    // A run of blank and layout lines.
    let e = k;
    while (e < lines.length && ((lines[e] as Line).end === (lines[e] as Line).start || kinds[e] !== undefined)) e++;
    const from = k === 0 ? 0 : (lines[k - 1] as Line).end;
    const to = e < lines.length ? (lines[e] as Line).start : source.length;
    const layout = kinds.slice(k, e).some((x) => x !== undefined) || breaks.some((b) => b >= from && b < to);
    if (layout) {
      // Blank lines before and after the layout: it stood between paragraphs of a blank-line text.
      const first = kinds.slice(k, e).findIndex((x) => x !== undefined);
      const last = e - 1 - [...kinds.slice(k, e)].reverse().findIndex((x) => x !== undefined);
      // (A form feed alone: two blank lines or more around it.)
      const blankBoth = first === -1 ? e - k >= 2 : first > 0 && last < e - 1;
      // Press furniture ("Read also", a caption) stands between paragraphs as a blank line does;
      // a page's header and number fall anywhere.
      const press = kinds.slice(k, e).some(isPressKind);
      if (e < lines.length) out.push({ ...(lines[e] as Line), gap: true, ...(blankBoth || press ? { gapBlank: true } : {}), ...(blankBoth && press ? { gapApart: true } : {}) });
      k = e + 1;
    } else {
      for (let j = k; j < e; j++) out.push(lines[j] as Line);
      k = e;
    }
  }
  return out;
}

/** A text's paragraphs and layout lines. */
export interface Split {
  paragraphs: Paragraph[];
  layout: LayoutBlock[];
}

/**
 * Split `source` into paragraphs, with labels and offsets into `source`, and
 * (unless `layout` is false) its layout lines, found with the patterns of `packs`.
 */
export function splitParagraphs(source: string, mode: ParagraphMode, packs: readonly LanguagePack[] = [], layout = true): Split {
  const all = splitLines(source);
  const widthOf = lineWidths(source);
  const found = layout ? findLayout(source, all, packs, widthOf) : { kinds: [], breaks: [] };
  const ranges = groupLines(source, withoutLayout(source, all, found.kinds, found.breaks), mode, widthOf);
  const paragraphs = ranges.map((r, index) => {
    const labelLen = labelLength(source.slice(r.start, Math.min(r.end, r.start + 16)) + ' ');
    let textStart = r.start;
    let label: string | undefined;
    if (labelLen > 0 && r.start + labelLen < r.end) {
      label = source.slice(r.start, r.start + labelLen);
      textStart = r.start + labelLen;
      while (textStart < r.end && isBlankChar(source.charCodeAt(textStart))) textStart++;
    }
    const paragraph: Paragraph = { index, text: source.slice(textStart, r.end), start: r.start, end: r.end, textStart };
    if (label !== undefined) paragraph.label = label;
    return paragraph;
  });
  const blocks: LayoutBlock[] = [];
  found.kinds.forEach((kind, k) => {
    const l = all[k] as Line;
    if (kind !== undefined) blocks.push({ kind, text: source.slice(l.start, l.end), start: l.start, end: l.end });
  });
  for (const b of found.breaks) blocks.push({ kind: 'page-break', text: '\f', start: b, end: b + 1 });
  blocks.sort((a, b) => a.start - b.start);
  // Layout inside a paragraph (a page break in mid-paragraph) is marked on it.
  let p = 0;
  for (const b of blocks) {
    while (p < paragraphs.length && (paragraphs[p] as Paragraph).end <= b.start) p++;
    const host = paragraphs[p];
    if (host && host.start < b.start && b.end <= host.end) {
      b.within = host.index;
      (host.layout ??= []).push({ start: b.start, end: b.end });
    }
  }
  return { paragraphs, layout: blocks };
}
