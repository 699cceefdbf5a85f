/** Split a source text into paragraphs with offsets into it. */
import { SHORT_LAST_LINE, WRAP_MAX } from '../params.js';
import type { Paragraph, ParagraphMode } from '../types/segment.js';
import { labelLength } from './labels.js';

interface Line {
  /** Offset of the first visible character. */
  start: number;
  /** Offset just past the last visible character; equal to start for a blank line. */
  end: number;
}

// Whitespace and invisible format characters (BOM, bidi marks, zero-width
// characters) do not make a line non-blank and are trimmed from paragraph ends.
function isBlankChar(code: number): boolean {
  return (
    code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200f) || (code >= 0x2028 && code <= 0x202f) ||
    (code >= 0x205f && code <= 0x206f) || code === 0x3000 || code === 0xfeff || code === 0x061c || code === 0xad ||
    code === 0x180e
  );
}

function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029 || code === 0x0b || code === 0x0c || code === 0x85;
}

/** Lines of the text, trimmed of blank characters at both ends; CRLF counts as one break. */
function splitLines(source: string): Line[] {
  const lines: Line[] = [];
  let i = 0;
  const n = source.length;
  while (i <= n) {
    let j = i;
    while (j < n && !isLineBreak(source.charCodeAt(j))) j++;
    let s = i;
    let e = j;
    while (s < e && isBlankChar(source.charCodeAt(s))) s++;
    while (e > s && isBlankChar(source.charCodeAt(e - 1))) e--;
    lines.push({ start: s, end: e });
    if (j >= n) break;
    i = source.charCodeAt(j) === 0x0d && source.charCodeAt(j + 1) === 0x0a ? j + 2 : j + 1;
  }
  return lines;
}

const SENTENCE_END = /[.!?:;؟؛。»”"')\]]$/u;

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

/** Group lines into paragraph ranges: one per line, or per block of lines with hard wraps joined. */
function groupLines(source: string, lines: Line[], mode: ParagraphMode): Line[] {
  const blocks = mode === 'line' || (mode === 'auto' && !hasBlankLineInside(lines));
  const out: Line[] = [];
  if (blocks) {
    for (const l of lines) if (l.end > l.start) out.push(l);
    return out;
  }
  let block: Line[] = [];
  const flush = (): void => {
    if (block.length === 0) return;
    const widest = Math.max(...block.map((l) => l.end - l.start));
    let cur: Line = { ...(block[0] as Line) };
    for (let k = 1; k < block.length; k++) {
      const prev = block[k - 1] as Line;
      const line = block[k] as Line;
      const prevText = source.slice(prev.start, prev.end);
      const prevLen = prev.end - prev.start;
      const breakHere =
        labelLength(source.slice(line.start, line.start + 16)) > 0 ||
        prevLen > WRAP_MAX ||
        (SENTENCE_END.test(prevText) && prevLen < SHORT_LAST_LINE * widest);
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

/** Split `source` into paragraphs, with labels and offsets into `source`. */
export function splitParagraphs(source: string, mode: ParagraphMode): Paragraph[] {
  const ranges = groupLines(source, splitLines(source), mode);
  return ranges.map((r, index) => {
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
}
