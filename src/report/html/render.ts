/** renderHtml: one self-contained HTML file, readable without scripts, safe for any input. */
import type { CommitmentChange } from '../../types/commitments.js';
import type { ParagraphChange, TextEdit } from '../../types/diff.js';
import type { Communique } from '../../types/segment.js';
import type { CommuniqueDiff } from '../../types/pipeline.js';
import type { ReportOptions } from '../../types/report.js';
import { sideText } from '../../diff/side.js';
import { anchor, langAndDir, layoutCounts, layoutInside } from '../blocks.js';
import { expectDiff } from '../expect.js';
import { headlineOf } from '../headline.js';
import { changeActs, layoutKind, MESSAGES, QUOTE_MARKS, reasonParts, type ReportMessages } from '../locale/index.js';
import { resolveReportOptions, type ResolvedReportOptions } from '../options.js';
import { isAcross } from '../across.js';
import { changeIndexOf, changeOrder, reportCounts, shownKind, visibleChanges } from '../summary.js';
import { besideOther, cosmeticList, cosmeticPieces, replacedWord } from '../words.js';
import { escapeHtml, htmlText, kindClass } from './escape.js';
import { htmlPage, viewSwitch } from './page.js';
import { cosmeticHtml, isolated, lettersHtml, partsHtml, placeHtml } from './parts.js';
import { ACROSS_STYLES, acrossArticle, acrossLines, leftOutSection } from './across.js';

/** What the HTML renderers share for one report: options, the interface language's words and quotation marks. */
export interface HtmlContext {
  o: ResolvedReportOptions;
  m: ReportMessages;
  marks: readonly [string, string];
}

/** The context of a report in the options' interface language. */
export function htmlContext(o: ResolvedReportOptions): HtmlContext {
  return { o, m: MESSAGES[o.locale], marks: QUOTE_MARKS[o.locale] };
}

/**
 * Render a comparison as one self-contained HTML file: a plain-language
 * headline, then a summary (counts by kind; commitment changes in report
 * order — softened, dropped, strengthened, added, reworded — each headed by
 * its act in words, with its evidence and a link to its paragraph; the words
 * written differently but not changed), then the paragraph-by-paragraph
 * redline, inline or side by side (switched without scripts). `<ins>`/`<del>`
 * mark changes, not colour alone, and stand visibly apart; a word changed by a
 * few letters shows them; a word written differently (Nur-Sultan → Astana)
 * is marked where it stands, with its old form. Every quotation is one
 * bidirectional isolate, Arabic blocks are right-to-left with `dir` and
 * `lang`, and the report's own words are in the `locale` (English, Arabic
 * with a right-to-left page, or Russian). Across languages
 * (`crossLanguage`: a statement and its translation, or a press report) a
 * line under the title says so, and each aligned paragraph is shown as its
 * two versions side by side, each column in its own language and direction,
 * as written (a word-level redline between two languages means nothing;
 * `view` does not apply), with the numbers one side lacks in its header;
 * the items a press report leaves out are marked and listed as such, not as
 * dropped. Every piece of input text is escaped, and a
 * Content-Security-Policy forbids scripts.
 *
 * @param diff - A result of {@link diffCommuniques}.
 * @param options - What to hide, titles, names of the sides, the redline view and the interface language; see {@link ReportOptions}.
 * @returns The HTML document.
 * @throws TypeError when `diff` is not a result of diffCommuniques, or an option has the wrong type.
 *
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * writeFileSync('report.html', renderHtml(diffCommuniques(round20, round21), { oldLabel: 'Round 20', newLabel: 'Round 21' }));
 * ```
 * @category Reports
 */
export function renderHtml(diff: CommuniqueDiff, options?: ReportOptions): string {
  expectDiff(diff);
  const cx = htmlContext(resolveReportOptions(options));
  const { o, m } = cx;
  const counts = reportCounts(diff);
  const across = isAcross(diff);
  return htmlPage(
    o.title,
    `<header>
<h1>${escapeHtml(o.title)}</h1>
<p class="meta">${isolated(o.oldLabel)} ${m.arrow} ${isolated(o.newLabel)} · ${escapeHtml(m.paragraphCount(diff.old.paragraphs.length, diff.new.paragraphs.length))}</p>
${across ? `${acrossLines(diff, cx)}\n` : ''}<p class="headline">${partsHtml(headlineOf(diff, o.locale), cx.marks, m.dir)}</p>
</header>
${across ? '' : viewSwitch(o.view, m)}
<main>
<section id="summary" aria-labelledby="summary-title">
<h2 id="summary-title">${escapeHtml(m.text.summary)}</h2>
${countsTable(m.text.paragraphs, counts.paragraphs, m.kinds)}
${diff.redlineOnly === true ? '' : `${countsTable(m.text.commitments, counts.commitments, m.commitmentKinds)}\n`}<h3>${escapeHtml(m.text.commitmentChanges)}</h3>
${commitmentList(diff, '', cx)}
${leftOutSection(diff, '', cx)}
${cosmeticSection(diff, cx)}
</section>
<section id="redline" aria-labelledby="redline-title">
<h2 id="redline-title">${escapeHtml(m.text.paragraphs)}</h2>
${articles(diff, '', cx)}
</section>
${layoutSection(diff, cx)}
</main>`,
    across ? ACROSS_STYLES : '',
    m,
  );
}

/** The words written differently but not changed, old form → new form, with how often. */
export function cosmeticSection(diff: CommuniqueDiff, { m }: HtmlContext): string {
  const list = cosmeticList(diff);
  if (list.length === 0) return '';
  const item = ({ was, now, times }: { was: string; now: string; times: number }): string => {
    const w = langAndDir(was, diff.old);
    const n = langAndDir(now, diff.new);
    return `<li><bdi ${w.attrs}>${htmlText(was, w.dir)}</bdi> ${m.arrow} <bdi ${n.attrs}>${htmlText(now, n.dir)}</bdi>${times > 1 ? ` <span class="times">${escapeHtml(m.times(times))}</span>` : ''}</li>`;
  };
  return `<h3>${escapeHtml(m.text.cosmeticHeading)}</h3>
<p class="meta">${escapeHtml(m.text.cosmeticNote)}</p>
<ul class="cosmetic-list">${list.map(item).join('')}</ul>`;
}

/** The layout lines of both texts (page numbers, running headers, press furniture), dimmed: kept, not compared. */
export function layoutSection(diff: CommuniqueDiff, { o, m }: HtmlContext): string {
  const sides = ([[diff.old, o.oldLabel], [diff.new, o.newLabel]] as const).filter(([doc]) => (doc.layout ?? []).length > 0);
  if (sides.length === 0) return '';
  const list = (doc: Communique, label: string): string => {
    const items = (doc.layout ?? []).filter((b) => b.kind !== 'page-break').map((b) => {
      const { dir, attrs } = langAndDir(b.text, doc);
      return `<li><span class="layout-kind">${escapeHtml(layoutKind(m, b.kind))}</span> <span class="layout" ${attrs}>${htmlText(b.text, dir)}</span></li>`;
    });
    return `<details><summary>${isolated(label)}: ${escapeHtml(layoutCounts(doc, m))}</summary><ul class="layout-lines">${items.join('')}</ul></details>`;
  };
  return `<section id="layout" aria-labelledby="layout-title">
<h2 id="layout-title">${escapeHtml(m.text.layoutHeading)}</h2>
<p class="meta">${escapeHtml(m.text.layoutNote)}</p>
${sides.map(([doc, label]) => list(doc, label)).join('\n')}
</section>`;
}

/** A table of counts by kind. */
export function countsTable(caption: string, counts: Record<string, number>, kinds: Readonly<Record<string, string>>): string {
  const rows = Object.entries(counts)
    .map(([k, n]) => `<tr><th scope="row"><span class="badge ${kindClass(k)}">${escapeHtml(kinds[k] ?? k)}</span></th><td>${n}</td></tr>`)
    .join('');
  return `<table class="counts"><caption>${escapeHtml(caption)}</caption><tbody>${rows}</tbody></table>`;
}

function quoteBlock(text: string, doc: Communique, cls: 'old' | 'new'): string {
  const { dir, attrs } = langAndDir(text, doc);
  const tag = cls === 'old' ? 'del' : 'ins';
  return `<blockquote class="quote ${cls}" ${attrs}><${tag}>${htmlText(text, dir)}</${tag}></blockquote>`;
}

/** The commitment changes of a comparison, in report order; links use the anchor `prefix`. */
export function commitmentList(diff: CommuniqueDiff, prefix: string, { m, marks }: HtmlContext): string {
  if (diff.redlineOnly === true) return `<p>${escapeHtml(m.text.commitmentsNotCompared)}</p>`;
  const changes = changeOrder(diff.commitments);
  if (changes.length === 0) return `<p>${escapeHtml(m.text.noCommitmentChange)}</p>`;
  const item = (c: CommitmentChange): string => {
    const at = changeIndexOf(diff, c);
    const link = at >= 0 ? ` <a href="#${anchor(at, prefix)}">${escapeHtml(m.text.paragraph)}</a>` : '';
    const quotes = [c.old && c.kind !== 'added' ? quoteBlock(c.old.text, diff.old, 'old') : '', c.new && c.kind !== 'dropped' ? quoteBlock(c.new.text, diff.new, 'new') : ''].join('');
    const reasons = c.evidence.map((e) => `<li>${partsHtml(reasonParts(m, e), marks, m.dir)}</li>`).join('');
    const slots = c.slots.length > 0 ? ` <span class="slots">${escapeHtml(c.slots.map((s) => m.slots[s] ?? s).join(m.comma))}</span>` : '';
    return `<li><span class="badge ${kindClass(c.kind)}">${escapeHtml(m.commitmentKinds[c.kind] ?? c.kind)}</span> <strong>${escapeHtml(changeActs(m, c))}</strong> <span class="delta">(${m.signed(c.delta)})</span>${slots}${link}${quotes}<ul class="reasons">${reasons}</ul></li>`;
  };
  return `<ol class="commitments">${changes.map(item).join('\n')}</ol>`;
}

/**
 * Text with the layout lines inside it (a running header, a page number where
 * a page broke the paragraph) dimmed: they are shown as written but were not compared.
 */
function withLayout(text: string, dir: 'ltr' | 'rtl', layout: ReadonlySet<string>, note: string): string {
  if (layout.size === 0) return htmlText(text, dir);
  // A layout line is a whole line: a line break on both sides of it in the run ("2" deleted
  // from "resolution 2" is a word, not the page number "2").
  const parts = text.split(/(\r?\n)/);
  return parts
    .map((part, i) => {
      const whole = i >= 2 && i <= parts.length - 3;
      return whole && part.trim() !== '' && layout.has(part.trim()) ? `<span class="layout" title="${escapeHtml(note)}">${htmlText(part, dir)}</span>` : htmlText(part, dir);
    })
    .join('');
}

function equalRun(e: TextEdit, side: 'old' | 'new', dir: 'ltr' | 'rtl', layout: ReadonlySet<string>, m: ReportMessages): string {
  if (e.oldText === undefined) return withLayout(e.text, dir, layout, m.text.layoutHeading);
  if (side === 'old') return withLayout(e.oldText, dir, layout, m.text.layoutHeading);
  return cosmeticHtml(cosmeticPieces(e.text, e.oldText), dir, m.text.was, (t) => withLayout(t, dir, layout, m.text.layoutHeading));
}

function inlineRedline(edits: readonly TextEdit[], dir: 'ltr' | 'rtl', layout: ReadonlySet<string>, m: ReportMessages): string {
  let out = '';
  let last: TextEdit['op'] | undefined;
  for (let i = 0; i < edits.length; i++) {
    const e = edits[i] as TextEdit;
    const letters = replacedWord(edits, i);
    // A deleted or inserted run right after the other kind is set apart (class "apart", a margin).
    const apart = besideOther(last, e.op) ? ' class="apart"' : '';
    if (letters) {
      out += `<del class="word${apart ? ' apart' : ''}">${lettersHtml(letters.old, dir)}</del><ins class="word apart">${lettersHtml(letters.new, dir)}</ins>`;
      last = 'insert';
      i++;
      continue;
    }
    if (e.op === 'insert') out += `<ins${apart}>${withLayout(e.text, dir, layout, m.text.layoutHeading)}</ins>`;
    else if (e.op === 'delete') out += `<del${apart}>${withLayout(e.text, dir, layout, m.text.layoutHeading)}</del>`;
    else out += equalRun(e, 'new', dir, layout, m);
    last = e.op;
  }
  return out;
}

function sideRedline(edits: readonly TextEdit[], side: 'old' | 'new', dir: 'ltr' | 'rtl', layout: ReadonlySet<string>, m: ReportMessages): string {
  let out = '';
  for (let i = 0; i < edits.length; i++) {
    const e = edits[i] as TextEdit;
    const letters = replacedWord(edits, i);
    if (letters) {
      out += side === 'old' ? `<del class="word">${lettersHtml(letters.old, dir)}</del>` : `<ins class="word">${lettersHtml(letters.new, dir)}</ins>`;
      i++;
    } else if (e.op === 'equal') out += equalRun(e, side, dir, layout, m);
    else if (side === 'old' && e.op === 'delete') out += `<del>${withLayout(e.text, dir, layout, m.text.layoutHeading)}</del>`;
    else if (side === 'new' && e.op === 'insert') out += `<ins>${withLayout(e.text, dir, layout, m.text.layoutHeading)}</ins>`;
  }
  return out;
}

/** The redline of the paragraphs a report shows, one article each (across languages, the two versions side by side). */
export function articles(diff: CommuniqueDiff, prefix: string, cx: HtmlContext): string {
  const across = isAcross(diff);
  return visibleChanges(diff, cx.o)
    .map(({ change, index }) => (across ? acrossArticle(diff, change, index, prefix, cx) : article(diff, change, index, prefix, cx)))
    .join('\n');
}

function article(diff: CommuniqueDiff, c: ParagraphChange, index: number, prefix: string, { o, m }: HtmlContext): string {
  const kind = shownKind(c);
  const oldText = sideText(diff.old, c.old);
  const newText = sideText(diff.new, c.new);
  const main = langAndDir(newText || oldText, c.new.length > 0 ? diff.new : diff.old);
  const oldLd = langAndDir(oldText, diff.old);
  const newLd = langAndDir(newText, diff.new);
  const facts = c.relabeled ? ` · ${escapeHtml(m.text.renumbered)}` : '';
  const oldLayout = layoutInside(diff.old, c.old);
  const newLayout = layoutInside(diff.new, c.new);
  const inline = o.view !== 'side-by-side' ? `<div class="inline" ${main.attrs}>${inlineRedline(c.edits, main.dir, new Set([...oldLayout, ...newLayout]), m)}</div>` : '';
  // The two columns follow the document's direction: in an Arabic text the old round is on the right, where reading starts.
  const sbs =
    o.view !== 'inline'
      ? `<div class="sbs" dir="${main.dir}"><div ${oldLd.attrs}><span class="side-label">${isolated(o.oldLabel)}</span>${sideRedline(c.edits, 'old', oldLd.dir, oldLayout, m)}</div><div ${newLd.attrs}><span class="side-label">${isolated(o.newLabel)}</span>${sideRedline(c.edits, 'new', newLd.dir, newLayout, m)}</div></div>`
      : '';
  return `<article class="change" id="${anchor(index, prefix)}"><header><span class="badge ${kindClass(kind)}">${escapeHtml(m.kinds[kind] ?? kind)}</span> ${placeHtml(diff, c, o.oldLabel, o.newLabel, m.arrow)}${facts}</header>${inline}${sbs}</article>`;
}
