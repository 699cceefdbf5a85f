/**
 * PDFs printed from HTML by headless Chromium (Debian's chromium, driven by
 * playwright-core, as the browser tests use it), with a running header (the
 * document's title or symbol) and page numbers in the margins, as ministries'
 * and the UN's PDFs have them. For the tests and `npm run eval`.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where chromium is (CHROMIUM_PATH, or Debian's /usr/bin/chromium). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Whether chromium is installed here. */
export const chromiumAvailable = existsSync(CHROMIUM);

/** Headless, no sandbox (containers), and nothing that reaches the network by itself. */
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Launch Debian's chromium through playwright-core (never a downloaded browser), with `extraArgs` after the usual flags. */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: [...ARGS, ...extraArgs] });
}

/** One PDF to print: the page's HTML, the running header's text, and how page numbers are written. */
export interface PrintJob {
  html: string;
  header: string;
  /** `'n/t'` ("2/3"), `'page'` ("Page 2 of 3"), `'dash'` ("- 2 -"), or `'none'`. */
  numbers: 'n/t' | 'page' | 'dash' | 'none';
}

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const FOOTER: Record<PrintJob['numbers'], string> = {
  'n/t': '<span class="pageNumber"></span>/<span class="totalPages"></span>',
  page: 'Page <span class="pageNumber"></span> of <span class="totalPages"></span>',
  dash: '- <span class="pageNumber"></span> -',
  none: '',
};

/** A printer: one browser for many PDFs. Close it when done. */
export async function openPrinter(): Promise<{ print: (job: PrintJob) => Promise<Uint8Array>; close: () => Promise<void> }> {
  const browser = await launchChromium();
  const page = await browser.newPage();
  return {
    async print(job) {
      await page.setContent(job.html, { waitUntil: 'load' });
      const style = 'font-size:9px; width:100%; text-align:center; font-family:serif;';
      const pdf = await page.pdf({
        displayHeaderFooter: true,
        headerTemplate: `<div style="${style}">${escape(job.header)}</div>`,
        footerTemplate: `<div style="${style}">${FOOTER[job.numbers]}</div>`,
        preferCSSPageSize: true,
        margin: { top: '2cm', bottom: '2cm', left: '1.6cm', right: '1.6cm' },
      });
      return new Uint8Array(pdf);
    },
    close: () => browser.close(),
  };
}
