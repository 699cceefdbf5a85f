/**
 * The HTML report of a comparison across languages in a real browser
 * (Debian's chromium, driven by playwright-core): two columns a change, side
 * by side, the Arabic one laid out right to left and the English one left to
 * right, plain text in both; the items a press report leaves out marked. Screenshots are left
 * in test-output/ for a person to look at. As in browser.test.ts, CI
 * installs chromium; elsewhere the suite is skipped when it is missing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, chromiumAvailable, launchChromium } from '../../bench/eval/pdf-maker.js';
import { renderHtml } from '../../src/core.js';
import type { CommuniqueDiff, ReportOptions } from '../../src/core.js';
import { enAr, enReport, enRu } from './across-texts.js';

const available = chromiumAvailable;
if (!available && process.env.CI) throw new Error(`chromium not found at ${CHROMIUM}: .ci/run must install it`);
const out = fileURLToPath(new URL('../../test-output/', import.meta.url));

/** What the page lays out for each change: its columns' language, computed direction, box, and what marks them. */
interface Laid {
  columns: Array<{ lang: string | null; direction: string; textAlign: string; left: number; right: number; top: number; marks: number; text: string }>;
}

async function open(browser: Browser, diff: CommuniqueDiff, name: string, options: ReportOptions, width = 1200): Promise<{ page: Page; laid: Laid[] }> {
  const path = `${out}${name}.html`;
  writeFileSync(path, renderHtml(diff, options));
  const page = await browser.newPage({ viewport: { width, height: 1400 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pathToFileURL(path).href);
  expect(errors).toEqual([]);
  const laid = await page.$$eval('#redline article.change', (articles) =>
    articles.map((a) => ({
      columns: Array.from(a.querySelectorAll(':scope > .columns > .column')).map((c) => {
        const box = c.getBoundingClientRect();
        const style = getComputedStyle(c);
        return { lang: c.getAttribute('lang'), direction: style.direction, textAlign: style.textAlign, left: box.left, right: box.right, top: box.top, marks: c.querySelectorAll('del, ins').length, text: c.textContent ?? '' };
      }),
    })),
  );
  return { page, laid };
}

describe.skipIf(!available)('HTML report across languages in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
    mkdirSync(out, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('shows two columns a change side by side, Arabic right to left and English left to right, no marks, and leaves a screenshot', async () => {
    const diff = enAr();
    const { page, laid } = await open(browser, diff, 'report-across', { title: 'Joint statement: English and Arabic versions (illustrative)', oldLabel: 'Statement (English)', newLabel: 'Arabic version' });
    expect(laid).toHaveLength(diff.alignment.length);
    for (const { columns } of laid) {
      expect(columns.map((c) => [c.lang, c.direction])).toEqual([
        ['en', 'ltr'],
        ['ar', 'rtl'],
      ]);
      const [en, ar] = columns as [Laid['columns'][number], Laid['columns'][number]];
      // Side by side: one row, the old version first where an English reader starts.
      expect(Math.abs(en.top - ar.top)).toBeLessThan(2);
      expect(en.right).toBeLessThanOrEqual(ar.left);
      expect(en.marks + ar.marks).toBe(0);
      expect(ar.text).toMatch(/[\u0600-\u06ff]/);
    }
    // The Arabic lines start at the column's right edge: the first word of the paragraph is at its right.
    const firstWord = await page.evaluate(() => {
      const p = document.querySelector('#redline .column.new p') as HTMLElement;
      const range = document.createRange();
      const text = p.firstChild as Text;
      range.setStart(text, 0);
      range.setEnd(text, text.data.indexOf(' '));
      const word = range.getBoundingClientRect();
      return { word: word.right, column: p.getBoundingClientRect().right };
    });
    expect(Math.abs(firstWord.column - firstWord.word)).toBeLessThan(2);
    expect(await page.locator('.view-switch').count()).toBe(0);
    expect(await page.locator('#redline .numbers').first().textContent()).toBe('numbers: 2254 → ٢٢٤٥');
    await page.screenshot({ path: `${out}report-across.png`, fullPage: true });
    await page.locator('#p-4').screenshot({ path: `${out}report-across-numbers.png` });
    await page.close();
  }, 60_000);

  it('in an Arabic report puts the old version on the right, and in Russian keeps both columns left to right', async () => {
    const arabic = await open(browser, enAr(), 'report-across-ar', { locale: 'ar' });
    for (const { columns } of arabic.laid) {
      const [en, ar] = columns as [Laid['columns'][number], Laid['columns'][number]];
      expect([en.direction, ar.direction]).toEqual(['ltr', 'rtl']);
      expect(ar.right).toBeLessThanOrEqual(en.left);
    }
    await arabic.page.screenshot({ path: `${out}report-across-ar.png`, fullPage: false });
    await arabic.page.close();
    const russian = await open(browser, enRu(), 'report-across-ru', { locale: 'ru' });
    for (const { columns } of russian.laid) expect(columns.map((c) => [c.lang, c.direction, c.marks])).toEqual([['en', 'ltr', 0], ['ru', 'ltr', 0]]);
    await russian.page.close();
  }, 60_000);

  it('marks the items a press report leaves out, and leaves a screenshot', async () => {
    const diff = enReport();
    const { page, laid } = await open(browser, diff, 'report-across-press', { title: 'Statement and an Arabic press report of it (illustrative)', oldLabel: 'Statement', newLabel: 'Press report' });
    expect(laid.every((l) => l.columns.length === 2 && l.columns.every((c) => c.marks === 0))).toBe(true);
    const left = await page.locator('#redline .badge.k-left-out').count();
    expect(left).toBe(diff.coverage?.leftOut.length);
    expect(await page.locator('ol.left-out li').count()).toBe(left);
    const note = page.locator('#redline .column.new .absent').first();
    expect(await note.textContent()).toBe('not in the report');
    // The note is in the interface language, left to right, inside the right-to-left Arabic column.
    expect(await note.evaluate((e) => getComputedStyle(e.querySelector('bdi') as Element).direction)).toBe('ltr');
    await page.screenshot({ path: `${out}report-across-press.png`, fullPage: true });
    await page.close();
  }, 60_000);
});
