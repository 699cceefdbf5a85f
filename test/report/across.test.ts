/**
 * Reports of comparisons across languages, in every format: a statement and
 * its Arabic or Russian version (no word-level redline: the two versions side
 * by side or one after the other, each in its own language and direction;
 * the numbers one side lacks), and an Arabic press report of it (the items it
 * leaves out listed as such, not as dropped). The expectations are what an
 * analyst reading the report checks by eye.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { strFromU8, unzipSync } from 'fflate';
import MarkdownIt from 'markdown-it';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasSubstantiveChange, headline, renderDocx, renderHtml, renderMarkdown, renderSeriesHtml, renderText, REPORT_FORMATS, toJSON } from '../../src/core.js';
import type { CommuniqueDiff } from '../../src/core.js';
import { fromDocx } from '../../src/import/index.js';
import { MESSAGES } from '../../src/report/locale/index.js';
import { across, ARABIC, enAr, enReport, enRu, REPORT, sideTexts, STATEMENT } from './across-texts.js';

const AR = enAr();
const RU = enRu();
const PRESS = enReport();
const labels = { oldLabel: 'Statement', newLabel: 'Arabic version' };

/** The diff as JSON and back: what a reader of the JSON form hands to a renderer. */
const revived = (diff: CommuniqueDiff): CommuniqueDiff => JSON.parse(JSON.stringify(toJSON(diff))) as CommuniqueDiff;

/** The articles of the redline section of an HTML report. */
const articlesOf = (html: string): string[] => html.slice(html.indexOf('id="redline"')).match(/<article [\s\S]*?<\/article>/g) ?? [];

describe('the comparisons the reports are made of', () => {
  it('are across languages, pair the five items, soften the condemnation, and find 2254 against ٢٢٤٥', () => {
    for (const d of [AR, RU]) {
      expect(d.crossLanguage).toBe(true);
      expect(d.alignment.map((c) => [c.old, c.new])).toEqual([0, 1, 2, 3, 4].map((i) => [[i], [i]]));
      expect(d.commitments.find((c) => c.old?.predicate === 'condemn')?.kind).toBe('softened');
    }
    expect(AR.alignment[3]?.numbers).toEqual({ old: ['2254'], new: ['٢٢٤٥'] });
    expect(RU.alignment.every((c) => c.numbers?.old.length === 0 && c.numbers.new.length === 0)).toBe(true);
  });

  it('read the Arabic text with a dateline and «وأكد البيان» as a press report that leaves the condemnation and the call out', () => {
    expect(PRESS.coverage?.report).toBe('new');
    expect(PRESS.coverage?.leftOut).toEqual(expect.arrayContaining([1, 2]));
    expect(PRESS.new.layout?.map((b) => b.kind)).toEqual(['dateline']);
  });
});

describe('renderHtml across languages', () => {
  const html = renderHtml(AR, labels);

  it('says under the title that the comparison is across languages, without a word-level redline or a view switch', () => {
    expect(html).toContain('<p class="meta across">English → Arabic, compared across languages: no word-level redline</p>');
    expect(html).not.toContain('class="view-input"');
    expect(html).not.toContain('class="inline"');
    expect(html).not.toContain('class="sbs"');
    // Whatever the view asked for.
    for (const view of ['inline', 'side-by-side', 'both'] as const) expect(articlesOf(renderHtml(AR, { ...labels, view }))).toEqual(articlesOf(html));
  });

  it('shows each aligned paragraph as two columns, each in its own language and direction, as plain text', () => {
    const articles = articlesOf(html);
    expect(articles).toHaveLength(AR.alignment.length);
    articles.forEach((a, i) => {
      const columns = a.match(/<div class="column (old|new)" [^>]*>/g) ?? [];
      expect(columns).toEqual(['<div class="column old" dir="ltr" lang="en">', '<div class="column new" dir="rtl" lang="ar">']);
      expect(a).not.toMatch(/<(del|ins)\b/);
      for (const t of sideTexts(AR, 'old', i)) expect(a).toContain(`<p>${t}</p>`);
      expect(a).toContain('<span class="badge k-modified">Modified</span>');
    });
    // The Arabic item as written, its label in the place line.
    expect(articles[1]).toContain('<p>أعربت عن قلقها إزاء الهجمات المستمرة على المدنيين في إدلب.</p>');
    expect(articles[1]).toContain('<bdi>Statement</bdi> ¶2 (2.) → <bdi>Arabic version</bdi> ¶2 (٢.)');
    expect(articles[0]).toContain('<span class="side-label"><bdi dir="ltr" lang="en"><bdi>Statement</bdi> · English</bdi></span>');
  });

  it('puts the numbers apart in the header of the change, each side isolated', () => {
    const articles = articlesOf(html);
    expect(articles[3]).toContain(' · <span class="numbers">numbers: <bdi>2254</bdi> → <bdi>٢٢٤٥</bdi></span></header>');
    expect(articles.filter((a) => a.includes('class="numbers"'))).toHaveLength(1);
  });

  it('lists the commitment changes as within one language, with their evidence', () => {
    expect(html).toContain('<span class="badge k-softened">Softened</span> <strong>condemn → express concern</strong> <span class="delta">(−2)</span>');
    expect(html).toContain('act “<bdi dir="ltr">Condemned</bdi>” (condemn) → “<bdi dir="rtl">أعربت عن قلقها</bdi>” (express concern): −2');
  });

  it('in Arabic: a right-to-left page, the line in Arabic, the old version in the right-hand column', () => {
    const page = renderHtml(AR, { locale: 'ar' });
    expect(page).toContain('<html lang="ar" dir="rtl">');
    expect(page).toContain('<p class="meta across">الإنجليزية ← العربية، مقارنة بين لغتين: بلا مقارنة كلمة بكلمة</p>');
    expect(page).toContain('<div class="columns" dir="rtl"><div class="column old" dir="ltr" lang="en">');
    expect(page).toContain('<span class="numbers">الأرقام: <bdi>2254</bdi> ← <bdi>٢٢٤٥</bdi></span>');
  });

  it('English and Russian: two left-to-right columns, each in its language', () => {
    const page = renderHtml(RU, { locale: 'ru' });
    expect(page).toContain('<p class="meta across">Английский → русский: сравнение на разных языках, без пословной правки</p>');
    for (const a of articlesOf(page)) {
      expect(a).toContain('<div class="column old" dir="ltr" lang="en">');
      expect(a).toContain('<div class="column new" dir="ltr" lang="ru">');
      expect(a).not.toMatch(/<(del|ins)\b/);
    }
    expect(page).toContain('<p>Выразили обеспокоенность продолжающимися нападениями на мирных жителей в Идлибе.</p>');
  });

  it('marks the items a press report leaves out as not in the report, lists them by their first words, and does not count them as dropped', () => {
    const page = renderHtml(PRESS, { oldLabel: 'Statement', newLabel: 'Press report' });
    const left = PRESS.coverage?.leftOut ?? [];
    expect(page).toContain('<p class="meta coverage">“<bdi>Press report</bdi>” is a press report of “<bdi>Statement</bdi>”: the items it leaves out are listed apart, not counted as dropped.</p>');
    expect(page).toContain('<h3>Items the report leaves out</h3>');
    expect(page).toMatch(/<li><a href="#p-\d+">¶2 \(2\.\)<\/a> <bdi dir="ltr" lang="en">Condemned the continuing attacks on civilians in Idlib\.<\/bdi><\/li>/);
    expect(page).toMatch(/<li><a href="#p-\d+">¶3 \(3\.\)<\/a> <bdi dir="ltr" lang="en">Called upon the parties to release all detainees…<\/bdi><\/li>/);
    const marked = articlesOf(page).filter((a) => a.includes('<span class="badge k-left-out">Not in the report</span>'));
    expect(marked).toHaveLength(left.length);
    for (const a of marked) {
      expect(a).toContain('<div class="column new" dir="rtl" lang="ar"><span class="side-label"><bdi dir="ltr" lang="en"><bdi>Press report</bdi> · Arabic</bdi></span><p class="absent"><bdi dir="ltr" lang="en">not in the report</bdi></p></div>');
      expect(a).not.toContain('k-dropped');
    }
    // The counts: the left-out items in a row of their own, none of them dropped.
    const dropped = PRESS.alignment.filter((c) => c.kind === 'dropped').length - left.length;
    expect(page).toContain(`<span class="badge k-dropped">Dropped</span></th><td>${dropped}</td></tr><tr><th scope="row"><span class="badge k-left-out">Not in the report</span></th><td>${left.length}</td>`);
    // The dateline is layout, shown apart.
    expect(page).toContain('<span class="layout-kind">dateline</span>');
  });

  it('renders a diff revived from its JSON form exactly as the diff', () => {
    for (const d of [AR, RU, PRESS]) expect(renderHtml(revived(d), labels)).toBe(renderHtml(d, labels));
  });

  it('escapes hostile text in a column and keeps the page free of markup from the input', () => {
    const hostile = across(`${STATEMENT}\n\n6. Noted <script>window.__x = 1</script> \u202Ethe report.`, `${ARABIC}\n\n٦. أحاطت علماً <img src=x onerror=alert(1)> بالتقرير.`, { old: 'en', new: 'ar' });
    const page = renderHtml(hostile, { oldLabel: '"><script>alert(1)</script>' });
    expect(page).not.toMatch(/<script|<img|onerror="/i);
    expect(page).toContain('&lt;script&gt;window.__x = 1&lt;/script&gt;');
    expect(page).toContain('[U+202E]');
  });

  it('writes no markup, and no control character to a terminal, from a revived diff that holds anything in its fields across languages', () => {
    const bad = revived(PRESS) as unknown as Record<string, unknown> & { old: { lang: string }; new: { lang: string }; alignment: Array<Record<string, unknown>> };
    bad.old.lang = '"><script>alert(1)</script>';
    bad.new.lang = 'x\u001b[31m';
    bad.coverage = { report: 'new', leftOut: ['<b>', 1, null] };
    bad.alignment[3]!.numbers = { old: ['<img src=x onerror=alert(1)>', 7], new: 'nope' };
    bad.alignment[4]!.numbers = null;
    const diff = bad as unknown as CommuniqueDiff;
    const page = renderHtml(diff);
    expect(page).not.toMatch(/<script|<img|onerror="/i);
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(renderMarkdown(diff)).not.toMatch(/<script|<img/i);
    expect(renderText(diff)).not.toContain('\u001b');
    expect(() => renderDocx(diff)).not.toThrow();
    expect(() => headline(diff, 'ru')).not.toThrow();
  });

  it('shows a cross-language pair of a series side by side too', () => {
    const pair = AR;
    const series = { labels: ['Statement', 'Arabic version'], rounds: [pair.old, pair.new], pairs: [pair], lineages: [], commitments: [] };
    const page = renderSeriesHtml(series);
    expect(page).toContain('<div class="column new" dir="rtl" lang="ar">');
    expect(page).toContain('.columns {');
  });
});

describe('renderMarkdown across languages', () => {
  const text = renderMarkdown(AR, labels);
  const paragraphs = text.slice(text.indexOf('## Paragraphs'));

  it('gives each change its two versions one after the other: label and language, then the text as a blockquote isolated in its direction', () => {
    expect(text).toContain('\n*English → Arabic, compared across languages: no word-level redline*\n');
    expect(paragraphs).toContain(
      [
        '### <a id="p-2"></a>Modified — Statement ¶2 (2.) → Arabic version ¶2 (٢.)',
        '',
        '**Statement** · English',
        '',
        '> \u2068Condemned the continuing attacks on civilians in Idlib.\u2069',
        '',
        '**Arabic version** · Arabic',
        '',
        '> \u2068أعربت عن قلقها إزاء الهجمات المستمرة على المدنيين في إدلب.\u2069',
      ].join('\n'),
    );
    expect(paragraphs).not.toMatch(/<(del|ins)>|~~/);
  });

  it('shows the numbers apart in the change heading', () => {
    expect(paragraphs).toContain('### <a id="p-4"></a>Modified — Statement ¶4 (4.) → Arabic version ¶4 (٤.) · numbers: \u20682254\u2069 → \u2068٢٢٤٥\u2069\n');
  });

  it('renders as CommonMark: two blockquotes a change', () => {
    const html = new MarkdownIt({ html: true }).render(paragraphs);
    expect((html.match(/<blockquote>/g) ?? []).length).toBe(2 * AR.alignment.length);
    expect(html).not.toMatch(/<(del|ins)>/);
  });

  it('lists the items a press report leaves out, and marks their changes as such', () => {
    const md = renderMarkdown(PRESS, { oldLabel: 'Statement', newLabel: 'Press report' });
    expect(md).toContain('“\u2068Press report\u2069” is a press report of “\u2068Statement\u2069”: the items it leaves out are listed apart, not counted as dropped.');
    expect(md).toMatch(/### Items the report leaves out\n\n(- \[¶\d \(\d\.\)\]\(#p-\d\) \u2068.+\u2069\n)+/);
    expect(md).toMatch(/- \[¶2 \(2\.\)\]\(#p-\d\) \u2068Condemned the continuing attacks on civilians in Idlib\.\u2069/);
    expect(md).toMatch(/### <a id="p-\d"><\/a>Not in the report — Statement ¶2 \(2\.\)\n\n\*\*Statement\*\* · English\n\n> \u2068Condemned the continuing attacks on civilians in Idlib\.\u2069\n\n\*\*Press report\*\* · Arabic\n\n\*not in the report\*/);
  });

  it('in Russian', () => {
    const md = renderMarkdown(RU, { locale: 'ru' });
    expect(md).toContain('*Английский → русский: сравнение на разных языках, без пословной правки*');
    expect(md).toContain('**новый** · русский\n\n> \u2068Выразили обеспокоенность продолжающимися нападениями на мирных жителей в Идлибе.\u2069');
  });

  it('renders a revived diff as the diff', () => {
    for (const d of [AR, PRESS]) expect(renderMarkdown(revived(d))).toBe(renderMarkdown(d));
  });
});

describe('renderText across languages', () => {
  const text = renderText(AR, labels);
  const paragraphs = text.slice(text.lastIndexOf('\nParagraphs\n'));

  it('gives both versions of each change under their labels and languages, without deletion or insertion marks', () => {
    expect(text.split('\n').slice(0, 3)).toEqual(['Communiqué change report', 'Statement → Arabic version · 5 → 5 paragraphs', 'English → Arabic, compared across languages: no word-level redline']);
    expect(paragraphs).toContain(
      [
        'Modified · Statement ¶4 (4.) → Arabic version ¶4 (٤.) · numbers: 2254 → ٢٢٤٥',
        '  Statement · English',
        '    Stressed that the conflict can only be resolved through a political process in line with UN Security Council Resolution 2254.',
        '  Arabic version · Arabic',
        '    شددت على أن النزاع لا يمكن حله إلا من خلال عملية سياسية وفقاً لقرار مجلس الأمن الدولي ٢٢٤٥.',
      ].join('\n'),
    );
    expect(paragraphs).not.toMatch(/\[-|\{\+/);
  });

  it('uses no colours of deletion or insertion on the paragraphs', () => {
    const coloured = renderText(AR, { ...labels, color: true });
    const part = coloured.slice(coloured.lastIndexOf('Paragraphs'));
    expect(part).not.toContain('\u001b[31;9m');
    expect(part).not.toContain('\u001b[32;4m');
    expect(part).toContain('\u001b[2m');
  });

  it('lists the items a press report leaves out, and says so where each stands', () => {
    const t = renderText(PRESS, { oldLabel: 'Statement', newLabel: 'Press report' });
    expect(t).toContain('“Press report” is a press report of “Statement”: the items it leaves out are listed apart, not counted as dropped.');
    expect(t).toContain('Items the report leaves out\n');
    expect(t).toContain('\n  ¶2 (2.) Condemned the continuing attacks on civilians in Idlib.\n');
    expect(t).toMatch(/Not in the report · Statement ¶2 \(2\.\)\n {2}Statement · English\n {4}Condemned the continuing attacks on civilians in Idlib\.\n {2}Press report · Arabic\n {4}\(not in the report\)/);
    expect(t).toMatch(/^Paragraphs: Modified \d(, Added \d)?, Not in the report \d$/m);
  });
});

const partsOf = (bytes: Uint8Array): Record<string, string> => Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, strFromU8(v)]));
const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();

describe('renderDocx across languages', () => {
  const bytes = renderDocx(AR, labels);
  const xml = partsOf(bytes)['word/document.xml'] ?? '';
  const tables = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
  /** The text of each cell of a table's second row (the versions), paragraph by paragraph. */
  const cells = (table: string): string[][] =>
    (table.match(/<w:tr>(?:(?!<w:tr>)[\s\S])*?<\/w:tr>/g)?.[1]?.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map((tc) => (tc.match(/<w:p>[\s\S]*?<\/w:p>/g) ?? []).map((p) => [...p.matchAll(/<w:t [^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')));

  it('tracks no change: a table of two columns for each paragraph change, old | new', () => {
    expect(xml).not.toMatch(/<w:(ins|del)\b/);
    expect(tables).toHaveLength(AR.alignment.length);
    AR.alignment.forEach((c, i) => {
      const [left, right] = cells(tables[i] ?? '');
      expect(left).toEqual(c.old.map((p) => `${AR.old.paragraphs[p]?.label} ${AR.old.paragraphs[p]?.text}`));
      expect(right).toEqual(c.new.map((p) => `${AR.new.paragraphs[p]?.label} ${AR.new.paragraphs[p]?.text}`));
    });
  });

  it('gives each cell its language: Arabic right-to-left (w:bidi, w:rtl runs, ar-SA), English left-to-right (en-GB)', () => {
    for (const t of tables) {
      const [, texts] = t.match(/<w:tr>(?:(?!<w:tr>)[\s\S])*?<\/w:tr>/g) ?? [];
      const [left, right] = texts?.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? [];
      expect(left).toContain('<w:lang w:val="en-GB"/>');
      expect(left).not.toContain('<w:bidi/>');
      expect(right).toMatch(/<w:p><w:pPr><w:bidi\/>/);
      expect(right).toContain('<w:r><w:rPr><w:rtl/><w:lang w:bidi="ar-SA"/></w:rPr>');
    }
    expect(tables[0]).toContain('<w:gridCol w:w="4535"/><w:gridCol w:w="4535"/>');
    expect(tables[0]).not.toContain('<w:bidiVisual/>');
    // In an Arabic report the table runs right to left: the old version on the right.
    expect(partsOf(renderDocx(AR, { locale: 'ar' }))['word/document.xml']).toContain('<w:tblPr><w:bidiVisual/>');
  });

  it('keeps the summary, says it is across languages, and heads each table with the change and its numbers', () => {
    const lines = fromDocx(bytes).text.split('\n\n').map(flat);
    expect(lines.slice(0, 3)).toEqual(['Communiqué change report', 'Statement \u200e→\u200e Arabic version', 'English → Arabic, compared across languages: no word-level redline']);
    expect(lines[3]).toMatch(/^Across languages: two commitments weaker in the new version/);
    expect(lines).toContain('Modified — Statement ¶4 (4.) \u200e→\u200e Arabic version ¶4 (٤.) · numbers: 2254 \u200e→\u200e ٢٢٤٥\u200e');
    expect(lines).toContain(MESSAGES.en.across.tableNote('Statement', 'Arabic version'));
    expect(lines).toContain('Statement · English');
    expect(lines).toContain('٢. أعربت عن قلقها إزاء الهجمات المستمرة على المدنيين في إدلب.');
  });

  it('lists the items a press report leaves out, and says so in the report’s column', () => {
    const b = renderDocx(PRESS, { oldLabel: 'Statement', newLabel: 'Press report' });
    const lines = fromDocx(b).text.split('\n\n').map(flat);
    const at = lines.indexOf('Items the report leaves out');
    expect(at).toBeGreaterThan(0);
    expect(lines).toContain('¶2 (2.)\u200e Condemned the continuing attacks on civilians in Idlib.');
    expect(lines.filter((l) => l === 'not in the report')).toHaveLength(PRESS.coverage?.leftOut.length ?? -1);
    expect(lines.some((l) => l.startsWith('Not in the report — Statement ¶2 (2.)'))).toBe(true);
  });

  it('gives the same bytes for the same comparison, and for its revived JSON form', () => {
    expect(renderDocx(AR, labels)).toEqual(bytes);
    expect(renderDocx(revived(AR), labels)).toEqual(bytes);
  });
});

describe('toJSON across languages', () => {
  const schema = JSON.parse(readFileSync(new URL('../../src/report/schema.json', import.meta.url), 'utf8')) as object;
  const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

  it('carries crossLanguage, coverage, numbers and translated, and validates against the schema (version 2)', () => {
    const ar = toJSON(AR);
    expect(ar.schemaVersion).toBe(2);
    expect(ar.crossLanguage).toBe(true);
    expect(ar.coverage).toBeUndefined();
    expect(ar.alignment[3]?.numbers).toEqual({ old: ['2254'], new: ['٢٢٤٥'] });
    expect(ar.commitments.find((c) => c.kind === 'unchanged')?.evidence).toEqual([{ kind: 'same', cosmetic: [], punctuation: false, translated: true }]);
    const press = toJSON(PRESS);
    expect(press.coverage).toEqual(PRESS.coverage);
    for (const d of [ar, press, toJSON(RU)]) expect(validate(JSON.parse(JSON.stringify(d))), JSON.stringify(validate.errors)).toBe(true);
    // Within one language nothing changes: no such fields.
    const same = toJSON(across(STATEMENT, STATEMENT.replace('strong', 'firm'), { old: 'en', new: 'en' }));
    expect(Object.keys(same)).toEqual(['schemaVersion', 'generator', 'old', 'new', 'summary', 'alignment', 'commitments']);
    // The schema is not a formality.
    expect(validate({ ...JSON.parse(JSON.stringify(press)), coverage: { report: 'both', leftOut: [] } })).toBe(false);
    expect(validate({ ...JSON.parse(JSON.stringify(ar)), crossLanguage: false })).toBe(false);
  });

  it('says a faithful translation is no substantive change, and a weaker one is', () => {
    expect(hasSubstantiveChange(AR)).toBe(true);
    const faithful = across(STATEMENT.split('\n\n').slice(2, 3).join(''), ARABIC.split('\n\n').slice(2, 3).join(''), { old: 'en', new: 'ar' });
    expect(faithful.commitments.map((c) => c.kind)).toEqual(['unchanged']);
    expect(toJSON(faithful).summary.substantive).toBe(false);
    // A report that leaves items out has not dropped them.
    expect(toJSON(PRESS).summary.substantive).toBe(true);
  });

  it('is what REPORT_FORMATS.json writes', () => {
    expect(JSON.parse(REPORT_FORMATS.json.pair(PRESS))).toEqual(JSON.parse(JSON.stringify(toJSON(PRESS))));
  });
});

describe('the headline across languages', () => {
  it('says so and counts what differs, in each interface language', () => {
    expect(headline(AR)).toBe('Across languages: two commitments weaker in the new version — one from condemn to express concern: “\u2068إزاء الهجمات المستمرة على المدنيين في إدلب\u2069”; numbers differ in 1 paragraph.');
    expect(headline(AR, 'ar')).toBe('بين اللغتين: التزامات أضعف في النص الجديد: 2 (منها الإدانة ← الإعراب عن القلق: «\u2068إزاء الهجمات المستمرة على المدنيين في إدلب\u2069»)؛ فقرات تختلف أرقامها: 1.');
    expect(headline(RU, 'ru')).toBe('Сравнение на разных языках: в новой версии слабее 1 обязательство (осудить → выразить обеспокоенность: «\u2068продолжающимися нападениями на мирных жителей в Идлибе\u2069»).');
  });

  it('counts the items a press report leaves out apart, not as dropped paragraphs', () => {
    const n = PRESS.coverage?.leftOut.length ?? 0;
    expect(headline(PRESS)).toMatch(new RegExp(`^Across languages: .*; ${n} items of the statement not in the report\\.$`));
    expect(headline(PRESS)).not.toMatch(/paragraphs? only in the old version|dropped/);
    expect(headline(PRESS, 'ar')).toMatch(new RegExp(`؛ بنود من البيان لم يتناولها التقرير: ${n}\\.$`));
    expect(headline(PRESS, 'ru')).toMatch(new RegExp(`; ${n} пункт(а|ов)? заявления не вош(ёл|ли) в сообщение\\.$`));
  });

  it('agrees its Russian words with the numbers, and says when the versions agree', () => {
    const ru = MESSAGES.ru;
    const q = (t: string): string => `«${t}»`;
    const words = (n: number, leftOut: number, numbers = 0, dropped = 0): string =>
      ru.headline({ commitments: { softened: n }, paragraphs: { dropped }, total: { old: 9, new: 9 }, across: { numbers, leftOut } }, undefined, (a) => a, q);
    expect(words(1, 1)).toBe('Сравнение на разных языках: в новой версии слабее 1 обязательство; 1 пункт заявления не вошёл в сообщение.');
    expect(words(5, 5, 2)).toBe('Сравнение на разных языках: в новой версии слабее 5 обязательств; числа расходятся в 2 абзацах; 5 пунктов заявления не вошли в сообщение.');
    expect(words(21, 0, 21, 3)).toBe('Сравнение на разных языках: в новой версии слабее 21 обязательство; числа расходятся в 21 абзаце; только в прежней версии 3 абзаца.');
    expect(words(0, 0)).toBe('Сравнение на разных языках: версии совпадают — все обязательства той же силы, числа те же.');
    const enWords = MESSAGES.en.headline({ commitments: {}, paragraphs: {}, total: { old: 1, new: 1 }, across: { numbers: 0, leftOut: 1 } }, undefined, (a) => a, q);
    expect(enWords).toBe('Across languages: no commitment differs in strength; 1 item of the statement not in the report.');
    const faithful = across(STATEMENT.split('\n\n')[2] ?? '', ARABIC.split('\n\n')[2] ?? '', { old: 'en', new: 'ar' });
    expect(headline(faithful)).toBe('Across languages: the two versions agree — every commitment at the same strength, the same numbers.');
    expect(headline(faithful, 'ar')).toBe('بين اللغتين: النصان متوافقان، فكل التزام بالقوة نفسها والأرقام نفسها.');
  });
});

describe('every format of a press report', () => {
  it('renders, in every interface language, and names the report side', () => {
    for (const locale of ['en', 'ar', 'ru'] as const) {
      const o = { locale, oldLabel: 'Statement', newLabel: 'Press report' };
      const { report } = MESSAGES[locale].across;
      expect(renderHtml(PRESS, o)).toContain(report('<bdi>Press report</bdi>', '<bdi>Statement</bdi>').replace(/"/g, '&quot;'));
      expect(renderMarkdown(PRESS, o)).toContain(report('\u2068Press report\u2069', '\u2068Statement\u2069'));
      expect(renderText(PRESS, o)).toContain(report('Press report', 'Statement'));
      expect(fromDocx(renderDocx(PRESS, o)).text).toContain(report('Press report', 'Statement'));
    }
    expect(REPORT).toContain('وأكد البيان');
  });

  it('names the left-out items in Arabic and Russian, agreeing with the paragraph', () => {
    const o = { oldLabel: 'Statement', newLabel: 'Press report' };
    const ar = renderHtml(PRESS, { ...o, locale: 'ar' });
    expect(ar).toContain('<span class="badge k-left-out">لم ترد في التقرير</span>');
    expect(ar).toContain('<h3>بنود لم يتناولها التقرير</h3>');
    expect(ar).toContain('<p class="meta across">الإنجليزية ← العربية، مقارنة بين لغتين: بلا مقارنة كلمة بكلمة</p>');
    const ru = renderHtml(PRESS, { ...o, locale: 'ru' });
    expect(ru).toContain('<span class="badge k-left-out">Не вошёл в сообщение</span>');
    expect(ru).toContain('<h3>Пункты, не вошедшие в сообщение</h3>');
    const text = renderText(PRESS, { ...o, locale: 'ru' });
    expect(text).toContain('    (нет в сообщении)');
    expect(text).toMatch(/^Абзацы: изменено \d(, добавлено \d)?, не вошло в сообщение \d$/m);
    expect(renderMarkdown(PRESS, { ...o, locale: 'ar' })).toContain('*لم ترد في التقرير*');
  });
});
