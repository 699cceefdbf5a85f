/**
 * fromPdf (issue 15) on PDFs printed by headless Chromium from the example
 * rounds, with a running header and page numbers in the margins: the text
 * gives the paragraphs and the diff of the clean rounds, in English, Arabic
 * (shaped, right to left) and Russian. Bad PDFs are refused with what is
 * wrong. CI installs chromium; elsewhere the suite is skipped, and says so.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { printablePage } from '../../bench/eval/documents.js';
import { chromiumAvailable, openPrinter, type PrintJob } from '../../bench/eval/pdf-maker.js';
import { shape } from '../../bench/eval/published.js';
import { DocumentError, fromPdf, importDocument } from '../../src/import/index.js';
import { diffCommuniques, parseCommunique, type CommuniqueDiff } from '../../src/index.js';
import { exampleRound } from '../support/fixtures.js';

if (!chromiumAvailable && process.env.CI) throw new Error('chromium not found: .ci/run must install it');

const LANGS = ['en', 'ar', 'ru'] as const;
const outline = (d: CommuniqueDiff) => ({
  alignment: d.alignment.map((c) => [c.kind, c.old, c.new]),
  commitments: d.commitments.map((c) => [c.kind, c.old?.predicate, c.new?.predicate, c.slots]),
});

/** A PDF made by hand: one page, no text; with `encrypt`, an /Encrypt dictionary whose password is not empty. */
function handMadePdf(encrypt: boolean): Uint8Array {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>'];
  if (encrypt) objects.push(`<< /Filter /Standard /V 1 /R 2 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> /P -4 >>`);
  let s = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(s.length);
    s += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = s.length;
  s += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  s += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${encrypt ? ' /Encrypt 4 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]' : ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(s);
}

describe.skipIf(!chromiumAvailable)('fromPdf on PDFs printed by Chromium', () => {
  let printer: Awaited<ReturnType<typeof openPrinter>>;
  const pdfs = new Map<string, Uint8Array>();
  const job = (lang: string, round: 'a' | 'b', numbers: PrintJob['numbers']): PrintJob => ({ html: printablePage(exampleRound(lang as 'en', round), lang, 'S/2024/123'), header: lang === 'ar' ? 'البيان المشترك' : 'S/2024/123', numbers });
  beforeAll(async () => {
    printer = await openPrinter();
    for (const lang of LANGS) {
      pdfs.set(`${lang}-a`, await printer.print(job(lang, 'a', 'n/t')));
      pdfs.set(`${lang}-b`, await printer.print(job(lang, 'b', lang === 'en' ? 'page' : 'dash')));
    }
  }, 120_000);
  afterAll(async () => {
    await printer?.close();
  });

  it.each(LANGS)('gives the paragraphs of the clean text, and keeps the header and page numbers as layout: %s', async (lang) => {
    for (const round of ['a', 'b'] as const) {
      const pdf = await fromPdf(pdfs.get(`${lang}-${round}`) as Uint8Array);
      expect(pdf.source.format).toBe('pdf');
      expect(pdf.source.pages).toBeGreaterThanOrEqual(2);
      expect(shape(pdf.text), `round ${round}`).toEqual(shape(exampleRound(lang, round)));
      const kinds = new Set(parseCommunique(pdf.text).layout?.map((b) => b.kind));
      expect([...kinds].sort()).toEqual(['page-break', 'page-number', 'running-header']);
    }
  });

  it.each(LANGS)('gives the diff of the clean pair: %s', async (lang) => {
    const [a, b] = await Promise.all([fromPdf(pdfs.get(`${lang}-a`) as Uint8Array), fromPdf(pdfs.get(`${lang}-b`) as Uint8Array)]);
    expect(outline(diffCommuniques(a.text, b.text))).toEqual(outline(diffCommuniques(exampleRound(lang, 'a'), exampleRound(lang, 'b'))));
  });

  it('reads Arabic in reading order, as letters (not presentation forms), numbers left to right', async () => {
    const { text } = await fromPdf(pdfs.get('ar-a') as Uint8Array);
    expect(text).not.toMatch(/[\ufb50-\ufdff\ufe70-\ufeff]/u);
    expect(text).toContain('أكدت الأطراف التزامها');
    expect(text).toMatch(/(?:^|\n)١- /u);
  });

  it('puts punctuation between Arabic words back in reading order: a colon before a quote, guillemets the right way round (from a review)', async () => {
    const html = '<html lang="ar" dir="rtl"><head><meta charset="utf-8"></head><body><p>قال البيان: «نحن ملتزمون بوحدة سوريا». وأضاف أن الاجتماع المقبل في 2025.</p></body></html>';
    const { text } = await fromPdf(await printer.print({ html, header: '', numbers: 'none' }));
    expect(text.replace(/\s+/g, ' ').trim()).toBe('قال البيان: «نحن ملتزمون بوحدة سوريا». وأضاف أن الاجتماع المقبل في 2025.');
  });

    it('keeps numbers among Arabic words in reading order: ranges and two numbers apart (from a second review)', async () => {
    const html = '<html lang="ar" dir="rtl"><head><meta charset="utf-8"></head><body><p>في الفترة 2024-2025 وفقا للقرارين 2254 2642 وللبند 1.5 من الاتفاق.</p></body></html>';
    const { text } = await fromPdf(await printer.print({ html, header: '', numbers: 'none' }));
    expect(text.replace(/\s+/g, ' ').trim()).toBe('في الفترة 2024-2025 وفقا للقرارين 2254 2642 وللبند 1.5 من الاتفاق.');
  });

    it('is told by its content and bounded by maxPages', async () => {
    const bytes = pdfs.get('en-a') as Uint8Array;
    expect((await importDocument(bytes)).source.format).toBe('pdf');
    await expect(fromPdf(bytes, { maxPages: 1 })).rejects.toThrow(/has \d+ pages, more than the 1 read at most \(options\.maxPages\)/);
    await expect(fromPdf(bytes, { maxPages: 0 })).rejects.toThrow(RangeError);
  });

  it('is read by the CLI by its content: a PDF against the clean text of its round has no substantive change', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cd-pdf-'));
    const pdf = join(dir, 'round.bin');
    writeFileSync(pdf, pdfs.get('ar-a') as Uint8Array);
    const clean = join(dir, 'round.txt');
    writeFileSync(clean, exampleRound('ar', 'a'));
    let stderr = '';
    const code = await main([clean, pdf], { stdin: (async function* () {})(), stdout: () => {}, stderr: (t) => (stderr += t), version: '0' });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  });

  it('refuses a truncated, an encrypted, a textless and a non-PDF file with what is wrong', async () => {
    const bytes = pdfs.get('ru-a') as Uint8Array;
    await expect(fromPdf(bytes.slice(0, Math.floor(bytes.length / 3)))).rejects.toThrow(DocumentError);
    await expect(fromPdf(handMadePdf(true))).rejects.toThrow(new DocumentError('is encrypted: it needs a password (options.password)'));
    await expect(fromPdf(handMadePdf(false))).rejects.toThrow(/has no text to read: its pages are images/);
    await expect(fromPdf(new TextEncoder().encode('not a pdf'))).rejects.toThrow(new DocumentError('is not a PDF: it does not start with %PDF'));
    await expect(fromPdf(new Uint8Array())).rejects.toThrow(new DocumentError('is empty (0 bytes)'));
  });
});
