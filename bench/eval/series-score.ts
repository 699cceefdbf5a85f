/**
 * Scoring of a series against its labelled lineages, as pairs of nodes:
 * - lineages: every two paragraphs (of any rounds) that are one paragraph
 *   according to the labels, against every two that diffSeries put in one
 *   lineage (pairwise precision and recall, as for clusterings);
 * - revivals: the same, only for pairs across a round where the lineage is
 *   absent (a paragraph dropped and later brought back);
 * - commitment revivals: two commitments with the same words in one labelled
 *   lineage across an absent round should be one history; a history that
 *   joins commitments of two different labelled lineages across a gap is wrong.
 */
import type { Series } from '../../src/index.js';
import type { SeriesCase } from './series-cases.js';
import { emptyRow, type Row } from './table.js';

const id = (round: number, paragraph: number): string => `${round}:${paragraph}`;

/** Component of every node of the labelled series (union–find over the labelled edges). */
function labelledComponents(c: SeriesCase, counts: readonly number[]): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r) as string;
    parent.set(x, r);
    return r;
  };
  counts.forEach((n, r) => {
    for (let p = 0; p < n; p++) parent.set(id(r, p), id(r, p));
  });
  for (const [[r1, p1], [r2, p2]] of c.same) {
    if (!parent.has(id(r1, p1)) || !parent.has(id(r2, p2))) throw new RangeError(`${c.name}: a label names a paragraph that is not there (${id(r1, p1)} or ${id(r2, p2)})`);
    parent.set(find(id(r1, p1)), find(id(r2, p2)));
  }
  const out = new Map<string, string>();
  for (const k of parent.keys()) out.set(k, find(k));
  return out;
}

/** Rounds where each component has a paragraph. */
function roundsOf(component: Map<string, string>): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const [node, comp] of component) {
    let s = out.get(comp);
    if (!s) out.set(comp, (s = new Set()));
    s.add(Number(node.split(':')[0]));
  }
  return out;
}

/** Whether a lineage present in `rounds` is absent somewhere strictly between r1 and r2. */
const gapBetween = (rounds: ReadonlySet<number>, r1: number, r2: number): boolean => {
  for (let r = Math.min(r1, r2) + 1; r < Math.max(r1, r2); r++) if (!rounds.has(r)) return true;
  return false;
};

/** Scores of one series: rows for lineage pairs, revival pairs and commitment revival pairs. */
export function scoreSeries(c: SeriesCase, series: Series, misses: string[]): { lineages: Row; revivals: Row; commitments: Row } {
  const counts = series.rounds.map((r) => r.paragraphs.length);
  const expected = labelledComponents(c, counts);
  const actual = new Map<string, string>();
  series.lineages.forEach((l, k) => l.paragraphs.forEach((ps, r) => ps.forEach((p) => actual.set(id(r, p), `L${k}`))));
  const expectedRounds = roundsOf(expected);
  const actualRounds = roundsOf(actual);
  const nodes = [...expected.keys()];
  const round = (n: string): number => Number(n.split(':')[0]);
  const lineages = emptyRow();
  const revivals = emptyRow();
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const u = nodes[i] as string;
      const v = nodes[j] as string;
      const wanted = expected.get(u) === expected.get(v);
      const got = actual.get(u) === actual.get(v);
      const wantedRevival = wanted && gapBetween(expectedRounds.get(expected.get(u) as string) as Set<number>, round(u), round(v));
      const gotRevival = got && gapBetween(actualRounds.get(actual.get(u) as string) as Set<number>, round(u), round(v));
      tally(lineages, wanted, got);
      tally(revivals, wantedRevival, gotRevival);
      if (wantedRevival && !gotRevival) misses.push(`revival missed: ${u} and ${v}`);
      if (gotRevival && !wanted) misses.push(`false revival: ${u} and ${v}`);
      else if (gotRevival && !wantedRevival) misses.push(`revival where the labels have the paragraph throughout: ${u} and ${v}`);
    }
  }

  // Commitments: every commitment of every round, with its history.
  const commitments = emptyRow();
  const items: Array<{ round: number; paragraph: number; text: string; history: number }> = [];
  series.commitments.forEach((h, k) => h.commitments.forEach((cm, r) => cm && items.push({ round: r, paragraph: cm.paragraph, text: cm.text, history: k })));
  const historyRounds = series.commitments.map((h) => new Set(h.commitments.flatMap((cm, r) => (cm ? [r] : []))));
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i] as (typeof items)[number];
      const b = items[j] as (typeof items)[number];
      if (Math.abs(a.round - b.round) < 2) continue;
      const compA = expected.get(id(a.round, a.paragraph)) as string;
      const sameLineage = compA === expected.get(id(b.round, b.paragraph));
      const wanted = sameLineage && a.text === b.text && gapBetween(expectedRounds.get(compA) as Set<number>, a.round, b.round);
      const got = a.history === b.history && gapBetween(historyRounds[a.history] as Set<number>, a.round, b.round);
      if (wanted) {
        commitments.expected++;
        if (got) commitments.found++;
        else misses.push(`commitment revival missed: «${a.text}» rounds ${a.round} and ${b.round}`);
      }
      if (got) {
        commitments.actual++;
        if (sameLineage) commitments.correct++;
        else misses.push(`false commitment revival: «${a.text}» (round ${a.round}) and «${b.text}» (round ${b.round})`);
      }
    }
  }
  return { lineages, revivals, commitments };
}

function tally(row: Row, wanted: boolean, got: boolean): void {
  if (wanted) {
    row.expected++;
    if (got) row.found++;
  }
  if (got) {
    row.actual++;
    if (wanted) row.correct++;
  }
}

