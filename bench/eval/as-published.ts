/**
 * "As published" (issue 15): every labelled pair scored again after being
 * laid out as an analyst receives it — hard-wrapped text, text copied out of
 * a PDF (running header, page numbers, hyphenation, pages breaking in
 * mid-paragraph), a news page copied as text, a news page as HTML, a Word
 * file, and a PDF printed by headless Chromium — and read back through the
 * importers. Target: the figures of the clean pairs, within one point; no
 * paragraph added or dropped by layout.
 */
import { docxOf, newsPage, printablePage } from './documents.js';
import { chromiumAvailable, openPrinter } from './pdf-maker.js';
import { asNewsCopy, asPdfCopy, hardWrap, HEADERS } from './published.js';
import { fromDocx, fromHtml, fromPdf } from '../../src/import/index.js';

/** One way of publishing a text: the clean text in, the text the library is given out. */
export interface Publication {
  name: string;
  make: (text: string, lang: string, side: 'old' | 'new') => Promise<string>;
}

const PAGE_WORDS: Record<string, (n: number, t: number) => string> = { en: (n, t) => `Page ${n} of ${t}`, ar: (n, t) => `الصفحة ${n} من ${t}`, ru: (n) => `Стр. ${n}` };

/** The ways of publishing, the PDF one only where chromium is installed; call `close` when done. */
export async function publications(): Promise<{ list: Publication[]; close: () => Promise<void> }> {
  const list: Publication[] = [
    { name: 'hard-wrapped text', make: async (t, _, side) => hardWrap(t, side === 'old' ? 66 : 84) },
    {
      name: 'PDF copied as text',
      make: async (t, lang, side) => asPdfCopy(t, { width: side === 'old' ? 72 : 90, pageLines: side === 'old' ? 11 : 14, header: HEADERS[lang] ?? 'Joint Statement', pageNumber: side === 'old' ? (PAGE_WORDS[lang] ?? ((n) => String(n))) : (n, total) => `${n}/${total}`, hyphenate: lang !== 'ar' }),
    },
    { name: 'news page as text', make: async (t, lang, side) => asNewsCopy(t, lang, side === 'new') },
    { name: 'news page (HTML)', make: async (t, lang) => fromHtml(newsPage(t, lang)).text },
    { name: 'Word file (DOCX)', make: async (t, lang) => fromDocx(docxOf(t, lang)).text },
  ];
  let close = async (): Promise<void> => {};
  if (chromiumAvailable) {
    const printer = await openPrinter();
    close = () => printer.close();
    list.push({
      name: 'PDF (Chromium)',
      make: async (t, lang, side) => (await fromPdf(await printer.print({ html: printablePage(t, lang, 'S/2024/123'), header: side === 'old' ? 'S/2024/123' : (HEADERS[lang] ?? 'Joint Statement'), numbers: side === 'old' ? 'n/t' : 'page' }))).text,
    });
  }
  return { list, close };
}
