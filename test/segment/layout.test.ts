/**
 * Layout (issue 15): page numbers, running headers, page breaks and press
 * furniture are kept out of the paragraphs — in the parse with a kind of
 * their own, never aligned as changes, never read for commitments — so that
 * a statement as published gives the diff of its clean text.
 */
import fc from 'fast-check';
import '../support/fc-config.js';
import { describe, expect, it } from 'vitest';
import { asNewsCopy, asPdfCopy, shape } from '../../bench/eval/published.js';
import { diffCommuniques, extractCommitments, parseCommunique, type CommuniqueDiff } from '../../src/index.js';
import { exampleRound } from '../support/fixtures.js';
import { detectLanguage as coreDetect, parseCommunique as coreParse } from '../../src/core.js';
import { en } from '../../src/languages/en/index.js';
import type { LanguagePack } from '../../src/languages/types.js';
import { expectCovered } from '../support/covered.js';

const LANGS = ['en', 'ar', 'ru'] as const;
const HEADER = { en: 'Joint Statement of the 21st International Meeting on Syria', ar: 'البيان المشترك للاجتماع الدولي حول سوريا', ru: 'Совместное заявление по итогам встречи' };
const PAGE = { en: (n: number, t: number) => `Page ${n} of ${t}`, ar: (n: number, t: number) => `الصفحة ${n} من ${t}`, ru: (n: number) => `Стр. ${n}` };
const outline = (d: CommuniqueDiff) => ({
  alignment: d.alignment.map((c) => [c.kind, c.old, c.new]),
  commitments: d.commitments.map((c) => [c.kind, c.old?.predicate, c.new?.predicate, c.slots]),
});

describe('text copied out of a PDF', () => {
  it.each(LANGS)('gives the paragraphs of the clean text: %s, at several widths, page lengths and page-number styles', (lang) => {
    for (const round of ['a', 'b'] as const) {
      const clean = exampleRound(lang, round);
      for (const width of [55, 72, 90]) {
        for (const pageNumber of [PAGE[lang], (n: number, t: number) => `${n}/${t}`, (n: number) => `- ${n} -`]) {
          const copy = asPdfCopy(clean, { width, pageLines: 8, header: HEADER[lang], pageNumber, hyphenate: true });
          expect(shape(copy), `${round} at ${width}, ${pageNumber(2, 3)}`).toEqual(shape(clean));
          const doc = parseCommunique(copy);
          const pages = copy.split('\n').filter((l) => /^(?:Page \d+ of \d+|الصفحة \d+ من \d+|Стр\. \d+|\d+\/\d+|- \d+ -)$/.test(l));
          expect(doc.layout?.filter((b) => b.kind === 'page-number').map((b) => b.text)).toEqual(pages);
          expectCovered(doc);
        }
      }
    }
  });

  it.each(LANGS)('gives the diff of the clean pair: %s', (lang) => {
    const a = exampleRound(lang, 'a');
    const b = exampleRound(lang, 'b');
    const copy = (t: string, width: number) => asPdfCopy(t, { width, pageLines: 9, header: HEADER[lang], pageNumber: PAGE[lang], hyphenate: true });
    expect(outline(diffCommuniques(copy(a, 64), copy(b, 81)))).toEqual(outline(diffCommuniques(a, b)));
  });

  it("compares the issue's example with its clean text as the same: hyphenation, a document symbol, page numbers, a page break in mid-paragraph", () => {
    const clean = '1. Reaffirmed their commitment to the sovereignty of the Syrian Arab Republic.\n\n2. Condemned in the strongest terms all terrorist attacks in Syria.\n\n3. Agreed to hold the next meeting in Astana.';
    const copy = 'S/2023/456\n1. Reaffirmed their commitment to the sover-\neignty of the Syrian Arab Republic.\n2. Condemned in the strongest terms all\n2/3\nS/2023/456\nterrorist attacks in Syria.\n3. Agreed to hold the next meeting in Astana.\n3/3';
    const d = diffCommuniques(clean, copy);
    expect(d.alignment.map((c) => c.kind)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(d.commitments.every((c) => c.kind === 'unchanged')).toBe(true);
    expect(d.new.layout?.map((b) => [b.kind, b.text, b.within])).toEqual([
      ['running-header', 'S/2023/456', undefined],
      ['page-number', '2/3', 1],
      ['running-header', 'S/2023/456', 1],
      ['page-number', '3/3', undefined],
    ]);
    // The paragraph cut by the page break keeps its text as written; its layout is marked.
    const second = d.new.paragraphs[1];
    expect(second?.text).toBe('Condemned in the strongest terms all\n2/3\nS/2023/456\nterrorist attacks in Syria.');
    expect(second?.layout?.map((r) => copy.slice(r.start, r.end))).toEqual(['2/3', 'S/2023/456']);
    // The commitment is read across the layout: its text is the copy as written, and its topic skips the layout.
    const condemn = extractCommitments(d.new).find((c) => c.predicate === 'condemn');
    expect(condemn?.text).toBe(copy.slice(condemn?.start, condemn?.end));
    expect(condemn?.text).toContain('2/3');
    expect(condemn?.topic.replace(/\s+/g, ' ')).toBe('in the strongest terms all terrorist attacks in Syria');
  });

  it('reads a form feed as a page break, in mid-paragraph too', () => {
    const doc = parseCommunique('1. Called upon the international community to increase\n\fhumanitarian assistance to all Syrians.\n2. Agreed to meet again.');
    expect(doc.paragraphs.map((p) => p.label)).toEqual(['1.', '2.']);
    expect(doc.layout?.map((b) => [b.kind, b.within])).toEqual([['page-break', 0]]);
  });

  it('never reads a commitment from, nor aligns, a layout line', () => {
    const a = 'Guarantors condemn attacks in Idlib\nBy Our Correspondent\nPublished 24 January 2024, 14:05\nThe parties reaffirmed their commitment to the unity of Syria.';
    const b = 'Guarantors condemn attacks in Idlib\nBy Another Correspondent\nUpdated 25 January 2024, 09:10\nThe parties reaffirmed their commitment to the unity of Syria.';
    const d = diffCommuniques(a, b);
    expect(d.alignment.map((c) => c.kind)).toEqual(['unchanged']);
    expect(d.old.layout?.map((l) => l.kind)).toEqual(['headline', 'byline', 'dateline']);
    expect(extractCommitments(parseCommunique(a)).map((c) => c.predicate)).toEqual(['reaffirm']);
  });

  it('holds for any width and page length (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LANGS), fc.constantFrom('a', 'b'), fc.integer({ min: 50, max: 110 }), fc.integer({ min: 4, max: 9 }), (lang, round, width, pageLines) => {
        const clean = exampleRound(lang, round);
        const copy = asPdfCopy(clean, { width, pageLines, header: HEADER[lang], pageNumber: (n, t) => `${n}/${t}`, hyphenate: lang !== 'ar' });
        expect(shape(copy)).toEqual(shape(clean));
      }),
      { numRuns: 60 },
    );
  });
});

describe('text copied out of a news page', () => {
  it.each(LANGS)('gives the paragraphs of the clean text, with blank lines or without: %s', (lang) => {
    for (const round of ['a', 'b'] as const) {
      const clean = exampleRound(lang, round);
      for (const blank of [true, false]) {
        const copy = asNewsCopy(clean, lang, blank);
        expect(shape(copy), `blank lines ${blank}`).toEqual(shape(clean));
        expect(parseCommunique(copy).layout?.map((b) => b.kind)).toEqual(['headline', 'byline', 'dateline', 'read-also', 'caption', 'share', 'footer']);
      }
    }
  });

  it.each(LANGS)('gives the diff of the clean pair: %s', (lang) => {
    const a = exampleRound(lang, 'a');
    const b = exampleRound(lang, 'b');
    expect(outline(diffCommuniques(asNewsCopy(a, lang, true), asNewsCopy(b, lang, false)))).toEqual(outline(diffCommuniques(a, b)));
  });
});

describe('furniture any page has', () => {
  it('reads ad labels, space-separated share rows, agency credits, dates with a time and UN job numbers as layout', () => {
    const lines: Array<[string, string]> = [
      ['ADVERTISEMENT', 'advertisement'], ['إعلان', 'advertisement'], ['Реклама', 'advertisement'],
      ['Facebook Twitter WhatsApp', 'share'], ['Delegations at the closing session / AFP', 'caption'],
      ['24 Jan 2024 | 14:05 GMT', 'dateline'], ['24.01.2024 - 14:05', 'dateline'],
      ['24-01234 (E)', 'running-header'], ['*2401234*', 'running-header'], ['GE.24-01234', 'running-header'],
    ];
    for (const [line, kind] of lines) {
      const doc = parseCommunique(`The parties reaffirmed their commitment to the unity of Syria.\n\n${line}\n\nThey called for the release of all detainees.`);
      expect(doc.layout?.map((b) => [b.text, b.kind]), line).toEqual([[line, kind]]);
      expect(doc.paragraphs).toHaveLength(2);
    }
    // A sentence with a date and a time is text.
    expect(parseCommunique('Joint Statement\n\nAgreed to meet on 24 January 2024 at 10:00 in Astana.').layout).toEqual([]);
  });
});

describe('what is not layout', () => {
  it("keeps a statement's title, its closing place and date, numbered items and a year alone as paragraphs", () => {
    const text = 'Joint Statement by Iran, Russia and Türkiye\n\n1. Reaffirmed their commitment.\n\n2. Agreed to meet again.\n\n2024\n\nAstana, 24 January 2024';
    const doc = parseCommunique(text);
    expect(doc.paragraphs).toHaveLength(5);
    expect(doc.layout).toEqual([]);
  });

  it('keeps a wrapped line that starts like furniture ("by the …", «شارك…») in its paragraph', () => {
    const text = 'The parties welcomed the steps taken\nby the Syrian Arab Republic and\nshare the view that the process must go on.\nThey agreed to meet again in Astana.';
    expect(parseCommunique(text).layout).toEqual([]);
  });

  it("keeps statement lines that begin with furniture's words as text (from a review)", () => {
    const lines = ['Recommended that the working group meet again in March.', 'Related issues were discussed.', 'Updated the participants on the situation.', 'Posted observers along the line of contact.', 'By the guarantors of the Astana format', 'تقرير الأمين العام قدم إلى المجلس.', 'نشر مراقبين على خطوط التماس.', 'تحديث آليات العمل', 'مواضيع البحث شملت المحتجزين.', 'صورة الوضع الإنساني قاتمة.', 'По теме сирийского урегулирования стороны договорились.', 'Темы переговоров были согласованы.', 'Текст заявления прилагается.', 'See www.mfat.co/statement for the text, the ministry said on Monday.'];
    for (const line of lines) expect(parseCommunique(`Joint Statement\n\n${line}\n\nThe parties agreed to meet again.`).layout, line).toEqual([]);
    // …so a dropped one is reported.
    const d = diffCommuniques('Joint Statement\n\nRecommended that the working group meet again.\n\nAgreed to meet.', 'Joint Statement\n\nAgreed to meet.');
    expect(d.alignment.map((c) => c.kind)).toContain('dropped');
  });

  it('keeps numbered headings repeated at intervals ("Article 1", "Article 2") as text, and a page break between blank-line paragraphs a break', () => {
    const body = (w: string) => Array.from({ length: 16 }, (_, i) => `The ${w} provision number ${i} applies.`);
    const text = ['Article 1', ...body('first'), 'Article 2', ...body('second'), 'Article 3', 'End.'].join('\n');
    expect(parseCommunique(text).layout).toEqual([]);
    for (const brk of ['- 2 -', '\f']) {
      const doc = parseCommunique(`1. Reaffirmed their commitment.\n\n2. Agreed to meet again in Astana.\n\n${brk}\n\nThe guarantors agreed to continue.`);
      expect(doc.paragraphs.map((p) => p.text), JSON.stringify(brk)).toEqual(['Reaffirmed their commitment.', 'Agreed to meet again in Astana.', 'The guarantors agreed to continue.']);
    }
  });

  it('keeps closing lines with a time, sentences after a dateline keyword, agency names and wrapped Arabic lines as text (from a second review)', () => {
    const lines = ['Astana, 24 January 2024, 10:00', 'Done in Astana on 24 January 2024, 12:00', 'From 10:00 to 18:00 on 24 January 2024', 'Updated 2 guidelines on humanitarian access.', 'Published the 2 reports of the Secretary-General.', 'نشر 3 مراقبين في إدلب', 'Обновлено 3 приложения к меморандуму', 'The Islamic Republic News Agency (IRNA)', 'Совместное заявление (ТАСС)', '24-2025'];
    for (const line of lines) expect(parseCommunique(`Joint Statement by Iran, Russia and Türkiye\n\n${line}\n\n1. Reaffirmed their commitment.\n\n2. Agreed to meet again.`).layout, line).toEqual([]);
    const ar = 'أكدت الأطراف التزامها الثابت بسيادة الجمهورية العربية السورية\nووحدة أراضيها واستقلالها وفقا لميثاق الأمم المتحدة وقرارات مجلس\nالأمن ذات الصلة.\nتحديث 2024 من آليات العمل المشتركة بين الدول الضامنة الثلاث\nبما يضمن التنفيذ الكامل للاتفاقات السابقة في منطقة خفض التصعيد.';
    expect(parseCommunique(ar).layout).toEqual([]);
  });

  it('parses a long footer menu in linear time (from a second review: 78 s before)', () => {
    const menu = `About us | ${Array.from({ length: 30 }, (_, i) => `Item ${i}`).join(' | ')} | Sign up for the ministry newsletter of the week`;
    const t = performance.now();
    parseCommunique(`Joint Statement\n\n${menu}\n\nAgreed to meet again.`);
    expect(performance.now() - t).toBeLessThan(2000);
  });

  it('keeps repeated short lines that are not at page breaks (a list, repeated paragraphs)', () => {
    const text = ['Agreed.', 'Reaffirmed.', 'Agreed.', 'Noted.', 'Agreed.'].join('\n');
    expect(parseCommunique(text).paragraphs).toHaveLength(5);
  });

  it('reads every line as text with `layout: false`, and checks the option', () => {
    const text = 'Read also: talks stall\n1. Agreed to meet again.\n2';
    expect(parseCommunique(text).paragraphs).toHaveLength(1);
    expect(parseCommunique(text, { layout: false }).paragraphs).toHaveLength(3);
    expect(() => parseCommunique(text, { layout: 'no' as never })).toThrow(new TypeError("`options.layout` must be true or false, received \"no\""));
  });
});

describe("a caller's pack with patterns the built-in ones do not use", () => {
  const pack = (layout: typeof en.layout, letters?: string): LanguagePack => ({ ...en, code: 'xx', name: 'Test', layout, ...(letters === undefined ? {} : { detection: { ...en.detection, letters } }) });

  it('finds furniture whose patterns reuse a named group, and keeps the other lines', () => {
    const furniture = { ...(en.layout?.furniture ?? {}), 'read-also': [/^see also (?<what>\w+)$/u, /^more on (?<what>\w+)$/u] };
    const xx = pack({ ...(en.layout as NonNullable<typeof en.layout>), furniture });
    const doc = coreParse('1. Reaffirmed their commitment.\nmore on idlib\n2. Agreed to meet again.', { languages: [xx] });
    expect((doc.layout ?? []).map((b) => [b.kind, b.text])).toEqual([['read-also', 'more on idlib']]);
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['Reaffirmed their commitment.', 'Agreed to meet again.']);
  });

  it('credits own letters to the right pack when the packs of a script name more than 255 of them', () => {
    const many = Array.from({ length: 300 }, (_, i) => String.fromCharCode(0x100 + i)).join('');
    const xx = pack(en.layout, many);
    // Stop words say English three times; five of the other pack's own letters (the 256th) outweigh them.
    expect(coreDetect(`the the the ${String.fromCharCode(0x1ff).repeat(5)}`, { languages: [en, xx] })).toBe('xx');
  });
});
