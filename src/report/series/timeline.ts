/** What the series reports show: options, and one row of cells per commitment history and per paragraph lineage. */
import type { CommitmentChange } from '../../types/commitments.js';
import type { CommitmentEvent, CommitmentHistory, LineageEvent, ParagraphLineage, Series } from '../../types/pipeline.js';
import type { ReportLocale, SeriesReportOptions } from '../../types/report.js';
import { expectKnownOptions, expectOneOf, expectOptionsObject } from '../../util/validate.js';
import { anchor } from '../blocks.js';
import type { ResolvedReportOptions } from '../options.js';
import { bool, REPORT_LOCALES, str } from '../options.js';
import { visibleChanges } from '../summary.js';
import { actWords, MESSAGES, type ReportMessages } from '../locale/index.js';

/** Series report options with defaults applied. */
export interface ResolvedSeriesOptions {
  title: string;
  hideUnchanged: boolean;
  hideCosmetic: boolean;
  hideSteady: boolean;
  view: 'inline' | 'side-by-side' | 'both';
  locale: ReportLocale;
}

/** Validate series report options and apply defaults. */
export function resolveSeriesOptions(options: SeriesReportOptions | undefined): ResolvedSeriesOptions {
  expectOptionsObject('options', options);
  expectKnownOptions('options', options, ['title', 'hideUnchanged', 'hideCosmetic', 'hideSteady', 'view', 'locale']);
  const locale = expectOneOf('options.locale', options?.locale, REPORT_LOCALES) ?? 'en';
  return {
    title: str('options.title', options?.title, MESSAGES[locale].title.series),
    hideUnchanged: bool('options.hideUnchanged', options?.hideUnchanged, true),
    hideCosmetic: bool('options.hideCosmetic', options?.hideCosmetic),
    hideSteady: bool('options.hideSteady', options?.hideSteady),
    view: expectOneOf('options.view', options?.view, ['inline', 'side-by-side', 'both'] as const) ?? 'both',
    locale,
  };
}

/** The report options of one pair of the series, for the pair renderers. */
export function pairOptions(series: Series, pair: number, o: ResolvedSeriesOptions): ResolvedReportOptions {
  return {
    hideUnchanged: o.hideUnchanged,
    hideCosmetic: o.hideCosmetic,
    title: o.title,
    oldLabel: series.labels[pair] ?? '',
    newLabel: series.labels[pair + 1] ?? '',
    view: o.view,
    locale: o.locale,
  };
}

/** Anchor id of a pair's section, and the prefix of its paragraph anchors. */
export const pairId = (pair: number): string => `pair-${pair + 1}`;
const pairPrefix = (pair: number): string => `${pairId(pair)}-`;

/** One round of a commitment's row. */
export interface CommitmentCell {
  round: number;
  strength: number | null;
  /** What changed in this round, if anything. */
  event?: CommitmentEvent['kind'];
  /** Link to the paragraph in the pair's redline (or to the pair's section when the paragraph is hidden). */
  href?: string;
}

/** One round of a paragraph lineage's row. */
export interface LineageCell {
  round: number;
  paragraphs: number[];
  event?: LineageEvent['kind'];
  href?: string;
}

/**
 * Links into the pairs' redlines, knowing which paragraphs each pair shows:
 * to a paragraph change by its index, or to the change that holds a
 * commitment. Look-up tables are built once per pair, so a timeline of many
 * rounds of long texts stays linear.
 */
export function linker(series: Series, o: ResolvedSeriesOptions) {
  const shown = series.pairs.map((p, i) => new Set(visibleChanges(p, pairOptions(series, i, o)).map((v) => v.index)));
  const toChange = (pair: number, at: number): string => (at >= 0 && shown[pair]?.has(at) ? `#${anchor(at, pairPrefix(pair))}` : `#${pairId(pair)}`);
  // Per pair: the alignment entry of each new and old paragraph, and the commitment change of each new commitment (by offset).
  const tables = series.pairs.map((p) => {
    const newPlace = new Map<number, number>();
    const oldPlace = new Map<number, number>();
    p.alignment.forEach((c, i) => {
      c.new.forEach((n) => newPlace.set(n, i));
      c.old.forEach((n) => oldPlace.set(n, i));
    });
    const byNewStart = new Map<number, number>();
    p.commitments.forEach((c, i) => {
      if (c.new) byNewStart.set(c.new.start, i);
    });
    return { newPlace, oldPlace, byNewStart };
  });
  return {
    toChange,
    /** The link of a commitment change (the new side's paragraph first). */
    toCommitment(pair: number, change: CommitmentChange): string {
      const t = tables[pair];
      const c = change.new ?? change.old;
      const at = c && t ? ((change.new ? t.newPlace : t.oldPlace).get(c.paragraph) ?? -1) : -1;
      return toChange(pair, at);
    },
    /** The index of the change that holds a new commitment, by its offset. */
    changeOfNew(pair: number, start: number): number | undefined {
      return tables[pair]?.byNewStart.get(start);
    },
  };
}

/** Links into a series report's pair sections; build one per report with {@link linker}. */
export type Linker = ReturnType<typeof linker>;

/** True when a history changed in some round (or came or went). */
const changed = (h: CommitmentHistory): boolean => h.events.length > 0;

/** The rows of the commitment timeline: one per history, a cell per round. */
export function commitmentRows(series: Series, o: ResolvedSeriesOptions, link: Linker): Array<{ history: CommitmentHistory; index: number; cells: CommitmentCell[] }> {
  return series.commitments
    .map((history, index) => ({ history, index }))
    .filter(({ history }) => !o.hideSteady || changed(history))
    .map(({ history, index }) => ({
      history,
      index,
      cells: series.labels.map((_, round) => {
        const cell: CommitmentCell = { round, strength: history.strengths[round] ?? null };
        const event = history.events.find((e) => e.round === round);
        if (event) cell.event = event.kind;
        if (round === 0) return cell;
        const pair = series.pairs[round - 1];
        const now = history.commitments[round];
        const change = event?.change ?? (now ? link.changeOfNew(round - 1, now.start) : undefined);
        const c = change === undefined ? undefined : pair?.commitments[change];
        if (c) cell.href = link.toCommitment(round - 1, c);
        return cell;
      }),
    }));
}

/** The rows of the paragraph timeline: one per lineage that changed, a cell per round. */
export function lineageRows(series: Series, link: Linker): Array<{ lineage: ParagraphLineage; index: number; cells: LineageCell[] }> {
  return series.lineages
    .map((lineage, index) => ({ lineage, index }))
    // A split or merge is a change of structure even when no word changed; a cosmetic edit is none.
    .filter(({ lineage }) => lineage.events.some((e) => !(e.kind === 'modified' && e.cosmetic)))
    .map(({ lineage, index }) => ({
      lineage,
      index,
      cells: series.labels.map((_, round) => {
        const cell: LineageCell = { round, paragraphs: lineage.paragraphs[round] ?? [] };
        const event = lineage.events.find((e) => e.round === round);
        if (event) {
          cell.event = event.kind;
          cell.href = link.toChange(round - 1, event.change);
        }
        return cell;
      }),
    }));
}

/** The acts of a commitment through the rounds, each once in order: "condemn → express-concern". */
export function actsOf(history: CommitmentHistory, m: ReportMessages = MESSAGES.en): string {
  const acts: string[] = [];
  for (const c of history.commitments) if (c && acts[acts.length - 1] !== c.predicate) acts.push(c.predicate);
  return acts.map((a) => actWords(m, a)).join(` ${m.arrow} `);
}

/** A short name for a lineage: the first words of its paragraph where first seen. */
export function lineageName(series: Series, lineage: ParagraphLineage, words = 8): string {
  const first = lineage.paragraphs[lineage.first]?.[0];
  const text = first === undefined ? '' : (series.rounds[lineage.first]?.paragraphs[first]?.text ?? '');
  const all = text.trim().split(/\s+/);
  return all.slice(0, words).join(' ') + (all.length > words ? ' …' : '');
}

/** Symbols of the changes in the Markdown timeline, and their words for screen readers and titles. */
export const EVENT_SYMBOLS: Readonly<Record<string, string>> = {
  added: '+',
  dropped: '✕',
  softened: '↓',
  strengthened: '↑',
  reworded: '~',
  modified: '✎',
  moved: '⇅',
  split: '⑂',
  merged: '⋈',
};
