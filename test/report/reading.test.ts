/**
 * What a reader of the HTML report sees, measured in a real browser (Debian's
 * chromium, driven by playwright-core) with the DOM Range API: an Arabic
 * quotation inside an English line keeps its words right to left between
 * quotation marks at its outer edges, round labels stand on the right side of
 * the arrow for the page's direction, a deleted and an inserted run stand
 * apart by a margin that copying does not pick up, a word written differently
 * shows its old form without copying it, and side by side follows the
 * document's direction. Screenshots of the seed pair in each interface
 * language are left for a person to look at. As in browser.test.ts, CI
 * installs chromium (.ci/run); elsewhere the suite is skipped when it is missing.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Browser, type Locator, type Page } from 'playwright-core';
import { CHROMIUM, chromiumAvailable, launchChromium } from '../../bench/eval/pdf-maker.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffCommuniques, renderHtml } from '../../src/index.js';
import type { ReportOptions } from '../../src/index.js';
import { SEED } from '../support/fixtures.js';
import { seedNextRound } from '../support/rounds.js';

const available = chromiumAvailable;
if (!available && process.env.CI) throw new Error(`chromium not found at ${CHROMIUM}: .ci/run must install it`);
const out = fileURLToPath(new URL('../../test-output/', import.meta.url));

/** A box on screen, in CSS pixels. */
interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** A word (or a quotation mark) of a line, as laid out: `quote` is the index of the quotation (`<bdi>`) it is inside, or -1. */
interface Token extends Box {
  text: string;
  quote: number;
}

/** What `measure` finds in a line: its words in logical order, and the boxes of each quotation (one a line it is on). */
interface Line {
  tokens: Token[];
  quotes: Box[][];
}

/**
 * Runs in the page: the words of `el` in logical (DOM) order, each with the
 * box the Range API gives for it, and the boxes of each `<bdi>` (a quotation
 * or a label), one a line. Outside a `<bdi>` each quotation mark is a token of its own.
 * Self-contained: playwright sends its source to the page.
 */
function measure(el: Element): Line {
  const bdis = Array.from(el.querySelectorAll('bdi'));
  // A box a line: the fragments of a <bdi> on one line (an Arabic word and a number are two) merged.
  const quotes = bdis.map((b) => {
    const lines: Box[] = [];
    for (const r of Array.from(b.getClientRects())) {
      const same = lines.find((l) => Math.min(l.bottom, r.bottom) - Math.max(l.top, r.top) > 0.5 * Math.min(l.bottom - l.top, r.height));
      if (!same) lines.push({ left: r.left, right: r.right, top: r.top, bottom: r.bottom });
      else Object.assign(same, { left: Math.min(same.left, r.left), right: Math.max(same.right, r.right), top: Math.min(same.top, r.top), bottom: Math.max(same.bottom, r.bottom) });
    }
    return lines;
  });
  const tokens: Token[] = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    const owner = node.parentElement?.closest('bdi');
    const quote = owner && el.contains(owner) ? bdis.indexOf(owner) : -1;
    const re = quote >= 0 ? /\S+/g : /[“”«»]|[^\s“”«»]+/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0);
      const left = Math.min(...rects.map((r) => r.left));
      const right = Math.max(...rects.map((r) => r.right));
      const top = Math.min(...rects.map((r) => r.top));
      const bottom = Math.max(...rects.map((r) => r.bottom));
      tokens.push({ text: m[0], quote, left, right, top, bottom });
    }
  }
  return { tokens, quotes };
}

/** Runs in the page: the boxes of each character of `el`'s text, in logical order, with the character. */
function characters(el: Element): Array<Box & { ch: string }> {
  const boxes: Array<Box & { ch: string }> = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    for (let i = 0; i < text.length; i++) {
      if (/\s/.test(text[i] ?? '')) continue;
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const r = range.getBoundingClientRect();
      boxes.push({ ch: text[i] ?? '', left: r.left, right: r.right, top: r.top, bottom: r.bottom });
    }
  }
  return boxes;
}

// Half a pixel of rounding between boxes that touch.
const EPS = 0.5;
const sameLine = (a: Box, b: Box): boolean => Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5 * Math.min(a.bottom - a.top, b.bottom - b.top);
const show = (t: Token): string => `${t.text}@${t.left.toFixed(1)}–${t.right.toFixed(1)}`;

/**
 * What is wrong with the visual order of quotation `q` of a left-to-right line
 * (an empty list when nothing is): the line's words before the opening mark are
 * left of it, left to right; the quotation's words inside its box, the first
 * rightmost (an Arabic quotation reads right to left); the marks at the outer
 * edges of the box, touching it; the words after the closing mark right of it.
 * A quotation the paragraph wraps has a box on each line: then its words read
 * right to left within each line's box, the opening mark at the left edge of
 * the first, the closing mark at the right edge of the last. Words of the
 * paragraph on other lines than the marks are left out.
 */
function quotationProblems(line: Line, q: number): string[] {
  const problems: string[] = [];
  const { tokens } = line;
  const boxes = line.quotes[q] ?? [];
  const first = tokens.findIndex((t) => t.quote === q);
  let last = -1;
  tokens.forEach((t, i) => {
    if (t.quote === q) last = i;
  });
  const open = tokens[first - 1];
  const close = tokens[last + 1];
  if (first < 0 || !open || !close || boxes.length === 0) return [`quotation ${q} or its marks not found`];
  if (!/^[“«]$/.test(open.text) || !/^[”»]$/.test(close.text)) problems.push(`marks around quotation ${q}: ${open.text} … ${close.text}`);
  const inside = tokens.slice(first, last + 1);
  const boxOf = (t: Box): Box | undefined => boxes.find((b) => sameLine(t, b));
  const span = (b: Box): string => `${b.left.toFixed(1)}–${b.right.toFixed(1)}`;
  const head = boxOf(inside[0] as Token);
  const tail = boxOf(inside[inside.length - 1] as Token);
  if (!head || !tail) return [`quotation ${q}: no box on the line of its first or last word`];
  // The marks at the outer edges of the quotation: on the line of its first (last) word, touching its box, outside it.
  if (!sameLine(open, head) || !(open.right <= head.left + EPS && head.left - open.right < 2)) problems.push(`opening ${show(open)} not at the left edge of the quotation ${span(head)}`);
  if (!sameLine(close, tail) || !(close.left >= tail.right - EPS && close.left - tail.right < 2)) problems.push(`closing ${show(close)} not at the right edge of the quotation ${span(tail)}`);
  for (const t of inside) {
    const box = boxOf(t);
    if (!box) problems.push(`${show(t)} is on no line of its quotation`);
    else if (t.left < box.left - EPS || t.right > box.right + EPS) problems.push(`${show(t)} outside its quotation's box ${span(box)}`);
    if (sameLine(t, open) && t.left < open.right - EPS) problems.push(`${show(t)} left of the opening mark`);
    if (sameLine(t, close) && t.right > close.left + EPS) problems.push(`${show(t)} right of the closing mark`);
  }
  // Right to left: each word left of the one before it on its line, or on a line below; the first word of each line at its right edge.
  for (let i = 1; i < inside.length; i++) {
    const [a, b] = [inside[i - 1] as Token, inside[i] as Token];
    if (sameLine(a, b) ? !(b.right <= a.left + EPS) : !(b.top >= a.bottom - EPS)) problems.push(`in the quotation, ${show(b)} does not follow ${show(a)} right to left`);
  }
  for (const box of boxes) {
    const here = inside.filter((t) => sameLine(t, box));
    if (here.length === 0) continue;
    const rightmost = here.reduce((m, t) => (t.right > m.right ? t : m));
    if (rightmost !== here[0]) problems.push(`the first word of the quotation on its line, ${show(here[0] as Token)}, is not rightmost (${show(rightmost)} is)`);
  }
  // The line's own words around it, left to right.
  const before: Token[] = [];
  for (let i = first - 2; i >= 0 && (tokens[i] as Token).quote === -1 && !/^[”»]$/.test((tokens[i] as Token).text); i--) before.unshift(tokens[i] as Token);
  const after: Token[] = [];
  for (let i = last + 2; i < tokens.length && (tokens[i] as Token).quote === -1 && !/^[“«]$/.test((tokens[i] as Token).text); i++) after.push(tokens[i] as Token);
  const beforeHere = before.filter((t) => sameLine(t, open));
  const afterHere = after.filter((t) => sameLine(t, close));
  for (const t of beforeHere) if (!(t.right <= open.left + EPS)) problems.push(`${show(t)} before the quotation is not left of ${show(open)}`);
  for (const t of afterHere) if (!(t.left >= close.right - EPS)) problems.push(`${show(t)} after the quotation is not right of ${show(close)}`);
  for (const run of [beforeHere, afterHere]) {
    for (let i = 1; i < run.length; i++) {
      const [a, b] = [run[i - 1] as Token, run[i] as Token];
      if (!(b.left >= a.right - EPS)) problems.push(`${show(b)} is not right of ${show(a)}`);
    }
  }
  return problems;
}

const horizontalGap = (a: Box, b: Box): number => Math.max(b.left - a.right, a.left - b.right);

describe.skipIf(!available)('what a reader sees in the HTML report (headless Chromium)', () => {
  let browser: Browser;
  const seedPair = () => diffCommuniques(SEED, seedNextRound());

  beforeAll(async () => {
    browser = await launchChromium();
    mkdirSync(out, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  /** A page showing `html`, written to test-output/`name` so that a failure can be looked at. */
  async function open(name: string, html: string, viewport = { width: 1200, height: 1600 }): Promise<Page> {
    const path = `${out}${name}`;
    writeFileSync(path, html);
    const page = await browser.newPage({ viewport });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pathToFileURL(path).href);
    expect(errors).toEqual([]);
    return page;
  }

  describe('an Arabic quotation in an English line reads right to left, between marks at its edges', () => {
    it('in the reason of the softened condemnation', async () => {
      const page = await open('reading-quotation.html', renderHtml(seedPair(), { oldLabel: 'Round 20', newLabel: 'Round 21' }));
      const li = page.locator('ul.reasons li').filter({ hasText: 'أدانوا' });
      expect(await li.count()).toBe(1);
      expect(await li.textContent()).toBe('act “أدانوا” (condemn) → “أعربوا عن قلقهم” (express concern): −2');
      const line = await li.evaluate(measure);
      expect(line.quotes.map((boxes) => boxes.length)).toEqual([1, 1]);
      // The reason is one line: every word left to right, or inside a quotation.
      expect(line.tokens.every((t) => sameLine(t, line.tokens[0] as Token))).toBe(true);
      expect(quotationProblems(line, 0)).toEqual([]);
      expect(quotationProblems(line, 1)).toEqual([]);
      // What the reader reads, left to right: the English in order, each quotation as a whole.
      const visual = [...line.tokens].sort((a, b) => a.left - b.left).map((t) => t.text);
      expect(visual).toEqual(['act', '“', 'أدانوا', '”', '(condemn)', '→', '“', 'قلقهم', 'عن', 'أعربوا', '”', '(express', 'concern):', '−2']);

      // Character by character: the letters of «أدانوا» run right to left inside the first quotation, the English outside it left to right.
      const chars = await li.evaluate(characters);
      const word = chars.slice(chars.findIndex((c) => c.ch === 'أ'), chars.findIndex((c) => c.ch === 'أ') + 'أدانوا'.length);
      expect(word.map((c) => c.ch).join('')).toBe('أدانوا');
      for (let i = 1; i < word.length; i++) expect((word[i] as Box).left).toBeLessThanOrEqual((word[i - 1] as Box).left + EPS);
      const act = chars.slice(0, 3);
      expect(act.map((c) => c.ch).join('')).toBe('act');
      for (let i = 1; i < act.length; i++) expect((act[i] as Box).left).toBeGreaterThan((act[i - 1] as Box).left);
      await page.close();
    }, 60_000);

    it('in the headline', async () => {
      const page = await open('reading-headline.html', renderHtml(seedPair(), { oldLabel: 'Round 20', newLabel: 'Round 21' }));
      const headline = page.locator('p.headline');
      const line = await headline.evaluate(measure);
      expect(line.quotes).toHaveLength(1);
      expect(line.tokens.filter((t) => t.quote === 0).map((t) => t.text)).toContain('الجماعات');
      expect(quotationProblems(line, 0)).toEqual([]);
      // The English before the quotation, on its line, reads left to right up to the opening mark.
      const open0 = line.tokens.findIndex((t) => t.quote === 0) - 1;
      expect(line.tokens.slice(0, open0).map((t) => t.text).join(' ')).toBe('Two commitments softened — one from condemn to express concern:');
      expect(line.tokens.slice(0, open0).every((t) => sameLine(t, line.tokens[open0] as Token))).toBe(true);
      await page.close();
    }, 60_000);

    it('in a Russian report too', async () => {
      const page = await open('reading-quotation-ru.html', renderHtml(seedPair(), { locale: 'ru', oldLabel: 'Раунд 20', newLabel: 'Раунд 21' }));
      const li = page.locator('ul.reasons li').filter({ hasText: 'أدانوا' });
      const line = await li.evaluate(measure);
      expect(quotationProblems(line, 0)).toEqual([]);
      expect(quotationProblems(line, 1)).toEqual([]);
      const headline = await page.locator('p.headline').evaluate(measure);
      expect(quotationProblems(headline, 0)).toEqual([]);
      await page.close();
    }, 60_000);

    it('and the check sees a quotation that is not isolated', async () => {
      // Negative control: the same line with the quotations' direction forced left to right must fail the check.
      const page = await open('reading-quotation-broken.html', renderHtml(seedPair(), { oldLabel: 'Round 20', newLabel: 'Round 21' }));
      await page.addStyleTag({ content: 'bdi { direction: ltr !important; unicode-bidi: bidi-override !important; }' });
      const line = await page.locator('ul.reasons li').filter({ hasText: 'أدانوا' }).evaluate(measure);
      expect(quotationProblems(line, 1)).not.toEqual([]);
      await page.close();
    }, 60_000);
  });

  describe('the round labels of the meta line stand on the side of the arrow the page reads from', () => {
    const labels = { oldLabel: 'الجولة 20', newLabel: 'الجولة 21' };

    /** The two labels' boxes, their words and the arrow's box. */
    async function metaLine(page: Page) {
      const meta = page.locator('header p.meta').first();
      const line = await meta.evaluate(measure);
      expect(line.quotes.map((boxes) => boxes.length)).toEqual([1, 1]);
      const arrowAt = line.tokens.findIndex((t) => t.quote === -1);
      const arrow = line.tokens[arrowAt] as Token;
      const words = (q: number) => line.tokens.filter((t) => t.quote === q);
      return { meta, line, arrow, first: line.quotes[0]?.[0] as Box, second: line.quotes[1]?.[0] as Box, words };
    }

    /** The words of a label read right to left: «الجولة» right of its number. */
    function expectArabicLabel(words: Token[], number: string): void {
      expect(words.map((t) => t.text)).toEqual(['الجولة', number]);
      const [word, n] = words as [Token, Token];
      expect(sameLine(word, n)).toBe(true);
      expect(n.right).toBeLessThanOrEqual(word.left + EPS);
    }

    it('in an English report: the first label left of →, the second right of it', async () => {
      const page = await open('reading-meta-en.html', renderHtml(seedPair(), labels));
      expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
      const { meta, arrow, first, second, words } = await metaLine(page);
      expect(await meta.evaluate((e) => getComputedStyle(e).direction)).toBe('ltr');
      expect(arrow.text).toBe('→');
      expect(first.right).toBeLessThanOrEqual(arrow.left + EPS);
      expect(second.left).toBeGreaterThanOrEqual(arrow.right - EPS);
      expect(sameLine(first, arrow) && sameLine(second, arrow)).toBe(true);
      expectArabicLabel(words(0), '20');
      expectArabicLabel(words(1), '21');
      await page.close();
    }, 60_000);

    it('in an Arabic report (a right-to-left page): the first label right of ←, the second left of it', async () => {
      const page = await open('reading-meta-ar.html', renderHtml(seedPair(), { ...labels, locale: 'ar' }));
      expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
      const { meta, arrow, first, second, words } = await metaLine(page);
      expect(await meta.evaluate((e) => getComputedStyle(e).direction)).toBe('rtl');
      expect(arrow.text).toBe('←');
      expect(first.left).toBeGreaterThanOrEqual(arrow.right - EPS);
      expect(second.right).toBeLessThanOrEqual(arrow.left + EPS);
      expect(sameLine(first, arrow) && sameLine(second, arrow)).toBe(true);
      expectArabicLabel(words(0), '20');
      expectArabicLabel(words(1), '21');
      await page.close();
    }, 60_000);
  });

  describe('a deleted run and the inserted run next to it stand apart, and copy as they are', () => {
    const pairs: Array<[string, string, string, 'en' | 'ar' | 'ru']> = [
      ['a number', 'The 20th meeting was held.', 'The 21st meeting was held.', 'en'],
      ['an Arabic word', 'عقد الاجتماع في أستانا يوم الثلاثاء.', 'عقد الاجتماع في جنيف يوم الثلاثاء.', 'ar'],
      ['a Russian word', 'Стороны провели встречу в Женеве во вторник.', 'Стороны провели встречу в Вене во вторник.', 'ru'],
    ];

    /** Each `del` directly followed by an `ins` (or the reverse) in the inline redline: both texts, their boxes and their horizontal gap. */
    function adjacentRuns(page: Page) {
      return page.$$eval('.inline del, .inline ins', (els) =>
        els
          .filter((e) => e.nextSibling instanceof Element && ['DEL', 'INS'].includes(e.nextSibling.tagName) && e.nextSibling.tagName !== e.tagName)
          .map((e) => {
            const next = e.nextSibling as Element;
            const box = (x: Element) => {
              const r = x.getBoundingClientRect();
              return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
            };
            return { first: e.textContent ?? '', second: next.textContent ?? '', a: box(e), b: box(next), dir: getComputedStyle(e).direction };
          }),
      );
    }

    /** The text of the inline redline as it is copied: innerText, and a selection over the whole block. */
    function copied(el: Locator) {
      return el.evaluate((e) => {
        const selection = getSelection() as Selection;
        selection.removeAllRanges();
        const range = document.createRange();
        range.selectNodeContents(e);
        selection.addRange(range);
        const text = selection.toString();
        selection.removeAllRanges();
        return { innerText: (e as HTMLElement).innerText, selection: text };
      });
    }

    it.each(pairs)('%s', async (_, a, b, lang) => {
      const page = await open(`reading-runs-${lang}.html`, renderHtml(diffCommuniques(a, b), { view: 'inline' }));
      const runs = await adjacentRuns(page);
      expect(runs.length).toBeGreaterThan(0);
      for (const r of runs) {
        expect(sameLine(r.a, r.b)).toBe(true);
        expect(horizontalGap(r.a, r.b), `${r.first} | ${r.second}`).toBeGreaterThan(2);
        // The deleted run comes first in reading order: left of the inserted one in a left-to-right line, right of it in Arabic.
        if (r.dir === 'rtl') expect(r.a.left).toBeGreaterThan(r.b.right);
        else expect(r.a.right).toBeLessThan(r.b.left);
      }
      expect(new Set(runs.map((r) => r.dir))).toEqual(new Set([lang === 'ar' ? 'rtl' : 'ltr']));
      const inline = page.locator('.inline').first();
      const text = await copied(inline);
      for (const r of runs) {
        // Nothing between the two runs in the copied text: the gap is margin, not a character.
        expect(text.innerText).toContain(`${r.first}${r.second}`);
        expect(text.selection).toContain(`${r.first}${r.second}`);
      }
      // And nothing else is added (no "[+ " from the hidden markers): the copy is the runs' text as written.
      const written = (await inline.textContent()) ?? '';
      expect(text.innerText).toBe(written);
      expect(text.selection).toBe(written);
      await page.close();
    }, 60_000);

    it('the underline of inserted Arabic sits lower than that of inserted English, to clear the dots below the letters', async () => {
      const offset = async (a: string, b: string) => {
        const page = await open('reading-underline.html', renderHtml(diffCommuniques(a, b), { view: 'inline' }));
        const ins = page.locator('.inline ins').first();
        const value = await ins.evaluate((e) => ({ offset: getComputedStyle(e).textUnderlineOffset, font: getComputedStyle(e).fontSize }));
        await page.close();
        return value;
      };
      const en = await offset(pairs[0]![1], pairs[0]![2]);
      const ar = await offset(pairs[1]![1], pairs[1]![2]);
      expect(en.offset).toMatch(/px$/);
      expect(ar.offset).toMatch(/px$/);
      expect(ar.font).toBe(en.font);
      expect(parseFloat(ar.offset)).toBeGreaterThan(parseFloat(en.offset));
    }, 60_000);

    it('and the check sees runs that touch', async () => {
      // Negative control: without the margin the runs of "20th" → "21st" touch.
      const page = await open('reading-runs-touching.html', renderHtml(diffCommuniques(pairs[0]![1], pairs[0]![2]), { view: 'inline' }));
      await page.addStyleTag({ content: 'del + ins, ins + del { margin: 0 !important; } ins, del { padding: 0 !important; }' });
      const runs = await adjacentRuns(page);
      expect(runs).toHaveLength(1);
      expect(horizontalGap(runs[0]!.a, runs[0]!.b)).toBeLessThanOrEqual(2);
      await page.close();
    }, 60_000);
  });

  it('a word written differently is marked, shows its old form on screen, and copies as the new word only', async () => {
    const page = await open('reading-cosmetic.html', renderHtml(diffCommuniques('The parties met in Nur-Sultan with Lavrentiev.', 'The parties met in Astana with Lavrentyev.'), { view: 'inline' }));
    const inline = page.locator('.inline').first();
    const marked = await inline.locator('.cosmetic[data-was]').evaluateAll((els) =>
      els.map((e) => {
        const range = document.createRange();
        range.selectNodeContents(e);
        return {
          text: e.textContent,
          was: e.getAttribute('data-was'),
          after: getComputedStyle(e, '::after').content,
          afterDisplay: getComputedStyle(e, '::after').display,
          // The element is wider than its own text: the old form takes room on screen.
          width: e.getBoundingClientRect().width,
          textWidth: range.getBoundingClientRect().width,
        };
      }),
    );
    expect(marked.map((m) => [m.text, m.was])).toEqual([
      ['Astana', 'Nur-Sultan'],
      ['Lavrentyev', 'Lavrentiev'],
    ]);
    for (const m of marked) {
      expect(m.after).toContain(m.was);
      expect(m.afterDisplay).not.toBe('none');
      expect(m.width - m.textWidth).toBeGreaterThan(20);
    }
    expect(marked[0]!.after).toContain('Nur-Sultan');
    const copied = await inline.evaluate((e) => {
      const selection = getSelection() as Selection;
      selection.removeAllRanges();
      const range = document.createRange();
      range.selectNodeContents(e);
      selection.addRange(range);
      const text = selection.toString();
      selection.removeAllRanges();
      return { selection: text, innerText: (e as HTMLElement).innerText };
    });
    for (const text of [copied.selection, copied.innerText]) {
      expect(text).toBe('The parties met in Astana with Lavrentyev.');
      expect(text).not.toContain('Nur-Sultan');
      expect(text).not.toContain('Lavrentiev');
    }
    await page.close();
  }, 60_000);

  describe('signed numbers in an Arabic report', () => {
    /** Runs in the page: each sign (−, +) followed by a digit in `el`, with whether it is drawn left of that digit. */
    const signs = (el: Element): Array<{ text: string; left: boolean }> => {
      const found: Array<{ text: string; left: boolean }> = [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.nodeValue ?? '';
        for (const m of text.matchAll(/[−+](?=\d)/g)) {
          const box = (at: number) => {
            const range = document.createRange();
            range.setStart(node as Node, at);
            range.setEnd(node as Node, at + 1);
            return range.getBoundingClientRect();
          };
          const [sign, digit] = [box(m.index), box(m.index + 1)];
          found.push({ text: text.slice(m.index).match(/^[−+][\d.]+/)?.[0] ?? '', left: sign.right <= digit.left + 0.5 });
        }
      }
      return found;
    };
    const signsIn = async (items: Locator) => (await Promise.all((await items.all()).map((e) => e.evaluate(signs)))).flat();

    it('read left to right in the reasons, the sign left of the number (as the Arabic locale means to write them)', async () => {
      const page = await open('reading-signs-ar.html', renderHtml(seedPair(), { locale: 'ar', oldLabel: 'الجولة 20', newLabel: 'الجولة 21' }));
      const found = await signsIn(page.locator('ul.reasons li'));
      expect(found.map((s) => s.text)).toEqual(expect.arrayContaining(['−2', '−0.5', '+0.5']));
      expect(found.filter((s) => !s.left)).toEqual([]);
      await page.close();
    }, 60_000);

    // Once a bug: the heading wrote its delta without the left-to-right mark, "(−2)" showing as "(2−)".
    it('read left to right in the heading of each commitment change too', async () => {
      const page = await open('reading-signs-ar-delta.html', renderHtml(seedPair(), { locale: 'ar', oldLabel: 'الجولة 20', newLabel: 'الجولة 21' }));
      const found = await signsIn(page.locator('ol.commitments .delta'));
      await page.close();
      expect(found.length).toBeGreaterThan(3);
      expect(found.filter((s) => !s.left)).toEqual([]);
    }, 60_000);
  });

  describe('side by side follows the document direction', () => {
    /** For each side-by-side block: its direction and the boxes of its old (first) and new (second) columns. */
    const columns = (page: Page) =>
      page.$$eval('.sbs', (els) =>
        els.map((e) => {
          const [a, b] = [e.children[0] as Element, e.children[1] as Element].map((c) => c.getBoundingClientRect());
          return { dir: getComputedStyle(e).direction, old: { left: a!.left, right: a!.right }, new: { left: b!.left, right: b!.right } };
        }),
      );

    it('in an Arabic diff the old column is on the right, where reading starts', async () => {
      const page = await open('reading-sbs-ar.html', renderHtml(seedPair(), { view: 'side-by-side', oldLabel: 'Round 20', newLabel: 'Round 21' }));
      const blocks = await columns(page);
      expect(blocks.length).toBeGreaterThan(3);
      for (const c of blocks) {
        expect(c.dir).toBe('rtl');
        expect(c.old.left).toBeGreaterThanOrEqual(c.new.right);
      }
      await page.close();
    }, 60_000);

    it('in the default report too, once the reader switches to side by side', async () => {
      const page = await open('reading-sbs-ar-switch.html', renderHtml(seedPair(), { oldLabel: 'Round 20', newLabel: 'Round 21' }));
      await page.click('label[for="view-sbs"]');
      expect(await page.locator('.sbs').first().isVisible()).toBe(true);
      const blocks = await columns(page);
      for (const c of blocks) expect(c.old.left).toBeGreaterThanOrEqual(c.new.right);
      await page.close();
    }, 60_000);

    it('in an English diff the old column is on the left', async () => {
      const page = await open('reading-sbs-en.html', renderHtml(diffCommuniques('The 20th meeting was held.', 'The 21st meeting was held.'), { view: 'side-by-side' }));
      const blocks = await columns(page);
      expect(blocks).toHaveLength(1);
      expect(blocks[0]!.dir).toBe('ltr');
      expect(blocks[0]!.old.right).toBeLessThanOrEqual(blocks[0]!.new.left);
      await page.close();
    }, 60_000);
  });

  it.each([
    ['en', { oldLabel: 'Round 20', newLabel: 'Round 21', title: 'Round 20 → derived round 21 (illustrative)' }],
    ['ar', { oldLabel: 'الجولة 20', newLabel: 'الجولة 21', title: 'الجولة 20 ← الجولة 21 المشتقة (للتوضيح)' }],
    ['ru', { oldLabel: 'Раунд 20', newLabel: 'Раунд 21', title: 'Раунд 20 → производный раунд 21 (для иллюстрации)' }],
  ] as const)('leaves a screenshot of the seed-pair report in locale %s', async (locale, labels) => {
    const options: ReportOptions = { ...labels, locale };
    const page = await open(`report-${locale}.html`, renderHtml(seedPair(), options));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
    await page.screenshot({ path: `${out}report-${locale}.png`, fullPage: false });
    expect(existsSync(`${out}report-${locale}.png`)).toBe(true);
    await page.close();
  }, 60_000);
});
