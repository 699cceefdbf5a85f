/**
 * Documents made from a clean text, as the importers meet them: a news page
 * or a ministry page around it (HTML), a Word file (DOCX, numbering as Word's
 * automatic numbering), and HTML to print as a PDF with running headers and
 * page numbers. Used by the tests and by `npm run eval`.
 */
import { strToU8, zipSync } from 'fflate';
import { parseCommunique } from '../../src/index.js';

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface Para {
  label?: string;
  text: string;
}

function paragraphsOf(text: string): Para[] {
  return parseCommunique(text).paragraphs.map((p) => ({ ...(p.label ? { label: p.label } : {}), text: p.text.replace(/\s+/g, ' ') }));
}

const RTL = new Set(['ar', 'fa']);

// The furniture of a news page in each language.
const NEWS: Record<string, { site: string; headline: string; byline: string; date: string; readAlso: string; caption: string; share: string[]; related: string[]; footer: string }> = {
  en: { site: 'Example News', headline: 'Astana guarantors issue joint statement', byline: 'By Our Diplomatic Correspondent', date: '24 January 2024, 14:05', readAlso: 'Read also: Geneva talks on the constitution stall again', caption: 'Delegations at the closing session. (AFP)', share: ['Share', 'Tweet', 'Email'], related: ['Talks in Geneva stall again', 'Ceasefire holds in the north'], footer: '© 2024 Example News. All rights reserved.' },
  ar: { site: 'أخبار المثال', headline: 'الدول الضامنة تصدر بيانها الختامي في أستانا', byline: 'كتب: محرر الشؤون الدولية', date: '24 يناير 2024 - 14:05', readAlso: 'اقرأ أيضاً: تعثر جديد في اجتماعات اللجنة الدستورية', caption: 'الوفود في الجلسة الختامية', share: ['شارك', 'تويتر', 'فيسبوك'], related: ['تعثر محادثات جنيف', 'صمود وقف إطلاق النار'], footer: 'جميع الحقوق محفوظة © 2024' },
  ru: { site: 'Пример-Новости', headline: 'Страны-гаранты приняли совместное заявление', byline: 'Автор: Иван Петров', date: '24 января 2024, 14:05', readAlso: 'Читайте также: Женевские консультации снова зашли в тупик', caption: 'Делегации на заключительном заседании', share: ['Поделиться', 'ВКонтакте', 'Telegram'], related: ['Переговоры в Женеве зашли в тупик', 'Перемирие на севере соблюдается'], footer: '© 2024 Пример-Новости. Все права защищены.' },
};

/**
 * A news page around the text: site navigation, a headline with byline and
 * time in the article's header, the paragraphs (numbered as text), a share
 * row, a "read also" box and a figure between them, related stories, a
 * footer, scripts and styles; non-breaking spaces and entities in the text.
 */
export function newsPage(text: string, lang: string): string {
  const f = NEWS[lang] ?? (NEWS.en as (typeof NEWS)['en']);
  const ps = paragraphsOf(text);
  const third = Math.max(1, Math.floor(ps.length / 3));
  // Non-breaking spaces as a CMS writes them, between a word and the next.
  const body = (p: Para): string => `<p>${escape(`${p.label ? `${p.label} ` : ''}${p.text}`).replace(/ (?=\S+ \S+$)/, '&nbsp;').replace(/&amp;/g, '&#38;')}</p>`;
  return `<!DOCTYPE html>
<html lang="${lang}" dir="${RTL.has(lang) ? 'rtl' : 'ltr'}"><head><meta charset="utf-8"><title>${escape(f.headline)} | ${escape(f.site)}</title>
<style>body { font-family: serif; } .share a { margin: 0 4px; }</style>
<script>window.dataLayer = window.dataLayer || []; if (1 < 2) { dataLayer.push({ page: "news" }); }</script></head>
<body><header class="site-header"><a class="logo" href="/">${escape(f.site)}</a><nav><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li></ul></nav></header>
<main><article>
<header><h1>${escape(f.headline)}</h1><p class="byline">${escape(f.byline)}</p><time datetime="2024-01-24T14:05">${escape(f.date)}</time></header>
<div class="article-body">
${ps.slice(0, third).map(body).join('\n')}
<div class="share">${f.share.map((s) => `<a href="#">${escape(s)}</a>`).join('')}</div>
${ps.slice(third, 2 * third).map(body).join('\n')}
<aside class="read-also"><a href="/x">${escape(f.readAlso)}</a></aside>
<figure><img src="photo.jpg" alt=""><figcaption>${escape(f.caption)}</figcaption></figure>
${ps.slice(2 * third).map(body).join('\n')}
</div>
<section class="related"><h2>Related</h2><ul>${f.related.map((r) => `<li><a href="#">${escape(r)}</a></li>`).join('')}</ul></section>
</article></main>
<footer><p>${escape(f.footer)}</p></footer>
<script>console.log("loaded")</script></body></html>`;
}

/**
 * A ministry's page: the statement in a content block with a breadcrumb,
 * a side menu and a footer around it; its numbered paragraphs as an ordered
 * list (`<ol>`), the browser drawing the numbers, when `list` is set.
 */
export function ministryPage(text: string, lang: string, list: boolean): string {
  const ps = paragraphsOf(text);
  const numbered = list && ps.filter((p) => p.label && /^\d+\.$/.test(p.label)).length >= 2;
  const items: string[] = [];
  let inList = false;
  for (const p of ps) {
    const isItem = numbered && p.label !== undefined && /^\d+\.$/.test(p.label);
    if (isItem && !inList) items.push(`<ol start="${Number.parseInt(p.label as string, 10)}">`);
    if (!isItem && inList) items.push('</ol>');
    inList = isItem;
    items.push(isItem ? `<li>${escape(p.text)}</li>` : `<p>${escape(`${p.label ? `${p.label} ` : ''}${p.text}`)}</p>`);
  }
  if (inList) items.push('</ol>');
  return `<!DOCTYPE html><html lang="${lang}" dir="${RTL.has(lang) ? 'rtl' : 'ltr'}"><head><meta charset="utf-8"><title>Ministry of Foreign Affairs</title></head>
<body><div id="top-menu" class="menu"><a>Ministry</a> <a>Press</a> <a>Contacts</a></div>
<div class="breadcrumbs"><a>Home</a> › <a>Press releases</a></div>
<div class="layout"><div class="sidebar"><ul><li><a>Minister</a></li><li><a>Statements</a></li></ul></div>
<div class="content">
${items.join('\n')}
</div></div>
<div class="footer">Ministry of Foreign Affairs · All rights reserved</div></body></html>`;
}

/** HTML to print as a PDF: the paragraphs as blocks, a running header (the page's title) and page numbers in the print margins. */
export function printablePage(text: string, lang: string, title: string): string {
  const ps = paragraphsOf(text);
  return `<!DOCTYPE html><html lang="${lang}" dir="${RTL.has(lang) ? 'rtl' : 'ltr'}"><head><meta charset="utf-8"><title>${escape(title)}</title>
<style>@page { size: A5; margin: 2cm 1.6cm; } body { font: 11pt/1.35 "DejaVu Serif", serif; } p { margin: 0 0 0.8em; text-align: ${RTL.has(lang) ? 'right' : 'left'}; }</style></head>
<body>${ps.map((p) => `<p>${escape(`${p.label ? `${p.label} ` : ''}${p.text}`)}</p>`).join('\n')}</body></html>`;
}

/**
 * A Word file of the text: one Word paragraph per paragraph; numbered
 * paragraphs ("1.", "2.") in Word's automatic numbering (the numbers are
 * not in the text, as Word saves them), with a header and a footer part.
 */
export function docxOf(text: string, lang: string): Uint8Array {
  const ps = paragraphsOf(text);
  const rtl = RTL.has(lang);
  const run = (t: string): string => `<w:r>${rtl ? '<w:rPr><w:rtl/></w:rPr>' : ''}<w:t xml:space="preserve">${escape(t)}</w:t></w:r>`;
  let first: number | undefined;
  const body = ps
    .map((p) => {
      const auto = p.label !== undefined && /^\d+\.$/.test(p.label);
      if (auto && first === undefined) first = Number.parseInt(p.label as string, 10);
      const pPr = `<w:pPr>${auto ? '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' : ''}${rtl ? '<w:bidi/>' : ''}</w:pPr>`;
      // A long paragraph is written in two runs, as Word splits runs at edits.
      const words = (auto ? p.text : `${p.label ? `${p.label} ` : ''}${p.text}`).split(' ');
      const half = Math.floor(words.length / 2);
      const runs = half > 2 ? run(`${words.slice(0, half).join(' ')} `) + run(words.slice(half).join(' ')) : run(words.join(' '));
      return `<w:p>${pPr}${runs}</w:p>`;
    })
    .join('');
  const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'),
    '_rels/.rels': strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'),
    'word/_rels/document.xml.rels': strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${w} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${body}<w:sectPr><w:headerReference w:type="default" r:id="rId2"/><w:footerReference w:type="default" r:id="rId3"/></w:sectPr></w:body></w:document>`),
    'word/numbering.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${w}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/>${first !== undefined && first !== 1 ? `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="${first}"/></w:lvlOverride>` : ''}</w:num></w:numbering>`),
    'word/header1.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr ${w}><w:p><w:r><w:t>Unofficial translation</w:t></w:r></w:p></w:hdr>`),
    'word/footer1.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr ${w}><w:p><w:r><w:t xml:space="preserve">Page </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>`),
    'docProps/core.xml': strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Joint Statement</dc:title></cp:coreProperties>'),
  };
  return zipSync(files, { mtime: new Date('2024-01-24T00:00:00Z') });
}
