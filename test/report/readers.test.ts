/**
 * What a reader of a report relies on: the headline says what changed, in the
 * report's language; acts are words; nothing internal shows (act ids,
 * similarity); quotations are cut at a word; cosmetic words are marked with
 * their old form; a word changed by a letter shows it; Markdown is CommonMark
 * and renders at any size; the terminal view marks changes and never passes
 * the input's control characters through.
 */
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { shorten } from '../../src/commitments/evidence.js';
import { diffCommuniques, headline, renderDocx, renderHtml, renderMarkdown, renderText, REPORT_FORMATS, STRENGTH_SCALE } from '../../src/index.js';
import { exampleRound, SEED } from '../support/fixtures.js';
import { seedNextRound } from '../support/rounds.js';

const seedPair = diffCommuniques(SEED, seedNextRound());
const enPair = diffCommuniques(exampleRound('en', 'a'), exampleRound('en', 'b'));

describe('the headline', () => {
  it('says what changed, in plain words, from the counts', () => {
    const counts = { softened: 0, dropped: 0, added: 0 };
    for (const c of seedPair.commitments) if (c.kind in counts) counts[c.kind as keyof typeof counts]++;
    expect(counts).toEqual({ softened: 2, dropped: 1, added: 2 });
    const h = headline(seedPair);
    expect(h).toMatch(/^Two commitments softened — one from condemn to express concern: “\u2068.+\u2069” —, one dropped, one strengthened and two added\. /);
    expect(h).toMatch(/3 of 18 paragraphs changed in wording, 1 added and 1 dropped; 1 paragraph differs only in spelling or names\.$/);
  });

  it('is in the interface language', () => {
    expect(headline(seedPair, 'ru')).toMatch(/^Смягчены 2 обязательства \(в том числе осудить → выразить обеспокоенность: «\u2068.+\u2069»\), исключено 1, усилено 1, добавлены 2\. Абзацы: изменена формулировка 3 из 18, добавлено 1, исключено 1; 1 абзац отличается только написанием\.$/);
    expect(headline(seedPair, 'ar')).toMatch(/^الالتزامات التي خُففت: 2 \(منها الإدانة ← الإعراب عن القلق: «\u2068.+\u2069»\)، حُذفت: 1، شُددت: 1، أضيفت: 2\. الفقرات: تغيّرت صياغة 3 من 18، أضيفت 1، حُذفت 1؛/);
    // A paragraph count names the paragraphs.
    expect(headline(diffCommuniques('', '1. The parties condemned the attacks.'))).toBe('One commitment added. 1 paragraph added.');
  });

  it('says when nothing, or nothing but spelling, changed', () => {
    expect(headline(diffCommuniques('The parties met in Astana.', 'The parties met in Astana.'))).toBe('No change: the two rounds read the same.');
    expect(headline(diffCommuniques('The parties met in Nur-Sultan.', 'The parties met in Astana.'))).toBe('No substantive change: 1 paragraph differs only in spelling or names.');
    expect(headline(diffCommuniques('The parties met in Nur-Sultan.', 'The parties met in Astana.'), 'ru')).toBe('Существенных изменений нет: 1 абзац отличается только написанием.');
  });

  it('heads every report', () => {
    expect(renderHtml(seedPair)).toContain('<p class="headline">Two commitments softened');
    expect(renderMarkdown(seedPair).split('\n')[4]).toMatch(/^\*\*Two commitments softened/);
    expect(renderText(seedPair).split('\n')[3]).toMatch(/^Two commitments softened/);
  });
});

describe("readers' words", () => {
  const acts = Object.keys(STRENGTH_SCALE).filter((a) => a.includes('-'));
  const reports = (locale: 'en' | 'ar' | 'ru') => [renderHtml(enPair, { locale }), renderMarkdown(enPair, { locale }), renderText(enPair, { locale })];

  it('names acts in words, never by their ids, and shows no similarity figure', () => {
    expect(enPair.commitments.some((c) => c.new?.predicate.includes('-') || c.old?.predicate.includes('-'))).toBe(true);
    for (const locale of ['en', 'ar', 'ru'] as const) {
      for (const r of reports(locale)) {
        for (const id of acts) expect(r, id).not.toContain(id);
        expect(r).not.toMatch(/similarity/i);
      }
    }
  });

  it('heads a changed act with both acts', () => {
    const softened = seedPair.commitments.find((c) => c.kind === 'softened' && c.old?.predicate !== c.new?.predicate);
    expect(softened).toBeDefined();
    expect(renderHtml(seedPair)).toContain('<strong>condemn → express concern</strong>');
    expect(renderHtml(seedPair, { locale: 'ar' })).toContain('<strong>الإدانة ← الإعراب عن القلق</strong>');
  });

  it('writes the page in the interface language and direction', () => {
    expect(renderHtml(seedPair, { locale: 'ar' })).toMatch(/^<!doctype html>\n<html lang="ar" dir="rtl">/);
    expect(renderHtml(seedPair, { locale: 'ru' })).toContain('<h2 id="summary-title">Сводка</h2>');
  });

  it('cuts quotations after a whole word', () => {
    expect(shorten('created as a result of the long process of negotiations between the parties in the region and beyond it', 30)).toBe('created as a result of the…');
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-zа-яء-ي]{1,12}$/), { minLength: 1, maxLength: 40 }), fc.integer({ min: 5, max: 80 }), (words, max) => {
        const text = words.join(' ');
        const cut = shorten(text, max);
        if (cut === text) return;
        expect(cut.endsWith('…')).toBe(true);
        const head = cut.slice(0, -1);
        // What is kept is whole words: the text continues with a space after it.
        expect(text.startsWith(head)).toBe(true);
        expect(text.charAt(head.length)).toBe(' ');
      }),
    );
  });
});

describe('cosmetic words and letters', () => {
  const d = diffCommuniques('The parties met in Nur-Sultan with Lavrentiev on the continued talks.', 'The parties met in Astana with Lavrentyev on the continued talks.');

  it('marks only the words written differently, with their old form, and lists them', () => {
    const html = renderHtml(d, { view: 'inline' });
    expect(html).toContain('<span class="cosmetic" data-was="Nur-Sultan" title="was: Nur-Sultan">Astana</span>');
    expect(html).toContain('<span class="cosmetic" data-was="Lavrentiev" title="was: Lavrentiev">Lavrentyev</span>');
    expect(html).toMatch(/<div class="inline"[^>]*>The parties met in <span/);
    expect(html).toContain('<li><bdi dir="ltr" lang="en">Nur-Sultan</bdi> → <bdi dir="ltr" lang="en">Astana</bdi></li>');
    const md = renderMarkdown(d);
    expect(md).toContain('met in Astana<sup>‹Nur-Sultan›</sup> with Lavrentyev<sup>‹Lavrentiev›</sup> on');
    expect(md).toContain('- \u2068Nur-Sultan\u2069 → \u2068Astana\u2069');
  });

  it('shows the letters of a word changed by a few, and keeps other words whole', () => {
    const ar = diffCommuniques('أكدوا التزامهم المستمر بالحل السياسي.', 'أكدوا التزامهم المستمرة بالحل السياسي.');
    expect(renderHtml(ar, { view: 'inline' })).toContain('<del class="word">المستمر</del><ins class="word apart">المستمر<mark class="ch">ة</mark></ins>');
    const en = diffCommuniques('They will meet again now.', 'They will meet again not.');
    expect(renderMarkdown(en)).toContain('<del>no<b>w</b></del>\u2009<ins>no<b>t</b></ins>');
    const other = diffCommuniques('They condemned the attacks.', 'They welcomed the attacks.');
    expect(renderHtml(other, { view: 'inline' })).toContain('<del>condemned</del><ins class="apart">welcomed</ins>');
  });
});

describe('Markdown', () => {
  const md = new MarkdownIt({ html: true });

  it('keeps every item of a long list of changes in one ordered list (CommonMark indents)', () => {
    const old = Array.from({ length: 14 }, (_, i) => `${i + 1}. The parties condemned the attacks in area ${i + 1}.`).join('\n\n');
    const now = Array.from({ length: 14 }, (_, i) => `${i + 1}. The parties expressed concern about the attacks in area ${i + 1}.`).join('\n\n');
    const d = diffCommuniques(old, now);
    expect(d.commitments.filter((c) => c.kind === 'softened')).toHaveLength(14);
    const tokens = md.parse(renderMarkdown(d), {});
    // One ordered list at the top level, with all fourteen items; item 10 onwards keeps its quotations and reasons inside it.
    const lists = tokens.filter((t) => t.type === 'ordered_list_open' && t.level === 0);
    expect(lists).toHaveLength(1);
    const items: string[][] = [];
    for (const t of tokens) {
      if (t.type === 'list_item_open' && t.level === 1) items.push([]);
      else if (items.length > 0 && t.level > 1) items[items.length - 1]?.push(t.type === 'html_block' || t.type === 'inline' ? t.content : t.type);
      if (t.type === 'ordered_list_close' && t.level === 0) break;
    }
    expect(items).toHaveLength(14);
    for (const item of items) {
      expect(item.join(' ')).toContain('<del>');
      expect(item).toContain('bullet_list_open');
    }
  });

  it('renders a pair of any size, in every format', () => {
    // 40 000 paragraphs each side: a spread of a report's lines into a call (push(...lines)) overflows the stack.
    const text = Array.from({ length: 40_000 }, (_, i) => `Point ${i}.`).join('\n\n');
    const d = diffCommuniques(text, `${text}\n\nA new point.`);
    expect(d.alignment.length).toBe(40_001);
    for (const [name, format] of Object.entries(REPORT_FORMATS)) {
      const out = format.pair(d, { hideUnchanged: false });
      expect(out.length, name).toBeGreaterThan(40_000);
    }
  }, 120_000);
});

describe('renderText', () => {
  const d = diffCommuniques('The 20th meeting \u001b[2Jwas held.', 'The 21st meeting \u001b[2Jwas held in Astana.');

  it('marks changes as git --word-diff does, without colour', () => {
    const t = renderText(d);
    expect(t).toContain('The [-20th-]{+21st+} meeting ␛[2Jwas held{+ in Astana+}.');
    expect(t).not.toContain('\u001b');
  });

  it('colours them, and passes no control character of the input', () => {
    const t = renderText(d, { color: true });
    expect(t).toContain('\u001b[31;9m20th\u001b[39;29m \u001b[32;4m21st\u001b[39;24m');
    expect(t).not.toContain('\u001b[2J');
  });

  it('lists commitment changes first, then the paragraphs that changed only', () => {
    const t = renderText(seedPair);
    expect(t.indexOf('Commitment changes')).toBeLessThan(t.indexOf('\nParagraphs\n'));
    expect(t.split('\n').filter((l) => /^(Modified|Added|Dropped|Cosmetic|Unchanged) · /.test(l))).toHaveLength(seedPair.alignment.filter((c) => c.kind !== 'unchanged').length);
  });

  it('refuses a wrong argument with a TypeError naming it', () => {
    expect(() => renderText({} as never)).toThrow(TypeError);
    expect(() => renderText(d, { color: 'yes' } as never)).toThrow(/options\.color/);
    expect(() => renderDocx(null as never)).toThrow(/`diff`/);
  });
});

describe('what the review found', () => {
  const ar = diffCommuniques(exampleRound('ar', 'a'), exampleRound('ar', 'b'));

  it('shows no similarity figure in any reason, in any language', () => {
    expect(ar.commitments.some((c) => c.evidence.some((e) => e.kind === 'closest'))).toBe(true);
    for (const locale of ['en', 'ar', 'ru'] as const) {
      const reasons = renderText(ar, { locale }).split('\n').filter((l) => l.startsWith('   - '));
      expect(reasons.length).toBeGreaterThan(5);
      for (const r of reasons.filter((l) => /nearest|ближайшее|الأقرب/.test(l))) expect(r.split(/[“«]/)[0]).not.toMatch(/\d\s?%/);
    }
  });

  it('keeps a "$" in a label as written', () => {
    const html = renderHtml(seedPair, { oldLabel: 'Draft $$ 1', newLabel: "Final $' x" });
    expect(html).toContain('<bdi>Draft $$ 1</bdi> ¶');
    expect(html).toContain('<bdi>Final $&#39; x</bdi> ¶');
  });

  it('lets no label or layout line open a Markdown block or make a link', () => {
    const parsed = JSON.parse(JSON.stringify(seedPair)) as typeof seedPair;
    parsed.new.layout = [{ kind: 'caption', text: '[Official photo](https://evil.example/phish) *here* / Reuters', start: 0, end: 0 }];
    const html = new MarkdownIt({ html: true }).render(renderMarkdown(parsed, { oldLabel: '# Injected', newLabel: '1. x' }));
    expect(html).not.toContain('href="https://evil.example');
    expect(html).not.toContain('<em>here</em>');
    expect(html.match(/<h1>/g)).toHaveLength(1);
  });

  it('quotes in the interface language in the terminal too', () => {
    const ru = renderText(seedPair, { locale: 'ru' });
    expect(ru).toContain('(в том числе осудить → выразить обеспокоенность: «');
    expect(ru).toContain('   - действие «أدانوا» (осудить) → «أعربوا عن قلقهم» (выразить обеспокоенность): −2');
  });

  it('marks cosmetic words in the terminal with their old form, and old and new quotations without colour', () => {
    const d = diffCommuniques('1. The parties condemned the attacks near Nur-Sultan.', '1. The parties expressed concern about the attacks near Astana.');
    const t = renderText(d);
    expect(t).toContain('the attacks near Astana‹Nur-Sultan›.');
    expect(t).toContain('   [-condemned the attacks near Nur-Sultan-]');
    expect(t).toContain('   {+expressed concern about the attacks near Astana+}');
  });

  it('lists only words as written differently, not punctuation', () => {
    const d = diffCommuniques('They met in the "Astana format" - again.', 'They met in the «Astana format» — again.');
    expect(renderMarkdown(d)).not.toContain('<sup>');
  });

  it('writes the Word summary in the interface direction, with the input\'s bidi controls shown', () => {
    const bytes = renderDocx(ar, { locale: 'ar', oldLabel: 'ar-round-a.txt', newLabel: '\u202eb.txt' });
    const xml = new TextDecoder().decode(bytes);
    const summary = xml.slice(xml.indexOf('<w:body>'), xml.indexOf('</w:sectPr>'));
    const paragraphs = summary.split('<w:p>').slice(1);
    expect(paragraphs.length).toBeGreaterThan(10);
    // Every line of the summary but the title reads right to left in an Arabic report.
    expect(paragraphs.slice(1).filter((p) => !p.includes('<w:bidi/>'))).toEqual([]);
    expect(summary).toContain('[U+202E]b.txt');
    expect(summary).not.toContain('\u202e');
  });
});

describe('what the second review found', () => {
  it('writes no markup from a kind of a diff revived from JSON', () => {
    const revived = JSON.parse(JSON.stringify(seedPair)) as typeof seedPair;
    (revived.commitments.find((c) => c.kind !== 'unchanged') as { kind: string }).kind = 'x"><img src=x onerror=alert(1)>';
    (revived.alignment[0] as { kind: string }).kind = 'y"><a href="https://evil.example">';
    const html = renderHtml(revived);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('href="https://evil.example');
  });

  it('escapes a label opening a block in the layout list of either side', () => {
    const parsed = JSON.parse(JSON.stringify(seedPair)) as typeof seedPair;
    parsed.old.layout = [{ kind: 'caption', text: 'Photo / Reuters', start: 0, end: 0 }];
    const html = new MarkdownIt({ html: true }).render(renderMarkdown(parsed, { oldLabel: '# Injected', newLabel: '1. x' }));
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html).not.toMatch(/<ol>\s*<li>x/);
  });

  it('counts paragraphs and layout lines in words that agree with their numbers', () => {
    const t = renderText(enPair, { locale: 'ru' });
    expect(t).toMatch(/^Абзацы: изменено \d+, перемещено 1, разделено 1, объединено 1, добавлено 1, исключено 1, написание 2$/m);
    const parsed = JSON.parse(JSON.stringify(seedPair)) as typeof seedPair;
    parsed.new.layout = [1, 2].map((n) => ({ kind: 'page-number' as const, text: String(n), start: 0, end: 0 }));
    expect(renderMarkdown(parsed, { locale: 'ar' })).toContain('أرقام الصفحات: 2');
    expect(renderMarkdown(parsed, { locale: 'ru' })).toContain('номера страниц: 2');
  });
});
