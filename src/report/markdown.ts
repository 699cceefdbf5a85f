/** renderMarkdown: a change report to read in a Markdown viewer or forward by mail. */
import type { CommitmentChange } from '../types/commitments.js';
import type { ParagraphChange, TextEdit } from '../types/diff.js';
import type { Communique } from '../types/segment.js';
import type { CommuniqueDiff } from '../types/pipeline.js';
import type { ReportOptions } from '../types/report.js';
import { anchor, langAndDir, layoutCounts, placeOf } from './blocks.js';
import { escapeHtmlContent } from './html/escape.js';
import { expectDiff } from './expect.js';
import { headlineOf } from './headline.js';
import { changeActs, layoutKind, MESSAGES, plainParts, QUOTE_MARKS, reasonParts, type Part, type ReportMessages } from './locale/index.js';
import { resolveReportOptions, type ResolvedReportOptions } from './options.js';
import { isAcross, languagesOf, leftOutItems, shownNumbers, reportSide } from './across.js';
import { changeIndexOf, changeOrder, reportCounts, reportKind, shownKind, visibleChanges } from './summary.js';
import { besideOther, cosmeticList, cosmeticPieces, replacedWord, type Letters } from './words.js';

// Markdown's inline syntax characters in running text (titles, reasons) are
// backslash-escaped and HTML's are entities, so input can make neither
// emphasis, links, tables nor tags. The redline itself is inline HTML.
const MD_SPECIAL = /[\\`*_[\]|~]/g;
/** Text for running Markdown: escaped, whitespace flattened. */
export const md = (text: string): string => escapeHtmlContent(text.replace(/\s+/g, ' ')).replace(MD_SPECIAL, (c) => `\\${c}`);

// What would open a block at a line's start: a heading, a list item, a thematic break, a code fence.
const BLOCK_START = /^(\s*)(#|[-+=]|\d{1,9}[.)])/;
/** Text for the start of a line: as {@link md}, and a leading block marker escaped ("\\# Draft", "1\\. Draft"). */
export const mdLine = (text: string): string => md(text).replace(BLOCK_START, (_, space: string, mark: string) => `${space}${mark.replace(/^(\d*)([#.)+=-])$/, '$1\\$2')}`);

/** A worded line (reason, headline) as Markdown: each quotation isolated (U+2068…U+2069) inside the interface language's quotation marks. */
export const mdParts = (parts: readonly Part[], locale: ResolvedReportOptions['locale']): string => plainParts(parts, QUOTE_MARKS[locale], md);

/** Lines appended one by one: reports of any size (a spread of a large array overflows the call stack). */
function append(into: string[], lines: readonly string[]): void {
  for (const line of lines) into.push(line);
}

/**
 * Render a comparison as Markdown: the plain-language headline, a summary
 * (counts by kind; commitment changes in report order with their evidence
 * and a link to their paragraph; the words written differently), then the
 * paragraph-by-paragraph redline with `<ins>`/`<del>`. Paragraphs in Arabic
 * are wrapped in `dir="rtl"` blocks. Across languages (`crossLanguage`) a
 * line under the title says so, and each change shows its two versions one
 * after the other — each side's label, then its text as a blockquote
 * isolated in its own direction —, with no deletion or insertion marks, the
 * numbers one side lacks in its heading, and the items a press report leaves
 * out listed apart. Lists are CommonMark (continuation lines
 * indented to their item's marker). Input text is escaped, so a communiqué
 * cannot inject markup.
 *
 * @param diff - A result of {@link diffCommuniques}.
 * @param options - What to hide, titles, names of the sides and the interface language; see {@link ReportOptions}.
 * @returns The Markdown text.
 * @throws TypeError when `diff` is not a result of diffCommuniques, or an option has the wrong type.
 *
 * @example
 * ```ts
 * console.log(renderMarkdown(diffCommuniques(round20, round21), { hideUnchanged: true }));
 * ```
 * @category Reports
 */
export function renderMarkdown(diff: CommuniqueDiff, options?: ReportOptions): string {
  expectDiff(diff);
  const o = resolveReportOptions(options);
  const m = MESSAGES[o.locale];
  const counts = reportCounts(diff);
  const lines: string[] = [
    `# ${md(o.title)}`,
    '',
    `${mdLine(o.oldLabel)} ${m.arrow} ${md(o.newLabel)} · ${md(m.paragraphCount(diff.old.paragraphs.length, diff.new.paragraphs.length))}`,
    '',
    ...acrossLines(diff, o),
    `**${mdParts(headlineOf(diff, o.locale), o.locale)}**`,
    '',
    `## ${md(m.text.summary)}`,
    '',
  ];
  append(lines, countsTable(m.text.paragraphs, counts.paragraphs, m.kinds));
  // A redline only has no commitment counts: zeros would read as "none changed".
  if (diff.redlineOnly !== true) append(lines, countsTable(m.text.commitments, counts.commitments, m.commitmentKinds));
  lines.push(`### ${md(m.text.commitmentChanges)}`, '');
  append(lines, commitmentChanges(diff, '', o));
  append(lines, leftOutLines(diff, o, '', '###'));
  append(lines, cosmeticLines(diff, o, '###'));
  lines.push(`## ${md(m.text.paragraphs)}`, '');
  append(lines, paragraphBlocks(diff, o, '', '###'));
  append(lines, layoutLines(diff, o));
  return `${lines.join('\n').trimEnd()}\n`;
}

function countsTable(caption: string, counts: Record<string, number>, kinds: Readonly<Record<string, string>>): string[] {
  return [
    '| | ' + Object.keys(counts).map((k) => md(kinds[k] ?? k)).join(' | ') + ' |',
    '|---|' + Object.keys(counts).map(() => '---:').join('|') + '|',
    `| ${md(caption)} | ` + Object.values(counts).join(' | ') + ' |',
    '',
  ];
}

const resolvedDefaults = (): ResolvedReportOptions => resolveReportOptions(undefined);

/** The commitment changes of a comparison, in report order, as Markdown lines; links use the anchor `prefix`. */
export function commitmentChanges(diff: CommuniqueDiff, prefix = '', o: ResolvedReportOptions = resolvedDefaults()): string[] {
  const m = MESSAGES[o.locale];
  if (diff.redlineOnly === true) return [md(m.text.commitmentsNotCompared), ''];
  const changes = changeOrder(diff.commitments);
  if (changes.length === 0) return [md(m.text.noCommitmentChange), ''];
  const out: string[] = [];
  changes.forEach((c, i) => {
    append(out, commitmentItem(diff, c, i, prefix, o));
    out.push('');
  });
  return out;
}

/** The words written differently but not changed, as Markdown lines. */
export function cosmeticLines(diff: CommuniqueDiff, o: ResolvedReportOptions, heading: string): string[] {
  const m = MESSAGES[o.locale];
  const list = cosmeticList(diff);
  if (list.length === 0) return [];
  const out = [`${heading} ${md(m.text.cosmeticHeading)}`, '', md(m.text.cosmeticNote), ''];
  for (const { was, now, times } of list) out.push(`- \u2068${md(was)}\u2069 ${m.arrow} \u2068${md(now)}\u2069${times > 1 ? ` (${m.times(times)})` : ''}`);
  out.push('');
  return out;
}

/** The redline of the paragraphs a report shows, as Markdown lines under headings of the given level. */
export function paragraphBlocks(diff: CommuniqueDiff, o: ResolvedReportOptions, prefix: string, heading: string): string[] {
  const out: string[] = [];
  const across = isAcross(diff);
  for (const { change, index } of visibleChanges(diff, o)) {
    append(out, across ? acrossBlock(diff, change, index, o, prefix, heading) : paragraphBlock(diff, change, index, o, prefix, heading));
    out.push('');
  }
  return out;
}

// Lines of layout listed per text at most; the JSON form has them all.
const LAYOUT_LISTED = 50;

/** The layout lines of both texts (page numbers, running headers, press furniture), in italics: kept, not compared. */
export function layoutLines(diff: CommuniqueDiff, o: ResolvedReportOptions): string[] {
  const m = MESSAGES[o.locale];
  const sides = ([[diff.old, o.oldLabel], [diff.new, o.newLabel]] as const).filter(([doc]) => (doc.layout ?? []).length > 0);
  if (sides.length === 0) return [];
  const out = [`## ${md(m.text.layoutHeading)}`, '', md(m.text.layoutNote), ''];
  for (const [doc, label] of sides) {
    const shown = (doc.layout ?? []).filter((b) => b.kind !== 'page-break');
    out.push(`- ${mdLine(label)}: ${md(layoutCounts(doc, m))}`);
    for (const b of shown.slice(0, LAYOUT_LISTED)) out.push(`  - ${md(layoutKind(m, b.kind))}: <i>${md(b.text)}</i>`);
    if (shown.length > LAYOUT_LISTED) out.push(`  - … ${shown.length - LAYOUT_LISTED}`);
  }
  out.push('');
  return out;
}

function block(text: string, tag: 'del' | 'ins', doc: Communique): string {
  const ld = langAndDir(text, doc);
  return `<p ${ld.attrs}><${tag}>${escapeHtmlContent(text).replace(/\r?\n/g, '<br>')}</${tag}></p>`;
}

function commitmentItem(diff: CommuniqueDiff, c: CommitmentChange, i: number, prefix: string, o: ResolvedReportOptions): string[] {
  const m = MESSAGES[o.locale];
  const at = changeIndexOf(diff, c);
  const slots = c.slots.length > 0 ? ` · ${md(c.slots.map((s) => m.slots[s] ?? s).join(m.comma))}` : '';
  const marker = `${i + 1}. `;
  // CommonMark: an item's continuation lines are indented to the width of its marker ("10. " is four).
  const pad = ' '.repeat(marker.length);
  const out = [`${marker}**${md(m.commitmentKinds[c.kind] ?? c.kind)}** ${md(changeActs(m, c))} (${m.signed(c.delta)})${slots}${at >= 0 ? ` — [${md(m.text.paragraph)}](#${anchor(at, prefix)})` : ''}`, ''];
  if (c.old && c.kind !== 'added') out.push(`${pad}${block(c.old.text, 'del', diff.old)}`);
  if (c.new && c.kind !== 'dropped') out.push(`${pad}${block(c.new.text, 'ins', diff.new)}`);
  out.push('');
  for (const e of c.evidence) out.push(`${pad}- ${mdParts(reasonParts(m, e), o.locale)}`);
  return out;
}

const esc = (t: string): string => escapeHtmlContent(t).replace(/\r?\n/g, '<br>');
const letters = (l: Letters): string => l.map((x) => (x.changed ? `<b>${esc(x.text)}</b>` : esc(x.text))).join('');

// A thin space between a deleted and an inserted run: a viewer shows them touching otherwise ("20" → "21" read "2021").
const APART = '\u2009';

function redline(edits: readonly TextEdit[]): string {
  let out = '';
  let last: TextEdit['op'] | undefined;
  for (let i = 0; i < edits.length; i++) {
    const e = edits[i] as TextEdit;
    const word = replacedWord(edits, i);
    const apart = (op: TextEdit['op']): string => (besideOther(last, op) ? APART : '');
    if (word) {
      out += `${apart('delete')}<del>${letters(word.old)}</del>${APART}<ins>${letters(word.new)}</ins>`;
      last = 'insert';
      i++;
      continue;
    }
    if (e.op === 'insert') out += `${apart('insert')}<ins>${esc(e.text)}</ins>`;
    else if (e.op === 'delete') out += `${apart('delete')}<del>${esc(e.text)}</del>`;
    else if (e.oldText === undefined) out += esc(e.text);
    else for (const p of cosmeticPieces(e.text, e.oldText)) out += p.was === undefined ? esc(p.text) : `${esc(p.text)}<sup>‹${esc(p.was)}›</sup>`;
    last = e.op;
  }
  return out;
}

function paragraphBlock(diff: CommuniqueDiff, c: ParagraphChange, index: number, o: ResolvedReportOptions, prefix: string, heading: string): string[] {
  const m = MESSAGES[o.locale];
  const kind = shownKind(c);
  const facts = c.relabeled ? ` · ${md(m.text.renumbered)}` : '';
  let text = '';
  for (const e of c.edits) text += e.text;
  const ld = langAndDir(text, c.new.length > 0 ? diff.new : diff.old);
  return [`${heading} <a id="${anchor(index, prefix)}"></a>${md(m.kinds[kind] ?? kind)} — ${md(placeOf(diff, c, o.oldLabel, o.newLabel, m.arrow))}${facts}`, '', `<p ${ld.attrs}>${redline(c.edits)}</p>`];
}

// Across languages: the two versions one after the other, each as a blockquote.

/** A piece of input text isolated (U+2068 FIRST STRONG ISOLATE … U+2069), as the Markdown report isolates quotations and names. */
const fsi = (text: string): string => `\u2068${text}\u2069`;

/**
 * A version's text isolated in its own direction. The report writes no bidi
 * control but its first-strong isolates (U+2068 … U+2069): a paragraph's
 * first letter is in its language, so that isolate takes its direction.
 */
function isolatedIn(text: string): string {
  return fsi(md(text));
}

/** The lines under the title of a comparison across languages (that it is one, and which version reports which), each followed by a blank line. */
function acrossLines(diff: CommuniqueDiff, o: ResolvedReportOptions): string[] {
  if (!isAcross(diff)) return [];
  const m = MESSAGES[o.locale];
  const [a, b] = languagesOf(diff, m);
  const out = [`*${md(m.across.line(a, b))}*`, ''];
  const side = reportSide(diff);
  if (side !== undefined) {
    const [r, other] = side === 'new' ? [o.newLabel, o.oldLabel] : [o.oldLabel, o.newLabel];
    out.push(
      md(m.across.report('\u0000', '\u0001'))
        .replace('\u0000', () => fsi(md(r)))
        .replace('\u0001', () => fsi(md(other))),
      '',
    );
  }
  return out;
}

/** The items a press report leaves out, by their first words, each linked to its paragraph, as Markdown lines under a heading. */
export function leftOutLines(diff: CommuniqueDiff, o: ResolvedReportOptions, prefix: string, heading: string): string[] {
  const items = leftOutItems(diff);
  if (items.length === 0) return [];
  const m = MESSAGES[o.locale];
  const out = [`${heading} ${md(m.across.leftOutHeading)}`, ''];
  for (const item of items) out.push(`- [${md(item.names)}](#${anchor(item.index, prefix)}) ${isolatedIn(item.text)}`);
  out.push('');
  return out;
}

/** The numbers a change's sides do not share: " · numbers: 2254 → 2245", each side isolated. */
function numbersLine(c: ParagraphChange, m: ReportMessages): string {
  const n = shownNumbers(c);
  if (!n) return '';
  const side = (list: string[]): string => (list.length === 0 ? '—' : list.map((x) => fsi(md(x))).join(m.comma));
  return ` · ${md(m.across.numbers)}: ${side(n.old)} ${m.arrow} ${side(n.new)}`;
}

/** A change across languages: its heading (kind, place, numbers apart), then each version's label and its text as a blockquote. */
function acrossBlock(diff: CommuniqueDiff, c: ParagraphChange, index: number, o: ResolvedReportOptions, prefix: string, heading: string): string[] {
  const m = MESSAGES[o.locale];
  const kind = reportKind(diff, c, index);
  const [a, b] = languagesOf(diff, m);
  const report = reportSide(diff);
  const facts = `${c.relabeled ? ` · ${md(m.text.renumbered)}` : ''}${numbersLine(c, m)}`;
  const out = [`${heading} <a id="${anchor(index, prefix)}"></a>${md(m.kinds[kind] ?? kind)} — ${md(placeOf(diff, c, o.oldLabel, o.newLabel, m.arrow))}${facts}`, ''];
  const version = (doc: Communique, indexes: readonly number[], label: string, language: string, side: 'old' | 'new'): void => {
    out.push(md(m.across.side('\u0000', language)).replace('\u0000', () => `**${md(label)}**`), '');
    if (indexes.length === 0) {
      out.push(`*${md(kind === 'left-out' && side === report ? m.across.notInReport : m.across.absent)}*`, '');
      return;
    }
    indexes.forEach((p, k) => {
      if (k > 0) out.push('>');
      out.push(`> ${isolatedIn(doc.paragraphs[p]?.text ?? '')}`);
    });
    out.push('');
  };
  version(diff.old, c.old, o.oldLabel, a, 'old');
  version(diff.new, c.new, o.newLabel, b, 'new');
  out.pop();
  return out;
}
