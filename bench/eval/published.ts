/**
 * Text as published: a clean text re-laid as a PDF or a mail program would,
 * hard-wrapped at a width with no blank line between paragraphs. Used to
 * check that such a text gives the paragraphs of its clean form.
 */
import { parseCommunique, type Paragraph } from '../../src/index.js';

/** Wrap one paragraph's words greedily at `width` characters. */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const w of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line === '' ? w : `${line} ${w}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** The paragraphs of `text` (with their labels), hard-wrapped at `width`, one line break between all lines. */
export function hardWrap(text: string, width: number): string {
  return parseCommunique(text)
    .paragraphs.flatMap((p) => wrapWords(`${p.label ? `${p.label} ` : ''}${p.text}`, width))
    .join('\n');
}

/** Paragraphs as [label, text with whitespace runs as one space], for comparing two parses. */
export function shape(text: string): Array<[string | undefined, string]> {
  return parseCommunique(text).paragraphs.map((p) => [p.label, words(p)]);
}

/**
 * A paragraph's words as they are compared: the layout inside it left out,
 * a word hyphenated at a line's end joined, a compound's hyphen left out,
 * whitespace runs as one space.
 */
export function words(p: Paragraph): string {
  let text = p.text;
  for (const r of [...(p.layout ?? [])].reverse()) text = `${text.slice(0, r.start - p.textStart)} ${text.slice(r.end - p.textStart)}`;
  return plainWords(text);
}

/** A text's words as keys compare them: a hyphen at a line's end and a compound's hyphen left out, whitespace runs as one space. */
export function plainWords(text: string): string {
  return text.replace(/(\p{L})[-\u00ad\u2010\u2011\u2013]\s*\n\s*(?=\p{Ll})/gu, '$1').replace(/(\p{L})[-\u2010\u2011\u2013](?=\p{L})/gu, '$1').replace(/\s+/g, ' ').trim();
}

/** How many paragraphs of `texts` a hard-wrapped copy at `width` gives exactly (label and words) as the clean text does. */
export function paragraphRecovery(texts: readonly string[], width: number): { found: number; total: number } {
  let found = 0;
  let total = 0;
  for (const t of texts) {
    const clean = shape(t);
    const wrapped = new Set(shape(hardWrap(t, width)).map((x) => JSON.stringify(x)));
    total += clean.length;
    found += clean.filter((x) => wrapped.has(JSON.stringify(x))).length;
  }
  return { found, total };
}

/**
 * `text` hard-wrapped at `width` in place: the same characters at the same
 * offsets, but a line break where a wrapping program would put one and a
 * space for the first break of each blank line, so that no blank line is
 * left. Labels written against the clean text keep their offsets.
 */
export function wrapInPlace(text: string, width: number): string {
  const out = text.replace(/\n(?=[^\S\n]*\n)/g, ' ').replace(/\n/g, (m, at: number) => (text.charAt(at - 1) === '\n' || text.charAt(at + 1) === '\n' ? m : ' '));
  const chars = [...out];
  let lineStart = 0;
  let lastSpace = -1;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    if (ch === '\n') {
      lineStart = i + 1;
      lastSpace = -1;
      continue;
    }
    if (ch === ' ') lastSpace = i;
    if (i - lineStart >= width && lastSpace > lineStart) {
      chars[lastSpace] = '\n';
      lineStart = lastSpace + 1;
      lastSpace = -1;
    }
  }
  return chars.join('');
}

/** A running header of each language, for PDF copies. */
export const HEADERS: Readonly<Record<string, string>> = { en: 'Joint Statement of the International Meeting on Syria', ar: 'البيان المشترك للاجتماع الدولي حول سوريا', ru: 'Совместное заявление по итогам международной встречи' };

/** How {@link asPdfCopy} lays a text out. */
export interface PdfCopyOptions {
  /** Line width in characters. */
  width: number;
  /** Lines of text a page. */
  pageLines: number;
  /** The running header printed at the top of each page after the first. */
  header: string;
  /** The page number line of page `n` of `total`. */
  pageNumber: (n: number, total: number) => string;
  /** Hyphenate a long word at a line's end when it does not fit (Latin and Cyrillic). */
  hyphenate?: boolean;
}

/**
 * Text as copied out of a PDF: hard-wrapped at `width` with no blank line
 * between paragraphs, long words hyphenated at a line's end, a running header
 * at the top of every page after the first and a page number at the foot of
 * every page — pages break wherever they fall, in mid-paragraph too.
 */
export function asPdfCopy(text: string, o: PdfCopyOptions): string {
  const lines: string[] = [];
  for (const p of parseCommunique(text).paragraphs) {
    let line = '';
    for (const w of `${p.label ? `${p.label} ` : ''}${p.text}`.split(/\s+/).filter(Boolean)) {
      const room = o.width - line.length - (line === '' ? 0 : 1);
      if (line !== '' && w.length > room) {
        // Cut a long word of letters after its fourth letter, leaving at least four.
        if (o.hyphenate && room >= 6 && w.length >= 10 && /^[\p{Script=Latin}\p{Script=Cyrillic}]+[,.;]?$/u.test(w)) {
          const cut = Math.min(room - 1, w.length - 5);
          lines.push(`${line} ${w.slice(0, cut)}-`);
          line = w.slice(cut);
          continue;
        }
        lines.push(line);
        line = w;
      } else line = line === '' ? w : `${line} ${w}`;
    }
    if (line !== '') lines.push(line);
  }
  const total = Math.ceil(lines.length / o.pageLines);
  const out: string[] = [];
  for (let n = 1; n <= total; n++) {
    if (n > 1) out.push(o.header);
    out.push(...lines.slice((n - 1) * o.pageLines, n * o.pageLines));
    out.push(o.pageNumber(n, total));
  }
  return out.join('\n');
}

/** Press furniture of a news page in each language, for {@link asNewsCopy}. */
const NEWS: Record<string, { headline: string; byline: string; dateline: string; readAlso: string; caption: string; share: string; footer: string }> = {
  en: { headline: 'Astana guarantors issue joint statement after new round', byline: 'By Our Diplomatic Correspondent', dateline: 'Published 24 January 2024, 14:05', readAlso: 'Read also: Geneva talks on the constitution stall again', caption: 'Photo: Delegations at the closing session (AFP)', share: 'Share | Facebook | Twitter | Email', footer: '© 2024 Example News Agency. All rights reserved.' },
  ar: { headline: 'الدول الضامنة تصدر بيانها الختامي في أستانا', byline: 'كتب: محرر الشؤون الدولية', dateline: 'نشر في 24 يناير 2024 - 14:05', readAlso: 'اقرأ أيضاً: تعثر جديد في اجتماعات اللجنة الدستورية', caption: 'الصورة: الوفود في الجلسة الختامية', share: 'شارك | فيسبوك | تويتر', footer: 'جميع الحقوق محفوظة © 2024' },
  ru: { headline: 'Страны-гаранты приняли совместное заявление в Астане', byline: 'Автор: Иван Петров', dateline: 'Опубликовано 24 января 2024, 14:05', readAlso: 'Читайте также: Женевские консультации снова зашли в тупик', caption: 'Фото: делегации на заключительном заседании', share: 'Поделиться', footer: '© 2024 Пример-Новости. Все права защищены.' },
};

/**
 * Text as copied out of a news page: a headline, byline and dateline above
 * the statement's paragraphs, a "read also" line and a photo caption between
 * them, share buttons and a footer below; blank lines between paragraphs or not.
 */
export function asNewsCopy(text: string, lang: string, blankLines: boolean): string {
  const f = NEWS[lang] ?? (NEWS.en as (typeof NEWS)['en']);
  const ps = parseCommunique(text).paragraphs.map((p) => `${p.label ? `${p.label} ` : ''}${p.text.replace(/\s+/g, ' ')}`);
  const third = Math.max(1, Math.floor(ps.length / 3));
  const body = [...ps.slice(0, third), f.readAlso, ...ps.slice(third, 2 * third), f.caption, ...ps.slice(2 * third)];
  return [f.headline, f.byline, f.dateline, ...body, f.share, f.footer].join(blankLines ? '\n\n' : '\n');
}
