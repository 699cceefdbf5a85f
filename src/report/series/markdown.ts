/** renderSeriesMarkdown: the timeline of a whole series, then each pair's changes. */
import { expectSeries } from '../expect.js';
import type { Series } from '../../types/pipeline.js';
import type { SeriesReportOptions } from '../../types/report.js';
import { commitmentChanges, leftOutLines, md, mdParts, paragraphBlocks } from '../markdown.js';
import { headlineOf } from '../headline.js';
import { countsLine, MESSAGES } from '../locale/index.js';
import { shorten } from '../../commitments/evidence.js';
import { reportCounts } from '../summary.js';
import { actsOf, commitmentRows, EVENT_SYMBOLS, lineageName, lineageRows, linker, pairId, pairOptions, resolveSeriesOptions } from './timeline.js';

const ABOUT_LENGTH = 60;

const linked = (text: string, href: string | undefined): string => (href ? `[${text}](${href})` : text);

/**
 * Render a series as Markdown: a timeline of commitments (one row each, rounds
 * as columns, the strength in each round and a mark where it was added,
 * dropped, softened, strengthened or reworded, linked to that pair's
 * redline), a timeline of the paragraphs that changed, then each pair's
 * commitment changes and redline.
 *
 * @param series - A result of {@link diffSeries}.
 * @param options - Title and what to hide; see {@link SeriesReportOptions}.
 * @returns The Markdown text.
 *
 * @example
 * ```ts
 * console.log(renderSeriesMarkdown(diffSeries([round18, round19, round20]), { hideSteady: true }));
 * ```
 * @category Reports
 */
export function renderSeriesMarkdown(series: Series, options?: SeriesReportOptions): string {
  expectSeries(series);
  const o = resolveSeriesOptions(options);
  const m = MESSAGES[o.locale];
  const header = (first: string[]): string[] => [`| ${[...first, ...series.labels.map(md)].join(' | ')} |`, `|${first.map(() => '---').join('|')}|${series.labels.map(() => '---:').join('|')}|`];
  const lines: string[] = [
    `# ${md(o.title)}`,
    '',
    `${md(m.series.meta(series.rounds.length, series.lineages.length, series.redlineOnly === true ? undefined : series.commitments.length))}: ${series.labels.map(md).join(m.comma)}`,
    '',
    `## ${md(m.text.timeline)}`,
    '',
    md(m.series.commitmentsLegend),
    '',
  ];
  // One set of link tables for both timelines.
  const link = linker(series, o);
  const rows = commitmentRows(series, o, link);
  if (series.redlineOnly === true) lines.push(md(m.text.commitmentsNotCompared), '');
  else if (rows.length === 0) lines.push(md(m.text.noCommitmentFound), '');
  else {
    for (const line of header([md(m.series.act), md(m.series.about)])) lines.push(line);
    for (const { history, cells } of rows) {
      const shown = cells.map((c) => {
        const value = c.strength === null ? '—' : String(c.strength);
        return c.event ? linked(`${value} ${EVENT_SYMBOLS[c.event] ?? ''}`, c.href) : value;
      });
      lines.push(`| ${md(actsOf(history, m))} | ${md(shorten(history.topic, ABOUT_LENGTH))} | ${shown.join(' | ')} |`);
    }
    lines.push('');
  }
  lines.push(`## ${md(m.text.paragraphsAcross)}`, '', md(m.series.paragraphsLegend), '');
  const lineages = lineageRows(series, link);
  if (lineages.length === 0) lines.push(md(m.series.noParagraphChanged), '');
  else {
    for (const line of header([md(m.series.paragraph)])) lines.push(line);
    for (const { lineage, cells } of lineages) {
      const shown = cells.map((c) => {
        const value = c.paragraphs.length === 0 ? '—' : c.paragraphs.map((p) => `¶${p + 1}`).join('+');
        return c.event ? linked(`${value} ${EVENT_SYMBOLS[c.event] ?? ''}`, c.href) : value;
      });
      lines.push(`| ${md(lineageName(series, lineage))} | ${shown.join(' | ')} |`);
    }
    lines.push('');
  }
  series.pairs.forEach((pair, i) => {
    const po = pairOptions(series, i, o);
    const counts = reportCounts(pair);
    lines.push(
      `## <a id="${pairId(i)}"></a>${md(po.oldLabel)} ${m.arrow} ${md(po.newLabel)}`,
      '',
      `${md(m.text.paragraphs)}: ${md(countsLine(counts.paragraphs, m.kinds, m))}${pair.redlineOnly === true ? '' : ` · ${md(m.text.commitments)}: ${md(countsLine(counts.commitments, m.commitmentKinds, m))}`}`,
      '',
      `**${mdParts(headlineOf(pair, po.locale), po.locale)}**`,
      '',
      `### ${md(m.text.commitmentChanges)}`,
      '',
    );
    for (const line of commitmentChanges(pair, `${pairId(i)}-`, po)) lines.push(line);
    for (const line of leftOutLines(pair, po, `${pairId(i)}-`, '###')) lines.push(line);
    lines.push(`### ${md(po.hideUnchanged ? m.text.paragraphsThatChanged : m.text.paragraphs)}`, '');
    for (const line of paragraphBlocks(pair, po, `${pairId(i)}-`, '####')) lines.push(line);
  });
  return `${lines.join('\n').trimEnd()}\n`;
}
