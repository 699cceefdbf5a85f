/**
 * Text as published: a clean text re-laid as a PDF or a mail program would,
 * hard-wrapped at a width with no blank line between paragraphs. Used to
 * check that such a text gives the paragraphs of its clean form.
 */
import { parseCommunique } from '../../src/index.js';

/** Wrap one paragraph's words greedily at `width` characters. */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const w of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line === '' ? w : `${line} ${w}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** The paragraphs of `text` (with their labels), hard-wrapped at `width`, one line break between all lines. */
export function hardWrap(text: string, width: number): string {
  return parseCommunique(text)
    .paragraphs.flatMap((p) => wrapWords(`${p.label ? `${p.label} ` : ''}${p.text}`, width))
    .join('\n');
}

/** Paragraphs as [label, text with whitespace runs as one space], for comparing two parses. */
export function shape(text: string): Array<[string | undefined, string]> {
  return parseCommunique(text).paragraphs.map((p) => [p.label, p.text.replace(/\s+/g, ' ')]);
}

/** How many paragraphs of `texts` a hard-wrapped copy at `width` gives exactly (label and words) as the clean text does. */
export function paragraphRecovery(texts: readonly string[], width: number): { found: number; total: number } {
  let found = 0;
  let total = 0;
  for (const t of texts) {
    const clean = shape(t);
    const wrapped = new Set(shape(hardWrap(t, width)).map((x) => JSON.stringify(x)));
    total += clean.length;
    found += clean.filter((x) => wrapped.has(JSON.stringify(x))).length;
  }
  return { found, total };
}

/**
 * `text` hard-wrapped at `width` in place: the same characters at the same
 * offsets, but a line break where a wrapping program would put one and a
 * space for the first break of each blank line, so that no blank line is
 * left. Labels written against the clean text keep their offsets.
 */
export function wrapInPlace(text: string, width: number): string {
  const out = text.replace(/\n(?=[^\S\n]*\n)/g, ' ').replace(/\n/g, (m, at: number) => (text.charAt(at - 1) === '\n' || text.charAt(at + 1) === '\n' ? m : ' '));
  const chars = [...out];
  let lineStart = 0;
  let lastSpace = -1;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    if (ch === '\n') {
      lineStart = i + 1;
      lastSpace = -1;
      continue;
    }
    if (ch === ' ') lastSpace = i;
    if (i - lineStart >= width && lastSpace > lineStart) {
      chars[lastSpace] = '\n';
      lineStart = lastSpace + 1;
      lastSpace = -1;
    }
  }
  return chars.join('');
}
