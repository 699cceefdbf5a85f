/**
 * The offline page (`communique-diff app`): its policy lets only its own
 * inline script run, and in a real browser (Debian's chromium, driven by
 * playwright-core, the network blocked) it compares pasted rounds as the
 * library does in Node, offers the three reports for download, keeps
 * Arabic right-to-left, and never runs or builds markup from pasted text.
 * The script is bundled here with esbuild as tsup bundles it (an IIFE for
 * the browser), so the test needs no build. CI installs chromium (.ci/run);
 * elsewhere the browser tests are skipped when it is missing.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { CHROMIUM, chromiumAvailable, launchChromium } from '../../bench/eval/pdf-maker.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPage, appPolicy } from '../../src/app/page.js';
import { APP_CLIENT_FILE, renderApp, scriptDigest } from '../../src/app/write.js';
import { diffCommuniques, diffSeries, renderHtml, renderMarkdown, toJSON } from '../../src/index.js';
import { fromDocx, fromHtml } from '../../src/import/index.js';
import { docxOf, newsPage } from '../../bench/eval/documents.js';

const available = chromiumAvailable;
if (!available && process.env.CI) throw new Error(`chromium not found at ${CHROMIUM}: .ci/run must install it`);
const root = fileURLToPath(new URL('../../', import.meta.url));
const out = `${root}test-output/`;
const round = (name: string): string => readFileSync(`${root}examples/rounds/${name}`, 'utf8');

/** The browser script, bundled as tsup.config.ts bundles it into dist/app-client.js. */
async function bundleClient(): Promise<string> {
  const result = await build({
    entryPoints: [`${root}src/app/client.ts`],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

const XSS = ['<img src=x onerror="window.__xss=1">', '<script>window.__xss=2</script>', '<svg onload="window.__xss=3">', '<a href="javascript:window.__xss=4">x</a>'];

let client: string;
let html: string;
beforeAll(async () => {
  client = await bundleClient();
  html = renderApp(client);
  mkdirSync(out, { recursive: true });
  writeFileSync(`${out}app.html`, html);
}, 60_000);

describe('the offline page', () => {
  it('inlines the client in its one script, allowed by its SHA-256 hash and nothing else', () => {
    const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    const [whole, body] = scripts[0] as unknown as [string, string];
    expect(whole.startsWith('<script>')).toBe(true);
    expect(body === client, 'the script is the client, unchanged').toBe(true);
    const hash = createHash('sha256').update(body, 'utf8').digest('base64');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(csp?.split('; ').sort()).toEqual(
      [`script-src 'sha256-${hash}'`, "default-src 'none'", "style-src 'unsafe-inline'", 'img-src data:', "connect-src 'none'", "form-action 'none'", "base-uri 'none'"].sort(),
    );
    // The policy is the first thing the head says after the charset: nothing loads before it.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
    // The markup loads nothing: no src or href but fragments.
    const markup = html.replace(/<script>[\s\S]*<\/script>/, '');
    expect(markup.match(/\b(?:src|href)=\S*/g)).toBeNull();
    expect(APP_CLIENT_FILE).toBe('app-client.js');
  });

  it('has the controls the CLI documents, and says which files it does not read', () => {
    for (const id of ['compare', 'report', 'add-round', 'open-files', 'view-inline', 'view-sbs', 'hide-unchanged', 'locale', 'download-html', 'download-md', 'download-json']) {
      expect(html.includes(`data-testid="${id}"`), id).toBe(true);
    }
    expect(/<iframe [^>]*sandbox=""/.test(html)).toBe(true);
    expect(/PDFs are not read here/.test(html)).toBe(true);
  });

  it('refuses a script it cannot inline unchanged, and hashes what the browser will read', () => {
    expect(() => appPage('x="</script>"', scriptDigest('x'))).toThrow(RangeError);
    expect(() => appPage('x="<!--"', scriptDigest('x'))).toThrow(RangeError);
    expect(() => appPage('x=1', 'not-a-hash')).toThrow(RangeError);
    expect(() => renderApp(1 as unknown as string)).toThrow(TypeError);
    // The HTML parser reads CR LF as LF: so does the hash.
    expect(renderApp('a=1;\r\nb=2;')).toBe(renderApp('a=1;\nb=2;'));
    expect(renderApp('a=1;\r\nb=2;')).toContain(`'sha256-${scriptDigest('a=1;\nb=2;')}'`);
    expect(appPolicy(scriptDigest(''))).toContain("script-src 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
});

describe.skipIf(!available)('the offline page in headless Chromium, offline', () => {
  let browser: Browser;
  const url = pathToFileURL(`${out}app.html`).href;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  interface Session {
    context: BrowserContext;
    page: Page;
    requests: string[];
    errors: string[];
    console: string[];
  }

  /** The page in a fresh context with every request but the page's file aborted, and every request, page error and console error recorded. */
  async function open(viewport = { width: 1280, height: 1000 }): Promise<Session> {
    const context = await browser.newContext({ viewport, acceptDownloads: true });
    const requests: string[] = [];
    const errors: string[] = [];
    const consoleErrors: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    await context.route('**', (route) => (route.request().url() === url ? route.continue() : route.abort()));
    // Init scripts are not subject to the page's policy: record any violation it reports.
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        const w = window as unknown as { __csp?: string[] };
        (w.__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') consoleErrors.push(m.text());
    });
    await page.goto(url);
    return { context, page, requests, errors, console: consoleErrors };
  }

  const reportFrame = async (page: Page): Promise<Frame> => {
    const frame = await (await page.$('[data-testid="report"]'))?.contentFrame();
    if (!frame) throw new Error('no report frame');
    return frame;
  };

  /** Paste the rounds (adding rounds after the second), compare, and wait for the report. */
  async function compare(page: Page, texts: string[], labels: string[] = []): Promise<void> {
    const ids = texts.map((_, i) => (i === 0 ? 'old' : i === 1 ? 'new' : `round-${i + 1}`));
    for (let i = 2; i < texts.length; i++) if ((await page.locator(`[data-testid="${ids[i]}"]`).count()) === 0) await page.click('[data-testid="add-round"]');
    for (const [i, text] of texts.entries()) await page.fill(`[data-testid="${ids[i]}"]`, text);
    for (const [i, label] of labels.entries()) await page.fill(`[data-testid="${ids[i]}-label"]`, label);
    await page.click('[data-testid="compare"]');
    await page.waitForFunction(() => {
      const s = document.querySelector('[data-testid="status"]')?.textContent ?? '';
      return s !== '' && !s.startsWith('Comparing');
    });
    await page.frameLocator('[data-testid="report"]').locator('h1').waitFor();
  }

  const KIND = (k: string): string => k.charAt(0).toUpperCase() + k.slice(1);

  it('compares two English rounds as the library does in Node, switches the view, hides unchanged paragraphs, offers the three reports, and leaves a screenshot', async () => {
    const [a, b] = [round('en-round-a.txt'), round('en-round-b.txt')];
    const diff = diffCommuniques(a, b);
    const summary = toJSON(diff).summary;
    const changes = diff.commitments.filter((c) => c.kind !== 'unchanged');
    const { page, context, requests, errors, console: consoleErrors } = await open();
    await compare(page, [a, b]);
    const report = page.frameLocator('[data-testid="report"]');

    expect(await page.textContent('[data-testid="status"]')).toBe(
      `${diff.old.paragraphs.length} → ${diff.new.paragraphs.length} paragraphs; ${diff.alignment.filter((c) => c.kind !== 'unchanged').length} paragraph changes, ${changes.length} commitment changes.`,
    );
    // The frame shows the library's own report, as renderHtml writes it in Node.
    expect((await page.$eval('[data-testid="report"]', (f) => (f as HTMLIFrameElement).srcdoc)) === renderHtml(diff, { oldLabel: 'old', newLabel: 'new', hideUnchanged: false, view: 'inline' })).toBe(true);
    expect(await report.locator('header .meta').first().textContent()).toBe(`old → new · ${diff.old.paragraphs.length} → ${diff.new.paragraphs.length} paragraphs`);
    // The count tables, as toJSON counts in Node.
    const tables = await report.locator('table.counts').evaluateAll((ts) => ts.map((t) => [...t.querySelectorAll('tr')].map((r) => [r.querySelector('th')?.textContent, Number(r.querySelector('td')?.textContent)])));
    expect(tables).toEqual([Object.entries(summary.paragraphs).map(([k, n]) => [KIND(k), n]), Object.entries(summary.commitments).map(([k, n]) => [KIND(k), n])]);
    // Each commitment change, with its kind and the words of the commitment, as diffCommuniques finds them.
    const listed = await report.locator('ol.commitments > li').evaluateAll((lis) => lis.map((li) => [li.querySelector('.badge')?.textContent, li.textContent]));
    expect(listed.map(([kind]) => kind).sort()).toEqual(changes.map((c) => KIND(c.kind)).sort());
    for (const c of changes) {
      const words = [c.old?.text, c.new?.text].filter((t): t is string => t !== undefined);
      expect(listed.some(([kind, text]) => kind === KIND(c.kind) && words.every((w) => text?.includes(w))), `${c.kind} ${words.join(' / ')}`).toBe(true);
    }
    expect(changes.some((c) => c.kind === 'dropped' && c.old?.predicate === 'demand')).toBe(true);
    expect(changes.some((c) => c.kind === 'softened' && c.new?.predicate === 'express-concern')).toBe(true);
    expect(await report.locator('.change').count()).toBe(diff.alignment.length);
    expect(await report.locator('.change .inline').count()).toBe(diff.alignment.length);
    expect(await report.locator('.sbs').count()).toBe(0);
    await page.screenshot({ path: `${out}app-en.png`, fullPage: true });

    // Side by side: the frame is rendered again with the other redline.
    await page.click('[data-testid="view-sbs"]');
    await report.locator('.sbs').first().waitFor();
    expect(await report.locator('.change .sbs').count()).toBe(diff.alignment.length);
    expect(await report.locator('.inline').count()).toBe(0);
    await report.locator('.change').first().scrollIntoViewIfNeeded();
    await page.locator('[data-testid="report"]').screenshot({ path: `${out}app-en-side-by-side.png` });

    // Hiding unchanged paragraphs keeps the moved one.
    await page.check('[data-testid="hide-unchanged"]');
    const shown = diff.alignment.filter((c) => c.kind !== 'unchanged').length;
    await expect.poll(() => report.locator('.change').count()).toBe(shown);
    expect(shown).toBeLessThan(diff.alignment.length);
    expect(await report.locator('.sbs').count()).toBe(shown);

    // The report's language: Arabic words on a right-to-left page, re-rendered in the frame.
    await page.selectOption('[data-testid="locale"]', 'ar');
    await expect.poll(() => report.locator('h2#summary-title').textContent(), { timeout: 15_000 }).toBe('الخلاصة');
    expect(await report.locator('html').getAttribute('dir')).toBe('rtl');
    await page.selectOption('[data-testid="locale"]', 'en');
    await expect.poll(() => report.locator('h2#summary-title').textContent(), { timeout: 15_000 }).toBe('Summary');

    // The downloads: object URLs with file names, and the texts Node writes.
    const links = await page.$$eval('.downloads a', (as) => as.map((a) => [a.getAttribute('data-testid'), (a as HTMLAnchorElement).href.slice(0, 5), (a as HTMLAnchorElement).download]));
    expect(links).toEqual([
      ['download-html', 'blob:', 'old--new.html'],
      ['download-md', 'blob:', 'old--new.md'],
      ['download-json', 'blob:', 'old--new.json'],
    ]);
    const fetched = async (id: string): Promise<string> => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid="${id}"]`)]);
      return readFileSync((await download.path()) as string, 'utf8');
    };
    expect(await fetched('download-md')).toBe(renderMarkdown(diff, { oldLabel: 'old', newLabel: 'new', hideUnchanged: true }));
    expect(JSON.parse(await fetched('download-json'))).toEqual(JSON.parse(JSON.stringify(toJSON(diff))));
    const downloaded = await fetched('download-html');
    expect(downloaded).toMatch(/^<!doctype html>/);
    expect(downloaded).toContain('class="sbs"');

    // Nothing but the page itself was requested.
    expect(requests).toEqual([url]);
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp)).toBeUndefined();
    await context.close();
  }, 60_000);

  it('shows pasted markup as text in pairs, labels and series: nothing runs, no element is made, and the policy never has to step in', async () => {
    const hostile = (text: string, n: number): string => `${text}\n\n${n}. Reaffirmed their commitment ${XSS.join(' ')} to the process.`;
    const texts = [hostile(round('en-round-a.txt'), 14), hostile(round('en-round-b.txt'), 14).replace('Reaffirmed their commitment <img', 'Noted <img'), hostile(round('en-round-c.txt'), 13)];
    const { page, context, requests, errors, console: consoleErrors } = await open();

    const check = async (): Promise<void> => {
      const frame = await reportFrame(page);
      for (const f of [page.mainFrame(), frame]) {
        expect(await f.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
        expect(await f.locator('img, iframe iframe, [onerror], [onload], a[href^="javascript:"], svg[onload]').count()).toBe(0);
        expect(await f.evaluate(() => (window as unknown as { __csp?: string[] }).__csp)).toBeUndefined();
      }
      // The page's one script is its own; the report has none.
      expect(await page.locator('script').count()).toBe(1);
      expect(await frame.locator('script').count()).toBe(0);
      const shown = (await frame.locator('body').textContent()) as string;
      for (const payload of XSS) expect(shown).toContain(payload);
    };

    // Two rounds, the payload in the texts and in the labels.
    await compare(page, texts.slice(0, 2), [XSS[0] as string, XSS[1] as string]);
    await check();
    expect(await page.frameLocator('[data-testid="report"]').locator('header .meta').first().textContent()).toContain(`${XSS[0]} → ${XSS[1]}`);
    expect(await page.inputValue('[data-testid="old"]')).toBe(texts[0]);
    // The other view, and the downloads' names: no markup gets through either.
    await page.click('[data-testid="view-sbs"]');
    await page.frameLocator('[data-testid="report"]').locator('.sbs').first().waitFor();
    await check();
    const names = await page.$$eval('.downloads a', (as) => as.map((a) => (a as HTMLAnchorElement).download));
    for (const name of names) expect(name).not.toMatch(/[<>"/\\]/);

    // A series of three, the payload in a label too.
    await compare(page, texts, [XSS[2] as string, XSS[3] as string, `${XSS[0]} 3`]);
    await page.frameLocator('[data-testid="report"]').locator('.commitments-timeline').waitFor();
    await check();

    // The status line is text as well.
    await page.fill('[data-testid="new"]', '');
    await page.fill('[data-testid="new-label"]', XSS[1] as string);
    await page.click('[data-testid="compare"]');
    expect(await page.textContent('[data-testid="status"]')).toMatch(/new round is empty/);
    await check();

    expect(requests).toEqual([url]);
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 60_000);

  it('keeps Arabic right-to-left, in the boxes and in the report, and leaves a screenshot', async () => {
    const [a, b] = [round('ar-round-a.txt'), round('ar-round-b.txt')];
    const diff = diffCommuniques(a, b);
    const { page, context, requests, errors } = await open();
    await compare(page, [a, b], ['الجولة أ', 'الجولة ب']);
    expect(await page.$$eval('textarea', (ts) => ts.map((t) => getComputedStyle(t).direction))).toEqual(['rtl', 'rtl']);
    const frame = await reportFrame(page);
    const directions = await frame.$$eval('.inline[lang="ar"], blockquote[lang="ar"]', (els) => els.map((e) => getComputedStyle(e).direction));
    expect(directions.length).toBeGreaterThanOrEqual(diff.alignment.length);
    expect(new Set(directions)).toEqual(new Set(['rtl']));
    expect(await frame.locator('.change').count()).toBe(diff.alignment.length);
    expect(await page.$$eval('.downloads a', (as) => as.map((a) => (a as HTMLAnchorElement).download))).toEqual(['الجولة أ--الجولة ب.html', 'الجولة أ--الجولة ب.md', 'الجولة أ--الجولة ب.json']);
    await page.screenshot({ path: `${out}app-ar.png` });
    expect(requests).toEqual([url]);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('compares a series of three rounds as diffSeries does, and removes a round again', async () => {
    const texts = [round('en-round-a.txt'), round('en-round-b.txt'), round('en-round-c.txt')];
    const series = diffSeries([{ label: 'old', text: texts[0] as string }, { label: 'new', text: texts[1] as string }, texts[2] as string]);
    const { page, context, requests, errors } = await open();
    await compare(page, texts);
    const report = page.frameLocator('[data-testid="report"]');
    expect(await report.locator('h1').textContent()).toBe('Communiqué series report');
    expect(await report.locator('h2[id^="pair-"]').allTextContents()).toEqual(series.labels.slice(1).map((l, i) => `${series.labels[i]} → ${l}`));
    expect(await page.textContent('[data-testid="status"]')).toBe(
      `3 rounds, 2 comparisons; ${series.commitments.filter((h) => h.events.length > 0).length} of ${series.commitments.length} commitments changed along the series.`,
    );
    expect(await report.locator('.commitments-timeline svg rect.bar').count()).toBeGreaterThan(0);
    expect(await page.$eval('[data-testid="download-json"]', (a) => (a as HTMLAnchorElement).download)).toBe('series--old--Round 3.json');

    // Back to two rounds: a pair again.
    await page.click('[data-testid="round-3-remove"]');
    expect(await page.locator('textarea').count()).toBe(2);
    expect(await page.textContent('[data-testid="status"]')).toMatch(/press Compare/);
    await page.click('[data-testid="compare"]');
    await expect.poll(() => report.locator('h1').textContent()).toBe('Communiqué change report');
    expect(requests).toEqual([url]);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('reads .txt, .docx and .html files from the picker and from a drop, in the order of their names, and says why it does not read a PDF', async () => {
    const { page, context, requests, errors } = await open();
    const [a, b, c] = [round('en-round-a.txt'), round('en-round-b.txt'), round('en-round-c.txt')];
    await page.setInputFiles('[data-testid="open-files"]', [
      { name: 'round-10.txt', mimeType: 'text/plain', buffer: Buffer.from(b) },
      { name: 'round-9.txt', mimeType: 'text/plain', buffer: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(a)]) },
      { name: 'round-11.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n') },
    ]);
    await expect.poll(() => page.inputValue('[data-testid="new"]')).toBe(b);
    expect(await page.inputValue('[data-testid="old"]')).toBe(a);
    expect([await page.inputValue('[data-testid="old-label"]'), await page.inputValue('[data-testid="new-label"]')]).toEqual(['round-9', 'round-10']);
    expect(await page.textContent('[data-testid="status"]')).toMatch(/round-11\.pdf is a PDF: this page reads \.txt, \.docx and \.html files/);

    // A Word file and a news page are read as the command-line tool reads them.
    const ar = [round('ar-round-a.txt'), round('ar-round-b.txt')];
    await page.setInputFiles('[data-testid="open-files"]', [
      { name: 'a.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(docxOf(ar[0] as string, 'ar')) },
      { name: 'b.html', mimeType: 'text/html', buffer: Buffer.from(newsPage(ar[1] as string, 'ar')) },
    ]);
    // (Reading a Word file and a page in a loaded machine's browser can take more than a second.)
    await expect.poll(() => page.inputValue('[data-testid="old"]'), { timeout: 15_000 }).toBe(fromDocx(docxOf(ar[0] as string, 'ar')).text);
    await expect.poll(() => page.inputValue('[data-testid="new"]'), { timeout: 15_000 }).toBe(fromHtml(newsPage(ar[1] as string, 'ar')).text);
    await page.setInputFiles('[data-testid="open-files"]', [
      { name: 'round-9.txt', mimeType: 'text/plain', buffer: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(a)]) },
      { name: 'round-10.txt', mimeType: 'text/plain', buffer: Buffer.from(b) },
    ]);
    await expect.poll(() => page.inputValue('[data-testid="new"]'), { timeout: 15_000 }).toBe(b);

    // A file dropped on a round's box fills that round; several dropped on the page fill the rounds from the first.
    const drop = async (selector: string, files: Array<{ name: string; text: string }>): Promise<void> => {
      await page.evaluate(
        ([sel, list]) => {
          const data = new DataTransfer();
          for (const f of list as Array<{ name: string; text: string }>) data.items.add(new File([f.text], f.name, { type: 'text/plain' }));
          document.querySelector(sel as string)?.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
        },
        [selector, files] as const,
      );
    };
    await page.click('[data-testid="add-round"]');
    await drop('[data-testid="round-3"]', [{ name: 'round-11.txt', text: c }]);
    await expect.poll(() => page.inputValue('[data-testid="round-3"]')).toBe(c);
    expect(await page.inputValue('[data-testid="round-3-label"]')).toBe('round-11');
    await drop('h1', [
      { name: 'b.txt', text: a },
      { name: 'a.txt', text: c },
    ]);
    await expect.poll(() => page.inputValue('[data-testid="old"]')).toBe(c);
    expect(await page.inputValue('[data-testid="new"]')).toBe(a);
    expect(page.url()).toBe(url);
    expect(requests).toEqual([url]);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});
