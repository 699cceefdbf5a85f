import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { diffSeries, renderSeriesHtml, renderSeriesMarkdown, seriesToJSON, SCHEMA_VERSION } from '../../src/index.js';
import { fiveRounds, seedSeries } from '../support/series.js';

const s = diffSeries(fiveRounds());
const ids = (html: string): Set<string> => new Set([...html.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1] as string));

describe('renderSeriesMarkdown', () => {
  const md = renderSeriesMarkdown(s);

  it('draws the commitment timeline: rounds as columns, the strength per round, marks linked to the pair', () => {
    expect(md).toContain('| Act | About | 16th round | 17th round | 18th round | 19th round | 20th round |');
    const row = md.split('\n').find((l) => l.startsWith('| condemn |'));
    expect(row).toBeDefined();
    expect(row).toMatch(/\| 6 \| \[5 ↓\]\(#pair-1-p-\d+\) \| \[— ✕\]\(#pair-2-p-\d+\) \| — \| \[5 \+\]\(#pair-4-p-\d+\) \|$/);
  });

  it('lists the paragraphs that changed, and a section per pair with its evidence', () => {
    expect(md).toMatch(/\| Reviewed in detail the situation in the Idlib .* \| ¶4 \| ¶4 \| \[¶3\+¶4 ⑂\]\(#pair-2-p-\d+\) \|/);
    for (let i = 1; i <= 4; i++) expect(md).toContain(`## <a id="pair-${i}"></a>`);
    expect(md).toContain('emphasis “\u2068in the strongest terms\u2069” removed');
  });

  it('has a target for every link', () => {
    const targets = ids(md);
    const links = [...md.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1] as string);
    expect(links.length).toBeGreaterThanOrEqual(12);
    for (const l of links) expect(targets.has(l), l).toBe(true);
  });

  it('leaves steady commitments out with hideSteady', () => {
    const rows = (text: string) => text.split('\n').filter((l) => /^\| [a-z-]+( → [a-z-]+)* \|/.test(l)).length;
    const short = renderSeriesMarkdown(s, { hideSteady: true });
    expect(rows(short)).toBe(s.commitments.filter((h) => h.events.length > 0).length);
    expect(rows(short)).toBeLessThan(rows(md));
  });
});

describe('renderSeriesHtml', () => {
  const html = renderSeriesHtml(s, { title: 'Five illustrative rounds' });

  it('draws one inline SVG bar per round where a commitment is present, and links every mark to an anchor that exists', () => {
    const present = s.commitments.reduce((n, h) => n + h.strengths.filter((x) => x !== null).length, 0);
    expect(html.match(/<svg /g)).toHaveLength(present);
    const targets = ids(html);
    const hrefs = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1] as string);
    expect(hrefs.length).toBeGreaterThan(15);
    for (const h of hrefs) expect(targets.has(h), h).toBe(true);
    expect(html).toContain('title="17th round: strength 5 softened"');
  });

  it('escapes labels and texts, and forbids scripts', () => {
    const hostile = diffSeries([
      { label: '<script>alert(1)</script>', text: 'Condemned <img src=x onerror=alert(1)> attacks.' },
      { label: 'R"2', text: 'Noted <svg onload=alert(1)> attacks.' },
    ]);
    const out = renderSeriesHtml(hostile);
    expect(out).not.toMatch(/<script|<img|<svg onload/i);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain("Content-Security-Policy\" content=\"default-src 'none'");
  });

  it('marks Arabic topics right-to-left, and lists splits and merges that kept every word', () => {
    const ar = renderSeriesHtml(diffSeries(seedSeries()));
    expect(ar).toMatch(/<td class="about" dir="rtl" lang="ar">/);
    expect(ar).toContain('⑂ split</span>');
    expect(ar).toContain('⋈ merged</span>');
  });

  it('validates its input and options', () => {
    expect(() => renderSeriesHtml({} as never)).toThrow(/`series` must be a result of diffSeries/);
    expect(() => renderSeriesHtml(s, { hideSteady: 'yes' as never })).toThrow(/`options.hideSteady` must be a boolean, received "yes"/);
    expect(() => renderSeriesMarkdown(s, { view: 'tabs' as never })).toThrow(RangeError);
  });

  it('shows unchanged paragraphs in the pairs only when asked', () => {
    const count = (text: string) => (text.match(/<article /g) ?? []).length;
    expect(count(renderSeriesHtml(s, { hideUnchanged: false }))).toBeGreaterThan(count(html));
  });
});

describe('seriesToJSON', () => {
  it('is plain, versioned data that follows the shipped series schema (and its pairs the report schema)', () => {
    const json = seriesToJSON(s);
    expect(json.schemaVersion).toBe(SCHEMA_VERSION);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect(json.commitments.find((h) => h.predicate === 'condemn')?.strengths).toEqual([6, 5, null, null, 5]);
    const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as object;
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    ajv.addSchema(read('../../src/report/schema.json'));
    const validate = ajv.compile(read('../../src/report/series/schema.json'));
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    // The schema is not a formality: a wrong kind of event or a missing round fails it.
    const broken = JSON.parse(JSON.stringify(json)) as typeof json;
    broken.commitments[0]!.events.push({ round: 0, kind: 'unchanged' as never, change: 0 });
    expect(validate(broken)).toBe(false);
    expect(validate({ ...json, rounds: undefined })).toBe(false);
  });
});
