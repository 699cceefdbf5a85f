/**
 * `commitments: false`: a redline only. The alignment and word edits are the
 * ones a full diff makes; commitments are not read, and every report says so
 * rather than "no commitment changed".
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import '../support/fc-config.js';
import { describe, expect, it } from 'vitest';
import { diffCommuniques, diffSeries, hasSubstantiveChange, headline, renderDocx, renderHtml, renderMarkdown, renderSeriesHtml, renderSeriesMarkdown, renderText, seriesToJSON, toJSON } from '../../src/index.js';
import { main } from '../../src/cli/main.js';
import { unzipSync, strFromU8 } from 'fflate';
import { exampleRound, SEED } from '../support/fixtures.js';
import { seedNextRound } from '../support/rounds.js';
import { fiveRounds } from '../support/series.js';
import { enReport, enRu } from '../report/across-texts.js';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const A = exampleRound('en', 'a');
const B = exampleRound('en', 'b');
const NOT_COMPARED = 'Commitments were not compared: the comparison was made with commitments: false (--redline-only on the command line).';
const NO_CHANGE = 'No commitment was added, dropped, softened, strengthened or reworded.';

describe('diffCommuniques with commitments: false', () => {
  it('makes the same alignment and word edits as a full diff, without commitments', () => {
    const full = diffCommuniques(A, B);
    const redline = diffCommuniques(A, B, { commitments: false });
    expect(full.commitments.length).toBeGreaterThan(10);
    expect(redline.commitments).toEqual([]);
    expect(redline.redlineOnly).toBe(true);
    expect(full.redlineOnly).toBeUndefined();
    expect(redline.alignment).toEqual(full.alignment);
  });

  it('keeps the alignment of any pair of documents, in one language or two (property)', () => {
    const words = (text: string): string[] => [...new Set(text.split(/\s+/))].slice(0, 150);
    const english = fc.array(fc.constantFrom(...words(A)), { minLength: 1, maxLength: 20 }).map((w) => w.join(' '));
    const arabic = fc.array(fc.constantFrom(...words(exampleRound('ar', 'a'))), { minLength: 1, maxLength: 20 }).map((w) => w.join(' '));
    let across = 0;
    fc.assert(
      fc.property(fc.array(english, { maxLength: 10 }), fc.array(fc.oneof(english, arabic), { maxLength: 10 }), fc.boolean(), (a, b, translate) => {
        const oldText = a.join('\n');
        // Either a next round (the old text's first paragraphs kept) or a text of mostly other paragraphs.
        const newText = (translate ? b : [...a.slice(0, 3), ...b]).join('\n');
        const redline = diffCommuniques(oldText, newText, { commitments: false });
        const full = diffCommuniques(oldText, newText);
        if (full.crossLanguage) across++;
        expect(redline.alignment).toEqual(full.alignment);
        expect(redline.crossLanguage).toBe(full.crossLanguage);
        expect(redline.commitments).toEqual([]);
      }),
    );
    // The runs reached the comparison across languages too.
    expect(across).toBeGreaterThan(0);
  });

  it('across languages, keeps the alignment and what a press report leaves out', () => {
    const full = enReport();
    const redline = diffCommuniques(full.old.source, full.new.source, { lang: { old: 'en', new: 'ar' }, commitments: false });
    expect(redline.crossLanguage).toBe(true);
    expect(redline.redlineOnly).toBe(true);
    expect(redline.commitments).toEqual([]);
    expect(redline.alignment).toEqual(full.alignment);
    expect(redline.coverage).toEqual(full.coverage);
  });

  it('with commitments: true is the full diff', () => {
    expect(diffCommuniques(SEED, seedNextRound(), { commitments: true })).toEqual(diffCommuniques(SEED, seedNextRound()));
  });
});

describe('reports of a redline only', () => {
  const redline = diffCommuniques(A, B, { commitments: false });

  it('say that commitments were not compared, not that none changed', () => {
    const md = renderMarkdown(redline);
    const html = renderHtml(redline);
    const text = renderText(redline);
    for (const out of [md, html, text]) {
      expect(out).toContain(NOT_COMPARED);
      expect(out).not.toContain(NO_CHANGE);
    }
    expect(headline(redline)).toMatch(/^Commitments not compared: a redline only\. \d+ of \d+ paragraphs changed in wording/);
    expect(headline(diffCommuniques(A, B))).not.toContain('not compared');
    // No commitment counts: a row of zeros would read as "nothing changed".
    expect(md).not.toMatch(/^\| Commitments \|/m);
    expect(text).not.toMatch(/^Commitments: /m);
    expect(renderMarkdown(diffCommuniques(A, B))).toMatch(/^\| Commitments \|/m);
  });

  it('say so in the Word file too', () => {
    const files = unzipSync(renderDocx(redline));
    const xml = strFromU8(files['word/document.xml'] as Uint8Array);
    expect(xml).toContain('Commitments were not compared');
    expect(xml).not.toContain(NO_CHANGE);
  });

  it('say so in the other interface languages', () => {
    expect(renderMarkdown(redline, { locale: 'ar' })).toContain('لم تُقارن الالتزامات');
    expect(renderMarkdown(redline, { locale: 'ru' })).toContain('Обязательства не сравнивались');
    expect(headline(redline, 'ru')).toMatch(/^Обязательства не сравнивались/);
  });

  it('mark it in the JSON form, which validates and renders the same report', () => {
    const json = toJSON(redline);
    expect(json.redlineOnly).toBe(true);
    expect(json.commitments).toEqual([]);
    expect(toJSON(diffCommuniques(A, B)).redlineOnly).toBeUndefined();
    const schema = JSON.parse(readFileSync(new URL('../../src/report/schema.json', import.meta.url), 'utf8')) as object;
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
    expect(validate(JSON.parse(JSON.stringify(json))), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...JSON.parse(JSON.stringify(json)), redlineOnly: false })).toBe(false);
    expect(renderMarkdown(JSON.parse(JSON.stringify(json)))).toBe(renderMarkdown(redline));
  });

  it('across languages say "commitments not compared" in the headline', () => {
    const full = enReport();
    const across = diffCommuniques(full.old.source, full.new.source, { lang: { old: 'en', new: 'ar' }, commitments: false });
    expect(headline(across)).toMatch(/^Across languages: commitments not compared/);
    expect(renderMarkdown(across)).toContain(NOT_COMPARED);
  });

  it('across languages never say the versions agree when nothing but commitments differs', () => {
    const full = enRu();
    expect(full.commitments.some((c) => c.kind !== 'unchanged')).toBe(true);
    const redline = diffCommuniques(full.old.source, full.new.source, { lang: { old: 'en', new: 'ru' }, commitments: false });
    expect(headline(redline)).toBe('Across languages: commitments not compared.');
    // "The two versions agree" is never said of versions whose commitments were not compared.
    for (const locale of ['en', 'ar', 'ru'] as const) expect(headline(redline, locale)).not.toMatch(/agree|متوافقان|совпадают/);
    expect(headline(redline, 'ru')).toBe('Сравнение на разных языках: обязательства не сравнивались.');
    // No paragraph-level difference either: nothing substantive in what was compared.
    expect(hasSubstantiveChange(redline)).toBe(false);
  });
});

describe('diffSeries with commitments: false', () => {
  const rounds = fiveRounds();
  const full = diffSeries(rounds);
  const redline = diffSeries(rounds, { commitments: false });

  it('follows the same paragraph lineages, every pair a redline, no commitment histories', () => {
    expect(full.commitments.length).toBeGreaterThan(0);
    expect(redline.commitments).toEqual([]);
    expect(redline.redlineOnly).toBe(true);
    expect(redline.lineages).toEqual(full.lineages);
    expect(redline.pairs.map((p) => p.alignment)).toEqual(full.pairs.map((p) => p.alignment));
    expect(redline.pairs.every((p) => p.redlineOnly === true && p.commitments.length === 0)).toBe(true);
    expect(diffSeries([rounds[0] as string], { commitments: false }).commitments).toEqual([]);
  });

  it('reports say so and count no commitments, for the series or any pair', () => {
    const md = renderSeriesMarkdown(redline);
    expect(md).toContain(NOT_COMPARED);
    expect(md).not.toMatch(/\d+ commitments/);
    expect(md).not.toContain('Commitments:');
    expect(renderSeriesMarkdown(full)).toMatch(/· \d+ commitments/);
    expect(renderSeriesMarkdown(full)).toContain('· Commitments:');
    const html = renderSeriesHtml(redline);
    expect(html).toContain(NOT_COMPARED);
    expect(html).not.toMatch(/<caption>Commitments<\/caption>|<th[^>]*>Commitments<\/th>/);
    expect(renderSeriesHtml(full)).toMatch(/<caption>Commitments<\/caption>|<th[^>]*>Commitments<\/th>/);
    expect(seriesToJSON(redline).redlineOnly).toBe(true);
  });
});

describe('the CLI with --redline-only', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cd-redline-'));
  const oldFile = join(dir, 'a.txt');
  const newFile = join(dir, 'b.txt');
  writeFileSync(oldFile, A);
  writeFileSync(newFile, B);
  const run = async (args: string[]): Promise<{ code: number; stdout: string }> => {
    let stdout = '';
    const code = await main(args, { stdin: (async function* () {})(), stdout: (t) => (stdout += t), stderr: () => {}, version: '0.0.0' });
    return { code, stdout };
  };

  it('writes a redline without commitments and exits 1 when paragraphs changed', async () => {
    const r = await run([oldFile, newFile, '--redline-only', '--format', 'json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as { redlineOnly?: boolean; commitments: unknown[] };
    expect(json.redlineOnly).toBe(true);
    expect(json.commitments).toEqual([]);
    const same = await run([oldFile, oldFile, '--redline-only']);
    expect(same.code).toBe(0);
  });
});
