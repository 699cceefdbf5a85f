/**
 * The importers (issue 15): a news page, a ministry's page, a Word file and a
 * Word file's numbering give the text — and the diff — of the clean rounds.
 * PDFs are in pdf.test.ts (they need chromium to be made).
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { docxOf, ministryPage, newsPage } from '../../bench/eval/documents.js';
import { shape } from '../../bench/eval/published.js';
import { detectFormat, DocumentError, fromDocx, fromHtml, importDocument, NotTextError } from '../../src/import/index.js';
import { diffCommuniques, type CommuniqueDiff } from '../../src/index.js';
import { exampleRound } from '../support/fixtures.js';

const LANGS = ['en', 'ar', 'ru'] as const;
const outline = (d: CommuniqueDiff) => ({
  alignment: d.alignment.map((c) => [c.kind, c.old, c.new]),
  commitments: d.commitments.map((c) => [c.kind, c.old?.predicate, c.new?.predicate, c.slots]),
});
const utf16 = (s: string): Uint8Array => {
  const out = new Uint8Array(2 + s.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < s.length; i++) {
    out[2 + 2 * i] = s.charCodeAt(i) & 0xff;
    out[3 + 2 * i] = s.charCodeAt(i) >> 8;
  }
  return out;
};

describe('fromHtml', () => {
  it.each(LANGS)('gives the paragraphs of the clean text from a news page and a ministry page: %s', (lang) => {
    for (const round of ['a', 'b'] as const) {
      const clean = exampleRound(lang, round);
      expect(shape(fromHtml(newsPage(clean, lang)).text), 'news page').toEqual(shape(clean));
      expect(shape(fromHtml(ministryPage(clean, lang, false)).text), 'ministry page').toEqual(shape(clean));
      expect(shape(fromHtml(ministryPage(clean, lang, true)).text), 'ministry page, items in an <ol>').toEqual(shape(clean));
    }
  });

  it.each(LANGS)('gives the diff of the clean pair: %s', (lang) => {
    const a = exampleRound(lang, 'a');
    const b = exampleRound(lang, 'b');
    expect(outline(diffCommuniques(fromHtml(newsPage(a, lang)).text, fromHtml(ministryPage(b, lang, true)).text))).toEqual(outline(diffCommuniques(a, b)));
  });

  it('lists what it left out, and decodes entities and non-breaking spaces', () => {
    const page = fromHtml(newsPage(exampleRound('en', 'a'), 'en'));
    expect(page.source).toEqual({ format: 'html', title: 'Astana guarantors issue joint statement | Example News' });
    expect(page.removed.map((r) => r.what)).toEqual(['style', 'script', 'header', 'header', 'share', 'aside', 'figure', 'related', 'footer', 'script']);
    expect(page.removed.find((r) => r.what === 'aside')?.text).toBe('Read also: Geneva talks on the constitution stall again');
    expect(page.text).not.toMatch(/&nbsp;|&#38;|\u00a0|<|dataLayer/);
    // The false softening: "&nbsp;" inside "in the strongest terms" is a space.
    const html = '<p>1. Condemned in the strongest&nbsp;terms all terrorist attacks.</p><p>2. Agreed to meet again.</p>';
    const d = diffCommuniques('1. Condemned in the strongest terms all terrorist attacks.\n\n2. Agreed to meet again.', fromHtml(html).text);
    expect(d.alignment.map((c) => c.kind)).toEqual(['unchanged', 'unchanged']);
    expect(d.commitments.map((c) => c.kind)).toEqual(['unchanged', 'unchanged']);
  });

  it('reads bytes in the encoding the page names, or detects it', () => {
    const ar = '<html><head><meta charset="windows-1256"></head><body><p>أكدت الأطراف التزامها بسيادة سوريا.</p></body></html>';
    const bytes = new Uint8Array([...ar].map((ch) => {
      const code = ch.charCodeAt(0);
      if (code < 0x80) return code;
      // The Windows-1256 bytes of the Arabic letters used here.
      const cp1256: Record<string, number> = { 'أ': 0xc3, 'ك': 0xdf, 'د': 0xcf, 'ت': 0xca, 'ا': 0xc7, 'ل': 0xe1, 'ط': 0xd8, 'ر': 0xd1, 'ف': 0xdd, 'ز': 0xd2, 'م': 0xe3, 'ه': 0xe5, 'ب': 0xc8, 'س': 0xd3, 'ي': 0xed, 'د ': 0xcf, 'و': 0xe6, 'ة': 0xc9 };
      return cp1256[ch] ?? 0x3f;
    }));
    const r = fromHtml(bytes);
    expect(r.text).toBe('أكدت الأطراف التزامها بسيادة سوريا.');
    expect(r.source.encoding).toBe('windows-1256');
    expect(fromHtml(utf16('<html><body><p>Agreed to meet again.</p></body></html>')).text).toBe('Agreed to meet again.');
  });

  it('reads line breaks of the source as spaces, an item and its <p> as one, and keeps a story container whose class looks like furniture (from a review)', () => {
    expect(fromHtml('<main><p>The parties reaffirmed\ntheir commitment to the sovereignty of Syria.</p></main>').text).toBe('The parties reaffirmed their commitment to the sovereignty of Syria.');
    expect(fromHtml('<main><ol><li><p>Reaffirmed their commitment.</p></li><li value="5">Agreed.</li></ol></main>').text).toBe('1. Reaffirmed their commitment.\n\n5. Agreed.');
    expect(fromHtml('<pre>line one\nline two</pre>').text).toBe('line one\nline two');
    const story = '<body><div class="container has-sidebar"><p>Reaffirmed their <span class="print-only">strong</span> commitment to the sovereignty, independence and unity of Syria, and to the Charter.</p></div><div class="sidebar"><p>Most read</p></div></body>';
    const r = fromHtml(story);
    expect(r.text).toBe('Reaffirmed their strong commitment to the sovereignty, independence and unity of Syria, and to the Charter.');
    expect(r.removed.map((x) => x.what)).toEqual(['sidebar']);
  });

  it('never keeps a related-news or comments box as the story, keeps BEM furniture out, and gives an empty item no number (from a second review)', () => {
    const statement = '<p>1. Reaffirmed their commitment to the sovereignty of Syria.</p><p>2. Called for the release of all detainees held by the sides.</p><p>3. Agreed to hold the next meeting in Astana in the spring.</p>';
    const teasers = Array.from({ length: 6 }, (_, i) => `<li>Foreign minister receives the ambassador of a friendly country for talks number ${i} on trade and culture</li>`).join('');
    for (const box of ['related-news', 'comments']) {
      const r = fromHtml(`<body><div class="news-body">${statement}</div><div class="${box}"><h3>More</h3><ul>${teasers}</ul></div></body>`);
      expect(r.text, box).toBe('1. Reaffirmed their commitment to the sovereignty of Syria.\n\n2. Called for the release of all detainees held by the sides.\n\n3. Agreed to hold the next meeting in Astana in the spring.');
    }
    const bem = fromHtml(`<article><div class="article__share">Share Facebook</div>${statement}<div class="article-related"><p>Related: talks stall</p></div><div class="article-tags">Syria</div></article>`);
    expect(bem.removed.map((x) => x.what)).toEqual(['share', 'related', 'tag']);
    expect(fromHtml('<main><ol><li><img src="x.png"></li></ol><p>The parties reaffirmed their commitment to the unity of Syria.</p></main>').text).toBe('The parties reaffirmed their commitment to the unity of Syria.');
  });

  it('refuses a page without text, and what is neither text nor bytes', () => {
    expect(() => fromHtml('<html><body><nav>Home</nav><script>x()</script></body></html>')).toThrow(DocumentError);
    expect(() => fromHtml(42 as never)).toThrow(new TypeError('`html` must be a string or a Uint8Array, received number'));
  });
});

describe('fromDocx', () => {
  it.each(LANGS)("gives the paragraphs of the clean text, Word's numbering as labels: %s", (lang) => {
    for (const round of ['a', 'b'] as const) {
      const clean = exampleRound(lang, round);
      expect(shape(fromDocx(docxOf(clean, lang)).text)).toEqual(shape(clean));
    }
  });

  it.each(LANGS)('gives the diff of the clean pair: %s', (lang) => {
    const a = exampleRound(lang, 'a');
    const b = exampleRound(lang, 'b');
    expect(outline(diffCommuniques(fromDocx(docxOf(a, lang)).text, fromDocx(docxOf(b, lang)).text))).toEqual(outline(diffCommuniques(a, b)));
  });

  it('lists headers and footers, reads the title, and takes tracked changes as accepted', () => {
    const r = fromDocx(docxOf(exampleRound('en', 'a'), 'en'));
    expect(r.removed).toEqual([{ what: 'footer', text: 'Page' }, { what: 'header', text: 'Unofficial translation' }]);
    expect(r.source).toEqual({ format: 'docx', title: 'Joint Statement' });
    const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const doc = `<w:document ${w}><w:body><w:p><w:r><w:t xml:space="preserve">Condemned </w:t></w:r><w:del><w:r><w:delText>the attacks</w:delText></w:r></w:del><w:ins><w:r><w:t>all attacks</w:t></w:r></w:ins><w:r><w:t>.</w:t></w:r></w:p>` +
      `<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="7"/></w:numPr></w:pPr><w:r><w:t>First &amp; foremost</w:t></w:r></w:p><w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="7"/></w:numPr></w:pPr><w:r><w:t>Second</w:t><w:br/><w:t>line</w:t></w:r></w:p></w:body></w:document>`;
    const numbering = `<w:numbering ${w}><w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl></w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num></w:numbering>`;
    const bytes = zipSync({ 'word/document.xml': strToU8(doc), 'word/numbering.xml': strToU8(numbering) });
    expect(fromDocx(bytes).text).toBe('Condemned all attacks.\n\n(a) First & foremost\n\n(b) Second\nline');
    expect(fromDocx(bytes, { rejectChanges: true }).text.split('\n\n')[0]).toBe('Condemned the attacks.');
  });

  it('counts numbers per abstract numbering, skips old numbering of a tracked change and text boxes, and writes letters past z (from a review)', () => {
    const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const p = (num: string, t: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${num}"/></w:numPr></w:pPr><w:r><w:t>${t}</w:t></w:r></w:p>`;
    const doc = `<w:document ${w}><w:body>${p('1', 'One')}${p('1', 'Two')}${p('2', 'Three')}` +
      `<w:p><w:pPr><w:pPrChange><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:pPrChange></w:pPr><w:r><w:t>Now unnumbered.</w:t></w:r></w:p>` +
      `<w:p><w:r><w:t xml:space="preserve">Before the box, </w:t></w:r><w:r><w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>Boxed</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></w:r><w:r><w:t>after the box.</w:t></w:r></w:p></w:body></w:document>`;
    const numbering = `<w:numbering ${w}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
    const r = fromDocx(zipSync({ 'word/document.xml': strToU8(doc), 'word/numbering.xml': strToU8(numbering) }));
    expect(r.text).toBe('1. One\n\n2. Two\n\n3. Three\n\nNow unnumbered.\n\nBefore the box, after the box.');
    expect(r.warnings).toEqual(['1 text box left out (text in a box drawn over the page)']);
  });

  it('refuses what is not a Word file, with what is wrong', () => {
    expect(() => fromDocx(new Uint8Array())).toThrow(new DocumentError('is empty (0 bytes)'));
    expect(() => fromDocx(strToU8('plain text'))).toThrow(/not a Word file: a \.docx is a ZIP archive/);
    expect(() => fromDocx(zipSync({ 'content.xml': strToU8('<x/>') }))).toThrow(/ZIP archive but not a Word file: it has no word\/document\.xml/);
    expect(() => fromDocx(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toThrow(/is damaged/);
    expect(() => fromDocx(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).toThrow(/old Word \.doc file or an encrypted \.docx/);
  });
});

describe('options of the importers', () => {
  it('are checked: names, types, values (from a review)', async () => {
    expect(() => fromHtml('<p>x</p>', { whole: 'no' } as never)).toThrow(new TypeError('`options.whole` must be true or false, received "no"'));
    expect(() => fromHtml('<p>x</p>', 5 as never)).toThrow(new TypeError('`options` must be an object or undefined, received number 5'));
    expect(() => fromHtml('<p>x</p>', { wholePage: true } as never)).toThrow(new TypeError('`options.wholePage` is not an option here; the options are `encoding`, `whole`'));
    expect(() => fromDocx(docxOf('Agreed.', 'en'), { rejectChanges: 'yes' } as never)).toThrow(TypeError);
    await expect(importDocument(strToU8('Agreed.'), { password: 5 } as never)).rejects.toThrow(new TypeError('`options.password` must be a string, received number 5'));
  });
});

describe('importDocument', () => {
  it('tells documents by their content, not their name', async () => {
    const clean = exampleRound('ru', 'a');
    expect(detectFormat(docxOf(clean, 'ru'))).toBe('docx');
    expect(detectFormat(strToU8(newsPage(clean, 'ru')))).toBe('html');
    expect(detectFormat(utf16(newsPage(clean, 'ru')))).toBe('html');
    expect(detectFormat(strToU8(clean))).toBe('txt');
    expect(detectFormat(strToU8('%PDF-1.7\n'))).toBe('pdf');
    for (const bytes of [docxOf(clean, 'ru'), strToU8(newsPage(clean, 'ru')), strToU8(clean), utf16(clean)]) expect(shape((await importDocument(bytes)).text)).toEqual(shape(clean));
    // `from` overrides: a page read as text keeps its tags.
    expect((await importDocument(strToU8('<p>Agreed.</p>'), { from: 'txt' })).text).toBe('<p>Agreed.</p>');
  });

  it('refuses bad documents and bad options with what is wrong', async () => {
    await expect(importDocument(new Uint8Array())).rejects.toThrow(new DocumentError('is empty (0 bytes)'));
    await expect(importDocument(strToU8('  \n '))).rejects.toThrow(new DocumentError('has no text (only blank space)'));
    await expect(importDocument(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]))).rejects.toThrow(NotTextError);
    await expect(importDocument(strToU8('x'), { from: 'rtf' as never })).rejects.toThrow(new RangeError("`options.from` must be one of 'txt', 'html', 'docx', 'pdf', received \"rtf\""));
    await expect(importDocument('text' as never)).rejects.toThrow(TypeError);
  });
});
