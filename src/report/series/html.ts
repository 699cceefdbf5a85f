/** renderSeriesHtml: the timeline of a whole series as one self-contained page, with each pair's redline. */
import { expectSeries } from '../expect.js';
import type { Communique } from '../../types/segment.js';
import type { Series } from '../../types/pipeline.js';
import type { SeriesReportOptions } from '../../types/report.js';
import { langAndDir } from '../blocks.js';
import { escapeHtml, htmlText, kindClass } from '../html/escape.js';
import { htmlPage, viewSwitch } from '../html/page.js';
import { articles, commitmentList, countsTable, htmlContext } from '../html/render.js';
import { ACROSS_STYLES, leftOutSection } from '../html/across.js';
import { reportCounts } from '../summary.js';
import { headlineOf } from '../headline.js';
import { MESSAGES } from '../locale/index.js';
import { partsHtml } from '../html/parts.js';
import { actsOf, commitmentRows, EVENT_SYMBOLS, lineageName, lineageRows, linker, pairId, pairOptions, resolveSeriesOptions, type CommitmentCell } from './timeline.js';

// The bar of a cell spans strengths 0 to 7: the strongest act (5) with a
// booster group and a time marker stays inside it (see STRENGTH_SCALE).
const BAR_MAX = 7;
const BAR_WIDTH = 56;
const BAR_HEIGHT = 12;

const TIMELINE_STYLES = `
.timeline-wrap { overflow-x: auto; }
table.timeline { border-collapse: collapse; margin: .5rem 0 1.5rem; font-size: .9rem; }
.timeline th, .timeline td { border: 1px solid var(--border); padding: .2rem .45rem; vertical-align: middle; }
.timeline thead th { background: #f6f8fa; min-width: 5.5rem; max-width: 12rem; overflow-wrap: anywhere; }
.timeline td.cell { white-space: nowrap; text-align: end; }
.timeline td.about { min-width: 14rem; max-width: 28rem; }
.timeline td.absent { color: var(--muted); text-align: center; white-space: nowrap; }
.timeline svg { vertical-align: middle; margin-inline-end: .3rem; }
.timeline .bar-track { fill: #eaeef2; }
.timeline .bar { fill: #8c959f; }
.timeline .k-added .bar, .timeline .k-strengthened .bar { fill: #1a7f37; }
.timeline .k-softened .bar, .timeline .k-dropped .bar { fill: #cf222e; }
.timeline .k-reworded .bar { fill: #8250df; }
section.pair { border-top: 2px solid var(--border); margin-top: 2.5rem; }
table.timeline caption.sr, .timeline .sr { clip-path: inset(100%); height: 1px; overflow: hidden; position: absolute; white-space: nowrap; width: 1px; }
@media print { .timeline-wrap { overflow: visible; } }
`;

/** An inline SVG bar for a strength, with its value and change as a title. */
function bar(cell: CommitmentCell): string {
  const s = Math.max(0, Math.min(BAR_MAX, cell.strength ?? 0));
  const width = Math.round((s / BAR_MAX) * BAR_WIDTH);
  return `<svg width="${BAR_WIDTH}" height="${BAR_HEIGHT}" viewBox="0 0 ${BAR_WIDTH} ${BAR_HEIGHT}" aria-hidden="true"><rect class="bar-track" width="${BAR_WIDTH}" height="${BAR_HEIGHT}" rx="2"/><rect class="bar" width="${width}" height="${BAR_HEIGHT}" rx="2"/></svg>`;
}

function commitmentCell(cell: CommitmentCell, label: string): string {
  const kind = cell.event ? ` ${kindClass(cell.event)}` : '';
  const word = cell.event ? ` ${cell.event}` : '';
  const titleText = `${label}: ${cell.strength === null ? 'absent' : `strength ${cell.strength}`}${word}`;
  const inner =
    cell.strength === null
      ? `—${cell.event ? ` <span class="badge ${kindClass(cell.event)}">${EVENT_SYMBOLS[cell.event] ?? ''} ${escapeHtml(cell.event)}</span>` : ''}`
      : `${bar(cell)}<span>${cell.strength}</span>${cell.event ? ` <span class="badge ${kindClass(cell.event)}">${EVENT_SYMBOLS[cell.event] ?? ''}<span class="sr"> ${escapeHtml(cell.event)}</span></span>` : ''}`;
  const body = cell.href ? `<a href="${escapeHtml(cell.href)}">${inner}</a>` : inner;
  return `<td class="${cell.strength === null ? 'absent' : 'cell'}${kind}" title="${escapeHtml(titleText)}">${body}</td>`;
}

/**
 * Render a series as one self-contained HTML page: a timeline of commitments
 * (one row each, rounds as columns, the strength in each round drawn as an
 * inline SVG bar, coloured and marked where the commitment was added,
 * dropped, softened, strengthened or reworded, each cell linked to that
 * pair's redline), a timeline of the paragraphs that changed, then each
 * pair's commitment changes and redline. Same safety as {@link renderHtml}:
 * no scripts, every input escaped, Arabic right-to-left.
 *
 * @param series - A result of {@link diffSeries}.
 * @param options - Title, what to hide, and the redline view; see {@link SeriesReportOptions}.
 * @returns The HTML document.
 *
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * writeFileSync('series.html', renderSeriesHtml(diffSeries(rounds)));
 * ```
 * @category Reports
 */
export function renderSeriesHtml(series: Series, options?: SeriesReportOptions): string {
  expectSeries(series);
  const o = resolveSeriesOptions(options);
  const m = MESSAGES[o.locale];
  const first = series.rounds[0] as Communique;
  const heads = series.labels.map((l) => `<th scope="col"><bdi>${escapeHtml(l)}</bdi></th>`).join('');
  const textCell = (text: string, cls: string): string => {
    const ld = langAndDir(text, first);
    return `<td class="${cls}" ${ld.attrs}>${htmlText(text, ld.dir)}</td>`;
  };
  // One set of link tables for both timelines.
  const link = linker(series, o);
  const rows = commitmentRows(series, o, link);
  const commitments =
    series.redlineOnly === true
      ? `<p>${escapeHtml(m.text.commitmentsNotCompared)}</p>`
      : rows.length === 0
      ? `<p>${escapeHtml(m.text.noCommitmentFound)}</p>`
      : `<div class="timeline-wrap"><table class="timeline commitments-timeline"><caption class="sr">${escapeHtml(m.series.commitmentsLegend)}</caption><thead><tr><th scope="col">${escapeHtml(m.series.act)}</th><th scope="col">${escapeHtml(m.series.about)}</th>${heads}</tr></thead><tbody>
${rows
  .map(({ history, index, cells }) => `<tr id="commitment-${index + 1}"><th scope="row">${escapeHtml(actsOf(history, m))}</th>${textCell(history.topic, 'about')}${cells.map((c) => commitmentCell(c, series.labels[c.round] ?? '')).join('')}</tr>`)
  .join('\n')}
</tbody></table></div>`;
  const lineages = lineageRows(series, link);
  const paragraphs =
    lineages.length === 0
      ? `<p>${escapeHtml(m.series.noParagraphChanged)}</p>`
      : `<div class="timeline-wrap"><table class="timeline lineages-timeline"><thead><tr><th scope="col">${escapeHtml(m.series.paragraph)}</th>${heads}</tr></thead><tbody>
${lineages
  .map(({ lineage, cells }) => {
    const tds = cells.map((c) => {
      const value = c.paragraphs.length === 0 ? '—' : c.paragraphs.map((p) => `¶${p + 1}`).join(' + ');
      const mark = c.event ? ` <span class="badge ${kindClass(c.event)}">${EVENT_SYMBOLS[c.event] ?? ''} ${escapeHtml(c.event)}</span>` : '';
      const inner = `${value}${mark}`;
      return `<td class="${c.paragraphs.length === 0 ? 'absent' : 'cell'}">${c.href ? `<a href="${escapeHtml(c.href)}">${inner}</a>` : inner}</td>`;
    });
    return `<tr>${textCell(lineageName(series, lineage), 'about')}${tds.join('')}</tr>`;
  })
  .join('\n')}
</tbody></table></div>`;
  const pairs = series.pairs
    .map((pair, i) => {
      const po = pairOptions(series, i, o);
      const cx = htmlContext(po);
      const { m } = cx;
      const counts = reportCounts(pair);
      const id = pairId(i);
      return `<section class="pair" id="${id}" aria-labelledby="${id}-title">
<h2 id="${id}-title"><bdi>${escapeHtml(po.oldLabel)}</bdi> ${m.arrow} <bdi>${escapeHtml(po.newLabel)}</bdi></h2>
<p class="headline">${partsHtml(headlineOf(pair, po.locale), cx.marks, m.dir)}</p>
${countsTable(m.text.paragraphs, counts.paragraphs, m.kinds)}
${pair.redlineOnly === true ? '' : `${countsTable(m.text.commitments, counts.commitments, m.commitmentKinds)}\n`}<h3>${escapeHtml(m.text.commitmentChanges)}</h3>
${commitmentList(pair, `${id}-`, cx)}
${leftOutSection(pair, `${id}-`, cx)}
<h3>${escapeHtml(po.hideUnchanged ? m.text.paragraphsThatChanged : m.text.paragraphs)}</h3>
${articles(pair, `${id}-`, cx)}
</section>`;
    })
    .join('\n');
  return htmlPage(
    o.title,
    `<header>
<h1>${escapeHtml(o.title)}</h1>
<p class="meta">${escapeHtml(m.series.meta(series.rounds.length, series.lineages.length, series.redlineOnly === true ? undefined : series.commitments.length))}</p>
</header>
${viewSwitch(o.view, m)}
<main>
<section id="commitments" aria-labelledby="commitments-title">
<h2 id="commitments-title">${escapeHtml(m.text.timeline)}</h2>
<p>${escapeHtml(m.series.commitmentsLegend)}</p>
${commitments}
</section>
<section id="paragraphs" aria-labelledby="paragraphs-title">
<h2 id="paragraphs-title">${escapeHtml(m.text.paragraphsAcross)}</h2>
${paragraphs}
</section>
${pairs}
</main>`,
    series.pairs.some((p) => p.crossLanguage === true) ? TIMELINE_STYLES + ACROSS_STYLES : TIMELINE_STYLES,
    m,
  );
}
