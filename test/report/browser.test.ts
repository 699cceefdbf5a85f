/**
 * The HTML report in a real browser (Debian's chromium, driven by
 * playwright-core): Arabic blocks are right-to-left, a script smuggled into
 * the input does not run, and a screenshot is left for a person to look at.
 * CI installs chromium (.ci/run); elsewhere the suite is skipped when it is
 * missing, and says so.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Browser } from 'playwright-core';
import { CHROMIUM, chromiumAvailable, launchChromium } from '../../bench/eval/pdf-maker.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffCommuniques, diffSeries, renderHtml, renderSeriesHtml } from '../../src/index.js';
import { asPdfCopy } from '../../bench/eval/published.js';
import { exampleRound, SEED } from '../support/fixtures.js';
import { seedNextRound } from '../support/rounds.js';
import { seedSeries } from '../support/series.js';

const available = chromiumAvailable;
if (!available && process.env.CI) throw new Error(`chromium not found at ${CHROMIUM}: .ci/run must install it`);
const out = fileURLToPath(new URL('../../test-output/', import.meta.url));

const XSS = [
  '<script>window.__xss = "script"</script>',
  '<img src=x onerror="window.__xss = \'img\'">',
  '<a href="javascript:window.__xss=\'link\'">click</a>',
  '<svg onload="window.__xss = \'svg\'"></svg>',
  '\u202Ewindow.__xss\u202C',
].join(' ');

describe.skipIf(!available)('HTML report in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
    mkdirSync(out, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('renders Arabic right-to-left, runs no injected script, and leaves a screenshot', async () => {
    const hostile = `${seedNextRound()}\nوأكد البيان ${XSS} التزامه.`;
    const path = `${out}report-seed.html`;
    writeFileSync(path, renderHtml(diffCommuniques(SEED, hostile), { title: 'Round 20 → derived round 21 (illustrative)', oldLabel: 'Round 20', newLabel: 'Round 21' }));
    const page = await browser.newPage({ viewport: { width: 1200, height: 1600 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pathToFileURL(path).href);
    // Click the link the payload tried to make, if the browser had made one.
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
    expect(await page.locator('script').count()).toBe(0);
    expect(errors).toEqual([]);

    const directions = await page.$$eval('.inline[lang="ar"], blockquote[lang="ar"]', (els) => els.map((e) => getComputedStyle(e).direction));
    expect(directions.length).toBeGreaterThan(10);
    expect(new Set(directions)).toEqual(new Set(['rtl']));
    // The payload shows as text.
    expect(await page.locator('text=<script>window.__xss').count()).toBeGreaterThan(0);

    await page.screenshot({ path: `${out}report-seed.png`, fullPage: false });
    await page.click('label[for="view-sbs"]');
    expect(await page.locator('.sbs').first().isVisible()).toBe(true);
    expect(await page.locator('.inline').first().isVisible()).toBe(false);
    await page.locator('#redline').screenshot({ path: `${out}report-seed-side-by-side.png` });
    await page.close();
  }, 60_000);

  it('shows the layout of a PDF copy dimmed, inside a paragraph cut by a page break and in its own section, and leaves a screenshot', async () => {
    const copy = (t: string) => asPdfCopy(t, { width: 70, pageLines: 9, header: 'الجولة العشرون', pageNumber: (n, total) => `${n}/${total}`, hyphenate: false });
    const path = `${out}report-layout.html`;
    writeFileSync(path, renderHtml(diffCommuniques(copy(exampleRound('ar', 'a')), copy(exampleRound('ar', 'b'))), { title: 'Arabic rounds as copied out of a PDF (illustrative)', oldLabel: 'Round A', newLabel: 'Round B' }));
    const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
    await page.goto(pathToFileURL(path).href);
    const inside = await page.$$eval('article .inline .layout', (els) => els.map((e) => [e.textContent, getComputedStyle(e).opacity]));
    expect(inside.length).toBeGreaterThan(0);
    for (const [, opacity] of inside) expect(Number(opacity)).toBeLessThan(1);
    expect(await page.locator('#layout details').count()).toBe(2);
    await page.locator('article:has(.layout)').first().screenshot({ path: `${out}report-layout-paragraph.png` });
    await page.close();
  }, 60_000);

  it('draws the series timeline with SVG bars whose links reach the pair redlines, Arabic right-to-left, and leaves a screenshot', async () => {
    const rounds = seedSeries().map((text, i) => ({ label: `Round ${20 + i}`, text }));
    rounds[2] = { label: `Round 22 ${XSS}`, text: `${rounds[2]!.text}\nوأكد البيان ${XSS} التزامه.` };
    const path = `${out}series-seed.html`;
    writeFileSync(path, renderSeriesHtml(diffSeries(rounds), { title: 'Rounds 20–24 derived from the seed (illustrative)', hideSteady: true }));
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pathToFileURL(path).href);
    expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
    expect(await page.locator('script').count()).toBe(0);
    expect(errors).toEqual([]);

    const bars = await page.$$eval('.commitments-timeline svg rect.bar', (els) => els.map((e) => (e as SVGRectElement).getBBox().width));
    expect(bars.length).toBeGreaterThan(5);
    expect(bars.some((w) => w > 0)).toBe(true);
    const directions = await page.$$eval('.commitments-timeline td.about[lang="ar"]', (els) => els.map((e) => getComputedStyle(e).direction));
    expect(directions.length).toBeGreaterThan(3);
    expect(new Set(directions)).toEqual(new Set(['rtl']));
    await page.locator('#commitments').screenshot({ path: `${out}series-timeline.png` });

    // Following a mark lands on that pair's paragraph.
    const link = page.locator('.commitments-timeline td.k-dropped a').first();
    const href = (await link.getAttribute('href')) as string;
    expect(href).toMatch(/^#pair-\d+(-p-\d+)?$/);
    await link.click();
    expect(await page.evaluate(() => location.hash)).toBe(href);
    const target = page.locator(href);
    expect(await target.count()).toBe(1);
    expect(await target.isVisible()).toBe(true);
    const box = await target.boundingBox();
    expect(box && box.y >= -1 && box.y < 1000).toBe(true);
    await page.close();
  }, 60_000);
});
