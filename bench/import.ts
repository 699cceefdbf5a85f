/**
 * Documents in (issue 15): PDFs of 10 and 50 pages printed by headless
 * Chromium from the example rounds (running header, page numbers), imported
 * with fromPdf, and a 50-page pair imported and diffed; beside them, the
 * peer PDF.js text extraction (unpdf's extractText: the text of each page,
 * no lines or paragraphs rebuilt) on the same files, and a news page and a
 * Word file of one round. Medians of several runs, in one process.
 */
import { extractText, getDocumentProxy } from 'unpdf';
import { docxOf, newsPage, printablePage } from './eval/documents.js';
import { chromiumAvailable, openPrinter } from './eval/pdf-maker.js';
import { fromDocx, fromHtml, fromPdf } from '../src/import/index.js';
import { diffCommuniques } from '../src/index.js';
import { exampleRound } from '../test/support/fixtures.js';

async function median(runs: number, f: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await f();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)] as number;
}

/** The example rounds of a language, `rounds` of them one after the other with their numbers going on (an English round prints on two A5 pages). */
function longText(lang: 'en' | 'ar' | 'ru', rounds: number): string {
  const parts: string[] = [];
  for (let k = 0; k < rounds; k++) parts.push(exampleRound(lang, k % 2 === 0 ? 'a' : 'b').replace(/^(\d+)\./gm, (_, n: string) => `${Number(n) + 20 * k}.`));
  return parts.join('\n\n');
}

export async function importBench(out: (s?: string) => void, ms: (x: number) => string): Promise<void> {
  out('## Documents in (communique-diff/import)');
  out();
  if (!chromiumAvailable) {
    out('Not run: no chromium here to print the PDFs.');
    out();
    return;
  }
  const printer = await openPrinter();
  const pdfOf = (text: string, lang: string) => printer.print({ html: printablePage(text, lang, 'S/2024/123'), header: 'S/2024/123', numbers: 'n/t' });
  const rows: string[] = [];
  try {
    const pages = async (bytes: Uint8Array): Promise<number> => (await getDocumentProxy(new Uint8Array(bytes))).numPages;
    const ten = await pdfOf(longText('en', 5), 'en');
    const fifty = [await pdfOf(longText('en', 26), 'en'), await pdfOf(longText('en', 26).replace(/Idlib/g, 'Idleb').replace(/strong /g, 'firm '), 'en')];
    const tenAr = await pdfOf(longText('ar', 8), 'ar');
    for (const [what, bytes] of [['English PDF', ten], ['Arabic PDF', tenAr], ['English PDF', fifty[0] as Uint8Array]] as const) {
      const n = await pages(bytes);
      const ours = await median(5, () => fromPdf(bytes));
      const peer = await median(5, async () => extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true }));
      rows.push(`| ${what}, ${n} pages, fromPdf | ${ms(ours)} ms | ${ms(peer)} ms | ${(ours / peer).toFixed(2)} |`);
    }
    const n50 = await pages(fifty[0] as Uint8Array);
    const pair = await median(3, async () => {
      const [a, b] = await Promise.all(fifty.map((f) => fromPdf(f)));
      return diffCommuniques((a as { text: string }).text, (b as { text: string }).text);
    });
    rows.push(`| ${n50}-page PDF pair: both imported and diffed | ${ms(pair)} ms | — | — |`);
    const page = newsPage(exampleRound('en', 'a'), 'en');
    rows.push(`| news page of one round (${(page.length / 1024).toFixed(0)} KB), fromHtml | ${ms(await median(20, async () => fromHtml(page)))} ms | — | — |`);
    const docx = docxOf(exampleRound('en', 'a'), 'en');
    rows.push(`| Word file of one round, fromDocx | ${ms(await median(20, async () => fromDocx(docx)))} ms | — | — |`);
  } finally {
    await printer.close();
  }
  out('| what | ours | PDF.js text alone (unpdf extractText) | ratio |');
  out('|---|---:|---:|---:|');
  for (const r of rows) out(r);
  out();
  out('Targets (issue 15): a 50-page PDF pair imported and diffed under 3 s; a 10-page PDF imported under 0.5 s. PDF.js text alone is what every PDF tool pays: fromPdf adds the lines, paragraphs and reading order rebuilt from the positions.');
  out();
}
