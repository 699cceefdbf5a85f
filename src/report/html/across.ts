/**
 * The HTML of a comparison across languages: a line that says so (and, for
 * a press report, which version reports which), the items a report leaves
 * out, and each aligned paragraph as its two versions side by side, each
 * column in its own language and direction, as plain text: a word-level
 * redline between two languages means nothing.
 */
import type { ParagraphChange } from '../../types/diff.js';
import type { CommuniqueDiff } from '../../types/pipeline.js';
import type { Communique } from '../../types/segment.js';
import { languagesOf, leftOutItems, shownNumbers, reportSide } from '../across.js';
import { anchor, langAndDir } from '../blocks.js';
import type { ReportMessages } from '../locale/index.js';
import { reportKind } from '../summary.js';
import { escapeHtml, htmlText, kindClass } from './escape.js';
import { isolated, placeHtml } from './parts.js';
import type { HtmlContext } from './render.js';

/** The styles of the two columns and of the left-out items. */
export const ACROSS_STYLES = `
.columns { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
.columns > .column { min-width: 0; border-inline-start: 3px solid var(--border); padding-inline-start: .75rem; }
.columns .side-label { display: block; font-size: .8rem; color: var(--muted); font-weight: 600; }
.columns p { margin: .25rem 0; }
.columns .absent { color: var(--muted); font-style: italic; }
.numbers { color: #9a6700; font-weight: 600; }
.k-left-out { color: var(--muted); border-style: dashed; }
ol.left-out { padding-inline-start: 1.5rem; }
@media (max-width: 40rem) { .columns { grid-template-columns: 1fr; } }
`;

/** A message with round labels in it, escaped, each label isolated (`\u0000`, `\u0001` stand for them in `text`). */
function withLabels(text: string, labels: readonly string[]): string {
  let out = escapeHtml(text);
  labels.forEach((label, i) => {
    // (A replacer function: a "$" in a label is text, not a replacement pattern.)
    out = out.replace(String.fromCharCode(i), () => isolated(label));
  });
  return out;
}

/** The lines under the title: the comparison is across languages, and which version is a press report of which. */
export function acrossLines(diff: CommuniqueDiff, { o, m }: HtmlContext): string {
  const [a, b] = languagesOf(diff, m);
  const side = reportSide(diff);
  const report =
    side === undefined
      ? ''
      : `\n<p class="meta coverage">${withLabels(m.across.report('\u0000', '\u0001'), side === 'new' ? [o.newLabel, o.oldLabel] : [o.oldLabel, o.newLabel])}</p>`;
  return `<p class="meta across">${escapeHtml(m.across.line(a, b))}</p>${report}`;
}

/** The numbers a change's sides do not share, in its header: "numbers: 2254 → 2245", each side isolated. */
function numbersHtml(c: ParagraphChange, m: ReportMessages): string {
  const n = shownNumbers(c);
  if (!n) return '';
  const side = (list: string[]): string => (list.length === 0 ? '—' : list.map(isolated).join(escapeHtml(m.comma)));
  return ` · <span class="numbers">${escapeHtml(m.across.numbers)}: ${side(n.old)} ${m.arrow} ${side(n.new)}</span>`;
}

/** The items a press report leaves out, by their first words, each linked to its paragraph; nothing without a report. */
export function leftOutSection(diff: CommuniqueDiff, prefix: string, { m }: HtmlContext): string {
  const items = leftOutItems(diff);
  if (items.length === 0) return '';
  const li = items.map(({ index, doc, names, text }) => {
    const { dir, attrs } = langAndDir(text, doc);
    return `<li><a href="#${anchor(index, prefix)}">${escapeHtml(names)}</a> <bdi ${attrs}>${htmlText(text, dir)}</bdi></li>`;
  });
  return `<h3>${escapeHtml(m.across.leftOutHeading)}</h3>
<ol class="left-out">${li.join('')}</ol>`;
}

/** One version's column: its label and language, then its paragraphs as written (or a note where it has none). */
function column(doc: Communique, indexes: readonly number[], cls: 'old' | 'new', label: string, language: string, missing: string, m: ReportMessages): string {
  const texts = indexes.map((i) => doc.paragraphs[i]?.text ?? '');
  const { dir, attrs } = langAndDir(texts.join('\n'), doc);
  const head = `<span class="side-label"><bdi dir="${m.dir}" lang="${escapeHtml(m.lang)}">${withLabels(m.across.side('\u0000', language), [label])}</bdi></span>`;
  const body =
    texts.length === 0
      ? `<p class="absent"><bdi dir="${m.dir}" lang="${escapeHtml(m.lang)}">${escapeHtml(missing)}</bdi></p>`
      : texts.map((t) => {
          const own = langAndDir(t, doc);
          // A paragraph in the column's direction inherits its language; one in the other (a quotation) carries its own direction.
          return own.dir === dir ? `<p>${htmlText(t, dir)}</p>` : `<p ${own.attrs}>${htmlText(t, own.dir)}</p>`;
        }).join('');
  return `<div class="column ${cls}" ${attrs}>${head}${body}</div>`;
}

/** A change across languages: its kind, where it sits and the numbers apart, then the two versions side by side. */
export function acrossArticle(diff: CommuniqueDiff, c: ParagraphChange, index: number, prefix: string, { o, m }: HtmlContext): string {
  const kind = reportKind(diff, c, index);
  const [a, b] = languagesOf(diff, m);
  const side = reportSide(diff);
  const missing = (s: 'old' | 'new'): string => (kind === 'left-out' && s === side ? m.across.notInReport : m.across.absent);
  const facts = `${c.relabeled ? ` · ${escapeHtml(m.text.renumbered)}` : ''}${numbersHtml(c, m)}`;
  // The columns follow the interface's direction: the old version first where the reader starts reading.
  const columns = `<div class="columns" dir="${m.dir}">${column(diff.old, c.old, 'old', o.oldLabel, a, missing('old'), m)}${column(diff.new, c.new, 'new', o.newLabel, b, missing('new'), m)}</div>`;
  return `<article class="change across" id="${anchor(index, prefix)}"><header><span class="badge ${kindClass(kind)}">${escapeHtml(m.kinds[kind] ?? kind)}</span> ${placeHtml(diff, c, o.oldLabel, o.newLabel, m.arrow)}${facts}</header>${columns}</article>`;
}
