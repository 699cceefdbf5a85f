import { Ajv2020 } from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffCommuniques, renderHtml, renderMarkdown, SCHEMA_VERSION, toJSON } from '../../src/index.js';
import { SEED } from '../support/fixtures.js';
import { seedNextRound } from '../support/rounds.js';

const diff = diffCommuniques(SEED, seedNextRound());
const HOSTILE = '1. Condemned <script>window.__xss = 1</script> the attacks.\n2. Welcomed <img src=x onerror="window.__xss = 2"> and [a link](javascript:alert(1)) **bold** | pipe.\n3. Noted \u202Egnp.exe\u202C the report.';
const hostileDiff = diffCommuniques('1. Condemned the attacks.', HOSTILE);

describe('toJSON', () => {
  const schema = JSON.parse(readFileSync(new URL('../../src/report/schema.json', import.meta.url), 'utf8')) as object;
  const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

  it('validates against the shipped JSON Schema', () => {
    for (const d of [diff, hostileDiff, diffCommuniques('', '')]) {
      const json = JSON.parse(JSON.stringify(toJSON(d))) as unknown;
      expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('is versioned and summarizes the seed against its next round', () => {
    const json = toJSON(diff);
    expect(json.schemaVersion).toBe(SCHEMA_VERSION);
    expect(json.summary.substantive).toBe(true);
    expect(json.summary.paragraphs).toMatchObject({ added: 1, dropped: 1, cosmetic: 1 });
    expect(json.summary.commitments).toMatchObject({ strengthened: 1 });
    expect(json.summary.commitments.softened).toBeGreaterThanOrEqual(2);
    expect(json.commitments.find((c) => c.kind === 'strengthened')?.reasons[0]).toBe('booster "الثابت" added (+0.5)');
  });

  it('rejects what is not a diff', () => {
    // @ts-expect-error: testing runtime validation
    expect(() => toJSON({})).toThrow(/`diff` must be a result of diffCommuniques/);
  });
});

describe('renderMarkdown', () => {
  const text = renderMarkdown(diff, { title: 'Astana, round 20 → 21', oldLabel: 'Round 20', newLabel: 'Round 21' });

  it('puts the headline and summary first, then commitment changes in report order with evidence and links, then paragraphs', () => {
    const summary = text.indexOf('## Summary');
    const commitments = text.indexOf('### Commitment changes');
    const paragraphs = text.indexOf('## Paragraphs');
    expect(summary).toBeGreaterThan(0);
    expect(commitments).toBeGreaterThan(summary);
    expect(paragraphs).toBeGreaterThan(commitments);
    expect(text).toContain('| Paragraphs | ');
    // Softened first, then dropped, strengthened, added (docs/concepts.md, "Order of changes").
    expect(text).toMatch(/1\. \*\*Softened\*\* condemn → express concern \(−2\) · act — \[paragraph\]\(#p-\d+\)/);
    expect(text).toMatch(/\d\. \*\*Added\*\* condemn \(\+5\.5\) — \[paragraph\]\(#p-\d+\)/);
    expect(text).toContain('   - emphasis “\u2068الثابت\u2069” added: +0.5');
    expect(text.indexOf('**Softened**')).toBeLessThan(text.indexOf('**Dropped**'));
    expect(text.indexOf('**Dropped**')).toBeLessThan(text.indexOf('**Strengthened**'));
    expect(text.indexOf('**Strengthened**')).toBeLessThan(text.indexOf('**Added**'));
    const link = /\]\(#(p-\d+)\)/.exec(text)?.[1];
    expect(text).toContain(`<a id="${link}"></a>`);
  });

  it('marks Arabic blocks right-to-left and changes with <ins>/<del>', () => {
    expect(text).toContain('<p dir="rtl" lang="ar">');
    expect(text).toMatch(/<del>المستمر<\/del>\u2009<ins>الثابت<\/ins>/);
  });

  it('hides unchanged and cosmetic paragraphs on request', () => {
    const all = (renderMarkdown(diff).match(/^### <a id=/gm) ?? []).length;
    const some = (renderMarkdown(diff, { hideUnchanged: true, hideCosmetic: true }).match(/^### <a id=/gm) ?? []).length;
    expect(all).toBe(diff.alignment.length);
    expect(some).toBe(diff.alignment.filter((c) => c.kind !== 'unchanged' && !(c.kind === 'modified' && c.cosmetic)).length);
  });

  it('escapes input so it cannot inject markup', () => {
    const md = renderMarkdown(hostileDiff, { title: '<b>x</b> *y*' });
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('<img');
    expect(md).toContain('&lt;script&gt;');
    expect(md.split('\n')[0]).toBe('# &lt;b&gt;x&lt;/b&gt; \\*y\\*');
  });
});

describe('renderHtml', () => {
  const html = renderHtml(diff, { oldLabel: 'Round 20', newLabel: 'Round 21' });

  it('is one self-contained document with a policy that forbids scripts', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'`);
    expect(html).not.toMatch(/<script|<link|src="http|href="http/);
    expect(html).toContain('<style>');
  });

  it('has the summary, the commitment evidence, and both redline views', () => {
    expect(html.indexOf('id="summary"')).toBeLessThan(html.indexOf('id="redline"'));
    expect(html).toContain('emphasis “<bdi dir="rtl">الثابت</bdi>” added: +0.5');
    expect(html).toContain('class="inline"');
    expect(html).toContain('class="sbs"');
    expect(renderHtml(diff, { view: 'inline' })).not.toContain('class="sbs"');
  });

  it('sets dir and lang on each block and isolates mixed-direction runs', () => {
    expect(html).toMatch(/<div class="inline" dir="rtl" lang="ar">/);
    expect(html).toContain('<bdi>2254</bdi>');
  });

  it('escapes every piece of input and shows direction controls', () => {
    const page = renderHtml(hostileDiff, { title: '</title><script>alert(1)</script>', oldLabel: '"><img src=x onerror=alert(1)>' });
    expect(page).not.toMatch(/<script|<img|onerror="/i);
    expect(page).toContain('&lt;script&gt;window.__xss = 1&lt;/script&gt;');
    expect(page).toContain('[U+202E]');
    expect(page).not.toContain('\u202E');
  });

  it('validates its options', () => {
    // @ts-expect-error: testing runtime validation
    expect(() => renderHtml(diff, { view: 'split' })).toThrow(new RangeError("`options.view` must be one of 'inline', 'side-by-side', 'both', received \"split\""));
    // @ts-expect-error: testing runtime validation
    expect(() => renderMarkdown(diff, { hideUnchanged: 'yes' })).toThrow(TypeError);
  });
});
