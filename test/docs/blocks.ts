/** Fenced code blocks of a Markdown file, with the output block that follows one (see snippets.test.ts). */

/** A fenced code block. */
export interface CodeBlock {
  /** The file, relative to the repository. */
  file: string;
  /** Line (1-based) of the block's first line of code. */
  line: number;
  /** The info string's first word: `ts`, `sh`, `text` … */
  lang: string;
  /** The code, without the fence's indentation, each line ending in a line break. */
  code: string;
  /** The ```text block right after this one (only blank lines between), when there is one. */
  output?: CodeBlock;
}

const OPEN = /^( *)(`{3,}|~{3,})\s*([\w-]*)/;

/** The fenced code blocks of a Markdown text, in order; each output block is also listed by itself. */
export function codeBlocks(file: string, markdown: string): CodeBlock[] {
  const lines = markdown.split(/\r?\n/);
  const blocks: CodeBlock[] = [];
  const ends: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = OPEN.exec(lines[i] ?? '');
    if (!open) continue;
    const [, indent = '', fence = '', lang = ''] = open;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const l = lines[j] ?? '';
      if (l.trim().startsWith(fence[0]!.repeat(fence.length)) && l.trim().replace(/[`~]/g, '') === '') break;
      body.push(l.startsWith(indent) ? l.slice(indent.length) : l.trimStart());
    }
    if (j === lines.length) throw new Error(`${file}:${i + 1}: a code block that is never closed`);
    blocks.push({ file, line: i + 2, lang, code: body.map((l) => `${l}\n`).join('') });
    ends.push(j);
    i = j;
  }
  for (let k = 1; k < blocks.length; k++) {
    const prev = blocks[k - 1]!;
    const cur = blocks[k]!;
    const between = lines.slice(ends[k - 1]! + 1, cur.line - 2);
    if (cur.lang === 'text' && (prev.lang === 'ts' || prev.lang === 'js') && between.every((l) => l.trim() === '')) prev.output = cur;
  }
  return blocks;
}
