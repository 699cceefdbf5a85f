/** renderMarkdown: a change report to read in a Markdown viewer or forward by mail. */
import type { CommitmentChange } from '../types/commitments.js';
import type { ParagraphChange, TextEdit } from '../types/diff.js';
import type { Communique } from '../types/segment.js';
import type { CommuniqueDiff } from '../types/pipeline.js';
import type { ReportOptions } from '../types/report.js';
import { signed } from '../util/format.js';
import { anchor, langAndDir, layoutCounts, placeOf, title } from './blocks.js';
import { escapeHtmlContent } from './html/escape.js';
import { expectDiff } from './expect.js';
import { resolveReportOptions, type ResolvedReportOptions } from './options.js';
import { changeIndexOf, countKinds, shownKind, strongestFirst, visibleChanges } from './summary.js';

// Markdown's inline syntax characters in running text (titles, reasons) are
// backslash-escaped and HTML's are entities, so input can make neither
// emphasis, links, tables nor tags. The redline itself is inline HTML.
const MD_SPECIAL = /[\\`*_[\]|~]/g;
/** Text for running Markdown: escaped, whitespace flattened. */
export const md = (text: string): string => escapeHtmlContent(text.replace(/\s+/g, ' ')).replace(MD_SPECIAL, (c) => `\\${c}`);

/**
 * Render a comparison as Markdown: a summary first (counts by kind; commitment
 * changes, strongest first, with their evidence and a link to their
 * paragraph), then the paragraph-by-paragraph redline with `<ins>`/`<del>`.
 * Paragraphs in Arabic are wrapped in `dir="rtl"` blocks. Input text is
 * escaped, so a communiqué cannot inject markup.
 *
 * @param diff - A result of {@link diffCommuniques}.
 * @param options - What to hide, and titles; see {@link ReportOptions}.
 * @returns The Markdown text.
 *
 * @example
 * ```ts
 * console.log(renderMarkdown(diffCommuniques(round20, round21), { hideUnchanged: true }));
 * ```
 */
export function renderMarkdown(diff: CommuniqueDiff, options?: ReportOptions): string {
  expectDiff(diff);
  const o = resolveReportOptions(options);
  const counts = countKinds(diff);
  const lines: string[] = [
    `# ${md(o.title)}`,
    '',
    `${md(o.oldLabel)} → ${md(o.newLabel)} · ${diff.old.paragraphs.length} → ${diff.new.paragraphs.length} paragraphs`,
    '',
    '## Summary',
    '',
    '| | ' + Object.keys(counts.paragraphs).map(title).join(' | ') + ' |',
    '|---|' + Object.keys(counts.paragraphs).map(() => '---:').join('|') + '|',
    '| Paragraphs | ' + Object.values(counts.paragraphs).join(' | ') + ' |',
    '',
    '| | ' + Object.keys(counts.commitments).map(title).join(' | ') + ' |',
    '|---|' + Object.keys(counts.commitments).map(() => '---:').join('|') + '|',
    '| Commitments | ' + Object.values(counts.commitments).join(' | ') + ' |',
    '',
    '### Commitment changes, strongest first',
    '',
  ];
  lines.push(...commitmentChanges(diff), '## Paragraphs', '', ...paragraphBlocks(diff, o, '', '###'), ...layoutLines(diff, o));
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The commitment changes of a comparison, strongest first, as Markdown lines; links use the anchor `prefix`. */
export function commitmentChanges(diff: CommuniqueDiff, prefix = ''): string[] {
  const changes = strongestFirst(diff.commitments);
  if (changes.length === 0) return ['No commitment was added, dropped, softened, strengthened or reworded.', ''];
  return changes.flatMap((c, i) => [...commitmentItem(diff, c, i, prefix), '']);
}

/** The redline of the paragraphs a report shows, as Markdown lines under headings of the given level. */
export function paragraphBlocks(diff: CommuniqueDiff, o: ResolvedReportOptions, prefix: string, heading: string): string[] {
  return visibleChanges(diff, o).flatMap(({ change, index }) => [...paragraphBlock(diff, change, index, o, prefix, heading), '']);
}

// Lines of layout listed per text at most; the JSON form has them all.
const LAYOUT_LISTED = 50;

/** The layout lines of both texts (page numbers, running headers, press furniture), in italics: kept, not compared. */
export function layoutLines(diff: CommuniqueDiff, o: ResolvedReportOptions): string[] {
  const sides = ([[diff.old, o.oldLabel], [diff.new, o.newLabel]] as const).filter(([doc]) => (doc.layout ?? []).length > 0);
  if (sides.length === 0) return [];
  const out = ['## Layout, not compared', '', 'Page numbers, running headers, page breaks and press furniture found in the texts: kept as written, left out of the alignment and of the commitments.', ''];
  for (const [doc, label] of sides) {
    const shown = (doc.layout ?? []).filter((b) => b.kind !== 'page-break');
    out.push(`- ${md(label)}: ${layoutCounts(doc)}`);
    for (const b of shown.slice(0, LAYOUT_LISTED)) out.push(`  - ${b.kind.replace(/-/g, ' ')}: <i>${escapeHtmlContent(b.text.replace(/\s+/g, ' '))}</i>`);
    if (shown.length > LAYOUT_LISTED) out.push(`  - … and ${shown.length - LAYOUT_LISTED} more`);
  }
  out.push('');
  return out;
}

function block(text: string, tag: 'del' | 'ins', doc: Communique): string {
  const ld = langAndDir(text, doc);
  return `<p ${ld.attrs}><${tag}>${escapeHtmlContent(text).replace(/\r?\n/g, '<br>')}</${tag}></p>`;
}

function commitmentItem(diff: CommuniqueDiff, c: CommitmentChange, i: number, prefix: string): string[] {
  const act = c.new ?? c.old;
  const at = changeIndexOf(diff, c);
  const slots = c.slots.length > 0 ? ` · ${c.slots.join(', ')}` : '';
  const out = [`${i + 1}. **${title(c.kind)}** ${md(act?.predicate ?? '')} (${signed(c.delta)})${slots}${at >= 0 ? ` — [paragraph](#${anchor(at, prefix)})` : ''}`, ''];
  if (c.old && c.kind !== 'added') out.push(`   ${block(c.old.text, 'del', diff.old)}`);
  if (c.new && c.kind !== 'dropped') out.push(`   ${block(c.new.text, 'ins', diff.new)}`);
  out.push('');
  for (const r of c.reasons) out.push(`   - ${md(r)}`);
  return out;
}

function redline(edits: readonly TextEdit[]): string {
  return edits
    .map((e) => {
      const t = escapeHtmlContent(e.text).replace(/\r?\n/g, '<br>');
      return e.op === 'insert' ? `<ins>${t}</ins>` : e.op === 'delete' ? `<del>${t}</del>` : t;
    })
    .join('');
}

function paragraphBlock(diff: CommuniqueDiff, c: ParagraphChange, index: number, o: ResolvedReportOptions, prefix: string, heading: string): string[] {
  const kind = shownKind(c);
  const facts = [c.relabeled ? 'renumbered' : '', c.similarity > 0 && c.similarity < 1 ? `similarity ${c.similarity}` : ''].filter(Boolean).join(' · ');
  const text = c.edits.map((e) => e.text).join('');
  const ld = langAndDir(text, c.new.length > 0 ? diff.new : diff.old);
  return [
    `${heading} <a id="${anchor(index, prefix)}"></a>${title(kind)} — ${md(placeOf(diff, c, o.oldLabel, o.newLabel))}${facts ? ` · ${facts}` : ''}`,
    '',
    `<p ${ld.attrs}>${redline(c.edits)}</p>`,
  ];
}
