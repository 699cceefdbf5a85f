/** renderSeriesMarkdown: the timeline of a whole series, then each pair's changes. */
import { expectSeries } from '../expect.js';
import type { Series } from '../../types/pipeline.js';
import type { SeriesReportOptions } from '../../types/report.js';
import { commitmentChanges, md, mdParts, paragraphBlocks } from '../markdown.js';
import { headlineOf } from '../headline.js';
import { MESSAGES } from '../locale/index.js';
import { shorten } from '../../commitments/evidence.js';
import { countKinds } from '../summary.js';
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
 */
export function renderSeriesMarkdown(series: Series, options?: SeriesReportOptions): string {
  expectSeries(series);
  const o = resolveSeriesOptions(options);
  const header = (first: string[]): string[] => [`| ${[...first, ...series.labels.map(md)].join(' | ')} |`, `|${first.map(() => '---').join('|')}|${series.labels.map(() => '---:').join('|')}|`];
  const lines: string[] = [
    `# ${md(o.title)}`,
    '',
    `${series.rounds.length} rounds: ${series.labels.map(md).join(', ')} · ${series.lineages.length} paragraph lineages · ${series.commitments.length} commitments`,
    '',
    '## Commitments across rounds',
    '',
    'Strength of each commitment in each round on the scale of acts (— where absent). + added, ✕ dropped, ↓ softened, ↑ strengthened, ~ reworded; marks link to the pair’s redline.',
    '',
  ];
  // One set of link tables for both timelines.
  const link = linker(series, o);
  const rows = commitmentRows(series, o, link);
  if (rows.length === 0) lines.push('No commitment found.', '');
  else {
    for (const line of header(['Act', 'About'])) lines.push(line);
    for (const { history, cells } of rows) {
      const shown = cells.map((c) => {
        const value = c.strength === null ? '—' : String(c.strength);
        return c.event ? linked(`${value} ${EVENT_SYMBOLS[c.event] ?? ''}`, c.href) : value;
      });
      lines.push(`| ${md(actsOf(history, MESSAGES[o.locale]))} | ${md(shorten(history.topic, ABOUT_LENGTH))} | ${shown.join(' | ')} |`);
    }
    lines.push('');
  }
  lines.push('## Paragraphs across rounds', '', 'Paragraph numbers (¶) in each round for the paragraphs that changed. ✎ modified, ⇅ moved, ⑂ split, ⋈ merged, + added, ✕ dropped.', '');
  const lineages = lineageRows(series, link);
  if (lineages.length === 0) lines.push('No paragraph changed more than cosmetically.', '');
  else {
    for (const line of header(['Paragraph'])) lines.push(line);
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
    const counts = countKinds(pair);
    const summary = (c: Record<string, number>): string =>
      Object.entries(c)
        .filter(([k, n]) => n > 0 && k !== 'unchanged')
        .map(([k, n]) => `${n} ${k}`)
        .join(', ') || 'none';
    lines.push(
      `## <a id="${pairId(i)}"></a>${md(po.oldLabel)} → ${md(po.newLabel)}`,
      '',
      `Paragraph changes: ${summary(counts.paragraphs)} · commitment changes: ${summary(counts.commitments)}`,
      '',
      `**${mdParts(headlineOf(pair, po.locale), po.locale)}**`,
      '',
      `### ${md(MESSAGES[po.locale].text.commitmentChanges)}`,
      '',
    );
    for (const line of commitmentChanges(pair, `${pairId(i)}-`, po)) lines.push(line);
    lines.push(`### ${md(po.hideUnchanged ? MESSAGES[po.locale].text.paragraphsThatChanged : MESSAGES[po.locale].text.paragraphs)}`, '');
    for (const line of paragraphBlocks(pair, po, `${pairId(i)}-`, '####')) lines.push(line);
  });
  return `${lines.join('\n').trimEnd()}\n`;
}
