/**
 * decodeText (communique-diff/import): the bytes of a text file as they come —
 * UTF-8, UTF-16 either way round, and the Arabic, Cyrillic and Western
 * Windows code pages and KOI8-R — read back to the same text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, NotTextError } from '../../src/import/index.js';
import { exampleRound } from '../support/fixtures.js';

/** Encode `text` in a single-byte code page (the inverse of decodeText's reading of each byte). */
function encode(text: string, encoding: 'windows-1252' | 'windows-1256' | 'windows-1251' | 'koi8-r'): Uint8Array {
  const byChar = new Map<string, number>();
  for (let b = 0; b < 256; b++) {
    const c = decodeText(Uint8Array.of(0x20, b), { encoding }).text.slice(1);
    if (!byChar.has(c)) byChar.set(c, b);
  }
  return Uint8Array.from([...text].map((c) => {
    const b = byChar.get(c);
    if (b === undefined) throw new Error(`${encoding} has no ${c}`);
    return b;
  }));
}
const asciiDigits = (t: string): string => t.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660));

describe('decodeText', () => {
  it.each([
    ['ar', 'windows-1256'],
    ['ru', 'windows-1251'],
    ['ru', 'koi8-r'],
  ] as const)('tells %s text in %s and reads it back', (lang, encoding) => {
    for (const round of ['a', 'b'] as const) {
      const text = asciiDigits(exampleRound(lang, round));
      expect(decodeText(encode(text, encoding))).toEqual({ text, encoding, by: 'guessed' });
    }
  });

  it('reads UTF-16 by its byte-order mark or by its zero bytes, and UTF-8 with or without a mark', () => {
    for (const lang of ['en', 'ar', 'ru'] as const) {
      const text = exampleRound(lang, 'a');
      const le = Buffer.from(text, 'utf16le');
      const be = Buffer.from(le).swap16();
      expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), le]))).toEqual({ text, encoding: 'utf-16le', by: 'bom' });
      expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({ text, encoding: 'utf-16be', by: 'bom' });
      expect(decodeText(le)).toEqual({ text, encoding: 'utf-16le', by: 'valid' });
      expect(decodeText(be)).toEqual({ text, encoding: 'utf-16be', by: 'valid' });
      expect(decodeText(Buffer.from(text))).toEqual({ text, encoding: 'utf-8', by: 'valid' });
      expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual({ text, encoding: 'utf-8', by: 'bom' });
    }
  });

  it('tells Windows-1251 from Windows-1252 even without ч or ё, and refuses bytes that are no text', () => {
    for (const text of ['Подтвердили приверженность суверенитету Сирии.', 'Москва, 21 июня 2023 года']) expect(decodeText(encode(text, 'windows-1251'))).toMatchObject({ encoding: 'windows-1251', text });
    let seed = 7;
    const random = (n: number) => Uint8Array.from({ length: n }, () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 8) & 0xff).map((b) => (b === 0 ? 1 : b));
    for (let k = 0; k < 20; k++) expect(() => decodeText(random(512)), `random buffer ${k}`).toThrow(NotTextError);
    // UTF-16 without a mark, with curly quotes and dashes, and cut one byte short.
    const le = Buffer.from('“Reaffirmed” — the parties “agreed” — «договорились»', 'utf16le');
    expect(decodeText(le).encoding).toBe('utf-16le');
    expect(decodeText(Buffer.concat([le, Buffer.from([0x41])])).text).toBe('“Reaffirmed” — the parties “agreed” — «договорились»');
  });

  it('reads a Western text with accents as Windows-1252', () => {
    expect(decodeText(encode('Türkiye and the Astana format, “guarantors”.', 'windows-1252'))).toMatchObject({ encoding: 'windows-1252', text: 'Türkiye and the Astana format, “guarantors”.' });
  });

  it('gives any valid UTF-8 back unchanged (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => {
      fc.pre(!s.includes('\0') && s.charCodeAt(0) !== 0xfeff);
      expect(decodeText(Buffer.from(s)).text).toBe(s);
    }));
  });

  it('refuses documents that are no text, saying what they look like, and bad arguments', () => {
    expect(() => decodeText(Buffer.from('%PDF-1.7\n...'))).toThrow(new NotTextError('looks like a PDF file, not a text file'));
    expect(() => decodeText(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toThrow(/ZIP archive \(a Word, OpenDocument or Excel file is one\)/);
    expect(() => decodeText(Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10, 0x7f]))).toThrow(/binary file/);
    expect(() => decodeText('text' as never)).toThrow(TypeError);
    expect(() => decodeText(Buffer.from('x'), { encoding: 'latin-9' as never })).toThrow(/`options.encoding` must be one of/);
    expect(decodeText(encode('Стороны', 'koi8-r'), { encoding: 'koi8-r' })).toEqual({ text: 'Стороны', encoding: 'koi8-r', by: 'valid' });
  });
});
