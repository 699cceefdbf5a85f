/** Printing precision, recall and F1 tables. */

/** Counts for one row: expected items found, and produced items that were right. */
export interface Row {
  expected: number;
  found: number;
  actual: number;
  correct: number;
}

export const emptyRow = (): Row => ({ expected: 0, found: 0, actual: 0, correct: 0 });

export const addRows = (rows: Iterable<Row>): Row => {
  const sum = emptyRow();
  for (const r of rows) {
    sum.expected += r.expected;
    sum.found += r.found;
    sum.actual += r.actual;
    sum.correct += r.correct;
  }
  return sum;
};

/** Recall, precision and F1 of a row (NaN where undefined). */
export function scores(r: Row): { recall: number; precision: number; f1: number } {
  const recall = r.found / r.expected;
  const precision = r.correct / r.actual;
  return { recall, precision, f1: (2 * precision * recall) / (precision + recall) };
}

const pct = (x: number): string => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : '—');

/** A Markdown table of rows. */
export function printTable(title: string, rows: Array<[string, Row]>): void {
  console.log(`\n${title}\n`);
  console.log('| group            | labels |  recall | precision |      F1 |');
  console.log('|------------------|--------|---------|-----------|---------|');
  for (const [name, r] of rows) {
    const s = scores(r);
    console.log(`| ${name.padEnd(16)} | ${String(r.expected).padStart(6)} | ${pct(s.recall).padStart(7)} | ${pct(s.precision).padStart(9)} | ${pct(s.f1).padStart(7)} |`);
  }
}

export { pct };
