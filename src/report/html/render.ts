/** renderHtml: one self-contained HTML file, readable without scripts, safe for any input. */
import type { CommitmentChange } from '../../types/commitments.js';
import type { ParagraphChange, TextEdit } from '../../types/diff.js';
import type { Communique } from '../../types/segment.js';
import type { CommuniqueDiff } from '../../types/pipeline.js';
import type { ReportOptions } from '../../types/report.js';
import { signed } from '../../util/format.js';
import { sideText } from '../../diff/side.js';
import { anchor, langAndDir, layoutCounts, layoutInside, placeOf, title } from '../blocks.js';
import { expectDiff } from '../expect.js';
import { resolveReportOptions, type ResolvedReportOptions } from '../options.js';
import { changeIndexOf, countKinds, shownKind, strongestFirst, visibleChanges } from '../summary.js';
import { escapeHtml, htmlText } from './escape.js';
import { htmlPage, viewSwitch } from './page.js';


/**
 * Render a comparison as one self-contained HTML file: a summary first (counts
 * by kind; commitment changes, strongest first, with their evidence and a link
 * to their paragraph), then the paragraph-by-paragraph redline, inline or side
 * by side (switched without scripts). `<ins>`/`<del>` mark changes, not colour
 * alone; Arabic blocks are right-to-left with `dir` and `lang`; every piece of
 * input text is escaped, and a Content-Security-Policy forbids scripts.
 *
 * @param diff - A result of {@link diffCommuniques}.
 * @param options - What to hide, titles, and the redline view; see {@link ReportOptions}.
 * @returns The HTML document.
 *
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * writeFileSync('report.html', renderHtml(diffCommuniques(round20, round21), { oldLabel: 'Round 20', newLabel: 'Round 21' }));
 * ```
 */
export function renderHtml(diff: CommuniqueDiff, options?: ReportOptions): string {
  expectDiff(diff);
  const o = resolveReportOptions(options);
  const counts = countKinds(diff);
  return htmlPage(
    o.title,
    `<header>
<h1>${escapeHtml(o.title)}</h1>
<p class="meta">${escapeHtml(o.oldLabel)} → ${escapeHtml(o.newLabel)} · ${diff.old.paragraphs.length} → ${diff.new.paragraphs.length} paragraphs</p>
</header>
${viewSwitch(o.view)}
<main>
<section id="summary" aria-labelledby="summary-title">
<h2 id="summary-title">Summary</h2>
${countsTable('Paragraphs', counts.paragraphs)}
${countsTable('Commitments', counts.commitments)}
<h3>Commitment changes, strongest first</h3>
${commitmentList(diff, '')}
</section>
<section id="redline" aria-labelledby="redline-title">
<h2 id="redline-title">Paragraphs</h2>
${articles(diff, o, '')}
</section>
${layoutSection(diff, o)}
</main>`,
  );
}

/** The layout lines of both texts (page numbers, running headers, press furniture), dimmed: kept, not compared. */
export function layoutSection(diff: CommuniqueDiff, o: ResolvedReportOptions): string {
  const sides = ([[diff.old, o.oldLabel], [diff.new, o.newLabel]] as const).filter(([doc]) => (doc.layout ?? []).length > 0);
  if (sides.length === 0) return '';
  const list = (doc: Communique, label: string): string => {
    const items = (doc.layout ?? []).filter((b) => b.kind !== 'page-break').map((b) => {
      const { dir, attrs } = langAndDir(b.text, doc);
      return `<li><span class="layout-kind">${escapeHtml(b.kind.replace(/-/g, ' '))}</span> <span class="layout" ${attrs}>${htmlText(b.text, dir)}</span></li>`;
    });
    return `<details><summary>${escapeHtml(label)}: ${escapeHtml(layoutCounts(doc))}</summary><ul class="layout-lines">${items.join('')}</ul></details>`;
  };
  return `<section id="layout" aria-labelledby="layout-title">
<h2 id="layout-title">Layout, not compared</h2>
<p class="meta">Page numbers, running headers, page breaks and press furniture found in the texts: kept as written, left out of the alignment and of the commitments.</p>
${sides.map(([doc, label]) => list(doc, label)).join('\n')}
</section>`;
}

/** A table of counts by kind. */
export function countsTable(caption: string, counts: Record<string, number>): string {
  const rows = Object.entries(counts)
    .map(([k, n]) => `<tr><th scope="row"><span class="badge k-${k}">${title(k)}</span></th><td>${n}</td></tr>`)
    .join('');
  return `<table class="counts"><caption>${caption}</caption><tbody>${rows}</tbody></table>`;
}

function quote(text: string, doc: Communique, cls: 'old' | 'new'): string {
  const { dir, attrs } = langAndDir(text, doc);
  const tag = cls === 'old' ? 'del' : 'ins';
  return `<blockquote class="quote ${cls}" ${attrs}><${tag}>${htmlText(text, dir)}</${tag}></blockquote>`;
}

/** The commitment changes of a comparison, strongest first; links use the anchor `prefix`. */
export function commitmentList(diff: CommuniqueDiff, prefix: string): string {
  const changes = strongestFirst(diff.commitments);
  if (changes.length === 0) return '<p>No commitment was added, dropped, softened, strengthened or reworded.</p>';
  const item = (c: CommitmentChange): string => {
    const act = c.new ?? c.old;
    const at = changeIndexOf(diff, c);
    const link = at >= 0 ? ` <a href="#${anchor(at, prefix)}">paragraph</a>` : '';
    const quotes = [c.old && c.kind !== 'added' ? quote(c.old.text, diff.old, 'old') : '', c.new && c.kind !== 'dropped' ? quote(c.new.text, diff.new, 'new') : ''].join('');
    const reasons = c.reasons.map((r) => `<li>${htmlText(r, 'ltr')}</li>`).join('');
    const slots = c.slots.length > 0 ? ` <span class="slots">${escapeHtml(c.slots.join(', '))}</span>` : '';
    return `<li><span class="badge k-${c.kind}">${title(c.kind)}</span> <strong>${escapeHtml(act?.predicate ?? '')}</strong> (${signed(c.delta)})${slots}${link}${quotes}<ul class="reasons">${reasons}</ul></li>`;
  };
  return `<ol class="commitments">${changes.map(item).join('\n')}</ol>`;
}

/**
 * Text with the layout lines inside it (a running header, a page number where
 * a page broke the paragraph) dimmed: they are shown as written but were not compared.
 */
function withLayout(text: string, dir: 'ltr' | 'rtl', layout: ReadonlySet<string>): string {
  if (layout.size === 0) return htmlText(text, dir);
  // A layout line is a whole line: a line break on both sides of it in the run ("2" deleted
  // from "resolution 2" is a word, not the page number "2").
  const parts = text.split(/(\r?\n)/);
  return parts
    .map((part, i) => {
      const whole = i >= 2 && i <= parts.length - 3;
      return whole && part.trim() !== '' && layout.has(part.trim()) ? `<span class="layout" title="layout, not compared">${htmlText(part, dir)}</span>` : htmlText(part, dir);
    })
    .join('');
}

function inlineRedline(edits: readonly TextEdit[], dir: 'ltr' | 'rtl', layout: ReadonlySet<string>): string {
  return edits
    .map((e) => {
      const t = withLayout(e.text, dir, layout);
      if (e.op === 'insert') return `<ins>${t}</ins>`;
      if (e.op === 'delete') return `<del>${t}</del>`;
      return e.oldText !== undefined ? `<span class="cosmetic" title="${escapeHtml(`was: ${e.oldText}`)}">${t}</span>` : t;
    })
    .join('');
}

function sideRedline(edits: readonly TextEdit[], side: 'old' | 'new', dir: 'ltr' | 'rtl', layout: ReadonlySet<string>): string {
  return edits
    .map((e) => {
      if (e.op === 'equal') return withLayout(side === 'old' ? (e.oldText ?? e.text) : e.text, dir, layout);
      if (side === 'old' && e.op === 'delete') return `<del>${withLayout(e.text, dir, layout)}</del>`;
      if (side === 'new' && e.op === 'insert') return `<ins>${withLayout(e.text, dir, layout)}</ins>`;
      return '';
    })
    .join('');
}

/** The redline of the paragraphs a report shows, one article each. */
export function articles(diff: CommuniqueDiff, o: ResolvedReportOptions, prefix: string): string {
  return visibleChanges(diff, o)
    .map(({ change, index }) => article(diff, change, index, o, prefix))
    .join('\n');
}

function article(diff: CommuniqueDiff, c: ParagraphChange, index: number, o: ResolvedReportOptions, prefix: string): string {
  const kind = shownKind(c);
  const oldText = sideText(diff.old, c.old);
  const newText = sideText(diff.new, c.new);
  const main = langAndDir(newText || oldText, c.new.length > 0 ? diff.new : diff.old);
  const oldLd = langAndDir(oldText, diff.old);
  const newLd = langAndDir(newText, diff.new);
  const facts = [c.relabeled ? 'renumbered' : '', c.similarity > 0 && c.similarity < 1 ? `similarity ${c.similarity}` : ''].filter(Boolean).join(' · ');
  const oldLayout = layoutInside(diff.old, c.old);
  const newLayout = layoutInside(diff.new, c.new);
  const inline = o.view !== 'side-by-side' ? `<div class="inline" ${main.attrs}>${inlineRedline(c.edits, main.dir, new Set([...oldLayout, ...newLayout]))}</div>` : '';
  const sbs =
    o.view !== 'inline'
      ? `<div class="sbs"><div ${oldLd.attrs}><span class="side-label">${escapeHtml(o.oldLabel)}</span>${sideRedline(c.edits, 'old', oldLd.dir, oldLayout)}</div><div ${newLd.attrs}><span class="side-label">${escapeHtml(o.newLabel)}</span>${sideRedline(c.edits, 'new', newLd.dir, newLayout)}</div></div>`
      : '';
  return `<article class="change" id="${anchor(index, prefix)}"><header><span class="badge k-${kind}">${title(kind)}</span> ${escapeHtml(placeOf(diff, c, o.oldLabel, o.newLabel))}${facts ? ` · ${facts}` : ''}</header>${inline}${sbs}</article>`;
}
