/**
 * renderDocx: the Word report, read back with the project's own reader
 * (fromDocx, accepting and rejecting the tracked changes) and unzipped with
 * fflate, with the CRCs checked against node:zlib's.
 */
import fc from 'fast-check';
import '../support/fc-config.js';
import { strFromU8, unzipSync } from 'fflate';
import { crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { diffCommuniques, type Communique, type CommuniqueDiff } from '../../src/index.js';
import { fromDocx } from '../../src/import/index.js';
import { renderDocx } from '../../src/report/docx/render.js';
import { escapeXml, xmlChars } from '../../src/report/docx/xml.js';
import { crc32, utf8, zipStored } from '../../src/report/docx/zip.js';
import { exampleRound, SEED } from '../support/fixtures.js';
import { seedNextRound } from '../support/rounds.js';

const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** A round's paragraphs as a Word reader sees them: label and text, whitespace flattened. */
const paragraphsOf = (doc: Communique): string[] => doc.paragraphs.map((p) => flat(p.label ? `${p.label} ${p.text}` : p.text)).filter((p) => p !== '');

/** The paragraphs fromDocx reads, with the tracked changes accepted or rejected. */
const read = (bytes: Uint8Array, reject = false): string[] => fromDocx(bytes, { rejectChanges: reject }).text.split('\n\n').map(flat);

const partsOf = (bytes: Uint8Array): Record<string, string> => Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, strFromU8(v)]));

/** The number of paragraphs of the summary: those up to the one that holds its section break. */
function summaryLength(bytes: Uint8Array): number {
  const xml = partsOf(bytes)['word/document.xml'] ?? '';
  return xml.slice(0, xml.indexOf('</w:sectPr>')).split('<w:p>').length - 1;
}

/** The w:p elements after the summary's section break. */
function trackedParagraphs(bytes: Uint8Array): string[] {
  const xml = partsOf(bytes)['word/document.xml'] ?? '';
  return xml.slice(xml.indexOf('</w:sectPr>')).match(/<w:p>[\s\S]*?<\/w:p>/g) ?? [];
}

/** Accepting every change gives the new round after the summary, rejecting every change the old round. */
function expectBothRounds(diff: CommuniqueDiff, bytes: Uint8Array): void {
  const accepted = read(bytes);
  const rejected = read(bytes, true);
  const s = summaryLength(bytes);
  expect(s).toBeGreaterThan(3);
  expect(rejected.slice(0, s)).toEqual(accepted.slice(0, s));
  expect(accepted.slice(s)).toEqual(paragraphsOf(diff.new));
  expect(rejected.slice(s)).toEqual(paragraphsOf(diff.old));
}

/**
 * Across languages, where no change is tracked: one table a paragraph change,
 * its second row the old version's paragraphs (labelled) beside the new one's,
 * and nothing tracked anywhere.
 */
function expectSideBySide(diff: CommuniqueDiff, bytes: Uint8Array): void {
  const xml = partsOf(bytes)['word/document.xml'] ?? '';
  expect(xml).not.toMatch(/<w:(ins|del)\b/);
  const tables = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
  expect(tables).toHaveLength(diff.alignment.length);
  const texts = (tc: string): string[] => (tc.match(/<w:p>[\s\S]*?<\/w:p>/g) ?? []).map((p) => flat([...p.matchAll(/<w:t [^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')));
  const labelled = (doc: Communique, i: number): string => flat(doc.paragraphs[i]?.label ? `${doc.paragraphs[i]?.label} ${doc.paragraphs[i]?.text}` : (doc.paragraphs[i]?.text ?? ''));
  const unescape = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  diff.alignment.forEach((c, k) => {
    const row = (tables[k] ?? '').match(/<w:tr>(?:(?!<w:tr>)[\s\S])*?<\/w:tr>/g)?.[1] ?? '';
    const [left = '', right = ''] = row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? [];
    if (c.old.length > 0) expect(texts(left).map(unescape)).toEqual(c.old.map((i) => labelled(diff.old, i)).map((t) => xmlChars(t)));
    if (c.new.length > 0) expect(texts(right).map(unescape)).toEqual(c.new.map((i) => labelled(diff.new, i)).map((t) => xmlChars(t)));
  });
}

const ROUNDS = {
  en: diffCommuniques(exampleRound('en', 'a'), exampleRound('en', 'b')),
  ru: diffCommuniques(exampleRound('ru', 'a'), exampleRound('ru', 'b')),
  ar: diffCommuniques(exampleRound('ar', 'a'), exampleRound('ar', 'b')),
  seed: diffCommuniques(SEED, seedNextRound()),
};

describe('renderDocx', () => {
  it.each(Object.entries(ROUNDS))('%s: accepting all changes gives the new round, rejecting all the old one', (_, diff) => {
    expectBothRounds(diff, renderDocx(diff, { oldLabel: 'Round 20', newLabel: 'Round 21' }));
  });

  it('covers moves, splits, merges, additions, drops and cosmetic changes in the examples', () => {
    const kinds = new Set(Object.values(ROUNDS).flatMap((d) => d.alignment.map((c) => (c.cosmetic ? 'cosmetic' : c.kind))));
    expect([...kinds].sort()).toEqual(['added', 'cosmetic', 'dropped', 'merged', 'modified', 'moved', 'split', 'unchanged']);
  });

  it('starts with the summary: title, rounds, headline, counts, commitment changes with reasons', () => {
    const diff = ROUNDS.en;
    const bytes = renderDocx(diff, { title: 'Astana, round 20 → 21', oldLabel: 'Round 20', newLabel: 'Round 21' });
    const lines = read(bytes).slice(0, summaryLength(bytes));
    // The arrow between the names carries left-to-right marks (U+200E) so that names in another script keep their sides.
    expect(lines.slice(0, 2)).toEqual(['Astana, round 20 → 21', 'Round 20 \u200e→\u200e Round 21']);
    expect(lines[2]).toMatch(/softened/);
    expect(lines).toContain('13 → 13 paragraphs: Modified 4, Moved 1, Split 1, Merged 1, Added 1, Dropped 1, Cosmetic 2');
    const softened = diff.commitments.find((c) => c.kind === 'softened' && c.slots.includes('act'));
    expect(softened).toBeDefined();
    // The act in words, old → new, and one line of evidence per reason.
    const at = lines.findIndex((l) => /^\d+\. Softened: [a-z ]+ → express concern \(−\d+(\.\d+)?\)/.test(l));
    expect(at).toBeGreaterThan(0);
    // Its words on each side (− old, + new), then one line of evidence per reason.
    expect(lines[at + 1]).toMatch(/^− /);
    expect(lines[at + 2]).toMatch(/^\+ /);
    const evidence = lines.slice(at + 3, at + 3 + (softened?.reasons.length ?? 0));
    expect(evidence).toHaveLength(softened?.evidence.length ?? -1);
    expect(evidence[0]).toMatch(/^act “.+”\u200e \([a-z ]+\) → “.+”\u200e \(express concern\): −\d/);
    expect(renderDocx(diff, { locale: 'ru' }).length).toBeGreaterThan(0);
    expect(read(renderDocx(diff, { locale: 'ru' }))).toContain('Изменения обязательств');
    const xml = partsOf(bytes)['word/document.xml'] ?? '';
    expect(xml).toContain('<w:pPr><w:pStyle w:val="Title"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
    expect(xml.indexOf('<w:ins ')).toBeGreaterThan(xml.indexOf('</w:sectPr>'));
    expect(fromDocx(bytes).source.title).toBe('Astana, round 20 → 21');
  });

  it('applies hideUnchanged and hideCosmetic to the summary only', () => {
    const diff = ROUNDS.en;
    const all = renderDocx(diff);
    const hidden = renderDocx(diff, { hideUnchanged: true, hideCosmetic: true });
    const shown = diff.alignment.filter((c) => c.kind !== 'unchanged' && !(c.kind === 'modified' && c.cosmetic)).length;
    expect(summaryLength(all) - summaryLength(hidden)).toBe(diff.alignment.length - shown);
    expect(trackedParagraphs(hidden)).toEqual(trackedParagraphs(all));
    expectBothRounds(diff, hidden);
  });

  it('tracks word edits inside a paragraph, and a cosmetic difference as the words written otherwise', () => {
    const diff = diffCommuniques('1. Reaffirmed their strong commitment to Türkiye.', '1. Reaffirmed their commitment to Turkey.');
    const [p] = trackedParagraphs(renderDocx(diff));
    expect(p).toContain('<w:del w:id="1" w:author="communique-diff"><w:r><w:rPr><w:lang w:val="en-GB"/></w:rPr><w:delText xml:space="preserve">strong </w:delText></w:r></w:del>');
    // Only the word written otherwise is a change, not the run around it.
    expect(p).toContain('<w:t xml:space="preserve">commitment to </w:t>');
    expect(p).toMatch(/<w:delText xml:space="preserve">Türkiye\.<\/w:delText><\/w:r><\/w:del><w:ins [^>]*><w:r>(<w:rPr>.*?<\/w:rPr>)?<w:t xml:space="preserve">Turkey\.<\/w:t>/);
    expect(p).toContain('<w:t xml:space="preserve">1. </w:t>');
  });

  it('writes a renumbered paragraph with its old label deleted and its new one inserted', () => {
    const diff = diffCommuniques('1. Agreed to meet.\n\n2. Welcomed the talks.', '1. Noted the report.\n\n2. Agreed to meet.\n\n3. Welcomed the talks.');
    const bytes = renderDocx(diff);
    expectBothRounds(diff, bytes);
    expect(trackedParagraphs(bytes).join('')).toMatch(/<w:delText xml:space="preserve">1\. <\/w:delText><\/w:r><\/w:del><w:ins [^>]*><w:r>(<w:rPr>.*?<\/w:rPr>)?<w:t xml:space="preserve">2\. <\/w:t>/);
  });

  it('gives every tracked change the author communique-diff, a unique id and no date', () => {
    for (const diff of Object.values(ROUNDS)) {
      const xml = partsOf(renderDocx(diff))['word/document.xml'] ?? '';
      const revisions = [...xml.matchAll(/<w:(ins|del)\b[^>]*>/g)].map((m) => m[0]);
      expect(revisions.length).toBeGreaterThan(5);
      for (const r of revisions) {
        expect(r).toMatch(/^<w:(ins|del) w:id="\d+" w:author="communique-diff"\/?>$/);
      }
      const ids = revisions.map((r) => /w:id="(\d+)"/.exec(r)?.[1]);
      expect(new Set(ids).size).toBe(ids.length);
      expect(xml).not.toContain('w:date');
    }
  });

  it('writes Arabic paragraphs right-to-left, with w:bidi, w:rtl runs and an Arabic language', () => {
    for (const diff of [ROUNDS.ar, ROUNDS.seed]) {
      const paragraphs = trackedParagraphs(renderDocx(diff));
      expect(paragraphs.length).toBeGreaterThanOrEqual(diff.new.paragraphs.length);
      for (const p of paragraphs) {
        expect(p).toMatch(/^<w:p><w:pPr>(<w:pStyle [^>]*>)?<w:bidi\/>/);
        expect(p).toContain('<w:r><w:rPr><w:rtl/><w:lang w:bidi="ar-SA"/></w:rPr>');
      }
    }
    const xml = partsOf(renderDocx(ROUNDS.ar))['word/document.xml'] ?? '';
    expect(xml).toMatch(/<w:bidi\/><\/w:sectPr><\/w:body>/);
  });

  it('writes English and Russian paragraphs left-to-right in their language', () => {
    for (const [diff, tag] of [[ROUNDS.en, 'en-GB'], [ROUNDS.ru, 'ru-RU']] as const) {
      const paragraphs = trackedParagraphs(renderDocx(diff));
      for (const p of paragraphs) {
        expect(p).not.toContain('<w:bidi/>');
        expect(p).not.toContain('<w:rtl/>');
        expect(p).toContain(`<w:lang w:val="${tag}"/>`);
      }
    }
  });

  it('marks an Arabic quotation in an English text right-to-left, and the English around it not', () => {
    const english = '1. Welcomed the talks held in Astana by the guarantors of the ceasefire and the delegations.';
    const diff = diffCommuniques(english, `${english}\n\n2. البيان المشترك لإيران وروسيا وتركيا`);
    expect(diff.new.lang).toBe('en');
    const bytes = renderDocx(diff);
    expectBothRounds(diff, bytes);
    const [first, second] = trackedParagraphs(bytes);
    expect(first).not.toContain('<w:bidi/>');
    expect(second).toContain('<w:bidi/>');
    // The Arabic paragraph of an English round is not given the round's language.
    expect(second).not.toContain('w:lang');
  });

  it('keeps hostile text as text: markup, entities, CDATA ends, quotes; drops what XML cannot hold', () => {
    const hostile =
      '1. Condemned <script>alert("x")</script> & &amp; the ]]> attacks.\n\n' +
      '2. Noted\u0001 the\u0008 re\u001fport\u0002 of\ufffe the\ttalks \u0000and <w:p> "quotes" \'single\'.\n\n' +
      '3. Welcomed 😀 the <![CDATA[ x ]]> talks.';
    for (const [a, b] of [['1. Condemned the attacks.', hostile], [hostile, '1. Condemned the attacks.']]) {
      const diff = diffCommuniques(a as string, b as string);
      const title = '<b>Report</b> & "quotes" ]]> \u0007';
      const bytes = renderDocx(diff, { title, oldLabel: '<old>', newLabel: '"new" & co' });
      const parts = partsOf(bytes);
      for (const xml of Object.values(parts)) {
        expect([...xml].every((c) => xmlChars(c) === c)).toBe(true);
        expect(xml).not.toMatch(/<script|<b>|<w:p> "|]]>/);
      }
      const texts = [...read(bytes), ...read(bytes, true)];
      expect(texts).toContain('1. Condemned <script>alert("x")</script> & &amp; the ]]> attacks.');
      expect(texts).toContain('2. Noted the report of the talks and <w:p> "quotes" \'single\'.');
      expect(texts).toContain('3. Welcomed 😀 the <![CDATA[ x ]]> talks.');
      expect(texts).toContain('<old> \u200e→\u200e "new" & co');
      expect(fromDocx(bytes).source.title).toBe('<b>Report</b> & "quotes" ]]>');
    }
  });

  it('writes a tab as w:tab and a line break inside a paragraph as a space', () => {
    const diff = diffCommuniques('Agreed to meet.', 'Agreed to\tmeet in\nAstana.', { paragraphs: 'blank-line' });
    const p = trackedParagraphs(renderDocx(diff)).join('');
    expect(p).toContain('<w:tab/>');
    expect(p).not.toMatch(/<w:t[^>]*>[^<]*\n/);
    expectBothRounds(diff, renderDocx(diff));
  });

  it('renders empty rounds, and rounds that are all added or all dropped', () => {
    for (const [a, b] of [['', ''], ['', '1. Agreed.\n\n2. Welcomed.'], ['1. Agreed.\n\n2. Welcomed.', '']]) {
      const diff = diffCommuniques(a as string, b as string);
      const bytes = renderDocx(diff);
      expectBothRounds(diff, bytes);
    }
  });

  it('still gives both rounds for a hand-made diff whose edits do not spell its paragraphs, or that leaves a paragraph out', () => {
    const diff = diffCommuniques('1. Agreed to meet.\n\n2. Welcomed the talks.\n\n3. Noted the report.', '1. Agreed to meet soon.\n\n2. Welcomed the talks.\n\n3. Noted the report.');
    const broken: CommuniqueDiff = { ...diff, alignment: diff.alignment.map((c, i) => (i === 0 ? { ...c, edits: [{ op: 'equal' as const, text: 'something else' }] } : c)).slice(0, 2) };
    expectBothRounds(broken, renderDocx(broken));
  });

  it('gives the same bytes for the same comparison', () => {
    expect(renderDocx(ROUNDS.ar, { title: 'x' })).toEqual(renderDocx(ROUNDS.ar, { title: 'x' }));
  });

  it('rejects what is not a diff, and wrong options, with a TypeError', () => {
    for (const bad of [null, undefined, {}, 'text', [], { alignment: [], commitments: [] }]) {
      // @ts-expect-error: testing runtime validation
      expect(() => renderDocx(bad)).toThrow(TypeError);
    }
    // @ts-expect-error: testing runtime validation
    expect(() => renderDocx({})).toThrow(/`diff` must be a result of diffCommuniques/);
    // @ts-expect-error: testing runtime validation
    expect(() => renderDocx(ROUNDS.en, { colour: 'red' })).toThrow(TypeError);
    // @ts-expect-error: testing runtime validation
    expect(() => renderDocx(ROUNDS.en, { title: 5 })).toThrow(/options\.title/);
  });
});

describe('the Word package', () => {
  const bytes = renderDocx(ROUNDS.ru, { title: 'Раунд 21' });

  it('holds the parts Word and LibreOffice need', () => {
    const parts = partsOf(bytes);
    expect(Object.keys(parts)).toEqual(['[Content_Types].xml', '_rels/.rels', 'docProps/core.xml', 'word/_rels/document.xml.rels', 'word/document.xml', 'word/styles.xml', 'word/settings.xml']);
    for (const [name, xml] of Object.entries(parts)) expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'), name).toBe(true);
    expect(parts['[Content_Types].xml']).toContain('PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"');
    expect(parts['_rels/.rels']).toContain('Target="word/document.xml"');
    expect(parts['word/_rels/document.xml.rels']).toContain('Target="styles.xml"');
    for (const id of ['Normal', 'Title', 'Heading1', 'Heading2']) expect(parts['word/styles.xml']).toContain(`w:styleId="${id}"`);
    expect(parts['word/styles.xml']).toContain('w:cs="Arial"');
    expect(parts['docProps/core.xml']).toContain('<dc:title>Раунд 21</dc:title>');
  });

  it('is a valid ZIP archive: stored entries, UTF-8 names, CRC-32 of every entry as zlib computes it', () => {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const end = bytes.length - 22;
    expect(view.getUint32(end, true)).toBe(0x06054b50);
    const count = view.getUint16(end + 10, true);
    const size = view.getUint32(end + 12, true);
    let at = view.getUint32(end + 16, true);
    expect(at + size).toBe(end);
    const unzipped = unzipSync(bytes);
    expect(Object.keys(unzipped)).toHaveLength(count);
    for (let k = 0; k < count; k++) {
      expect(view.getUint32(at, true)).toBe(0x02014b50);
      const flags = view.getUint16(at + 8, true);
      const method = view.getUint16(at + 10, true);
      const crc = view.getUint32(at + 16, true);
      const nameLength = view.getUint16(at + 28, true);
      const local = view.getUint32(at + 42, true);
      const name = strFromU8(bytes.subarray(at + 46, at + 46 + nameLength));
      expect(flags & 0x0800).toBe(0x0800);
      expect(method).toBe(0);
      const data = unzipped[name] as Uint8Array;
      expect(crc, name).toBe(zlibCrc32(data));
      // The local header repeats the CRC and sizes, and the data follows it.
      expect(view.getUint32(local, true)).toBe(0x04034b50);
      expect(view.getUint32(local + 14, true)).toBe(crc);
      expect(view.getUint32(local + 18, true)).toBe(data.length);
      expect(bytes.subarray(local + 30 + nameLength, local + 30 + nameLength + data.length)).toEqual(data);
      at += 46 + nameLength;
    }
  });
});

describe('zip and XML helpers', () => {
  it('computes CRC-32 as the check value of the standard, and as zlib does', () => {
    expect(crc32(utf8('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
    const data = utf8('Совместное заявление · البيان المشترك · 😀'.repeat(50));
    expect(crc32(data)).toBe(zlibCrc32(data));
  });

  it('encodes UTF-8 as Node does, lone surrogates as U+FFFD', () => {
    for (const s of ['', 'abc', 'é', 'Раунд', 'الجولة', '😀𝕏', 'a\ud800b', '\udc00', 'x\ud83d']) expect(utf8(s)).toEqual(new Uint8Array(Buffer.from(s, 'utf8')));
  });

  it('stores non-ASCII names, and refuses repeated ones', () => {
    const files = unzipSync(zipStored([{ name: 'папка/файл.xml', data: utf8('<x/>') }, { name: 'b', data: new Uint8Array(0) }]));
    expect(Object.keys(files)).toEqual(['папка/файл.xml', 'b']);
    expect(() => zipStored([{ name: 'a', data: new Uint8Array(1) }, { name: 'a', data: new Uint8Array(1) }])).toThrow(RangeError);
  });

  it('escapes markup and drops the characters XML 1.0 cannot hold, keeping the rest', () => {
    expect(escapeXml('<a href="x">&amp;</a> ]]>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;amp;&lt;/a&gt; ]]&gt;');
    expect(xmlChars('a\u0000b\u0008c\u000bd\u001fe\tf\ng\rh\ufffei\uffffj\ud800k\udc00l😀m\u0085n\ufffd')).toBe('abcde\tf\ng\rhijkl😀m\u0085n\ufffd');
    expect(xmlChars('plain')).toBe('plain');
  });
});

// Words of the genre in three scripts, so random rounds share words the way rounds do.
const VOCAB = [...new Set([exampleRound('en', 'a'), exampleRound('ar', 'a'), exampleRound('ru', 'a')].join(' ').split(/\s+/))].slice(0, 300);
const paragraph = fc.array(fc.constantFrom(...VOCAB), { minLength: 1, maxLength: 14 }).map((w) => w.join(' '));
const round = fc.array(paragraph, { maxLength: 8 });
/** Two rounds: the second made from the first by dropping, reordering, editing and adding paragraphs; numbered or not. */
const rounds = round.chain((ps) =>
  fc.tuple(
    fc.constant(ps),
    fc
      .shuffledSubarray(ps)
      .chain((sub) => fc.tuple(fc.tuple(...sub.map((p) => fc.oneof(fc.constant(p), paragraph, fc.constant(`${p} ${p}`)))), fc.array(paragraph, { maxLength: 2 }), fc.nat()))
      .map(([sub, extra, at]) => {
        const out = [...sub];
        for (const p of extra) out.splice(at % (out.length + 1), 0, p);
        return out;
      }),
    fc.boolean(),
  ),
);
const numbered = (ps: string[], on: boolean): string => ps.map((p, i) => (on ? `${i + 1}. ${p}` : p)).join('\n\n');

describe('renderDocx on random rounds', () => {
  it('always gives the new round when every change is accepted, and the old one when every change is rejected (across languages: both side by side)', () => {
    fc.assert(
      fc.property(rounds, ([a, b, on]) => {
        const diff = diffCommuniques(numbered(a, on), numbered(b, on));
        // Rounds of words in three scripts may read as two languages: then the versions stand side by side, untracked.
        if (diff.crossLanguage) expectSideBySide(diff, renderDocx(diff));
        else expectBothRounds(diff, renderDocx(diff));
      }),
      { numRuns: 150 },
    );
  });
});
